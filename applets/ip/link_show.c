/* ip link show and ip address show: the filters, the dump, and the link
 * record (iproute2's ipaddr_list_flush_or_save and print_linkinfo). */
#include "applets/ip/ip.h"
#include "applets/ip/lib/namespace.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/sockios.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

/* ip link show's filters */
struct show_filter {
	struct link_print print;
	int up;
	unsigned ifindex;
	unsigned master;
	int nomaster;
	const char *kind;
	const char *slave_kind;
	int group;
	const char *dev;
	char slave_kind_buf[64];
};

static const struct {
	unsigned short type;
	const char name[10];
} arphrd_names[] = {
	{ ARPHRD_NETROM, "netrom" }, { ARPHRD_ETHER, "ether" },
	{ ARPHRD_IEEE802, "ieee802" }, { ARPHRD_INFINIBAND, "infiniband" },
	{ ARPHRD_SLIP, "slip" }, { ARPHRD_CAN, "can" }, { ARPHRD_PPP, "ppp" },
	{ ARPHRD_RAWIP, "rawip" }, { ARPHRD_TUNNEL, "ipip" },
	{ ARPHRD_TUNNEL6, "tunnel6" }, { ARPHRD_SIT, "sit" },
	{ ARPHRD_IPGRE, "gre" }, { ARPHRD_LOOPBACK, "loopback" },
	{ ARPHRD_IP6GRE, "gre6" }, { ARPHRD_NETLINK, "netlink" },
	{ ARPHRD_VSOCKMON, "vsockmon" }, { ARPHRD_NONE, "none" },
	{ ARPHRD_VOID, "void" },
};

static const char *ll_type_n2a(unsigned type, char *buf)
{
	/* -N: the number, as iproute2 ("link/[772]") */
	for (size_t i = 0; !G.numeric && i < sizeof(arphrd_names) / sizeof(arphrd_names[0]); i++)
		if (arphrd_names[i].type == type)
			return arphrd_names[i].name;
	fmt_buf(buf, 16, "[%u]", type);
	return buf;
}

static void print_link_flags(unsigned flags, int mdown)
{
	static const struct {
		unsigned bit;
		const char name[12];
	} names[] = {
		{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_BROADCAST, "BROADCAST" },
		{ IFF_POINTOPOINT, "POINTOPOINT" }, { IFF_MULTICAST, "MULTICAST" },
		{ IFF_NOARP, "NOARP" }, { IFF_ALLMULTI, "ALLMULTI" },
		{ IFF_PROMISC, "PROMISC" }, { IFF_MASTER, "MASTER" },
		{ IFF_SLAVE, "SLAVE" }, { IFF_DEBUG, "DEBUG" },
		{ IFF_DYNAMIC, "DYNAMIC" }, { IFF_AUTOMEDIA, "AUTOMEDIA" },
		{ IFF_PORTSEL, "PORTSEL" }, { IFF_NOTRAILERS, "NOTRAILERS" },
		{ IFF_UP, "UP" }, { IFF_LOWER_UP, "LOWER_UP" },
		{ IFF_DORMANT, "DORMANT" }, { IFF_ECHO, "ECHO" },
	};

	pr_open_arr("flags");
	pr_text("<");
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING))
		pr_string(PR_ANY, NULL, flags ? "%s," : "%s", "NO-CARRIER");
	flags &= ~IFF_RUNNING;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!(flags & names[i].bit))
			continue;
		flags &= ~names[i].bit;
		pr_string(PR_ANY, NULL, flags ? "%s," : "%s", names[i].name);
	}
	if (flags)
		pr_uint(PR_ANY, NULL, "%x", flags);
	if (mdown)
		pr_string(PR_ANY, NULL, ",%s", "M-DOWN");
	pr_close_arr();
	pr_text("> ");
}

/* a link-layer address attribute, coloured as iproute2 does */
static void print_lladdr(const char *key, const char *fmt, const struct rtattr *a, unsigned type)
{
	char b[64];

	pr_color_string(PR_ANY, PR_C_MAC, key, fmt, ll_addr_n2a(nla_data(a), nla_len(a), type, b, sizeof(b)));
}

/* "state UP " (FMT "state %s ") or the -br column ("%-14s ") */
static void print_operstate(const struct rtattr *a, const char *fmt)
{
	unsigned st = nla_u8(a, 0);

	if (st < sizeof(oper_states) / sizeof(oper_states[0]))
		pr_color_string(PR_ANY, pr_oper_color(st), "operstate", fmt, oper_states[st]);
	else if (pr_json())
		pr_uint(PR_JSON, "operstate_index", NULL, st);
	else
		pr_uint(PR_TEXT, NULL, "state 0x%x", st);
}

/* NAME[@PEER]; returns 1 when the same-namespace peer is down (M-DOWN) */
static int print_name_and_link(const char *fmt, const char *name, const struct rtattr **tb)
{
	char b1[64], ib[16];
	const char *link = NULL;
	int mdown = 0;

	if (tb[IFLA_LINK]) {
		unsigned iflink = nla_u32(tb[IFLA_LINK], 0);
		if (iflink) {
			if (tb[IFLA_LINK_NETNSID]) {
				if (pr_json())
					pr_int(PR_JSON, "link_index", NULL, iflink);
				else
					{
					fmt_buf(ib, sizeof(ib), "if%u", iflink);
					link = ib;
				}
			} else {
				link = ll_index_to_name(iflink, ib);
				if (pr_json()) {
					pr_string(PR_JSON, "link", NULL, link);
					link = NULL;
				}
				long fl = ll_index_to_flags(iflink);
				mdown = !((fl < 0 ? 0 : fl) & IFF_UP);
			}
		} else {
			if (pr_json())
				pr_null(PR_JSON, "link", NULL, NULL);
			else
				link = "NONE";
		}
		if (link) {
			fmt_buf(b1, sizeof(b1), "%s@%s", name, link);
			name = b1;
		}
	}
	pr_color_string(PR_ANY, PR_C_IFNAME, "ifname", fmt, name);
	return mdown;
}

/* IPv6's short link records (ip -6 addr) carry no IFLA_TXQLEN: iproute2
 * asks the ioctl */
static int link_txqlen(const char *name)
{
	struct ifreq ifr;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), qlen = 0;

	if (fd < 0)
		return 0;
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.ifr_name, name, strnlen(name, IFNAMSIZ - 1));
	if (ioctl(fd, SIOCGIFTXQLEN, &ifr) == 0)
		qlen = ifr.ifr_qlen;
	close(fd);
	return qlen;
}

/* -br: NAME[@PEER] and state; ip link adds address and flags and ends
 * the line, ip address goes on with the addresses */
static void print_linkinfo_brief(const struct ifinfomsg *ifi, const char *name,
				 const struct rtattr **tb, const struct link_print *p)
{
	int mdown = print_name_and_link("%-16s ", name, tb);

	if (tb[IFLA_OPERSTATE])
		print_operstate(tb[IFLA_OPERSTATE], "%-14s ");
	if (p->family == AF_PACKET) {
		if (tb[IFLA_ADDRESS])
			print_lladdr("address", "%s ", tb[IFLA_ADDRESS], ifi->ifi_type);
		print_link_flags(ifi->ifi_flags, mdown);
		pr_text("\n");
	}
}

/* iproute2's print_linkinfo filters (parses TB) */
static int link_filter_ok(const struct show_filter *f, const struct ifinfomsg *ifi,
			  const struct rtattr **tb, const struct nlmsghdr *n)
{
	if (f->up && !(ifi->ifi_flags & IFF_UP))
		return 0;
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	const char *name = nla_str(tb[IFLA_IFNAME]);
	if (!name)
		return 0;
	ll_remember((unsigned)ifi->ifi_index, name, ifi->ifi_flags);
	if (!CONFIG_IP_LINK_EXTRA)
		return 1;
	if (f->group >= 0 && tb[IFLA_GROUP] && nla_u32(tb[IFLA_GROUP], 0) != (unsigned)f->group)
		return 0;
	if (f->master && nla_u32(tb[IFLA_MASTER], 0) != f->master)
		return 0;
	if (f->nomaster && tb[IFLA_MASTER])
		return 0;
	if (f->kind && !link_kind_is(tb, f->kind, 0))
		return 0;
	if (f->slave_kind && !link_kind_is(tb, f->slave_kind, 1))
		return 0;
	return 1;
}

static void print_linkinfo_full(const struct nlmsghdr *n, const struct ifinfomsg *ifi, const char *name,
				const struct rtattr **tb, const struct link_print *p)
{
	char b1[64];

	if (n->nlmsg_type == RTM_DELLINK)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	pr_int(PR_ANY, "ifindex", "%d: ", ifi->ifi_index);
	int mdown = print_name_and_link("%s: ", name, tb);
	print_link_flags(ifi->ifi_flags, mdown);

	if (tb[IFLA_MTU])
		pr_int(PR_ANY, "mtu", "mtu %u ", nla_u32(tb[IFLA_MTU], 0));
	if (tb[IFLA_QDISC])
		pr_string(PR_ANY, "qdisc", "qdisc %s ", nla_str(tb[IFLA_QDISC]) ? nla_str(tb[IFLA_QDISC]) : "");
	if (tb[IFLA_MASTER]) {
		char mb[16];
		pr_string(PR_ANY, "master", "master %s ", ll_index_to_name(nla_u32(tb[IFLA_MASTER], 0), mb));
	}
	if (tb[IFLA_OPERSTATE]) {
		if (nla_u8(tb[IFLA_OPERSTATE], 0) < sizeof(oper_states) / sizeof(oper_states[0]))
			pr_text("state ");
		print_operstate(tb[IFLA_OPERSTATE], "%s ");
	}
	int dl = p->full;
	if (dl && tb[IFLA_LINKMODE]) {
		unsigned mode = nla_u8(tb[IFLA_LINKMODE], 0);
		if (mode < 2)
			pr_string(PR_ANY, "linkmode", "mode %s ", mode ? "DORMANT" : "DEFAULT");
		else
			pr_uint(PR_ANY, "linkmode", "mode %u ", mode);
	}
	if (tb[IFLA_GROUP]) {
		unsigned group = nla_u32(tb[IFLA_GROUP], 0);
		char gb[12];
		/* a name, or the number as a string (also in JSON), as 6.1's rtnl_group_n2a */
		fmt_buf(gb, sizeof(gb), "%d", (int)group);
		pr_string(PR_ANY, "group", "group %s ", group == 0 && !G.numeric ? "default" : gb);
	}
	int qlen = tb[IFLA_TXQLEN] ? (int)nla_u32(tb[IFLA_TXQLEN], 0) : link_txqlen(name);
	if (qlen)
		pr_int(PR_ANY, "txqlen", "qlen %d", qlen);

	if (!p->family || p->family == AF_PACKET || G.details) {
		pr_nl();
		pr_string(PR_ANY, "link_type", "    link/%s ", ll_type_n2a(ifi->ifi_type, b1));
		if (tb[IFLA_ADDRESS])
			print_lladdr("address", "%s", tb[IFLA_ADDRESS], ifi->ifi_type);
		if (tb[IFLA_BROADCAST]) {
			if (ifi->ifi_flags & IFF_POINTOPOINT) {
				pr_text(" peer ");
				pr_bool(PR_JSON, "link_pointtopoint", NULL, 1);
			} else {
				pr_text(" brd ");
			}
			print_lladdr("broadcast", "%s", tb[IFLA_BROADCAST], ifi->ifi_type);
		}
		if (tb[IFLA_PERM_ADDRESS]) {
			const struct rtattr *p = tb[IFLA_PERM_ADDRESS], *a = tb[IFLA_ADDRESS];
			if (!a || nla_len(a) != nla_len(p) || memcmp(nla_data(a), nla_data(p), nla_len(p)))
				pr_string(PR_ANY, "permaddr", " permaddr %s",
					  ll_addr_n2a(nla_data(p), nla_len(p), ifi->ifi_type, b1, sizeof(b1)));
		}
	}
	if (tb[IFLA_LINK_NETNSID]) {
		int id = (int)nla_u32(tb[IFLA_LINK_NETNSID], 0);
		if (pr_json()) {
			pr_int(PR_JSON, "link_netnsid", NULL, id);
		} else if (id >= 0) {
			const char *ns = CONFIG_IP_NETNS ? netns_name_from_nsid(id) : NULL;
			if (ns)
				pr_string(PR_TEXT, NULL, " link-netns %s", ns);
			else
				pr_int(PR_TEXT, NULL, " link-netnsid %d", id);
		} else {
			pr_string(PR_TEXT, NULL, " link-netnsid %s", "unknown");
		}
	}
	if (tb[IFLA_PROTO_DOWN] && nla_u8(tb[IFLA_PROTO_DOWN], 0))
		pr_bool(PR_ANY, "proto_down", " protodown on ", 1);

	if (CONFIG_IP_LINK_DETAILS && G.details)
		print_link_details(tb, dl);
	if ((dl || G.details) && tb[IFLA_IFALIAS] && nla_str(tb[IFLA_IFALIAS])) {
		pr_nl();
		pr_string(PR_ANY, "ifalias", "    alias %s", nla_str(tb[IFLA_IFALIAS]));
	}
	if (CONFIG_IP_LINK_STATS && dl && G.stats) {
		pr_nl();
		print_link_stats_tb(tb);
	}
	if (tb[IFLA_PROP_LIST]) {
		pr_open_arr("altnames");
		nla_for_each(a, nla_data(tb[IFLA_PROP_LIST]), nla_len(tb[IFLA_PROP_LIST])) {
			if (nla_type(a) != IFLA_ALT_IFNAME || !nla_str(a))
				continue;
			pr_string(PR_TEXT, NULL, "%s    altname ", G.sl);
			pr_string(PR_ANY, NULL, "%s", nla_str(a));
		}
		pr_close_arr();
	}
	pr_text("\n");
}

void print_linkinfo(const struct nlmsghdr *n, const struct rtattr **tb, const struct link_print *p)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const char *name = nla_str(tb[IFLA_IFNAME]);

	if (G.brief)
		print_linkinfo_brief(ifi, name, tb, p);
	else
		print_linkinfo_full(n, ifi, name, tb, p);
	/* ip link: the record ends here; ip addr closes it after the addresses */
	if (p->record)
		pr_close_obj();
}

static int link_cb(const struct nlmsghdr *n, void *arg)
{
	const struct show_filter *f = arg;
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct rtattr *tb[IFLA_MAX + 1];

	if (n->nlmsg_type != RTM_NEWLINK && n->nlmsg_type != RTM_DELLINK)
		return 0;
	if (n->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return 0;
	if (f->ifindex && (unsigned)ifi->ifi_index != f->ifindex)
		return 0;
	/* the record opens before the filters: in JSON a record filtered
	 * out here is an empty {} */
	pr_open_obj(NULL);
	if (!link_filter_ok(f, ifi, tb, n))
		pr_close_obj();
	else
		print_linkinfo(n, tb, &f->print);
	return 0;
}

/* one link by name: iproute2's iplink_get */
static int show_one(const struct show_filter *f, const char *name)
{
	char buf[256];
	struct nl_req r;

	ll_link_req(&r, buf, sizeof(buf), f->print.family, 0, name, link_ext_mask(0));
	int e = nl_get(&r, 0, link_cb, (void *)f);
	if (e < 0) {
		err_fmt("Cannot send link get request: %s\n", errtext(-e));
		return -1;
	}
	return 0;
}

void link_show_check(void)
{
	if (G.brief)
		return;
	in_build(CONFIG_IP_LINK_STATS || !G.stats, "-statistics");
	in_build(CONFIG_IP_LINK_DETAILS || !G.details, "-details");
}

int ip_show(int argc, char **argv, int family)
{
	struct show_filter filter = { .print = { family, 1, 1 }, .group = -1 }, *f = &filter;

	/* iproute2 never clears its do_link: in a batch, every later
	 * "ip address" prints links as "ip link" does */
	if (G.batch_mode)
		G.link_listed = 1;

	link_show_check();
	for (; argc > 0; argc--, argv++) {
		/* the filters but "up": CONFIG_IP_LINK_EXTRA */
		if (!CONFIG_IP_LINK_EXTRA)
			kw_unbuilt("ip", *argv, "master nomaster type group vrf");
		if (streq(*argv, "up")) {
			f->up = 1;
		} else if (CONFIG_IP_LINK_EXTRA && streq(*argv, "master")) {
			NEXT_ARG();
			f->master = ll_name_to_index(*argv);
			if (!f->master)
				invarg("Device does not exist\n", *argv);
		} else if (CONFIG_IP_LINK_EXTRA && streq(*argv, "nomaster")) {
			f->nomaster = 1;
		} else if (CONFIG_IP_LINK_EXTRA && streq(*argv, "type")) {
			NEXT_ARG();
			size_t l = strlen(*argv);
			if (l >= 6 && streq(*argv + l - 6, "_slave")) {
				fmt_buf(f->slave_kind_buf, sizeof(f->slave_kind_buf), "%.*s", (int)(l - 6), *argv);
				f->slave_kind = f->slave_kind_buf;
			} else {
				f->kind = *argv;
			}
		} else if (CONFIG_IP_LINK_EXTRA && streq(*argv, "group")) {
			NEXT_ARG();
			if (get_group(&f->group, *argv))
				invarg("Invalid \"group\" value\n", *argv);
		} else if (CONFIG_IP_LINK_EXTRA && streq(*argv, "vrf")) {
			NEXT_ARG();
			f->master = ll_name_to_index(*argv);
			if (!f->master || !link_is_vrf(f->master))
				invarg("Not a valid VRF name\n", *argv);
		} else {
			if (streq(*argv, "dev")) {
				NEXT_ARG();
			} else if (matches(*argv, "help")) {
				if (CONFIG_IP_LINK)
					iplink_usage();
				err_fmt("Usage: ip link show [ DEVICE | group GROUP ] [ up ] [ master DEV ] [ type ETYPE ]\n");
				ipbox_exit(RC_USAGE);
			}
			if (f->dev)
				duparg2("dev", *argv);
			f->dev = *argv;
		}
	}
	if (f->dev) {
		f->ifindex = ll_name_to_index(f->dev);
		if (!f->ifindex) {
			err_fmt("Device \"%s\" does not exist.\n", f->dev);
			return RC_LOCAL;
		}
	}

	pr_begin();
	if (f->dev) {
		int rc = show_one(f, f->dev);
		pr_end();
		return rc < 0 ? RC_LOCAL : RC_OK;
	}

	char buf[256];
	struct nl_req r;
	ll_link_req(&r, buf, sizeof(buf), family, 0, NULL, link_ext_mask(1));
	if (f->kind) {
		struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);
		nla_put_str(&r, IFLA_INFO_KIND, f->kind);
		nla_nest_end(&r, li);
	}
	if (f->master)
		nla_put_u32(&r, IFLA_MASTER, f->master);
	if (nl_dump(&r, link_cb, f) < 0) {
		err_fmt("Dump terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	pr_end();
	return RC_OK;
}
