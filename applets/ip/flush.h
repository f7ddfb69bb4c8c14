/* Flushing as iproute2 does it: the records a dump selects are copied
 * into one batch as delete requests, sent when the batch is full or the
 * dump is over (on the second socket, so the dump is not disturbed).
 * Unlike a plain send, every answer the kernel queued is read at once:
 * a refused delete stops the flush, as iproute2's rtnl_send_check. */
#ifndef IPBOX_FLUSH_H
#define IPBOX_FLUSH_H

#include <linux/netlink.h>

/* a new flush: deletes of type DEL (RTM_DELROUTE, ...); the kernel
 * answering IGNORE (an errno, or 0) is no failure */
void flush_start(int del, int ignore);
/* a copy of N as a delete; -1 when sending the full batch failed */
int flush_add(const struct nlmsghdr *n);
/* send what is batched: 0, or -1 after "Failed to send flush request" */
int flush_send(void);
/* the closing line with -s: "Nothing to flush." when NOTHING, else the
 * rounds it took */
void flush_done(int round, int nothing);

#endif
