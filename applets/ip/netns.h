/* What the ip netns files share: netns.c (the subcommands list, add,
 * attach, delete, exec) and netns_more.c (identify, pids, set, list-id,
 * monitor) call netns_dir.c (/run/netns) and netns_usage.c. */
#ifndef IPBOX_IP_NETNS_H
#define IPBOX_IP_NETNS_H

/* netns_usage.c: ip netns help: usage on stderr, exit 255 */
__attribute__((noreturn)) void netns_usage(void);
/* netns_dir.c: "." or ".." */
int netns_is_dot(const char *name);
/* FN for every name in /run/netns in readdir order (not sorted, as
 * iproute2) until FN returns non-zero; a missing directory is empty,
 * another failure is printed and gives -1 */
int netns_foreach(int (*fn)(const char *name, void *arg), void *arg);
/* mkdir /run/netns unless it exists; prints and returns -1 on failure */
int netns_make_run_dir(void);

/* netns_more.c: CONFIG_IP_NETNS_EXTRA and CONFIG_IP_NETNS_MONITOR */
int netns_identify(int argc, char **argv);
int netns_pids(int argc, char **argv);
int netns_set(int argc, char **argv);
int netns_list_id(int argc, char **argv);
int netns_monitor(int argc, char **argv);

#endif
