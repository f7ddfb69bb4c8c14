#include "applets/ip/flush.h"
#include "core/nl.h"

#include <string.h>

static struct {
	size_t len;
	char buf[4096 - 512] __attribute__((aligned(4)));
} FB;

void flush_send(void)
{
	for (size_t off = 0; off < FB.len;) {
		struct nlmsghdr *m = (struct nlmsghdr *)(FB.buf + off);
		struct nl_req r = { m, m->nlmsg_len, 0 };
		off += NLMSG_ALIGN(m->nlmsg_len);
		nl_get_aux(&r, NULL, NULL);
	}
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
	m->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	FB.len = NLMSG_ALIGN(FB.len) + n->nlmsg_len;
}
