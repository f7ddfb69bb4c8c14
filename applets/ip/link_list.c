/* The one listing of links (iproute2's ipaddr_list_flush_or_save): ip
 * link show, ip address show, and where ip address flush and save start.
 * The filter is link_filter.c's, the link record link_show.c's, the
 * address record addr_print.c's.
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

/* the receive buffers of the address dumps */
static char cursor_buf[2][16384] __attribute__((aligned(8)));

/* one listing */
struct link_list {
	const struct link_filter *f;
	int links_only;		/* no addresses: ip link show, or 6.1's iplink_get */
	/* the address dumps read alongside the link dump: IPv4 then IPv6 */
	struct nl_cursor cursors[2];
	int ncursors;
	/* the link dump so far came in ascending ifindex */
	int last_ifindex, unordered;
};

/* one link while its addresses are read */
struct link_out {
	const struct link_list *l;
	const struct link_filter *f;
	const struct nlmsghdr *n;
	const char *name;	/* IFLA_IFNAME, NULL when missing */
	unsigned ifi_flags;
	int started;		/* its record (header) was begun */
	int res;		/* print_linkinfo's answer: <0 hidden, 0 no header, 1 header */
	int skipped;		/* addresses before the first match (JSON prints {} for each) */
};

/* iproute2's print_linkinfo: the filters, then the header itself */
static int link_head(const struct link_filter *f, const struct nlmsghdr *n)
{
	const struct rtattr *tb[IFLA_MAX + 1];
	const struct link_print p = { f->family, f->do_link };
	int res = link_filter_ok(f, n, tb);

	if (res > 0)
		print_linkinfo(n, tb, &p);
	return res;
}

static int show_addrs(const struct link_out *lo)
{
	return lo->res >= 0 && !lo->l->links_only;
}

static void link_start(struct link_out *lo)
{
	const struct link_filter *f = lo->f;

	lo->started = 1;
	pr_open_obj(NULL);
	/* -o prints no headers, unless only headers are asked for (-0) */
	int no_link = G.oneline && !lo->l->links_only;
	lo->res = (G.brief || !no_link) ? link_head(f, lo->n) : 0;
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
	if (G.stats && !G.brief && lo->res > 0 && !lo->f->do_link)
		print_link_stats(lo->n);
	pr_close_obj();
}

static void link_addr(struct link_out *lo, const struct nlmsghdr *a)
{
	const struct link_filter *f = lo->f;
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

static int open_cursors(struct link_list *l, int ifindex);
static void close_cursors(struct link_list *l);

static int addr_link_cb(const struct nlmsghdr *n, void *arg)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	struct link_list *l = arg;
	const struct link_filter *f = l->f;
	struct link_out lo = { .l = l, .f = f, .n = n };
	const char *name = NULL;
	int seen = 0;

	if (n->nlmsg_type != RTM_NEWLINK || n->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return 0;
	/* the name comes first: no need to parse the whole record */
	nla_for_each(at, (const char *)n + NLMSG_SPACE(sizeof(*ifi)), n->nlmsg_len - NLMSG_SPACE(sizeof(*ifi)))
		if (nla_type(at) == IFLA_IFNAME) {
			name = nla_str(at);
			break;
		}
	if (name)
		ll_remember((unsigned)ifi->ifi_index, name, ifi->ifi_flags);
	lo.ifi_flags = ifi->ifi_flags;
	/* Kernels before 6.6 dump by hash bucket, not by ifindex: past 256
	 * links the merge no longer works, so ask for each link's
	 * addresses on their own from then on. */
	if (ifi->ifi_index <= l->last_ifindex && !f->ifindex)
		l->unordered = 1;
	l->last_ifindex = ifi->ifi_index;
	if (l->unordered) {
		close_cursors(l);
		if (open_cursors(l, ifi->ifi_index) < 0)
			ipbox_exit(RC_LOCAL);
	}

	for (int i = 0; i < l->ncursors; i++) {
		struct nl_cursor *c = &l->cursors[i];
		const struct nlmsghdr *a;
		for (; (a = nl_cursor_peek(c)); nl_cursor_next(c)) {
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
		if (c->state < 0) {
			err_fmt("Dump terminated\n");
			ipbox_exit(RC_LOCAL);
		}
	}
	/* a link without any address passes when no family was asked */
	if (!lo.started && !seen && (f->family == AF_UNSPEC || l->links_only))
		link_start(&lo);
	if (lo.started)
		link_end(&lo);
	return 0;
}

static int open_cursors(struct link_list *l, int ifindex)
{
	static const int fams[2] = { AF_INET, AF_INET6 };
	const struct link_filter *f = l->f;

	l->ncursors = 0;
	if (!CONFIG_IP_ADDR || l->links_only)
		return 0;
	for (int i = 0; i < 2; i++) {
		if (f->family && f->family != fams[i])
			continue;
		char buf[64];
		struct nl_req r;
		struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));
		ifa->ifa_family = (unsigned char)fams[i];
		ifa->ifa_index = (unsigned)ifindex;
		if (nl_cursor_start(&l->cursors[l->ncursors], &r, cursor_buf[l->ncursors], sizeof(cursor_buf[0])) < 0)
			return -1;
		l->ncursors++;
	}
	return 0;
}

static void close_cursors(struct link_list *l)
{
	for (int i = 0; i < l->ncursors; i++) {
		/* iproute2 says so at the end of each dump (flush does not) */
		if (l->cursors[i].intr)
			err_fmt("Dump was interrupted and may be inconsistent.\n");
		nl_cursor_close(&l->cursors[i]);
	}
	l->ncursors = 0;
}

static int list(const struct link_filter *f)
{
	char buf[256];
	struct nl_req r;
	/* 6.1's preferred_family: ip link show's is AF_PACKET */
	int pf = f->link ? AF_PACKET : G.family;
	/* 6.1's iplink_get: after "ip link show" in a batch, ip address
	 * shows one device as ip link does */
	int get = f->do_link && f->dev && f->group < 0;
	struct link_list list = { .f = f, .links_only = f->family == AF_PACKET || get }, *l = &list;
	int rc = RC_OK;

	pr_begin();
	if (get || f->ifindex) {
		/* one link: by name (iplink_get), else by index (6.1's ipaddr_link_get) */
		ll_link_req(&r, buf, sizeof(buf), get ? pf : f->family, get ? 0 : (unsigned)f->ifindex,
			    get ? f->dev : NULL, link_ext_mask(0));
	} else if (pf != AF_UNSPEC && pf != AF_PACKET) {
		/* a bare request: with -6 the kernel answers with IPv6's own
		 * short link records (no qdisc, group, ...), as iproute2 shows */
		ll_link_req(&r, buf, sizeof(buf), pf, 0, NULL, 0);
	} else {
		/* 6.1 sends RTEXT_FILTER_VF alone: see link_ext_mask */
		ll_link_req(&r, buf, sizeof(buf), pf, 0, NULL, link_ext_mask(1));
		if (f->master)	/* -1: nomaster, which the kernel knows too */
			nla_put_u32(&r, IFLA_MASTER, (unsigned)f->master);
		if (f->kind) {
			struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);
			nla_put_str(&r, IFLA_INFO_KIND, f->kind);
			nla_nest_end(&r, li);
		}
	}
	if (open_cursors(l, f->ifindex) < 0) {
		close_cursors(l);
		pr_end();
		return RC_LOCAL;
	}
	if (get || f->ifindex) {
		int e = nl_get(&r, 0, addr_link_cb, l);
		if (e < 0) {
			err_fmt(get ? "Cannot send link get request: %s\n" : "Cannot send link request: %s\n", errtext(-e));
			rc = get ? RC_LOCAL : RC_OK;
		}
	} else if (nl_dump(&r, addr_link_cb, l) < 0) {
		err_fmt("Dump terminated\n");
		if (f->link)
			ipbox_exit(RC_LOCAL);
		rc = RC_LOCAL;
	}
	close_cursors(l);
	pr_end();
	return rc;
}

static int list_flush_or_save(struct link_filter *f, int argc, char **argv)
{
	if (f->action == ADDR_LIST)
		link_show_check();
	if (CONFIG_IP_ADDR_FLUSH && f->action == ADDR_FLUSH) {
		if (argc <= 0) {
			err_fmt("Flush requires arguments.\n");
			return RC_LOCAL;
		}
		if (f->family == AF_PACKET) {
			err_fmt("Cannot flush link addresses.\n");
			return RC_LOCAL;
		}
	}
	link_filter_parse(f, argc, argv);
	if (f->dev) {
		f->ifindex = (int)ll_name_to_index(f->dev);
		if (f->ifindex <= 0) {
			err_fmt("Device \"%s\" does not exist.\n", f->dev);
			return RC_LOCAL;
		}
	}
	if (CONFIG_IP_ADDR_SAVE && f->action == ADDR_SAVE)
		return ipaddr_save(f);
	if (CONFIG_IP_ADDR_FLUSH && f->action == ADDR_FLUSH)
		return ipaddr_flush(f);
	return list(f);
}

int ipaddr_list_link(int argc, char **argv)
{
	struct link_filter f = { .link = 1, .do_link = 1, .family = AF_PACKET, .group = -1 };

	/* iproute2 never clears its do_link: in a batch, every later
	 * "ip address" prints links as "ip link" does */
	if (G.batch_mode)
		G.link_listed = 1;
	return list_flush_or_save(&f, argc, argv);
}

/* ip address [show|list|lst], flush and save */
int ipaddr_list_flush_or_save(int argc, char **argv, enum addr_action action)
{
	struct link_filter f = {
		.action = action, .family = G.family, .group = -1,
		.do_link = CONFIG_IP_LINK && CONFIG_IP_BATCH && G.link_listed,
	};

	return list_flush_or_save(&f, argc, argv);
}
