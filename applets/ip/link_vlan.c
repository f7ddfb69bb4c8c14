/* ip link add NAME link DEV type vlan id VLANID [protocol P] [flags]
 * [ingress-qos-map|egress-qos-map FROM:TO...]: the request iproute2 6.1
 * sends.  (No -d printer: a kernel with 8021q is needed to test one.) */
#include "applets/ip/ip.h"

#include <linux/if_link.h>
#include <linux/if_vlan.h>
#include <string.h>

static const char vlan_usage[] =
	"Usage: ... vlan id VLANID\n"
	"\t\t[ protocol VLANPROTO ]\n"
	"\t\t[ reorder_hdr { on | off } ]\n"
	"\t\t[ gvrp { on | off } ]\n"
	"\t\t[ mvrp { on | off } ]\n"
	"\t\t[ loose_binding { on | off } ]\n"
	"\t\t[ bridge_binding { on | off } ]\n"
	"\t\t[ ingress-qos-map QOS-MAP ]\n"
	"\t\t[ egress-qos-map QOS-MAP ]\n"
	"\n"
	"VLANID := 0-4095\n"
	"VLANPROTO: [ 802.1Q | 802.1ad ]\n"
	"QOS-MAP := [ QOS-MAP ] QOS-MAPPING\n"
	"QOS-MAPPING := FROM:TO\n"
	;

static void vlan_help(void)
{
	out_str(USAGE(vlan_usage, "Usage: ... vlan id VLANID [ OPTIONS ]\n"));
}

/* iproute2 cuts a bad FROM:TO at its colon before naming it */
static char word[64];

/* FROM:TO words into a nest of IFLA_VLAN_QOS_MAPPING; 0, or -1 with
 * WORD holding what iproute2 names */
static int qos_map(int *argcp, char ***argvp, struct nl_req *r, int type)
{
	struct rtattr *nest = nla_nest_start(r, type);

	for (; *argcp > 0; (*argcp)--, (*argvp)++) {
		const char *colon = strchr(**argvp, ':');
		struct ifla_vlan_qos_mapping m;
		size_t n = colon ? (size_t)(colon - **argvp) : 0;

		if (!colon)
			break;
		fmt_buf(word, sizeof(word), "%.*s", (int)n, **argvp);
		if (get_u32(&m.from, word, 0) || get_u32(&m.to, colon + 1, 0))
			return -1;
		nla_put(r, IFLA_VLAN_QOS_MAPPING, &m, sizeof(m));
	}
	nla_nest_end(r, nest);
	return 0;
}

/* the options, iproute2 6.1's order; V_FLAG rows: the VLAN_FLAG_ in VAL */
enum { V_PROTO, V_QOS, V_FLAG };
#define VLAN_OPT(w, id, attr, val, msg) { w, { msg }, OPT_KIND, OPT_VALUE | OPT_AGAIN, attr, val, id }

static const struct link_opt vlan_opts[] = {
	VLAN_OPT("protocol", V_PROTO, IFLA_VLAN_PROTOCOL, 0, "protocol is invalid"),
	{ "id", { "id is invalid" }, OPT_U16, OPT_AGAIN, IFLA_VLAN_ID, 16, 0 },
	VLAN_OPT("ingress-qos-map", V_QOS, IFLA_VLAN_INGRESS_QOS, 0, "invalid ingress-qos-map"),
	VLAN_OPT("egress-qos-map", V_QOS, IFLA_VLAN_EGRESS_QOS, 0, "invalid egress-qos-map"),
	VLAN_OPT("reorder_hdr", V_FLAG, IFLA_VLAN_FLAGS, VLAN_FLAG_REORDER_HDR, NULL),
	VLAN_OPT("gvrp", V_FLAG, IFLA_VLAN_FLAGS, VLAN_FLAG_GVRP, NULL),
	VLAN_OPT("mvrp", V_FLAG, IFLA_VLAN_FLAGS, VLAN_FLAG_MVRP, NULL),
	VLAN_OPT("loose_binding", V_FLAG, IFLA_VLAN_FLAGS, VLAN_FLAG_LOOSE_BINDING, NULL),
	VLAN_OPT("bridge_binding", V_FLAG, IFLA_VLAN_FLAGS, VLAN_FLAG_BRIDGE_BINDING, NULL),
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

static int vlan_option(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	struct ifla_vlan_flags *fl = st;

	switch (o->id) {
	case V_PROTO:
		nla_put_u16(r, o->attr, vlan_proto(**argvp, o->msg));
		break;
	case V_QOS:
		if (qos_map(argcp, argvp, r, o->attr))
			invarg(o->msg, word);
		/* on the last FROM:TO: the parser steps past it */
		(*argcp)++;
		(*argvp)--;
		break;
	default:
		fl->mask |= o->val;
		if (streq(**argvp, "on"))
			fl->flags |= o->val;
		else if (streq(**argvp, "off"))
			fl->flags &= ~(unsigned)o->val;
		else
			return link_opt_badarg(o->word, "\"on\" or \"off\"", **argvp);
	}
	return 0;
}

static const struct link_opts vlan_kind_opts = {
	vlan_opts, "vlan: unknown command", USAGE(vlan_usage, "Usage: ... vlan id VLANID [ OPTIONS ]\n"), vlan_option,
};

static int vlan_parse(int argc, char **argv, struct nl_req *r)
{
	struct ifla_vlan_flags fl = { 0, 0 };
	uint64_t seen = 0;

	if (link_opts_parse(&vlan_kind_opts, argc, argv, r, &seen, &fl))
		return -1;
	if (fl.mask)
		nla_put(r, IFLA_VLAN_FLAGS, &fl, sizeof(fl));
	return 0;
}

const struct link_kind vlan_link_kind = {
	.parse = vlan_parse,
	.help = vlan_help,
};
