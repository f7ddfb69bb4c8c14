/* A dump read on demand: its own socket and buffer, one record at a time.
 * Lets a printer merge several dumps that come in the same order (links
 * and addresses by ascending ifindex) without holding any of them whole:
 *
 *	struct nl_cursor c;
 *	static char buf[16384];
 *	nl_cursor_start(&c, &req, buf, sizeof(buf));
 *	for (const struct nlmsghdr *n; (n = nl_cursor_peek(&c)); nl_cursor_next(&c))
 *		...;
 *	nl_cursor_close(&c);
 *
 * The kernel builds the next part of a dump only when the previous one was
 * read, so an idle cursor costs one buffer and one socket.  A record too
 * big for BUF moves the cursor to a bigger buffer until it is closed. */
#ifndef IPBOX_NLCURSOR_H
#define IPBOX_NLCURSOR_H

#include "core/nl.h"

struct nl_cursor {
	int fd;
	uint32_t portid;
	uint32_t seq;
	struct growbuf rx;	/* the caller's buffer, or a bigger one */
	size_t len;		/* bytes of the datagram in buf */
	size_t off;		/* the current record */
	int state;		/* 0 reading, 1 done, <0 -errno (printed) */
	int intr;		/* the kernel flagged NLM_F_DUMP_INTR (not printed) */
};

/* Send R as a dump on a new socket; 0, or -errno after a message. */
int nl_cursor_start(struct nl_cursor *c, struct nl_req *r, void *buf, size_t cap);
/* The current record, reading more when needed; NULL at the end (c->state
 * then says whether the dump ended well). */
const struct nlmsghdr *nl_cursor_peek(struct nl_cursor *c);
/* step past the current record */
void nl_cursor_next(struct nl_cursor *c);
void nl_cursor_close(struct nl_cursor *c);

#endif
