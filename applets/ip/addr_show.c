/* ip address show: the filters (show, flush and save share them), the
 * address record (iproute2's print_addrinfo) and the listing.
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
#include "core/hosts.h"
#include "core/nlcursor.h"
#include "core/rtnames.h"

#include "core/glob.h"
#include <linux/if.h>
#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

struct addr_filter AF;

/* ---- names ------------------------------------------------------------- */

/* iproute2's ifa_flag_data[], in its order: printing, filters and the
 * add/change keywords all use it */
const struct addr_flag addr_flags[] = {
	{ "secondary", IFA_F_SECONDARY },
	{ "temporary", IFA_F_SECONDARY },
	{ "nodad", IFA_F_NODAD },
	{ "optimistic", IFA_F_OPTIMISTIC },
	{ "dadfailed", IFA_F_DADFAILED },
	{ "home", IFA_F_HOMEADDRESS },
	{ "deprecated", IFA_F_DEPRECATED },
	{ "tentative", IFA_F_TENTATIVE },
	{ "permanent", IFA_F_PERMANENT },
	{ "mngtmpaddr", IFA_F_MANAGETEMPADDR },
	{ "noprefixroute", IFA_F_NOPREFIXROUTE },
	{ "autojoin", IFA_F_MCAUTOJOIN },
	{ "stable-privacy", IFA_F_STABLE_PRIVACY },
	{ "", 0 },
};

const struct addr_flag *addr_flag_by_name(const char *name)
{
	for (const struct addr_flag *f = addr_flags; f->mask; f++)
		if (streq(f->name, name))
			return f;
	return NULL;
}

/* ---- filters ----------------------------------------------------------- */

void addr_filter_reset(void)
{
	memset(&AF, 0, sizeof(AF));
	AF.family = G.family;
	AF.group = -1;
}

/* FLAG or -FLAG, "dynamic" and "primary" being the inverse of permanent
 * and secondary; 1 when ARG was one */
static int filter_flag(const char *arg)
{
	int inv = 0;

	if (arg[0] == '-') {
		inv = 1;
		arg++;
	}
	if (streq(arg, "dynamic")) {
		inv = !inv;
		arg = "permanent";
	} else if (streq(arg, "primary")) {
		inv = !inv;
		arg = "secondary";
	}
	const struct addr_flag *f = addr_flag_by_name(arg);
	if (!f)
		return 0;
	if (inv)
		AF.flags &= ~f->mask;
	else
		AF.flags |= f->mask;
	AF.flagmask |= f->mask;
	return 1;
}

static const char *ll_kind(const struct rtattr *linkinfo, int slave)
{
	const struct rtattr *li[IFLA_INFO_MAX + 1];

	nla_parse_nested(li, IFLA_INFO_MAX, linkinfo);
	const char *k = nla_str(li[slave ? IFLA_INFO_SLAVE_KIND : IFLA_INFO_KIND]);
	return k ? k : "";
}

/* The selectors of ip address show/flush/save (whole words); anything
 * else is a flag (filter_flag) or the device */
enum { F_TO, F_SCOPE, F_UP, F_LABEL, F_GROUP, F_MASTER, F_VRF, F_NOMASTER, F_TYPE };
static const char filter_words[][9] = {
	[F_TO] = "to", [F_SCOPE] = "scope", [F_UP] = "up", [F_LABEL] = "label",
	[F_GROUP] = "group", [F_MASTER] = "master", [F_VRF] = "vrf",
	[F_NOMASTER] = "nomaster", [F_TYPE] = "type",
};

static int filter_word(const char *arg)
{
	for (int i = 0; CONFIG_IP_ADDR_FILTERS && i < (int)(sizeof(filter_words) / sizeof(filter_words[0])); i++)
		if (streq(arg, filter_words[i]))
			return i;
	return -1;
}

static void parse_filter(int argc, char **argv)
{
	const char *dev = NULL;

	for (; argc > 0; argc--, argv++) {
		int w = filter_word(*argv);
		unsigned v = 0;

		if (w != F_UP && w != F_NOMASTER && w >= 0)
			NEXT_ARG();
		switch (w) {
		case F_TO:
			get_prefix(&AF.pfx, *argv, AF.family);
			if (AF.family == AF_UNSPEC)
				AF.family = AF.pfx.family;
			break;
		case F_SCOPE:
			AF.scopemask = -1;
			if (rt_scope_a2n(&v, *argv)) {
				if (!streq(*argv, "all"))
					invarg("invalid \"scope\"\n", *argv);
				v = RT_SCOPE_NOWHERE;
				AF.scopemask = 0;
			}
			AF.scope = (int)v;
			break;
		case F_UP:
			AF.up = 1;
			break;
		case F_LABEL:
			AF.label = *argv;
			break;
		case F_GROUP:
			if (streq(*argv, "default"))
				AF.group = 0;
			else if (!get_u32(&v, *argv, 0))
				AF.group = (long)v;
			else
				invarg("Invalid \"group\" value\n", *argv);
			break;
		case F_MASTER:
			AF.master = ll_name_to_index(*argv);
			if (!AF.master)
				invarg("Device does not exist\n", *argv);
			break;
		case F_VRF:
			/* no VRF in ipbox's kernels' reach: iproute2 checks the kind */
			invarg("Not a valid VRF name\n", *argv);
		case F_NOMASTER:
			AF.master = -1;
			break;
		case F_TYPE: {
			size_t l = strlen(*argv);
			if (l >= 6 && streq(*argv + l - 6, "_slave")) {
				(*argv)[l - 6] = 0;
				AF.slave_kind = *argv;
			} else {
				AF.kind = *argv;
			}
			break;
		}
		default:
			if (CONFIG_IP_ADDR_FILTERS && filter_flag(*argv))
				break;
			if (streq(*argv, "dev"))
				NEXT_ARG();
			else if (matches(*argv, "help"))
				ipaddr_usage();
			if (dev)
				duparg2("dev", *argv);
			dev = *argv;
		}
	}
	AF.dev = dev;
}

/* the filters every address must pass (print_addrinfo's and ipaddr_filter's) */
static int addr_match(const struct ifaddrmsg *ifa, const struct rtattr **tb, unsigned flags)
{
	char b[16];

	if (AF.ifindex && (unsigned)AF.ifindex != ifa->ifa_index)
		return 0;
	if (AF.family && AF.family != ifa->ifa_family)
		return 0;
	if (!CONFIG_IP_ADDR_FILTERS)
		return 1;
	if ((AF.scope ^ ifa->ifa_scope) & AF.scopemask)
		return 0;
	if ((AF.flags ^ flags) & AF.flagmask)
		return 0;
	if (AF.label) {
		const char *label = tb[IFA_LABEL] ? nla_data(tb[IFA_LABEL]) : ll_index_to_name(ifa->ifa_index, b);
		if (glob_match(AF.label, label))
			return 0;
	}
	if (AF.pfx.family && tb[IFA_LOCAL]) {
		const uint8_t *a = nla_data(tb[IFA_LOCAL]);
		int bits = AF.pfx.bitlen, len = (int)nla_len(tb[IFA_LOCAL]);
		if (bits > len * 8)
			return 0;
		if (memcmp(a, AF.pfx.data, (size_t)bits / 8))
			return 0;
		if (bits % 8) {
			uint8_t m = (uint8_t)(0xff << (8 - bits % 8));
			if ((a[bits / 8] ^ AF.pfx.data[bits / 8]) & m)
				return 0;
		}
	}
	return 1;
}

unsigned addr_parse(const struct nlmsghdr *n, const struct rtattr **tb)
{
	const struct ifaddrmsg *ifa = NLMSG_DATA(n);

	nlmsg_parse(tb, IFA_MAX, n, sizeof(*ifa));
	if (!tb[IFA_LOCAL])
		tb[IFA_LOCAL] = tb[IFA_ADDRESS];
	if (!tb[IFA_ADDRESS])
		tb[IFA_ADDRESS] = tb[IFA_LOCAL];
	return tb[IFA_FLAGS] ? nla_u32(tb[IFA_FLAGS], 0) : ifa->ifa_flags;
}

int addr_filter_ok(const struct nlmsghdr *n)
{
	const struct rtattr *tb[IFA_MAX + 1];

	/* no filter needs the attributes: spare the parse */
	if (!CONFIG_IP_ADDR_FILTERS || (!AF.flagmask && !AF.label && !AF.pfx.family))
		return addr_match(NLMSG_DATA(n), tb, 0);
	unsigned flags = addr_parse(n, tb);
	return addr_match(NLMSG_DATA(n), tb, flags);
}

/* ---- one address ------------------------------------------------------- */

static void print_ifa_flags(const struct ifaddrmsg *ifa, unsigned flags)
{
	for (const struct addr_flag *f = addr_flags; f->mask; f++) {
		if (f->mask == IFA_F_PERMANENT) {
			if (!(flags & f->mask))
				pr_bool(PR_ANY, "dynamic", "dynamic ", 1);
		} else if (flags & f->mask) {
			if (f->mask == IFA_F_SECONDARY && ifa->ifa_family == AF_INET6) {
				pr_bool(PR_ANY, "temporary", "temporary ", 1);
			} else {
				pr_string(PR_TEXT, NULL, "%s ", f->name);
				pr_bool(PR_JSON, f->name, NULL, 1);
			}
		}
		flags &= ~f->mask;
	}
	if (flags) {
		char b[16];
		fmt_buf(b, sizeof(b), "%02x", flags);
		pr_string(PR_ANY, "ifa_flags", "flags %s ", b);
	}
}

/* iproute2's format_host_rta, in the family's colour: the address, or
 * its name with -r */
static void print_addr_attr(int af, const char *key, const char *fmt, const struct rtattr *a)
{
	char buf[ADDR_BUF];
	const char *s = "???";

	if (nla_len(a) >= (af == AF_INET ? 4u : 16u) && (af == AF_INET || af == AF_INET6))
		s = format_host(af, nla_data(a), buf);
	pr_color_string(PR_ANY, pr_family_color(af), key, fmt, s);
}

/* valid_lft / preferred_lft: seconds, "forever" in text for all ones */
static void print_lft(const char *key, const char *fmt, unsigned v)
{
	if (v == 0xFFFFFFFFu) {
		pr_uint(PR_JSON, key, NULL, v);
		pr_text("forever");
	} else if (fmt[1] == 'd') {
		pr_int(PR_ANY, key, fmt, (int)v);
	} else {
		pr_uint(PR_ANY, key, fmt, v);
	}
}

/* print one RTM_NEWADDR/RTM_DELADDR record (filters already applied) */
void print_addrinfo(const struct nlmsghdr *n, int with_dev)
{
	const struct ifaddrmsg *ifa = NLMSG_DATA(n);
	const struct rtattr *tb[IFA_MAX + 1];
	char b[ADDR_BUF];
	unsigned flags = addr_parse(n, tb);
	int af = ifa->ifa_family;

	if (n->nlmsg_type == RTM_DELADDR)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	if (!G.brief) {
		if (with_dev) {
			pr_uint(PR_ANY, "index", "%u: ", ifa->ifa_index);
			pr_string(PR_ANY, "dev", "%s", ll_index_to_name(ifa->ifa_index, b));
		}
		const char *fam = family_name(af);
		if (*fam != '?')
			pr_string(PR_ANY, "family", "    %s ", fam);
		else
			pr_int(PR_ANY, "family_index", "    family %d ", af);
	}
	if (tb[IFA_LOCAL]) {
		unsigned alen = af == AF_INET ? 4 : 16;
		print_addr_attr(af, "local", "%s", tb[IFA_LOCAL]);
		if (nla_len(tb[IFA_ADDRESS]) >= alen && nla_len(tb[IFA_LOCAL]) >= alen &&
		    memcmp(nla_data(tb[IFA_ADDRESS]), nla_data(tb[IFA_LOCAL]), alen)) {
			pr_text(" peer ");
			print_addr_attr(af, "address", "%s", tb[IFA_ADDRESS]);
		}
		pr_int(PR_ANY, "prefixlen", "/%d ", ifa->ifa_prefixlen);
		if (tb[IFA_RT_PRIORITY])
			pr_uint(PR_ANY, "metric", "metric %u ", nla_u32(tb[IFA_RT_PRIORITY], 0));
	}
	if (G.brief)
		return;
	if (tb[IFA_BROADCAST]) {
		pr_text("brd ");
		print_addr_attr(af, "broadcast", "%s ", tb[IFA_BROADCAST]);
	}
	if (tb[IFA_ANYCAST]) {
		pr_text("any ");
		print_addr_attr(af, "anycast", "%s ", tb[IFA_ANYCAST]);
	}
	pr_string(PR_ANY, "scope", "scope %s ", rt_scope_n2a(ifa->ifa_scope, b));
	print_ifa_flags(ifa, flags);
	if (tb[IFA_LABEL] && nla_str(tb[IFA_LABEL]))
		pr_string(PR_ANY, "label", "%s", nla_str(tb[IFA_LABEL]));
	if (tb[IFA_CACHEINFO] && nla_len(tb[IFA_CACHEINFO]) >= sizeof(struct ifa_cacheinfo)) {
		struct ifa_cacheinfo ci;
		memcpy(&ci, nla_data(tb[IFA_CACHEINFO]), sizeof(ci));
		pr_nl();
		pr_text("       valid_lft ");
		print_lft("valid_life_time", "%usec", ci.ifa_valid);
		pr_text(" preferred_lft ");
		/* a deprecated address's is negative past its end */
		print_lft("preferred_life_time", flags & IFA_F_DEPRECATED ? "%dsec" : "%usec", ci.ifa_prefered);
	}
	pr_text("\n");
}

/* ---- the listing ------------------------------------------------------- */

/* address dumps read alongside the link dump: IPv4 then IPv6 */
static struct nl_cursor cursors[2];
static int ncursors;
static char cursor_buf[2][16384] __attribute__((aligned(8)));

/* one link while its addresses are read */
struct link_out {
	const struct nlmsghdr *n;
	const char *name;	/* IFLA_IFNAME, NULL when missing */
	unsigned ifi_flags;
	int started;		/* its record (header) was begun */
	int res;		/* print_linkinfo's answer: <0 hidden, 0 no header, 1 header */
	int skipped;		/* addresses before the first match (JSON prints {} for each) */
};

/* iproute2's print_linkinfo checks, then the header itself */
static int link_head(const struct nlmsghdr *n, const char *name)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct rtattr *tb[IFLA_MAX + 1];

	if (!name || (AF.up && !(ifi->ifi_flags & IFF_UP)))
		return -1;
	if (CONFIG_IP_ADDR_FILTERS && AF.label)
		return 0;	/* 6.1: a label filter shows addresses only */
	if (!CONFIG_IP_ADDR_FILTERS || (AF.group < 0 && !AF.master && !AF.kind && !AF.slave_kind))
		return print_linkinfo(n, 0);
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	if (AF.group >= 0 && tb[IFLA_GROUP] && nla_u32(tb[IFLA_GROUP], 0) != (unsigned long)AF.group)
		return -1;
	if (AF.master > 0 && nla_u32(tb[IFLA_MASTER], 0) != (unsigned)AF.master)
		return -1;
	if (AF.kind && (!tb[IFLA_LINKINFO] || !streq(ll_kind(tb[IFLA_LINKINFO], 0), AF.kind)))
		return -1;
	if (AF.slave_kind && (!tb[IFLA_LINKINFO] || !streq(ll_kind(tb[IFLA_LINKINFO], 1), AF.slave_kind)))
		return -1;
	return print_linkinfo(n, 0);
}

static int show_addrs(const struct link_out *lo)
{
	return lo->res >= 0 && AF.family != AF_PACKET;
}

static void link_start(struct link_out *lo)
{
	lo->started = 1;
	pr_open_obj(NULL);
	/* -o prints no headers, unless only headers are asked for (-0) */
	int no_link = G.oneline && AF.family != AF_PACKET;
	lo->res = (G.brief || !no_link) ? link_head(lo->n, lo->name) : 0;
	if (!show_addrs(lo))
		return;
	pr_open_arr("addr_info");
	if (AF.up && !(lo->ifi_flags & IFF_UP))
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
	int ok = addr_filter_ok(a);

	if (!lo->started) {
		if (!ok) {
			lo->skipped++;
			return;
		}
		link_start(lo);
	}
	if (!show_addrs(lo) || (AF.up && !(lo->ifi_flags & IFF_UP)))
		return;
	pr_open_obj(NULL);
	if (ok)
		print_addrinfo(a, G.oneline);
	pr_close_obj();
}

static int open_cursors(int ifindex);
static void close_cursors(void);
/* the link dump so far came in ascending ifindex */
static int last_ifindex, unordered;

static int addr_link_cb(const struct nlmsghdr *n, void *arg)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	struct link_out lo = { .n = n };
	int seen = 0;

	(void)arg;
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
	if (ifi->ifi_index <= last_ifindex && !AF.ifindex)
		unordered = 1;
	last_ifindex = ifi->ifi_index;
	if (unordered) {
		close_cursors();
		if (open_cursors(ifi->ifi_index) < 0)
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
	if (!lo.started && !seen && (AF.family == AF_UNSPEC || AF.family == AF_PACKET))
		link_start(&lo);
	if (lo.started)
		link_end(&lo);
	return 0;
}

static int open_cursors(int ifindex)
{
	static const int fams[2] = { AF_INET, AF_INET6 };

	ncursors = 0;
	if (AF.family == AF_PACKET)
		return 0;
	for (int i = 0; i < 2; i++) {
		if (AF.family && AF.family != fams[i])
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

static int list(void)
{
	char buf[256];
	struct nl_req r;
	struct ifinfomsg *ifi = nl_req_init(&r, buf, sizeof(buf), RTM_GETLINK, 0, sizeof(*ifi));
	int preferred = G.family, rc = RC_OK;

	pr_begin();
	if (AF.ifindex) {
		/* iproute2's ipaddr_link_get: one link, by index */
		ifi->ifi_family = (unsigned char)AF.family;
		ifi->ifi_index = AF.ifindex;
		nla_put_u32(&r, IFLA_EXT_MASK, RTEXT_FILTER_VF | (G.stats ? 0 : RTEXT_FILTER_SKIP_STATS));
	} else if (G.family != AF_UNSPEC && G.family != AF_PACKET) {
		/* a bare request: with -6 the kernel answers with IPv6's own
		 * short link records (no qdisc, group, ...), as iproute2 shows */
		ifi->ifi_family = (unsigned char)G.family;
	} else {
		/* 6.1 sends RTEXT_FILTER_VF alone; the counters it then gets
		 * are half the kernel's work and unused without -s */
		ifi->ifi_family = (unsigned char)G.family;
		nla_put_u32(&r, IFLA_EXT_MASK, RTEXT_FILTER_VF | (G.stats ? 0 : RTEXT_FILTER_SKIP_STATS));
		if (CONFIG_IP_ADDR_FILTERS && AF.master)	/* -1: nomaster, which the kernel knows too */
			nla_put_u32(&r, IFLA_MASTER, (unsigned)AF.master);
		if (CONFIG_IP_ADDR_FILTERS && AF.kind) {
			struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);
			nla_put_str(&r, IFLA_INFO_KIND, AF.kind);
			nla_nest_end(&r, li);
		}
	}
	last_ifindex = unordered = 0;
	if (open_cursors(AF.ifindex) < 0) {
		close_cursors();
		pr_end();
		return RC_LOCAL;
	}
	/* the header's link/ether line follows the filter's family (to PREFIX) */
	G.family = AF.family;
	if (AF.ifindex) {
		int e = nl_get(&r, 0, addr_link_cb, NULL);
		if (e < 0)
			err_fmt("Cannot send link request: %s\n", errtext(-e));
	} else if (nl_dump(&r, addr_link_cb, NULL) < 0) {
		err_fmt("Dump terminated\n");
		rc = RC_LOCAL;
	}
	G.family = preferred;
	close_cursors();
	pr_end();
	return rc;
}

/* ip address [show|list|lst] ... and ip address flush ... */
int ipaddr_list_or_flush(int argc, char **argv, int what)
{
	int do_flush = CONFIG_IP_ADDR_FLUSH && what == 1;
	int preferred = G.family;

	addr_filter_reset();
	link_filter_reset();
	if (do_flush) {
		if (argc <= 0) {
			err_fmt("Flush requires arguments.\n");
			return RC_LOCAL;
		}
		if (AF.family == AF_PACKET) {
			err_fmt("Cannot flush link addresses.\n");
			return RC_LOCAL;
		}
	}
	parse_filter(argc, argv);
	if (AF.dev) {
		AF.ifindex = (int)ll_name_to_index(AF.dev);
		if (AF.ifindex <= 0) {
			err_fmt("Device \"%s\" does not exist.\n", AF.dev);
			return RC_LOCAL;
		}
	}
	if (CONFIG_IP_ADDR_SAVE && what == 2)
		return ipaddr_save();
	/* after "ip link show" in a batch, 6.1 shows one device as ip link does */
	if (CONFIG_IP_LINK && CONFIG_IP_BATCH && !do_flush && G.link_listed && AF.dev && AF.group < 0) {
		char *args[] = { (char *)AF.dev, "up" };
		return ip_show(AF.up ? 2 : 1, args, 2);
	}
	int rc = do_flush ? ipaddr_flush() : list();
	G.family = preferred;
	return rc;
}
