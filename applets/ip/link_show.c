/* The link record of ip link show and ip address show (iproute2's
 * print_linkinfo); the listing is link_list.c's. */
#include "applets/ip/ip.h"
#include "applets/ip/lib/namespace.h"

#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/sockios.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

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
}

void link_show_check(void)
{
	if (G.brief)
		return;
	in_build(CONFIG_IP_LINK_STATS || !G.stats, "-statistics");
	in_build(CONFIG_IP_LINK_DETAILS || !G.details, "-details");
}
