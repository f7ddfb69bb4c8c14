/* The optional parts of a link record: -d (driver details, link kind
 * options) and -s / -s -s (counters), as iproute2 6.1 prints them. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>
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
		fmt_buf(kind, sizeof(kind), "%.*s%s", (int)strnlen(nla_data(k), nla_len(k)),
			(const char *)nla_data(k), slave ? "_slave" : "");
		pr_nl();
		if (slave) {
			kind[strlen(kind) - 6] = 0;
			pr_string(PR_ANY, "info_slave_kind", "    %s_slave ", kind);
			kind[strlen(kind)] = '_';
		} else {
			pr_string(PR_ANY, "info_kind", "    %s ", kind);
		}
		const struct link_kind *lk = link_kind_find(kind);
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
	static const char *const modes[] = { "eui64", "none", "stable_secret", "random" };
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
			pr_string(PR_ANY, "inet6_addr_gen_mode", "addrgenmode %s ", modes[m]);
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

/* widen each column to its longest number (iproute2's size_columns) */
static void size_columns(unsigned *cols, int n, const unsigned long long *v)
{
	if (G.human)
		return;
	for (int i = 0; i < n; i++) {
		unsigned len = 1;
		for (unsigned long long x = v[i]; x > 9; x /= 10)
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

static void nums(const unsigned *cols, const unsigned long long *v, int n)
{
	for (int i = 0; i < n; i++)
		print_num(cols[i], v[i]);
}

static void json_counters(const char *const *keys, const unsigned long long *v, int n)
{
	for (int i = 0; i < n; i++)
		if (keys[i])
			pr_uint(PR_JSON, keys[i], NULL, v[i]);
}

static void print_stats64(const struct rtnl_link_stats64 *s, const struct rtattr *carrier_changes)
{
	int more = G.stats > 1, cc = carrier_changes != NULL;
	unsigned long long ccv = nla_u32(carrier_changes, 0);
	unsigned long long rx[7] = { s->rx_bytes, s->rx_packets, s->rx_errors, s->rx_dropped,
				     s->rx_missed_errors, s->multicast, s->rx_compressed };
	unsigned long long rxe[7] = { 0, s->rx_length_errors, s->rx_crc_errors, s->rx_frame_errors,
				      s->rx_fifo_errors, s->rx_over_errors, s->rx_nohandler };
	unsigned long long tx[7] = { s->tx_bytes, s->tx_packets, s->tx_errors, s->tx_dropped,
				     s->tx_carrier_errors, s->collisions, s->tx_compressed };
	unsigned long long txe[7] = { 0, s->tx_aborted_errors, s->tx_fifo_errors, s->tx_window_errors,
				      s->tx_heartbeat_errors, ccv, 0 };

	if (pr_json()) {
		static const char *const rxk[] = { "bytes", "packets", "errors", "dropped", "over_errors", "multicast" };
		static const char *const rxek[] = { "length_errors", "crc_errors", "frame_errors", "fifo_errors", "missed_errors" };
		static const char *const txk[] = { "bytes", "packets", "errors", "dropped", "carrier_errors", "collisions" };
		static const char *const txek[] = { "aborted_errors", "fifo_errors", "window_errors", "heartbeat_errors" };
		unsigned long long rxj[6] = { s->rx_bytes, s->rx_packets, s->rx_errors, s->rx_dropped,
					      s->rx_over_errors, s->multicast };
		unsigned long long rxej[5] = { s->rx_length_errors, s->rx_crc_errors, s->rx_frame_errors,
					       s->rx_fifo_errors, s->rx_missed_errors };

		pr_open_obj("stats64");
		pr_open_obj("rx");
		json_counters(rxk, rxj, 6);
		if (s->rx_compressed)
			pr_uint(PR_JSON, "compressed", NULL, s->rx_compressed);
		if (more) {
			json_counters(rxek, rxej, 5);
			if (s->rx_nohandler)
				pr_uint(PR_JSON, "nohandler", NULL, s->rx_nohandler);
		}
		pr_close_obj();
		pr_open_obj("tx");
		json_counters(txk, tx, 6);
		if (s->tx_compressed)
			pr_uint(PR_JSON, "compressed", NULL, s->tx_compressed);
		if (more) {
			json_counters(txek, txe + 1, 4);
			if (cc)
				pr_uint(PR_JSON, "carrier_changes", NULL, ccv);
		}
		pr_close_obj();
		pr_close_obj();
		return;
	}

	unsigned cols[7] = { 10, 7, 6, 7, 7, 7, 10 };	/* "*X errors:", "packets", ... "compressed" */
	size_columns(cols, 7, rx);
	if (more)
		size_columns(cols, 7, rxe);
	size_columns(cols, 7, tx);
	if (more)
		size_columns(cols, 7, txe);

	out_fmt("    RX: %*s %*s %*s %*s %*s %*s %*s%s", (int)cols[0] - 4, "bytes", (int)cols[1], "packets",
		(int)cols[2], "errors", (int)cols[3], "dropped", (int)cols[4], "missed",
		(int)cols[5], "mcast", (int)cols[6], s->rx_compressed ? "compressed" : "", G.sl);
	out_str("    ");
	nums(cols, rx, s->rx_compressed ? 7 : 6);
	if (more) {
		out_str(G.sl);
		out_fmt("    RX errors:%*s %*s %*s %*s %*s %*s%*s%s", (int)cols[0] - 10, "",
			(int)cols[1], "length", (int)cols[2], "crc", (int)cols[3], "frame",
			(int)cols[4], "fifo", (int)cols[5], "overrun",
			s->rx_nohandler ? (int)cols[6] + 1 : 0, s->rx_nohandler ? " nohandler" : "", G.sl);
		out_fmt("%*s", (int)cols[0] + 5, "");
		nums(cols + 1, rxe + 1, s->rx_nohandler ? 6 : 5);
	}
	out_str(G.sl);

	out_fmt("    TX: %*s %*s %*s %*s %*s %*s %*s%s", (int)cols[0] - 4, "bytes", (int)cols[1], "packets",
		(int)cols[2], "errors", (int)cols[3], "dropped", (int)cols[4], "carrier",
		(int)cols[5], "collsns", (int)cols[6], s->tx_compressed ? "compressed" : "", G.sl);
	out_str("    ");
	nums(cols, tx, s->tx_compressed ? 7 : 6);
	if (more) {
		out_str(G.sl);
		out_fmt("    TX errors:%*s %*s %*s %*s %*s %*s%s", (int)cols[0] - 10, "",
			(int)cols[1], "aborted", (int)cols[2], "fifo", (int)cols[3], "window",
			(int)cols[4], "heartbt", cc ? (int)cols[5] : 0, cc ? "transns" : "", G.sl);
		out_fmt("%*s", (int)cols[0] + 5, "");
		nums(cols + 1, txe + 1, cc ? 5 : 4);
	}
}

void print_link_stats_tb(const struct rtattr **tb)
{
	struct rtnl_link_stats64 s;

	memset(&s, 0, sizeof(s));
	if (tb[IFLA_STATS64]) {
		size_t n = nla_len(tb[IFLA_STATS64]);
		memcpy(&s, nla_data(tb[IFLA_STATS64]), n < sizeof(s) ? n : sizeof(s));
	} else if (tb[IFLA_STATS]) {
		/* the 32-bit counters come in the same order */
		const uint32_t *v = nla_data(tb[IFLA_STATS]);
		size_t n = nla_len(tb[IFLA_STATS]) / 4;
		uint64_t *d = (uint64_t *)&s;
		for (size_t i = 0; i < n && i < sizeof(s) / 8; i++)
			d[i] = v[i];
	}
	/* no counters at all (IPv6's short records of ip -6 -s addr): 6.1
	 * prints zeros */
	print_stats64(&s, tb[IFLA_CARRIER_CHANGES]);
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
