/* Entering namespaces: iproute2's lib/namespace.c, same steps, same texts. */
#include "applets/ip/lib/namespace.h"
#include "core/ipbox.h"
#include "core/nl.h"
#include "core/ll.h"
#include "core/dir.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/vfs.h>
#include <unistd.h>

int netns_get_fd(const char *name)
{
	char path[4096];

	/* a FIFO put in /run/netns must not block (6.1 hangs on it) */
	if (strchr(name, '/'))
		return open(name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	fmt_buf(path, sizeof(path), "%s/%s", NETNS_RUN_DIR, name);
	return open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
}

/* the fds of "netns NAME" words, open until the request is sent */
static int link_fds[4], nlink_fds;

void netns_link_attr_close(void)
{
	while (nlink_fds > 0)
		close(link_fds[--nlink_fds]);
}

int netns_link_attr(struct nl_req *r, const char *arg)
{
	int v = netns_get_fd(arg);

	if (v >= 0 && nlink_fds < 4)
		link_fds[nlink_fds++] = v;
	if (v >= 0)
		nla_put_u32(r, IFLA_NET_NS_FD, (uint32_t)v);
	else if (get_s32(&v, arg, 0) == 0)
		nla_put_u32(r, IFLA_NET_NS_PID, (uint32_t)v);
	else
		invarg("Invalid \"netns\" value\n", arg);
	return v;
}

/* Programs that know nothing of namespaces read /etc/resolv.conf and
 * friends: /etc/netns/NAME/FILE is bound over /etc/FILE. */
static int bind_one(const char *file, void *dir)
{
	char from[4096], to[4096];

	fmt_buf(from, sizeof(from), "%s/%s", (const char *)dir, file);
	fmt_buf(to, sizeof(to), "/etc/%s", file);
	if (mount(from, to, "none", MS_BIND, NULL) < 0)
		err_errno("Bind %s -> %s failed: ", from, to);
	return 0;
}

static void bind_etc(const char *name)
{
	char dir[sizeof(NETNS_ETC_DIR) + 256];

	if (strlen(name) >= 255)
		return;
	fmt_buf(dir, sizeof(dir), "%s/%s", NETNS_ETC_DIR, name);
	dir_each(dir, bind_one, dir);
}

int netns_switch(const char *name)
{
	char path[4096];
	unsigned long flags = 0;
	struct statfs st;
	int fd;

	if (!name)
		name = "(null)";	/* "ip -n" at the end of the line, as glibc prints it */
	fmt_buf(path, sizeof(path), "%s/%s", NETNS_RUN_DIR, name);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		err_errno("Cannot open network namespace \"%s\": ", name);
		return -1;
	}
	if (setns(fd, CLONE_NEWNET) < 0) {
		err_errno("setting the network namespace \"%s\" failed: ", name);
		close(fd);
		return -1;
	}
	close(fd);
	/* sockets of the old namespace would keep talking to it */
	nl_close();
	ll_forget();

	if (unshare(CLONE_NEWNS) < 0) {
		err_errno("unshare failed: ");
		return -1;
	}
	/* our mounts must not propagate back to the parent */
	if (mount("", "/", "none", MS_SLAVE | MS_REC, NULL)) {
		err_errno("\"mount --make-rslave /\" failed: ");
		return -1;
	}
	/* a /sys that shows this namespace's devices; a sysfs we cannot
	 * unmount is overlaid, read-only if it is read-only itself
	 * (statfs's f_flags are statvfs's f_flag: ST_RDONLY is MS_RDONLY) */
	if (umount2("/sys", MNT_DETACH) < 0 && statfs("/sys", &st) == 0 && (st.f_flags & MS_RDONLY))
		flags = MS_RDONLY;
	if (mount(name, "/sys", "sysfs", flags, NULL) < 0 &&
	    (flags || (errno != EPERM && errno != EACCES) ||
	     mount(name, "/sys", "sysfs", MS_RDONLY, NULL) < 0)) {
		/* (rootless containers allow only a read-only sysfs) */
		err_errno("mount of /sys failed: ");
		return -1;
	}
	bind_etc(name);
	return 0;
}
