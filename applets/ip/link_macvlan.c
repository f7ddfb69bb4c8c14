/* ip link add NAME link DEV type macvlan [mode MODE] [flag FLAG]
 * [bcqueuelen N], and its -d details. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>

static const char macvlan_usage[] =
	"Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n"
	"\n"
	"MODE: private | vepa | bridge | passthru | source\n"
	"MODE_FLAG: null | nopromisc | nodst\n"
	"MODE_OPTS: for mode \"source\":\n"
	"\tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }\n"
	"BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n"
	;

static void macvlan_help(void)
{
	out_str(USAGE(macvlan_usage, "Usage: ... macvlan mode MODE [ OPTIONS ]\n"));
}

static const char *const mode_names[] = { "private", "vepa", "bridge", "passthru", "source" };

/* the options in iproute2 6.1's order, by prefix; what macvlan_option
 * reads (M_*) */
enum { M_MODE, M_FLAG, M_NOPROMISC, M_BCQUEUELEN };
#define MV_OPT(w, id, fl) { w, { NULL }, OPT_KIND, OPT_AGAIN | (fl), 0, 0, id }

static const struct link_opt macvlan_opts[] = {
	MV_OPT("mode", M_MODE, OPT_VALUE), MV_OPT("flag", M_FLAG, OPT_VALUE),
	MV_OPT("nopromisc", M_NOPROMISC, 0), MV_OPT("bcqueuelen", M_BCQUEUELEN, OPT_VALUE),
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

/* what 6.1 puts at the end: the last mode, and the MACVLAN_FLAG_ bits
 * with bit 31 once "flag" or "nopromisc" came */
struct mv {
	unsigned mode, flags;
};

static int macvlan_option(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	struct mv *mv = st;
	unsigned *flags = &mv->flags, i;
	const char *arg = **argvp;

	(void)argcp;
	switch (o->id) {
	case M_MODE:
		for (i = 0; i < 5 && !streq(arg, mode_names[i]); i++)
			;
		if (i == 5)
			return link_opt_badarg(o->word,
					       "\"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\"", arg);
		mv->mode = 1u << i;
		break;
	case M_FLAG:
		if (streq(arg, "nopromisc"))
			*flags |= MACVLAN_FLAG_NOPROMISC;
		else if (streq(arg, "nodst"))
			*flags |= MACVLAN_FLAG_NODST;
		else if (!streq(arg, "null"))
			return link_opt_badarg(o->word, "\"nopromisc\", \"nodst\" or \"null\"", arg);
		*flags |= 1u << 31;
		break;
	case M_NOPROMISC:
		*flags |= 1u << 31 | MACVLAN_FLAG_NOPROMISC;
		break;
	default:
		if (get_u32(&i, arg, 0))
			return link_opt_badarg(o->word, "a positive integer [0-4294967295]", arg);
		nla_put_u32(r, IFLA_MACVLAN_BC_QUEUE_LEN, i);
	}
	return 0;
}

static const struct link_opts macvlan_kind_opts = {
	macvlan_opts, "macvlan: unknown option", USAGE(macvlan_usage, "Usage: ... macvlan mode MODE [ OPTIONS ]\n"),
	macvlan_option,
};

static int macvlan_parse(int argc, char **argv, struct nl_req *r)
{
	struct mv mv = { 0, 0 };
	uint64_t seen = 0;

	if (link_opts_parse(&macvlan_kind_opts, argc, argv, r, &seen, &mv))
		return -1;
	if (mv.mode)
		nla_put_u32(r, IFLA_MACVLAN_MODE, mv.mode);
	if (mv.flags) {
		if ((mv.flags & MACVLAN_FLAG_NOPROMISC) && mv.mode != MACVLAN_MODE_PASSTHRU) {
			err_str("macvlan: nopromisc flag only valid in passthru mode\n");
			err_str(macvlan_kind_opts.usage);
			return -1;
		}
		nla_put_u16(r, IFLA_MACVLAN_FLAGS, (uint16_t)mv.flags);
	}
	return 0;
}

static void macvlan_print(const struct rtattr *data)
{
	const struct rtattr *tb[IFLA_MACVLAN_MAX + 1];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_MACVLAN_MAX, data);
	if (!tb[IFLA_MACVLAN_MODE])
		return;
	unsigned mode = nla_u32(tb[IFLA_MACVLAN_MODE], 0), i;
	for (i = 0; i < 5 && mode != 1u << i; i++)
		;
	if (i < 5)
		pr_string(PR_ANY, "mode", "mode %s ", mode_names[i]);
	else
		pr_string(PR_ANY, "mode", "mode %s ", "unknown");
	unsigned flags = nla_u16(tb[IFLA_MACVLAN_FLAGS], 0);
	if (flags & MACVLAN_FLAG_NOPROMISC)
		pr_bool(PR_ANY, "nopromisc", "nopromisc ", 1);
	if (flags & MACVLAN_FLAG_NODST)
		pr_bool(PR_ANY, "nodst", "nodst ", 1);
	if (tb[IFLA_MACVLAN_BC_QUEUE_LEN])
		pr_uint(PR_ANY, "bcqueuelen", "bcqueuelen %u ", nla_u32(tb[IFLA_MACVLAN_BC_QUEUE_LEN], 0));
	if (tb[IFLA_MACVLAN_BC_QUEUE_LEN_USED])
		pr_uint(PR_ANY, "usedbcqueuelen", "usedbcqueuelen %u ",
			nla_u32(tb[IFLA_MACVLAN_BC_QUEUE_LEN_USED], 0));
}

const struct link_kind macvlan_link_kind = {
	.parse = macvlan_parse,
	.print = CONFIG_IP_LINK_DETAILS ? macvlan_print : NULL,
	.help = macvlan_help,
};
