#include "applets/ip/flush.h"
#include "core/ipbox.h"
#include "applets/ip/lib/options.h"
#include "core/nl.h"
#include "core/nlbatch.h"

#include <string.h>

static struct {
	size_t len;
	char buf[4096 - 512] __attribute__((aligned(4)));
} FB;

void flush_send(void)
{
	if (FB.len)
		nl_send_nowait(FB.buf, FB.len);
	FB.len = 0;
}

void flush_add(const struct nlmsghdr *n, int del)
{
	if (NLMSG_ALIGN(FB.len) + n->nlmsg_len > sizeof(FB.buf))
		flush_send();
	if (n->nlmsg_len > sizeof(FB.buf))
		return;
	struct nlmsghdr *m = (struct nlmsghdr *)(FB.buf + NLMSG_ALIGN(FB.len));
	memcpy(m, n, n->nlmsg_len);
	m->nlmsg_type = (unsigned short)del;
	m->nlmsg_flags = NLM_F_REQUEST;
	FB.len = NLMSG_ALIGN(FB.len) + n->nlmsg_len;
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
