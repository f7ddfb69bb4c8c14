/* Link names and indexes over netlink, as iproute2's lib/ll_map.c: a
 * small cache of what dumps have shown, then an RTM_GETLINK on the
 * second socket (safe in the middle of a dump), then the "ifN" spelling. */
#ifndef IPBOX_LL_H
#define IPBOX_LL_H

#include <stddef.h>

/* ll_name_to_index accepts iproute2's "ifN" fallback; returns 0 when
 * unknown.  ll_index_to_name writes "if%u" for an unknown index and "*"
 * for 0. */
unsigned ll_name_to_index(const char *name);
/* iproute2's check_ifname (MAX IFNAMSIZ) and check_altifname (MAX 0, no
 * bound): -1 for an empty name, one of MAX bytes or more, or one with a
 * '/' or a space in it, as the kernel's dev_valid_name refuses */
int ll_check_ifname(const char *name, size_t max);
/* IFLA_IFNAME for a name that can be one, else IFLA_ALT_IFNAME (6.1) */
int ll_name_attr(const char *name);
/* The one RTM_GETLINK request (iproute2's iplink_get, ll_link_get and
 * link dumps): FAMILY, link IDX (0: none), NAME when not NULL (as
 * ll_name_attr says), IFLA_EXT_MASK MASK when not 0.  Callers add what
 * else a dump filters on (IFLA_MASTER, IFLA_LINKINFO). */
struct nl_req;
void ll_link_req(struct nl_req *r, void *buf, size_t cap, int family, unsigned idx,
		 const char *name, unsigned mask);
const char *ll_index_to_name(unsigned idx, char buf[16]);
/* remember a name seen in a dump, so later lookups need no round trip */
void ll_remember(unsigned idx, const char *name, unsigned flags);
/* flags of a link, if remembered or looked up; -1 when unknown */
long ll_index_to_flags(unsigned idx);
/* forget remembered names: a new command (batch line) or a new namespace */
void ll_forget(void);

#endif
