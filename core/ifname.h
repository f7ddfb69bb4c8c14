/* Interface names and indexes by ioctl, as glibc's if_nametoindex and
 * if_indextoname (musl's cost ~0.5 KB static), for applets that speak no
 * netlink (ping -I, ping's "%scope" and scope names). */
#ifndef IPBOX_IFNAME_H
#define IPBOX_IFNAME_H

/* 0 / NULL when unknown; NAME has IFNAMSIZ bytes */
unsigned ll_ioctl_index(const char *name);
char *ll_ioctl_name(unsigned idx, char *name);

#endif
