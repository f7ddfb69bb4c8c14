/* ip address: what its files share.  addr.c (the subcommands) calls
 * addr_modify.c (add/change/replace/delete) and link_list.c (show, and
 * where flush and save start: the listing ip link show shares), which
 * uses link_filter.c, addr_flush.c, addr_save.c and addr_print.c (the
 * address record). */
#ifndef IPBOX_IP_ADDR_H
#define IPBOX_IP_ADDR_H

#include "applets/ip/ip.h"

/* address flags, iproute2's ifa_flag_data[] (ends with mask 0) */
struct addr_flag {
	char name[15];
	unsigned short mask;
};
/* the flags only the kernel sets, and those only IPv6 has */
#define ADDR_FLAGS_READONLY (IFA_F_SECONDARY | IFA_F_DADFAILED | IFA_F_DEPRECATED | \
	IFA_F_TENTATIVE | IFA_F_PERMANENT | IFA_F_STABLE_PRIVACY)
#define ADDR_FLAGS_V6ONLY (IFA_F_NODAD | IFA_F_OPTIMISTIC | IFA_F_DADFAILED | IFA_F_HOMEADDRESS | \
	IFA_F_DEPRECATED | IFA_F_TENTATIVE | IFA_F_PERMANENT | IFA_F_MANAGETEMPADDR | IFA_F_STABLE_PRIVACY)
extern const struct addr_flag addr_flags[];
const struct addr_flag *addr_flag_by_name(const char *name);

/* addr_usage.c: the usage text on stderr, exit 255 */
__attribute__((noreturn)) void ipaddr_usage(void);
/* addr_modify.c: add, change, replace (RTM_NEWADDR), delete (RTM_DELADDR) */
int ipaddr_modify(int argc, char **argv, int cmd, int flags);
/* addr_save.c: all exit */
int ipaddr_save(const struct link_filter *f);
int ipaddr_showdump(void);
int ipaddr_restore(void);
/* addr_flush.c */
int ipaddr_flush(const struct link_filter *f);
/* link_filter.c: does an RTM_NEWADDR pass the filter? */
int addr_filter_ok(const struct link_filter *f, const struct nlmsghdr *n);
/* addr_print.c: the attributes of an address record (IFA_LOCAL and
 * IFA_ADDRESS stand in for each other); returns its flags */
unsigned addr_parse(const struct nlmsghdr *n, const struct rtattr **tb);
/* addr_print.c: one address record; WITH_DEV prefixes "IFINDEX: NAME" (-o, flush -s -s) */
void print_addrinfo(const struct nlmsghdr *n, int with_dev);

#endif
