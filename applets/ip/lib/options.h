/* ip's global options (-s, -d, -j, ...), read once from the command line
 * by ip.c and then by every object; the printer and the netlink socket in
 * core/ get theirs through pr_setup() and nl_set_*(). */
#ifndef IPBOX_IP_OPTIONS_H
#define IPBOX_IP_OPTIONS_H

struct ip_options {
	int family;		/* preferred_family: AF_UNSPEC, AF_INET, ... */
	int stats;		/* -s, counted */
	int details;		/* -d */
	int oneline;		/* -o */
	int brief;		/* -br */
	int json;		/* -j */
	int pretty;		/* -p */
	int resolve;		/* -r */
	int numeric;		/* -N */
	int timestamp;		/* -t, -ts */
	int human;		/* -h */
	int iec;		/* -iec */
	int color;		/* -c: while parsing 1 never, 2 auto, 3 always; then 0/1: colour on */
	int force;		/* -force */
	int do_all;		/* -a / -all */
	int echo;		/* -echo */
	int batch_mode;		/* running lines of -batch */
	unsigned loops;		/* -loops N, for flush; default 10 */
	const char *netns;	/* -n NAME, already switched to */
	const char *sl;		/* line break inside a record: "\n", or "\\" with -o */
	int link_listed;	/* -batch ran "ip link show": 6.1's do_link stays set for "ip address" */
};
extern struct ip_options G;

#endif
