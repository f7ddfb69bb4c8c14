/* Names of routing numbers, as iproute2's lib/rt_names.c: tables (with
 * /etc/iproute2/rt_tables and the .conf files of rt_tables.d), protocols, scopes,
 * realms and DS fields (their /etc/iproute2 files when present, else
 * built-in copies of Debian's), route types and neighbour states.
 *
 * n2a: the name, or the number printed into BUF (RT_NAME_BUF bytes);
 * -N (G.numeric) prints numbers.  a2n: 0 and *ID, or -1 for a bad word. */
#ifndef IPBOX_RTNAMES_H
#define IPBOX_RTNAMES_H

#define RT_NAME_BUF 64

/* the folder of the name files, "/etc/iproute2/" (tests point it elsewhere) */
extern const char *rt_confdir;

const char *rt_table_n2a(unsigned id, char *buf);
int rt_table_a2n(unsigned *id, const char *arg);
const char *rt_proto_n2a(unsigned id, char *buf);
int rt_proto_a2n(unsigned *id, const char *arg);
const char *rt_scope_n2a(unsigned id, char *buf);
int rt_scope_a2n(unsigned *id, const char *arg);
const char *rt_realm_n2a(unsigned id, char *buf);
int rt_realm_a2n(unsigned *id, const char *arg);
/* "FROM/TO", "TO", "FROM/": iproute2's get_rt_realms_or_raw */
int rt_realms_a2n(unsigned *realms, const char *arg);
const char *rt_dsfield_n2a(unsigned id, char *buf);
int rt_dsfield_a2n(unsigned *id, const char *arg);
/* a device group: "default" or a number 0..INT_MAX (rtnl_group_a2n) */
int get_group(int *id, const char *arg);

/* route types: unicast, local, ... (prefixes as iproute2's rtm_map.c) */
const char *rt_type_n2a(unsigned id, char *buf);
int rt_type_a2n(unsigned *id, const char *arg);

/* IP protocols by /etc/protocols (getprotobynumber/name): "tcp", or
 * "ipproto-N"; a2n: name or alias, else a decimal byte; -1 if neither */
const char *inet_proto_n2a(unsigned proto, char *buf);
int inet_proto_a2n(const char *arg);
/* the same for an ipproto argument: a bad word exits with iproute2's message */
unsigned char inet_proto_arg(const char *arg);

#endif
