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

static const struct link_opt vlan_flags[] = {
	{ "reorder_hdr", 0, VLAN_FLAG_REORDER_HDR }, { "gvrp", 0, VLAN_FLAG_GVRP },
	{ "mvrp", 0, VLAN_FLAG_MVRP }, { "loose_binding", 0, VLAN_FLAG_LOOSE_BINDING },
	{ "bridge_binding", 0, VLAN_FLAG_BRIDGE_BINDING },
};

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

static int vlan_parse(int argc, char **argv, struct nl_req *r)
{
	struct ifla_vlan_flags fl = { 0, 0 };

	while (argc > 0) {
		size_t i, n = sizeof(vlan_flags) / sizeof(vlan_flags[0]);
		if (matches(*argv, "protocol")) {
			NEXT_ARG();
			nla_put_u16(r, IFLA_VLAN_PROTOCOL, vlan_proto(*argv, "protocol is invalid"));
		} else if (matches(*argv, "id")) {
			unsigned short id;
			NEXT_ARG();
			if (get_u16(&id, *argv, 0))
				invarg("id is invalid", *argv);
			nla_put_u16(r, IFLA_VLAN_ID, id);
		} else if (matches(*argv, "ingress-qos-map") || matches(*argv, "egress-qos-map")) {
			int in = matches(*argv, "ingress-qos-map");
			NEXT_ARG();
			if (qos_map(&argc, &argv, r, in ? IFLA_VLAN_INGRESS_QOS : IFLA_VLAN_EGRESS_QOS))
				invarg(in ? "invalid ingress-qos-map" : "invalid egress-qos-map", word);
			continue;
		} else if (matches(*argv, "help")) {
			err_str(USAGE(vlan_usage, "Usage: ... vlan id VLANID [ OPTIONS ]\n"));
			return -1;
		} else {
			for (i = 0; i < n && !matches(*argv, vlan_flags[i].word); i++)
				;
			if (i == n) {
				err_fmt("vlan: unknown command \"%s\"?\n", *argv);
				err_str(USAGE(vlan_usage, "Usage: ... vlan id VLANID [ OPTIONS ]\n"));
				return -1;
			}
			NEXT_ARG();
			fl.mask |= vlan_flags[i].arg;
			if (streq(*argv, "on"))
				fl.flags |= vlan_flags[i].arg;
			else if (streq(*argv, "off"))
				fl.flags &= ~(unsigned)vlan_flags[i].arg;
			else {
				err_fmt("Error: argument of \"%s\" must be \"on\" or \"off\", not \"%s\"\n",
					vlan_flags[i].word, *argv);
				return -1;
			}
		}
		argc--;
		argv++;
	}
	if (fl.mask)
		nla_put(r, IFLA_VLAN_FLAGS, &fl, sizeof(fl));
	return 0;
}

const struct link_kind vlan_link_kind = {
	.id = "vlan",
	.parse = vlan_parse,
	.help = vlan_help,
};
