/* ip link add NAME type vxlan id VNI [remote|group ADDR] [local ADDR]
 * [dev DEV] [dstport PORT] [srcport MIN MAX] [ttl N] ..., and what -d
 * shows of a vxlan device, as iproute2 6.1. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>
#include <string.h>
#include <sys/socket.h>

static const char vxlan_usage[] =
	"Usage: ... vxlan id VNI\n"
	"\t\t[ { group | remote } IP_ADDRESS ]\n"
	"\t\t[ local ADDR ]\n"
	"\t\t[ ttl TTL ]\n"
	"\t\t[ tos TOS ]\n"
	"\t\t[ df DF ]\n"
	"\t\t[ flowlabel LABEL ]\n"
	"\t\t[ dev PHYS_DEV ]\n"
	"\t\t[ dstport PORT ]\n"
	"\t\t[ srcport MIN MAX ]\n"
	"\t\t[ [no]learning ]\n"
	"\t\t[ [no]proxy ]\n"
	"\t\t[ [no]rsc ]\n"
	"\t\t[ [no]l2miss ]\n"
	"\t\t[ [no]l3miss ]\n"
	"\t\t[ ageing SECONDS ]\n"
	"\t\t[ maxaddress NUMBER ]\n"
	"\t\t[ [no]udpcsum ]\n"
	"\t\t[ [no]udp6zerocsumtx ]\n"
	"\t\t[ [no]udp6zerocsumrx ]\n"
	"\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]\n"
	"\t\t[ [no]external ] [ gbp ] [ gpe ]\n"
	"\t\t[ [no]vnifilter ]\n"
	"\n"
	"Where:\tVNI\t:= 0-16777215\n"
	"\tADDR\t:= { IP_ADDRESS | any }\n"
	"\tTOS\t:= { NUMBER | inherit }\n"
	"\tTTL\t:= { 1..255 | auto | inherit }\n"
	"\tDF\t:= { unset | set | inherit }\n"
	"\tLABEL := 0-1048575\n"
	;

static void vxlan_help(void)
{
	out_str(USAGE(vxlan_usage, "Usage: ... vxlan id VNI [ OPTIONS ]\n"));
}

static int is_multicast(const inet_prefix *a)
{
	return (a->family == AF_INET && (a->data[0] & 0xf0) == 0xe0) ||
	       (a->family == AF_INET6 && a->data[0] == 0xff);
}

static int is_inet(const inet_prefix *a)
{
	return (a->family == AF_INET || a->family == AF_INET6) && a->bitlen != -2;
}

/* the keywords in iproute2 6.1's order, matched by prefix, first match
 * wins.  V: a value follows, and the first row of the ID names the
 * option in "duplicate" errors ("flowlabel" for "label"); other words
 * name themselves.  E: no abbreviation.  VAL: the u8 that X_SWITCH, X_LEARNING, X_EXTERNAL and
 * X_VNIFILTER words set. */
enum { X_ID = 1, X_GROUP, X_REMOTE, X_LOCAL, X_DEV, X_TTL, X_TOS, X_LABEL, X_AGEING, X_LIMIT,
       X_SRCPORT, X_DSTPORT, X_LEARNING, X_EXTERNAL, X_FLAG, X_VNIFILTER, X_DF, X_SWITCH,
       V = 0x80, E = 0x40 /* whole word only */ };

static const struct vx_word {
	char word[17];
	unsigned char id, attr, val;
} vx_kw[] = {
	{ "id", X_ID | V, IFLA_VXLAN_ID, 0 }, { "vni", X_ID | V, IFLA_VXLAN_ID, 0 },
	{ "group", X_GROUP, IFLA_VXLAN_GROUP, 0 }, { "remote", X_REMOTE, IFLA_VXLAN_GROUP, 0 },
	{ "local", X_LOCAL | V, IFLA_VXLAN_LOCAL, 0 }, { "dev", X_DEV | V, IFLA_VXLAN_LINK, 0 },
	{ "ttl", X_TTL | V, IFLA_VXLAN_TTL, 0 }, { "hoplimit", X_TTL | V, IFLA_VXLAN_TTL, 0 },
	{ "tos", X_TOS | V, IFLA_VXLAN_TOS, 0 }, { "dsfield", X_TOS | V, IFLA_VXLAN_TOS, 0 },
	{ "flowlabel", X_LABEL | V, IFLA_VXLAN_LABEL, 0 }, { "label", X_LABEL | V, IFLA_VXLAN_LABEL, 0 },
	{ "ageing", X_AGEING | V, IFLA_VXLAN_AGEING, 0 },
	{ "maxaddress", X_LIMIT | V, IFLA_VXLAN_LIMIT, 0 },
	{ "srcport", X_SRCPORT | V, IFLA_VXLAN_PORT_RANGE, 0 },
	{ "port", X_SRCPORT | V, IFLA_VXLAN_PORT_RANGE, 0 },
	{ "dstport", X_DSTPORT | V, IFLA_VXLAN_PORT, 0 },
	{ "nolearning", X_LEARNING, IFLA_VXLAN_LEARNING, 0 },
	{ "learning", X_LEARNING, IFLA_VXLAN_LEARNING, 1 },
	{ "external", X_EXTERNAL, IFLA_VXLAN_COLLECT_METADATA, 1 },
	{ "noexternal", X_EXTERNAL, IFLA_VXLAN_COLLECT_METADATA, 0 },
	{ "gbp", X_FLAG, IFLA_VXLAN_GBP, 0 }, { "gpe", X_FLAG, IFLA_VXLAN_GPE, 0 },
	{ "vnifilter", X_VNIFILTER | E, IFLA_VXLAN_VNIFILTER, 1 },
	{ "novnifilter", X_VNIFILTER | E, IFLA_VXLAN_VNIFILTER, 0 },
	{ "df", X_DF | V, IFLA_VXLAN_DF, 0 },
	{ "noproxy", X_SWITCH, IFLA_VXLAN_PROXY, 0 }, { "proxy", X_SWITCH, IFLA_VXLAN_PROXY, 1 },
	{ "norsc", X_SWITCH, IFLA_VXLAN_RSC, 0 }, { "rsc", X_SWITCH, IFLA_VXLAN_RSC, 1 },
	{ "nol2miss", X_SWITCH, IFLA_VXLAN_L2MISS, 0 }, { "l2miss", X_SWITCH, IFLA_VXLAN_L2MISS, 1 },
	{ "nol3miss", X_SWITCH, IFLA_VXLAN_L3MISS, 0 }, { "l3miss", X_SWITCH, IFLA_VXLAN_L3MISS, 1 },
	{ "udpcsum", X_SWITCH, IFLA_VXLAN_UDP_CSUM, 1 }, { "noudpcsum", X_SWITCH, IFLA_VXLAN_UDP_CSUM, 0 },
	{ "udp6zerocsumtx", X_SWITCH, IFLA_VXLAN_UDP_ZERO_CSUM6_TX, 1 },
	{ "noudp6zerocsumtx", X_SWITCH, IFLA_VXLAN_UDP_ZERO_CSUM6_TX, 0 },
	{ "udp6zerocsumrx", X_SWITCH, IFLA_VXLAN_UDP_ZERO_CSUM6_RX, 1 },
	{ "noudp6zerocsumrx", X_SWITCH, IFLA_VXLAN_UDP_ZERO_CSUM6_RX, 0 },
	{ "remcsumtx", X_SWITCH, IFLA_VXLAN_REMCSUM_TX, 1 },
	{ "noremcsumtx", X_SWITCH, IFLA_VXLAN_REMCSUM_TX, 0 },
	{ "remcsumrx", X_SWITCH, IFLA_VXLAN_REMCSUM_RX, 1 },
	{ "noremcsumrx", X_SWITCH, IFLA_VXLAN_REMCSUM_RX, 0 },
	{ "", 0, 0, 0 },
};

/* iproute2's check_duparg: each attribute once */
static void once(uint64_t *seen, unsigned attr, const char *key, const char *arg)
{
	if (*seen & (1ULL << attr))
		duparg2(key, arg);
	*seen |= 1ULL << attr;
}

static int vxlan_parse(int argc, char **argv, struct nl_req *r)
{
	uint64_t seen = 0;
	int set_op = !(r->nlh->nlmsg_flags & NLM_F_CREATE);
	inet_prefix daddr, saddr;
	unsigned vni = 0, u;
	unsigned short dstport = 0;
	int have_id = 0, have_daddr = 0, have_port = 0, have_learning = 0, have_link = 0;
	int learning = 1, metadata = 0, gpe = 0, vnifilter = 0;

	memset(&daddr, 0, sizeof(daddr));
	memset(&saddr, 0, sizeof(saddr));
	for (; argc > 0; argc--, argv++) {
		const struct vx_word *k = vx_kw, *first = vx_kw;
		while (k->word[0] && !(k->id & E ? streq(*argv, k->word) : matches(*argv, k->word)))
			k++;
		if (k->id & V) {
			while ((first->id) != k->id)
				first++;
			NEXT_ARG();
			once(&seen, k->attr, first->word, *argv);
		} else if (k->id != X_GROUP && k->id != X_REMOTE && k->id) {
			once(&seen, k->attr, *argv, *argv);
		}
		switch (k->id & ~(V | E)) {
		case X_ID:
			if (get_u32(&vni, *argv, 0) || vni >= 1u << 24)
				invarg("invalid id", *argv);
			have_id = 1;
			break;
		case X_GROUP:
		case X_REMOTE: {
			int group = k->id == X_GROUP;
			if (have_daddr && is_multicast(&daddr) != group) {
				err_fmt("vxlan: both group and remote cannot be specified\n");
				return -1;
			}
			NEXT_ARG();
			once(&seen, IFLA_VXLAN_GROUP, k->word, *argv);
			get_addr(&daddr, *argv, AF_UNSPEC);
			if (!is_inet(&daddr) || is_multicast(&daddr) != group)
				invarg(group ? "invalid group address" : "invalid remote address", *argv);
			have_daddr = 1;
			break;
		}
		case X_LOCAL:
			get_addr(&saddr, *argv, AF_UNSPEC);
			if (!is_inet(&saddr) || is_multicast(&saddr))
				invarg("invalid local address", *argv);
			break;
		case X_DEV:
			u = ll_name_to_index(*argv);
			if (!u) {
				err_fmt("Cannot find device \"%s\"\n", *argv);
				ipbox_exit(RC_USAGE);
			}
			nla_put_u32(r, IFLA_VXLAN_LINK, u);
			have_link = 1;
			break;
		case X_TTL:
			if (streq(*argv, "inherit")) {
				nla_put_flag(r, IFLA_VXLAN_TTL_INHERIT);
				break;
			}
			if (streq(*argv, "auto"))
				u = 0;
			else if (get_u32(&u, *argv, 0))
				invarg("invalid TTL", *argv);
			else if (u > 255)
				invarg("TTL must be <= 255", *argv);
			nla_put_u8(r, IFLA_VXLAN_TTL, (uint8_t)u);
			break;
		case X_TOS:
			if (streq(*argv, "inherit"))
				u = 1;
			else if (get_u32(&u, *argv, 16) || u > 255)
				invarg("bad TOS value", *argv);
			nla_put_u8(r, IFLA_VXLAN_TOS, (uint8_t)u);
			break;
		case X_LABEL:
			if (get_u32(&u, *argv, 0) || (u & ~0xfffffu))
				invarg("invalid flowlabel", *argv);
			nla_put_u32(r, IFLA_VXLAN_LABEL, be32(u));
			break;
		case X_AGEING:
		case X_LIMIT:
			/* "none" / "unlimited" are 0 */
			if (streq(*argv, k->id == (X_AGEING | V) ? "none" : "unlimited"))
				u = 0;
			else if (get_u32(&u, *argv, 0))
				invarg(k->id == (X_AGEING | V) ? "ageing timer" : "max addresses", *argv);
			nla_put_u32(r, k->attr, u);
			break;
		case X_SRCPORT: {
			unsigned short lo, hi;
			if (get_u16(&lo, *argv, 0))
				invarg("min port", *argv);
			NEXT_ARG();
			if (get_u16(&hi, *argv, 0))
				invarg("max port", *argv);
			if (lo || hi) {
				struct ifla_vxlan_port_range pr = { be16(lo), be16(hi) };
				nla_put(r, IFLA_VXLAN_PORT_RANGE, &pr, sizeof(pr));
			}
			break;
		}
		case X_DSTPORT:
			if (get_u16(&dstport, *argv, 0))
				invarg("dst port", *argv);
			have_port = 1;
			break;
		case X_LEARNING:
			learning = k->val;
			have_learning = 1;
			break;
		case X_EXTERNAL:
			metadata = k->val;
			if (metadata)
				learning = 0;
			nla_put_u8(r, k->attr, k->val);
			break;
		case X_FLAG:
			nla_put_flag(r, k->attr);
			gpe |= k->attr == IFLA_VXLAN_GPE;
			break;
		case X_VNIFILTER:
			vnifilter = k->val;
			/* fall through */
		case X_SWITCH:
			nla_put_u8(r, k->attr, k->val);
			break;
		case X_DF:
			if (streq(*argv, "unset"))
				u = 0;
			else if (streq(*argv, "set"))
				u = 1;
			else if (streq(*argv, "inherit"))
				u = 2;
			else
				invarg("DF must be 'unset', 'set' or 'inherit'", *argv);
			nla_put_u8(r, IFLA_VXLAN_DF, (uint8_t)u);
			break;
		default:
			if (!matches(*argv, "help"))
				err_fmt("vxlan: unknown command \"%s\"?\n", *argv);
			err_str(USAGE(vxlan_usage, "Usage: ... vxlan id VNI [ OPTIONS ]\n"));
			return -1;
		}
	}
	if (metadata && have_id) {
		err_fmt("vxlan: both 'external' and vni cannot be specified\n");
		return -1;
	}
	if (vnifilter && !metadata) {
		err_fmt("vxlan: vnifilter is valid only when 'external' is set\n");
		return -1;
	}
	if (!metadata && !have_id && !set_op) {
		err_fmt("vxlan: missing virtual network identifier\n");
		return -1;
	}
	if (have_daddr && is_multicast(&daddr) && !have_link) {
		err_fmt("vxlan: 'group' requires 'dev' to be specified\n");
		return -1;
	}
	if (!have_port && gpe) {
		dstport = 4790;
	} else if (!have_port && !set_op) {
		err_fmt("vxlan: destination port not specified\n"
			"Will use Linux kernel default (non-standard value)\n"
			"Use 'dstport 4789' to get the IANA assigned value\n"
			"Use 'dstport 0' to get default and quiet this message\n");
	}
	if (have_id)
		nla_put_u32(r, IFLA_VXLAN_ID, vni);
	if (is_inet(&saddr))
		nla_put(r, saddr.family == AF_INET ? IFLA_VXLAN_LOCAL : IFLA_VXLAN_LOCAL6,
			saddr.data, (size_t)saddr.bytelen);
	if (is_inet(&daddr))
		nla_put(r, daddr.family == AF_INET ? IFLA_VXLAN_GROUP : IFLA_VXLAN_GROUP6,
			daddr.data, (size_t)daddr.bytelen);
	if (!set_op || have_learning)
		nla_put_u8(r, IFLA_VXLAN_LEARNING, (uint8_t)learning);
	if (dstport)
		nla_put_u16(r, IFLA_VXLAN_PORT, be16(dstport));
	return 0;
}

/* ---- -d ---------------------------------------------------------------- */

static void print_addr(const struct rtattr *a4, const struct rtattr *a6, const char *key4,
		       const char *key6, int by_multicast)
{
	char b[ADDR_BUF];
	static const uint8_t zero[16];
	const struct rtattr *a = a4 ? a4 : a6;
	size_t len = a4 ? 4 : 16;
	int af = a4 ? AF_INET : AF_INET6;

	if (!a || nla_len(a) < len || !memcmp(nla_data(a), zero, len))
		return;
	const uint8_t *p = nla_data(a);
	int mc = a4 ? (p[0] & 0xf0) == 0xe0 : p[0] == 0xff;
	const char *key = a4 ? key4 : key6;
	if (by_multicast && mc)
		key = a4 ? "group" : "group6";
	pr_string(PR_ANY, key, by_multicast && mc ? "group %s " : by_multicast ? "remote %s " : "local %s ",
		  format_addr(af, p, b));
}

static void onoff_text(const struct rtattr *a, const char *key, const char *word)
{
	unsigned v = nla_u8(a, 0);

	if (!a)
		return;
	pr_bool(PR_JSON, key, NULL, v);
	pr_string(PR_TEXT, NULL, v ? "%s " : "no%s ", word);
}

/* "proxy " when the u8 is set (or the flag is there); -d prints them in
 * two runs */
static const struct {
	unsigned char attr;
	const char *key, *text;
} vx_flags[] = {
	{ IFLA_VXLAN_PROXY, "proxy", "proxy " }, { IFLA_VXLAN_RSC, "rsc", "rsc " },
	{ IFLA_VXLAN_L2MISS, "l2miss", "l2miss " }, { IFLA_VXLAN_L3MISS, "l3miss", "l3miss " },
	{ IFLA_VXLAN_REMCSUM_TX, "remcsum_tx", "remcsumtx " },
	{ IFLA_VXLAN_REMCSUM_RX, "remcsum_rx", "remcsumrx " },
	{ IFLA_VXLAN_GBP, "gbp", "gbp " }, { IFLA_VXLAN_GPE, "gpe", "gpe " },
};

static void print_flags(const struct rtattr **tb, int from, int to)
{
	for (int i = from; i < to; i++) {
		const struct rtattr *a = tb[vx_flags[i].attr];
		if (a && (!nla_len(a) || nla_u8(a, 0)))
			pr_bool(PR_ANY, vx_flags[i].key, vx_flags[i].text, 1);
	}
}

static void vxlan_print(const struct rtattr *data)
{
	static const char *const df_names[] = { "unset", "set", "inherit" };
	const struct rtattr *tb[IFLA_VXLAN_MAX + 1];
	char b[16];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_VXLAN_MAX, data);
	if (nla_u8(tb[IFLA_VXLAN_COLLECT_METADATA], 0)) {
		pr_bool(PR_ANY, "external", "external ", 1);
		/* 6.1 prints no space after it: "external vnifilterid 0" */
		if (nla_u8(tb[IFLA_VXLAN_VNIFILTER], 0))
			pr_bool(PR_ANY, "vnifilter", "vnifilter", 1);
	}
	if (!tb[IFLA_VXLAN_ID] || nla_len(tb[IFLA_VXLAN_ID]) < 4)
		return;
	pr_uint(PR_ANY, "id", "id %u ", nla_u32(tb[IFLA_VXLAN_ID], 0));
	print_addr(tb[IFLA_VXLAN_GROUP], tb[IFLA_VXLAN_GROUP] ? NULL : tb[IFLA_VXLAN_GROUP6],
		   "remote", "remote6", 1);
	print_addr(tb[IFLA_VXLAN_LOCAL], tb[IFLA_VXLAN_LOCAL] ? NULL : tb[IFLA_VXLAN_LOCAL6],
		   "local", "local6", 0);
	if (nla_u32(tb[IFLA_VXLAN_LINK], 0))
		pr_string(PR_ANY, "link", "dev %s ", ll_index_to_name(nla_u32(tb[IFLA_VXLAN_LINK], 0), b));
	if (tb[IFLA_VXLAN_PORT_RANGE] && nla_len(tb[IFLA_VXLAN_PORT_RANGE]) >= 4) {
		const struct ifla_vxlan_port_range *pr = nla_data(tb[IFLA_VXLAN_PORT_RANGE]);
		pr_open_obj("port_range");
		pr_uint(PR_JSON, "low", NULL, be16(pr->low));
		pr_uint(PR_JSON, "high", NULL, be16(pr->high));
		pr_close_obj();
		if (!pr_json())
			out_fmt("srcport %u %u ", be16(pr->low), be16(pr->high));
	}
	if (tb[IFLA_VXLAN_PORT])
		pr_uint(PR_ANY, "port", "dstport %u ", be16(nla_u16(tb[IFLA_VXLAN_PORT], 0)));
	if (tb[IFLA_VXLAN_LEARNING]) {
		unsigned l = nla_u8(tb[IFLA_VXLAN_LEARNING], 0);
		pr_bool(PR_JSON, "learning", NULL, l);
		if (!l)
			pr_text("nolearning ");
	}
	print_flags(tb, 0, 4);
	unsigned tos = nla_u8(tb[IFLA_VXLAN_TOS], 0);
	if (tos) {
		fmt_buf(b, sizeof(b), "0x%x", tos);
		if (pr_json() || tos != 1)
			pr_string(PR_ANY, "tos", "tos %s ", b);
		else
			pr_text("tos inherit ");
	}
	if (nla_u8(tb[IFLA_VXLAN_TTL_INHERIT], 0)) {
		pr_text("ttl inherit ");
	} else {
		unsigned ttl = nla_u8(tb[IFLA_VXLAN_TTL], 0);
		if (pr_json() || ttl)
			pr_uint(PR_ANY, "ttl", "ttl %u ", ttl);
		else
			pr_text("ttl auto ");
	}
	if (tb[IFLA_VXLAN_DF]) {
		unsigned df = nla_u8(tb[IFLA_VXLAN_DF], 0);
		if (df < 3) {
			pr_string(PR_JSON, "df", NULL, df_names[df]);
			if (df)
				pr_string(PR_TEXT, NULL, "df %s ", df_names[df]);
		}
	}
	unsigned label = be32(nla_u32(tb[IFLA_VXLAN_LABEL], 0));
	if (label) {
		fmt_buf(b, sizeof(b), "0x%x", label);
		pr_string(PR_ANY, "label", "flowlabel %s ", b);
	}
	if (tb[IFLA_VXLAN_AGEING]) {
		unsigned age = nla_u32(tb[IFLA_VXLAN_AGEING], 0);
		pr_uint(PR_ANY, "ageing", age ? "ageing %u " : "ageing none ", age);
	}
	if (nla_u32(tb[IFLA_VXLAN_LIMIT], 0))
		pr_uint(PR_ANY, "limit", "maxaddr %u ", nla_u32(tb[IFLA_VXLAN_LIMIT], 0));
	onoff_text(tb[IFLA_VXLAN_UDP_CSUM], "udp_csum", "udpcsum");
	onoff_text(tb[IFLA_VXLAN_UDP_ZERO_CSUM6_TX], "udp_zero_csum6_tx", "udp6zerocsumtx");
	onoff_text(tb[IFLA_VXLAN_UDP_ZERO_CSUM6_RX], "udp_zero_csum6_rx", "udp6zerocsumrx");
	print_flags(tb, 4, 8);
}

const struct link_kind vxlan_link_kind = {
	.id = "vxlan",
	.parse = vxlan_parse,
	.print = CONFIG_IP_LINK_DETAILS ? vxlan_print : NULL,
	.help = vxlan_help,
};
