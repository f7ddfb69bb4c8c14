/* Reading a directory without opendir()'s malloc. */
#ifndef IPBOX_DIR_H
#define IPBOX_DIR_H

/* FN(name, ARG) for every entry of PATH but "." and "..", in the order
 * the kernel gives them (not sorted: iproute2 does not sort either),
 * until FN returns non-zero, which is then returned.  -1 with errno
 * when PATH cannot be opened or read. */
int dir_each(const char *path, int (*fn)(const char *name, void *arg), void *arg);

#endif
