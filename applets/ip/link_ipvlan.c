/* ip link add NAME link DEV type ipvlan|ipvtap [mode l2|l3|l3s]
 * [bridge|private|vepa], and their -d details, as iproute2 6.1. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>

/* the kind being parsed or helped: 6.1 names it in its texts */
static const char *ipvlan_id;

static void ipvlan_usage(int fd)
{
	(fd ? err_fmt : out_fmt)("Usage: ... %s [ mode MODE ] [ FLAGS ]\n"
		"\n"
		"MODE: l3 | l3s | l2\n"
		"FLAGS: bridge | private | vepa\n"
		"(first values are the defaults if nothing is specified).\n", ipvlan_id);
}

static int ipvlan_parse(int argc, char **argv, struct nl_req *r)
{
	static const char *const modes[] = { "l2", "l3", "l3s" };
	static const char *const flags[] = { "private", "vepa", "bridge" };
	unsigned f = 0, given = 0, i;

	for (; argc > 0; argc--, argv++) {
		if (matches(*argv, "mode")) {
			NEXT_ARG();
			for (i = 0; i < 3 && !streq(*argv, modes[i]); i++)
				;
			if (i == 3) {
				err_str("Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"\n");
				return -1;
			}
			nla_put_u16(r, IFLA_IPVLAN_MODE, (uint16_t)i);
			continue;
		}
		for (i = 0; i < 3 && !(matches(*argv, flags[i]) && !given); i++)
			;
		if (i < 3) {
			/* IPVLAN_F_PRIVATE 1, IPVLAN_F_VEPA 2, bridge none */
			f |= (1u << i) & 3;
			given = 1;
			continue;
		}
		if (!matches(*argv, "help"))
			err_fmt("%s: unknown option \"%s\"?\n", ipvlan_id, *argv);
		ipvlan_usage(2);
		return -1;
	}
	nla_put_u16(r, IFLA_IPVLAN_FLAGS, (uint16_t)f);
	return 0;
}

static void ipvlan_print(const struct rtattr *data)
{
	const struct rtattr *tb[IFLA_IPVLAN_MAX + 1];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_IPVLAN_MAX, data);
	if (tb[IFLA_IPVLAN_MODE] && nla_len(tb[IFLA_IPVLAN_MODE]) == 2) {
		unsigned m = nla_u16(tb[IFLA_IPVLAN_MODE], 0);
		pr_string(PR_ANY, "mode", " mode %s ", m == 0 ? "l2" : m == 1 ? "l3" : m == 2 ? "l3s" : "unknown");
	}
	if (tb[IFLA_IPVLAN_FLAGS] && nla_len(tb[IFLA_IPVLAN_FLAGS]) == 2) {
		unsigned f = nla_u16(tb[IFLA_IPVLAN_FLAGS], 0);
		if (f & 1)
			pr_bool(PR_ANY, "private", "private ", 1);
		else if (f & 2)
			pr_bool(PR_ANY, "vepa", "vepa ", 1);
		else
			pr_bool(PR_ANY, "bridge", "bridge ", 1);
	}
}

static int ipvlan_parse_l(int argc, char **argv, struct nl_req *r)
{
	ipvlan_id = "ipvlan";
	return ipvlan_parse(argc, argv, r);
}

static int ipvtap_parse(int argc, char **argv, struct nl_req *r)
{
	ipvlan_id = "ipvtap";
	return ipvlan_parse(argc, argv, r);
}

static void ipvlan_help(void)
{
	ipvlan_id = "ipvlan";
	ipvlan_usage(0);
}

static void ipvtap_help(void)
{
	ipvlan_id = "ipvtap";
	ipvlan_usage(0);
}

const struct link_kind ipvlan_link_kind = {
	.parse = ipvlan_parse_l,
	.print = CONFIG_IP_LINK_DETAILS ? ipvlan_print : NULL,
	.help = ipvlan_help,
};

const struct link_kind ipvtap_link_kind = {
	.parse = ipvtap_parse,
	.print = CONFIG_IP_LINK_DETAILS ? ipvlan_print : NULL,
	.help = ipvtap_help,
};
