/* See harness.h.  Test code: plain libc, asserts by crashing. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"
#include "core/nl.h"
#include "core/ll.h"
#include "core/print.h"
#include "applets/ip/lib/options.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/if.h>
#include <sched.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ---- exit hook ---------------------------------------------------------- */

static jmp_buf fz_jmp;
static int fz_in_run;

static void fz_exit(int rc)
{
	if (!fz_in_run)
		_exit(rc);
	longjmp(fz_jmp, rc + 1);
}

/* ---- the fake kernel ----------------------------------------------------- */

static const uint8_t *rp;
static size_t rlen;
static int next_fd = 1000;

struct pending {
	uint32_t seq;
	uint16_t type, flags;
	int answered;		/* the terminator went out: answer it again */
	char name[IFNAMSIZ + 16];
	int index;
};
static struct pending pend[4];

void fz_set_replies(const uint8_t *data, size_t len)
{
	rp = data;
	rlen = len;
}

static int fk_open(void)
{
	return next_fd++;
}

static int fk_send(int fd, const struct nlmsghdr *n)
{
	struct pending *p = &pend[fd & 3];

	/* the request must be well formed: length inside what was built,
	 * attributes after the family header that tile the rest */
	if (n->nlmsg_len < NLMSG_HDRLEN || n->nlmsg_len > 1 << 20)
		abort();
	memset(p, 0, sizeof(*p));
	p->seq = n->nlmsg_seq;
	p->type = n->nlmsg_type;
	p->flags = n->nlmsg_flags;
	if (n->nlmsg_type == RTM_GETLINK && n->nlmsg_len >= NLMSG_LENGTH(sizeof(struct ifinfomsg))) {
		const struct ifinfomsg *ifi = NLMSG_DATA(n);
		const struct rtattr *tb[IFLA_MAX + 1];
		p->index = ifi->ifi_index;
		nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
		const char *name = nla_str(tb[IFLA_IFNAME] ? tb[IFLA_IFNAME] : tb[IFLA_ALT_IFNAME]);
		if (name)
			strncpy(p->name, name, sizeof(p->name) - 1);
	}
	return 0;
}

static void put_attr(char *buf, size_t *off, int type, const void *data, size_t len)
{
	struct rtattr *a = (struct rtattr *)(buf + *off);
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	memcpy(RTA_DATA(a), data, len);
	*off += RTA_SPACE(len);
}

/* what an empty kernel says to the pending request */
static long fk_answer(struct pending *p, char *buf, size_t cap, uint32_t portid)
{
	struct nlmsghdr *n = (struct nlmsghdr *)buf;

	if (cap < 256)
		return -ENOBUFS;
	memset(buf, 0, 256);
	n->nlmsg_seq = p->seq;
	n->nlmsg_pid = portid;
	if (p->flags & NLM_F_DUMP) {
		n->nlmsg_type = NLMSG_DONE;
		n->nlmsg_flags = NLM_F_MULTI;
		n->nlmsg_len = NLMSG_LENGTH(sizeof(int));
		return n->nlmsg_len;
	}
	if (p->type == RTM_GETLINK && !p->answered && strncmp(p->name, "nx", 2) != 0) {
		struct ifinfomsg *ifi = NLMSG_DATA(n);
		size_t off = NLMSG_LENGTH(sizeof(*ifi));
		char name[IFNAMSIZ];
		unsigned mtu = 1500;
		int idx = p->index;
		if (!idx) {
			idx = 2;
			for (const char *s = p->name; *s; s++)
				idx = (idx * 31 + (unsigned char)*s) % 250 + 2;
		}
		if (p->name[0])
			strncpy(name, p->name, sizeof(name) - 1), name[sizeof(name) - 1] = 0;
		else
			memcpy(name, "eth", 4), name[3] = (char)('0' + idx % 10), name[4] = 0;
		n->nlmsg_type = RTM_NEWLINK;
		ifi->ifi_index = idx;
		ifi->ifi_type = 1;
		ifi->ifi_flags = 0x1003;
		put_attr(buf, &off, IFLA_IFNAME, name, strlen(name) + 1);
		put_attr(buf, &off, IFLA_MTU, &mtu, 4);
		n->nlmsg_len = (uint32_t)off;
		p->answered = 1;
		return (long)off;
	}
	struct nlmsgerr *e = NLMSG_DATA(n);
	n->nlmsg_type = NLMSG_ERROR;
	n->nlmsg_len = NLMSG_LENGTH(sizeof(*e));
	e->error = p->type == RTM_GETLINK && !p->answered ? -ENODEV : 0;
	p->answered = 1;
	return n->nlmsg_len;
}

static long fk_recv(int fd, char *buf, size_t cap, uint32_t portid)
{
	struct pending *p = &pend[fd & 3];

	if (rlen < 2)
		return fk_answer(p, buf, cap, portid);
	size_t len = (size_t)rp[0] | (size_t)rp[1] << 8;
	rp += 2;
	rlen -= 2;
	if (len >= 0xff00)
		return -(long)(len & 0xff ? len & 0xff : EINTR + 0);
	if (len > rlen)
		len = rlen;
	if (len > cap)
		len = cap;
	memcpy(buf, rp, len);
	rp += len;
	rlen -= len;
	/* address every whole message to the request, as the kernel would */
	long rem = (long)len;
	for (struct nlmsghdr *n = (struct nlmsghdr *)buf; NLMSG_OK(n, rem); n = NLMSG_NEXT(n, rem)) {
		n->nlmsg_seq = p->seq;
		n->nlmsg_pid = portid;
	}
	return (long)len;
}

static const struct nl_fake fake = { fk_open, fk_send, fk_recv };

/* ---- seccomp: whatever could change the machine fails ------------------- */

#define DENY(nr) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), \
		 BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM)

static void fz_seccomp(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		DENY(__NR_execve), DENY(__NR_execveat), DENY(__NR_mount), DENY(__NR_umount2),
		DENY(__NR_unshare), DENY(__NR_setns), DENY(__NR_socket), DENY(__NR_socketpair),
		DENY(__NR_unlink), DENY(__NR_unlinkat), DENY(__NR_rmdir), DENY(__NR_mkdir),
		DENY(__NR_mkdirat), DENY(__NR_rename), DENY(__NR_renameat), DENY(__NR_renameat2),
		DENY(__NR_reboot), DENY(__NR_sethostname), DENY(__NR_chroot), DENY(__NR_pivot_root),
		DENY(__NR_fork), DENY(__NR_vfork), DENY(__NR_kill), DENY(__NR_setuid), DENY(__NR_setgid),
		/* clone3: ENOSYS makes glibc fall back to clone */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
		/* clone: threads (CLONE_VM, LeakSanitizer's tracer) only */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_VM, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		abort();
}

/* ---- running ------------------------------------------------------------ */

void __sanitizer_symbolize_pc(void *pc, const char *fmt, char *out, size_t n);

static struct ip_options G0;
static unsigned char open_at_start[1024];
static int lowest_free = -1;

void fz_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	int fd = open("/dev/null", O_RDONLY);
	if (fd >= 0) {
		dup2(fd, 0);
		close(fd);
	}
	G0 = G;
	/* start the sanitizers' symbolizer now: the filter refuses exec later */
	char sym[64];
	__sanitizer_symbolize_pc(__builtin_return_address(0), "%p", sym, sizeof(sym));
	ipbox_exit_hook = fz_exit;
	nl_fake = &fake;
	fz_seccomp();
}

static void fz_close_leftovers(void)
{
	if (lowest_free < 0) {	/* the first run: note what libFuzzer holds */
		for (int fd = 0; fd < 1024; fd++)
			open_at_start[fd] = fcntl(fd, F_GETFD) >= 0;
		lowest_free = dup(0);
		close(lowest_free);
		return;
	}
	int probe = dup(0);
	close(probe);
	if (probe == lowest_free)
		return;
	for (int fd = 3; fd < 1024; fd++)
		if (!open_at_start[fd])
			close(fd);
}

int fz_run(int (*fn)(int, char **), int argc, char **argv)
{
	volatile int rc;
	int j;

	fz_init();
	fz_close_leftovers();
	G = G0;
	pr_setup(0, 0, 0, "\n");
	nl_set_rcvbuf(0);
	nl_set_lax(0);
	ll_forget();
	nl_close();
	memset(pend, 0, sizeof(pend));
	fz_in_run = 1;
	if ((j = setjmp(fz_jmp)) == 0)
		rc = fn(argc, argv);
	else
		rc = j - 1;
	fz_in_run = 0;
	out_flush();
	nl_close();
	fz_close_leftovers();
	return rc;
}

int fz_argv(const char *name, char *text, size_t len, char **argv, int max)
{
	int argc = 0;

	argv[argc++] = (char *)name;
	while (argc < max - 1) {
		char *nl = memchr(text, '\n', len);
		size_t n = nl ? (size_t)(nl - text) : len;
		text[n] = 0;
		argv[argc++] = text;
		if (!nl)
			break;
		text += n + 1;
		len -= n + 1;
	}
	argv[argc] = NULL;
	return argc;
}

int fz_args(const char *name, const uint8_t *data, size_t size, char **argv,
	    const uint8_t **rest, size_t *restlen)
{
	static char text[4097];
	const uint8_t *nul = memchr(data, 0, size);
	size_t tlen = nul ? (size_t)(nul - data) : size;

	if (tlen >= sizeof(text))
		return -1;
	memcpy(text, data, tlen);
	*rest = nul ? nul + 1 : NULL;
	*restlen = nul ? size - tlen - 1 : 0;
	return fz_argv(name, text, tlen, argv, 64);
}
