/* ip link add NAME type veth [peer [name] PEER [options...]]
 *
 * The peer's options are the same keywords as ip link add; iproute2 puts
 * them, behind a zeroed ifinfomsg of their own, inside VETH_INFO_PEER. */
#include "applets/ip/ip.h"

#include <linux/veth.h>

static void veth_usage(void)
{
	/* iproute2 prints this on stdout, whatever the stream it was given */
	out_str("Usage: ip link <options> type veth [peer <options>]\n"
		"To get <options> type 'ip link add help'\n");
}

static int veth_parse(int argc, char **argv, struct nl_req *r)
{
	struct ifinfomsg *ifi = NLMSG_DATA(r->nlh), outer = *ifi;
	const char *type = NULL;

	if (!streq(argv[0], "peer")) {
		veth_usage();
		return -1;
	}
	/* the peer's parse writes flags and index into the outer header */
	ifi->ifi_flags = ifi->ifi_change = 0;
	ifi->ifi_index = 0;
	struct rtattr *peer = nla_nest_start(r, VETH_INFO_PEER);
	if (!nl_req_reserve(r, sizeof(struct ifinfomsg)))
		return -1;
	int used = iplink_parse(argc - 1, argv + 1, r, &type);
	if (used < 0)
		return -1;
	if (type)
		duparg("type", argv[used]);
	struct ifinfomsg *pifi = (struct ifinfomsg *)RTA_DATA(peer);
	pifi->ifi_flags = ifi->ifi_flags;
	pifi->ifi_change = ifi->ifi_change;
	pifi->ifi_index = ifi->ifi_index;
	ifi->ifi_flags = outer.ifi_flags;
	ifi->ifi_change = outer.ifi_change;
	ifi->ifi_index = outer.ifi_index;
	nla_nest_end(r, peer);
	return 0;
}

const struct link_kind veth_link_kind = {
	.parse = veth_parse,
	.help = veth_usage,
};
