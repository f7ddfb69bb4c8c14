#include "core/dir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct dirent64_raw {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

int dir_each(const char *path, int (*fn)(const char *name, void *arg), void *arg)
{
	char buf[4096] __attribute__((aligned(8)));
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int ret = 0, err;
	long n = 0;

	if (fd < 0)
		return -1;
	while (!ret && (n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
		for (long off = 0; off < n && !ret;) {
			const struct dirent64_raw *d = (const void *)(buf + off);
			off += d->reclen;
			if (strcmp(d->name, ".") && strcmp(d->name, ".."))
				ret = fn(d->name, arg);
		}
	}
	err = errno;
	if (n < 0 && !ret)
		ret = -1;
	close(fd);
	errno = err;
	return ret;
}
