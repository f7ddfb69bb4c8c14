/* ip link add NAME type bond [OPTIONS], ip link set DEV type bond_slave
 * [queue_id ID] [prio PRIO], and -d's details of both, as iproute2 6.1. */
#include "applets/ip/ip.h"

#include <linux/if_bonding.h>
#include <linux/if_link.h>
#include <string.h>

static const char bond_usage[] =
	"Usage: ... bond [ mode BONDMODE ] [ active_slave SLAVE_DEV ]\n"
	"                [ clear_active_slave ] [ miimon MIIMON ]\n"
	"                [ updelay UPDELAY ] [ downdelay DOWNDELAY ]\n"
	"                [ peer_notify_delay DELAY ]\n"
	"                [ use_carrier USE_CARRIER ]\n"
	"                [ arp_interval ARP_INTERVAL ]\n"
	"                [ arp_validate ARP_VALIDATE ]\n"
	"                [ arp_all_targets ARP_ALL_TARGETS ]\n"
	"                [ arp_ip_target [ ARP_IP_TARGET, ... ] ]\n"
	"                [ ns_ip6_target [ NS_IP6_TARGET, ... ] ]\n"
	"                [ primary SLAVE_DEV ]\n"
	"                [ primary_reselect PRIMARY_RESELECT ]\n"
	"                [ fail_over_mac FAIL_OVER_MAC ]\n"
	"                [ xmit_hash_policy XMIT_HASH_POLICY ]\n"
	"                [ resend_igmp RESEND_IGMP ]\n"
	"                [ num_grat_arp|num_unsol_na NUM_GRAT_ARP|NUM_UNSOL_NA ]\n"
	"                [ all_slaves_active ALL_SLAVES_ACTIVE ]\n"
	"                [ min_links MIN_LINKS ]\n"
	"                [ lp_interval LP_INTERVAL ]\n"
	"                [ packets_per_slave PACKETS_PER_SLAVE ]\n"
	"                [ tlb_dynamic_lb TLB_DYNAMIC_LB ]\n"
	"                [ lacp_rate LACP_RATE ]\n"
	"                [ lacp_active LACP_ACTIVE]\n"
	"                [ ad_select AD_SELECT ]\n"
	"                [ ad_user_port_key PORTKEY ]\n"
	"                [ ad_actor_sys_prio SYSPRIO ]\n"
	"                [ ad_actor_system LLADDR ]\n"
	"                [ arp_missed_max MISSED_MAX ]\n"
	"\n"
	"BONDMODE := balance-rr|active-backup|balance-xor|broadcast|802.3ad|balance-tlb|balance-alb\n"
	"ARP_VALIDATE := none|active|backup|all|filter|filter_active|filter_backup\n"
	"ARP_ALL_TARGETS := any|all\n"
	"PRIMARY_RESELECT := always|better|failure\n"
	"FAIL_OVER_MAC := none|active|follow\n"
	"XMIT_HASH_POLICY := layer2|layer2+3|layer3+4|encap2+3|encap3+4|vlan+srcmac\n"
	"LACP_ACTIVE := off|on\n"
	"LACP_RATE := slow|fast\n"
	"AD_SELECT := stable|bandwidth|count\n";
#define BOND_BRIEF "Usage: ... bond [ OPTIONS ]\n"

static void bond_help(void)
{
	out_str(USAGE(bond_usage, BOND_BRIEF));
}

/* the names of a mode-like option's values, the place is the value; each
 * list ends with an empty string */
enum { T_MODE, T_ARP_VALIDATE, T_ALL_TARGETS, T_RESELECT, T_FOM, T_XMIT, T_LACP_ACTIVE, T_LACP_RATE, T_AD_SELECT };
static const char *const bond_tbl[][8] = {
	[T_MODE] = { "balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb", "balance-alb", "" },
	[T_ARP_VALIDATE] = { "none", "active", "backup", "all", "filter", "filter_active", "filter_backup", "" },
	[T_ALL_TARGETS] = { "any", "all", "" },
	[T_RESELECT] = { "always", "better", "failure", "" },
	[T_FOM] = { "none", "active", "follow", "" },
	[T_XMIT] = { "layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4", "vlan+srcmac", "" },
	[T_LACP_ACTIVE] = { "off", "on", "" },
	[T_LACP_RATE] = { "slow", "fast", "" },
	[T_AD_SELECT] = { "stable", "bandwidth", "count", "" },
};

/* 6.1's get_name: the name of value V, or "UNKNOWN" */
static const char *bond_name(unsigned t, unsigned v)
{
	return v < 8 && *bond_tbl[t][v] ? bond_tbl[t][v] : "UNKNOWN";
}

/* 6.1's get_index: a place given as a decimal integer, else a name */
static int bond_index(unsigned t, const char *arg)
{
	char *end;
	long long v = str_to_ll(arg, &end, 10);
	int i;

	if (*arg && !*end)
		for (i = 0; *bond_tbl[t][i]; i++)
			if (i == v)
				return i;
	for (i = 0; *bond_tbl[t][i]; i++)
		if (streq(arg, bond_tbl[t][i]))
			return i;
	return -1;
}

/* OPT_KIND rows: B_WORDS reads a name of bond_tbl[VAL & 15] (VAL & 16: a
 * u32, else a u8) */
enum { B_WORDS, B_DEV, B_CLEAR, B_TARGETS4, B_TARGETS6, B_LLADDR };
#define B_U32 16
#define BOND_W(w, t, attr, msg) { w, { msg }, OPT_KIND, OPT_VALUE | OPT_AGAIN, attr, t, B_WORDS }
#define BOND_N(w, type, bits, attr, msg) { w, { msg }, type, OPT_AGAIN, attr, bits, 0 }
#define BOND_K(w, id, flags, attr) { w, { NULL }, OPT_KIND, (flags) | OPT_AGAIN, attr, 0, id }

/* 6.1's order: the first row a word is a prefix of wins */
static const struct link_opt bond_opts[] = {
	BOND_W("mode", T_MODE, IFLA_BOND_MODE, "invalid mode"),
	BOND_K("active_slave", B_DEV, OPT_VALUE, IFLA_BOND_ACTIVE_SLAVE),
	BOND_K("clear_active_slave", B_CLEAR, 0, IFLA_BOND_ACTIVE_SLAVE),
	BOND_N("miimon", OPT_U32, 32, IFLA_BOND_MIIMON, "invalid miimon"),
	BOND_N("updelay", OPT_U32, 32, IFLA_BOND_UPDELAY, "invalid updelay"),
	BOND_N("downdelay", OPT_U32, 32, IFLA_BOND_DOWNDELAY, "invalid downdelay"),
	BOND_N("peer_notify_delay", OPT_U32, 32, IFLA_BOND_PEER_NOTIF_DELAY, "invalid peer_notify_delay"),
	BOND_N("use_carrier", OPT_U8, 8, IFLA_BOND_USE_CARRIER, "invalid use_carrier"),
	BOND_N("arp_interval", OPT_U32, 32, IFLA_BOND_ARP_INTERVAL, "invalid arp_interval"),
	BOND_K("arp_ip_target", B_TARGETS4, 0, IFLA_BOND_ARP_IP_TARGET),
	BOND_K("ns_ip6_target", B_TARGETS6, OPT_WHOLE, IFLA_BOND_NS_IP6_TARGET),
	BOND_W("arp_validate", T_ARP_VALIDATE | B_U32, IFLA_BOND_ARP_VALIDATE, "invalid arp_validate"),
	BOND_W("arp_all_targets", T_ALL_TARGETS | B_U32, IFLA_BOND_ARP_ALL_TARGETS, "invalid arp_all_targets"),
	{ "arp_missed_max", { "invalid arp_missed_max" }, OPT_U8, OPT_WHOLE | OPT_AGAIN, IFLA_BOND_MISSED_MAX, 8, 0 },
	BOND_K("primary", B_DEV, OPT_VALUE, IFLA_BOND_PRIMARY),
	BOND_W("primary_reselect", T_RESELECT, IFLA_BOND_PRIMARY_RESELECT, "invalid primary_reselect"),
	BOND_W("fail_over_mac", T_FOM, IFLA_BOND_FAIL_OVER_MAC, "invalid fail_over_mac"),
	BOND_W("xmit_hash_policy", T_XMIT, IFLA_BOND_XMIT_HASH_POLICY, "invalid xmit_hash_policy"),
	BOND_N("resend_igmp", OPT_U32, 32, IFLA_BOND_RESEND_IGMP, "invalid resend_igmp"),
	BOND_N("num_grat_arp", OPT_U8, 8, IFLA_BOND_NUM_PEER_NOTIF, "invalid num_grat_arp|num_unsol_na"),
	BOND_N("num_unsol_na", OPT_U8, 8, IFLA_BOND_NUM_PEER_NOTIF, "invalid num_grat_arp|num_unsol_na"),
	BOND_N("all_slaves_active", OPT_U8, 8, IFLA_BOND_ALL_SLAVES_ACTIVE, "invalid all_slaves_active"),
	BOND_N("min_links", OPT_U32, 32, IFLA_BOND_MIN_LINKS, "invalid min_links"),
	BOND_N("lp_interval", OPT_U32, 32, IFLA_BOND_LP_INTERVAL, "invalid lp_interval"),
	BOND_N("packets_per_slave", OPT_U32, 32, IFLA_BOND_PACKETS_PER_SLAVE, "invalid packets_per_slave"),
	BOND_W("lacp_rate", T_LACP_RATE, IFLA_BOND_AD_LACP_RATE, "invalid lacp_rate"),
	{ "lacp_active", { "invalid lacp_active" }, OPT_KIND, OPT_WHOLE | OPT_VALUE | OPT_AGAIN, IFLA_BOND_AD_LACP_ACTIVE, T_LACP_ACTIVE, B_WORDS },
	BOND_W("ad_select", T_AD_SELECT, IFLA_BOND_AD_SELECT, "invalid ad_select"),
	BOND_N("ad_user_port_key", OPT_U16, 16, IFLA_BOND_AD_USER_PORT_KEY, "invalid ad_user_port_key"),
	BOND_N("ad_actor_sys_prio", OPT_U16, 16, IFLA_BOND_AD_ACTOR_SYS_PRIO, "invalid ad_actor_sys_prio"),
	BOND_K("ad_actor_system", B_LLADDR, OPT_VALUE, IFLA_BOND_AD_ACTOR_SYSTEM),
	BOND_N("tlb_dynamic_lb", OPT_U8, 8, IFLA_BOND_TLB_DYNAMIC_LB, "invalid tlb_dynamic_lb"),
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

/* arp_ip_target / ns_ip6_target [A,B,...]: up to 16 addresses, attribute
 * types 0...15, in a nest that is empty without a value */
static void bond_targets(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r)
{
	struct rtattr *nest = nla_nest_start(r, o->attr);
	char buf[1024];

	if (*argcp > 1) {
		(*argcp)--, (*argvp)++;
		fmt_buf(buf, sizeof(buf), "%s", **argvp);
		/* 6.1's strtok: empty words between commas are no targets */
		char *t = buf;
		for (unsigned i = 0; i < 16; i++) {
			while (*t == ',')
				t++;
			if (!*t)
				break;
			char *e = t;
			while (*e && *e != ',')
				e++;
			char c = *e;
			*e = 0;
			inet_prefix a;
			if (o->id == B_TARGETS6) {
				get_addr(&a, t, AF_INET6);
				nla_put(r, (int)i, a.data, 16);
			} else {
				if (get_addr_1(&a, t, AF_INET)) {
					err_fmt("Error: an IP address is expected rather than \"%s\"\n", t);
					ipbox_exit(RC_LOCAL);
				}
				nla_put(r, (int)i, a.data, 4);
			}
			t = c ? e + 1 : e;
		}
	}
	nla_nest_end(r, nest);
}

static int bond_option(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	uint8_t mac[32];
	unsigned v;
	int i, n;

	(void)st;
	switch (o->id) {
	case B_WORDS:
		i = bond_index(o->val & 15, **argvp);
		if (i < 0)
			invarg(o->msg, **argvp);
		if (o->val & B_U32)
			nla_put_u32(r, o->attr, (unsigned)i);
		else
			nla_put_u8(r, o->attr, (uint8_t)i);
		break;
	case B_DEV:
		v = ll_name_to_index(**argvp);
		if (!v) {
			err_fmt("Cannot find device \"%s\"\n", **argvp);
			return -1;
		}
		nla_put_u32(r, o->attr, v);
		break;
	case B_CLEAR:
		nla_put_u32(r, o->attr, 0);
		break;
	case B_LLADDR:
		n = ll_addr_a2n(mac, sizeof(mac), **argvp);
		if (n < 0)
			return -1;
		nla_put(r, o->attr, mac, (unsigned)n);
		break;
	default:
		bond_targets(o, argcp, argvp, r);
	}
	return 0;
}

static const struct link_opts bond_kind_opts = {
	bond_opts, "bond: unknown command", USAGE(bond_usage, BOND_BRIEF), bond_option,
};

static int bond_parse(int argc, char **argv, struct nl_req *r)
{
	uint64_t seen = 0;

	return link_opts_parse(&bond_kind_opts, argc, argv, r, &seen, NULL);
}

/* ", " between addresses in text, an array in JSON */
static void bond_print_targets(const struct rtattr *nest, const char *key, int af)
{
	const struct rtattr *t[17];
	char b[ADDR_BUF];

	nla_parse_nested(t, 16, nest);
	if (t[0]) {
		pr_open_arr(key);
		pr_string(PR_TEXT, NULL, "%s ", key);
	}
	for (int i = 0; i < 16; i++) {
		if (t[i])
			pr_string(PR_ANY, NULL, "%s", format_addr(nla_len(t[i]) == 16 ? AF_INET6 : af, nla_data(t[i]), b));
		if (i < 15 && t[i + 1])
			pr_text(",");
	}
	if (t[0]) {
		pr_text(" ");
		pr_close_arr();
	}
}

static void bond_print_dev(const struct rtattr *a, const char *key, const char *fmt)
{
	char b[16];
	unsigned idx = nla_u32(a, 0);

	if (idx)
		pr_string(PR_ANY, key, fmt, ll_index_to_name(idx, b));
}

static void bond_print_name(const struct rtattr *a, unsigned t, const char *key, const char *fmt)
{
	if (a)
		pr_string(PR_ANY, key, fmt, bond_name(t, nla_len(a) == 4 ? nla_u32(a, 0) : nla_u8(a, 0)));
}

/* u32 (u8, u16 by their size) numbers in 6.1's order: attribute, key; the
 * text is "KEY %u " (num_peer_notif prints as num_grat_arp) */
static void bond_print_uint(const struct rtattr *a, const char *key, const char *word)
{
	char fmt[40];

	if (!a)
		return;
	fmt_buf(fmt, sizeof(fmt), "%s %%u ", word);
	pr_uint(PR_ANY, key, fmt, nla_len(a) == 1 ? nla_u8(a, 0) : nla_len(a) == 2 ? nla_u16(a, 0) : nla_u32(a, 0));
}
#define BOND_UINT(tb, a, key) bond_print_uint(tb[a], key, key)

static void bond_print(const struct rtattr *data)
{
	const struct rtattr *tb[IFLA_BOND_MAX + 1];
	char b[64];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_BOND_MAX, data);
	bond_print_name(tb[IFLA_BOND_MODE], T_MODE, "mode", "mode %s ");
	if (tb[IFLA_BOND_ACTIVE_SLAVE])
		bond_print_dev(tb[IFLA_BOND_ACTIVE_SLAVE], "active_slave", "active_slave %s ");
	BOND_UINT(tb, IFLA_BOND_MIIMON, "miimon");
	BOND_UINT(tb, IFLA_BOND_UPDELAY, "updelay");
	BOND_UINT(tb, IFLA_BOND_DOWNDELAY, "downdelay");
	BOND_UINT(tb, IFLA_BOND_PEER_NOTIF_DELAY, "peer_notify_delay");
	BOND_UINT(tb, IFLA_BOND_USE_CARRIER, "use_carrier");
	BOND_UINT(tb, IFLA_BOND_ARP_INTERVAL, "arp_interval");
	BOND_UINT(tb, IFLA_BOND_MISSED_MAX, "arp_missed_max");
	if (tb[IFLA_BOND_ARP_IP_TARGET])
		bond_print_targets(tb[IFLA_BOND_ARP_IP_TARGET], "arp_ip_target", AF_INET);
	if (tb[IFLA_BOND_NS_IP6_TARGET])
		bond_print_targets(tb[IFLA_BOND_NS_IP6_TARGET], "ns_ip6_target", AF_INET6);
	if (tb[IFLA_BOND_ARP_VALIDATE]) {
		if (!nla_u32(tb[IFLA_BOND_ARP_VALIDATE], 0) && pr_json())
			pr_null(PR_JSON, "arp_validate", NULL, NULL);
		else
			bond_print_name(tb[IFLA_BOND_ARP_VALIDATE], T_ARP_VALIDATE, "arp_validate", "arp_validate %s ");
	}
	bond_print_name(tb[IFLA_BOND_ARP_ALL_TARGETS], T_ALL_TARGETS, "arp_all_targets", "arp_all_targets %s ");
	if (tb[IFLA_BOND_PRIMARY])
		bond_print_dev(tb[IFLA_BOND_PRIMARY], "primary", "primary %s ");
	bond_print_name(tb[IFLA_BOND_PRIMARY_RESELECT], T_RESELECT, "primary_reselect", "primary_reselect %s ");
	bond_print_name(tb[IFLA_BOND_FAIL_OVER_MAC], T_FOM, "fail_over_mac", "fail_over_mac %s ");
	bond_print_name(tb[IFLA_BOND_XMIT_HASH_POLICY], T_XMIT, "xmit_hash_policy", "xmit_hash_policy %s ");
	BOND_UINT(tb, IFLA_BOND_RESEND_IGMP, "resend_igmp");
	bond_print_uint(tb[IFLA_BOND_NUM_PEER_NOTIF], "num_peer_notif", "num_grat_arp");
	BOND_UINT(tb, IFLA_BOND_ALL_SLAVES_ACTIVE, "all_slaves_active");
	BOND_UINT(tb, IFLA_BOND_MIN_LINKS, "min_links");
	BOND_UINT(tb, IFLA_BOND_LP_INTERVAL, "lp_interval");
	BOND_UINT(tb, IFLA_BOND_PACKETS_PER_SLAVE, "packets_per_slave");
	bond_print_name(tb[IFLA_BOND_AD_LACP_ACTIVE], T_LACP_ACTIVE, "ad_lacp_active", "lacp_active %s ");
	bond_print_name(tb[IFLA_BOND_AD_LACP_RATE], T_LACP_RATE, "ad_lacp_rate", "lacp_rate %s ");
	bond_print_name(tb[IFLA_BOND_AD_SELECT], T_AD_SELECT, "ad_select", "ad_select %s ");
	if (tb[IFLA_BOND_AD_INFO]) {
		const struct rtattr *ad[IFLA_BOND_AD_INFO_MAX + 1];
		nla_parse_nested(ad, IFLA_BOND_AD_INFO_MAX, tb[IFLA_BOND_AD_INFO]);
		pr_open_obj("ad_info");
		if (ad[IFLA_BOND_AD_INFO_AGGREGATOR])
			pr_int(PR_ANY, "aggregator", "ad_aggregator %d ", nla_u16(ad[IFLA_BOND_AD_INFO_AGGREGATOR], 0));
		if (ad[IFLA_BOND_AD_INFO_NUM_PORTS])
			pr_int(PR_ANY, "num_ports", "ad_num_ports %d ", nla_u16(ad[IFLA_BOND_AD_INFO_NUM_PORTS], 0));
		if (ad[IFLA_BOND_AD_INFO_ACTOR_KEY])
			pr_int(PR_ANY, "actor_key", "ad_actor_key %d ", nla_u16(ad[IFLA_BOND_AD_INFO_ACTOR_KEY], 0));
		if (ad[IFLA_BOND_AD_INFO_PARTNER_KEY])
			pr_int(PR_ANY, "partner_key", "ad_partner_key %d ", nla_u16(ad[IFLA_BOND_AD_INFO_PARTNER_KEY], 0));
		if (ad[IFLA_BOND_AD_INFO_PARTNER_MAC])
			pr_string(PR_ANY, "partner_mac", "ad_partner_mac %s ",
				  ll_addr_n2a(nla_data(ad[IFLA_BOND_AD_INFO_PARTNER_MAC]), 6, 0, b, sizeof(b)));
		pr_close_obj();
	}
	BOND_UINT(tb, IFLA_BOND_AD_ACTOR_SYS_PRIO, "ad_actor_sys_prio");
	BOND_UINT(tb, IFLA_BOND_AD_USER_PORT_KEY, "ad_user_port_key");
	if (tb[IFLA_BOND_AD_ACTOR_SYSTEM])
		pr_string(PR_ANY, "ad_actor_system", "ad_actor_system %s ",
			  ll_addr_n2a(nla_data(tb[IFLA_BOND_AD_ACTOR_SYSTEM]), (size_t)nla_len(tb[IFLA_BOND_AD_ACTOR_SYSTEM]),
				      1, b, sizeof(b)));
	BOND_UINT(tb, IFLA_BOND_TLB_DYNAMIC_LB, "tlb_dynamic_lb");
}

const struct link_kind bond_link_kind = {
	.parse = bond_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bond_print : NULL,
	.help = bond_help,
};

/* ---- bond_slave ---------------------------------------------------------- */

static const char bond_slave_usage[] = "Usage: ... bond_slave [ queue_id ID ] [ prio PRIORITY ]\n";

static void bond_slave_help(void)
{
	out_str(bond_slave_usage);
}

static const struct link_opt bond_slave_opts[] = {
	{ "queue_id", { "queue_id is invalid" }, OPT_U16, OPT_AGAIN, IFLA_BOND_SLAVE_QUEUE_ID, 16, 0 },
	{ "prio", { "prio is invalid" }, OPT_KIND, OPT_WHOLE | OPT_VALUE | OPT_AGAIN, IFLA_BOND_SLAVE_PRIO, 0, 0 },
	{ NULL, { NULL }, 0, 0, 0, 0, 0 },
};

/* prio: 6.1's get_s32 */
static int bond_slave_prio(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st)
{
	int v;

	(void)argcp, (void)st;
	if (get_s32(&v, **argvp, 0))
		invarg(o->msg, **argvp);
	nla_put_u32(r, o->attr, (uint32_t)v);
	return 0;
}

static const struct link_opts bond_slave_kind_opts = {
	bond_slave_opts, "bond_slave: unknown option", bond_slave_usage, bond_slave_prio,
};

static int bond_slave_parse(int argc, char **argv, struct nl_req *r)
{
	uint64_t seen = 0;

	return link_opts_parse(&bond_slave_kind_opts, argc, argv, r, &seen, NULL);
}

static const char *const slave_mii[] = { "UP", "GOING_DOWN", "DOWN", "GOING_BACK" };

/* "KEY_str <active,short_timeout,...> " (text) or an array of the names */
static void bond_print_lacp(const char *key, unsigned state)
{
	static const char *const names[] = {
		"active", "short_timeout", "aggregating", "in_sync",
		"collecting", "distributing", "defaulted", "expired",
	};

	pr_open_arr(key);
	pr_string(PR_TEXT, NULL, "%s <", key);
	for (unsigned i = 0; i < 8; i++) {
		if (!(state & 1u << i))
			continue;
		state &= ~(1u << i);
		pr_string(PR_ANY, NULL, state ? "%s," : "%s", names[i]);
	}
	pr_close_arr();
	pr_text("> ");
}

static void bond_slave_print(const struct rtattr *data)
{
	const struct rtattr *tb[IFLA_BOND_SLAVE_MAX + 1];

	if (!data)
		return;
	nla_parse_nested(tb, IFLA_BOND_SLAVE_MAX, data);
	if (tb[IFLA_BOND_SLAVE_STATE]) {
		unsigned s = nla_u8(tb[IFLA_BOND_SLAVE_STATE], 0);
		if (s > 1)
			pr_int(PR_ANY, "state_index", "state %d ", s);
		else
			pr_string(PR_ANY, "state", "state %s ", s ? "BACKUP" : "ACTIVE");
	}
	if (tb[IFLA_BOND_SLAVE_MII_STATUS]) {
		unsigned s = nla_u8(tb[IFLA_BOND_SLAVE_MII_STATUS], 0);
		if (s > 3)
			pr_int(PR_ANY, "mii_status_index", "mii_status %d ", s);
		else
			pr_string(PR_ANY, "mii_status", "mii_status %s ", slave_mii[s]);
	}
	if (tb[IFLA_BOND_SLAVE_LINK_FAILURE_COUNT])
		pr_int(PR_ANY, "link_failure_count", "link_failure_count %d ",
		       (int)nla_u32(tb[IFLA_BOND_SLAVE_LINK_FAILURE_COUNT], 0));
	if (tb[IFLA_BOND_SLAVE_PERM_HWADDR]) {
		char b[64];
		pr_string(PR_ANY, "perm_hwaddr", "perm_hwaddr %s ",
			  ll_addr_n2a(nla_data(tb[IFLA_BOND_SLAVE_PERM_HWADDR]),
				      (size_t)nla_len(tb[IFLA_BOND_SLAVE_PERM_HWADDR]), 0, b, sizeof(b)));
	}
	if (tb[IFLA_BOND_SLAVE_QUEUE_ID])
		pr_int(PR_ANY, "queue_id", "queue_id %d ", nla_u16(tb[IFLA_BOND_SLAVE_QUEUE_ID], 0));
	if (tb[IFLA_BOND_SLAVE_PRIO])
		pr_int(PR_ANY, "prio", "prio %d ", (int32_t)nla_u32(tb[IFLA_BOND_SLAVE_PRIO], 0));
	if (tb[IFLA_BOND_SLAVE_AD_AGGREGATOR_ID])
		pr_int(PR_ANY, "ad_aggregator_id", "ad_aggregator_id %d ",
		       nla_u16(tb[IFLA_BOND_SLAVE_AD_AGGREGATOR_ID], 0));
	if (tb[IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE]) {
		unsigned s = nla_u8(tb[IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE], 0);
		pr_int(PR_ANY, "ad_actor_oper_port_state", "ad_actor_oper_port_state %d ", s);
		bond_print_lacp("ad_actor_oper_port_state_str", s);
	}
	if (tb[IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE]) {
		unsigned s = nla_u8(tb[IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE], 0);
		pr_int(PR_ANY, "ad_partner_oper_port_state", "ad_partner_oper_port_state %d ", s);
		bond_print_lacp("ad_partner_oper_port_state_str", s);
	}
}

const struct link_kind bond_slave_link_kind = {
	.parse = bond_slave_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bond_slave_print : NULL,
	.help = bond_slave_help,
};
