/* Namespace plumbing shared by "ip netns", "ip -n" and "link set netns". */
#ifndef IPBOX_NETNS_H
#define IPBOX_NETNS_H

#define NETNS_RUN_DIR "/run/netns"
#define NETNS_ETC_DIR "/etc/netns"

/* iproute2's netns_switch(): enter the named namespace for the rest of
 * this process (setns, new mount namespace, rslave /, fresh /sys, binds
 * from /etc/netns/NAME).  Prints iproute2's message and returns -1 on
 * failure. */
int netns_switch(const char *name);

/* open RUN_DIR/NAME, or NAME itself when it holds a '/'; -1 with errno */
int netns_get_fd(const char *name);

/* the /run/netns name whose nsid (as seen from here) is ID, or NULL */
const char *netns_name_from_nsid(int id);

#endif
