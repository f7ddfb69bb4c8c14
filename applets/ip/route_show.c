/* ip route show | list | flush | save: the selector words, then a dump
 * whose records go to print_route (route_print.c) -- printed, deleted in
 * rounds, or written raw (iproute2's iproute_list_flush_or_save). */
#include "applets/ip/route.h"
#include "applets/ip/flush.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"
#include "core/clock.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

static int route_dump(struct route_filter *f, int family)
{
	char buf[256];
	struct nl_req req;
	struct rtmsg *r = nl_req_init(&req, buf, sizeof(buf), RTM_GETROUTE, 0, sizeof(*r));

	r->rtm_family = (unsigned char)family;
	r->rtm_protocol = (unsigned char)f->protocol;
	if (f->cloned)
		r->rtm_flags |= RTM_F_CLONED;
	if (f->tb)
		nla_put_u32(&req, RTA_TABLE, f->tb);
	if (f->oif)
		nla_put_u32(&req, RTA_OIF, (unsigned)f->oif);
	/* 6.1 lists a main table the kernel has not made yet as empty */
	if (f->action != ROUTE_FLUSH && f->tb == RT_TABLE_MAIN)
		return nl_dump_ok(&req, print_route, f, ENOENT);
	return nl_dump(&req, print_route, f);
}

static int route_flush(struct route_filter *f, int family)
{
	time_t start = clock_secs();
	int round = 0;

	if (f->cloned) {
		if (family != AF_INET6) {
			/* the IPv4 route cache is long gone: nothing to write */
			if (G.stats)
				out_str("*** IPv4 routing cache is flushed.\n");
		}
		if (family == AF_INET)
			return RC_OK;
	}
	flush_start(RTM_DELROUTE, 0);
	for (;;) {
		f->flushed = 0;
		if (route_dump(f, family) < 0) {
			err_fmt("Flush terminated\n");
			return RC_KERNEL;
		}
		if (!f->flushed) {
			flush_done(round, round == 0 && (!f->cloned || family == AF_INET6));
			return RC_OK;
		}
		round++;
		if (flush_send() < 0)
			return RC_KERNEL;
		if (clock_secs() - start > 30) {
			out_fmt("\n*** Flush not completed after %ld seconds, %d entries remain ***\n",
				(long)(clock_secs() - start), f->flushed);
			return RC_LOCAL;
		}
		if (G.stats)
			out_fmt("\n*** Round %d, deleting %d entries ***\n", round, f->flushed);
	}
}

/* PREFIX after root/match/exact (or from root/...): into R (root) and M (match) */
static void parse_selector(inet_prefix *root, inet_prefix *match, char ***argvp, int *argcp, int family)
{
	char **argv = *argvp;
	int argc = *argcp;

	if (matches(*argv, "root")) {
		NEXT_ARG();
		get_prefix(root, *argv, family);
	} else if (matches(*argv, "match")) {
		NEXT_ARG();
		get_prefix(match, *argv, family);
	} else {
		if (matches(*argv, "exact"))
			NEXT_ARG();
		get_prefix(match, *argv, family);
		*root = *match;
	}
	*argvp = argv;
	*argcp = argc;
}

/* ip route show's words, in iproute2's order */
enum {
	L_TO, L_TABLE, L_VRF, L_CLONED, L_TOS, L_PROTO, L_SCOPE, L_TYPE, L_DEV, L_IIF, L_MARK,
	L_METRIC, L_VIA, L_SRC, L_REALMS, L_FROM,
};
static const struct kw list_kw[] = {
	{ "table", 0, L_TABLE, 0, 0 }, { "vrf", 0, L_VRF, 0, 0 }, { "cached", 0, L_CLONED, 0, 0 },
	{ "cloned", 0, L_CLONED, 0, 0 }, { "tos", 1, L_TOS, 0, 0 }, { "dsfield", 0, L_TOS, 0, 0 },
	{ "protocol", 0, L_PROTO, 0, 0 }, { "scope", 0, L_SCOPE, 0, 0 }, { "type", 0, L_TYPE, 0, 0 },
	{ "dev", 1, L_DEV, 0, 0 }, { "oif", 1, L_DEV, 0, 0 }, { "iif", 1, L_IIF, 0, 0 },
	{ "mark", 1, L_MARK, 0, 0 }, { "metric", 0, L_METRIC, 0, 0 },
	{ "priority", 0, L_METRIC, 0, 0 }, { "preference", 1, L_METRIC, 0, 0 },
	{ "via", 1, L_VIA, 0, 0 }, { "src", 1, L_SRC, 0, 0 }, { "realms", 0, L_REALMS, 0, 0 },
	{ "from", 0, L_FROM, 0, 0 },
};

int route_list_or_flush(int argc, char **argv, enum route_action action)
{
	int flush = action == ROUTE_FLUSH;
	int family = G.family;
	const char *idev = NULL, *odev = NULL;
	unsigned mark = 0, id;
	struct route_filter filter, *f = &filter;

	if (action == ROUTE_SAVE && route_save_start())
		return RC_LOCAL;
	route_filter_init(f);
	f->action = action;
	f->tb = RT_TABLE_MAIN;
	if (flush && argc <= 0) {
		err_fmt("\"ip route flush\" requires arguments.\n");
		return RC_LOCAL;
	}
	for (; argc > 0; argc--, argv++) {
		const struct kw *k = KW_FIND(*argv, list_kw);
		int *val, *mask;

		switch (k ? k->id : L_TO) {
		case L_TABLE:
			NEXT_ARG();
			if (rt_table_a2n(&id, *argv)) {
				if (streq(*argv, "all"))
					f->tb = 0;
				else if (streq(*argv, "cache"))
					f->cloned = 1;
				else if (streq(*argv, "help"))
					route_usage();
				else
					invarg("table id value is invalid\n", *argv);
			} else {
				f->tb = id;
			}
			break;
		case L_VRF:
			NEXT_ARG();
			invarg("Invalid VRF\n", *argv);
		case L_CLONED:
			f->cloned = 1;
			break;
		case L_TOS:
			f->tos = (int)kw_value(&argc, &argv, rt_dsfield_a2n, "TOS value is invalid\n");
			f->tosmask = -1;
			break;
		case L_PROTO:
		case L_SCOPE:
			/* a name, a number or "all" */
			NEXT_ARG();
			val = k->id == L_PROTO ? &f->protocol : &f->scope;
			mask = k->id == L_PROTO ? &f->protocolmask : &f->scopemask;
			*mask = -1;
			if ((k->id == L_PROTO ? rt_proto_a2n : rt_scope_a2n)(&id, *argv)) {
				if (!streq(*argv, "all"))
					invarg(k->id == L_PROTO ? "invalid \"protocol\"\n" : "invalid \"scope\"\n", *argv);
				id = k->id == L_PROTO ? 0 : RT_SCOPE_NOWHERE;
				*mask = 0;
			}
			*val = (int)id;
			break;
		case L_TYPE:
			/* types go to 255: iproute2's 1 << type is 1 << (type & 31)
			 * on x86, and no undefined shift here (found by tests/fuzz) */
			f->typemask = 1u << (kw_value(&argc, &argv, rt_type_a2n, "node type value is invalid\n") & 31);
			break;
		case L_DEV:
			NEXT_ARG();
			odev = *argv;
			break;
		case L_IIF:
			NEXT_ARG();
			idev = *argv;
			break;
		case L_MARK:
			mark = kw_value(&argc, &argv, kw_u32, "invalid mark value");
			f->markmask = -1;
			break;
		case L_METRIC:
			f->metric = kw_value(&argc, &argv, kw_u32, "\"metric\" value is invalid\n");
			f->metricmask = (unsigned)-1;
			break;
		case L_VIA: {
			NEXT_ARG();
			int fam = read_family(*argv);
			if (fam <= 0)
				fam = family;
			else
				NEXT_ARG();
			get_prefix(&f->rvia, *argv, fam);
			break;
		}
		case L_SRC:
			NEXT_ARG();
			get_prefix(&f->rprefsrc, *argv, family);
			break;
		case L_REALMS: {
			f->realm = kw_value(&argc, &argv, rt_realms_a2n, "invalid realms\n");
			f->realmmask = ~0u;
			size_t l = strlen(*argv);
			if (!(f->realm & 0xFFFF) && (*argv)[l - 1] == '/')
				f->realmmask &= ~0xFFFFu;
			if (!(f->realm & 0xFFFF0000u) && (!strchr(*argv, '/') || (*argv)[0] == '/'))
				f->realmmask &= ~0xFFFF0000u;
			break;
		}
		case L_FROM:
			NEXT_ARG();
			parse_selector(&f->rsrc, &f->msrc, &argv, &argc, family);
			break;
		default:
			if (matches(*argv, "to"))
				NEXT_ARG();
			parse_selector(&f->rdst, &f->mdst, &argv, &argc, family);
		}
	}
	if (family == AF_UNSPEC && f->tb)
		family = AF_INET;
	if (idev) {
		int idx = (int)ll_name_to_index(idev);
		if (!idx)
			return route_nodev(idev);
		f->iif = idx;
		f->iifmask = -1;
	}
	if (odev) {
		int idx = (int)ll_name_to_index(odev);
		if (!idx)
			return route_nodev(odev);
		f->oif = idx;
		f->oifmask = -1;
	}
	f->mark = (int)mark;
	if (flush)
		return route_flush(f, family);
	pr_begin();
	if (route_dump(f, family) < 0) {
		err_fmt("Dump terminated\n");
		return RC_KERNEL;
	}
	pr_end();
	return RC_OK;
}
