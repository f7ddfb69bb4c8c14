/* ip link add NAME type vrf table TABLE, and -d's table of a vrf and of
 * its ports (vrf_slave). */
#include "applets/ip/ip.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if_link.h>

static const char vrf_usage[] = "Usage: ... vrf table TABLEID\n";

static void vrf_help(void)
{
	out_str(vrf_usage);
}

/* 6.1 takes "table" again and again: the last wins in the kernel */
static const struct link_opt vrf_opts[] = {
	{ "table", { "invalid table ID\n" }, OPT_KIND, OPT_VALUE | OPT_AGAIN, IFLA_VRF_TABLE, 0, 0 },
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

static int vrf_table(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	unsigned t;

	(void)argcp, (void)st;
	if (rt_table_a2n(&t, **argvp))
		invarg(o->msg, **argvp);
	nla_put_u32(r, o->attr, t);
	return 0;
}

static const struct link_opts vrf_kind_opts = { vrf_opts, "vrf: unknown option", vrf_usage, vrf_table };

static int vrf_parse(int argc, char **argv, struct nl_req *r)
{
	uint64_t seen = 0;

	return link_opts_parse(&vrf_kind_opts, argc, argv, r, &seen, NULL);
}

/* IFLA_VRF_TABLE and IFLA_VRF_PORT_TABLE are both 1 */
static void vrf_print(const struct rtattr *data)
{
	const struct rtattr *tb[IFLA_VRF_MAX + 1];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_VRF_MAX, data);
	if (tb[IFLA_VRF_TABLE])
		pr_uint(PR_ANY, "table", "table %u ", nla_u32(tb[IFLA_VRF_TABLE], 0));
}

const struct link_kind vrf_link_kind = {
	.parse = vrf_parse,
	.print = CONFIG_IP_LINK_DETAILS ? vrf_print : NULL,
	.help = vrf_help,
};

/* 6.1 has no options for vrf ports: words give an empty IFLA_INFO_SLAVE_DATA */
const struct link_kind vrf_slave_link_kind = {
	.print = CONFIG_IP_LINK_DETAILS ? vrf_print : NULL,
};
