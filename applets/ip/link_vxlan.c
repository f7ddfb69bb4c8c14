/* ip link add NAME type vxlan id VNI [remote|group ADDR] [local ADDR]
 * [dev DEV] [dstport PORT] [ttl N] ..., and its -d details. */
#include "applets/ip/ip.h"

const struct link_kind vxlan_link_kind = {
	.id = "vxlan",
};
