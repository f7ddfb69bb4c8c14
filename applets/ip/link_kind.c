/* What link kinds share: the list iproute2 6.1 names in its usage texts,
 * matching a link's kind, and the value parsers of the kinds' options. */
#include "applets/ip/ip.h"

#include <linux/if_ether.h>
#include <linux/if_link.h>
#include <string.h>

const char link_type_list[] = LINK_TYPE_LIST;

int strcase_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if ((*a | 0x20) != (*b | 0x20))
			return 0;
	return *a == *b;
}


int link_kind_is(const struct rtattr **tb, const char *kind, int slave)
{
	const struct rtattr *li[IFLA_INFO_MAX + 1];

	if (!tb[IFLA_LINKINFO])
		return 0;
	nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO]);
	const char *k = nla_str(li[slave ? IFLA_INFO_SLAVE_KIND : IFLA_INFO_KIND]);
	return streq(k ? k : "", kind);
}

static int got_vrf(const struct nlmsghdr *n, void *arg)
{
	const struct rtattr *tb[IFLA_MAX + 1];

	nlmsg_parse(tb, IFLA_MAX, n, sizeof(struct ifinfomsg));
	*(int *)arg = link_kind_is(tb, "vrf", 0);
	return 0;
}

int link_is_vrf(unsigned idx)
{
	char buf[64];
	struct nl_req r;
	int vrf = 0;

	ll_link_req(&r, buf, sizeof(buf), 0, idx, NULL, 0);
	nl_get(&r, NL_QUIET, got_vrf, &vrf);
	return vrf;
}

uint16_t be16(uint16_t v)
{
	const uint8_t b[2] = { (uint8_t)(v >> 8), (uint8_t)v };
	uint16_t r;

	memcpy(&r, b, 2);
	return r;
}

uint32_t be32(uint32_t v)
{
	const uint8_t b[4] = { (uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v };
	uint32_t r;

	memcpy(&r, b, 4);
	return r;
}

uint16_t vlan_proto(const char *arg, const char *errmsg)
{
	if (strcase_eq(arg, "802.1Q"))
		return be16(ETH_P_8021Q);
	if (strcase_eq(arg, "802.1ad"))
		return be16(ETH_P_8021AD);
	invarg(errmsg, arg);
}

