/* ip link add NAME type bridge [OPTIONS], and what -d shows of bridges
 * and of their ports (bridge_slave). */
#include "applets/ip/ip.h"

#include <linux/if_bridge.h>
#include <linux/if_ether.h>
#include <linux/if_link.h>
#include <string.h>

static const char bridge_usage[] =
	"Usage: ... bridge [ fdb_flush ]\n"
	"\t\t  [ forward_delay FORWARD_DELAY ]\n"
	"\t\t  [ hello_time HELLO_TIME ]\n"
	"\t\t  [ max_age MAX_AGE ]\n"
	"\t\t  [ ageing_time AGEING_TIME ]\n"
	"\t\t  [ stp_state STP_STATE ]\n"
	"\t\t  [ priority PRIORITY ]\n"
	"\t\t  [ group_fwd_mask MASK ]\n"
	"\t\t  [ group_address ADDRESS ]\n"
	"\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]\n"
	"\t\t  [ vlan_filtering VLAN_FILTERING ]\n"
	"\t\t  [ vlan_protocol VLAN_PROTOCOL ]\n"
	"\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]\n"
	"\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]\n"
	"\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]\n"
	"\t\t  [ mcast_snooping MULTICAST_SNOOPING ]\n"
	"\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]\n"
	"\t\t  [ mcast_router MULTICAST_ROUTER ]\n"
	"\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]\n"
	"\t\t  [ mcast_querier MULTICAST_QUERIER ]\n"
	"\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]\n"
	"\t\t  [ mcast_hash_max HASH_MAX ]\n"
	"\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]\n"
	"\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n"
	"\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n"
	"\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n"
	"\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]\n"
	"\t\t  [ mcast_query_interval QUERY_INTERVAL ]\n"
	"\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n"
	"\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n"
	"\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]\n"
	"\t\t  [ mcast_igmp_version IGMP_VERSION ]\n"
	"\t\t  [ mcast_mld_version MLD_VERSION ]\n"
	"\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]\n"
	"\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]\n"
	"\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]\n"
	"\n"
	"Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n"
	;

static void bridge_help(void)
{
	out_str(USAGE(bridge_usage, "Usage: ... bridge [ OPTIONS ]\n"));
}

/* "NAME VALUE" options: ARG is the value's size in bytes (0: a flag) */
static const struct link_opt br_opts[] = {
	{ "fdb_flush", IFLA_BR_FDB_FLUSH, 0 },
	{ "forward_delay", IFLA_BR_FORWARD_DELAY, 4 },
	{ "hello_time", IFLA_BR_HELLO_TIME, 4 },
	{ "max_age", IFLA_BR_MAX_AGE, 4 },
	{ "ageing_time", IFLA_BR_AGEING_TIME, 4 },
	{ "stp_state", IFLA_BR_STP_STATE, 4 },
	{ "priority", IFLA_BR_PRIORITY, 2 },
	{ "vlan_filtering", IFLA_BR_VLAN_FILTERING, 1 },
	{ "vlan_protocol", IFLA_BR_VLAN_PROTOCOL, 2 },
	{ "group_fwd_mask", IFLA_BR_GROUP_FWD_MASK, 2 },
	{ "group_address", IFLA_BR_GROUP_ADDR, 6 },
	{ "no_linklocal_learn", IFLA_BR_MULTI_BOOLOPT, 1 },
	{ "vlan_default_pvid", IFLA_BR_VLAN_DEFAULT_PVID, 2 },
	{ "vlan_stats_enabled", IFLA_BR_VLAN_STATS_ENABLED, 1 },
	{ "vlan_stats_per_port", IFLA_BR_VLAN_STATS_PER_PORT, 1 },
	{ "mcast_router", IFLA_BR_MCAST_ROUTER, 1 },
	{ "mcast_snooping", IFLA_BR_MCAST_SNOOPING, 1 },
	{ "mcast_vlan_snooping", IFLA_BR_MULTI_BOOLOPT, 1 },
	{ "mcast_query_use_ifaddr", IFLA_BR_MCAST_QUERY_USE_IFADDR, 1 },
	{ "mcast_querier", IFLA_BR_MCAST_QUERIER, 1 },
	{ "mcast_hash_elasticity", IFLA_BR_MCAST_HASH_ELASTICITY, 4 },
	{ "mcast_hash_max", IFLA_BR_MCAST_HASH_MAX, 4 },
	{ "mcast_last_member_count", IFLA_BR_MCAST_LAST_MEMBER_CNT, 4 },
	{ "mcast_startup_query_count", IFLA_BR_MCAST_STARTUP_QUERY_CNT, 4 },
	{ "mcast_last_member_interval", IFLA_BR_MCAST_LAST_MEMBER_INTVL, 8 },
	{ "mcast_membership_interval", IFLA_BR_MCAST_MEMBERSHIP_INTVL, 8 },
	{ "mcast_querier_interval", IFLA_BR_MCAST_QUERIER_INTVL, 8 },
	{ "mcast_query_interval", IFLA_BR_MCAST_QUERY_INTVL, 8 },
	{ "mcast_query_response_interval", IFLA_BR_MCAST_QUERY_RESPONSE_INTVL, 8 },
	{ "mcast_startup_query_interval", IFLA_BR_MCAST_STARTUP_QUERY_INTVL, 8 },
	{ "mcast_stats_enabled", IFLA_BR_MCAST_STATS_ENABLED, 1 },
	{ "mcast_igmp_version", IFLA_BR_MCAST_IGMP_VERSION, 1 },
	{ "mcast_mld_version", IFLA_BR_MCAST_MLD_VERSION, 1 },
	{ "nf_call_iptables", IFLA_BR_NF_CALL_IPTABLES, 1 },
	{ "nf_call_ip6tables", IFLA_BR_NF_CALL_IP6TABLES, 1 },
	{ "nf_call_arptables", IFLA_BR_NF_CALL_ARPTABLES, 1 },
};

static int bridge_parse(int argc, char **argv, struct nl_req *r)
{
	struct br_boolopt_multi bm = { 0, 0 };
	char msg[48];

	for (; argc > 0; argc--, argv++) {
		size_t i, n = sizeof(br_opts) / sizeof(br_opts[0]);
		for (i = 0; i < n && !matches(*argv, br_opts[i].word); i++)
			;
		if (i == n) {
			if (matches(*argv, "help")) {
				err_str(USAGE(bridge_usage, "Usage: ... bridge [ OPTIONS ]\n"));
				return -1;
			}
			err_fmt("bridge: unknown command \"%s\"?\n", *argv);
			err_str(USAGE(bridge_usage, "Usage: ... bridge [ OPTIONS ]\n"));
			return -1;
		}
		unsigned attr = br_opts[i].attr;
		if (!br_opts[i].arg) {
			nla_put_flag(r, (int)attr);
			continue;
		}
		NEXT_ARG();
		fmt_buf(msg, sizeof(msg), "invalid %s", br_opts[i].word);
		if (attr == IFLA_BR_VLAN_PROTOCOL) {
			nla_put_u16(r, (int)attr, vlan_proto(*argv, msg));
			continue;
		}
		if (attr == IFLA_BR_GROUP_ADDR) {
			uint8_t mac[16];
			int len = ll_addr_a2n(mac, sizeof(mac), *argv);
			if (len < 0)
				return -1;
			nla_put(r, (int)attr, mac, (size_t)len);
			continue;
		}
		unsigned long long v;
		unsigned long long max = br_opts[i].arg == 8 ? ~0ULL : (1ULL << (8 * br_opts[i].arg)) - 1;
		if (get_u64(&v, *argv, 0) || v > max)
			invarg(msg, *argv);
		if (attr == IFLA_BR_MULTI_BOOLOPT) {
			uint32_t bit = 1u << (streq(br_opts[i].word, "no_linklocal_learn") ?
					      BR_BOOLOPT_NO_LL_LEARN : BR_BOOLOPT_MCAST_VLAN_SNOOPING);
			bm.optmask |= bit;
			if (v)
				bm.optval |= bit;
			else
				bm.optval &= ~bit;
		} else if (br_opts[i].arg == 1) {
			nla_put_u8(r, (int)attr, (uint8_t)v);
		} else if (br_opts[i].arg == 2) {
			nla_put_u16(r, (int)attr, (uint16_t)v);
		} else if (br_opts[i].arg == 4) {
			nla_put_u32(r, (int)attr, (uint32_t)v);
		} else {
			nla_put_u64(r, (int)attr, v);
		}
	}
	if (bm.optmask)
		nla_put(r, IFLA_BR_MULTI_BOOLOPT, &bm, sizeof(bm));
	return 0;
}

/* ---- -d ---------------------------------------------------------------- */

enum { F_UINT, F_INT, F_TIMER, F_ID, F_ONOFF, F_ONOFF_TEXT, F_HEX, F_HEXSTR, F_STATE,
       F_MAC, F_PROTO, F_BOOLOPT };

struct br_field {
	unsigned short attr;
	unsigned char how;
	const char *text;	/* also the JSON key unless JSON is set */
	const char *json;
};

/* what iproute2 6.1 prints, in its order */
static const struct br_field br_fields[] = {
	{ IFLA_BR_FORWARD_DELAY, F_UINT, "forward_delay", NULL },
	{ IFLA_BR_HELLO_TIME, F_UINT, "hello_time", NULL },
	{ IFLA_BR_MAX_AGE, F_UINT, "max_age", NULL },
	{ IFLA_BR_AGEING_TIME, F_UINT, "ageing_time", NULL },
	{ IFLA_BR_STP_STATE, F_UINT, "stp_state", NULL },
	{ IFLA_BR_PRIORITY, F_UINT, "priority", NULL },
	{ IFLA_BR_VLAN_FILTERING, F_UINT, "vlan_filtering", NULL },
	{ IFLA_BR_VLAN_PROTOCOL, F_PROTO, "vlan_protocol", NULL },
	{ IFLA_BR_BRIDGE_ID, F_ID, "bridge_id", NULL },
	{ IFLA_BR_ROOT_ID, F_ID, "designated_root", "root_id" },
	{ IFLA_BR_ROOT_PORT, F_UINT, "root_port", NULL },
	{ IFLA_BR_ROOT_PATH_COST, F_UINT, "root_path_cost", NULL },
	{ IFLA_BR_TOPOLOGY_CHANGE, F_UINT, "topology_change", NULL },
	{ IFLA_BR_TOPOLOGY_CHANGE_DETECTED, F_UINT, "topology_change_detected", NULL },
	{ IFLA_BR_HELLO_TIMER, F_TIMER, "hello_timer", NULL },
	{ IFLA_BR_TCN_TIMER, F_TIMER, "tcn_timer", NULL },
	{ IFLA_BR_TOPOLOGY_CHANGE_TIMER, F_TIMER, "topology_change_timer", NULL },
	{ IFLA_BR_GC_TIMER, F_TIMER, "gc_timer", NULL },
	{ IFLA_BR_VLAN_DEFAULT_PVID, F_UINT, "vlan_default_pvid", NULL },
	{ IFLA_BR_VLAN_STATS_ENABLED, F_UINT, "vlan_stats_enabled", NULL },
	{ IFLA_BR_VLAN_STATS_PER_PORT, F_UINT, "vlan_stats_per_port", NULL },
	{ IFLA_BR_GROUP_FWD_MASK, F_HEX, "group_fwd_mask", NULL },
	{ IFLA_BR_GROUP_ADDR, F_MAC, "group_address", "group_addr" },
	{ IFLA_BR_MCAST_SNOOPING, F_UINT, "mcast_snooping", NULL },
	{ IFLA_BR_MULTI_BOOLOPT, F_BOOLOPT, NULL, NULL },
	{ IFLA_BR_MCAST_ROUTER, F_UINT, "mcast_router", NULL },
	{ IFLA_BR_MCAST_QUERY_USE_IFADDR, F_UINT, "mcast_query_use_ifaddr", NULL },
	{ IFLA_BR_MCAST_QUERIER, F_UINT, "mcast_querier", NULL },
	{ IFLA_BR_MCAST_HASH_ELASTICITY, F_UINT, "mcast_hash_elasticity", NULL },
	{ IFLA_BR_MCAST_HASH_MAX, F_UINT, "mcast_hash_max", NULL },
	{ IFLA_BR_MCAST_LAST_MEMBER_CNT, F_UINT, "mcast_last_member_count", "mcast_last_member_cnt" },
	{ IFLA_BR_MCAST_STARTUP_QUERY_CNT, F_UINT, "mcast_startup_query_count", "mcast_startup_query_cnt" },
	{ IFLA_BR_MCAST_LAST_MEMBER_INTVL, F_UINT, "mcast_last_member_interval", "mcast_last_member_intvl" },
	{ IFLA_BR_MCAST_MEMBERSHIP_INTVL, F_UINT, "mcast_membership_interval", "mcast_membership_intvl" },
	{ IFLA_BR_MCAST_QUERIER_INTVL, F_UINT, "mcast_querier_interval", "mcast_querier_intvl" },
	{ IFLA_BR_MCAST_QUERY_INTVL, F_UINT, "mcast_query_interval", "mcast_query_intvl" },
	{ IFLA_BR_MCAST_QUERY_RESPONSE_INTVL, F_UINT, "mcast_query_response_interval", "mcast_query_response_intvl" },
	{ IFLA_BR_MCAST_STARTUP_QUERY_INTVL, F_UINT, "mcast_startup_query_interval", "mcast_startup_query_intvl" },
	{ IFLA_BR_MCAST_STATS_ENABLED, F_UINT, "mcast_stats_enabled", NULL },
	{ IFLA_BR_MCAST_IGMP_VERSION, F_UINT, "mcast_igmp_version", NULL },
	{ IFLA_BR_MCAST_MLD_VERSION, F_UINT, "mcast_mld_version", NULL },
	{ IFLA_BR_NF_CALL_IPTABLES, F_UINT, "nf_call_iptables", NULL },
	{ IFLA_BR_NF_CALL_IP6TABLES, F_UINT, "nf_call_ip6tables", NULL },
	{ IFLA_BR_NF_CALL_ARPTABLES, F_UINT, "nf_call_arptables", NULL },
};

static const struct br_field brport_fields[] = {
	{ IFLA_BRPORT_STATE, F_STATE, "state", NULL },
	{ IFLA_BRPORT_PRIORITY, F_INT, "priority", NULL },
	{ IFLA_BRPORT_COST, F_INT, "cost", NULL },
	{ IFLA_BRPORT_MODE, F_ONOFF, "hairpin", NULL },
	{ IFLA_BRPORT_GUARD, F_ONOFF, "guard", NULL },
	{ IFLA_BRPORT_PROTECT, F_ONOFF, "root_block", NULL },
	{ IFLA_BRPORT_FAST_LEAVE, F_ONOFF, "fastleave", NULL },
	{ IFLA_BRPORT_LEARNING, F_ONOFF, "learning", NULL },
	{ IFLA_BRPORT_UNICAST_FLOOD, F_ONOFF, "flood", NULL },
	{ IFLA_BRPORT_ID, F_HEXSTR, "port_id", "id" },
	{ IFLA_BRPORT_NO, F_HEXSTR, "port_no", "no" },
	{ IFLA_BRPORT_DESIGNATED_PORT, F_UINT, "designated_port", NULL },
	{ IFLA_BRPORT_DESIGNATED_COST, F_UINT, "designated_cost", NULL },
	{ IFLA_BRPORT_BRIDGE_ID, F_ID, "designated_bridge", "bridge_id" },
	{ IFLA_BRPORT_ROOT_ID, F_ID, "designated_root", "root_id" },
	{ IFLA_BRPORT_HOLD_TIMER, F_TIMER, "hold_timer", NULL },
	{ IFLA_BRPORT_MESSAGE_AGE_TIMER, F_TIMER, "message_age_timer", NULL },
	{ IFLA_BRPORT_FORWARD_DELAY_TIMER, F_TIMER, "forward_delay_timer", NULL },
	{ IFLA_BRPORT_TOPOLOGY_CHANGE_ACK, F_UINT, "topology_change_ack", NULL },
	{ IFLA_BRPORT_CONFIG_PENDING, F_UINT, "config_pending", NULL },
	{ IFLA_BRPORT_PROXYARP, F_ONOFF, "proxy_arp", NULL },
	{ IFLA_BRPORT_PROXYARP_WIFI, F_ONOFF, "proxy_arp_wifi", NULL },
	{ IFLA_BRPORT_MULTICAST_ROUTER, F_UINT, "mcast_router", "multicast_router" },
	{ IFLA_BRPORT_FAST_LEAVE, F_ONOFF_TEXT, "mcast_fast_leave", NULL },
	{ IFLA_BRPORT_MCAST_FLOOD, F_ONOFF, "mcast_flood", NULL },
	{ IFLA_BRPORT_BCAST_FLOOD, F_ONOFF, "bcast_flood", NULL },
	{ IFLA_BRPORT_MCAST_TO_UCAST, F_ONOFF, "mcast_to_unicast", NULL },
	{ IFLA_BRPORT_NEIGH_SUPPRESS, F_ONOFF, "neigh_suppress", NULL },
	{ IFLA_BRPORT_GROUP_FWD_MASK, F_HEX, "group_fwd_mask", NULL },
	{ IFLA_BRPORT_GROUP_FWD_MASK, F_HEXSTR, "group_fwd_mask_str", NULL },
	{ IFLA_BRPORT_VLAN_TUNNEL, F_ONOFF, "vlan_tunnel", NULL },
	{ IFLA_BRPORT_ISOLATED, F_ONOFF, "isolated", NULL },
	{ IFLA_BRPORT_LOCKED, F_ONOFF, "locked", NULL },
};

static unsigned long long nla_uint(const struct rtattr *a)
{
	switch (nla_len(a)) {
	case 1: return nla_u8(a, 0);
	case 2: return nla_u16(a, 0);
	case 4: return nla_u32(a, 0);
	case 8: return nla_u64(a, 0);
	}
	return 0;
}

static void print_field(const struct br_field *f, const struct rtattr *a)
{
	static const char *const port_states[] = {
		"disabled", "listening", "learning", "forwarding", "blocking",
	};
	const char *key = f->json ? f->json : f->text;
	char fmt[48], val[48];
	unsigned long long v = nla_uint(a);

	fmt_buf(fmt, sizeof(fmt), "%s %%s ", f->text);
	switch (f->how) {
	case F_UINT:
		fmt_buf(fmt, sizeof(fmt), "%s %%llu ", f->text);
		pr_uint(PR_ANY, key, fmt, v);
		return;
	case F_INT:
		fmt_buf(fmt, sizeof(fmt), "%s %%d ", f->text);
		pr_int(PR_ANY, key, fmt, (long long)v);
		return;
	case F_TIMER:	/* hundredths of a second, as iproute2's "%7.2f" */
		fmt_buf(val, sizeof(val), "%llu.%02llu", v / 100, v % 100);
		pr_number(PR_JSON, key, NULL, val);
		fmt_buf(fmt, sizeof(fmt), "%s %%7s ", f->text);
		pr_string(PR_TEXT, NULL, fmt, val);
		return;
	case F_ID: {
		const struct ifla_bridge_id *id = nla_data(a);
		if (nla_len(a) < sizeof(*id))
			return;
		fmt_buf(val, sizeof(val), "%02x%02x.%x:%x:%x:%x:%x:%x", id->prio[0], id->prio[1],
			id->addr[0], id->addr[1], id->addr[2], id->addr[3], id->addr[4], id->addr[5]);
		break;
	}
	case F_ONOFF:
		pr_bool(PR_JSON, key, NULL, v != 0);
		/* fall through */
	case F_ONOFF_TEXT:
		pr_string(PR_TEXT, NULL, fmt, v ? "on" : "off");
		return;
	case F_HEX:
		fmt_buf(val, sizeof(val), v ? "0x%llx" : "0", v);
		break;
	case F_HEXSTR:
		fmt_buf(val, sizeof(val), "0x%llx", v);
		break;
	case F_STATE:
		if (v < sizeof(port_states) / sizeof(port_states[0])) {
			pr_string(PR_ANY, key, fmt, port_states[v]);
		} else {
			fmt_buf(fmt, sizeof(fmt), "%s %%llu ", f->text);
			pr_uint(PR_ANY, key, fmt, v);
		}
		return;
	case F_MAC:
		ll_addr_n2a(nla_data(a), nla_len(a), 1, val, sizeof(val));
		break;
	case F_PROTO:
		v = be16((uint16_t)v);
		if (v == ETH_P_8021Q)
			strcpy(val, "802.1Q");
		else if (v == ETH_P_8021AD)
			strcpy(val, "802.1ad");
		else
			fmt_buf(val, sizeof(val), "0x%llx", v);
		break;
	case F_BOOLOPT: {
		const struct br_boolopt_multi *bm = nla_data(a);
		if (nla_len(a) < sizeof(*bm))
			return;
		pr_uint(PR_ANY, "no_linklocal_learn", "no_linklocal_learn %llu ",
			!!(bm->optval & (1u << BR_BOOLOPT_NO_LL_LEARN)));
		pr_uint(PR_ANY, "mcast_vlan_snooping", "mcast_vlan_snooping %llu ",
			!!(bm->optval & (1u << BR_BOOLOPT_MCAST_VLAN_SNOOPING)));
		return;
	}
	}
	pr_string(PR_ANY, key, fmt, val);
}

static void print_fields(const struct br_field *f, size_t n, int max, const struct rtattr *data)
{
	const struct rtattr *tb[NLA_MAX_TB + 1];

	if (!data)
		return;
	nla_parse(tb, max, nla_data(data), nla_len(data));
	for (size_t i = 0; i < n; i++)
		if (tb[f[i].attr])
			print_field(&f[i], tb[f[i].attr]);
}

static void bridge_print(const struct rtattr *data)
{
	print_fields(br_fields, sizeof(br_fields) / sizeof(br_fields[0]), IFLA_BR_MAX < NLA_MAX_TB ? IFLA_BR_MAX : NLA_MAX_TB, data);
}

static void bridge_slave_print(const struct rtattr *data)
{
	print_fields(brport_fields, sizeof(brport_fields) / sizeof(brport_fields[0]), IFLA_BRPORT_MAX < NLA_MAX_TB ? IFLA_BRPORT_MAX : NLA_MAX_TB, data);
}

/* ---- ip link set PORT type bridge_slave OPTIONS ------------------------ */

static const char brport_usage[] =
	"Usage: ... bridge_slave [ fdb_flush ]\n"
	"\t\t\t[ state STATE ]\n"
	"\t\t\t[ priority PRIO ]\n"
	"\t\t\t[ cost COST ]\n"
	"\t\t\t[ guard {on | off} ]\n"
	"\t\t\t[ hairpin {on | off} ]\n"
	"\t\t\t[ fastleave {on | off} ]\n"
	"\t\t\t[ root_block {on | off} ]\n"
	"\t\t\t[ learning {on | off} ]\n"
	"\t\t\t[ flood {on | off} ]\n"
	"\t\t\t[ proxy_arp {on | off} ]\n"
	"\t\t\t[ proxy_arp_wifi {on | off} ]\n"
	"\t\t\t[ mcast_router MULTICAST_ROUTER ]\n"
	"\t\t\t[ mcast_fast_leave {on | off} ]\n"
	"\t\t\t[ mcast_flood {on | off} ]\n"
	"\t\t\t[ bcast_flood {on | off} ]\n"
	"\t\t\t[ mcast_to_unicast {on | off} ]\n"
	"\t\t\t[ group_fwd_mask MASK ]\n"
	"\t\t\t[ neigh_suppress {on | off} ]\n"
	"\t\t\t[ vlan_tunnel {on | off} ]\n"
	"\t\t\t[ isolated {on | off} ]\n"
	"\t\t\t[ locked {on | off} ]\n"
	"\t\t\t[ backup_port DEVICE ] [ nobackup_port ]\n"
	;

static void bridge_slave_help(void)
{
	out_str(USAGE(brport_usage, "Usage: ... bridge_slave [ OPTIONS ]\n"));
}

/* ARG: 0 a flag, 1/2/4 a number of that size, 'o' on|off, 'd' a device,
 * 'n' a zero */
static const struct link_opt brport_opts[] = {
	{ "fdb_flush", IFLA_BRPORT_FLUSH, 0 }, { "state", IFLA_BRPORT_STATE, 1 },
	{ "priority", IFLA_BRPORT_PRIORITY, 2 }, { "cost", IFLA_BRPORT_COST, 4 },
	{ "guard", IFLA_BRPORT_GUARD, 'o' }, { "hairpin", IFLA_BRPORT_MODE, 'o' },
	{ "fastleave", IFLA_BRPORT_FAST_LEAVE, 'o' }, { "root_block", IFLA_BRPORT_PROTECT, 'o' },
	{ "learning", IFLA_BRPORT_LEARNING, 'o' }, { "flood", IFLA_BRPORT_UNICAST_FLOOD, 'o' },
	{ "proxy_arp", IFLA_BRPORT_PROXYARP, 'o' }, { "proxy_arp_wifi", IFLA_BRPORT_PROXYARP_WIFI, 'o' },
	{ "mcast_router", IFLA_BRPORT_MULTICAST_ROUTER, 1 },
	{ "mcast_fast_leave", IFLA_BRPORT_FAST_LEAVE, 'o' },
	{ "mcast_flood", IFLA_BRPORT_MCAST_FLOOD, 'o' }, { "bcast_flood", IFLA_BRPORT_BCAST_FLOOD, 'o' },
	{ "mcast_to_unicast", IFLA_BRPORT_MCAST_TO_UCAST, 'o' },
	{ "group_fwd_mask", IFLA_BRPORT_GROUP_FWD_MASK, 2 },
	{ "neigh_suppress", IFLA_BRPORT_NEIGH_SUPPRESS, 'o' },
	{ "vlan_tunnel", IFLA_BRPORT_VLAN_TUNNEL, 'o' }, { "isolated", IFLA_BRPORT_ISOLATED, 'o' },
	{ "locked", IFLA_BRPORT_LOCKED, 'o' }, { "backup_port", IFLA_BRPORT_BACKUP_PORT, 'd' },
	{ "nobackup_port", IFLA_BRPORT_BACKUP_PORT, 'n' },
};

static int bridge_slave_parse(int argc, char **argv, struct nl_req *r)
{
	char msg[48];

	for (; argc > 0; argc--, argv++) {
		size_t i, n = sizeof(brport_opts) / sizeof(brport_opts[0]);
		for (i = 0; i < n && !matches(*argv, brport_opts[i].word); i++)
			;
		if (i == n) {
			if (matches(*argv, "help")) {
				err_str(USAGE(brport_usage, "Usage: ... bridge_slave [ OPTIONS ]\n"));
				return -1;
			}
			err_fmt("bridge_slave: unknown option \"%s\"?\n", *argv);
			err_str(USAGE(brport_usage, "Usage: ... bridge_slave [ OPTIONS ]\n"));
			return -1;
		}
		const char *w = brport_opts[i].word;
		int attr = brport_opts[i].attr;
		unsigned long long v = 0;
		switch (brport_opts[i].arg) {
		case 0:
			nla_put_flag(r, attr);
			continue;
		case 'n':
			nla_put_u32(r, attr, 0);
			continue;
		}
		NEXT_ARG();
		fmt_buf(msg, sizeof(msg), "%s is invalid", w);
		switch (brport_opts[i].arg) {
		case 'o':
			if (matches(*argv, "off"))
				v = 0;
			else if (matches(*argv, "on"))
				v = 1;
			else {
				err_fmt("Error: argument of \"%s\" must be one of \"off\", \"on\", not \"%s\"\n", w, *argv);
				return -1;
			}
			nla_put_u8(r, attr, (uint8_t)v);
			break;
		case 'd':
			v = ll_name_to_index(*argv);
			if (!v)
				invarg("Device does not exist\n", *argv);
			nla_put_u32(r, attr, (uint32_t)v);
			break;
		default: {
			unsigned size = brport_opts[i].arg;
			if (get_u64(&v, *argv, 0) || v >= 1ULL << (8 * size)) {
				if (attr == IFLA_BRPORT_GROUP_FWD_MASK || attr == IFLA_BRPORT_MULTICAST_ROUTER)
					fmt_buf(msg, sizeof(msg), "invalid %s", w);
				invarg(msg, *argv);
			}
			if (size == 1)
				nla_put_u8(r, attr, (uint8_t)v);
			else if (size == 2)
				nla_put_u16(r, attr, (uint16_t)v);
			else
				nla_put_u32(r, attr, (uint32_t)v);
		}
		}
	}
	return 0;
}

const struct link_kind bridge_link_kind = {
	.id = "bridge",
	.parse = bridge_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bridge_print : NULL,
	.help = bridge_help,
};

const struct link_kind bridge_slave_link_kind = {
	.id = "bridge_slave",
	.parse = bridge_slave_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bridge_slave_print : NULL,
	.help = bridge_slave_help,
};
