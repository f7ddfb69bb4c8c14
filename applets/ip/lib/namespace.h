/* Namespace plumbing shared by "ip netns", "ip -n" and "link set netns". */
#ifndef IPBOX_IP_NAMESPACE_H
#define IPBOX_IP_NAMESPACE_H

struct nl_req;

#define NETNS_RUN_DIR "/run/netns"
#define NETNS_ETC_DIR "/etc/netns"

/* iproute2's netns_switch(): enter the named namespace for the rest of
 * this process (setns, new mount namespace, rslave /, fresh /sys, binds
 * from /etc/netns/NAME), and drop the netlink sockets of the old one.
 * Prints iproute2's message and returns -1 on failure. */
int netns_switch(const char *name);

/* open RUN_DIR/NAME, or NAME itself when it holds a '/'; -1 with errno */
int netns_get_fd(const char *name);

/* the /run/netns name whose nsid (as seen from here) is ID, or NULL */
const char *netns_name_from_nsid(int id);

/* The value of "ip link set DEV netns NAME|PID|PATH", as iproute2 6.1:
 * a name or path that opens → IFLA_NET_NS_FD (the fd stays open until
 * netns_link_attr_close, which a batch calls after each line), else an
 * integer → IFLA_NET_NS_PID, else
 * invarg("Invalid \"netns\" value\n") (exit 255).  Returns the fd or
 * the pid: iproute2 takes a second "netns" as duplicate when it is != -1. */
int netns_link_attr(struct nl_req *r, const char *arg);
void netns_link_attr_close(void);

/* The nsid NAME (a /run/netns name or a path) has as seen from here, or
 * -1; the kernel's refusal is printed, as iproute2 does.  AUX: on the
 * second socket, for lookups while a dump streams. */
int netns_nsid_of(const char *name, int aux);

/* iproute2's nsid -> name map: built once per run from /run/netns */
void netns_map_init(int aux);
void netns_map_add(int nsid, const char *name);
/* the name for NSID or NULL; TAKE drops it from the map (list-id does) */
const char *netns_map_get(int nsid, int take);
/* the first /run/netns name with nsid NSID, searched now, or NULL */
const char *netns_name_search(int nsid);

#endif
