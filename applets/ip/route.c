/* ip route: add, change, replace, prepend, append, test, delete (this
 * file: iproute2's iproute_modify), show/list/flush (route_show.c), get. */
#include "applets/ip/route.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/icmpv6.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

/* NUMBER[s|ms] (decimals allowed), in ms, rounded up; *RAW when no unit */
static int get_time_rtt(unsigned *val, const char *arg, int *raw)
{
	const char *p = arg;
	unsigned long long ip = 0, frac = 0, scale = 1;
	int digits = 0;

	if (strchr(arg, '.')) {
		while (*p >= '0' && *p <= '9') {
			ip = ip * 10 + (unsigned)(*p++ - '0');
			digits++;
			if (ip > 0xffffffffULL * 1000)
				return -1;
		}
		if (*p == '.') {
			p++;
			while (*p >= '0' && *p <= '9') {
				if (scale < 1000000000ULL) {
					frac = frac * 10 + (unsigned)(*p - '0');
					scale *= 10;
				}
				p++;
				digits++;
			}
		}
		if (!digits)
			return -1;
	} else {
		char *end;
		if (*arg == '-')
			return -1;
		ip = str_to_ull(arg, &end, 0);
		if (ip > 0xffffffffULL || end == arg)
			return -1;
		p = end;
	}
	*raw = 1;
	if (*p) {
		*raw = 0;
		if (!strcasecmp(p, "s") || !strcasecmp(p, "sec") || !strcasecmp(p, "secs")) {
			ip = ip * 1000 + frac * 1000 / scale + (frac * 1000 % scale ? 1 : 0);
			frac = 0;
		} else if (strcasecmp(p, "ms") && strcasecmp(p, "msec") && strcasecmp(p, "msecs")) {
			return -1;
		}
	}
	if (frac)
		ip++;
	*val = (unsigned)ip;
	return 0;
}

enum { M_TIME = 1, M_NOLOCK = 2, M_BOOL = 4, M_U8 = 8 };

/* K_VAL words: a value route_vals[TYPE].parse reads, else '"KEY" value
 * is invalid'; FLAGS: into the u32 attribute FLAGS, or with V_RTM the
 * rtmsg byte at FLAGS & 0x7f */
enum { V_TOS, V_EXPIRES, V_METRIC, V_REALM, V_NHID, V_PROTO };
enum { V_RTM = 0x80 };
static const struct route_val {
	int (*parse)(unsigned *, const char *);
	const char *key;
} route_vals[] = {
	[V_TOS] = { rt_dsfield_a2n, "tos" }, [V_EXPIRES] = { kw_u32, "expires" },
	[V_METRIC] = { kw_u32, "metric" }, [V_REALM] = { rt_realms_a2n, "realm" },
	[V_NHID] = { kw_u32, "id" }, [V_PROTO] = { rt_proto_a2n, "protocol" },
};
#define TOS_AT (V_RTM | offsetof(struct rtmsg, rtm_tos))
#define PROTO_AT (V_RTM | offsetof(struct rtmsg, rtm_protocol))

/* ip route add's words, in iproute2's order; metrics (K_MX) with their
 * RTAX_* and how their value reads */
static const struct kw route_kw[] = {
	{ "src", 1, K_SRC, 0, 0 }, { "as", 1, K_AS, 0, 0 }, { "via", 1, K_VIA, 0, 0 },
	{ "from", 1, K_FROM, 0, 0 }, { "tos", 1, K_VAL, V_TOS, TOS_AT },
	{ "dsfield", 0, K_VAL, V_TOS, TOS_AT }, { "expires", 1, K_VAL, V_EXPIRES, RTA_EXPIRES },
	{ "metric", 0, K_VAL, V_METRIC, RTA_PRIORITY }, { "priority", 0, K_VAL, V_METRIC, RTA_PRIORITY },
	{ "preference", 1, K_VAL, V_METRIC, RTA_PRIORITY },
	{ "scope", 1, K_SCOPE, 0, 0 },
	{ "mtu", 1, K_MX, RTAX_MTU, 0 }, { "hoplimit", 1, K_MX, RTAX_HOPLIMIT, M_U8 },
	{ "advmss", 1, K_MX, RTAX_ADVMSS, 0 }, { "reordering", 0, K_MX, RTAX_REORDERING, 0 },
	{ "rtt", 1, K_MX, RTAX_RTT, M_TIME }, { "rto_min", 1, K_MX, RTAX_RTO_MIN, M_TIME | M_NOLOCK },
	{ "window", 0, K_MX, RTAX_WINDOW, 0 }, { "cwnd", 0, K_MX, RTAX_CWND, 0 },
	{ "initcwnd", 0, K_MX, RTAX_INITCWND, 0 }, { "initrwnd", 0, K_MX, RTAX_INITRWND, 0 },
	{ "features", 0, K_MX, RTAX_FEATURES, M_NOLOCK },
	{ "quickack", 0, K_MX, RTAX_QUICKACK, M_NOLOCK | M_BOOL },
	{ "congctl", 0, K_MX, RTAX_CC_ALGO, 0 }, { "rttvar", 1, K_MX, RTAX_RTTVAR, M_TIME },
	{ "ssthresh", 0, K_MX, RTAX_SSTHRESH, 0 },
	{ "realms", 0, K_VAL, V_REALM, RTA_FLOW }, { "onlink", 1, K_ONLINK, 0, 0 },
	{ "nexthop", 1, K_NEXTHOP, 0, 0 }, { "nhid", 1, K_VAL, V_NHID, RTA_NH_ID },
	{ "protocol", 0, K_VAL, V_PROTO, PROTO_AT }, { "table", 0, K_TABLE, 0, 0 }, { "vrf", 0, K_VRF, 0, 0 },
	{ "dev", 1, K_DEV, 0, 0 }, { "oif", 1, K_DEV, 0, 0 }, { "pref", 0, K_PREF, 0, 0 },
	{ "encap", 1, K_ENCAP, 0, 0 }, { "ttl-propagate", 1, K_TTL, 0, 0 },
	{ "fastopen_no_cookie", 0, K_MX, RTAX_FASTOPEN_NO_COOKIE, M_NOLOCK | M_BOOL },
};

struct mx {
	struct nl_req r;
	unsigned lock;
	char buf[256];
};

/* a metric word K and its value into M */
static void parse_metric(struct mx *m, const struct kw *k, int *argcp, char ***argvp)
{
	char **argv = *argvp, msg[64];
	int argc = *argcp, type = k->type, how = k->flags;
	unsigned v;

	NEXT_ARG();
	if (type == RTAX_RTO_MIN)
		m->lock |= 1u << type;
	else if (!(how & M_NOLOCK) && streq(*argv, "lock")) {
		m->lock |= 1u << type;
		NEXT_ARG();
	}
	fmt_buf(msg, sizeof(msg), "\"%s\" value is invalid\n", type == RTAX_ADVMSS ? "mss" : k->word);
	if (type == RTAX_FEATURES) {
		if (!streq(*argv, "ecn"))
			invarg("\"features\" value not valid\n", *argv);
		v = RTAX_FEATURE_ECN;
	} else if (type == RTAX_CC_ALGO) {
		nla_put_str(&m->r, RTAX_CC_ALGO, *argv);
		goto done;
	} else if (how & M_TIME) {
		int raw;
		if (get_time_rtt(&v, *argv, &raw))
			invarg(msg, *argv);
		if (!raw)
			v *= type == RTAX_RTT ? 8 : type == RTAX_RTTVAR ? 4 : 1;
	} else {
		if (get_u32(&v, *argv, 0) || ((how & M_U8) && v > 255))
			invarg(msg, *argv);
		if ((how & M_BOOL) && v > 1) {
			fmt_buf(msg, sizeof(msg), "\"%s\" value should be 0 or 1\n", k->word);
			invarg(msg, *argv);
		}
	}
	nla_put_u32(&m->r, type, v);
done:
	*argcp = argc;
	*argvp = argv;
}

/* via [FAMILY] ADDR: a gateway of the route's family, else RTA_VIA */
static void parse_via(struct nl_req *req, struct rtmsg *r, int *argcp, char ***argvp)
{
	char **argv = *argvp;
	int argc = *argcp;
	inet_prefix addr;

	NEXT_ARG();
	int family = read_family(*argv);
	if (family <= 0)
		family = r->rtm_family;
	else
		NEXT_ARG();
	get_addr(&addr, *argv, family);
	if (r->rtm_family == AF_UNSPEC)
		r->rtm_family = (unsigned char)addr.family;
	if (addr.family == r->rtm_family) {
		nla_put(req, RTA_GATEWAY, addr.data, (size_t)addr.bytelen);
	} else {
		uint8_t via[18];
		uint16_t fam = (uint16_t)addr.family;
		memcpy(via, &fam, 2);
		memcpy(via + 2, addr.data, (size_t)addr.bytelen);
		nla_put(req, RTA_VIA, via, (size_t)addr.bytelen + 2);
	}
	*argcp = argc;
	*argvp = argv;
}

/* one "nexthop" of a multipath route, from ARGV after the word nexthop */
static void parse_one_nh(struct nl_req *mp, struct rtmsg *r, int *argcp, char ***argvp)
{
	int argc = *argcp;
	char **argv = *argvp;
	size_t start = NLMSG_ALIGN(mp->nlh->nlmsg_len);
	struct rtnexthop *nh = nl_req_reserve(mp, sizeof(*nh));

	if (!nh) {
		err_fmt("Error: cannot parse nexthop\n");
		ipbox_exit(RC_USAGE);
	}
	nh->rtnh_len = sizeof(*nh);
	while (++argv, --argc > 0) {
		if (streq(*argv, "via")) {
			parse_via(mp, r, &argc, &argv);
		} else if (streq(*argv, "dev")) {
			NEXT_ARG();
			nh->rtnh_ifindex = (int)ll_name_to_index(*argv);
			if (!nh->rtnh_ifindex) {
				route_nodev(*argv);
				err_fmt("Error: cannot parse nexthop\n");
				ipbox_exit(RC_USAGE);
			}
		} else if (streq(*argv, "weight")) {
			unsigned w;
			NEXT_ARG();
			if (get_u32(&w, *argv, 0) || w == 0 || w > 256)
				invarg("\"weight\" is invalid\n", *argv);
			nh->rtnh_hops = (unsigned char)(w - 1);
		} else if (streq(*argv, "onlink")) {
			nh->rtnh_flags |= RTNH_F_ONLINK;
		} else if (matches(*argv, "realms")) {
			unsigned realm;
			NEXT_ARG();
			if (rt_realms_a2n(&realm, *argv))
				invarg("\"realm\" value is invalid\n", *argv);
			nla_put_u32(mp, RTA_FLOW, realm);
		} else if (streq(*argv, "as")) {
			inet_prefix addr;
			NEXT_ARG();
			if (streq(*argv, "to"))
				NEXT_ARG();
			get_addr(&addr, *argv, r->rtm_family);
			nla_put(mp, RTA_NEWDST, addr.data, (size_t)addr.bytelen);
		} else {
			break;
		}
	}
	nh = (struct rtnexthop *)((char *)mp->nlh + start);
	nh->rtnh_len = (unsigned short)(mp->nlh->nlmsg_len - start);
	*argcp = argc;
	*argvp = argv;
}

static void parse_nexthops(struct nl_req *req, struct rtmsg *r, int argc, char **argv)
{
	char buf[4096];
	struct nl_req mp;

	nl_req_init(&mp, buf, sizeof(buf), 0, 0, 0);
	while (argc > 0) {
		if (!streq(*argv, "nexthop")) {
			err_fmt("Error: \"nexthop\" or end of line is expected instead of \"%s\"\n", *argv);
			ipbox_exit(RC_USAGE);
		}
		if (argc <= 1) {
			err_fmt("Error: unexpected end of line after \"nexthop\"\n");
			ipbox_exit(RC_USAGE);
		}
		parse_one_nh(&mp, r, &argc, &argv);
	}
	size_t len = mp.nlh->nlmsg_len - NLMSG_HDRLEN;
	if (len)
		nla_put(req, RTA_MULTIPATH, buf + NLMSG_HDRLEN, len);
}

/* ADDR (PREFIX when PREFIX) into attribute TYPE: the route takes its family */
static void put_addr(struct nl_req *req, struct rtmsg *r, int type, const char *arg, int prefix,
		     inet_prefix *a)
{
	if (prefix)
		get_prefix(a, arg, r->rtm_family);
	else
		get_addr(a, arg, r->rtm_family);
	if (r->rtm_family == AF_UNSPEC)
		r->rtm_family = (unsigned char)a->family;
	if (a->bytelen || !prefix)
		nla_put(req, type, a->data, (size_t)a->bytelen);
}

/* what route_modify saw: a gateway, a destination, nexthops, a nonzero
 * last nhid, a scope, a table, a type */
enum { R_GW = 1, R_DST = 2, R_NEXTHOP = 4, R_NHID = 8, R_SCOPE = 16, R_TABLE = 32, R_TYPE = 64 };

/* iproute2 6.1's defaults for what the words left out: family, table, scope, type */
static void route_defaults(struct rtmsg *r, int cmd, unsigned given)
{
	if (r->rtm_family == AF_UNSPEC)
		r->rtm_family = AF_INET;
	if (!(given & R_TABLE) && (r->rtm_type == RTN_LOCAL || r->rtm_type == RTN_BROADCAST ||
				   r->rtm_type == RTN_NAT || r->rtm_type == RTN_ANYCAST))
		r->rtm_table = RT_TABLE_LOCAL;
	if (!(given & R_SCOPE)) {
		if (r->rtm_family == AF_INET6 || r->rtm_family == AF_MPLS)
			r->rtm_scope = RT_SCOPE_UNIVERSE;
		else if (r->rtm_type == RTN_LOCAL || r->rtm_type == RTN_NAT)
			r->rtm_scope = RT_SCOPE_HOST;
		else if (r->rtm_type == RTN_BROADCAST || r->rtm_type == RTN_MULTICAST ||
			 r->rtm_type == RTN_ANYCAST)
			r->rtm_scope = RT_SCOPE_LINK;
		else if (r->rtm_type == RTN_UNICAST || r->rtm_type == RTN_UNSPEC) {
			if (cmd == RTM_DELROUTE)
				r->rtm_scope = RT_SCOPE_NOWHERE;
			else if (!(given & (R_GW | R_NEXTHOP | R_NHID)))
				r->rtm_scope = RT_SCOPE_LINK;
		}
	}
	if (!(given & R_TYPE) && r->rtm_family == AF_MPLS)
		r->rtm_type = RTN_UNICAST;
}

static int route_modify(int cmd, int flags, int argc, char **argv)
{
	char buf[8192];
	struct nl_req req;
	struct rtmsg *r = nl_req_init(&req, buf, sizeof(buf), cmd, flags, sizeof(*r));
	struct mx m;
	const char *d = NULL;
	unsigned given = 0, v;	/* R_* */

	r->rtm_family = (unsigned char)G.family;
	r->rtm_table = RT_TABLE_MAIN;
	r->rtm_scope = RT_SCOPE_NOWHERE;
	if (cmd != RTM_DELROUTE) {
		r->rtm_protocol = RTPROT_BOOT;
		r->rtm_scope = RT_SCOPE_UNIVERSE;
		r->rtm_type = RTN_UNICAST;
	}
	nl_req_init(&m.r, m.buf, sizeof(m.buf), 0, 0, 0);
	m.lock = 0;

	for (; argc > 0; argc--, argv++) {
		inet_prefix addr;
		const struct kw *k = KW_FIND(*argv, route_kw);

		switch (k ? k->id : K_TO) {
		case K_SRC:
			NEXT_ARG();
			put_addr(&req, r, RTA_PREFSRC, *argv, 0, &addr);
			break;
		case K_AS:
			NEXT_ARG();
			if (streq(*argv, "to"))
				NEXT_ARG();
			put_addr(&req, r, RTA_NEWDST, *argv, 0, &addr);
			break;
		case K_VIA:
			if (given & R_GW)
				invarg("use nexthop syntax to specify multiple via\n", *argv);
			given |= R_GW;
			parse_via(&req, r, &argc, &argv);
			break;
		case K_FROM:
			NEXT_ARG();
			put_addr(&req, r, RTA_SRC, *argv, 1, &addr);
			r->rtm_src_len = (unsigned char)addr.bitlen;
			break;
		case K_VAL: {
			const struct route_val *rv = &route_vals[k->type];
			char msg[32];
			fmt_buf(msg, sizeof(msg), "\"%s\" value is invalid\n", rv->key);
			v = kw_value(&argc, &argv, rv->parse, msg);
			if (k->flags & V_RTM)
				((unsigned char *)r)[k->flags & 0x7f] = (unsigned char)v;
			else
				nla_put_u32(&req, k->flags, v);
			if (k->flags == RTA_NH_ID)
				given = v ? given | R_NHID : given & ~(unsigned)R_NHID;
			break;
		}
		case K_SCOPE:
			r->rtm_scope = (unsigned char)kw_value(&argc, &argv, rt_scope_a2n, "invalid \"scope\" value\n");
			given |= R_SCOPE;
			break;
		case K_MX:
			parse_metric(&m, k, &argc, &argv);
			break;
		case K_ONLINK:
			r->rtm_flags |= RTNH_F_ONLINK;
			break;
		case K_NEXTHOP:
			in_build(CONFIG_IP_ROUTE_MULTIPATH, "nexthop");
			given |= R_NEXTHOP;
			goto parsed;
		case K_TABLE:
			v = kw_value(&argc, &argv, rt_table_a2n, "\"table\" value is invalid\n");
			if (v < 256) {
				r->rtm_table = (unsigned char)v;
			} else {
				r->rtm_table = RT_TABLE_UNSPEC;
				nla_put_u32(&req, RTA_TABLE, v);
			}
			given |= R_TABLE;
			break;
		case K_VRF:
			NEXT_ARG();
			invarg("Invalid VRF\n", *argv);
		case K_DEV:
			NEXT_ARG();
			d = *argv;
			break;
		case K_PREF: {
			unsigned char pref;
			NEXT_ARG();
			if (streq(*argv, "low"))
				pref = ICMPV6_ROUTER_PREF_LOW;
			else if (streq(*argv, "medium"))
				pref = ICMPV6_ROUTER_PREF_MEDIUM;
			else if (streq(*argv, "high"))
				pref = ICMPV6_ROUTER_PREF_HIGH;
			else if (get_u8(&pref, *argv, 0))
				invarg("\"pref\" value is invalid\n", *argv);
			nla_put_u8(&req, RTA_PREF, pref);
			break;
		}
		case K_ENCAP:
			err_fmt("ipbox: \"encap\" is not supported\n");
			return RC_LOCAL;
		case K_TTL:
			NEXT_ARG();
			if (matches(*argv, "enabled"))
				nla_put_u8(&req, RTA_TTL_PROPAGATE, 1);
			else if (matches(*argv, "disabled"))
				nla_put_u8(&req, RTA_TTL_PROPAGATE, 0);
			else
				invarg("\"ttl-propagate\" value is invalid\n", *argv);
			break;
		default: {
			unsigned type;
			if (streq(*argv, "to"))
				NEXT_ARG();
			if ((**argv < '0' || **argv > '9') && rt_type_a2n(&type, *argv) == 0) {
				NEXT_ARG();
				r->rtm_type = (unsigned char)type;
				given |= R_TYPE;
			}
			if (matches(*argv, "help"))
				route_usage();
			if (given & R_DST)
				duparg2("to", *argv);
			put_addr(&req, r, RTA_DST, *argv, 1, &addr);
			r->rtm_dst_len = (unsigned char)addr.bitlen;
			given |= R_DST;
		}
		}
	}
parsed:
	if (!(given & R_DST))
		route_usage();
	if (d) {
		unsigned idx = ll_name_to_index(d);
		if (!idx)
			return route_nodev(d);
		nla_put_u32(&req, RTA_OIF, idx);
	}
	if (m.r.nlh->nlmsg_len > NLMSG_HDRLEN) {
		if (m.lock)
			nla_put_u32(&m.r, RTAX_LOCK, m.lock);
		nla_put(&req, RTA_METRICS, m.buf + NLMSG_HDRLEN, m.r.nlh->nlmsg_len - NLMSG_HDRLEN);
	}
	if (CONFIG_IP_ROUTE_MULTIPATH && (given & R_NEXTHOP))
		parse_nexthops(&req, r, argc, argv);
	route_defaults(r, cmd, given);
	return nl_talk(&req, 0) < 0 ? RC_KERNEL : RC_OK;
}

static int got_route(const struct nlmsghdr *n, void *arg)
{
	const struct nlmsghdr **out = arg;
	static char keep[8192] __attribute__((aligned(4)));

	if (n->nlmsg_len > sizeof(keep))
		return -1;
	memcpy(keep, n, n->nlmsg_len);
	*out = (const struct nlmsghdr *)keep;
	return 0;
}

/* ip route get's words, in iproute2's order */
enum {
	G_TO, G_TOS, G_FROM, G_IIF, G_MARK, G_DEV, G_NOTIFY, G_CONNECTED, G_VRF, G_UID,
	G_FIBMATCH, G_AS, G_PORT, G_IPPROTO,
};
static const struct kw get_kw[] = {
	{ "tos", 1, G_TOS, 0, 0 }, { "dsfield", 0, G_TOS, 0, 0 }, { "from", 0, G_FROM, 0, 0 },
	{ "iif", 0, G_IIF, 0, 0 }, { "mark", 0, G_MARK, 0, 0 }, { "oif", 0, G_DEV, 0, 0 },
	{ "dev", 1, G_DEV, 0, 0 }, { "notify", 0, G_NOTIFY, 0, 0 },
	{ "connected", 0, G_CONNECTED, 0, 0 }, { "vrf", 0, G_VRF, 0, 0 }, { "uid", 0, G_UID, 0, 0 },
	{ "fibmatch", 0, G_FIBMATCH, 0, 0 }, { "as", 1, G_AS, 0, 0 }, { "sport", 0, G_PORT, 0, 0 },
	{ "dport", 0, G_PORT, 0, 0 }, { "ipproto", 0, G_IPPROTO, 0, 0 },
};

int route_get(int argc, char **argv)
{
	char buf[1024];
	struct nl_req req;
	struct rtmsg *r = nl_req_init(&req, buf, sizeof(buf), RTM_GETROUTE, 0, sizeof(*r));
	const char *idev = NULL, *odev = NULL;
	int connected = 0, from_ok = 0, address_found = 0;
	unsigned mark = 0, v;
	inet_prefix addr;

	r->rtm_family = (unsigned char)G.family;
	struct route_filter filter;

	route_filter_init(&filter);
	filter.cloned = 2;
	for (; argc > 0; argc--, argv++) {
		const struct kw *k = KW_FIND(*argv, get_kw);

		switch (k ? k->id : G_TO) {
		case G_TOS:
			r->rtm_tos = (unsigned char)kw_value(&argc, &argv, rt_dsfield_a2n, "TOS value is invalid\n");
			break;
		case G_FROM:
			NEXT_ARG();
			if (matches(*argv, "help"))
				route_usage();
			from_ok = 1;
			put_addr(&req, r, RTA_SRC, *argv, 1, &addr);
			r->rtm_src_len = (unsigned char)addr.bitlen;
			break;
		case G_IIF:
			NEXT_ARG();
			idev = *argv;
			break;
		case G_MARK:
			mark = kw_value(&argc, &argv, kw_u32, "invalid mark value");
			break;
		case G_DEV:
			NEXT_ARG();
			odev = *argv;
			break;
		case G_NOTIFY:
			r->rtm_flags |= RTM_F_NOTIFY;
			break;
		case G_CONNECTED:
			connected = 1;
			break;
		case G_VRF:
			NEXT_ARG();
			invarg("Invalid VRF\n", *argv);
		case G_UID:
			v = kw_value(&argc, &argv, kw_u32, "invalid UID\n");
			nla_put_u32(&req, RTA_UID, v);
			break;
		case G_FIBMATCH:
			r->rtm_flags |= RTM_F_FIB_MATCH;
			break;
		case G_AS:
			NEXT_ARG();
			if (streq(*argv, "to"))
				NEXT_ARG();
			put_addr(&req, r, RTA_NEWDST, *argv, 0, &addr);
			break;
		case G_PORT: {
			int sport = (*argv)[0] == 's';
			unsigned short port;
			NEXT_ARG();
			if (get_u16(&port, *argv, 0))
				invarg(sport ? "invalid sport\n" : "invalid dport\n", *argv);
			port = (unsigned short)(port >> 8 | port << 8);
			nla_put_u16(&req, sport ? RTA_SPORT : RTA_DPORT, port);
			break;
		}
		case G_IPPROTO:
			NEXT_ARG();
			nla_put_u8(&req, RTA_IP_PROTO, inet_proto_arg(*argv));
			break;
		default:
			if (streq(*argv, "to"))
				NEXT_ARG();
			if (matches(*argv, "help"))
				route_usage();
			put_addr(&req, r, RTA_DST, *argv, 1, &addr);
			int host = r->rtm_family == AF_INET ? 32 : r->rtm_family == AF_INET6 ? 128 : 0;
			r->rtm_dst_len = (unsigned char)addr.bitlen;
			if (host && addr.bitlen != host) {
				err_fmt("Warning: /%u as prefix is invalid, only /%d (or none) is supported.\n", addr.bitlen, host);
				r->rtm_dst_len = (unsigned char)host;
			}
			address_found = 1;
		}
	}
	if (!address_found) {
		err_fmt("need at least a destination address\n");
		return RC_LOCAL;
	}
	if (idev) {
		unsigned idx = ll_name_to_index(idev);
		if (!idx)
			return route_nodev(idev);
		nla_put_u32(&req, RTA_IIF, idx);
	}
	if (odev) {
		unsigned idx = ll_name_to_index(odev);
		if (!idx)
			return route_nodev(odev);
		nla_put_u32(&req, RTA_OIF, idx);
	}
	if (mark)
		nla_put_u32(&req, RTA_MARK, mark);
	if (r->rtm_family == AF_UNSPEC)
		r->rtm_family = AF_INET;
	if (r->rtm_family == AF_INET)
		r->rtm_flags |= RTM_F_LOOKUP_TABLE;

	/* connected: iproute2 6.1 prints the answer, checks it has a
	 * source, ends its JSON, then sends the same request once more and
	 * prints the answer as text */
	int json = pr_json(), rc = RC_OK;
	for (int again = connected && !from_ok, first = 1;; again = first = 0) {
		const struct nlmsghdr *ans = NULL;
		const struct rtattr *tb[RTA_MAX + 1];
		if (nl_get(&req, 0, got_route, &ans) < 0 || !ans) {
			rc = RC_KERNEL;
			break;
		}
		if (first)
			pr_begin();
		if (print_route(ans, &filter) < 0) {
			err_fmt("An error :-)\n");
			rc = RC_LOCAL;
			break;
		}
		if (!again) {
			pr_end();
			break;
		}
		nlmsg_parse(tb, RTA_MAX, ans, sizeof(struct rtmsg));
		if (!tb[RTA_PREFSRC] && !tb[RTA_SRC]) {
			err_fmt("Failed to connect the route\n");
			rc = RC_LOCAL;
			break;
		}
		pr_end();
		pr_set_json(0);
		req.nlh->nlmsg_flags = NLM_F_REQUEST;
	}
	pr_set_json(json);
	return rc;
}

static int route_add(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, argc, argv);
}

static int route_change(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_REPLACE, argc, argv);
}

static int route_replace(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE, argc, argv);
}

static int route_prepend(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_CREATE, argc, argv);
}

static int route_append(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_APPEND, argc, argv);
}

static int route_test(int argc, char **argv)
{
	return route_modify(RTM_NEWROUTE, NLM_F_EXCL, argc, argv);
}

static int route_delete(int argc, char **argv)
{
	return route_modify(RTM_DELROUTE, 0, argc, argv);
}

static int route_list(int argc, char **argv)
{
	return route_list_or_flush(argc, argv, ROUTE_LIST);
}

static int route_flush(int argc, char **argv)
{
	return route_list_or_flush(argc, argv, ROUTE_FLUSH);
}

static int route_save(int argc, char **argv)
{
	return route_list_or_flush(argc, argv, ROUTE_SAVE);
}

static int route_restore_cmd(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return route_restore();
}

static int route_showdump_cmd(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return route_showdump();
}

static int route_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	route_usage();
}

int do_iproute(int argc, char **argv)
{
	/* iproute2's order, first prefix match wins */
	static const struct kw_cmd cmds[] = {
		{ "add", route_add }, { "change|chg", route_change },
		{ "replace", route_replace }, { "prepend", route_prepend },
		{ "append", route_append }, { "test", route_test },
		{ "delete", route_delete }, { "list|show|lst", route_list },
		{ "get", route_get }, { "flush", route_flush }, { "save", route_save },
		{ "restore", route_restore_cmd }, { "showdump", route_showdump_cmd },
		{ "help", route_help },
	};

	return IP_SUBCMD(cmds, argc, argv, "route");
}
