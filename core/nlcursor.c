#include "core/nlcursor.h"
#include "core/ipbox.h"
#include "core/clock.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef NETLINK_GET_STRICT_CHK
#define NETLINK_GET_STRICT_CHK 12
#endif

int nl_cursor_start(struct nl_cursor *c, struct nl_req *r, void *buf, size_t cap)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t sl = sizeof(sa);
	int one = 1;

	memset(c, 0, sizeof(*c));
	c->fd = -1;
	c->buf = buf;
	c->cap = cap;
	c->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (c->fd < 0) {
		c->state = -errno;
		err_fmt("Cannot open netlink socket: %s\n", errtext(errno));
		return c->state;
	}
	/* strict checking: the kernel honours ifa_index and friends */
	setsockopt(c->fd, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof(one));
	if (bind(c->fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    getsockname(c->fd, (struct sockaddr *)&sa, &sl) < 0) {
		c->state = -errno;
		err_fmt("Cannot bind netlink socket: %s\n", errtext(errno));
		return c->state;
	}
	c->portid = sa.nl_pid;
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

/* read the next datagram of the dump; 0, or sets c->state */
static void cursor_fill(struct nl_cursor *c)
{
	struct sockaddr_nl sa;
	struct iovec iov = { c->buf, c->cap };
	struct msghdr m = { .msg_name = &sa, .msg_namelen = sizeof(sa), .msg_iov = &iov, .msg_iovlen = 1 };

	c->len = c->off = 0;
	for (;;) {
		ssize_t n = recvmsg(c->fd, &m, 0);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n < 0 || (m.msg_flags & MSG_TRUNC)) {
			int e = n < 0 ? errno : EMSGSIZE;
			err_fmt("netlink receive error %s (%d)\n", errtext(e), e);
			c->state = -e;
			return;
		}
		if (n == 0) {
			c->state = -ENODATA;
			return;
		}
		if (sa.nl_pid != 0)
			continue;
		c->len = (size_t)n;
		return;
	}
}

const struct nlmsghdr *nl_cursor_peek(struct nl_cursor *c)
{
	while (c->state == 0) {
		if (c->off >= c->len) {
			cursor_fill(c);
			continue;
		}
		const struct nlmsghdr *n = (const struct nlmsghdr *)(c->buf + c->off);
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
				err_fmt("RTNETLINK answers: %s\n", errtext(-e));
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
	const struct nlmsghdr *n = (const struct nlmsghdr *)(c->buf + c->off);

	if (c->off < c->len)
		c->off += NLMSG_ALIGN(n->nlmsg_len);
}

void nl_cursor_close(struct nl_cursor *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	if (c->state == 0)
		c->state = 1;
}

int nl_send_batch(const void *buf, size_t len, int ignore)
{
	char rx[4096] __attribute__((aligned(8)));
	int fd = nl_fd(), ret = 0;

	if (fd < 0)
		return -ENOTSOCK;
	while (send(fd, buf, len, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	/* the kernel handled the batch inside send(): its errors are queued */
	for (;;) {
		ssize_t n = recv(fd, rx, sizeof(rx), MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		int rem = (int)n;
		for (const struct nlmsghdr *h = (const void *)rx; NLMSG_OK(h, rem); h = NLMSG_NEXT(h, rem)) {
			const struct nlmsgerr *e = NLMSG_DATA(h);
			if (h->nlmsg_type == NLMSG_ERROR && h->nlmsg_len >= NLMSG_LENGTH(sizeof(*e)) &&
			    e->error && e->error != -ignore && !ret)
				ret = kerr(e->error);
		}
	}
	return ret;
}
