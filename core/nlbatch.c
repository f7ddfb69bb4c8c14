#include "core/nlbatch.h"
#include "core/nl.h"

#include <errno.h>
#include <sys/socket.h>

int nl_send_batch(void *buf, size_t len, int ignore)
{
	char rx[4096] __attribute__((aligned(8)));
	int fd = nl_aux_fd(), ret = 0;
	long rem = (long)len;	/* signed: NLMSG_NEXT may step past the end */

	if (fd < 0)
		return -ENOTSOCK;
	for (struct nlmsghdr *m = buf; NLMSG_OK(m, rem); m = NLMSG_NEXT(m, rem)) {
		m->nlmsg_seq = 0;
		m->nlmsg_pid = 0;
	}
	while (send(fd, buf, len, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	for (;;) {
		ssize_t n = recv(fd, rx, sizeof(rx), MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != EAGAIN)	/* ENOBUFS: answers were lost */
			return ret ? ret : -errno;
		if (n <= 0)
			return ret;
		int left = (int)n;
		for (const struct nlmsghdr *h = (const void *)rx; NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
			const struct nlmsgerr *e = NLMSG_DATA(h);
			if (h->nlmsg_type == NLMSG_ERROR && h->nlmsg_len >= NLMSG_LENGTH(sizeof(*e)) &&
			    e->error && e->error != -ignore && !ret)
				ret = e->error < 0 && e->error > -4096 ? e->error : -EPROTO;
		}
	}
}
