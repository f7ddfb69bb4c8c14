/* ip rule: the routing policy database (iproute2's iprule.c). */
#include "applets/ip/ip.h"
#include "applets/ip/lib/dumpfile.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/fib_rules.h>
#include <linux/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char rule_help[] =
	"Usage: ip rule { add | del } SELECTOR ACTION\n"
	"       ip rule { flush | save | restore }\n"
	"       ip rule [ list [ SELECTOR ]]\n"
	"SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]\n"
	"            [ fwmark FWMARK[/MASK] ]\n"
	"            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]\n"
	"            [ uidrange NUMBER-NUMBER ]\n"
	"            [ ipproto PROTOCOL ]\n"
	"            [ sport [ NUMBER | NUMBER-NUMBER ]\n"
	"            [ dport [ NUMBER | NUMBER-NUMBER ] ]\n"
	"ACTION := [ table TABLE_ID ]\n"
	"          [ protocol PROTO ]\n"
	"          [ nat ADDRESS ]\n"
	"          [ realms [SRCREALM/]DSTREALM ]\n"
	"          [ goto NUMBER ]\n"
	"          SUPPRESSOR\n"
	"SUPPRESSOR := [ suppress_prefixlength NUMBER ]\n"
	"              [ suppress_ifgroup DEVGROUP ]\n"
	"TABLE_ID := [ local | main | default | NUMBER ]\n"
	;

__attribute__((noreturn)) static void usage(void)
{
	usage_exit(USAGE(rule_help, "Usage: ip rule { add | del | flush | save | restore | list } ...\n"), RC_USAGE);
}

/* ip rule list, flush and save */
enum rule_action { RULE_LIST, RULE_FLUSH, RULE_SAVE };

/* the selectors of ip rule list/flush, and which of the three */
struct rule_filter {
	enum rule_action action;
	int not, l3mdev;
	int iifmask, oifmask, uidrange;
	unsigned tb, tos, tosmask, pref, prefmask, fwmark, fwmask;
	unsigned long long tun_id;
	const char *iif, *oif;
	struct fib_rule_uid_range range;
	int protocol, protocolmask;
	struct fib_rule_port_range sport, dport;
	unsigned char ipproto;
	inet_prefix src, dst;	/* last: the fields above stay within a byte's offset */
};

static unsigned rule_table(const struct fib_rule_hdr *frh, const struct rtattr **tb)
{
	return tb[FRA_TABLE] ? nla_u32(tb[FRA_TABLE], 0) : frh->table;
}

static int rule_filter_ok(const struct rule_filter *f, const struct fib_rule_hdr *frh, const struct rtattr **tb)
{
	if (G.family != AF_UNSPEC && frh->family != G.family)
		return 0;
	if (f->prefmask && f->pref != nla_u32(tb[FRA_PRIORITY], 0))
		return 0;
	if (f->not && !(frh->flags & FIB_RULE_INVERT))
		return 0;
	if (f->src.family && (f->src.family != frh->family || f->src.bitlen > frh->src_len ||
			      nla_prefix_differs(tb[FRA_SRC], &f->src)))
		return 0;
	if (f->dst.family && (f->dst.family != frh->family || f->dst.bitlen > frh->dst_len ||
			      nla_prefix_differs(tb[FRA_DST], &f->dst)))
		return 0;
	if (f->tosmask && f->tos != frh->tos)
		return 0;
	if (f->fwmark && f->fwmark != nla_u32(tb[FRA_FWMARK], 0))
		return 0;
	if (f->fwmask && f->fwmask != nla_u32(tb[FRA_FWMASK], 0))
		return 0;
	if (f->iifmask && (!nla_str(tb[FRA_IFNAME]) || !streq(f->iif, nla_str(tb[FRA_IFNAME]))))
		return 0;
	if (f->oifmask && (!nla_str(tb[FRA_OIFNAME]) || !streq(f->oif, nla_str(tb[FRA_OIFNAME]))))
		return 0;
	if (f->l3mdev && !nla_u8(tb[FRA_L3MDEV], 0))
		return 0;
	if (f->uidrange) {
		const struct fib_rule_uid_range *r = tb[FRA_UID_RANGE] && nla_len(tb[FRA_UID_RANGE]) >= sizeof(*r)
			? nla_data(tb[FRA_UID_RANGE]) : NULL;
		if (!r || r->start != f->range.start || r->end != f->range.end)
			return 0;
	}
	if (f->ipproto && f->ipproto != nla_u8(tb[FRA_IP_PROTO], 0))
		return 0;
	const struct rtattr *ports[2] = { tb[FRA_SPORT_RANGE], tb[FRA_DPORT_RANGE] };
	const struct fib_rule_port_range *want[2] = { &f->sport, &f->dport };
	for (int i = 0; i < 2; i++) {
		if (!want[i]->start)
			continue;
		if (!ports[i] || nla_len(ports[i]) < sizeof(*want[i]))
			return 0;
		const struct fib_rule_port_range *r = nla_data(ports[i]);
		if (r->start != want[i]->start || r->end != want[i]->end)
			return 0;
	}
	if (f->tun_id) {
		unsigned long long id = nla_u64(tb[FRA_TUN_ID], 0);
		id = __builtin_bswap64(id);
		if (!tb[FRA_TUN_ID] || id != f->tun_id)
			return 0;
	}
	if (f->tb > 0 && f->tb != rule_table(frh, tb))
		return 0;
	return 1;
}

static void print_hex32(const char *key, const char *fmt, unsigned v)
{
	char b[16];

	fmt_buf(b, sizeof(b), v ? "0x%x" : "0", v);
	pr_string(PR_ANY, key, fmt, b);
}

static void print_addr_len(const char *key, const char *lkey, const char *fmt, int family,
			   const struct rtattr *a, unsigned len, int host_len, const char *what)
{
	char b[ADDR_BUF];

	if (a) {
		if ((family == AF_INET && nla_len(a) >= 4) || (family == AF_INET6 && nla_len(a) >= 16))
			format_addr(family, nla_data(a), b);
		else
			fmt_buf(b, sizeof(b), "???");
		pr_text(what);
		pr_color_string(PR_ANY, pr_family_color(family), key, "%s", b);
		if ((int)len != host_len)
			pr_uint(PR_ANY, lkey, "/%u", len);
	} else if (len) {
		pr_string(PR_ANY, key, fmt, "0");
		pr_uint(PR_ANY, lkey, "/%u", len);
	}
}

static void print_ports(const struct rtattr *a, const char *key, const char *kstart, const char *kend, const char *fmt)
{
	const struct fib_rule_port_range *r;

	if (!a || nla_len(a) < sizeof(*r))
		return;
	r = nla_data(a);
	if (r->start == r->end) {
		pr_uint(PR_ANY, key, fmt, r->start);
	} else {
		pr_uint(PR_ANY, kstart, fmt, r->start);
		pr_uint(PR_ANY, kend, "-%u", r->end);
	}
}

static int print_rule(const struct nlmsghdr *n, void *arg)
{
	const struct fib_rule_hdr *frh = NLMSG_DATA(n);
	const struct rtattr *tb[FRA_MAX + 1];
	char b1[RT_NAME_BUF];
	const struct rule_filter *f = arg;

	if (n->nlmsg_type != RTM_NEWRULE && n->nlmsg_type != RTM_DELRULE)
		return 0;
	if (n->nlmsg_len < NLMSG_LENGTH(sizeof(*frh)))
		return -1;
	if (f->action == RULE_SAVE)
		return dumpfile_put(n);
	nlmsg_parse(tb, FRA_MAX, n, sizeof(*frh));
	int host_len = af_bit_len(frh->family);
	if (!rule_filter_ok(f, frh, tb))
		return 0;
	if (f->action == RULE_FLUSH) {
		if (tb[FRA_PROTOCOL] && ((f->protocol ^ nla_u8(tb[FRA_PROTOCOL], 0)) & f->protocolmask))
			return 0;
		if (tb[FRA_PRIORITY]) {
			char buf[1024];
			struct nl_req r = { (struct nlmsghdr *)buf, sizeof(buf), 0 };
			if (n->nlmsg_len > sizeof(buf))
				return -1;
			memcpy(buf, n, n->nlmsg_len);
			r.nlh->nlmsg_type = RTM_DELRULE;
			r.nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
			/* iproute2 talks on a socket of its own, and says why */
			if (nl_get_aux_loud(&r, NULL, NULL) < 0)
				return -2;
		}
		return 0;
	}

	pr_open_obj(NULL);
	if (n->nlmsg_type == RTM_DELRULE)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	pr_uint(PR_ANY, "priority", "%u:\t", nla_u32(tb[FRA_PRIORITY], 0));
	if (frh->flags & FIB_RULE_INVERT)
		pr_null(PR_ANY, "not", "not ", NULL);
	if (tb[FRA_SRC] || frh->src_len)
		print_addr_len("src", "srclen", "from %s", frh->family, tb[FRA_SRC], frh->src_len, host_len, "from ");
	else
		pr_string(PR_ANY, "src", "from %s", "all");
	print_addr_len("dst", "dstlen", " to %s", frh->family, tb[FRA_DST], frh->dst_len, host_len, " to ");
	if (frh->tos)
		pr_string(PR_ANY, "tos", " tos %s", rt_dsfield_n2a(frh->tos, b1));
	if (tb[FRA_FWMARK] || tb[FRA_FWMASK]) {
		unsigned mask = nla_u32(tb[FRA_FWMASK], 0);
		print_hex32("fwmark", " fwmark %s", nla_u32(tb[FRA_FWMARK], 0));
		if (tb[FRA_FWMASK] && mask != 0xFFFFFFFF)
			print_hex32("fwmask", "/%s", mask);
	}
	if (tb[FRA_IFNAME]) {
		pr_text(" iif ");
		pr_color_string(PR_ANY, PR_C_IFNAME, "iif", "%s", nla_str(tb[FRA_IFNAME]) ? nla_str(tb[FRA_IFNAME]) : "");
		if (frh->flags & FIB_RULE_IIF_DETACHED)
			pr_null(PR_ANY, "iif_detached", " [detached]", NULL);
	}
	if (tb[FRA_OIFNAME]) {
		pr_text(" oif ");
		pr_color_string(PR_ANY, PR_C_IFNAME, "oif", "%s", nla_str(tb[FRA_OIFNAME]) ? nla_str(tb[FRA_OIFNAME]) : "");
		if (frh->flags & FIB_RULE_OIF_DETACHED)
			pr_null(PR_ANY, "oif_detached", " [detached]", NULL);
	}
	if (tb[FRA_L3MDEV] && nla_u8(tb[FRA_L3MDEV], 0))
		pr_null(PR_ANY, "l3mdev", " lookup [l3mdev-table]", NULL);
	if (tb[FRA_UID_RANGE] && nla_len(tb[FRA_UID_RANGE]) >= sizeof(struct fib_rule_uid_range)) {
		const struct fib_rule_uid_range *r = nla_data(tb[FRA_UID_RANGE]);
		pr_uint(PR_ANY, "uid_start", " uidrange %u", r->start);
		pr_uint(PR_ANY, "uid_end", "-%u", r->end);
	}
	if (tb[FRA_IP_PROTO])
		pr_string(PR_ANY, "ipproto", " ipproto %s", inet_proto_n2a(nla_u8(tb[FRA_IP_PROTO], 0), b1));
	print_ports(tb[FRA_SPORT_RANGE], "sport", "sport_start", "sport_end", " sport %u");
	print_ports(tb[FRA_DPORT_RANGE], "dport", "dport_start", "dport_end", " dport %u");
	if (tb[FRA_TUN_ID])
		pr_uint(PR_ANY, "tun_id", " tun_id %llu", __builtin_bswap64(nla_u64(tb[FRA_TUN_ID], 0)));
	unsigned table = rule_table(frh, tb);
	if (table) {
		pr_string(PR_ANY, "table", " lookup %s", rt_table_n2a(table, b1));
		if (tb[FRA_SUPPRESS_PREFIXLEN]) {
			int pl = (int)nla_u32(tb[FRA_SUPPRESS_PREFIXLEN], 0);
			if (pl != -1)
				pr_int(PR_ANY, "suppress_prefixlen", " suppress_prefixlength %d", pl);
		}
		if (tb[FRA_SUPPRESS_IFGROUP]) {
			int group = (int)nla_u32(tb[FRA_SUPPRESS_IFGROUP], 0);
			if (group != -1) {
				if (group == 0 && !G.numeric)
					fmt_buf(b1, sizeof(b1), "default");
				else
					fmt_buf(b1, sizeof(b1), "%d", group);
				pr_string(PR_ANY, "suppress_ifgroup", " suppress_ifgroup %s", b1);
			}
		}
	}
	if (tb[FRA_FLOW]) {
		unsigned to = nla_u32(tb[FRA_FLOW], 0), from = to >> 16;
		to &= 0xFFFF;
		if (from)
			pr_string(PR_ANY, "flow_from", " realms %s/", rt_realm_n2a(from, b1));
		else
			pr_text(" realms ");
		pr_string(PR_ANY, "flow_to", "%s", rt_realm_n2a(to, b1));
	}
	if (frh->action == RTN_NAT) {
		if (tb[RTA_GATEWAY] && nla_len(tb[RTA_GATEWAY]) >= 4) {
			char ab[ADDR_BUF];
			pr_string(PR_ANY, "nat_gateway", " map-to %s", format_addr(frh->family, nla_data(tb[RTA_GATEWAY]), ab));
		} else {
			pr_null(PR_ANY, "masquerade", " masquerade", NULL);
		}
	} else if (frh->action == FR_ACT_GOTO) {
		if (tb[FRA_GOTO])
			pr_uint(PR_ANY, "goto", " goto %u", nla_u32(tb[FRA_GOTO], 0));
		else
			pr_string(PR_ANY, "goto", " goto %s", "none");
		if (frh->flags & FIB_RULE_UNRESOLVED)
			pr_null(PR_ANY, "unresolved", " [unresolved]", NULL);
	} else if (frh->action == FR_ACT_NOP) {
		pr_null(PR_ANY, "nop", " nop", NULL);
	} else if (frh->action != FR_ACT_TO_TBL) {
		pr_string(PR_ANY, "action", " %s", rt_type_n2a(frh->action, b1));
	}
	if (tb[FRA_PROTOCOL]) {
		unsigned proto = nla_u8(tb[FRA_PROTOCOL], 0);
		if ((proto && proto != RTPROT_KERNEL) || G.details)
			pr_string(PR_ANY, "protocol", " proto %s", rt_proto_n2a(proto, b1));
	}
	pr_text("\n");
	pr_close_obj();
	return 0;
}

/* "%u-%u" as sscanf reads it: 2 when both numbers are there */
static int scan_range(const char *s, unsigned long *a, unsigned long *b)
{
	char *end;

	*a = str_to_ull(s, &end, 10);
	if (end == s)
		return 0;
	if (*end != '-')
		return 1;
	s = end + 1;
	*b = str_to_ull(s, &end, 10);
	return end == s ? 1 : 2;
}

/* sport/dport ARG: NUMBER or NUMBER-NUMBER, or exit with iproute2's message */
static void parse_ports(struct fib_rule_port_range *r, int sport, const char *arg)
{
	unsigned long a = 0, b = 0;
	int n = scan_range(arg, &a, &b);

	if (n == 0)
		invarg(sport ? "invalid port range\n" : "invalid dport range\n", arg);
	r->start = (unsigned short)a;
	r->end = (unsigned short)(n == 1 ? a : b);
}

static int parse_uids(struct fib_rule_uid_range *r, const char *arg)
{
	unsigned long a, b;

	if (scan_range(arg, &a, &b) != 2)
		return -1;
	r->start = (unsigned)a;
	r->end = (unsigned)b;
	return 0;
}

static void parse_fwmark(const char *arg, unsigned *mark, unsigned *mask, int *has_mask)
{
	char word[64];
	const char *slash = strchr(arg, '/');
	size_t n = slash ? (size_t)(slash - arg) : strlen(arg);

	fmt_buf(word, sizeof(word), "%.*s", (int)n, arg);
	if (n >= sizeof(word) || get_u32(mark, word, 0))
		invarg("fwmark value is invalid\n", word);
	*has_mask = slash != NULL;
	if (slash && get_u32(mask, slash + 1, 0))
		invarg("fwmask value is invalid\n", slash + 1);
}

/* iif/dev/oif ARG: a name the kernel can take, or exit */
static const char *ifname_arg(int oif, const char *s)
{
	if (ll_check_ifname(s, IFNAMSIZ))
		invarg(oif ? "\"oif\" not a valid ifname" : "\"iif\"/\"dev\" not a valid ifname", s);
	return s;
}

static const uint32_t rule_magic = 0x71706986;

static int rule_list_or_flush(int argc, char **argv, enum rule_action action)
{
	int af = G.family ? G.family : AF_INET;
	unsigned v;
	struct rule_filter filter = { .action = action }, *f = &filter;

	if (action == RULE_SAVE) {
		if (argc > 0) {
			err_fmt("\"ip rule save\" does not take any arguments.\n");
			return RC_LOCAL;
		}
		if (dumpfile_start(rule_magic))
			return RC_LOCAL;
	}
	for (; argc > 0; argc--, argv++) {
		if (matches(*argv, "preference") || matches(*argv, "order") || matches(*argv, "priority")) {
			NEXT_ARG();
			if (get_u32(&f->pref, *argv, 0))
				invarg("preference value is invalid\n", *argv);
			f->prefmask = 1;
		} else if (streq(*argv, "not")) {
			f->not = 1;
		} else if (streq(*argv, "tos")) {
			NEXT_ARG();
			if (rt_dsfield_a2n(&f->tos, *argv))
				invarg("TOS value is invalid\n", *argv);
			f->tosmask = 1;
		} else if (streq(*argv, "fwmark")) {
			int has_mask;
			unsigned mask = 0;
			NEXT_ARG();
			parse_fwmark(*argv, &f->fwmark, &mask, &has_mask);
			if (has_mask)
				f->fwmask = mask;
		} else if (streq(*argv, "dev") || streq(*argv, "iif")) {
			NEXT_ARG();
			f->iif = ifname_arg(0, *argv);
			f->iifmask = 1;
		} else if (streq(*argv, "oif")) {
			NEXT_ARG();
			f->oif = ifname_arg(1, *argv);
			f->oifmask = 1;
		} else if (streq(*argv, "l3mdev")) {
			f->l3mdev = 1;
		} else if (streq(*argv, "uidrange")) {
			NEXT_ARG();
			f->uidrange = 1;
			if (parse_uids(&f->range, *argv))
				invarg("invalid UID range\n", *argv);
		} else if (matches(*argv, "tun_id")) {
			NEXT_ARG();
			if (get_u64(&f->tun_id, *argv, 0))
				invarg("\"tun_id\" value is invalid\n", *argv);
		} else if (matches(*argv, "lookup") || matches(*argv, "table")) {
			NEXT_ARG();
			if (rt_table_a2n(&f->tb, *argv))
				invarg("table id value is invalid\n", *argv);
		} else if (matches(*argv, "from") || matches(*argv, "src")) {
			NEXT_ARG();
			get_prefix(&f->src, *argv, af);
		} else if (matches(*argv, "protocol")) {
			NEXT_ARG();
			f->protocolmask = -1;
			if (rt_proto_a2n(&v, *argv)) {
				if (!streq(*argv, "all"))
					invarg("invalid \"protocol\"\n", *argv);
				v = 0;
				f->protocolmask = 0;
			}
			f->protocol = (int)v;
		} else if (streq(*argv, "ipproto")) {
			NEXT_ARG();
			f->ipproto = inet_proto_arg(*argv);
		} else if (streq(*argv, "sport")) {
			NEXT_ARG();
			parse_ports(&f->sport, 1, *argv);
		} else if (streq(*argv, "dport")) {
			NEXT_ARG();
			parse_ports(&f->dport, 0, *argv);
		} else {
			if (matches(*argv, "dst") || matches(*argv, "to"))
				NEXT_ARG();
			get_prefix(&f->dst, *argv, af);
		}
	}

	char buf[128];
	struct nl_req r;
	struct fib_rule_hdr *frh = nl_req_init(&r, buf, sizeof(buf), RTM_GETRULE, 0, sizeof(*frh));
	frh->family = (unsigned char)af;
	pr_begin();
	if (nl_dump(&r, print_rule, f) < 0) {
		err_fmt("Dump terminated\n");
		return RC_USAGE;	/* 6.1 exits -1 here */
	}
	pr_end();
	return RC_OK;
}

static int rule_modify(int argc, char **argv, int cmd)
{
	char buf[1024];
	struct nl_req req;
	struct fib_rule_hdr *frh = nl_req_init(&req, buf, sizeof(buf), cmd, 0, sizeof(*frh));
	int l3mdev_rule = 0, table_ok = 0;
	unsigned tid = 0, v;
	inet_prefix p;

	frh->family = (unsigned char)G.family;
	frh->action = FR_ACT_UNSPEC;
	if (cmd == RTM_NEWRULE) {
		if (argc == 0) {
			err_fmt("\"ip rule add\" requires arguments.\n");
			return RC_LOCAL;
		}
		req.nlh->nlmsg_flags |= NLM_F_CREATE | NLM_F_EXCL;
		frh->action = FR_ACT_TO_TBL;
	}
	if (cmd == RTM_DELRULE && argc == 0) {
		err_fmt("\"ip rule del\" requires arguments.\n");
		return RC_LOCAL;
	}
	for (; argc > 0; argc--, argv++) {
		if (streq(*argv, "not")) {
			frh->flags |= FIB_RULE_INVERT;
		} else if (streq(*argv, "from") || streq(*argv, "to")) {
			int from = (*argv)[0] == 'f';
			NEXT_ARG();
			get_prefix(&p, *argv, frh->family);
			if (from)
				frh->src_len = (unsigned char)p.bitlen;
			else
				frh->dst_len = (unsigned char)p.bitlen;
			nla_put(&req, from ? FRA_SRC : FRA_DST, p.data, (size_t)p.bytelen);
		} else if (matches(*argv, "preference") || matches(*argv, "order") || matches(*argv, "priority")) {
			v = kw_value(&argc, &argv, kw_u32, "preference value is invalid\n");
			nla_put_u32(&req, FRA_PRIORITY, v);
		} else if (streq(*argv, "tos") || matches(*argv, "dsfield")) {
			frh->tos = (unsigned char)kw_value(&argc, &argv, rt_dsfield_a2n, "TOS value is invalid\n");
		} else if (streq(*argv, "fwmark")) {
			unsigned mark, mask;
			int has_mask;
			NEXT_ARG();
			parse_fwmark(*argv, &mark, &mask, &has_mask);
			nla_put_u32(&req, FRA_FWMARK, mark);
			if (has_mask)
				nla_put_u32(&req, FRA_FWMASK, mask);
		} else if (matches(*argv, "realms")) {
			v = kw_value(&argc, &argv, rt_realms_a2n, "invalid realms\n");
			nla_put_u32(&req, FRA_FLOW, v);
		} else if (matches(*argv, "protocol")) {
			v = kw_value(&argc, &argv, rt_proto_a2n, "\"protocol\" value is invalid\n");
			nla_put_u8(&req, FRA_PROTOCOL, (uint8_t)v);
		} else if (matches(*argv, "tun_id")) {
			unsigned long long id;
			NEXT_ARG();
			if (get_u64(&id, *argv, 0))
				invarg("\"tun_id\" value is invalid\n", *argv);
			nla_put_u64(&req, FRA_TUN_ID, __builtin_bswap64(id));
		} else if (matches(*argv, "table") || streq(*argv, "lookup")) {
			tid = kw_value(&argc, &argv, rt_table_a2n, "invalid table ID\n");
			if (tid < 256) {
				frh->table = (unsigned char)tid;
			} else {
				frh->table = RT_TABLE_UNSPEC;
				nla_put_u32(&req, FRA_TABLE, tid);
			}
			table_ok = 1;
		} else if (matches(*argv, "suppress_prefixlength") || streq(*argv, "sup_pl")) {
			int pl;
			NEXT_ARG();
			if (get_s32(&pl, *argv, 0) || pl < 0)
				invarg("suppress_prefixlength value is invalid\n", *argv);
			nla_put_u32(&req, FRA_SUPPRESS_PREFIXLEN, (unsigned)pl);
		} else if (matches(*argv, "suppress_ifgroup") || streq(*argv, "sup_group")) {
			int group;
			NEXT_ARG();
			if (streq(*argv, "default"))
				group = 0;
			else if (get_s32(&group, *argv, 0) || group < 0)
				invarg("Invalid \"suppress_ifgroup\" value\n", *argv);
			nla_put_u32(&req, FRA_SUPPRESS_IFGROUP, (unsigned)group);
		} else if (streq(*argv, "dev") || streq(*argv, "iif") || streq(*argv, "oif")) {
			int oif = (*argv)[0] == 'o';
			NEXT_ARG();
			nla_put_strz(&req, oif ? FRA_OIFNAME : FRA_IFNAME, ifname_arg(oif, *argv));
		} else if (streq(*argv, "l3mdev")) {
			nla_put_u8(&req, FRA_L3MDEV, 1);
			table_ok = 1;
			l3mdev_rule = 1;
		} else if (streq(*argv, "uidrange")) {
			struct fib_rule_uid_range r;
			NEXT_ARG();
			if (parse_uids(&r, *argv))
				invarg("invalid UID range\n", *argv);
			nla_put(&req, FRA_UID_RANGE, &r, sizeof(r));
		} else if (streq(*argv, "nat") || matches(*argv, "map-to")) {
			NEXT_ARG();
			err_fmt("Warning: route NAT is deprecated\n");
			get_addr(&p, *argv, AF_INET);
			nla_put(&req, RTA_GATEWAY, p.data, 4);
			frh->action = RTN_NAT;
		} else if (streq(*argv, "ipproto")) {
			NEXT_ARG();
			nla_put_u8(&req, FRA_IP_PROTO, inet_proto_arg(*argv));
		} else if (streq(*argv, "sport") || streq(*argv, "dport")) {
			struct fib_rule_port_range r;
			int sport = (*argv)[0] == 's';
			NEXT_ARG();
			parse_ports(&r, sport, *argv);
			nla_put(&req, sport ? FRA_SPORT_RANGE : FRA_DPORT_RANGE, &r, sizeof(r));
		} else {
			unsigned type;
			if (streq(*argv, "type"))
				NEXT_ARG();
			if (matches(*argv, "help")) {
				usage();
			} else if (matches(*argv, "goto")) {
				type = FR_ACT_GOTO;
				v = kw_value(&argc, &argv, kw_u32, "invalid target\n");
				nla_put_u32(&req, FRA_GOTO, v);
			} else if (matches(*argv, "nop")) {
				type = FR_ACT_NOP;
			} else if (rt_type_a2n(&type, *argv)) {
				invarg("Failed to parse rule type", *argv);
			}
			frh->action = (unsigned char)type;
			table_ok = 1;
		}
	}
	if (l3mdev_rule && tid != 0) {
		err_fmt("table can not be specified for l3mdev rules\n");
		return 22;	/* iproute2 returns -EINVAL here */
	}
	if (frh->family == AF_UNSPEC)
		frh->family = AF_INET;
	if (!table_ok && cmd == RTM_NEWRULE)
		frh->table = RT_TABLE_MAIN;
	return nl_talk(&req, 0) < 0 ? RC_KERNEL : RC_OK;
}

/* iproute2 exits with rtnl_from_file's -1 on any failure */
static int rule_restore(void)
{
	if (dumpfile_magic(rule_magic, "rule") || dumpfile_each(dumpfile_restore, NULL) < 0)
		return RC_USAGE;
	return RC_OK;
}

static int rule_list(int argc, char **argv)
{
	return rule_list_or_flush(argc, argv, RULE_LIST);
}

static int rule_save(int argc, char **argv)
{
	return rule_list_or_flush(argc, argv, RULE_SAVE);
}

static int rule_flush(int argc, char **argv)
{
	return rule_list_or_flush(argc, argv, RULE_FLUSH);
}

static int rule_restore_cmd(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return rule_restore();
}

static int rule_add(int argc, char **argv)
{
	return rule_modify(argc, argv, RTM_NEWRULE);
}

static int rule_delete(int argc, char **argv)
{
	return rule_modify(argc, argv, RTM_DELRULE);
}

static int rule_help_cmd(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	usage();
}

int do_iprule(int argc, char **argv)
{
	/* iproute2's order, first prefix match wins */
	static const struct kw_cmd cmds[] = {
		{ "list|lst|show", rule_list }, { "save", rule_save },
		{ "restore", rule_restore_cmd }, { "add", rule_add },
		{ "delete", rule_delete }, { "flush", rule_flush }, { "help", rule_help_cmd },
	};

	return IP_SUBCMD(cmds, argc, argv, "rule");
}
