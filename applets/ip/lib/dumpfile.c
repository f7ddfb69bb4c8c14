#include "applets/ip/lib/dumpfile.h"
#include "core/ipbox.h"

#include <errno.h>
#include <unistd.h>

static size_t read_full(void *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t k = read(0, (char *)buf + got, n - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		got += (size_t)k;
	}
	return got;
}

int dumpfile_start(uint32_t magic)
{
	if (isatty(1)) {
		err_fmt("Not sending a binary stream to stdout\n");
		return -1;
	}
	out_flush();
	if (write(1, &magic, sizeof(magic)) != sizeof(magic)) {
		err_fmt("Can't write magic to dump file\n");
		return -1;
	}
	return 0;
}

int dumpfile_put(const struct nlmsghdr *n)
{
	ssize_t w = write(1, n, n->nlmsg_len);

	if (w == (ssize_t)n->nlmsg_len)
		return 0;
	if (w > 0)
		err_fmt("Short write while saving nlmsg\n");
	return -EIO;
}

int dumpfile_magic(uint32_t magic, const char *what)
{
	uint32_t m = 0;

	if (isatty(0)) {
		err_fmt("Can't restore %s dump from a terminal\n", what);
		return -1;
	}
	size_t got = read_full(&m, sizeof(m));
	if (m != magic) {
		err_fmt("Magic mismatch (%d elems, %x magic)\n", got == sizeof(m), m);
		return -1;
	}
	return 0;
}

int dumpfile_each(int (*cb)(struct nlmsghdr *n, void *arg), void *arg)
{
	static char buf[16384] __attribute__((aligned(8)));
	struct nlmsghdr *h = (struct nlmsghdr *)buf;

	for (;;) {
		size_t got = read_full(buf, sizeof(*h));
		if (got == 0)
			return 0;
		if (got != sizeof(*h))
			break;
		if (h->nlmsg_len < sizeof(*h) || h->nlmsg_len > sizeof(buf)) {
			off_t at = lseek(0, 0, SEEK_CUR);
			err_fmt("!!!malformed message: len=%d @%lu\n", (int)h->nlmsg_len, (unsigned long)at);
			return -1;
		}
		size_t l = NLMSG_ALIGN(h->nlmsg_len - sizeof(*h));
		if (read_full(buf + sizeof(*h), l) != l)
			break;
		int e = cb(h, arg);
		if (e < 0)
			return e;
	}
	err_fmt("rtnl-from_file: truncated message\n");
	return -1;
}
