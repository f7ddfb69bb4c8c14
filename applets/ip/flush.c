#include "applets/ip/flush.h"
#include "core/ipbox.h"
#include "applets/ip/lib/options.h"
#include "core/nl.h"
#include "core/nlbatch.h"

#include <string.h>

static struct {
	size_t len;
	int del, ignore;
	char buf[4096 - 512] __attribute__((aligned(4)));
} FB;

void flush_start(int del, int ignore)
{
	FB.len = 0;
	FB.del = del;
	FB.ignore = ignore;
}

int flush_send(void)
{
	int e = FB.len ? nl_send_batch(FB.buf, FB.len, FB.ignore) : 0;

	FB.len = 0;
	if (e < 0) {
		err_fmt("Failed to send flush request: %s\n", errtext(-e));
		return -1;
	}
	return 0;
}

int flush_add(const struct nlmsghdr *n)
{
	if (NLMSG_ALIGN(FB.len) + n->nlmsg_len > sizeof(FB.buf) && flush_send() < 0)
		return -1;
	if (n->nlmsg_len > sizeof(FB.buf))
		return 0;
	struct nlmsghdr *m = (struct nlmsghdr *)(FB.buf + NLMSG_ALIGN(FB.len));
	memcpy(m, n, n->nlmsg_len);
	m->nlmsg_type = (unsigned short)FB.del;
	m->nlmsg_flags = NLM_F_REQUEST;
	FB.len = NLMSG_ALIGN(FB.len) + n->nlmsg_len;
	return 0;
}

void flush_done(int round, int nothing)
{
	if (!G.stats)
		return;
	if (nothing)
		out_str("Nothing to flush.\n");
	else
		out_fmt("*** Flush is complete after %d round%s ***\n", round, round > 1 ? "s" : "");
}
