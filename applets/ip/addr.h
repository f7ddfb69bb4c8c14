/* ip address: what addr.c (add/change/replace/delete) and addr_show.c
 * (show/flush and the address record) share. */
#ifndef IPBOX_IP_ADDR_H
#define IPBOX_IP_ADDR_H

#include "applets/ip/ip.h"

/* iproute2's struct filter, the part ip address uses */
struct addr_filter {
	int family;		/* preferred family, or the family of "to" */
	int ifindex;
	const char *dev;
	int up;
	int scope, scopemask;
	unsigned flags, flagmask;
	const char *label;	/* fnmatch pattern */
	inet_prefix pfx;	/* to PREFIX */
	long group;		/* -1: any */
	int master;		/* -1: nomaster */
	const char *kind, *slave_kind;
};
extern struct addr_filter AF;

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

__attribute__((noreturn)) void ipaddr_usage(void);
/* DO: 0 show, 1 flush, 2 save */
int ipaddr_list_or_flush(int argc, char **argv, int what);
/* addr_save.c: all exit */
int ipaddr_save(void);
int ipaddr_showdump(void);
int ipaddr_restore(void);
/* addr_flush.c: with the filters in AF */
int ipaddr_flush(void);
/* does this RTM_NEWADDR pass the filters in AF? */
int addr_filter_ok(const struct nlmsghdr *n);
/* one address record; WITH_DEV prefixes "IFINDEX: NAME" (-o, flush -s -s) */
void print_addrinfo(const struct nlmsghdr *n, int with_dev);

#endif
