#include "core/nlbatch.h"
#include "core/ipbox.h"
#include "core/nl.h"

#include <errno.h>
#include <sys/socket.h>

int nl_send_nowait(void *buf, size_t len)
{
	int fd = nl_fd();
	long rem = (long)len;	/* signed: NLMSG_NEXT may step past the end */

	if (fd < 0)
		return -ENOTSOCK;
	for (struct nlmsghdr *m = buf; NLMSG_OK(m, rem); m = NLMSG_NEXT(m, rem)) {
		m->nlmsg_seq = 0;
		m->nlmsg_pid = 0;
	}
	while (send(fd, buf, len, 0) < 0) {
		if (errno != EINTR) {
			int e = errno;
			err_fmt("Failed to send flush request: %s\n", errtext(e));
			return -e;
		}
	}
	return 0;
}
