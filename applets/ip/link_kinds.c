/* The link kinds ipbox knows: "ip link add ... type KIND". */
#include "applets/ip/ip.h"

const struct link_kind *link_kind_find(const char *id)
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
	return NULL;
}
