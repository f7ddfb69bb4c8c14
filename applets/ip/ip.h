/* The ip applet: one entry point per object, and what objects share. */
#ifndef IPBOX_IP_H
#define IPBOX_IP_H

#include "core/ipbox.h"
#include "core/nl.h"
#include "core/print.h"
#include "core/inet.h"

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
/* -batch FILE (batch.c) */
int ip_batch(const char *file);

/* ip link show / ip addr show (link_show.c): DO_LINK is 1 for "ip link", 2 for
 * "ip address DEV" after "ip link show" in a batch (6.1 then shows the link
 * alone, keeping -4/-6) */
int ip_show(int argc, char **argv, int do_link);
/* print one RTM_NEWLINK record as iproute2's print_linkinfo (link_show.c) */
int print_linkinfo(const struct nlmsghdr *n, int do_link);
/* forget ip link's show filters (ip address prints links without them) */
void link_filter_reset(void);
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

/* A link kind (link_*.c): options after "type KIND" go into
 * IFLA_INFO_DATA; -d prints them back. */
struct link_kind {
	const char *id;
	/* 0, or -1 after a message; may exit 255 on bad words */
	int (*parse)(int argc, char **argv, struct nl_req *r);
	void (*print)(const struct rtattr *data);	/* data may be NULL */
	void (*help)(void);				/* ip link help KIND */
};
/* the kind named ID, or NULL (link_kinds.c) */
const struct link_kind *link_kind_find(const char *id);
/* a kind's "WORD [VALUE]" option: the attribute it sets, and a small
 * number saying how (each kind's own code) */
struct link_opt {
	const char *word;
	unsigned short attr;
	unsigned char arg;
};
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
	vxlan_link_kind, macvlan_link_kind, vlan_link_kind;

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
