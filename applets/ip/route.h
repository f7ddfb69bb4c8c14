/* ip route: what its files share.  route.c (the subcommands, add...
 * delete: RTM_NEWROUTE/RTM_DELROUTE, get) calls route_show.c (show,
 * flush, save), route_save.c (save's magic, showdump, restore) and
 * route_print.c (the record), which use route_usage.c. */
#ifndef IPBOX_ROUTE_H
#define IPBOX_ROUTE_H

#include "applets/ip/ip.h"

/* ip route show, flush, save: what a listing does with each record */
enum route_action { ROUTE_LIST, ROUTE_FLUSH, ROUTE_SAVE };

/* iproute2's route filter: each field with its mask (-1 = must match) */
struct route_filter {
	enum route_action action;	/* ROUTE_SAVE: raw records to stdout */
	unsigned tb;
	int cloned;		/* 0 normal routes, 1 cached only, 2 both (get) */
	unsigned flushed;
	int protocol, protocolmask;
	int scope, scopemask;
	unsigned typemask;
	int tos, tosmask;
	int iif, iifmask;
	int oif, oifmask;
	int mark, markmask;
	unsigned realm, realmmask;
	unsigned metric, metricmask;
	inet_prefix rprefsrc, rvia, rdst, mdst, rsrc, msrc;
};

/* the words of ip route add (struct kw ids) */
enum {
	K_TO, K_SRC, K_AS, K_VIA, K_FROM, K_VAL, K_SCOPE, K_MX,
	K_ONLINK, K_NEXTHOP, K_TABLE, K_VRF, K_DEV, K_PREF,
	K_ENCAP, K_TTL,
};

/* route_print.c: a filter that passes all */
void route_filter_init(struct route_filter *f);
/* one RTM_NEWROUTE/RTM_DELROUTE record, as iproute2's print_route; ARG
 * is the struct route_filter */
int print_route(const struct nlmsghdr *n, void *arg);
/* route_show.c: ip route { show | list | flush | save } SELECTOR */
int route_list_or_flush(int argc, char **argv, enum route_action action);
/* route_save.c: the magic word of a save (-1 on a terminal), showdump, restore */
int route_save_start(void);
int route_showdump(void);
int route_restore(void);
/* route.c: ip route get */
int route_get(int argc, char **argv);
/* route_usage.c: the usage text, exit 255; "Cannot find device" and rc 1 */
__attribute__((noreturn)) void route_usage(void);
int route_nodev(const char *dev);

#endif
