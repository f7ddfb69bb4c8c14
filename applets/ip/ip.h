/* The ip applet: one entry point per object, and what objects share. */
#ifndef IPBOX_IP_H
#define IPBOX_IP_H

#include "core/ipbox.h"
#include "core/nl.h"
#include "core/ll.h"
#include "core/print.h"
#include "core/inet.h"
#include "core/kw.h"
#include "applets/ip/lib/options.h"

/* Honest builds: tables keep every word iproute2 6.1 knows, and the row
 * of a feature that is off says so (a NULL handler, or its CONFIG_X); the
 * code that finds such a row calls in_build(ON, WORD), which with ON 0 is
 * core's not_in_build("ip", WORD): 'ip: "flush" is not in this build',
 * exit 255.  With ON constant 1 it is no code at all. */
__attribute__((always_inline)) static inline int in_build(int on, const char *word)
{
	if (!on)
		not_in_build("ip", word);
	return 1;
}

int do_ipaddr(int argc, char **argv);
int do_iplink(int argc, char **argv);
int do_ipnetns(int argc, char **argv);
int do_iproute(int argc, char **argv);
int do_iprule(int argc, char **argv);
int do_ipneigh(int argc, char **argv);

/* one line of a command (argv without "ip" and global options), and
 * ip's usage text on stderr, exit 255 (ip_object.c) */
int ip_do_cmd(int argc, char **argv);
__attribute__((noreturn)) void ip_usage(void);
/* "ip OBJECT ARGV...": runs the row of CMDS (N rows) that ARGV[0] picks
 * (core's kw_cmd) with the words after it, or with no word the row of
 * "show", as iproute2; none: 'Command "X" is unknown, try "ip OBJECT
 * help"', exit 255, which ends a batch too */
int ip_subcmd(const struct kw_cmd *cmds, size_t n, int argc, char **argv, const char *object);
#define IP_SUBCMD(cmds, argc, argv, object) ip_subcmd(cmds, sizeof(cmds) / sizeof((cmds)[0]), argc, argv, object)
/* -batch FILE (batch.c) */
int ip_batch(const char *file);

/* ip link show and ip address show, flush and save: one listing
 * (link_list.c, iproute2's ipaddr_list_flush_or_save) with one filter
 * (link_filter.c, iproute2's struct filter).  What it does, as 6.1's
 * IPADD_*: */
enum addr_action { ADDR_LIST, ADDR_FLUSH, ADDR_SAVE };
struct link_filter {
	enum addr_action action;
	unsigned char link;	/* ip link show: its words, usage, and family AF_PACKET */
	unsigned char do_link;	/* 6.1's do_link: links printed as ip link prints them */
	int family;		/* the preferred family, or the family of "to" */
	int ifindex;
	const char *dev;
	int up;
	int scope, scopemask;
	unsigned flags, flagmask;
	const char *label;	/* fnmatch pattern */
	int group;		/* -1: any */
	int master;		/* -1: nomaster */
	const char *kind, *slave_kind;
	inet_prefix pfx;	/* to PREFIX */
};
/* ip link show [FILTER] (6.1's ipaddr_list_link) */
int ipaddr_list_link(int argc, char **argv);
/* ip address show, flush or save [FILTER] */
int ipaddr_list_flush_or_save(int argc, char **argv, enum addr_action action);
/* the filter words (exit 255 on a bad one, or one this build left out) */
void link_filter_parse(struct link_filter *f, int argc, char **argv);
/* does link record N pass?  -1 no, 0 yes but no header (a label filter
 * shows addresses only), 1 yes; parses N into TB */
int link_filter_ok(const struct link_filter *f, const struct nlmsghdr *n, const struct rtattr **tb);
/* how print_linkinfo prints a link record */
struct link_print {
	int family;		/* the listing's; AF_PACKET: ip link (link/ether line, -br) */
	int full;		/* 6.1's do_link: link mode, alias, -s counters */
};
/* one RTM_NEWLINK record TB (its IFLA_IFNAME there) as iproute2's
 * print_linkinfo, filters already applied */
void print_linkinfo(const struct nlmsghdr *n, const struct rtattr **tb, const struct link_print *p);
/* IFLA_EXT_MASK of a link request: no counters unless -s, and never the
 * VF list, which is not printed; but a dump needs some bit set, or the
 * kernel sizes its skbs without measuring the links and leaves out one
 * that does not fit (250 altnames): with -s that bit is 6.1's
 * RTEXT_FILTER_VF */
static inline uint32_t link_ext_mask(int dump)
{
	return !G.stats ? RTEXT_FILTER_SKIP_STATS : dump ? RTEXT_FILTER_VF : 0;
}
/* refuses -s and -d (but with -br) in a build without the link counters
 * or details they would print */
void link_show_check(void);
/* -s counters of a link record, for "ip -s addr" after its addresses */
void print_link_stats(const struct nlmsghdr *n);
/* link_details.c: the -d part of a link record, and the -s counters */
void print_link_details(const struct rtattr **tb, int do_link);
void print_link_stats_tb(const struct rtattr **tb);

/* ip link (link_parse.c): the full usage text on stderr, exit 255 */
__attribute__((noreturn)) void iplink_usage(void);
/* iproute2's iplink_parse: the keywords set/add/peer share.  Fills R (an
 * RTM_NEWLINK/DELLINK request); sets *TYPE at "type KIND".  Returns the
 * number of words used, or -1 after a local error (message printed). */
int iplink_parse(int argc, char **argv, struct nl_req *r, const char **type);

/* A link kind (link_*.c), named in link_kinds.c's table: options after "type KIND" go into
 * IFLA_INFO_DATA; -d prints them back. */
struct link_kind {
	/* 0, or -1 after a message; may exit 255 on bad words */
	int (*parse)(int argc, char **argv, struct nl_req *r);
	void (*print)(const struct rtattr *data);	/* data may be NULL */
	void (*help)(void);				/* ip link help KIND */
};
/* the kind named ID, or NULL (link_kinds.c); REFUSE: not_in_build for a
 * kind this build left out */
const struct link_kind *link_kind_find(const char *id, int refuse);
/* "ip link help ID": the kind's usage on stdout; 0 when it has none */
int link_kind_help(const char *id);
/* A link kind's options as data (link_opt.c): each row reads "WORD
 * [VALUE]" into the attribute ATTR of IFLA_INFO_DATA as TYPE says, with
 * iproute2 6.1's error texts.  Rows are tried in order, by prefix unless
 * OPT_WHOLE, and the first match wins, as 6.1's chains of matches(). */
enum link_opt_type {
	OPT_FLAG,	/* WORD alone: an empty attribute */
	OPT_SET,	/* WORD alone: the u8 VAL */
	OPT_WORDS,	/* one of WORDS[1...]: its place (0, 1, ...) as u8, else invarg(WORDS[0]) */
	OPT_DEV,	/* a device: its ifindex as u32, else "Cannot find device" (255) */
	OPT_KIND,	/* the kind's own code reads it (struct link_opts' custom) */
	OPT_U8, OPT_U16, OPT_U32,	/* a number below 2^VAL, else invarg(MSG) */
	OPT_BE16, OPT_BE32,		/* the same in network byte order */
};
enum {
	OPT_WHOLE = KW_EXACT,	/* WORD whole, no abbreviation (kw_is's rule) */
	OPT_HEX = 2,		/* the number is hexadecimal */
	OPT_AGAIN = 4,		/* may come twice (else duparg2) */
	OPT_VALUE = 8,		/* OPT_KIND: a value follows */
	OPT_NONE = 16,		/* the number may be "none" for 0 */
	OPT_UNLIMITED = 32,	/* the number may be "unlimited" for 0 */
};
struct link_opt {
	const char *word;
	union {
		const char *msg;		/* invarg's message for a bad value */
		const char *const *words;	/* OPT_WORDS: that message, then the names */
	};
	unsigned char type, flags;
	unsigned char attr;		/* below 64 */
	unsigned char val;		/* numbers: bits; OPT_SET, OPT_KIND: the kind's value */
	unsigned char id;		/* OPT_KIND: the kind's own */
};
struct link_opts {
	const struct link_opt *opts;	/* ends with a NULL word */
	const char *unknown;		/* "vxlan: unknown command" */
	const char *usage;		/* on stderr after it, and for "help" */
	/* an OPT_KIND row; *ARGVP is on the word, or on the value with
	 * OPT_VALUE; ST is link_opts_parse's; 0, or -1 after a message */
	int (*custom)(const struct link_opt *o, int *argcp, char ***argvp, struct nl_req *r, void *st);
};
/* ARGC words by K's rows; SEEN collects the attributes given (bit ATTR).
 * 0, or -1 after a message; exits 255 on a bad value. */
int link_opts_parse(const struct link_opts *k, int argc, char **argv, struct nl_req *r, uint64_t *seen, void *st);
/* a number as row O reads it, else invarg(O's MSG) */
unsigned link_opt_number(const struct link_opt *o, const char *arg);
/* 'Error: argument of "KEY" must be WHAT, not "VAL"' on stderr, as
 * iproute2's kinds say it; returns -1 */
int link_opt_badarg(const char *key, const char *what, const char *val);
/* iproute2's check_duparg: ATTR in SEEN is duparg2(KEY, ARG) */
void link_opt_once(uint64_t *seen, unsigned attr, const char *key, const char *arg);
/* link_kind.c: network byte order without arpa/inet.h (it clashes with linux/in6.h
 * under musl) */
uint16_t be16(uint16_t v);
uint32_t be32(uint32_t v);
/* "802.1Q" / "802.1ad" (any case) in network order, else invarg(ERRMSG) */
uint16_t vlan_proto(const char *arg, const char *errmsg);

/* IF_OPER_* names, "UNKNOWN" ... "UP" (link_parse.c) */
extern const char *const oper_states[7];
/* IN6_ADDR_GEN_MODE_* names (link_parse.c) */
extern const char *const addrgen_names[4];
/* link_kind.c: is the kind (with SLAVE the slave kind) of the link
 * record TB KIND?  iproute2 6.1's one test for "type KIND" filters and
 * "vrf NAME" */
int link_kind_is(const struct rtattr **tb, const char *kind, int slave);
/* is link IDX a vrf device? */
int link_is_vrf(unsigned idx);
/* strcasecmp() == 0, for iproute2's case-blind keywords */
int strcase_eq(const char *a, const char *b);
extern const struct link_kind veth_link_kind, bridge_link_kind, bridge_slave_link_kind,
	vxlan_link_kind, macvlan_link_kind, vlan_link_kind, vrf_link_kind, vrf_slave_link_kind,
	bond_link_kind, bond_slave_link_kind, ipvlan_link_kind, ipvtap_link_kind;

/* the link kinds iproute2 6.1 names in both "ip link help" and "ip address help" */
/* the kind list that ends both ip link's and ip address's usage texts */
extern const char link_type_list[];
#define LINK_TYPE_LIST \
	"TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |\n" \
	"          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |\n" \
	"          ip6erspan | ip6gre | ip6gretap | ip6tnl |\n" \
	"          ipip | ipoib | ipvlan | ipvtap |\n" \
	"          macsec | macvlan | macvtap |\n" \
	"          netdevsim | nlmon | rmnet | sit | team | team_slave |\n" \
	"          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |\n" \
	"          xfrm | virt_wifi }\n"

#endif
