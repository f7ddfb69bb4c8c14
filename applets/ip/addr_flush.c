/* ip address flush: rounds of dumping the matching addresses and sending
 * them back as RTM_DELADDR in batches without acks, until a round finds
 * none (the kernel deletes a primary's secondaries with it, or promotes
 * them), as iproute2's ipaddr_flush. */
#include "applets/ip/addr.h"
#include "applets/ip/flush.h"
#include "core/nlcursor.h"

#include <errno.h>
#include <linux/if_addr.h>

/* one dump: the number of addresses batched for deletion */
static int flush_round(const struct link_filter *af)
{
	char buf[64];
	struct nl_req r;
	struct nl_cursor c;
	static char rx[16384] __attribute__((aligned(8)));
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));
	const struct nlmsghdr *n;
	int count = 0;

	ifa->ifa_family = (unsigned char)af->family;
	ifa->ifa_index = (unsigned)af->ifindex;
	if (nl_cursor_start(&c, &r, rx, sizeof(rx)) < 0)
		ipbox_exit(RC_LOCAL);
	for (; (n = nl_cursor_peek(&c)); nl_cursor_next(&c)) {
		if (n->nlmsg_type != RTM_NEWADDR || n->nlmsg_len < NLMSG_LENGTH(sizeof(struct ifaddrmsg)))
			continue;
		if (!addr_filter_ok(af, n))
			continue;
		if (flush_add(n) < 0) {
			c.state = -1;
			break;
		}
		count++;
		if (G.stats >= 2)
			print_addrinfo(n, 1);
	}
	int st = c.state;
	nl_cursor_close(&c);
	if (st < 0) {
		err_fmt("Flush terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	return count;
}

int ipaddr_flush(const struct link_filter *af)
{
	int round = 0, count;

	/* the kernel may delete an address with an earlier one (no
	 * promotion of secondaries): EADDRNOTAVAIL is no failure */
	flush_start(RTM_DELADDR, EADDRNOTAVAIL);
	while ((count = flush_round(af))) {
		round++;
		if (flush_send() < 0)
			return RC_USAGE;
		if (G.stats) {
			out_fmt("\n*** Round %d, deleting %d addresses ***\n", round, count);
		}
		/* flushing primaries only: a second round would take the
		 * secondaries the kernel promoted */
		if (!(af->flags & IFA_F_SECONDARY) && (af->flagmask & IFA_F_SECONDARY))
			break;
		if (G.loops && (unsigned)round >= G.loops) {	/* -loops 0: no limit */
			out_flush();
			err_fmt("*** Flush remains incomplete after %u rounds. ***\n", G.loops);
			return RC_USAGE;
		}
	}
	flush_done(round, round == 0);
	return RC_OK;
}
