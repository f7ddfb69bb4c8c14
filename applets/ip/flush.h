/* Flushing as iproute2 does it: the records a dump selects are copied
 * into one batch as delete requests, sent when the batch is full or the
 * dump is over (so the dump is not disturbed), without waiting. */
#ifndef IPBOX_FLUSH_H
#define IPBOX_FLUSH_H

#include <linux/netlink.h>

/* a copy of N with type DEL (RTM_DELROUTE, RTM_DELNEIGH, ...) */
void flush_add(const struct nlmsghdr *n, int del);
/* send what is batched */
void flush_send(void);
/* the closing line with -s: "Nothing to flush." when NOTHING, else the
 * rounds it took */
void flush_done(int round, int nothing);

#endif
