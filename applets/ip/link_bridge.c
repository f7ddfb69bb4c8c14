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

/* One table per kind serves both "ip link add/set ... type KIND OPTIONS"
 * and what -d prints.  Rows are in iproute2 6.1's print order; the options
 * are matched by prefix in the same order, which picks what iproute2's own
 * order picks, thanks to a few parse-only rows (SHOW 0).
 *
 * NAME is the option, the text label and the JSON key, or "TEXT KEY" when
 * the JSON key differs. */
struct br_field {
	const char *name;
	unsigned char attr;
	unsigned char show;	/* S_*: how -d prints it; 0 never */
	unsigned char set;	/* how an option's value is read; 0 not an option */
};

enum { S_UINT = 1, S_INT, S_TIMER, S_ID, S_ONOFF, S_ONOFF_TEXT, S_HEX, S_HEXSTR, S_STATE,
       S_MAC, S_PROTO, S_BOOLOPT };
/* SET: 1, 2, 4, 8 a number of that size; or one of these */
enum { A_FLAG = 'f', A_ONOFF = 'o', A_DEV = 'd', A_ZERO = 'z', A_PROTO = 'p', A_MAC = 'm',
       A_BOOLOPT = 'b' };

static const struct br_field br_fields[] = {
	{ "forward_delay", IFLA_BR_FORWARD_DELAY, S_UINT, 4 },
	{ "fdb_flush", IFLA_BR_FDB_FLUSH, 0, A_FLAG },
	{ "hello_time", IFLA_BR_HELLO_TIME, S_UINT, 4 },
	{ "max_age", IFLA_BR_MAX_AGE, S_UINT, 4 },
	{ "ageing_time", IFLA_BR_AGEING_TIME, S_UINT, 4 },
	{ "stp_state", IFLA_BR_STP_STATE, S_UINT, 4 },
	{ "priority", IFLA_BR_PRIORITY, S_UINT, 2 },
	{ "vlan_filtering", IFLA_BR_VLAN_FILTERING, S_UINT, 1 },
	{ "vlan_protocol", IFLA_BR_VLAN_PROTOCOL, S_PROTO, A_PROTO },
	{ "bridge_id", IFLA_BR_BRIDGE_ID, S_ID, 0 },
	{ "designated_root root_id", IFLA_BR_ROOT_ID, S_ID, 0 },
	{ "root_port", IFLA_BR_ROOT_PORT, S_UINT, 0 },
	{ "root_path_cost", IFLA_BR_ROOT_PATH_COST, S_UINT, 0 },
	{ "topology_change", IFLA_BR_TOPOLOGY_CHANGE, S_UINT, 0 },
	{ "topology_change_detected", IFLA_BR_TOPOLOGY_CHANGE_DETECTED, S_UINT, 0 },
	{ "hello_timer", IFLA_BR_HELLO_TIMER, S_TIMER, 0 },
	{ "tcn_timer", IFLA_BR_TCN_TIMER, S_TIMER, 0 },
	{ "topology_change_timer", IFLA_BR_TOPOLOGY_CHANGE_TIMER, S_TIMER, 0 },
	{ "gc_timer", IFLA_BR_GC_TIMER, S_TIMER, 0 },
	{ "vlan_default_pvid", IFLA_BR_VLAN_DEFAULT_PVID, S_UINT, 2 },
	{ "vlan_stats_enabled", IFLA_BR_VLAN_STATS_ENABLED, S_UINT, 1 },
	{ "vlan_stats_per_port", IFLA_BR_VLAN_STATS_PER_PORT, S_UINT, 1 },
	{ "group_fwd_mask", IFLA_BR_GROUP_FWD_MASK, S_HEX, 2 },
	{ "group_address group_addr", IFLA_BR_GROUP_ADDR, S_MAC, A_MAC },
	{ "mcast_router", IFLA_BR_MCAST_ROUTER, 0, 1 },	/* iproute2 matches "mc" to it */
	{ "mcast_snooping", IFLA_BR_MCAST_SNOOPING, S_UINT, 1 },
	{ "no_linklocal_learn", IFLA_BR_MULTI_BOOLOPT, S_BOOLOPT, A_BOOLOPT },
	{ "mcast_vlan_snooping", IFLA_BR_MULTI_BOOLOPT, 0, A_BOOLOPT },
	{ "mcast_router", IFLA_BR_MCAST_ROUTER, S_UINT, 0 },
	{ "mcast_query_use_ifaddr", IFLA_BR_MCAST_QUERY_USE_IFADDR, S_UINT, 1 },
	{ "mcast_querier", IFLA_BR_MCAST_QUERIER, S_UINT, 1 },
	{ "mcast_hash_elasticity", IFLA_BR_MCAST_HASH_ELASTICITY, S_UINT, 4 },
	{ "mcast_hash_max", IFLA_BR_MCAST_HASH_MAX, S_UINT, 4 },
	{ "mcast_last_member_count mcast_last_member_cnt", IFLA_BR_MCAST_LAST_MEMBER_CNT, S_UINT, 4 },
	{ "mcast_startup_query_count mcast_startup_query_cnt", IFLA_BR_MCAST_STARTUP_QUERY_CNT, S_UINT, 4 },
	{ "mcast_last_member_interval mcast_last_member_intvl", IFLA_BR_MCAST_LAST_MEMBER_INTVL, S_UINT, 8 },
	{ "mcast_membership_interval mcast_membership_intvl", IFLA_BR_MCAST_MEMBERSHIP_INTVL, S_UINT, 8 },
	{ "mcast_querier_interval mcast_querier_intvl", IFLA_BR_MCAST_QUERIER_INTVL, S_UINT, 8 },
	{ "mcast_query_interval mcast_query_intvl", IFLA_BR_MCAST_QUERY_INTVL, S_UINT, 8 },
	{ "mcast_query_response_interval mcast_query_response_intvl", IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
	  S_UINT, 8 },
	{ "mcast_startup_query_interval mcast_startup_query_intvl", IFLA_BR_MCAST_STARTUP_QUERY_INTVL,
	  S_UINT, 8 },
	{ "mcast_stats_enabled", IFLA_BR_MCAST_STATS_ENABLED, S_UINT, 1 },
	{ "mcast_igmp_version", IFLA_BR_MCAST_IGMP_VERSION, S_UINT, 1 },
	{ "mcast_mld_version", IFLA_BR_MCAST_MLD_VERSION, S_UINT, 1 },
	{ "nf_call_iptables", IFLA_BR_NF_CALL_IPTABLES, S_UINT, 1 },
	{ "nf_call_ip6tables", IFLA_BR_NF_CALL_IP6TABLES, S_UINT, 1 },
	{ "nf_call_arptables", IFLA_BR_NF_CALL_ARPTABLES, S_UINT, 1 },
	{ NULL, 0, 0, 0 },
};

static const struct br_field brport_fields[] = {
	{ "fdb_flush", IFLA_BRPORT_FLUSH, 0, A_FLAG },
	{ "state", IFLA_BRPORT_STATE, S_STATE, 1 },
	{ "priority", IFLA_BRPORT_PRIORITY, S_INT, 2 },
	{ "cost", IFLA_BRPORT_COST, S_INT, 4 },
	{ "hairpin", IFLA_BRPORT_MODE, S_ONOFF, A_ONOFF },
	{ "guard", IFLA_BRPORT_GUARD, S_ONOFF, A_ONOFF },
	{ "root_block", IFLA_BRPORT_PROTECT, S_ONOFF, A_ONOFF },
	{ "fastleave", IFLA_BRPORT_FAST_LEAVE, S_ONOFF, A_ONOFF },
	{ "learning", IFLA_BRPORT_LEARNING, S_ONOFF, A_ONOFF },
	{ "flood", IFLA_BRPORT_UNICAST_FLOOD, S_ONOFF, A_ONOFF },
	{ "port_id id", IFLA_BRPORT_ID, S_HEXSTR, 0 },
	{ "port_no no", IFLA_BRPORT_NO, S_HEXSTR, 0 },
	{ "designated_port", IFLA_BRPORT_DESIGNATED_PORT, S_UINT, 0 },
	{ "designated_cost", IFLA_BRPORT_DESIGNATED_COST, S_UINT, 0 },
	{ "designated_bridge bridge_id", IFLA_BRPORT_BRIDGE_ID, S_ID, 0 },
	{ "designated_root root_id", IFLA_BRPORT_ROOT_ID, S_ID, 0 },
	{ "hold_timer", IFLA_BRPORT_HOLD_TIMER, S_TIMER, 0 },
	{ "message_age_timer", IFLA_BRPORT_MESSAGE_AGE_TIMER, S_TIMER, 0 },
	{ "forward_delay_timer", IFLA_BRPORT_FORWARD_DELAY_TIMER, S_TIMER, 0 },
	{ "topology_change_ack", IFLA_BRPORT_TOPOLOGY_CHANGE_ACK, S_UINT, 0 },
	{ "config_pending", IFLA_BRPORT_CONFIG_PENDING, S_UINT, 0 },
	{ "proxy_arp", IFLA_BRPORT_PROXYARP, S_ONOFF, A_ONOFF },
	{ "proxy_arp_wifi", IFLA_BRPORT_PROXYARP_WIFI, S_ONOFF, A_ONOFF },
	{ "mcast_flood", IFLA_BRPORT_MCAST_FLOOD, 0, A_ONOFF },	/* iproute2 matches "m" to it */
	{ "mcast_router multicast_router", IFLA_BRPORT_MULTICAST_ROUTER, S_UINT, 1 },
	{ "mcast_fast_leave", IFLA_BRPORT_FAST_LEAVE, S_ONOFF_TEXT, A_ONOFF },
	{ "mcast_flood", IFLA_BRPORT_MCAST_FLOOD, S_ONOFF, 0 },
	{ "bcast_flood", IFLA_BRPORT_BCAST_FLOOD, S_ONOFF, A_ONOFF },
	{ "mcast_to_unicast", IFLA_BRPORT_MCAST_TO_UCAST, S_ONOFF, A_ONOFF },
	{ "neigh_suppress", IFLA_BRPORT_NEIGH_SUPPRESS, S_ONOFF, A_ONOFF },
	{ "group_fwd_mask", IFLA_BRPORT_GROUP_FWD_MASK, S_HEX, 2 },
	{ "group_fwd_mask_str", IFLA_BRPORT_GROUP_FWD_MASK, S_HEXSTR, 0 },
	{ "vlan_tunnel", IFLA_BRPORT_VLAN_TUNNEL, S_ONOFF, A_ONOFF },
	{ "isolated", IFLA_BRPORT_ISOLATED, S_ONOFF, A_ONOFF },
	{ "locked", IFLA_BRPORT_LOCKED, S_ONOFF, A_ONOFF },
	{ "backup_port", IFLA_BRPORT_BACKUP_PORT, 0, A_DEV },
	{ "nobackup_port", IFLA_BRPORT_BACKUP_PORT, 0, A_ZERO },
	{ NULL, 0, 0, 0 },
};

/* the text label's length: NAME up to its space */
static int label_len(const char *name)
{
	const char *sp = strchr(name, ' ');

	return sp ? (int)(sp - name) : (int)strlen(name);
}

/* ---- ip link add/set ... type bridge|bridge_slave OPTIONS -------------- */

static int br_parse(int argc, char **argv, struct nl_req *r, const struct br_field *t, int port)
{
	const char *kind = port ? "bridge_slave" : "bridge";
	const char *usage = port ? USAGE(brport_usage, "Usage: ... bridge_slave [ OPTIONS ]\n")
				 : USAGE(bridge_usage, "Usage: ... bridge [ OPTIONS ]\n");
	struct br_boolopt_multi bm = { 0, 0 };
	char msg[48];

	for (; argc > 0; argc--, argv++) {
		const struct br_field *f;
		/* 6.1 takes the two boolopt words whole */
		for (f = t; f->name; f++)
			if (f->set && kw_is(*argv, f->name, f->set == A_BOOLOPT))
				break;
		if (!f->name || strchr(*argv, ' ')) {	/* a space: past a row's label */
			if (!matches(*argv, "help"))
				err_fmt("%s: unknown %s \"%s\"?\n", kind, port ? "option" : "command", *argv);
			err_str(usage);
			return -1;
		}
		int attr = f->attr;
		unsigned long long v = 0;
		switch (f->set) {
		case A_FLAG:
			nla_put_flag(r, attr);
			continue;
		case A_ZERO:
			nla_put_u32(r, attr, 0);
			continue;
		}
		NEXT_ARG();
		/* 6.1's bridge_slave says "cost is invalid", but "invalid mcast_router" */
		if (port && attr != IFLA_BRPORT_GROUP_FWD_MASK && attr != IFLA_BRPORT_MULTICAST_ROUTER)
			fmt_buf(msg, sizeof(msg), "%s is invalid", f->name);
		else
			fmt_buf(msg, sizeof(msg), "invalid %.*s", label_len(f->name), f->name);
		switch (f->set) {
		case A_ONOFF:
			if (matches(*argv, "off"))
				v = 0;
			else if (matches(*argv, "on"))
				v = 1;
			else
				return link_opt_badarg(f->name, "one of \"off\", \"on\"", *argv);
			nla_put_u8(r, attr, (uint8_t)v);
			break;
		case A_DEV:
			v = ll_name_to_index(*argv);
			if (!v)
				invarg("Device does not exist\n", *argv);
			nla_put_u32(r, attr, (uint32_t)v);
			break;
		case A_PROTO:
			nla_put_u16(r, attr, vlan_proto(*argv, msg));
			break;
		case A_MAC: {
			uint8_t mac[16];
			int len = ll_addr_a2n(mac, sizeof(mac), *argv);
			if (len < 0)
				return -1;
			nla_put(r, attr, mac, (size_t)len);
			break;
		}
		default: {
			unsigned size = f->set == A_BOOLOPT ? 1 : f->set;
			/* 6.1's get_u64 is strtoull's: "-1" is 2^64-1, "-0" is 0 */
			if (get_u64(&v, *argv, 0) || (size < 8 && v >= 1ULL << (8 * size)))
				invarg(msg, *argv);
			if (f->set == A_BOOLOPT) {
				uint32_t bit = 1u << (f->name[0] == 'n' ? BR_BOOLOPT_NO_LL_LEARN
									 : BR_BOOLOPT_MCAST_VLAN_SNOOPING);
				bm.optmask |= bit;
				if (v)
					bm.optval |= bit;
				else
					bm.optval &= ~bit;
			} else if (size == 1) {
				nla_put_u8(r, attr, (uint8_t)v);
			} else if (size == 2) {
				nla_put_u16(r, attr, (uint16_t)v);
			} else if (size == 4) {
				nla_put_u32(r, attr, (uint32_t)v);
			} else {
				nla_put_u64(r, attr, v);
			}
		}
		}
	}
	if (bm.optmask)
		nla_put(r, IFLA_BR_MULTI_BOOLOPT, &bm, sizeof(bm));
	return 0;
}

static int bridge_parse(int argc, char **argv, struct nl_req *r)
{
	return br_parse(argc, argv, r, br_fields, 0);
}

static int bridge_slave_parse(int argc, char **argv, struct nl_req *r)
{
	return br_parse(argc, argv, r, brport_fields, 1);
}

/* ---- -d ---------------------------------------------------------------- */

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
	int tl = label_len(f->name);
	const char *key = f->name[tl] ? f->name + tl + 1 : f->name;
	char fmt[48], val[48];
	unsigned long long v = nla_uint(a);

	int num = f->show == S_UINT ||
		  (f->show == S_STATE && v >= sizeof(port_states) / sizeof(port_states[0]));

	/* the text: the label and one conversion */
	fmt_buf(fmt, sizeof(fmt), "%.*s %%%s ", tl, f->name,
		num ? "llu" : f->show == S_INT ? "d" : f->show == S_TIMER ? "7s" : "s");
	switch (f->show) {
	case S_UINT:
		pr_uint(PR_ANY, key, fmt, v);
		return;
	case S_INT:
		pr_int(PR_ANY, key, fmt, (long long)v);
		return;
	case S_TIMER:	/* hundredths of a second, as iproute2's "%7.2f" */
		fmt_buf(val, sizeof(val), "%llu.%02llu", v / 100, v % 100);
		pr_number(PR_JSON, key, NULL, val);
		pr_string(PR_TEXT, NULL, fmt, val);
		return;
	case S_ID: {
		const struct ifla_bridge_id *id = nla_data(a);
		if (nla_len(a) < sizeof(*id))
			return;
		fmt_buf(val, sizeof(val), "%02x%02x.%x:%x:%x:%x:%x:%x", id->prio[0], id->prio[1],
			id->addr[0], id->addr[1], id->addr[2], id->addr[3], id->addr[4], id->addr[5]);
		break;
	}
	case S_ONOFF:
		pr_bool(PR_JSON, key, NULL, v != 0);
		/* fall through */
	case S_ONOFF_TEXT:
		pr_string(PR_TEXT, NULL, fmt, v ? "on" : "off");
		return;
	case S_HEX:
		fmt_buf(val, sizeof(val), v ? "0x%llx" : "0", v);
		break;
	case S_HEXSTR:
		fmt_buf(val, sizeof(val), "0x%llx", v);
		break;
	case S_STATE:
		if (v < sizeof(port_states) / sizeof(port_states[0]))
			pr_string(PR_ANY, key, fmt, port_states[v]);
		else
			pr_uint(PR_ANY, key, fmt, v);
		return;
	case S_MAC:
		ll_addr_n2a(nla_data(a), nla_len(a), 1, val, sizeof(val));
		break;
	case S_PROTO:
		v = be16((uint16_t)v);
		if (v == ETH_P_8021Q)
			strcpy(val, "802.1Q");
		else if (v == ETH_P_8021AD)
			strcpy(val, "802.1ad");
		else
			fmt_buf(val, sizeof(val), "0x%llx", v);
		break;
	case S_BOOLOPT: {
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

static void print_fields(const struct br_field *f, int max, const struct rtattr *data)
{
	const struct rtattr *tb[NLA_MAX_TB + 1];

	if (!data)
		return;
	nla_parse(tb, max, nla_data(data), nla_len(data));
	for (; f->name; f++)
		if (f->show && tb[f->attr])
			print_field(f, tb[f->attr]);
}

static void bridge_print(const struct rtattr *data)
{
	print_fields(br_fields, IFLA_BR_MAX < NLA_MAX_TB ? IFLA_BR_MAX : NLA_MAX_TB, data);
}

static void bridge_slave_print(const struct rtattr *data)
{
	print_fields(brport_fields, IFLA_BRPORT_MAX < NLA_MAX_TB ? IFLA_BRPORT_MAX : NLA_MAX_TB, data);
}

const struct link_kind bridge_link_kind = {
	.parse = bridge_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bridge_print : NULL,
	.help = bridge_help,
};

const struct link_kind bridge_slave_link_kind = {
	.parse = bridge_slave_parse,
	.print = CONFIG_IP_LINK_DETAILS ? bridge_slave_print : NULL,
	.help = bridge_slave_help,
};
