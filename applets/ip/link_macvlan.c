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

static int macvlan_parse(int argc, char **argv, struct nl_req *r)
{
	unsigned flags = 0, have_flags = 0;

	for (; argc > 0; argc--, argv++) {
		if (matches(*argv, "mode")) {
			NEXT_ARG();
			unsigned i;
			for (i = 0; i < 5 && !streq(*argv, mode_names[i]); i++)
				;
			if (i == 5) {
				err_fmt("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", "
					"\"passthru\" or \"source\", not \"%s\"\n", *argv);
				return -1;
			}
			nla_put_u32(r, IFLA_MACVLAN_MODE, 1u << i);
		} else if (matches(*argv, "flag")) {
			NEXT_ARG();
			if (streq(*argv, "nopromisc"))
				flags |= MACVLAN_FLAG_NOPROMISC;
			else if (streq(*argv, "nodst"))
				flags |= MACVLAN_FLAG_NODST;
			else if (!streq(*argv, "null")) {
				err_fmt("Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" or \"null\", "
					"not \"%s\"\n", *argv);
				return -1;
			}
			have_flags = 1;
		} else if (matches(*argv, "nopromisc")) {
			flags |= MACVLAN_FLAG_NOPROMISC;
			have_flags = 1;
		} else if (matches(*argv, "bcqueuelen")) {
			unsigned n;
			NEXT_ARG();
			if (get_u32(&n, *argv, 0)) {
				err_fmt("Error: argument of \"bcqueuelen\" must be a positive integer "
					"[0-4294967295], not \"%s\"\n", *argv);
				return -1;
			}
			nla_put_u32(r, IFLA_MACVLAN_BC_QUEUE_LEN, n);
		} else if (matches(*argv, "help")) {
			err_str(USAGE(macvlan_usage, "Usage: ... macvlan mode MODE [ OPTIONS ]\n"));
			return -1;
		} else {
			err_fmt("macvlan: unknown option \"%s\"?\n", *argv);
			err_str(USAGE(macvlan_usage, "Usage: ... macvlan mode MODE [ OPTIONS ]\n"));
			return -1;
		}
	}
	if (have_flags)
		nla_put_u16(r, IFLA_MACVLAN_FLAGS, (uint16_t)flags);
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
	.id = "macvlan",
	.parse = macvlan_parse,
	.print = CONFIG_IP_LINK_DETAILS ? macvlan_print : NULL,
	.help = macvlan_help,
};
