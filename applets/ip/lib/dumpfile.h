/* iproute2's save format (ip route save, ip rule save): a magic word,
 * then netlink records as the kernel sent them, read back from stdin by
 * showdump and restore. */
#ifndef IPBOX_DUMPFILE_H
#define IPBOX_DUMPFILE_H

#include <linux/netlink.h>
#include <stdint.h>

/* save: stdout must not be a terminal ("Not sending a binary stream to
 * stdout"); MAGIC is written at once ("Can't write magic to dump
 * file"); -1 after the message if not */
int dumpfile_start(uint32_t magic);
/* save one record, written at once as iproute2 does ("Short write while
 * saving nlmsg"): 0, or <0 to end the dump */
int dumpfile_put(const struct nlmsghdr *n);
/* stdin must not be a terminal ("Can't restore WHAT dump from a
 * terminal") and must start with MAGIC; -1 after the message if not */
int dumpfile_magic(uint32_t magic, const char *what);
/* each record on stdin to CB (rtnl_from_file): 0 at the end, CB's <0,
 * or -1 after a message for a truncated or malformed file */
int dumpfile_each(int (*cb)(struct nlmsghdr *n, void *arg), void *arg);
/* a dumpfile_each callback for restore: N back to the kernel as a
 * create request; one that exists already is no error (rtnl_restore) */
int dumpfile_restore(struct nlmsghdr *n, void *arg);

#endif
