/* arping's reply check (arping_recv): what comes off an AF_PACKET socket
 * against a run's state.  Input: 24 bytes of state, then the packet.
 *
 *   0      count (& 3; 0: no limit)     1  flags: timeout, dad, quiet,
 *   2      our hardware address length     quit_on_reply, broadcast_only,
 *          (% 33: up to MAX_ADDR_LEN)      unicasting, unsolicited
 *   3..10  its first 8 bytes, repeated   11..14 source, 15..18 target
 *   19     pkttype (% 8)                 20..21 the sender's hatype
 *   22..23 the last send, 3.9 ms steps (0: none)
 *
 * Whatever arrives, nothing is read outside the packet, a counted reply
 * matched the target (or, in DAD, came from another hardware address),
 * and the counters stay in step. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"
#include "applets/arping/arping.h"

#include <linux/if_arp.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arping a;
	struct sockaddr_ll from;
	struct timespec now;

	if (size < 24 || size > 4096 + 24)
		return 0;
	fz_init();
	memset(&a, 0, sizeof(a));
	memset(&from, 0, sizeof(from));
	a.count = data[0] & 3 ? data[0] & 3 : -1;
	a.timeout = data[1] & 1;
	a.dad = data[1] >> 1 & 1;
	a.quiet = data[1] >> 2 & 1;
	a.quit_on_reply = data[1] >> 3 & 1;
	a.broadcast_only = data[1] >> 4 & 1;
	a.unicasting = data[1] >> 5 & 1;
	a.unsolicited = data[1] >> 6 & 1;
	a.me.ll.sll_halen = (uint8_t)(data[2] % 33);
	for (int i = 0; i < a.me.ll.sll_halen; i++)
		ARPING_HW(a.me)[i] = data[3 + i % 8];
	a.he = a.me;
	memcpy(a.gsrc, data + 11, 4);
	memcpy(a.gdst, data + 15, 4);
	from.sll_pkttype = (uint8_t)(data[19] % 8);
	from.sll_hatype = (uint16_t)(data[20] | data[21] << 8);
	a.last.tv_sec = data[22];
	a.last.tv_nsec = data[23] * 3900000L;
	now.tv_sec = a.last.tv_sec + 1;
	now.tv_nsec = 999999999 - a.last.tv_nsec;
	a.sent = a.brd_sent = 1;

	/* the packet alone in its own allocation, so that ASan sees any
	 * read past it */
	size_t len = size - 24;
	uint8_t *pkt = malloc(len ? len : 1);
	memcpy(pkt, data + 24, len);
	int r = arping_recv(&a, pkt, (ssize_t)len, &from, &now);
	if (r < 0 || r > 2 || (r && a.received != 1) || (!r && a.received))
		abort();
	if (r) {
		unsigned hln = pkt[4];
		if (len < 8 + 2 * (4 + hln) || hln != a.me.ll.sll_halen || pkt[5] != 4)
			abort();
		if (memcmp(pkt + 8 + hln, a.gdst, 4))	/* always from the target */
			abort();
		if (a.dad && !memcmp(pkt + 8, ARPING_HW(a.me), hln))
			abort();
	}
	free(pkt);
	out_flush();
	return 0;
}
