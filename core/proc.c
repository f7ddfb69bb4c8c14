#include "core/proc.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

pid_t proc_fork(void)
{
	return (pid_t)syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
}

/* execve, and /bin/sh FILE ARGS... when the kernel says ENOEXEC */
static void run(const char *file, char **argv)
{
	execve(file, argv, environ);
	if (errno != ENOEXEC)
		return;
	int argc = 0;
	while (argv[argc])
		argc++;
	char *sh[argc + 2];
	sh[0] = "/bin/sh";
	sh[1] = (char *)file;
	memcpy(sh + 2, argv + 1, (size_t)argc * sizeof(*sh));	/* with the NULL */
	execve(sh[0], sh, environ);
}

int exec_path(char **argv)
{
	const char *file = argv[0], *path = getenv("PATH");
	size_t flen = strlen(file) + 1;
	char buf[PATH_MAX + NAME_MAX + 2];
	int eacces = 0;

	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) {
		run(file, argv);
		return -1;
	}
	if (flen > NAME_MAX + 1) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (!path)
		path = "/bin:/usr/bin";
	for (const char *p = path;; p++) {
		size_t n = 0;
		while (p[n] && p[n] != ':')
			n++;
		if (n < PATH_MAX) {
			/* an empty entry is the current directory */
			memcpy(buf, p, n);
			buf[n] = '/';
			memcpy(buf + n + !!n, file, flen);
			run(buf, argv);
			switch (errno) {
			case EACCES:
				eacces = 1;
				/* fall through */
			case ENOENT: case ESTALE: case ENOTDIR: case ENODEV: case ETIMEDOUT:
				break;
			default:
				return -1;
			}
		}
		p += n;
		if (!*p)
			break;
	}
	if (eacces)
		errno = EACCES;
	return -1;
}
