/* ip address save | showdump | restore: the kernel's RTM_NEWADDR records
 * as raw bytes after a magic word, iproute2's format (so a dump saved by
 * one restores with the other). */
#include "applets/ip/addr.h"

#include <errno.h>
#include <unistd.h>

static const uint32_t dump_magic = 0x47361222;

static int save_cb(const struct nlmsghdr *n, void *arg)
{
	(void)arg;
	out_put((const char *)n, n->nlmsg_len);
	return 0;
}

/* the records of a dump (family -4/-6, dev filter), unfiltered otherwise */
int ipaddr_save(void)
{
	char buf[64];
	struct nl_req r;
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));

	if (isatty(1)) {
		err_fmt("Not sending a binary stream to stdout\n");
		ipbox_exit(RC_LOCAL);
	}
	out_put((const char *)&dump_magic, sizeof(dump_magic));
	ifa->ifa_family = (unsigned char)G.family;
	ifa->ifa_index = (unsigned)AF.ifindex;
	if (nl_dump(&r, save_cb, NULL) < 0) {
		err_fmt("Save terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	ipbox_exit(RC_OK);
}

static size_t read_full(void *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t k = read(0, (char *)buf + got, n - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		got += (size_t)k;
	}
	return got;
}

static void check_magic(void)
{
	uint32_t magic = 0;

	if (isatty(0)) {
		err_fmt("Can't restore address dump from a terminal\n");
		ipbox_exit(RC_USAGE);
	}
	size_t got = read_full(&magic, sizeof(magic));
	if (magic != dump_magic) {
		err_fmt("Magic mismatch (%d elems, %x magic)\n", got == sizeof(magic), magic);
		ipbox_exit(RC_USAGE);
	}
}

/* iproute2's rtnl_from_file: each record to CB; 0 at the end, or <0 */
static int from_stdin(int (*cb)(struct nlmsghdr *n))
{
	static char buf[32768] __attribute__((aligned(8)));
	struct nlmsghdr *h = (struct nlmsghdr *)buf;
	unsigned long pos = sizeof(dump_magic);

	for (;;) {
		size_t got = read_full(buf, sizeof(*h));
		if (got == 0)
			return 0;
		pos += got;
		if (got != sizeof(*h))
			goto truncated;
		if (h->nlmsg_len < sizeof(*h) || h->nlmsg_len > sizeof(buf)) {
			err_fmt("!!!malformed message: len=%d @%lu\n", (int)h->nlmsg_len, pos);
			return -1;
		}
		size_t l = NLMSG_ALIGN(h->nlmsg_len - sizeof(*h));
		got = read_full(buf + sizeof(*h), l);
		pos += got;
		if (got != l)
			goto truncated;
		int e = cb(h);
		if (e < 0)
			return e;
	}
truncated:
	err_fmt("rtnl-from_file: truncated message\n");
	return -1;
}

static int show_one(struct nlmsghdr *n)
{
	const struct ifaddrmsg *ifa = NLMSG_DATA(n);

	pr_open_obj(NULL);
	pr_int(PR_ANY, "index", "if%d:", ifa->ifa_index);
	pr_nl();
	if (n->nlmsg_len >= NLMSG_LENGTH(sizeof(*ifa)) &&
	    (n->nlmsg_type == RTM_NEWADDR || n->nlmsg_type == RTM_DELADDR))
		print_addrinfo(n, 0);
	pr_close_obj();
	return 0;
}

int ipaddr_showdump(void)
{
	check_magic();
	pr_begin();
	pr_open_obj(NULL);
	pr_open_arr("addr_info");
	int e = from_stdin(show_one);
	pr_close_arr();
	pr_close_obj();
	pr_end();
	ipbox_exit(e < 0 ? RC_USAGE : RC_OK);
}

static int restore_one(struct nlmsghdr *n)
{
	struct nl_req r = { n, n->nlmsg_len, 0 };

	n->nlmsg_flags |= NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK;
	ll_forget();
	int e = nl_talk(&r, 0);
	return e == -EEXIST ? 0 : e;
}

int ipaddr_restore(void)
{
	check_magic();
	int e = from_stdin(restore_one);
	ipbox_exit(e < 0 ? RC_USAGE : RC_OK);
}
