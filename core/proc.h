/* Starting programs without musl's heavier process calls. */
#ifndef IPBOX_PROC_H
#define IPBOX_PROC_H

#include <sys/types.h>

/* fork(): 0 in the child, its pid in the parent, -1 and errno.  A plain
 * clone: musl's fork also takes the locks a threaded program needs (~2 KB
 * static), and ipbox never starts a thread.  The child must not rely on
 * pthread state (ipbox's children only switch namespaces and exec). */
pid_t proc_fork(void);

/* glibc's execvp(ARGV[0], ARGV): a name without '/' is looked for along
 * $PATH (default "/bin:/usr/bin"), a file the kernel cannot run
 * (ENOEXEC) is run by /bin/sh, and EACCES wins over later ENOENTs.
 * Returns -1 with errno only on failure. */
int exec_path(char **argv);

#endif
