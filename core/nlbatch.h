/* Requests sent without waiting and without reading anything back, so
 * it is safe inside a dump callback (iproute2's flush batches). */
#ifndef IPBOX_NLBATCH_H
#define IPBOX_NLBATCH_H

#include <stddef.h>

/* BUF holds LEN bytes of requests; they go out in one datagram with
 * sequence number 0, which no waiting request uses, so the receive loops
 * skip what the kernel answers (failures only, when no ack is asked).
 * 0, or -errno after printing. */
int nl_send_nowait(void *buf, size_t len);

#endif
