/* ip route: add, change, replace, prepend, append, test, delete (this
 * file: iproute2's iproute_modify), show/list/flush (route_show.c), get. */
#include "applets/ip/route.h"
#include "core/rtnames.h"

#include <linux/icmpv6.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static const char route_help[] =
	"Usage: ip route { list | flush } SELECTOR\n"
	"       ip route save SELECTOR\n"
	"       ip route restore\n"
	"       ip route showdump\n"
	"       ip route get [ ROUTE_GET_FLAGS ] ADDRESS\n"
	"                            [ from ADDRESS iif STRING ]\n"
	"                            [ oif STRING ] [ tos TOS ]\n"
	"                            [ mark NUMBER ] [ vrf NAME ]\n"
	"                            [ uid NUMBER ] [ ipproto PROTOCOL ]\n"
	"                            [ sport NUMBER ] [ dport NUMBER ]\n"
	"       ip route { add | del | change | append | replace } ROUTE\n"
	"SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]\n"
	"            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]\n"
	"            [ type TYPE ] [ scope SCOPE ]\n"
	"ROUTE := NODE_SPEC [ INFO_SPEC ]\n"
	"NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]\n"
	"             [ table TABLE_ID ] [ proto RTPROTO ]\n"
	"             [ scope SCOPE ] [ metric METRIC ]\n"
	"             [ ttl-propagate { enabled | disabled } ]\n"
	"INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...\n"
	"NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]\n"
	"      [ dev STRING ] [ weight NUMBER ] NHFLAGS\n"
	"FAMILY := [ inet | inet6 | mpls | bridge | link ]\n"
	"OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]\n"
	"           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]\n"
	"           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]\n"
	"           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]\n"
	"           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]\n"
	"           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]\n"
	"           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]\n"
	"TYPE := { unicast | local | broadcast | multicast | throw |\n"
	"          unreachable | prohibit | blackhole | nat }\n"
	"TABLE_ID := [ local | main | default | all | NUMBER ]\n"
	"SCOPE := [ host | link | global | NUMBER ]\n"
	"NHFLAGS := [ onlink | pervasive ]\n"
	"RTPROTO := [ kernel | boot | static | NUMBER ]\n"
	"PREF := [ low | medium | high ]\n"
	"TIME := NUMBER[s|ms]\n"
	"BOOL := [1|0]\n"
	"FEATURES := ecn\n"
	"ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]\n"
	"ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]\n"
	"SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]\n"
	"SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]\n"
	"SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]\n"
	"ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |\n"
	"            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |\n"
	"            End.BM | End.S | End.AS | End.AM | End.BPF }\n"
	"OPTIONS := OPTION [ OPTIONS ]\n"
	"OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |\n"
	"            table TABLEID | vrftable TABLEID | endpoint PROGNAME }\n"
	"FLAVORS := { FLAVOR[,FLAVOR] }\n"
	"FLAVOR := { psp | usp | usd | next-csid }\n"
	"IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE\n"
	"XFRMINFO := if_id IF_ID [ link_dev LINK ]\n"
	"ROUTE_GET_FLAGS := [ fibmatch ]\n"
	;

void route_usage(void)
{
	usage_exit(USAGE(route_help, "Usage: ip route { list | flush | save | restore | showdump | get | add | del | change | append | replace } ...\n"), RC_USAGE);
}

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

struct mx {
	struct nl_req r;
	unsigned lock;
	char buf[256];
};

static void put_metric(struct mx *m, int type, unsigned v)
{
	nla_put_u32(&m->r, type, v);
}

enum { M_EXACT = 1, M_TIME = 2, M_NOLOCK = 4, M_BOOL = 8, M_U8 = 16 };

/* The metric keywords, in iproute2's order (mtu ... ssthresh come
 * together there, so one table keeps the first-match rule). */
static const struct {
	char name[12];
	unsigned char type;	/* RTAX_* */
	unsigned char how;	/* M_* */
	unsigned char scale;	/* TIME without a unit: raw; with one: * scale */
	char what[12];		/* the name in the error message */
} metric_words[] = {
	{ "mtu", RTAX_MTU, M_EXACT, 0, "mtu" },
	{ "hoplimit", RTAX_HOPLIMIT, M_EXACT | M_U8, 0, "hoplimit" },
	{ "advmss", RTAX_ADVMSS, M_EXACT, 0, "mss" },
	{ "reordering", RTAX_REORDERING, 0, 0, "reordering" },
	{ "rtt", RTAX_RTT, M_EXACT | M_TIME, 8, "rtt" },
	{ "rto_min", RTAX_RTO_MIN, M_EXACT | M_TIME | M_NOLOCK, 1, "rto_min" },
	{ "window", RTAX_WINDOW, 0, 0, "window" },
	{ "cwnd", RTAX_CWND, 0, 0, "cwnd" },
	{ "initcwnd", RTAX_INITCWND, 0, 0, "initcwnd" },
	{ "initrwnd", RTAX_INITRWND, 0, 0, "initrwnd" },
	{ "features", RTAX_FEATURES, M_NOLOCK, 0, "" },
	{ "quickack", RTAX_QUICKACK, M_NOLOCK | M_BOOL, 0, "quickack" },
	{ "congctl", RTAX_CC_ALGO, 0, 0, "" },
	{ "rttvar", RTAX_RTTVAR, M_TIME, 4, "rttvar" },
	{ "ssthresh", RTAX_SSTHRESH, 0, 0, "ssthresh" },
};

/* one metric keyword and its value into M; 0 when ARGV is none */
static int parse_metric(struct mx *m, int *argcp, char ***argvp)
{
	char **argv = *argvp, msg[64];
	int argc = *argcp;
	unsigned v;
	size_t i;

	for (i = 0; i < sizeof(metric_words) / sizeof(metric_words[0]); i++)
		if (metric_words[i].how & M_EXACT ? streq(*argv, metric_words[i].name)
						  : matches(*argv, metric_words[i].name))
			break;
	if (i == sizeof(metric_words) / sizeof(metric_words[0]))
		return 0;
	int type = metric_words[i].type, how = metric_words[i].how;
	NEXT_ARG();
	if (type == RTAX_RTO_MIN)
		m->lock |= 1u << type;
	else if (!(how & M_NOLOCK) && streq(*argv, "lock")) {
		m->lock |= 1u << type;
		NEXT_ARG();
	}
	fmt_buf(msg, sizeof(msg), "\"%s\" value is invalid\n", metric_words[i].what);
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
			v *= metric_words[i].scale;
	} else {
		if (get_u32(&v, *argv, 0) || ((how & M_U8) && v > 255))
			invarg(msg, *argv);
		if ((how & M_BOOL) && v > 1) {
			fmt_buf(msg, sizeof(msg), "\"%s\" value should be 0 or 1\n", metric_words[i].what);
			invarg(msg, *argv);
		}
	}
	put_metric(m, type, v);
done:
	*argcp = argc;
	*argvp = argv;
	return 1;
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

static int route_modify(int cmd, int flags, int argc, char **argv)
{
	char buf[8192];
	struct nl_req req;
	struct rtmsg *r = nl_req_init(&req, buf, sizeof(buf), cmd, flags, sizeof(*r));
	struct mx m;
	const char *d = NULL;
	int gw_ok = 0, dst_ok = 0, nhs_ok = 0, scope_ok = 0, table_ok = 0, type_ok = 0;
	unsigned nhid = 0, v;

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

	while (argc > 0) {
		inet_prefix addr;
		if (streq(*argv, "src")) {
			NEXT_ARG();
			get_addr(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			nla_put(&req, RTA_PREFSRC, addr.data, (size_t)addr.bytelen);
		} else if (streq(*argv, "as")) {
			NEXT_ARG();
			if (streq(*argv, "to"))
				NEXT_ARG();
			get_addr(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			nla_put(&req, RTA_NEWDST, addr.data, (size_t)addr.bytelen);
		} else if (streq(*argv, "via")) {
			if (gw_ok)
				invarg("use nexthop syntax to specify multiple via\n", *argv);
			gw_ok = 1;
			parse_via(&req, r, &argc, &argv);
		} else if (streq(*argv, "from")) {
			NEXT_ARG();
			get_prefix(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			if (addr.bytelen)
				nla_put(&req, RTA_SRC, addr.data, (size_t)addr.bytelen);
			r->rtm_src_len = (unsigned char)addr.bitlen;
		} else if (streq(*argv, "tos") || matches(*argv, "dsfield")) {
			NEXT_ARG();
			if (rt_dsfield_a2n(&v, *argv))
				invarg("\"tos\" value is invalid\n", *argv);
			r->rtm_tos = (unsigned char)v;
		} else if (streq(*argv, "expires")) {
			NEXT_ARG();
			if (get_u32(&v, *argv, 0))
				invarg("\"expires\" value is invalid\n", *argv);
			nla_put_u32(&req, RTA_EXPIRES, v);
		} else if (matches(*argv, "metric") || matches(*argv, "priority") ||
			   streq(*argv, "preference")) {
			NEXT_ARG();
			if (get_u32(&v, *argv, 0))
				invarg("\"metric\" value is invalid\n", *argv);
			nla_put_u32(&req, RTA_PRIORITY, v);
		} else if (streq(*argv, "scope")) {
			NEXT_ARG();
			if (rt_scope_a2n(&v, *argv))
				invarg("invalid \"scope\" value\n", *argv);
			r->rtm_scope = (unsigned char)v;
			scope_ok = 1;
		} else if (parse_metric(&m, &argc, &argv)) {
			/* mtu ... ssthresh */
		} else if (matches(*argv, "realms")) {
			NEXT_ARG();
			if (rt_realms_a2n(&v, *argv))
				invarg("\"realm\" value is invalid\n", *argv);
			nla_put_u32(&req, RTA_FLOW, v);
		} else if (streq(*argv, "onlink")) {
			r->rtm_flags |= RTNH_F_ONLINK;
		} else if (streq(*argv, "nexthop")) {
			nhs_ok = 1;
			break;
		} else if (streq(*argv, "nhid")) {
			NEXT_ARG();
			if (get_u32(&nhid, *argv, 0))
				invarg("\"id\" value is invalid\n", *argv);
			nla_put_u32(&req, RTA_NH_ID, nhid);
		} else if (matches(*argv, "protocol")) {
			NEXT_ARG();
			if (rt_proto_a2n(&v, *argv))
				invarg("\"protocol\" value is invalid\n", *argv);
			r->rtm_protocol = (unsigned char)v;
		} else if (matches(*argv, "table")) {
			NEXT_ARG();
			if (rt_table_a2n(&v, *argv))
				invarg("\"table\" value is invalid\n", *argv);
			if (v < 256) {
				r->rtm_table = (unsigned char)v;
			} else {
				r->rtm_table = RT_TABLE_UNSPEC;
				nla_put_u32(&req, RTA_TABLE, v);
			}
			table_ok = 1;
		} else if (matches(*argv, "vrf")) {
			NEXT_ARG();
			invarg("Invalid VRF\n", *argv);
		} else if (streq(*argv, "dev") || streq(*argv, "oif")) {
			NEXT_ARG();
			d = *argv;
		} else if (matches(*argv, "pref")) {
			NEXT_ARG();
			unsigned char pref;
			if (streq(*argv, "low"))
				pref = ICMPV6_ROUTER_PREF_LOW;
			else if (streq(*argv, "medium"))
				pref = ICMPV6_ROUTER_PREF_MEDIUM;
			else if (streq(*argv, "high"))
				pref = ICMPV6_ROUTER_PREF_HIGH;
			else if (get_u8(&pref, *argv, 0))
				invarg("\"pref\" value is invalid\n", *argv);
			nla_put_u8(&req, RTA_PREF, pref);
		} else if (streq(*argv, "encap")) {
			err_fmt("ipbox: \"encap\" is not supported\n");
			return RC_LOCAL;
		} else if (streq(*argv, "ttl-propagate")) {
			NEXT_ARG();
			if (matches(*argv, "enabled"))
				nla_put_u8(&req, RTA_TTL_PROPAGATE, 1);
			else if (matches(*argv, "disabled"))
				nla_put_u8(&req, RTA_TTL_PROPAGATE, 0);
			else
				invarg("\"ttl-propagate\" value is invalid\n", *argv);
		} else if (matches(*argv, "fastopen_no_cookie")) {
			NEXT_ARG();
			if (get_u32(&v, *argv, 0))
				invarg("\"fastopen_no_cookie\" value is invalid\n", *argv);
			if (v > 1)
				invarg("\"fastopen_no_cookie\" value should be 0 or 1\n", *argv);
			put_metric(&m, RTAX_FASTOPEN_NO_COOKIE, v);
		} else {
			unsigned type;
			if (streq(*argv, "to"))
				NEXT_ARG();
			if ((**argv < '0' || **argv > '9') && rt_type_a2n(&type, *argv) == 0) {
				NEXT_ARG();
				r->rtm_type = (unsigned char)type;
				type_ok = 1;
			}
			if (matches(*argv, "help"))
				route_usage();
			if (dst_ok)
				duparg2("to", *argv);
			get_prefix(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			r->rtm_dst_len = (unsigned char)addr.bitlen;
			dst_ok = 1;
			if (addr.bytelen)
				nla_put(&req, RTA_DST, addr.data, (size_t)addr.bytelen);
		}
		argc--;
		argv++;
	}
	if (!dst_ok)
		route_usage();
	if (d) {
		unsigned idx = ll_name_to_index(d);
		if (!idx)
			return route_nodev(d);
		nla_put_u32(&req, RTA_OIF, idx);
	}
	if (m.r.nlh->nlmsg_len > NLMSG_HDRLEN) {
		if (m.lock)
			put_metric(&m, RTAX_LOCK, m.lock);
		nla_put(&req, RTA_METRICS, m.buf + NLMSG_HDRLEN, m.r.nlh->nlmsg_len - NLMSG_HDRLEN);
	}
	if (nhs_ok) {
		if (!CONFIG_IP_ROUTE_MULTIPATH) {
			err_fmt("ipbox: multipath routes are not in this build (CONFIG_IP_ROUTE_MULTIPATH)\n");
			return RC_LOCAL;
		}
		parse_nexthops(&req, r, argc, argv);
	}
	if (r->rtm_family == AF_UNSPEC)
		r->rtm_family = AF_INET;
	if (!table_ok && (r->rtm_type == RTN_LOCAL || r->rtm_type == RTN_BROADCAST ||
			  r->rtm_type == RTN_NAT || r->rtm_type == RTN_ANYCAST))
		r->rtm_table = RT_TABLE_LOCAL;
	if (!scope_ok) {
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
			else if (!gw_ok && !nhs_ok && !nhid)
				r->rtm_scope = RT_SCOPE_LINK;
		}
	}
	if (!type_ok && r->rtm_family == AF_MPLS)
		r->rtm_type = RTN_UNICAST;
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

int route_get(int argc, char **argv)
{
	char buf[1024];
	struct nl_req req;
	struct rtmsg *r = nl_req_init(&req, buf, sizeof(buf), RTM_GETROUTE, 0, sizeof(*r));
	const char *idev = NULL, *odev = NULL;
	int connected = 0, fib_match = 0, from_ok = 0, address_found = 0;
	unsigned mark = 0, v;
	inet_prefix addr;

	r->rtm_family = (unsigned char)G.family;
	route_reset_filter();
	RF.cloned = 2;
	for (; argc > 0; argc--, argv++) {
		if (streq(*argv, "tos") || matches(*argv, "dsfield")) {
			NEXT_ARG();
			if (rt_dsfield_a2n(&v, *argv))
				invarg("TOS value is invalid\n", *argv);
			r->rtm_tos = (unsigned char)v;
		} else if (matches(*argv, "from")) {
			NEXT_ARG();
			if (matches(*argv, "help"))
				route_usage();
			from_ok = 1;
			get_prefix(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			if (addr.bytelen)
				nla_put(&req, RTA_SRC, addr.data, (size_t)addr.bytelen);
			r->rtm_src_len = (unsigned char)addr.bitlen;
		} else if (matches(*argv, "iif")) {
			NEXT_ARG();
			idev = *argv;
		} else if (matches(*argv, "mark")) {
			NEXT_ARG();
			if (get_u32(&mark, *argv, 0))
				invarg("invalid mark value", *argv);
		} else if (matches(*argv, "oif") || streq(*argv, "dev")) {
			NEXT_ARG();
			odev = *argv;
		} else if (matches(*argv, "notify")) {
			r->rtm_flags |= RTM_F_NOTIFY;
		} else if (matches(*argv, "connected")) {
			connected = 1;
		} else if (matches(*argv, "vrf")) {
			NEXT_ARG();
			invarg("Invalid VRF\n", *argv);
		} else if (matches(*argv, "uid")) {
			NEXT_ARG();
			if (get_u32(&v, *argv, 0))
				invarg("invalid UID\n", *argv);
			nla_put_u32(&req, RTA_UID, v);
		} else if (matches(*argv, "fibmatch")) {
			fib_match = 1;
		} else if (streq(*argv, "as")) {
			NEXT_ARG();
			if (streq(*argv, "to"))
				NEXT_ARG();
			get_addr(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			nla_put(&req, RTA_NEWDST, addr.data, (size_t)addr.bytelen);
		} else if (matches(*argv, "sport") || matches(*argv, "dport")) {
			int sport = (*argv)[0] == 's';
			unsigned short port;
			NEXT_ARG();
			if (get_u16(&port, *argv, 0))
				invarg(sport ? "invalid sport\n" : "invalid dport\n", *argv);
			port = (unsigned short)(port >> 8 | port << 8);
			nla_put_u16(&req, sport ? RTA_SPORT : RTA_DPORT, port);
		} else if (matches(*argv, "ipproto")) {
			NEXT_ARG();
			int p = inet_proto_a2n(*argv);
			if (p < 0)
				invarg("Invalid \"ipproto\" value\n", *argv);
			nla_put_u8(&req, RTA_IP_PROTO, (uint8_t)p);
		} else {
			if (streq(*argv, "to"))
				NEXT_ARG();
			if (matches(*argv, "help"))
				route_usage();
			get_prefix(&addr, *argv, r->rtm_family);
			if (r->rtm_family == AF_UNSPEC)
				r->rtm_family = (unsigned char)addr.family;
			if (addr.bytelen)
				nla_put(&req, RTA_DST, addr.data, (size_t)addr.bytelen);
			if (r->rtm_family == AF_INET && addr.bitlen != 32) {
				err_fmt("Warning: /%u as prefix is invalid, only /32 (or none) is supported.\n", addr.bitlen);
				r->rtm_dst_len = 32;
			} else if (r->rtm_family == AF_INET6 && addr.bitlen != 128) {
				err_fmt("Warning: /%u as prefix is invalid, only /128 (or none) is supported.\n", addr.bitlen);
				r->rtm_dst_len = 128;
			} else {
				r->rtm_dst_len = (unsigned char)addr.bitlen;
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
	if (fib_match)
		r->rtm_flags |= RTM_F_FIB_MATCH;

	const struct nlmsghdr *ans = NULL;
	if (nl_get(&req, 0, got_route, &ans) < 0 || !ans)
		return RC_KERNEL;
	pr_begin();
	if (connected && !from_ok) {
		const struct rtmsg *ar = NLMSG_DATA(ans);
		const struct rtattr *tb[RTA_MAX + 1];
		if (print_route(ans, NULL) < 0) {
			err_fmt("An error :-)\n");
			return RC_LOCAL;
		}
		nlmsg_parse(tb, RTA_MAX, ans, sizeof(*ar));
		if (!tb[RTA_PREFSRC] && !tb[RTA_SRC]) {
			err_fmt("Failed to connect the route\n");
			return RC_LOCAL;
		}
		/* iproute2 6.1 then sends the same request once more */
		pr_end();
		pr_begin();
		req.nlh->nlmsg_flags = NLM_F_REQUEST;
		ans = NULL;
		if (nl_get(&req, 0, got_route, &ans) < 0 || !ans)
			return RC_KERNEL;
	}
	if (print_route(ans, NULL) < 0) {
		err_fmt("An error :-)\n");
		return RC_LOCAL;
	}
	pr_end();
	return RC_OK;
}

int do_iproute(int argc, char **argv)
{
	static const struct {
		char name[10];
		unsigned char exact;
		unsigned short flags;	/* NLM_F_* for RTM_NEWROUTE */
		short cmd;		/* RTM_NEWROUTE, RTM_DELROUTE, or 0: other */
	} cmds[] = {
		{ "add", 0, NLM_F_CREATE | NLM_F_EXCL, RTM_NEWROUTE },
		{ "change", 0, NLM_F_REPLACE, RTM_NEWROUTE },
		{ "chg", 1, NLM_F_REPLACE, RTM_NEWROUTE },
		{ "replace", 0, NLM_F_CREATE | NLM_F_REPLACE, RTM_NEWROUTE },
		{ "prepend", 0, NLM_F_CREATE, RTM_NEWROUTE },
		{ "append", 0, NLM_F_CREATE | NLM_F_APPEND, RTM_NEWROUTE },
		{ "test", 0, NLM_F_EXCL, RTM_NEWROUTE },
		{ "delete", 0, 0, RTM_DELROUTE },
	};

	if (argc < 1)
		return route_list_or_flush(0, NULL, ROUTE_LIST);
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (cmds[i].exact ? streq(*argv, cmds[i].name) : matches(*argv, cmds[i].name))
			return route_modify(cmds[i].cmd, cmds[i].flags, argc - 1, argv + 1);
	if (matches(*argv, "list") || matches(*argv, "show") || matches(*argv, "lst"))
		return route_list_or_flush(argc - 1, argv + 1, ROUTE_LIST);
	if (matches(*argv, "get"))
		return route_get(argc - 1, argv + 1);
	if (matches(*argv, "flush"))
		return route_list_or_flush(argc - 1, argv + 1, ROUTE_FLUSH);
	if (matches(*argv, "save"))
		return route_list_or_flush(argc - 1, argv + 1, ROUTE_SAVE);
	if (matches(*argv, "restore"))
		return route_restore();
	if (matches(*argv, "showdump"))
		return route_showdump();
	if (matches(*argv, "help"))
		route_usage();
	err_fmt("Command \"%s\" is unknown, try \"ip route help\".\n", *argv);
	ipbox_exit(RC_USAGE);	/* exit(-1): it ends a batch too */
}
