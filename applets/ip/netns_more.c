/* ip netns identify, pids, set, list-id (CONFIG_IP_NETNS_EXTRA) and
 * monitor (CONFIG_IP_NETNS_MONITOR).
 *
 *	ip netns identify [PID]		the names of PID's namespace (the last)
 *	ip netns pids NAME		the processes inside NAME
 *	ip netns set NAME NETNSID	give NAME an nsid here (auto: any)
 *	ip netns list-id [target-nsid N] [nsid N]
 *	ip netns monitor		names as they come and go */
#include "applets/ip/ip.h"
#include "applets/ip/netns.h"
#include "applets/ip/lib/namespace.h"
#include "core/dir.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/net_namespace.h>

/* only digits (the empty word too, as iproute2) */
static int is_pid(const char *s)
{
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* stat of the namespace behind PATH; prints iproute2's texts */
static int ns_stat(const char *path, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0) {
		err_errno("Cannot open network namespace: ");
		return -1;
	}
	if (fstat(fd, st) < 0) {
		err_errno("Stat of netns failed: ");
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

static int same_file(const struct stat *a, const char *path)
{
	struct stat b;

	return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

struct ns_match {
	struct stat ns;
	const char *dir;
	char last[256];		/* identify: the last match */
	int print;		/* pids: print every match */
};

static int match_one(const char *name, void *arg)
{
	struct ns_match *m = arg;
	char path[4096];

	if (m->print && !is_pid(name))
		return 0;
	fmt_buf(path, sizeof(path), m->print ? "%s/%s/ns/net" : "%s/%s", m->dir, name);
	if (!same_file(&m->ns, path))
		return 0;
	if (m->print)
		out_fmt("%s\n", name);
	else
		fmt_buf(m->last, sizeof(m->last), "%s", name);
	return 0;
}

int netns_identify(int argc, char **argv)
{
	char path[4096];
	const char *pid = "self";
	struct ns_match m = { .dir = NETNS_RUN_DIR };

	if (argc > 1) {
		err_fmt("extra arguments specified\n");
		return RC_LOCAL;
	}
	if (argc == 1) {
		pid = argv[0];
		if (!is_pid(pid)) {
			err_fmt("Specified string '%s' is not a pid\n", pid);
			return RC_LOCAL;
		}
	}
	fmt_buf(path, sizeof(path), "/proc/%s/ns/net", pid);
	if (ns_stat(path, &m.ns))
		return RC_LOCAL;
	if (dir_each(m.dir, match_one, &m) == -1 && errno != ENOENT) {
		err_errno("Failed to open directory %s:", NETNS_RUN_DIR);
		return RC_LOCAL;
	}
	out_fmt("%s\n", m.last);
	return RC_OK;
}

int netns_pids(int argc, char **argv)
{
	char path[4096];
	struct ns_match m = { .dir = "/proc", .print = 1 };

	if (argc < 1) {
		err_fmt("No netns name specified\n");
		return RC_LOCAL;
	}
	if (argc > 1) {
		err_fmt("extra arguments specified\n");
		return RC_LOCAL;
	}
	fmt_buf(path, sizeof(path), "%s/%s", NETNS_RUN_DIR, argv[0]);
	if (ns_stat(path, &m.ns))
		return RC_LOCAL;
	if (dir_each(m.dir, match_one, &m) == -1) {
		err_errno("Open of /proc failed: ");
		return RC_LOCAL;
	}
	return RC_OK;
}

int netns_set(int argc, char **argv)
{
	char path[4096], buf[64];
	struct nl_req r;
	int nsid = -1, fd;

	if (argc < 1) {
		err_fmt("No netns name specified\n");
		return RC_LOCAL;
	}
	if (argc < 2) {
		err_fmt("No nsid specified\n");
		return RC_LOCAL;
	}
	/* a negative nsid lets the kernel choose */
	if (!streq(argv[1], "auto")) {
		if (get_s32(&nsid, argv[1], 0))
			invarg("Invalid \"netnsid\" value", argv[1]);
		if (nsid < 0)
			invarg("\"netnsid\" value should be >= 0", argv[1]);
	}
	fmt_buf(path, sizeof(path), "%s/%s", NETNS_RUN_DIR, argv[0]);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		err_errno("Cannot open network namespace \"%s\": ", argv[0]);
		return RC_LOCAL;
	}
	nl_req_init(&r, buf, sizeof(buf), RTM_NEWNSID, 0, sizeof(struct rtgenmsg));
	nla_put_u32(&r, NETNSA_FD, (uint32_t)fd);
	nla_put_s32(&r, NETNSA_NSID, nsid);
	int e = nl_talk(&r, 0);
	close(fd);
	return e ? RC_KERNEL : RC_OK;
}

/* ---- list-id --------------------------------------------------------- */

static int print_nsid(const struct nlmsghdr *n, void *arg)
{
	const struct rtattr *tb[NETNSA_MAX + 1];
	const char *name;
	int nsid, cur = -1;

	(void)arg;
	if (n->nlmsg_type != RTM_NEWNSID && n->nlmsg_type != RTM_DELNSID)
		return 0;
	nlmsg_parse(tb, NETNSA_MAX, n, sizeof(struct rtgenmsg));
	if (!tb[NETNSA_NSID]) {
		err_fmt("BUG: NETNSA_NSID is missing print_nsid\n");
		return -1;
	}
	pr_open_obj(NULL);
	if (n->nlmsg_type == RTM_DELNSID)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	nsid = (int)nla_u32(tb[NETNSA_NSID], 0);
	if (nsid < 0)
		pr_text("nsid unassigned ");
	else
		pr_int(PR_ANY, "nsid", "nsid %d ", nsid);
	if (tb[NETNSA_CURRENT_NSID]) {
		cur = (int)nla_u32(tb[NETNSA_CURRENT_NSID], 0);
		if (cur < 0)
			pr_text("current-nsid unassigned ");
		else
			pr_int(PR_ANY, "current-nsid", "current-nsid %d ", cur);
	}
	/* each name once; one the map does not know yet is searched for
	 * (by NSID, as iproute2 does, even when CURRENT was looked up) */
	name = netns_map_get(tb[NETNSA_CURRENT_NSID] ? cur : nsid, 1);
	if (!name && n->nlmsg_type == RTM_NEWNSID && (name = netns_name_search(nsid)))
		netns_map_add(nsid, name);
	if (name)
		pr_string(PR_ANY, "name", "(iproute2 netns name: %s)", name);
	pr_text("\n");
	pr_close_obj();
	return 0;
}

/* list-id nsid N: the one answer, a JSON array of its own */
static int print_one(const struct nlmsghdr *n, void *arg)
{
	pr_begin();
	print_nsid(n, arg);
	pr_end();
	return 0;
}

/* "target-nsid N" / "nsid N": a non-negative integer */
static void get_nsid_arg(int *val, int argc, char **argv)
{
	const char *key = argv[0];
	char msg[64];

	if (*val >= 0)
		duparg(key, key);
	NEXT_ARG();
	if (get_s32(val, argv[0], 0)) {
		fmt_buf(msg, sizeof(msg), "\"%s\" value is invalid", key);
		invarg(msg, argv[0]);
	}
	if (*val < 0) {
		fmt_buf(msg, sizeof(msg), "\"%s\" value should be >= 0", key);
		invarg(msg, argc > 1 ? argv[1] : "(null)");
	}
}

int netns_list_id(int argc, char **argv)
{
	char buf[64];
	struct nl_req r;
	int target = -1, nsid = -1;

	for (; argc > 0; argc--, argv++) {
		if (streq(argv[0], "target-nsid"))
			get_nsid_arg(&target, argc, argv);
		else if (streq(argv[0], "nsid"))
			get_nsid_arg(&nsid, argc, argv);
		else
			netns_usage();
		argc--;
		argv++;
	}
	netns_map_init(0);
	nl_req_init(&r, buf, sizeof(buf), RTM_GETNSID, 0, sizeof(struct rtgenmsg));
	if (nsid >= 0)
		nla_put_s32(&r, NETNSA_NSID, nsid);
	if (target >= 0)
		nla_put_s32(&r, NETNSA_TARGET_NSID, target);
	if (nsid >= 0)
		return nl_get(&r, 0, print_one, NULL) < 0 ? RC_KERNEL : RC_OK;
	pr_begin();
	if (nl_dump(&r, print_nsid, NULL) < 0) {
		pr_end();
		err_fmt("Dump terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	pr_end();
	return RC_OK;
}

/* ---- monitor --------------------------------------------------------- */

int netns_monitor(int argc, char **argv)
{
	char buf[4096] __attribute__((aligned(8)));
	int fd = inotify_init1(IN_CLOEXEC);

	(void)argc;
	(void)argv;
	if (fd < 0) {
		err_errno("inotify_init failed: ");
		return RC_LOCAL;
	}
	if (netns_make_run_dir())
		return RC_LOCAL;
	if (inotify_add_watch(fd, NETNS_RUN_DIR, IN_CREATE | IN_DELETE) < 0) {
		err_errno("inotify_add_watch failed: ");
		return RC_LOCAL;
	}
	for (;;) {
		ssize_t len = read(fd, buf, sizeof(buf));
		if (len < 0) {
			if (errno == EINTR)
				continue;
			err_errno("read failed: ");
			return RC_LOCAL;
		}
		for (ssize_t off = 0; off + (ssize_t)sizeof(struct inotify_event) <= len;) {
			const struct inotify_event *ev = (const void *)(buf + off);
			if (ev->mask & IN_CREATE)
				out_fmt("add %s\n", ev->name);
			if (ev->mask & IN_DELETE)
				out_fmt("delete %s\n", ev->name);
			off += (ssize_t)(sizeof(*ev) + ev->len);
		}
		/* iproute2 leaves this to stdio; a monitor that shows nothing
		 * until 4 KiB have piled up is of little use, and one that
		 * cannot write any more has no use: it says so and ends */
		if (out_flush() < 0)
			ipbox_exit(RC_LOCAL);
	}
}
