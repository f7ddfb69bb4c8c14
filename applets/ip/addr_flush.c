/* ip address flush: rounds of dumping the matching addresses and sending
 * them back as RTM_DELADDR in batches without acks, until a round finds
 * none (the kernel deletes a primary's secondaries with it, or promotes
 * them), as iproute2's ipaddr_flush. */
#include "applets/ip/addr.h"
#include "applets/ip/flush.h"
#include "core/nlcursor.h"

#include <errno.h>
#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

struct flush {
	char buf[4096 - 512] __attribute__((aligned(8)));
	size_t len;
	unsigned seq;
	int count;
};

static int send_deletes(struct flush *f)
{
	int e = f->len ? nl_send_batch(f->buf, f->len, EADDRNOTAVAIL) : 0;
	f->len = 0;
	if (e < 0) {
		err_fmt("Failed to send flush request: %s\n", errtext(-e));
		return -1;
	}
	return 0;
}

static int flush_round(struct flush *f, const struct addr_filter *af)
{
	char buf[64];
	struct nl_req r;
	struct nl_cursor c;
	static char rx[16384] __attribute__((aligned(8)));
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), RTM_GETADDR, 0, sizeof(*ifa));
	const struct nlmsghdr *n;

	ifa->ifa_family = (unsigned char)af->family;
	ifa->ifa_index = (unsigned)af->ifindex;
	if (nl_cursor_start(&c, &r, rx, sizeof(rx)) < 0)
		ipbox_exit(RC_LOCAL);
	f->count = 0;
	for (; (n = nl_cursor_peek(&c)); nl_cursor_next(&c)) {
		if (n->nlmsg_type != RTM_NEWADDR || n->nlmsg_len < NLMSG_LENGTH(sizeof(struct ifaddrmsg)))
			continue;
		if (!addr_filter_ok(af, n))
			continue;
		if (NLMSG_ALIGN(f->len) + n->nlmsg_len > sizeof(f->buf) && send_deletes(f) < 0) {
			nl_cursor_close(&c);
			return -1;
		}
		struct nlmsghdr *d = (struct nlmsghdr *)(f->buf + NLMSG_ALIGN(f->len));
		memcpy(d, n, n->nlmsg_len);
		d->nlmsg_type = RTM_DELADDR;
		d->nlmsg_flags = NLM_F_REQUEST;
		d->nlmsg_seq = ++f->seq;
		d->nlmsg_pid = 0;
		f->len = NLMSG_ALIGN(f->len) + n->nlmsg_len;
		f->count++;
		if (G.stats >= 2)
			print_addrinfo(n, 1);
	}
	int st = c.state;
	nl_cursor_close(&c);
	if (st < 0) {
		err_fmt("Flush terminated\n");
		ipbox_exit(RC_LOCAL);
	}
	return 0;
}

int ipaddr_flush(const struct addr_filter *af)
{
	static struct flush f;
	int round = 0;

	f.len = 0;
	f.seq = 0;
	for (;;) {
		if (flush_round(&f, af) < 0)
			return RC_USAGE;
		if (f.count == 0)
			break;
		round++;
		if (send_deletes(&f) < 0)
			return RC_USAGE;
		if (G.stats) {
			out_fmt("\n*** Round %d, deleting %d addresses ***\n", round, f.count);
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
