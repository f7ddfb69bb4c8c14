/* ip address show: the listing, and where flush and save start
 * (iproute2's ipaddr_list_flush_or_save).  The filters are in
 * addr_filter.c, the address record in addr_print.c.
 *
 * iproute2 6.1 reads the whole link dump and the whole address dump into
 * lists before printing.  Here the link dump streams on the main socket
 * while the address dumps (IPv4, then IPv6, each on its own socket) are
 * read alongside it: the kernel sends both in ascending ifindex, so each
 * link's addresses are next in line when its record arrives.  A link that
 * a filter hides (-4 without IPv4 addresses, scope, label, ...) is known
 * only after its addresses were read, so the header is printed when the
 * first matching address turns up. */
#include "applets/ip/addr.h"
#include "core/nlcursor.h"

#include <linux/if.h>
#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

/* address dumps read alongside the link dump: IPv4 then IPv6 */
static struct nl_cursor cursors[2];
static int ncursors;
static char cursor_buf[2][16384] __attribute__((aligned(8)));

/* one link while its addresses are read */
struct link_out {
	const struct addr_filter *f;
	const struct nlmsghdr *n;
	const char *name;	/* IFLA_IFNAME, NULL when missing */
	unsigned ifi_flags;
	int started;		/* its record (header) was begun */
	int res;		/* print_linkinfo's answer: <0 hidden, 0 no header, 1 header */
	int skipped;		/* addresses before the first match (JSON prints {} for each) */
};

/* iproute2's print_linkinfo checks, then the header itself */
static int link_head(const struct addr_filter *f, const struct nlmsghdr *n, const char *name)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct rtattr *tb[IFLA_MAX + 1];
	/* after "ip link show" in a batch, 6.1 prints links as ip link does */
	const struct link_print p = { f->family, 0, CONFIG_IP_BATCH && G.link_listed };

	if (!name || (f->up && !(ifi->ifi_flags & IFF_UP)))
		return -1;
	if (CONFIG_IP_ADDR_FILTERS && f->label)
		return 0;	/* 6.1: a label filter shows addresses only */
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	if (CONFIG_IP_ADDR_FILTERS) {
		if (f->group >= 0 && tb[IFLA_GROUP] && nla_u32(tb[IFLA_GROUP], 0) != (unsigned long)f->group)
			return -1;
		if (f->master > 0 && nla_u32(tb[IFLA_MASTER], 0) != (unsigned)f->master)
			return -1;
		if (f->kind && !link_kind_is(tb, f->kind, 0))
			return -1;
		if (f->slave_kind && !link_kind_is(tb, f->slave_kind, 1))
			return -1;
	}
	print_linkinfo(n, tb, &p);
	return 1;
}

static int show_addrs(const struct link_out *lo)
{
	const struct addr_filter *f = lo->f;

	return lo->res >= 0 && f->family != AF_PACKET;
}

static void link_start(struct link_out *lo)
{
	const struct addr_filter *f = lo->f;

	lo->started = 1;
	pr_open_obj(NULL);
	/* -o prints no headers, unless only headers are asked for (-0) */
	int no_link = G.oneline && f->family != AF_PACKET;
	lo->res = (G.brief || !no_link) ? link_head(f, lo->n, lo->name) : 0;
	if (!show_addrs(lo))
		return;
	pr_open_arr("addr_info");
	if (f->up && !(lo->ifi_flags & IFF_UP))
		return;
	for (; lo->skipped; lo->skipped--) {
		pr_open_obj(NULL);
		pr_close_obj();
	}
}

static void link_end(struct link_out *lo)
{
	if (show_addrs(lo)) {
		pr_close_arr();
		if (G.brief)
			pr_text("\n");
	}
	if (G.stats && !G.brief && lo->res > 0 && !(CONFIG_IP_BATCH && G.link_listed))
		print_link_stats(lo->n);
	pr_close_obj();
}

static void link_addr(struct link_out *lo, const struct nlmsghdr *a)
{
	const struct addr_filter *f = lo->f;
	int ok = addr_filter_ok(f, a);

	if (!lo->started) {
		if (!ok) {
			lo->skipped++;
			return;
		}
		link_start(lo);
	}
	if (!show_addrs(lo) || (f->up && !(lo->ifi_flags & IFF_UP)))
		return;
	pr_open_obj(NULL);
	if (ok)
		print_addrinfo(a, G.oneline);
	pr_close_obj();
}

static int open_cursors(const struct addr_filter *f, int ifindex);
static void close_cursors(void);
/* the link dump so far came in ascending ifindex */
static int last_ifindex, unordered;

static int addr_link_cb(const struct nlmsghdr *n, void *arg)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct addr_filter *f = arg;
	struct link_out lo = { .f = f, .n = n };
	int seen = 0;

	if (n->nlmsg_type != RTM_NEWLINK || n->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return 0;
	/* the name comes first: no need to parse the whole record */
	nla_for_each(at, (const char *)n + NLMSG_SPACE(sizeof(*ifi)), n->nlmsg_len - NLMSG_SPACE(sizeof(*ifi)))
		if (nla_type(at) == IFLA_IFNAME) {
			lo.name = nla_str(at);
			break;
		}
	if (lo.name)
		ll_remember((unsigned)ifi->ifi_index, lo.name, ifi->ifi_flags);
	lo.ifi_flags = ifi->ifi_flags;
	/* Kernels before 6.6 dump by hash bucket, not by ifindex: past 256
	 * links the merge no longer works, so ask for each link's
	 * addresses on their own from then on. */
	if (ifi->ifi_index <= last_ifindex && !f->ifindex)
		unordered = 1;
	last_ifindex = ifi->ifi_index;
	if (unordered) {
		close_cursors();
		if (open_cursors(f, ifi->ifi_index) < 0)
			ipbox_exit(RC_LOCAL);
	}

	for (int i = 0; i < ncursors; i++) {
		const struct nlmsghdr *a;
		for (; (a = nl_cursor_peek(&cursors[i])); nl_cursor_next(&cursors[i])) {
			const struct ifaddrmsg *ifa = NLMSG_DATA(a);
			if (a->nlmsg_type != RTM_NEWADDR || a->nlmsg_len < NLMSG_LENGTH(sizeof(*ifa)))
				continue;
			if ((int)ifa->ifa_index < ifi->ifi_index)
				continue;	/* a link that went by unseen */
			if ((int)ifa->ifa_index > ifi->ifi_index)
				break;
			seen = 1;
			link_addr(&lo, a);
		}
		if (cursors[i].state < 0) {
			err_fmt("Dump terminated\n");
			ipbox_exit(RC_LOCAL);
		}
	}
	/* a link without any address passes when no family was asked */
	if (!lo.started && !seen && (f->family == AF_UNSPEC || f->family == AF_PACKET))
		link_start(&lo);
	if (lo.started)
		link_end(&lo);
	return 0;
}

static int open_cursors(const struct addr_filter *f, int ifindex)
{
	static const int fams[2] = { AF_INET, AF_INET6 };

	ncursors = 0;
	if (f->family == AF_PACKET)
		return 0;
	for (int i = 0; i < 2; i++) {
		if (f->family && f->family != fams[i])
			continue;
		char buf[64];
		struct nl_req r;
		struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));
		ifa->ifa_family = (unsigned char)fams[i];
		ifa->ifa_index = (unsigned)ifindex;
		if (nl_cursor_start(&cursors[ncursors], &r, cursor_buf[ncursors], sizeof(cursor_buf[0])) < 0)
			return -1;
		ncursors++;
	}
	return 0;
}

static void close_cursors(void)
{
	for (int i = 0; i < ncursors; i++) {
		/* iproute2 says so at the end of each dump (flush does not) */
		if (cursors[i].intr)
			err_fmt("Dump was interrupted and may be inconsistent.\n");
		nl_cursor_close(&cursors[i]);
	}
	ncursors = 0;
}

static int list(const struct addr_filter *f)
{
	char buf[256];
	struct nl_req r;
	int rc = RC_OK;

	pr_begin();
	if (f->ifindex) {
		/* iproute2's ipaddr_link_get: one link, by index */
		ll_link_req(&r, buf, sizeof(buf), f->family, (unsigned)f->ifindex, NULL, link_ext_mask(0));
	} else if (G.family != AF_UNSPEC && G.family != AF_PACKET) {
		/* a bare request: with -6 the kernel answers with IPv6's own
		 * short link records (no qdisc, group, ...), as iproute2 shows */
		ll_link_req(&r, buf, sizeof(buf), G.family, 0, NULL, 0);
	} else {
		/* 6.1 sends RTEXT_FILTER_VF alone: see link_ext_mask */
		ll_link_req(&r, buf, sizeof(buf), G.family, 0, NULL, link_ext_mask(1));
		if (CONFIG_IP_ADDR_FILTERS && f->master)	/* -1: nomaster, which the kernel knows too */
			nla_put_u32(&r, IFLA_MASTER, (unsigned)f->master);
		if (CONFIG_IP_ADDR_FILTERS && f->kind) {
			struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);
			nla_put_str(&r, IFLA_INFO_KIND, f->kind);
			nla_nest_end(&r, li);
		}
	}
	last_ifindex = unordered = 0;
	if (open_cursors(f, f->ifindex) < 0) {
		close_cursors();
		pr_end();
		return RC_LOCAL;
	}
	if (f->ifindex) {
		int e = nl_get(&r, 0, addr_link_cb, (void *)f);
		if (e < 0)
			err_fmt("Cannot send link request: %s\n", errtext(-e));
	} else if (nl_dump(&r, addr_link_cb, (void *)f) < 0) {
		err_fmt("Dump terminated\n");
		rc = RC_LOCAL;
	}
	close_cursors();
	pr_end();
	return rc;
}

/* ip address [show|list|lst], flush and save */
int ipaddr_list_flush_or_save(int argc, char **argv, enum addr_action action)
{
	int do_flush = CONFIG_IP_ADDR_FLUSH && action == ADDR_FLUSH;
	struct addr_filter filter, *f = &filter;

	if (action == ADDR_LIST)
		link_show_check();
	if (do_flush) {
		if (argc <= 0) {
			err_fmt("Flush requires arguments.\n");
			return RC_LOCAL;
		}
		if (G.family == AF_PACKET) {
			err_fmt("Cannot flush link addresses.\n");
			return RC_LOCAL;
		}
	}
	addr_filter_parse(f, argc, argv);
	if (f->dev) {
		f->ifindex = (int)ll_name_to_index(f->dev);
		if (f->ifindex <= 0) {
			err_fmt("Device \"%s\" does not exist.\n", f->dev);
			return RC_LOCAL;
		}
	}
	if (CONFIG_IP_ADDR_SAVE && action == ADDR_SAVE)
		return ipaddr_save(f);
	/* after "ip link show" in a batch, 6.1 shows one device as ip link does */
	if (CONFIG_IP_LINK && CONFIG_IP_BATCH && !do_flush && G.link_listed && f->dev && f->group < 0) {
		char *args[] = { (char *)f->dev, "up" };
		return ip_show(f->up ? 2 : 1, args, G.family);
	}
	return do_flush ? ipaddr_flush(f) : list(f);
}
