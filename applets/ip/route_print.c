/* One route record as iproute2 6.1's print_route prints it, after its
 * filter_nlmsg; a flush or save takes the record there instead. */
#include "applets/ip/route.h"
#include "applets/ip/flush.h"
#include "applets/ip/lib/dumpfile.h"
#include "applets/ip/lib/hosts.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/icmpv6.h>
#include <linux/in_route.h>
#include <string.h>
#include <sys/socket.h>

void route_filter_init(struct route_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->mdst.bitlen = -1;
	f->msrc.bitlen = -1;
}

static unsigned rtm_table(const struct rtmsg *r, const struct rtattr **tb)
{
	return tb[RTA_TABLE] ? nla_u32(tb[RTA_TABLE], 0) : r->rtm_table;
}

static void copy_addr(inet_prefix *p, const struct rtattr *a, size_t max)
{
	size_t n = nla_len(a);
	if (max > sizeof(p->data))	/* a prefix length over 128 from a bad reply */
		max = sizeof(p->data);
	memcpy(p->data, nla_data(a), n < max ? n : max);
}

static int used(const inet_prefix *p)
{
	return p->family || (p->flags & PREFIXLEN_SPECIFIED);
}

/* the record's prefix of LEN bits at A (dst or src) against the filter's
 * ROOT (the prefix is inside it) and MATCH (it covers the address) */
static int prefix_ok(const inet_prefix *root, const inet_prefix *match, int family,
		     int len, const struct rtattr *a)
{
	inet_prefix p = { .family = family };

	if (a)
		copy_addr(&p, a, (size_t)(len + 7) / 8);
	if (used(root) && ((root->family && family != root->family) || root->bitlen > len ||
			   inet_prefix_differs(p.data, root->data, root->bitlen)))
		return 0;
	if (used(match) && ((match->family && family != match->family) ||
			    (match->bitlen >= 0 && (match->bitlen < len || inet_prefix_differs(p.data, match->data, len)))))
		return 0;
	return 1;
}

/* iproute2's filter_nlmsg: 1 to show the record */
static int route_filter_ok(const struct route_filter *f, const struct nlmsghdr *n, const struct rtattr **tb, int host_len)
{
	static int ip6_multiple_tables;
	const struct rtmsg *r = NLMSG_DATA(n);
	inet_prefix via = { .family = r->rtm_family }, prefsrc = via;
	unsigned table = rtm_table(r, tb);

	if (G.family != AF_UNSPEC && r->rtm_family != G.family)
		return 0;
	if (r->rtm_family == AF_INET6 && table != RT_TABLE_MAIN)
		ip6_multiple_tables = 1;
	if (f->cloned == !(r->rtm_flags & RTM_F_CLONED))
		return 0;
	if (r->rtm_family == AF_INET6 && !ip6_multiple_tables) {
		if (f->tb) {
			if (f->tb == RT_TABLE_LOCAL) {
				if (r->rtm_type != RTN_LOCAL)
					return 0;
			} else if (f->tb == RT_TABLE_MAIN) {
				if (r->rtm_type == RTN_LOCAL)
					return 0;
			} else {
				return 0;
			}
		}
	} else if (f->tb > 0 && f->tb != table) {
		return 0;
	}
	if ((f->protocol ^ r->rtm_protocol) & f->protocolmask)
		return 0;
	if ((f->scope ^ r->rtm_scope) & f->scopemask)
		return 0;
	if (f->typemask && !(f->typemask & (1u << (r->rtm_type & 31))))
		return 0;
	if ((f->tos ^ r->rtm_tos) & f->tosmask)
		return 0;
	if (!prefix_ok(&f->rdst, &f->mdst, r->rtm_family, r->rtm_dst_len, tb[RTA_DST]) ||
	    !prefix_ok(&f->rsrc, &f->msrc, r->rtm_family, r->rtm_src_len, tb[RTA_SRC]))
		return 0;
	if (f->rvia.family) {
		if (tb[RTA_GATEWAY])
			copy_addr(&via, tb[RTA_GATEWAY], (size_t)host_len / 8);
		if (tb[RTA_VIA] && nla_len(tb[RTA_VIA]) >= 2) {
			const struct rtvia *v = nla_data(tb[RTA_VIA]);
			via.family = v->rtvia_family;
			size_t l = nla_len(tb[RTA_VIA]) - 2;
			memcpy(via.data, v->rtvia_addr, l < 16 ? l : 16);
		}
		if (via.family != f->rvia.family || inet_prefix_differs(via.data, f->rvia.data, f->rvia.bitlen))
			return 0;
	}
	if (f->rprefsrc.family) {
		if (tb[RTA_PREFSRC])
			copy_addr(&prefsrc, tb[RTA_PREFSRC], (size_t)host_len / 8);
		if (r->rtm_family != f->rprefsrc.family || inet_prefix_differs(prefsrc.data, f->rprefsrc.data, f->rprefsrc.bitlen))
			return 0;
	}
	if (f->realmmask && ((nla_u32(tb[RTA_FLOW], 0) ^ f->realm) & f->realmmask))
		return 0;
	if (f->iifmask && (((int)nla_u32(tb[RTA_IIF], 0) ^ f->iif) & f->iifmask))
		return 0;
	if (f->oifmask && (((int)nla_u32(tb[RTA_OIF], 0) ^ f->oif) & f->oifmask))
		return 0;
	if (f->markmask && (((int)nla_u32(tb[RTA_MARK], 0) ^ f->mark) & f->markmask))
		return 0;
	if (f->metricmask && ((nla_u32(tb[RTA_PRIORITY], 0) ^ f->metric) & f->metricmask))
		return 0;
	if (f->action == ROUTE_FLUSH && r->rtm_family == AF_INET6 && r->rtm_dst_len == 0 &&
	    r->rtm_type == RTN_UNREACHABLE && tb[RTA_PRIORITY] && nla_u32(tb[RTA_PRIORITY], 0) == 0xffffffffu)
		return 0;
	return 1;
}

/* an address attribute as text (rt_addr_n2a_rta) */
static const char *rta_addr(int family, const struct rtattr *a, char *buf)
{
	if ((family == AF_INET && nla_len(a) >= 4) || (family == AF_INET6 && nla_len(a) >= 16))
		return format_addr(family, nla_data(a), buf);
	if (family == AF_PACKET || family == AF_BRIDGE)
		return ll_addr_n2a(nla_data(a), nla_len(a), 1, buf, ADDR_BUF);
	return format_addr(family, nla_data(a), buf);
}

/* a host address: its /etc/hosts name with -r (iproute2's format_host) */
static const char *rta_host(int family, const struct rtattr *a, char *buf)
{
	if ((family == AF_INET && nla_len(a) >= 4) || (family == AF_INET6 && nla_len(a) >= 16))
		return format_host(family, nla_data(a), buf);
	return rta_addr(family, a, buf);
}

/* the number of a one-bit flag, for small flag tables */
#define BIT_NR(flag) __builtin_ctz(flag)

static void print_rt_flags(unsigned flags)
{
	static const struct {
		unsigned char bit;	/* the flag's bit number */
		const char name[18];
	} names[] = {
		{ BIT_NR(RTNH_F_DEAD), "dead" }, { BIT_NR(RTNH_F_ONLINK), "onlink" },
		{ BIT_NR(RTNH_F_PERVASIVE), "pervasive" }, { BIT_NR(RTNH_F_OFFLOAD), "offload" },
		{ BIT_NR(RTNH_F_TRAP), "trap" }, { BIT_NR(RTM_F_NOTIFY), "notify" },
		{ BIT_NR(RTNH_F_LINKDOWN), "linkdown" }, { BIT_NR(RTNH_F_UNRESOLVED), "unresolved" },
		{ BIT_NR(RTM_F_OFFLOAD), "rt_offload" }, { BIT_NR(RTM_F_TRAP), "rt_trap" },
		{ BIT_NR(RTM_F_OFFLOAD_FAILED), "rt_offload_failed" },
	};

	pr_open_arr("flags");
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (flags & (1u << names[i].bit))
			pr_string(PR_ANY, NULL, "%s ", names[i].name);
	pr_close_arr();
}

static void print_rta_if(const struct rtattr *a, const char *prefix)
{
	char b[16];
	const char *name = ll_index_to_name(nla_u32(a, 0), b);

	pr_text(prefix);
	pr_text(" ");
	pr_color_string(PR_ANY, PR_C_IFNAME, prefix, "%s ", name);
}

static void print_gateway(int family, const struct rtattr *a)
{
	char b[ADDR_BUF];

	pr_text("via ");
	pr_color_string(PR_ANY, pr_family_color(family), "gateway", "%s ", rta_host(family, a, b));
}

static void print_via(const struct rtattr *a)
{
	char b[ADDR_BUF];
	const struct rtvia *v = nla_data(a);
	inet_prefix tmp = { 0 };
	size_t len = nla_len(a) >= 2 ? nla_len(a) - 2 : 0;

	memcpy(tmp.data, v->rtvia_addr, len < 16 ? len : 16);
	const char *host = v->rtvia_family == AF_PACKET
		? ll_addr_n2a(tmp.data, len, 1, b, sizeof(b)) : format_host(v->rtvia_family, tmp.data, b);
	pr_open_obj("via");
	pr_string(PR_ANY, "family", "via %s ", family_name(v->rtvia_family));
	pr_string(PR_ANY, "host", "%s ", host);
	pr_close_obj();
}

static void print_flow(const struct rtattr *a)
{
	char b[RT_NAME_BUF];
	unsigned to = nla_u32(a, 0), from = to >> 16;

	to &= 0xffff;
	pr_open_obj("flow");
	pr_text(from ? "realms " : "realm ");
	if (from)
		pr_string(PR_ANY, "from", "%s/", rt_realm_n2a(from, b));
	pr_string(PR_ANY, "to", "%s ", rt_realm_n2a(to, b));
	pr_close_obj();
}

/* "%gs " of VAL/1000 as glibc prints the double: six significant digits,
 * a tie rounded as the binary value lies, no trailing zeros */
static void print_msec_as_sec(unsigned val)
{
	char d[24];
	unsigned long long scale = 1;
	int e = -3;	/* the value is M * 10^E */

	while (val / scale >= 1000000) {
		scale *= 10;
		e++;
	}
	unsigned long long m = val / scale, rest = val % scale * 2;
	if (rest == scale) {
		/* val/1000 = (val/125)/8: is the double of val/125 above it? */
		unsigned long long b = val;
		while (b < 125ULL << 52)
			b <<= 1;
		rest += b % 125 ? (b % 125 > 62 ? 1 : -1ULL) : m & 1;
	}
	if (rest > scale && ++m == 1000000) {
		m /= 10;
		e++;
	}
	int n = (int)fmt_buf(d, sizeof(d), "%llu", m), x = n - 1 + e;
	int i = x < 6 ? x + 1 : 1, end = n;
	while (end > i && d[end - 1] == '0')
		end--;
	out_fmt("%.*s", i, d);
	if (end > i)
		out_fmt(".%.*s", end - i, d + i);
	if (x >= 6)
		out_fmt("e+%02d", x);
	out_str("s ");
}

static const char *const mx_names[] = {
	[RTAX_MTU] = "mtu", [RTAX_WINDOW] = "window", [RTAX_RTT] = "rtt",
	[RTAX_RTTVAR] = "rttvar", [RTAX_SSTHRESH] = "ssthresh", [RTAX_CWND] = "cwnd",
	[RTAX_ADVMSS] = "advmss", [RTAX_REORDERING] = "reordering",
	[RTAX_HOPLIMIT] = "hoplimit", [RTAX_INITCWND] = "initcwnd",
	[RTAX_FEATURES] = "features", [RTAX_RTO_MIN] = "rto_min",
	[RTAX_INITRWND] = "initrwnd", [RTAX_QUICKACK] = "quickack",
	[RTAX_CC_ALGO] = "congctl", [RTAX_FASTOPEN_NO_COOKIE] = "fastopen_no_cookie",
};
#define MX_N (sizeof(mx_names) / sizeof(mx_names[0]))

static void print_metrics(const struct rtattr *rta)
{
	const struct rtattr *mx[RTAX_MAX + 1];
	unsigned lock = 0;

	pr_open_arr("metrics");
	pr_open_obj(NULL);
	nla_parse_nested(mx, RTAX_MAX, rta);
	if (mx[RTAX_LOCK])
		lock = nla_u32(mx[RTAX_LOCK], 0);
	for (unsigned i = 2; i <= RTAX_MAX; i++) {
		unsigned val = 0;
		const char *name = i < MX_N ? mx_names[i] : NULL;
		if (!mx[i] && !(lock & (1u << i)))
			continue;
		if (mx[i] && i != RTAX_CC_ALGO)
			val = nla_u32(mx[i], 0);
		if (i == RTAX_HOPLIMIT && (int)val == -1)
			continue;
		if (!pr_json()) {
			if (name)
				out_fmt("%s ", name);
			else
				out_fmt("metric %d ", i);
			if (lock & (1u << i))
				out_str("lock ");
		}
		switch (i) {
		case RTAX_FEATURES: {
			unsigned of = val;
			if (val & RTAX_FEATURE_ECN) {
				pr_null(PR_ANY, "ecn", "ecn ", NULL);
				val &= ~RTAX_FEATURE_ECN;
			}
			if (val) {
				char b[16];
				fmt_buf(b, sizeof(b), "%#x", of);
				pr_string(PR_ANY, "features", "%s ", b);
			}
			break;
		}
		case RTAX_RTT:
		case RTAX_RTTVAR:
		case RTAX_RTO_MIN:
			if (i == RTAX_RTT)
				val /= 8;
			else if (i == RTAX_RTTVAR)
				val /= 4;
			if (val >= 1000 && !pr_json())
				print_msec_as_sec(val);
			else
				pr_uint(PR_ANY, name, "%ums ", val);
			break;
		case RTAX_CC_ALGO:
			pr_string(PR_ANY, "congestion", "%s ", nla_str(mx[i]) ? nla_str(mx[i]) : "");
			break;
		default:
			pr_uint(PR_ANY, name, "%u ", val);
			break;
		}
	}
	pr_close_obj();
	pr_close_arr();
}

static void print_cache_flags(unsigned flags)
{
	static const struct {
		unsigned char bit;	/* the flag's bit number */
		const char name[11];
	} names[] = {
		{ BIT_NR(RTCF_LOCAL), "local" }, { BIT_NR(RTCF_REJECT), "reject" },
		{ BIT_NR(RTCF_MULTICAST), "mc" }, { BIT_NR(RTCF_BROADCAST), "brd" },
		{ BIT_NR(RTCF_DNAT), "dst-nat" }, { BIT_NR(RTCF_SNAT), "src-nat" },
		{ BIT_NR(RTCF_MASQ), "masq" }, { BIT_NR(RTCF_DIRECTDST), "dst-direct" },
		{ BIT_NR(RTCF_DIRECTSRC), "src-direct" }, { BIT_NR(RTCF_REDIRECTED), "redirected" },
		{ BIT_NR(RTCF_DOREDIRECT), "redirect" }, { BIT_NR(RTCF_FAST), "fastroute" },
		{ BIT_NR(RTCF_NOTIFY), "notify" }, { BIT_NR(RTCF_TPROXY), "proxy" },
	};

	flags &= ~0xFFFFu;
	if (pr_json()) {
		pr_open_arr("cache");
	} else {
		out_fmt("%s    cache ", G.sl);
		if (!flags)
			return;
		out_char('<');
	}
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		unsigned bit = 1u << names[i].bit;
		if (!(flags & bit))
			continue;
		flags &= ~bit;
		if (pr_json())
			pr_string(PR_JSON, NULL, NULL, names[i].name);
		else
			out_fmt("%s%s", names[i].name, flags ? "," : "> ");
	}
	if (flags)
		pr_uint(PR_ANY, "flags", "%x>", flags);
	pr_close_arr();
}

static void print_cacheinfo(const struct rta_cacheinfo *ci)
{
	const int hz = 100;	/* USER_HZ */

	if (ci->rta_expires)
		pr_int(PR_ANY, "expires", "expires %dsec ", ci->rta_expires / hz);
	if (ci->rta_error)
		pr_uint(PR_ANY, "error", "error %u ", ci->rta_error);
	if (G.stats) {
		if (ci->rta_clntref)
			pr_uint(PR_ANY, "users", "users %u ", ci->rta_clntref);
		if (ci->rta_used)
			pr_uint(PR_ANY, "used", "used %u ", ci->rta_used);
		if (ci->rta_lastuse)
			pr_uint(PR_ANY, "age", "age %usec ", ci->rta_lastuse / hz);
	}
	if (ci->rta_id) {
		char b[16];
		fmt_buf(b, sizeof(b), "0x%04x", ci->rta_id);
		pr_string(PR_ANY, "ipid", "ipid %s ", b);
	}
	if (ci->rta_ts || ci->rta_tsage) {
		char b[16];
		fmt_buf(b, sizeof(b), "0x%x", ci->rta_ts);
		pr_string(PR_ANY, "ts", "ts %s", b);
		pr_uint(PR_ANY, "tsage", "tsage %usec ", ci->rta_tsage);
	}
}

static void print_multipath(const struct rtmsg *r, const struct rtattr *rta)
{
	const struct rtnexthop *nh = nla_data(rta);
	size_t len = nla_len(rta);
	int first = 1;
	int mcast = (r->rtm_flags & RTM_F_CLONED) && r->rtm_type == RTN_MULTICAST;

	pr_open_arr("nexthops");
	while (len >= sizeof(*nh)) {
		const struct rtattr *tb[RTA_MAX + 1];
		char b[16];

		if (nh->rtnh_len > len || nh->rtnh_len < sizeof(*nh))
			break;
		pr_open_obj(NULL);
		if (mcast) {
			pr_text(first ? "Oifs: " : " ");
			first = 0;
		} else if (!pr_json()) {
			out_fmt("%s\tnexthop ", G.sl);
		}
		if (nh->rtnh_len > sizeof(*nh)) {
			nla_parse(tb, RTA_MAX, RTNH_DATA(nh), nh->rtnh_len - sizeof(*nh));
			if (tb[RTA_NEWDST]) {
				char ab[ADDR_BUF];
				pr_text("as to ");
				pr_string(PR_ANY, "to", "%s ", rta_addr(r->rtm_family, tb[RTA_NEWDST], ab));
			}
			if (tb[RTA_GATEWAY])
				print_gateway(r->rtm_family, tb[RTA_GATEWAY]);
			if (tb[RTA_VIA])
				print_via(tb[RTA_VIA]);
			if (tb[RTA_FLOW])
				print_flow(tb[RTA_FLOW]);
		}
		if (mcast) {
			pr_string(PR_ANY, "dev", "%s", ll_index_to_name((unsigned)nh->rtnh_ifindex, b));
			if (nh->rtnh_hops != 1)
				pr_int(PR_ANY, "ttl", "(ttl>%d)", nh->rtnh_hops);
			pr_text(" ");
		} else {
			pr_string(PR_ANY, "dev", "dev %s ", ll_index_to_name((unsigned)nh->rtnh_ifindex, b));
			if (r->rtm_family != AF_MPLS)
				pr_int(PR_ANY, "weight", "weight %d ", nh->rtnh_hops + 1);
		}
		print_rt_flags(nh->rtnh_flags);
		len -= NLMSG_ALIGN(nh->rtnh_len);
		nh = RTNH_NEXT(nh);
		pr_close_obj();
	}
	pr_close_arr();
}

static void print_pref(unsigned pref)
{
	/* by ICMPV6_ROUTER_PREF_*: medium 0, high 1, invalid 2, low 3 */
	static const char names[][8] = { "medium", "high", "", "low" };

	if (pref < 4 && *names[pref])
		pr_string(PR_ANY, "pref", "pref %s", names[pref]);
	else
		pr_uint(PR_ANY, "pref", "%u", pref);
}

/* a route's dst or src into B: ADDR/LEN, or the host (-r: its name) */
static void route_prefix(char *b, int family, const struct rtattr *a, unsigned len, int host_len)
{
	char ab[ADDR_BUF];

	if ((int)len != host_len)
		fmt_buf(b, RT_NAME_BUF + ADDR_BUF, "%s/%u", rta_addr(family, a, ab), len);
	else
		fmt_buf(b, RT_NAME_BUF + ADDR_BUF, "%s", rta_host(family, a, ab));
}

int print_route(const struct nlmsghdr *n, void *arg)
{
	const struct rtmsg *r = NLMSG_DATA(n);
	const struct rtattr *tb[RTA_MAX + 1];
	char b1[RT_NAME_BUF + ADDR_BUF], ab[ADDR_BUF];
	struct route_filter *f = arg;

	if (n->nlmsg_type != RTM_NEWROUTE && n->nlmsg_type != RTM_DELROUTE) {
		err_fmt("Not a route: %08x %08x %08x\n", n->nlmsg_len, n->nlmsg_type, n->nlmsg_flags);
		return -1;
	}
	if (f->action == ROUTE_FLUSH && n->nlmsg_type != RTM_NEWROUTE)
		return 0;
	if (n->nlmsg_len < NLMSG_LENGTH(sizeof(*r))) {
		err_fmt("BUG: wrong nlmsg len %d\n", (int)(n->nlmsg_len - NLMSG_LENGTH(sizeof(*r))));
		return -1;
	}
	int host_len = af_bit_len(r->rtm_family);
	nlmsg_parse(tb, RTA_MAX, n, sizeof(*r));
	unsigned table = rtm_table(r, tb);
	if (!route_filter_ok(f, n, tb, host_len))
		return 0;
	if (f->action == ROUTE_SAVE)
		return dumpfile_put(n);
	if (f->action == ROUTE_FLUSH) {
		if (flush_add(n) < 0)
			return -2;
		f->flushed++;
		if (G.stats < 2)
			return 0;
	}

	pr_open_obj(NULL);
	if (n->nlmsg_type == RTM_DELROUTE)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	if ((r->rtm_type != RTN_UNICAST || G.details) &&
	    (!f->typemask || (f->typemask & (1u << (r->rtm_type & 31)))))
		pr_string(PR_ANY, "type", "%s ", rt_type_n2a(r->rtm_type, b1));

	if (tb[RTA_DST])
		route_prefix(b1, r->rtm_family, tb[RTA_DST], r->rtm_dst_len, host_len);
	else if (r->rtm_dst_len)
		fmt_buf(b1, sizeof(b1), "0/%d ", r->rtm_dst_len);
	else
		fmt_buf(b1, sizeof(b1), "default");
	pr_color_string(PR_ANY, tb[RTA_DST] ? pr_family_color(r->rtm_family) : PR_C_NONE, "dst", "%s ", b1);

	if (tb[RTA_SRC]) {
		route_prefix(b1, r->rtm_family, tb[RTA_SRC], r->rtm_src_len, host_len);
		pr_color_string(PR_ANY, pr_family_color(r->rtm_family), "from", "from %s ", b1);
	} else if (r->rtm_src_len) {
		fmt_buf(b1, sizeof(b1), "0/%u", r->rtm_src_len);
		pr_string(PR_ANY, "src", "from %s ", b1);
	}
	if (tb[RTA_NH_ID])
		pr_uint(PR_ANY, "nhid", "nhid %u ", nla_u32(tb[RTA_NH_ID], 0));
	if (tb[RTA_NEWDST]) {
		pr_text("as to ");
		pr_string(PR_ANY, "to", "%s ", rta_addr(r->rtm_family, tb[RTA_NEWDST], ab));
	}
	if (r->rtm_tos && f->tosmask != -1)
		pr_string(PR_ANY, "tos", "tos %s ", rt_dsfield_n2a(r->rtm_tos, b1));
	if (tb[RTA_GATEWAY] && f->rvia.bitlen != host_len)
		print_gateway(r->rtm_family, tb[RTA_GATEWAY]);
	if (tb[RTA_VIA])
		print_via(tb[RTA_VIA]);
	if (tb[RTA_OIF] && f->oifmask != -1)
		print_rta_if(tb[RTA_OIF], "dev");
	if (table && (table != RT_TABLE_MAIN || G.details) && !f->tb)
		pr_string(PR_ANY, "table", "table %s ", rt_table_n2a(table, b1));
	if (!(r->rtm_flags & RTM_F_CLONED)) {
		if ((r->rtm_protocol != RTPROT_BOOT || G.details) && f->protocolmask != -1)
			pr_string(PR_ANY, "protocol", "proto %s ", rt_proto_n2a(r->rtm_protocol, b1));
		if ((r->rtm_scope != RT_SCOPE_UNIVERSE || G.details) && f->scopemask != -1)
			pr_string(PR_ANY, "scope", "scope %s ", rt_scope_n2a(r->rtm_scope, b1));
	}
	if (tb[RTA_PREFSRC] && f->rprefsrc.bitlen != host_len) {
		pr_text("src ");
		pr_color_string(PR_ANY, pr_family_color(r->rtm_family), "prefsrc", "%s ", rta_addr(r->rtm_family, tb[RTA_PREFSRC], ab));
	}
	if (tb[RTA_PRIORITY] && f->metricmask != (unsigned)-1)
		pr_uint(PR_ANY, "metric", "metric %u ", nla_u32(tb[RTA_PRIORITY], 0));
	print_rt_flags(r->rtm_flags);
	unsigned mark = nla_u32(tb[RTA_MARK], 0);
	if (mark)
		pr_uint(PR_ANY, "mark", mark >= 16 ? "mark 0x%x " : "mark %u ", mark);
	if (tb[RTA_FLOW] && f->realmmask != ~0u)
		print_flow(tb[RTA_FLOW]);
	if (tb[RTA_UID])
		pr_uint(PR_ANY, "uid", "uid %u ", nla_u32(tb[RTA_UID], 0));
	if (r->rtm_family == AF_INET || r->rtm_family == AF_INET6) {
		if (r->rtm_family == AF_INET && (r->rtm_flags & RTM_F_CLONED))
			print_cache_flags(r->rtm_flags);
		if (tb[RTA_CACHEINFO] && nla_len(tb[RTA_CACHEINFO]) >= sizeof(struct rta_cacheinfo))
			print_cacheinfo(nla_data(tb[RTA_CACHEINFO]));
	}
	if (tb[RTA_METRICS])
		print_metrics(tb[RTA_METRICS]);
	if (tb[RTA_IIF] && f->iifmask != -1)
		print_rta_if(tb[RTA_IIF], "iif");
	if (tb[RTA_PREF])
		print_pref(nla_u8(tb[RTA_PREF], 0));
	if (tb[RTA_TTL_PROPAGATE]) {
		int on = nla_u8(tb[RTA_TTL_PROPAGATE], 0);
		pr_bool(PR_JSON, "ttl-propogate", NULL, on);
		pr_string(PR_TEXT, NULL, "ttl-propogate %s", on ? "enabled" : "disabled");
	}
	if (CONFIG_IP_ROUTE_MULTIPATH && tb[RTA_MULTIPATH])
		print_multipath(r, tb[RTA_MULTIPATH]);
	pr_text("\n");
	pr_close_obj();
	return 0;
}
