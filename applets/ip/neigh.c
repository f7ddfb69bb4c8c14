/* ip neigh: the ARP and NDISC tables (iproute2's ipneigh.c). */
#include "applets/ip/ip.h"
#include "applets/ip/flush.h"
#include "applets/ip/lib/hosts.h"
#include "core/kw.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if_arp.h>
#include <linux/neighbour.h>
#include <string.h>
#include <sys/socket.h>

static const char neigh_help[] =
	"Usage: ip neigh { add | del | change | replace }\n"
	"                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n"
	"                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n"
	"                [ protocol PROTO ]\n"
	"\n"
	"\tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n"
	"\t\t\t\t  [ vrf NAME ] [ nomaster ]\n"
	"\tip neigh get { ADDR | proxy ADDR } dev DEV\n"
	"\n"
	"STATE := { delay | failed | incomplete | noarp | none |\n"
	"           permanent | probe | reachable | stale }\n"
	;

__attribute__((noreturn)) static void usage(void)
{
	usage_exit(USAGE(neigh_help, "Usage: ip neigh { add | del | change | replace | show | flush | get } ...\n"), RC_USAGE);
}

#ifndef NTF_EXT_MANAGED
#define NTF_EXT_MANAGED (1 << 0)
#endif
#ifndef NDA_FLAGS_EXT
#define NDA_FLAGS_EXT 15
#endif
#define NUD_NONE_BIT 0x100	/* iproute2's "nud none" in a filter */

/* the selectors of ip neigh show/flush (get: all states), and flush's count */
struct neigh_filter {
	int family;
	unsigned index;
	unsigned state;
	int unused_only;
	inet_prefix pfx;
	int master;
	unsigned protocol;
	unsigned char ndm_flags;
	int flushing;
	unsigned flushed;
};

/* state names, in the order iproute2 prints them */
static const struct {
	unsigned short bit;
	char name[12];
} nud_names[] = {
	{ NUD_INCOMPLETE, "INCOMPLETE" }, { NUD_REACHABLE, "REACHABLE" },
	{ NUD_STALE, "STALE" }, { NUD_DELAY, "DELAY" }, { NUD_PROBE, "PROBE" },
	{ NUD_FAILED, "FAILED" }, { NUD_NOARP, "NOARP" }, { NUD_PERMANENT, "PERMANENT" },
};

static int nud_state_a2n(unsigned *state, const char *arg)
{
	/* iproute2's order; id: the NUD_* bit */
	static const struct kw words[] = {
		{ "permanent", KW_PREFIX, NUD_PERMANENT, 0, 0 },
		{ "reachable", KW_PREFIX, NUD_REACHABLE, 0, 0 },
		{ "noarp", KW_EXACT, NUD_NOARP, 0, 0 }, { "none", KW_EXACT, NUD_NONE, 0, 0 },
		{ "stale", KW_EXACT, NUD_STALE, 0, 0 },
		{ "incomplete", KW_EXACT, NUD_INCOMPLETE, 0, 0 },
		{ "delay", KW_EXACT, NUD_DELAY, 0, 0 }, { "probe", KW_EXACT, NUD_PROBE, 0, 0 },
		{ "failed", KW_PREFIX, NUD_FAILED, 0, 0 },
	};
	const struct kw *k = KW_FIND(arg, words);

	if (k) {
		*state = k->id;
		return 0;
	}
	if (get_u32(state, arg, 0) || *state >= 0x100 || (*state & (*state - 1)))
		return -1;
	return 0;
}

/* proxy ADDR */
static void neigh_proxy(const char *arg, inet_prefix *dst, int *dst_ok, struct ndmsg *ndm)
{
	if (matches(arg, "help"))
		usage();
	if (*dst_ok)
		duparg("address", arg);
	get_addr(dst, arg, G.family);
	*dst_ok = 1;
	ndm->ndm_flags |= NTF_PROXY;
}

/* [to] ADDR */
static void neigh_dst(const char *arg, inet_prefix *dst, int *dst_ok)
{
	if (*dst_ok)
		duparg2("to", arg);
	get_addr(dst, arg, G.family);
	*dst_ok = 1;
}

static int neigh_dev(struct ndmsg *ndm, const char *dev)
{
	ndm->ndm_ifindex = (int)ll_name_to_index(dev);
	if (ndm->ndm_ifindex)
		return 0;
	err_fmt("Cannot find device \"%s\"\n", dev);
	return -1;
}

static int print_neigh(const struct nlmsghdr *n, void *arg);

static int got_neigh(const struct nlmsghdr *n, void *arg)
{
	/* iproute2 starts no JSON output here: -j prints text */
	int json = pr_set_json(0);
	int r = print_neigh(n, arg);
	pr_set_json(json);
	if (r < 0)
		err_fmt("An error :-)\n");
	return r;
}

/* add, change, replace, delete; and get (CMD RTM_GETNEIGH), whose only
 * words are dev and proxy */
static int neigh_modify(int argc, char **argv, int cmd, int flags)
{
	char buf[512];
	struct nl_req req;
	struct ndmsg *ndm = nl_req_init(&req, buf, sizeof(buf), cmd, flags, sizeof(*ndm));
	const char *dev = NULL, *lla = NULL;
	int dst_ok = 0, dev_ok = 0, get = cmd == RTM_GETNEIGH;
	unsigned ext_flags = 0, v;
	inet_prefix dst;

	ndm->ndm_family = (unsigned char)G.family;
	ndm->ndm_state = get ? 0 : NUD_PERMANENT;
	memset(&dst, 0, sizeof(dst));
	for (; argc > 0; argc--, argv++) {
		if (!get && matches(*argv, "lladdr")) {
			NEXT_ARG();
			if (lla)
				duparg("lladdr", *argv);
			lla = *argv;
		} else if (!get && streq(*argv, "nud")) {
			NEXT_ARG();
			if (nud_state_a2n(&v, *argv))
				invarg("nud state is bad", *argv);
			ndm->ndm_state = (unsigned short)v;
		} else if (matches(*argv, "proxy")) {
			NEXT_ARG();
			neigh_proxy(*argv, &dst, &dst_ok, ndm);
			dev_ok = 1;
		} else if (!get && streq(*argv, "router")) {
			ndm->ndm_flags |= NTF_ROUTER;
		} else if (!get && streq(*argv, "use")) {
			ndm->ndm_flags |= NTF_USE;
		} else if (!get && matches(*argv, "managed")) {
			ext_flags |= NTF_EXT_MANAGED;
			ndm->ndm_state = NUD_NONE;	/* the kernel resolves it */
		} else if (!get && matches(*argv, "extern_learn")) {
			ndm->ndm_flags |= NTF_EXT_LEARNED;
		} else if (streq(*argv, "dev")) {
			NEXT_ARG();
			dev = *argv;
			dev_ok = 1;
		} else if (!get && matches(*argv, "protocol")) {
			NEXT_ARG();
			if (rt_proto_a2n(&v, *argv))
				invarg("\"protocol\" value is invalid\n", *argv);
			nla_put_u8(&req, NDA_PROTOCOL, (uint8_t)v);
		} else {
			if (streq(*argv, "to"))
				NEXT_ARG();
			if (matches(*argv, "help")) {
				if (get)
					usage();
				NEXT_ARG();
			}
			neigh_dst(*argv, &dst, &dst_ok);
		}
	}
	if (!dev_ok || !dst_ok || dst.family == AF_UNSPEC) {
		if (get) {
			err_fmt("Device and address are required arguments.\n");
			return RC_LOCAL;
		}
		err_fmt("Device and destination are required arguments.\n");
		ipbox_exit(RC_USAGE);
	}
	ndm->ndm_family = (unsigned char)dst.family;
	nla_put(&req, NDA_DST, dst.data, (size_t)dst.bytelen);
	if (ext_flags)
		nla_put_u32(&req, NDA_FLAGS_EXT, ext_flags);
	if (lla && !streq(lla, "null")) {
		uint8_t ll[20];
		int l = ll_addr_a2n(ll, sizeof(ll), lla);
		if (l < 0)
			return RC_LOCAL;
		nla_put(&req, NDA_LLADDR, ll, (size_t)l);
	}
	if (dev && neigh_dev(ndm, dev))
		return RC_LOCAL;
	if (get) {
		struct neigh_filter all = { .state = ~0u };
		int e = nl_get(&req, 0, got_neigh, &all);
		return e >= 0 ? RC_OK : e == -1 ? RC_LOCAL : RC_KERNEL;
	}
	return nl_talk(&req, 0) < 0 ? RC_KERNEL : RC_OK;
}

static int print_neigh(const struct nlmsghdr *n, void *arg)
{
	const struct ndmsg *r = NLMSG_DATA(n);
	const struct rtattr *tb[NDA_MAX + 1];
	char b[RT_NAME_BUF + ADDR_BUF];
	struct neigh_filter *f = arg;

	if (n->nlmsg_type != RTM_NEWNEIGH && n->nlmsg_type != RTM_DELNEIGH && n->nlmsg_type != RTM_GETNEIGH) {
		err_fmt("Not RTM_NEWNEIGH: %08x %08x %08x\n", n->nlmsg_len, n->nlmsg_type, n->nlmsg_flags);
		return 0;
	}
	if (n->nlmsg_len < NLMSG_LENGTH(sizeof(*r))) {
		err_fmt("BUG: wrong nlmsg len %d\n", (int)(n->nlmsg_len - NLMSG_LENGTH(sizeof(*r))));
		return -1;
	}
	if (f->flushing && n->nlmsg_type != RTM_NEWNEIGH)
		return 0;
	if (f->family && f->family != r->ndm_family)
		return 0;
	if (f->index && (int)f->index != r->ndm_ifindex)
		return 0;
	if (!(f->state & r->ndm_state) && !(r->ndm_flags & NTF_PROXY) && !(r->ndm_flags & NTF_EXT_LEARNED) &&
	    (r->ndm_state || !(f->state & NUD_NONE_BIT)) && r->ndm_family != AF_DECnet)
		return 0;
	nlmsg_parse(tb, NDA_MAX, n, sizeof(*r));
	if (f->pfx.family && nla_prefix_differs(tb[NDA_DST], &f->pfx))
		return 0;
	unsigned protocol = nla_u8(tb[NDA_PROTOCOL], 0);
	if (f->protocol && f->protocol != protocol)
		return 0;
	if (f->unused_only && tb[NDA_CACHEINFO] && nla_len(tb[NDA_CACHEINFO]) >= sizeof(struct nda_cacheinfo) &&
	    ((const struct nda_cacheinfo *)nla_data(tb[NDA_CACHEINFO]))->ndm_refcnt)
		return 0;
	if (f->flushing) {
		if (flush_add(n) < 0)
			return -1;
		f->flushed++;
		if (G.stats < 2)
			return 0;
	}

	int brief = G.brief;
	pr_open_obj(NULL);
	if (n->nlmsg_type == RTM_DELNEIGH)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	else if (n->nlmsg_type == RTM_GETNEIGH)
		pr_null(PR_ANY, "miss", "%s ", "miss");
	if (tb[NDA_DST]) {
		int family = r->ndm_family;
		if (family == AF_BRIDGE)
			family = nla_len(tb[NDA_DST]) == 16 ? AF_INET6 : AF_INET;
		const char *a = (family == AF_INET && nla_len(tb[NDA_DST]) >= 4) ||
				(family == AF_INET6 && nla_len(tb[NDA_DST]) >= 16)
			? format_host(family, nla_data(tb[NDA_DST]), b) : "???";
		pr_color_string(PR_ANY, pr_family_color(family), "dst", brief ? "%-39s " : "%s ", a);
	}
	if (!f->index && r->ndm_ifindex) {
		char ib[16];
		if (!brief)
			pr_text("dev ");
		pr_color_string(PR_ANY, PR_C_IFNAME, "dev", brief ? "%-16s " : "%s ",
				ll_index_to_name((unsigned)r->ndm_ifindex, ib));
	}
	if (tb[NDA_LLADDR]) {
		if (!brief)
			pr_text("lladdr ");
		pr_color_string(PR_ANY, PR_C_MAC, "lladdr", brief ? "%s" : "%s ",
			  ll_addr_n2a(nla_data(tb[NDA_LLADDR]), nla_len(tb[NDA_LLADDR]), ARPHRD_ETHER, b, sizeof(b)));
	}
	if (brief) {
		/* -br: a table of address, device and link address */
		pr_text("\n");
		pr_close_obj();
		return 0;
	}
	static const struct {
		unsigned char flag;	/* NTF_* */
		char name[13];
	} flags[] = {
		{ NTF_ROUTER, "router" }, { NTF_PROXY, "proxy" },
		{ NTF_EXT_LEARNED, "extern_learn" }, { NTF_OFFLOADED, "offload" },
	};
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (r->ndm_flags & flags[i].flag)
			pr_null(PR_ANY, flags[i].name, "%s ", flags[i].name);
	if (nla_u32(tb[NDA_FLAGS_EXT], 0) & NTF_EXT_MANAGED)
		pr_null(PR_ANY, "managed", "%s ", "managed");
	if (G.stats) {
		if (tb[NDA_CACHEINFO] && nla_len(tb[NDA_CACHEINFO]) >= sizeof(struct nda_cacheinfo)) {
			const struct nda_cacheinfo *ci = nla_data(tb[NDA_CACHEINFO]);
			const unsigned hz = 100;	/* USER_HZ */
			if (ci->ndm_refcnt)
				pr_uint(PR_ANY, "refcnt", " ref %u", ci->ndm_refcnt);
			pr_uint(PR_ANY, "used", " used %u", ci->ndm_used / hz);
			pr_uint(PR_ANY, "confirmed", "/%u", ci->ndm_confirmed / hz);
			pr_uint(PR_ANY, "updated", "/%u", ci->ndm_updated / hz);
		}
		if (tb[NDA_PROBES])
			pr_uint(PR_ANY, "probes", "probes %u ", nla_u32(tb[NDA_PROBES], 0));
	}
	if (r->ndm_state) {
		unsigned nud = r->ndm_state;
		pr_open_arr("state");
		for (size_t i = 0; i < sizeof(nud_names) / sizeof(nud_names[0]); i++)
			if (nud & nud_names[i].bit)
				pr_string(PR_ANY, NULL, "%s ", nud_names[i].name);
		pr_close_arr();
	}
	if (protocol)
		pr_string(PR_ANY, "protocol", "proto %s ", rt_proto_n2a(protocol, b));
	pr_text("\n");
	pr_close_obj();
	return 0;
}

static int neigh_dump(struct neigh_filter *f)
{
	char buf[128];
	struct nl_req r;
	struct ndmsg *ndm = nl_req_init(&r, buf, sizeof(buf), RTM_GETNEIGH, 0, sizeof(*ndm));

	ndm->ndm_family = (unsigned char)f->family;
	ndm->ndm_flags = f->ndm_flags;
	if (f->index)
		nla_put_u32(&r, NDA_IFINDEX, f->index);
	if (f->master)
		nla_put_u32(&r, NDA_MASTER, (unsigned)f->master);
	return nl_dump(&r, print_neigh, f);
}

static int neigh_show_or_flush(int argc, char **argv, int flush)
{
	const char *filter_dev = NULL;
	int state_given = 0;
	unsigned v;
	struct neigh_filter filter = { .family = G.family }, *f = &filter;

	if (flush) {
		if (argc <= 0) {
			err_fmt("Flush requires arguments.\n");
			return RC_LOCAL;
		}
		f->state = ~(unsigned)(NUD_PERMANENT | NUD_NOARP);
	} else {
		f->state = 0xFF & ~NUD_NOARP;
	}
	for (; argc > 0; argc--, argv++) {
		if (streq(*argv, "dev")) {
			NEXT_ARG();
			if (filter_dev)
				duparg("dev", *argv);
			filter_dev = *argv;
		} else if (streq(*argv, "master")) {
			NEXT_ARG();
			f->master = (int)ll_name_to_index(*argv);
			if (!f->master)
				invarg("Device does not exist\n", *argv);
		} else if (streq(*argv, "vrf")) {
			NEXT_ARG();
			invarg("Not a valid VRF name\n", *argv);
		} else if (streq(*argv, "nomaster")) {
			f->master = -1;
		} else if (streq(*argv, "unused")) {
			f->unused_only = 1;
		} else if (streq(*argv, "nud")) {
			NEXT_ARG();
			if (!state_given) {
				state_given = 1;
				f->state = 0;
			}
			if (nud_state_a2n(&v, *argv)) {
				if (!streq(*argv, "all"))
					invarg("nud state is bad", *argv);
				v = ~0u;
				if (flush)
					v &= ~(unsigned)NUD_NOARP;
			}
			if (v == 0)
				v = NUD_NONE_BIT;
			f->state |= v;
		} else if (streq(*argv, "proxy")) {
			f->ndm_flags = NTF_PROXY;
		} else if (matches(*argv, "protocol")) {
			NEXT_ARG();
			if (rt_proto_a2n(&v, *argv)) {
				if (!streq(*argv, "all"))
					invarg("invalid \"protocol\"\n", *argv);
				v = 0;
			}
			f->protocol = v;
		} else {
			if (streq(*argv, "to"))
				NEXT_ARG();
			if (matches(*argv, "help"))
				usage();
			get_prefix(&f->pfx, *argv, f->family);
			if (f->family == AF_UNSPEC)
				f->family = f->pfx.family;
		}
	}
	if (filter_dev) {
		f->index = ll_name_to_index(filter_dev);
		if (!f->index) {
			err_fmt("Cannot find device \"%s\"\n", filter_dev);
			return RC_LOCAL;
		}
	}
	if (flush) {
		f->flushing = 1;
		flush_start(RTM_DELNEIGH, 0);
		for (int round = 0; round < 10;) {
			f->flushed = 0;
			if (neigh_dump(f) < 0) {
				err_fmt("Flush terminated\n");
				ipbox_exit(RC_LOCAL);	/* exit(1): it ends a batch too */
			}
			if (!f->flushed) {
				flush_done(round, round == 0);
				return RC_OK;
			}
			round++;
			if (flush_send() < 0)
				ipbox_exit(RC_LOCAL);
			if (G.stats)
				out_fmt("\n*** Round %d, deleting %d entries ***\n", round, f->flushed);
			f->state &= ~(unsigned)NUD_FAILED;
		}
		out_fmt("*** Flush not complete bailing out after %d rounds\n", 10);
		return RC_LOCAL;
	}
	pr_begin();
	if (neigh_dump(f) < 0) {
		err_fmt("Dump terminated\n");
		return RC_LOCAL;
	}
	pr_end();
	return RC_OK;
}

static int neigh_add(int argc, char **argv)
{
	return neigh_modify(argc, argv, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL);
}

static int neigh_change(int argc, char **argv)
{
	return neigh_modify(argc, argv, RTM_NEWNEIGH, NLM_F_REPLACE);
}

static int neigh_replace(int argc, char **argv)
{
	return neigh_modify(argc, argv, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE);
}

static int neigh_delete(int argc, char **argv)
{
	return neigh_modify(argc, argv, RTM_DELNEIGH, 0);
}

static int neigh_get(int argc, char **argv)
{
	return neigh_modify(argc, argv, RTM_GETNEIGH, 0);
}

static int neigh_show(int argc, char **argv)
{
	return neigh_show_or_flush(argc, argv, 0);
}

static int neigh_flush(int argc, char **argv)
{
	return neigh_show_or_flush(argc, argv, 1);
}

static int neigh_help_cmd(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	usage();
}

int do_ipneigh(int argc, char **argv)
{
	/* iproute2's order, first prefix match wins */
	static const struct kw_cmd cmds[] = {
		{ "add", neigh_add }, { "change|chg", neigh_change },
		{ "replace", neigh_replace }, { "delete", neigh_delete },
		{ "get", neigh_get }, { "show|list|lst", neigh_show },
		{ "flush", neigh_flush }, { "help", neigh_help_cmd },
	};

	return IP_SUBCMD(cmds, argc, argv, "neigh");
}
