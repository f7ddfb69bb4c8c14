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

/* one line of a command (argv without "ip" and global options) */
int ip_do_cmd(int argc, char **argv);
/* -batch FILE (batch.c) */
int ip_batch(const char *file);

/* ip link show / ip addr show (show.c): DO_LINK is 1 for "ip link" */
int ip_show(int argc, char **argv, int do_link);
/* print one RTM_NEWLINK record as iproute2's print_linkinfo (show.c) */
int print_linkinfo(const struct nlmsghdr *n, int do_link);
/* forget ip link's show filters (ip address prints links without them) */
void link_filter_reset(void);

#endif
