/* A batch of requests sent without asking for acks (iproute2's flush
 * batches), on the second socket, so a dump may stream on the first. */
#ifndef IPBOX_NLBATCH_H
#define IPBOX_NLBATCH_H

#include <stddef.h>

/* BUF holds LEN bytes of requests; they go out in one datagram with
 * sequence number 0.  The kernel handles them inside send() and queues
 * an error for each one it refused: they are all read before returning.
 * 0, or the first -errno other than IGNORE (not printed). */
int nl_send_batch(void *buf, size_t len, int ignore);

#endif
