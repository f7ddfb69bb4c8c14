#include "core/nlcursor.h"
#include "core/ipbox.h"
#include "core/clock.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int nl_cursor_start(struct nl_cursor *c, struct nl_req *r, void *buf, size_t cap)
{
	memset(c, 0, sizeof(*c));
	c->rx.p = buf;
	c->rx.cap = cap;
	/* strict checking: the kernel honours ifa_index and friends */
	c->fd = nl_socket(&c->portid, 1);
	if (c->fd < 0) {
		c->state = c->fd;
		return c->state;
	}
	c->seq = (uint32_t)clock_secs();
	r->nlh->nlmsg_flags |= NLM_F_DUMP;
	r->nlh->nlmsg_seq = c->seq;
	r->nlh->nlmsg_pid = 0;
	while (send(c->fd, r->nlh, r->nlh->nlmsg_len, 0) < 0) {
		if (errno != EINTR) {
			c->state = -errno;
			err_fmt("Cannot send dump request: %s\n", errtext(errno));
			return c->state;
		}
	}
	return 0;
}

/* a kernel error code as -errno, whatever the kernel sent */
static int kerr(int e)
{
	return e > 0 || e < -4095 ? -EPROTO : e;
}

/* read the next datagram of the dump, or set c->state */
static void cursor_fill(struct nl_cursor *c)
{
	ssize_t n = nl_recv(c->fd, &c->rx);

	c->len = c->off = 0;
	if (n == -ENODATA) {
		c->state = -ENODATA;
	} else if (n < 0) {
		if (n != -ENOMEM)
			err_fmt("netlink receive error %s (%d)\n", errtext((int)-n), (int)-n);
		c->state = (int)n;
	} else {
		c->len = (size_t)n;
	}
}

const struct nlmsghdr *nl_cursor_peek(struct nl_cursor *c)
{
	while (c->state == 0) {
		if (c->off >= c->len) {
			cursor_fill(c);
			continue;
		}
		const struct nlmsghdr *n = (const struct nlmsghdr *)(c->rx.p + c->off);
		int rem = (int)(c->len - c->off);
		if (!NLMSG_OK(n, rem)) {
			c->off = c->len;
			continue;
		}
		if (n->nlmsg_seq != c->seq || n->nlmsg_pid != c->portid) {
			c->off += NLMSG_ALIGN(n->nlmsg_len);
			continue;
		}
		if (n->nlmsg_flags & NLM_F_DUMP_INTR)
			c->intr = 1;
		if (n->nlmsg_type == NLMSG_DONE) {
			int e = 0;
			if (n->nlmsg_len >= NLMSG_LENGTH(sizeof(int)))
				memcpy(&e, NLMSG_DATA(n), sizeof(e));
			e = e < 0 ? kerr(e) : 0;
			if (e < 0)
				nl_dump_done_error(n, e);
			c->state = e < 0 ? e : 1;
			break;
		}
		if (n->nlmsg_type == NLMSG_ERROR) {
			const struct nlmsgerr *err = NLMSG_DATA(n);
			int e = n->nlmsg_len >= NLMSG_LENGTH(sizeof(*err)) ? kerr(err->error) : -EBADMSG;
			if (e)
				err_fmt("RTNETLINK answers: %s\n", errtext(-e));
			c->state = e ? e : 1;
			break;
		}
		return n;
	}
	return NULL;
}

void nl_cursor_next(struct nl_cursor *c)
{
	const struct nlmsghdr *n = (const struct nlmsghdr *)(c->rx.p + c->off);

	if (c->off < c->len)
		c->off += NLMSG_ALIGN(n->nlmsg_len);
}

void nl_cursor_close(struct nl_cursor *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	growbuf_free(&c->rx);
	if (c->state == 0)
		c->state = 1;
}
