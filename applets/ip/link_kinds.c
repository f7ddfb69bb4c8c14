/* The link kinds: "ip link add ... type KIND", -d's details and "ip link
 * help KIND", found in one table. */
#include "applets/ip/ip.h"

/* ipbox's kinds: word I of OWN_NAMES is own(I), NULL where the build left
 * the kind out (its Kconfig symbol is off), which is then refused as not
 * in this build rather than taken for garbage.  (Lists as string literals:
 * an array of 32 bytes or more would be aligned to 32; a switch, which a
 * build with few kinds folds to a compare or two; bridge_slave last, where
 * link.c's "_slave" shares its bytes.) */
#define OWN_NAMES "veth bridge vxlan macvlan vlan vrf vrf_slave bond bond_slave ipvlan ipvtap bridge_slave"
static const struct link_kind *own(int i)
{
	switch (i) {
	case 0: return &veth_link_kind;
	case 1: return CONFIG_IP_LINK_BRIDGE ? &bridge_link_kind : NULL;
	case 2: return CONFIG_IP_LINK_VXLAN ? &vxlan_link_kind : NULL;
	case 3: return CONFIG_IP_LINK_MACVLAN ? &macvlan_link_kind : NULL;
	case 4: return CONFIG_IP_LINK_VLAN ? &vlan_link_kind : NULL;
	case 5: return CONFIG_IP_LINK_VRF ? &vrf_link_kind : NULL;
	case 6: return CONFIG_IP_LINK_VRF ? &vrf_slave_link_kind : NULL;
	case 7: return CONFIG_IP_LINK_BOND ? &bond_link_kind : NULL;
	case 8: return CONFIG_IP_LINK_BOND ? &bond_slave_link_kind : NULL;
	case 9: return CONFIG_IP_LINK_IPVLAN ? &ipvlan_link_kind : NULL;
	case 10: return CONFIG_IP_LINK_IPVLAN ? &ipvtap_link_kind : NULL;
	case 11: return CONFIG_IP_LINK_BRIDGE ? &bridge_slave_link_kind : NULL;
	}
	return NULL;
}

/* iproute2 6.1's kinds without options (IP_LINK_DUMMY): "ip link help
 * KIND" prints "Usage: ... KIND" (but for tun), and words after the kind
 * give an empty IFLA_INFO_DATA, as 6.1 nests data for any kind it knows */
#define BARE_NAMES "dummy ifb nlmon netdevsim team team_slave vcan virt_wifi tun"
static const struct link_kind bare_kind;

/* 6.1's kinds whose options ipbox does not parse (IP_LINK_EXTRA): said
 * so, where 6.1 would parse them */
#define LATER_NAMES \
	"amt bareudp batadv can dsa gtp hsr ipoib rmnet vxcan wwan macsec " \
	"gre gretap erspan ip6gre ip6gretap ip6erspan ip6tnl ipip sit vti vti6 xfrm"
static const char *later_id;
static int later_parse(int argc, char **argv, struct nl_req *r)
{
	(void)argc, (void)argv, (void)r;
	err_fmt("ipbox: the options of \"type %s\" are not supported yet\n", later_id);
	return -1;
}
static const struct link_kind later_kind = { .parse = later_parse };

/* the place of ID among LIST's words, or -1 */
static int word_at(const char *list, const char *id)
{
	for (int i = 0; *list; i++) {
		const char *p = id;
		while (*p && *p == *list)
			p++, list++;
		if (!*p && (*list == ' ' || !*list))
			return i;
		while (*list && *list++ != ' ')
			;
	}
	return -1;
}

const struct link_kind *link_kind_find(const char *id, int refuse)
{
	int i = word_at(OWN_NAMES, id);

	if (i >= 0) {
		const struct link_kind *k = own(i);
		if (!k && refuse)
			not_in_build("ip", id);
		return k;
	}
	if (CONFIG_IP_LINK_DUMMY && word_at(BARE_NAMES, id) >= 0)
		return &bare_kind;
	if (CONFIG_IP_LINK_EXTRA && word_at(LATER_NAMES, id) >= 0) {
		later_id = id;
		return &later_kind;
	}
	return NULL;
}

int link_kind_help(const char *id)
{
	const struct link_kind *lk = link_kind_find(id, 1);

	if (CONFIG_IP_LINK_DUMMY && lk == &bare_kind) {
		if (streq(id, "tun"))
			return 0;
		/* virt_wifi's has a blank at the end */
		out_fmt("Usage: ... %s%s\n", id, streq(id, "virt_wifi") ? " " : "");
		return 1;
	}
	if (!lk || !lk->help)
		return 0;
	lk->help();
	return 1;
}
