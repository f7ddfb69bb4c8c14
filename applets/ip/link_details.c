/* The optional parts of a link record: -d (driver details, link kind
 * options) and -s / -s -s (counters), as iproute2 6.1 prints them. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

/* ---- -d ---------------------------------------------------------------- */

static void print_linktype(const struct rtattr *linkinfo)
{
	const struct rtattr *li[IFLA_INFO_MAX + 1];
	char kind[32];

	nla_parse_nested(li, IFLA_INFO_MAX, linkinfo);
	pr_open_obj("linkinfo");
	for (int slave = 0; slave < 2; slave++) {
		const struct rtattr *k = li[slave ? IFLA_INFO_SLAVE_KIND : IFLA_INFO_KIND];
		if (!k)
			continue;
		/* the kernel's kind strings carry their NUL */
		int n = (int)strnlen(nla_data(k), nla_len(k));
		fmt_buf(kind, sizeof(kind), "%.*s", n, (const char *)nla_data(k));
		pr_nl();
		pr_string(PR_ANY, slave ? "info_slave_kind" : "info_kind", slave ? "    %s_slave " : "    %s ", kind);
		if (slave)
			fmt_buf(kind, sizeof(kind), "%.*s_slave", n, (const char *)nla_data(k));
		const struct link_kind *lk = link_kind_find(kind, 0);
		if (!lk || !lk->print)
			continue;
		pr_open_obj(slave ? "info_slave_data" : "info_data");
		lk->print(li[slave ? IFLA_INFO_SLAVE_DATA : IFLA_INFO_DATA]);
		pr_close_obj();
	}
	pr_close_obj();
}

static void print_addrgenmode(const struct rtattr *af_spec)
{
	const struct rtattr *tb[IFLA_INET6_MAX + 1];
	char b[8];

	nla_for_each(a, nla_data(af_spec), nla_len(af_spec)) {
		if (nla_type(a) != AF_INET6)
			continue;
		nla_parse_nested(tb, IFLA_INET6_MAX, a);
		if (!tb[IFLA_INET6_ADDR_GEN_MODE])
			return;
		unsigned m = nla_u8(tb[IFLA_INET6_ADDR_GEN_MODE], 0);
		if (m < 4) {
			pr_string(PR_ANY, "inet6_addr_gen_mode", "addrgenmode %s ", addrgen_names[m]);
		} else {
			fmt_buf(b, sizeof(b), "0x%02x", m);
			pr_string(PR_ANY, "inet6_addr_gen_mode", "addrgenmode %s ", b);
		}
		return;
	}
}

void print_link_details(const struct rtattr **tb, int do_link)
{
	static const struct {
		unsigned short attr;
		const char *key, *fmt;
	} heads[] = {
		{ IFLA_PROMISCUITY, "promiscuity", " promiscuity %u " },
		{ IFLA_ALLMULTI, "allmulti", " allmulti %u " },	/* 6.1: two spaces before */
		{ IFLA_MIN_MTU, "min_mtu", "minmtu %u " },
		{ IFLA_MAX_MTU, "max_mtu", "maxmtu %u " },
	}, tails[] = {
		{ IFLA_NUM_TX_QUEUES, "num_tx_queues", "numtxqueues %u " },
		{ IFLA_NUM_RX_QUEUES, "num_rx_queues", "numrxqueues %u " },
		{ IFLA_GSO_MAX_SIZE, "gso_max_size", "gso_max_size %u " },
		{ IFLA_GSO_MAX_SEGS, "gso_max_segs", "gso_max_segs %u " },
		{ IFLA_TSO_MAX_SIZE, "tso_max_size", "tso_max_size %u " },
		{ IFLA_TSO_MAX_SEGS, "tso_max_segs", "tso_max_segs %u " },
		{ IFLA_GRO_MAX_SIZE, "gro_max_size", "gro_max_size %u " },
	};

	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if (tb[heads[i].attr])
			pr_uint(PR_ANY, heads[i].key, heads[i].fmt, nla_u32(tb[heads[i].attr], 0));
	if (tb[IFLA_LINKINFO])
		print_linktype(tb[IFLA_LINKINFO]);
	if (do_link && tb[IFLA_AF_SPEC])
		print_addrgenmode(tb[IFLA_AF_SPEC]);
	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
		if (tb[tails[i].attr])
			pr_uint(PR_ANY, tails[i].key, tails[i].fmt, nla_u32(tb[tails[i].attr], 0));
	if (nla_str(tb[IFLA_PHYS_PORT_NAME]))
		pr_string(PR_ANY, "phys_port_name", "portname %s ", nla_str(tb[IFLA_PHYS_PORT_NAME]));
	if (nla_str(tb[IFLA_PARENT_DEV_BUS_NAME]))
		pr_string(PR_ANY, "parentbus", "parentbus %s ", nla_str(tb[IFLA_PARENT_DEV_BUS_NAME]));
	if (nla_str(tb[IFLA_PARENT_DEV_NAME]))
		pr_string(PR_ANY, "parentdev", "parentdev %s ", nla_str(tb[IFLA_PARENT_DEV_NAME]));
}

/* ---- -s ---------------------------------------------------------------- */

/* the counters by index: struct rtnl_link_stats64 read as an array, then
 * the carrier changes and a zero */
#define I(f) (offsetof(struct rtnl_link_stats64, f) / 8)
enum { I_CARRIER_CHANGES = sizeof(struct rtnl_link_stats64) / 8, I_ZERO, I_N };

/* widen each column to its longest number (iproute2's size_columns) */
static void size_columns(unsigned *cols, int n, const unsigned long long *S, const unsigned char *idx)
{
	if (G.human)
		return;
	for (int i = 0; i < n; i++) {
		unsigned len = 1;
		for (unsigned long long x = S[idx[i]]; x > 9; x /= 10)
			len++;
		if (len > cols[i])
			cols[i] = len;
	}
}

/* -h / -iec: "1.23k", "45.6Mi" (iproute2's print_num, without floats) */
static void print_num(unsigned width, unsigned long long count)
{
	const char *prefix = "kMGTPE";
	unsigned long long base = G.iec ? 1024 : 1000, powi = 1, powj = 1;
	int precision = 2;
	char buf[32];

	if (!G.human || count < base) {
		out_fmt("%*llu ", (int)width, count);
		return;
	}
	for (;;) {
		powi *= base;
		if (count / base < powi || !prefix[1])
			break;
		prefix++;
	}
	for (; precision > 0; precision--) {
		powj *= 10;
		if (count / powi < powj)
			break;
	}
	unsigned long long scale = precision == 2 ? 100 : precision == 1 ? 10 : 1;
	unsigned long long whole = count / powi, d = powi / scale;
	unsigned long long frac = (count % powi + d / 2) / d;
	if (frac >= scale) {
		whole++;
		frac -= scale;
	}
	if (precision)
		fmt_buf(buf, sizeof(buf), "%llu.%0*llu%c%s", whole, precision, frac, *prefix, G.iec ? "i" : "");
	else
		fmt_buf(buf, sizeof(buf), "%llu%c%s", whole, *prefix, G.iec ? "i" : "");
	out_fmt("%*s ", (int)width, buf);
}

/* one -s block: a line of labels ("    RX:" and the first one right-aligned
 * in column 0, the others in theirs: SHOWN of them, blank columns up to N),
 * then SHOWN numbers; an error block (SKIP0) has no first number */
static void stats_block(const char *title, const char *const *labels, int n, int shown,
			const unsigned *w, const unsigned long long *S, const unsigned char *idx, int skip0)
{
	out_fmt("    %s%*s", title, (int)(w[0] - strlen(title)), labels[0]);
	for (int i = 1; i < n; i++)
		out_fmt(" %*s", (int)w[i], i < shown ? labels[i] : "");
	out_str(G.sl);
	out_str("    ");
	for (int i = 0; i < shown; i++) {
		if (i == 0 && skip0)
			out_fmt("%*s ", (int)w[0], "");
		else
			print_num(w[i], S[idx[i]]);
	}
}

static void json_counters(const char *const *keys, const unsigned long long *S, const unsigned char *idx, int n)
{
	for (int i = 0; i < n; i++)
		pr_uint(PR_JSON, keys[i], NULL, S[idx[i]]);
}

static void print_stats64(const unsigned long long *S, int cc)
{
	static const unsigned char rx[] = { I(rx_bytes), I(rx_packets), I(rx_errors), I(rx_dropped),
					    I(rx_missed_errors), I(multicast), I(rx_compressed) };
	static const unsigned char rxe[] = { I_ZERO, I(rx_length_errors), I(rx_crc_errors), I(rx_frame_errors),
					     I(rx_fifo_errors), I(rx_over_errors), I(rx_nohandler) };
	static const unsigned char tx[] = { I(tx_bytes), I(tx_packets), I(tx_errors), I(tx_dropped),
					    I(tx_carrier_errors), I(collisions), I(tx_compressed) };
	static const unsigned char txe[] = { I_ZERO, I(tx_aborted_errors), I(tx_fifo_errors), I(tx_window_errors),
					     I(tx_heartbeat_errors), I_CARRIER_CHANGES, I_ZERO };
	int more = G.stats > 1;
	unsigned long long rx_comp = S[I(rx_compressed)], tx_comp = S[I(tx_compressed)];
	unsigned long long nohandler = S[I(rx_nohandler)];

	if (pr_json()) {
		static const char *const rxk[] = { "bytes", "packets", "errors", "dropped", "over_errors", "multicast" };
		static const unsigned char rxj[] = { I(rx_bytes), I(rx_packets), I(rx_errors), I(rx_dropped),
						     I(rx_over_errors), I(multicast) };
		static const char *const rxek[] = { "length_errors", "crc_errors", "frame_errors", "fifo_errors", "missed_errors" };
		static const unsigned char rxej[] = { I(rx_length_errors), I(rx_crc_errors), I(rx_frame_errors),
						      I(rx_fifo_errors), I(rx_missed_errors) };
		static const char *const txk[] = { "bytes", "packets", "errors", "dropped", "carrier_errors", "collisions" };
		static const char *const txek[] = { "aborted_errors", "fifo_errors", "window_errors", "heartbeat_errors" };

		pr_open_obj("stats64");
		pr_open_obj("rx");
		json_counters(rxk, S, rxj, 6);
		if (rx_comp)
			pr_uint(PR_JSON, "compressed", NULL, rx_comp);
		if (more) {
			json_counters(rxek, S, rxej, 5);
			if (nohandler)
				pr_uint(PR_JSON, "nohandler", NULL, nohandler);
		}
		pr_close_obj();
		pr_open_obj("tx");
		json_counters(txk, S, tx, 6);
		if (tx_comp)
			pr_uint(PR_JSON, "compressed", NULL, tx_comp);
		if (more) {
			json_counters(txek, S, txe + 1, 4);
			if (cc)
				pr_uint(PR_JSON, "carrier_changes", NULL, S[I_CARRIER_CHANGES]);
		}
		pr_close_obj();
		pr_close_obj();
		return;
	}

	static const char *const rxl[] = { "bytes", "packets", "errors", "dropped", "missed", "mcast", "compressed" };
	static const char *const rxel[] = { "", "length", "crc", "frame", "fifo", "overrun", "nohandler" };
	static const char *const txl[] = { "bytes", "packets", "errors", "dropped", "carrier", "collsns", "compressed" };
	static const char *const txel[] = { "", "aborted", "fifo", "window", "heartbt", "transns" };
	unsigned cols[7] = { 10, 7, 6, 7, 7, 7, 10 };	/* "*X errors:", "packets", ... "compressed" */
	int nh = nohandler ? 7 : 6;

	size_columns(cols, 7, S, rx);
	if (more)
		size_columns(cols, 7, S, rxe);
	size_columns(cols, 7, S, tx);
	if (more)
		size_columns(cols, 7, S, txe);

	stats_block("RX:", rxl, 7, rx_comp ? 7 : 6, cols, S, rx, 0);
	if (more) {
		out_str(G.sl);
		stats_block("RX errors:", rxel, nh, nh, cols, S, rxe, 1);
	}
	out_str(G.sl);
	stats_block("TX:", txl, 7, tx_comp ? 7 : 6, cols, S, tx, 0);
	if (more) {
		out_str(G.sl);
		if (!cc)
			cols[5] = 0;	/* 6.1: a blank column without width */
		stats_block("TX errors:", txel, 6, cc ? 6 : 5, cols, S, txe, 1);
	}
}

void print_link_stats_tb(const struct rtattr **tb)
{
	unsigned long long S[I_N];

	memset(S, 0, sizeof(S));
	if (tb[IFLA_STATS64]) {
		size_t n = nla_len(tb[IFLA_STATS64]);
		memcpy(S, nla_data(tb[IFLA_STATS64]), n < I_CARRIER_CHANGES * 8 ? n : I_CARRIER_CHANGES * 8);
	} else if (tb[IFLA_STATS]) {
		/* the 32-bit counters come in the same order */
		const uint32_t *v = nla_data(tb[IFLA_STATS]);
		size_t n = nla_len(tb[IFLA_STATS]) / 4;
		for (size_t i = 0; i < n && i < I_CARRIER_CHANGES; i++)
			S[i] = v[i];
	}
	S[I_CARRIER_CHANGES] = nla_u32(tb[IFLA_CARRIER_CHANGES], 0);
	/* no counters at all (IPv6's short records of ip -6 -s addr): 6.1
	 * prints zeros */
	print_stats64(S, tb[IFLA_CARRIER_CHANGES] != NULL);
}
void print_link_stats(const struct nlmsghdr *n)
{
	const struct rtattr *tb[IFLA_MAX + 1];

	if (!CONFIG_IP_LINK_STATS)
		return;
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(struct ifinfomsg));
	print_link_stats_tb(tb);
	pr_nl();
}
