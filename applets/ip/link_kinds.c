/* The link kinds ipbox knows: "ip link add ... type KIND". */
#include "applets/ip/ip.h"
#include "core/kw.h"

/* ID's kind.  Those a build leaves out are still known by name, so that
 * REFUSE can say so (their options would otherwise be "garbage"). */
const struct link_kind *link_kind_find(const char *id, int refuse)
{
	if (streq(id, "veth"))
		return &veth_link_kind;
	if (CONFIG_IP_LINK_BRIDGE && streq(id, "bridge"))
		return &bridge_link_kind;
	if (CONFIG_IP_LINK_BRIDGE && streq(id, "bridge_slave"))
		return &bridge_slave_link_kind;
	if (CONFIG_IP_LINK_VXLAN && streq(id, "vxlan"))
		return &vxlan_link_kind;
	if (CONFIG_IP_LINK_MACVLAN && streq(id, "macvlan"))
		return &macvlan_link_kind;
	if (CONFIG_IP_LINK_VLAN && streq(id, "vlan"))
		return &vlan_link_kind;
	if (refuse && !CONFIG_IP_LINK_BRIDGE)
		kw_unbuilt("ip", id, "bridge bridge_slave");
	if (refuse && !CONFIG_IP_LINK_VXLAN)
		kw_unbuilt("ip", id, "vxlan");
	if (refuse && !CONFIG_IP_LINK_MACVLAN)
		kw_unbuilt("ip", id, "macvlan");
	if (refuse && !CONFIG_IP_LINK_VLAN)
		kw_unbuilt("ip", id, "vlan");
	return NULL;
}
