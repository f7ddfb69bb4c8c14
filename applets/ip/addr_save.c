/* ip address save | showdump | restore: the kernel's RTM_NEWADDR records
 * as raw bytes after a magic word, iproute2's format (so a dump saved by
 * one restores with the other). */
#include "applets/ip/addr.h"
#include "applets/ip/lib/dumpfile.h"

#include <unistd.h>

static const uint32_t dump_magic = 0x47361222;

static int save_cb(const struct nlmsghdr *n, void *arg)
{
	(void)arg;
	return dumpfile_put(n);
}

/* the records of a dump (family -4/-6, dev filter), unfiltered otherwise */
int ipaddr_save(const struct link_filter *f)
{
	char buf[64];
	struct nl_req r;
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));

	if (dumpfile_start(dump_magic))
		ipbox_exit(RC_LOCAL);
	ifa->ifa_family = (unsigned char)G.family;
	ifa->ifa_index = (unsigned)f->ifindex;
	if (nl_dump(&r, save_cb, NULL) < 0) {
		err_fmt("Save terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	ipbox_exit(RC_OK);
}

static void check_magic(void)
{
	if (dumpfile_magic(dump_magic, "address"))
		ipbox_exit(RC_USAGE);
}

static int show_one(struct nlmsghdr *n, void *arg)
{
	(void)arg;
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
	int e = dumpfile_each(show_one, NULL);
	pr_close_arr();
	pr_close_obj();
	pr_end();
	ipbox_exit(e < 0 ? RC_USAGE : RC_OK);
}

int ipaddr_restore(void)
{
	check_magic();
	int e = dumpfile_each(dumpfile_restore, NULL);
	ipbox_exit(e < 0 ? RC_USAGE : RC_OK);
}
