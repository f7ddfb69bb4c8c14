/* ip link's keywords: what add, set, replace and delete share
 * (iproute2's iplink_parse, which the veth peer runs a second time inside
 * VETH_INFO_PEER), and ip link's usage text. */
#include "applets/ip/ip.h"
#include "applets/ip/lib/namespace.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if.h>
#include <linux/if_link.h>
#include <string.h>

static const char link_usage[] =
	"Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME\n"
	"\t\t    [ txqueuelen PACKETS ]\n"
	"\t\t    [ address LLADDR ]\n"
	"\t\t    [ broadcast LLADDR ]\n"
	"\t\t    [ mtu MTU ] [index IDX ]\n"
	"\t\t    [ numtxqueues QUEUE_COUNT ]\n"
	"\t\t    [ numrxqueues QUEUE_COUNT ]\n"
	"\t\t    [ netns { PID | NAME } ]\n"
	"\t\t    type TYPE [ ARGS ]\n"
	"\n"
	"\tip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]\n"
	"\n"
	"\tip link set { DEVICE | dev DEVICE | group DEVGROUP }\n"
	"\t\t\t[ { up | down } ]\n"
	"\t\t\t[ type TYPE ARGS ]\n"
	"\t\t[ arp { on | off } ]\n"
	"\t\t[ dynamic { on | off } ]\n"
	"\t\t[ multicast { on | off } ]\n"
	"\t\t[ allmulticast { on | off } ]\n"
	"\t\t[ promisc { on | off } ]\n"
	"\t\t[ trailers { on | off } ]\n"
	"\t\t[ carrier { on | off } ]\n"
	"\t\t[ txqueuelen PACKETS ]\n"
	"\t\t[ name NEWNAME ]\n"
	"\t\t[ address LLADDR ]\n"
	"\t\t[ broadcast LLADDR ]\n"
	"\t\t[ mtu MTU ]\n"
	"\t\t[ netns { PID | NAME } ]\n"
	"\t\t[ link-netns NAME | link-netnsid ID ]\n"
	"\t\t[ alias NAME ]\n"
	"\t\t[ vf NUM [ mac LLADDR ]\n"
	"\t\t\t [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]\n"
	"\t\t\t [ rate TXRATE ]\n"
	"\t\t\t [ max_tx_rate TXRATE ]\n"
	"\t\t\t [ min_tx_rate TXRATE ]\n"
	"\t\t\t [ spoofchk { on | off} ]\n"
	"\t\t\t [ query_rss { on | off} ]\n"
	"\t\t\t [ state { auto | enable | disable} ]\n"
	"\t\t\t [ trust { on | off} ]\n"
	"\t\t\t [ node_guid EUI64 ]\n"
	"\t\t\t [ port_guid EUI64 ] ]\n"
	"\t\t[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |\n"
	"\t\t\t  object FILE [ { section | program } NAME ] [ verbose ] |\n"
	"\t\t\t  pinned FILE } ]\n"
	"\t\t[ master DEVICE ][ vrf NAME ]\n"
	"\t\t[ nomaster ]\n"
	"\t\t[ addrgenmode { eui64 | none | stable_secret | random } ]\n"
	"\t\t[ protodown { on | off } ]\n"
	"\t\t[ protodown_reason PREASON { on | off } ]\n"
	"\t\t[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]\n"
	"\t\t[ gro_max_size BYTES ]\n"
	"\n"
	"\tip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]\n"
	"\t\t[nomaster]\n"
	"\n"
	"\tip link xstats type TYPE [ ARGS ]\n"
	"\n"
	"\tip link afstats [ dev DEVICE ]\n"
	"\tip link property add dev DEVICE [ altname NAME .. ]\n"
	"\tip link property del dev DEVICE [ altname NAME .. ]\n"
	"\n"
	"\tip link help [ TYPE ]\n"
	"\n"
	;

void iplink_usage(void)
{
	if (CONFIG_USAGE_FULL)
		err_str(link_usage);
	usage_exit(USAGE(link_type_list, "Usage: ip link { add | delete | set | show | help } ...\n"), RC_USAGE);
}

/* ---- the keywords ------------------------------------------------------ */

enum {
	K_UP = 1, K_DOWN, K_NAME, K_INDEX, K_LINK, K_ADDRESS, K_BROADCAST, K_NUM,
	K_NETNS, K_FLAG, K_NOFLAG, K_ONOFF, K_VF, K_MASTER, K_VRF, K_NOMASTER,
	K_TYPE, K_ALIAS, K_MODE, K_STATE, K_ADDRGENMODE, K_PARENTDEV, K_UNSUPPORTED,
	P = 0x80,	/* abbreviations allowed */
	V = 0x40,	/* a value follows */
};

/* K_NUM: ARG is the attribute and how its number is read */
enum { N_DUP = 0x100, N_UNSIGNED = 0x200, N_U16 = 0x400, N_DEFAULT = 0x800 };

/* iproute2 6.1's iplink_parse order, first match wins: the tutorial's
 * words, then the rest (CONFIG_IP_LINK_EXTRA).  Searching the two tables
 * one after the other picks what the one list of 6.1 picks.  ARG: the
 * attribute of K_ADDRESS, K_BROADCAST and K_ONOFF words; the IFF_ flag of
 * K_FLAG words (set by "on") and K_NOFLAG words ("arp", "trailers": set by
 * "off"). */
struct link_word {
	char word[17];
	unsigned char id;
	unsigned short arg;
};

static const struct link_word link_kw[] = {
	{ "up", K_UP, 0 }, { "down", K_DOWN, 0 }, { "name", K_NAME | V, 0 },
	{ "link", K_LINK | V | P, 0 },
	{ "address", K_ADDRESS | V | P, IFLA_ADDRESS },
	{ "broadcast", K_BROADCAST | V | P, IFLA_BROADCAST },
	{ "brd", K_BROADCAST | V, IFLA_BROADCAST },
	{ "txqueuelen", K_NUM | V | P, IFLA_TXQLEN | N_DUP },
	{ "qlen", K_NUM | V, IFLA_TXQLEN | N_DUP }, { "txqlen", K_NUM | V | P, IFLA_TXQLEN | N_DUP },
	{ "mtu", K_NUM | V, IFLA_MTU | N_DUP }, { "netns", K_NETNS | V, 0 },
	{ "type", K_TYPE | V | P, 0 },
	{ "", 0, 0 },
}, link_kw_extra[] = {
	{ "index", K_INDEX | V, 0 },
	{ "xdpgeneric", K_UNSUPPORTED, 0 }, { "xdpdrv", K_UNSUPPORTED, 0 },
	{ "xdpoffload", K_UNSUPPORTED, 0 }, { "xdp", K_UNSUPPORTED, 0 },
	{ "multicast", K_FLAG | V, IFF_MULTICAST },
	{ "allmulticast", K_FLAG | V, IFF_ALLMULTI }, { "promisc", K_FLAG | V, IFF_PROMISC },
	{ "trailers", K_NOFLAG | V, IFF_NOTRAILERS }, { "arp", K_NOFLAG | V, IFF_NOARP },
	{ "carrier", K_ONOFF | V, IFLA_CARRIER }, { "vf", K_VF | V, 0 },
	{ "master", K_MASTER | V | P, 0 }, { "vrf", K_VRF | V, 0 },
	{ "nomaster", K_NOMASTER | P, 0 }, { "dynamic", K_FLAG | V | P, IFF_DYNAMIC },
	{ "alias", K_ALIAS | V | P, 0 },
	{ "group", K_NUM | V, IFLA_GROUP | N_DUP | N_DEFAULT }, { "mode", K_MODE | V, 0 },
	{ "state", K_STATE | V, 0 },
	{ "numtxqueues", K_NUM | V | P, IFLA_NUM_TX_QUEUES | N_DUP },
	{ "numrxqueues", K_NUM | V | P, IFLA_NUM_RX_QUEUES | N_DUP },
	{ "addrgenmode", K_ADDRGENMODE | V | P, 0 },
	{ "link-netns", K_UNSUPPORTED | P, 0 },
	{ "link-netnsid", K_NUM | V | P, IFLA_LINK_NETNSID | N_DUP },
	{ "protodown", K_ONOFF | V, IFLA_PROTO_DOWN }, { "protodown_reason", K_UNSUPPORTED, 0 },
	{ "gso_max_size", K_NUM | V, IFLA_GSO_MAX_SIZE | N_UNSIGNED },
	{ "gso_max_segs", K_NUM | V, IFLA_GSO_MAX_SEGS | N_UNSIGNED | N_U16 },
	{ "gro_max_size", K_NUM | V, IFLA_GRO_MAX_SIZE | N_UNSIGNED },
	{ "parentdev", K_PARENTDEV | V, 0 },
	{ "", 0, 0 },
};

/* TAB's row for ARG, or its closing "" row */
static const struct link_word *find_in(const struct link_word *t, const char *arg)
{
	for (; t->word[0]; t++)
		if (kw_is(arg, t->word, !(t->id & P)))
			break;
	return t;
}

/* The words of link_kw_extra (a '*' where any prefix will do), for a
 * build without IP_LINK_EXTRA to refuse them (the list is 290 bytes,
 * the table 640); tests/e2e/unbuilt.sh checks that the two agree. */
static const char link_kw_extra_words[] =
	"index xdpgeneric xdpdrv xdpoffload xdp multicast allmulticast promisc "
	"trailers arp carrier vf master* vrf nomaster* dynamic* alias* group mode "
	"state numtxqueues* numrxqueues* addrgenmode* link-netns* link-netnsid* "
	"protodown protodown_reason gso_max_size gso_max_segs gro_max_size parentdev";

/* ARG's keyword; the "" row (id 0: a device name) for none */
static const struct link_word *find_kw(const char *arg)
{
	const struct link_word *k = find_in(link_kw, arg);

	if (!k->id) {
		if (CONFIG_IP_LINK_EXTRA)
			k = find_in(link_kw_extra, arg);
		else
			kw_unbuilt("ip", arg, link_kw_extra_words);
	}
	return k;
}

static int on_off(const char *key, const char *val)
{
	return link_opt_badarg(key, "\"on\" or \"off\"", val);
}

/* iproute2's parse_on_off: prefixes of "off" then "on"; a bad word is
 * -EINVAL, which ip turns into exit code 22 */
static int parse_on_off(const char *key, const char *val, int *err)
{
	*err = 0;
	if (matches(val, "off"))
		return 0;
	if (matches(val, "on"))
		return 1;
	*err = link_opt_badarg(key, "one of \"off\", \"on\"", val) * 22;
	return 0;
}

static int word_index(const char *arg, const char *const *words, int n)
{
	for (int i = 0; i < n; i++)
		if (strcase_eq(arg, words[i]))
			return i;
	return -1;
}

const char *const oper_states[7] = {
	"UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN", "TESTING", "DORMANT", "UP",
};

const char *const addrgen_names[4] = { "eui64", "none", "stable_secret", "random" };

/* length of a link's current hardware address, or -1 */
static int got_addr_len(const struct nlmsghdr *n, void *arg)
{
	const struct rtattr *tb[IFLA_MAX + 1];

	nlmsg_parse(tb, IFLA_MAX, n, sizeof(struct ifinfomsg));
	*(int *)arg = tb[IFLA_ADDRESS] ? (int)nla_len(tb[IFLA_ADDRESS]) : -1;
	return 0;
}

static int ll_addr_len(const char *dev)
{
	char buf[64];
	struct nl_req r;
	int len = -1;
	unsigned idx = ll_name_to_index(dev);

	if (!idx)
		return -1;
	ll_link_req(&r, buf, sizeof(buf), G.family, idx, NULL, 0);
	if (nl_get(&r, 0, got_addr_len, &len) < 0)
		return -1;
	return len;
}

/* iplink_parse's keyword K of link_kw_extra with its value VAL (K's
 * word when it takes none); DEV: the device named so far */
__attribute__((noinline)) static int link_word_extra(const struct link_word *k, const char *val, struct nl_req *r,
						     int *index, const char *dev)
{
	struct ifinfomsg *ifi = NLMSG_DATA(r->nlh);
	unsigned id = k->id & ~(P | V), arg = k->arg;
	int v, err;

	switch (id) {
	case K_INDEX:
		if (*index)
			duparg("index", val);
		*index = (int)str_to_ll(val, NULL, 10);
		if (*index <= 0)
			invarg("Invalid \"index\" value", val);
		break;
	case K_FLAG:
	case K_NOFLAG:
		ifi->ifi_change |= arg;
		if (!streq(val, "on") && !streq(val, "off"))
			return on_off(k->word, val);
		if (streq(val, "on") == (id == K_FLAG))
			ifi->ifi_flags |= arg;
		else
			ifi->ifi_flags &= ~arg;
		break;
	case K_ONOFF:
		v = parse_on_off(k->word, val, &err);
		if (err)
			return err;
		nla_put_u8(r, (int)arg, (uint8_t)v);
		break;
	case K_MASTER:
	case K_VRF:
		v = (int)ll_name_to_index(val);
		if (id == K_VRF && (!v || !link_is_vrf((unsigned)v)))
			invarg("Not a valid VRF name\n", val);
		if (!v)
			invarg("Device does not exist\n", val);
		nla_put_u32(r, IFLA_MASTER, (uint32_t)v);
		break;
	case K_NOMASTER:
		nla_put_u32(r, IFLA_MASTER, 0);
		break;
	case K_ALIAS:
		if (strlen(val) >= 256)
			invarg("alias too long\n", val);
		nla_put_str(r, IFLA_IFALIAS, val);
		break;
	case K_MODE:
		if (strcase_eq(val, "default"))
			v = IF_LINK_MODE_DEFAULT;
		else if (strcase_eq(val, "dormant"))
			v = IF_LINK_MODE_DORMANT;
		else
			invarg("Invalid link mode\n", val);
		nla_put_u8(r, IFLA_LINKMODE, (uint8_t)v);
		break;
	case K_STATE:
		v = word_index(val, oper_states, 7);
		if (v < 0)
			invarg("Invalid operstate\n", val);
		nla_put_u8(r, IFLA_OPERSTATE, (uint8_t)v);
		break;
	case K_ADDRGENMODE: {
		v = word_index(val, addrgen_names, 4);
		if (v < 0)
			invarg("Invalid address generation mode\n", val);
		struct rtattr *afs = nla_nest_start(r, IFLA_AF_SPEC);
		struct rtattr *af6 = nla_nest_start(r, AF_INET6);
		nla_put_u8(r, IFLA_INET6_ADDR_GEN_MODE, (uint8_t)v);
		nla_nest_end(r, af6);
		nla_nest_end(r, afs);
		break;
	}
	case K_PARENTDEV:
		nla_put_strz(r, IFLA_PARENT_DEV_NAME, val);
		break;
	case K_VF:
		if (get_s32(&v, val, 0))
			invarg("Invalid \"vf\" value\n", val);
		if (!dev)
			missarg("dev");
		/* fall through */
	default:	/* K_UNSUPPORTED */
		err_fmt("ipbox: \"%s\" is not supported\n", k->word);
		ipbox_exit(RC_USAGE);
	}
	return 0;
}

int iplink_parse(int argc, char **argv, struct nl_req *r, const char **type)
{
	struct ifinfomsg *ifi = NLMSG_DATA(r->nlh);
	int create = r->nlh->nlmsg_flags & NLM_F_CREATE;
	const char *name = NULL, *dev = NULL, *link = NULL;
	int index = 0, netns = -1, move_netns = 0, addr_len = 0, err, v, bad;
	int total = argc;
	uint64_t seen = 0;	/* K_NUM attributes given */
	uint8_t abuf[32];
	char msg[48];

	for (; argc > 0; argc--, argv++) {
		const struct link_word *k = find_kw(*argv);
		const char *kw = k->word;
		unsigned arg = k->arg, attr = arg & 0xff;
		unsigned id = k->id & ~(P | V);

		if (k->id & V)
			NEXT_ARG();
		switch (id) {
		case 0:
			if (matches(*argv, "help"))
				iplink_usage();
			if (streq(*argv, "dev"))
				NEXT_ARG();
			if (dev != name)
				duparg2("dev", *argv);
			if (ll_check_ifname(*argv, 0))	/* an altname of any length */
				invarg("\"dev\" not a valid ifname", *argv);
			dev = *argv;
			break;
		case K_UP:
		case K_DOWN:
			ifi->ifi_change |= IFF_UP;
			if (id == K_UP)
				ifi->ifi_flags |= IFF_UP;
			else
				ifi->ifi_flags &= ~IFF_UP;
			break;
		case K_NAME:
			if (name)
				duparg("name", *argv);
			if (ll_check_ifname(*argv, IFNAMSIZ))
				invarg("\"name\" not a valid ifname", *argv);
			name = *argv;
			if (!dev)
				dev = name;
			break;
		case K_LINK:
			link = *argv;
			break;
		case K_ADDRESS:
		case K_BROADCAST:
			v = ll_addr_a2n(abuf, sizeof(abuf), *argv);
			if (v < 0)
				return -1;
			if (attr == IFLA_ADDRESS)
				addr_len = v;
			nla_put(r, (int)attr, abuf, (size_t)v);
			break;
		case K_NUM:
			/* the first word of an attribute names it: "txqueuelen" for "qlen" */
			if (attr == IFLA_TXQLEN)
				kw = "txqueuelen";
			if ((arg & N_DUP) && (seen >> attr & 1))
				duparg(CONFIG_IP_LINK_EXTRA && attr == IFLA_LINK_NETNSID ? "link-netns/link-netnsid" : kw,
				       *argv);
			seen |= 1ULL << attr;
			fmt_buf(msg, sizeof(msg), "Invalid \"%s\" value\n", kw);
			if (CONFIG_IP_LINK_EXTRA && (arg & N_DEFAULT))
				bad = get_group(&v, *argv);
			else if (CONFIG_IP_LINK_EXTRA && (arg & N_UNSIGNED))
				bad = get_u32((unsigned *)&v, *argv, 0) || ((arg & N_U16) && (unsigned)v > 65535);
			else
				bad = get_s32(&v, *argv, 0);
			if (bad)
				invarg(msg, *argv);
			nla_put_u32(r, (int)attr, (uint32_t)v);
			break;
		case K_NETNS:
			if (netns != -1)
				duparg("netns", *argv);
			netns = netns_link_attr(r, *argv);
			move_netns = 1;
			break;
		case K_TYPE:
			*type = *argv;
			argc--;
			argv++;
			goto done;
		default:
			if (CONFIG_IP_LINK_EXTRA && (err = link_word_extra(k, *argv, r, &index, dev)))
				return err;
		}
	}
done:
	total -= argc;

	/* "ip link add dev X" and "ip link add name X" are the same */
	if (!name)
		name = dev;
	else if (!dev)
		dev = name;
	else if (streq(name, dev))
		name = dev;

	if (dev && addr_len && !create) {
		int halen = ll_addr_len(dev);
		if (halen >= 0 && halen != addr_len) {
			err_fmt("Invalid address length %d - must be %d bytes\n", addr_len, halen);
			return -1;
		}
	}
	if (index && !create && !move_netns) {
		err_fmt("index can be used only when creating devices or when moving device to another netns.\n");
		ipbox_exit(RC_USAGE);
	}
	if (CONFIG_IP_LINK_EXTRA && (seen >> IFLA_GROUP & 1) && !dev) {
		if (argc) {
			err_fmt("Garbage instead of arguments \"%s ...\". Try \"ip link help\".\n", *argv);
			ipbox_exit(RC_USAGE);
		}
		if (create) {
			err_fmt("group cannot be used when creating devices.\n");
			ipbox_exit(RC_USAGE);
		}
		*type = NULL;
		return total;
	}
	if (!create) {
		if (!dev) {
			err_fmt("Not enough information: \"dev\" argument is required.\n");
			ipbox_exit(RC_USAGE);
		}
		ifi->ifi_index = (int)ll_name_to_index(dev);
		if (!ifi->ifi_index) {
			err_fmt("Cannot find device \"%s\"\n", dev);
			return -1;
		}
		if (name == dev)	/* not a rename */
			name = NULL;
		if (index)
			nla_put_s32(r, IFLA_NEW_IFINDEX, index);
	} else {
		if (name != dev) {
			err_fmt("both \"name\" and \"dev\" cannot be used when creating devices.\n");
			ipbox_exit(RC_USAGE);
		}
		if (link) {
			unsigned li = ll_name_to_index(link);
			if (!li) {
				err_fmt("Cannot find device \"%s\"\n", link);
				return -1;
			}
			nla_put_u32(r, IFLA_LINK, li);
		}
		ifi->ifi_index = index;
	}
	if (name)
		nla_put_strz(r, IFLA_IFNAME, name);
	return total;
}
