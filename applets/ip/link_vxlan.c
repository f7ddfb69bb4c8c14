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

/* the state of a parse: what iproute2 6.1 puts at the end */
struct vx {
	uint64_t seen;		/* the attributes given */
	inet_prefix daddr, saddr;
	unsigned vni;
	unsigned short dstport;
	unsigned char learning, metadata, vnifilter;
};

/* the options in iproute2 6.1's order, matched by prefix, first match
 * wins (see struct link_opt); X_*: what vx_option reads */
enum { X_ID, X_GROUP, X_REMOTE, X_LOCAL, X_TTL, X_TOS, X_SRCPORT, X_DSTPORT, X_LEARNING,
       X_EXTERNAL, X_VNIFILTER };
#define VX_KIND(w, id, attr, val) { w, { NULL }, OPT_KIND, 0, attr, val, id }
#define VX_VALUE(w, id, attr, bits, msg) { w, { msg }, OPT_KIND, OPT_VALUE, attr, bits, id }
#define VX_SET(w, attr, val) { w, { NULL }, OPT_SET, 0, attr, val, 0 }

static const char *const df_words[] = { "DF must be 'unset', 'set' or 'inherit'", "unset", "set", "inherit", NULL };

static const struct link_opt vx_opts[] = {
	VX_VALUE("id", X_ID, IFLA_VXLAN_ID, 24, "invalid id"),
	VX_VALUE("vni", X_ID, IFLA_VXLAN_ID, 24, "invalid id"),
	{ "group", { NULL }, OPT_KIND, OPT_AGAIN, IFLA_VXLAN_GROUP, 0, X_GROUP },
	{ "remote", { NULL }, OPT_KIND, OPT_AGAIN, IFLA_VXLAN_GROUP, 0, X_REMOTE },
	VX_VALUE("local", X_LOCAL, IFLA_VXLAN_LOCAL, 0, NULL),
	{ "dev", { NULL }, OPT_DEV, 0, IFLA_VXLAN_LINK, 0, 0 },
	VX_VALUE("ttl", X_TTL, IFLA_VXLAN_TTL, 0, NULL),
	VX_VALUE("hoplimit", X_TTL, IFLA_VXLAN_TTL, 0, NULL),
	VX_VALUE("tos", X_TOS, IFLA_VXLAN_TOS, 0, NULL),
	VX_VALUE("dsfield", X_TOS, IFLA_VXLAN_TOS, 0, NULL),
	{ "flowlabel", { "invalid flowlabel" }, OPT_BE32, 0, IFLA_VXLAN_LABEL, 20, 0 },
	{ "label", { "invalid flowlabel" }, OPT_BE32, 0, IFLA_VXLAN_LABEL, 20, 0 },
	{ "ageing", { "ageing timer" }, OPT_U32, OPT_NONE, IFLA_VXLAN_AGEING, 32, 0 },
	{ "maxaddress", { "max addresses" }, OPT_U32, OPT_UNLIMITED, IFLA_VXLAN_LIMIT, 32, 0 },
	VX_VALUE("srcport", X_SRCPORT, IFLA_VXLAN_PORT_RANGE, 16, "min port"),
	VX_VALUE("port", X_SRCPORT, IFLA_VXLAN_PORT_RANGE, 16, "min port"),
	VX_VALUE("dstport", X_DSTPORT, IFLA_VXLAN_PORT, 16, "dst port"),
	VX_KIND("nolearning", X_LEARNING, IFLA_VXLAN_LEARNING, 0),
	VX_KIND("learning", X_LEARNING, IFLA_VXLAN_LEARNING, 1),
	VX_KIND("external", X_EXTERNAL, IFLA_VXLAN_COLLECT_METADATA, 1),
	VX_KIND("noexternal", X_EXTERNAL, IFLA_VXLAN_COLLECT_METADATA, 0),
	{ "gbp", { NULL }, OPT_FLAG, 0, IFLA_VXLAN_GBP, 0, 0 },
	{ "gpe", { NULL }, OPT_FLAG, 0, IFLA_VXLAN_GPE, 0, 0 },
	{ "vnifilter", { NULL }, OPT_KIND, OPT_WHOLE, IFLA_VXLAN_VNIFILTER, 1, X_VNIFILTER },
	{ "novnifilter", { NULL }, OPT_KIND, OPT_WHOLE, IFLA_VXLAN_VNIFILTER, 0, X_VNIFILTER },
	{ "df", { .words = df_words }, OPT_WORDS, 0, IFLA_VXLAN_DF, 0, 0 },
	VX_SET("noproxy", IFLA_VXLAN_PROXY, 0), VX_SET("proxy", IFLA_VXLAN_PROXY, 1),
	VX_SET("norsc", IFLA_VXLAN_RSC, 0), VX_SET("rsc", IFLA_VXLAN_RSC, 1),
	VX_SET("nol2miss", IFLA_VXLAN_L2MISS, 0), VX_SET("l2miss", IFLA_VXLAN_L2MISS, 1),
	VX_SET("nol3miss", IFLA_VXLAN_L3MISS, 0), VX_SET("l3miss", IFLA_VXLAN_L3MISS, 1),
	VX_SET("udpcsum", IFLA_VXLAN_UDP_CSUM, 1), VX_SET("noudpcsum", IFLA_VXLAN_UDP_CSUM, 0),
	VX_SET("udp6zerocsumtx", IFLA_VXLAN_UDP_ZERO_CSUM6_TX, 1),
	VX_SET("noudp6zerocsumtx", IFLA_VXLAN_UDP_ZERO_CSUM6_TX, 0),
	VX_SET("udp6zerocsumrx", IFLA_VXLAN_UDP_ZERO_CSUM6_RX, 1),
	VX_SET("noudp6zerocsumrx", IFLA_VXLAN_UDP_ZERO_CSUM6_RX, 0),
	VX_SET("remcsumtx", IFLA_VXLAN_REMCSUM_TX, 1), VX_SET("noremcsumtx", IFLA_VXLAN_REMCSUM_TX, 0),
	VX_SET("remcsumrx", IFLA_VXLAN_REMCSUM_RX, 1), VX_SET("noremcsumrx", IFLA_VXLAN_REMCSUM_RX, 0),
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

static int vx_option(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	struct vx *vx = st;
	int argc = *argcp;
	char **argv = *argvp;
	unsigned u;

	switch (o->id) {
	case X_ID:
		vx->vni = link_opt_number(o, *argv);
		break;
	case X_GROUP:
	case X_REMOTE: {
		int group = o->id == X_GROUP;
		if ((vx->seen >> IFLA_VXLAN_GROUP & 1) && is_multicast(&vx->daddr) != group) {
			err_fmt("vxlan: both group and remote cannot be specified\n");
			return -1;
		}
		NEXT_ARG();
		link_opt_once(&vx->seen, IFLA_VXLAN_GROUP, o->word, *argv);
		get_addr(&vx->daddr, *argv, AF_UNSPEC);
		if (!is_inet(&vx->daddr) || is_multicast(&vx->daddr) != group)
			invarg(group ? "invalid group address" : "invalid remote address", *argv);
		break;
	}
	case X_LOCAL:
		get_addr(&vx->saddr, *argv, AF_UNSPEC);
		if (!is_inet(&vx->saddr) || is_multicast(&vx->saddr))
			invarg("invalid local address", *argv);
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
	case X_SRCPORT: {
		unsigned short lo = (unsigned short)link_opt_number(o, *argv), hi;
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
		vx->dstport = (unsigned short)link_opt_number(o, *argv);
		break;
	case X_LEARNING:
		vx->learning = o->val;
		break;
	case X_EXTERNAL:
		vx->metadata = o->val;
		if (vx->metadata)
			vx->learning = 0;
		nla_put_u8(r, o->attr, o->val);
		break;
	case X_VNIFILTER:
		vx->vnifilter = o->val;
		nla_put_u8(r, o->attr, o->val);
		break;
	}
	*argcp = argc;
	*argvp = argv;
	return 0;
}

static const struct link_opts vx_kind_opts = {
	vx_opts, "vxlan: unknown command", USAGE(vxlan_usage, "Usage: ... vxlan id VNI [ OPTIONS ]\n"), vx_option,
};

static int vxlan_parse(int argc, char **argv, struct nl_req *r)
{
	struct vx vx = { .learning = 1 };
	int set_op = !(r->nlh->nlmsg_flags & NLM_F_CREATE);

	if (link_opts_parse(&vx_kind_opts, argc, argv, r, &vx.seen, &vx))
		return -1;
	int have_id = vx.seen >> IFLA_VXLAN_ID & 1;
	if (vx.metadata && have_id) {
		err_fmt("vxlan: both 'external' and vni cannot be specified\n");
		return -1;
	}
	if (vx.vnifilter && !vx.metadata) {
		err_fmt("vxlan: vnifilter is valid only when 'external' is set\n");
		return -1;
	}
	if (!vx.metadata && !have_id && !set_op) {
		err_fmt("vxlan: missing virtual network identifier\n");
		return -1;
	}
	if ((vx.seen >> IFLA_VXLAN_GROUP & 1) && is_multicast(&vx.daddr) && !(vx.seen >> IFLA_VXLAN_LINK & 1)) {
		err_fmt("vxlan: 'group' requires 'dev' to be specified\n");
		return -1;
	}
	if (!(vx.seen >> IFLA_VXLAN_PORT & 1) && (vx.seen >> IFLA_VXLAN_GPE & 1)) {
		vx.dstport = 4790;
	} else if (!(vx.seen >> IFLA_VXLAN_PORT & 1) && !set_op) {
		err_fmt("vxlan: destination port not specified\n"
			"Will use Linux kernel default (non-standard value)\n"
			"Use 'dstport 4789' to get the IANA assigned value\n"
			"Use 'dstport 0' to get default and quiet this message\n");
	}
	if (have_id)
		nla_put_u32(r, IFLA_VXLAN_ID, vx.vni);
	if (is_inet(&vx.saddr))
		nla_put(r, vx.saddr.family == AF_INET ? IFLA_VXLAN_LOCAL : IFLA_VXLAN_LOCAL6,
			vx.saddr.data, (size_t)vx.saddr.bytelen);
	if (is_inet(&vx.daddr))
		nla_put(r, vx.daddr.family == AF_INET ? IFLA_VXLAN_GROUP : IFLA_VXLAN_GROUP6,
			vx.daddr.data, (size_t)vx.daddr.bytelen);
	if (!set_op || (vx.seen >> IFLA_VXLAN_LEARNING & 1))
		nla_put_u8(r, IFLA_VXLAN_LEARNING, vx.learning);
	if (vx.dstport)
		nla_put_u16(r, IFLA_VXLAN_PORT, be16(vx.dstport));
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
	.parse = vxlan_parse,
	.print = CONFIG_IP_LINK_DETAILS ? vxlan_print : NULL,
	.help = vxlan_help,
};
