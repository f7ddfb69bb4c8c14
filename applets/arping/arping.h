/* arping: the state of a run, and the reply check tests/fuzz drives. */
#ifndef IPBOX_ARPING_H
#define IPBOX_ARPING_H

#include <linux/if_packet.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>

/* a link-layer address with room for any device's (sockaddr_ll's
 * sll_addr has 8 bytes, MAX_ADDR_LEN is 32: InfiniBand's take 20) */
union arping_ll {
	struct sockaddr_ll ll;
	struct sockaddr_storage ss;
};
#define ARPING_HW(u) ((uint8_t *)&(u) + offsetof(struct sockaddr_ll, sll_addr))

struct arping {
	/* options */
	int count;			/* -c; -1: no limit */
	int timeout;			/* -w, s; 0: none */
	int interval;			/* -i, s */
	unsigned advert:1, broadcast_only:1, dad:1, quiet:1, quit_on_reply:1,
		unicasting:1, unsolicited:1;
	const char *device;		/* -I, or the route's, or the one found */
	const char *source;		/* -s */
	uint8_t gsrc[4], gdst[4];	/* network order */

	int fd;
	union arping_ll me, he;
	struct timespec last;		/* the latest send */
	int sent, brd_sent, received, brd_recv, req_recv;
};

/* iputils' recv_pack: check one received packet BUF/LEN from FROM at NOW,
 * print its line and count it; 2 when the run is over, 1 counted, 0 not */
int arping_recv(struct arping *a, const uint8_t *buf, ssize_t len,
		const struct sockaddr_ll *from, const struct timespec *now);

#endif
