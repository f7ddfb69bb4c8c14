/* The folder of named namespaces, /run/netns: making it and walking it. */
#include "applets/ip/ip.h"
#include "applets/ip/netns.h"
#include "applets/ip/lib/namespace.h"
#include "core/dir.h"

#include <errno.h>
#include <sys/stat.h>

int netns_is_dot(const char *name)
{
	return streq(name, ".") || streq(name, "..");
}

int netns_foreach(int (*fn)(const char *name, void *arg), void *arg)
{
	if (dir_each(NETNS_RUN_DIR, fn, arg) == -1 && errno != ENOENT) {
		err_errno("Failed to open directory %s: ", NETNS_RUN_DIR);
		return -1;
	}
	return 0;
}

int netns_make_run_dir(void)
{
	if (mkdir(NETNS_RUN_DIR, 0755) < 0 && errno != EEXIST) {
		err_errno("mkdir %s failed: ", NETNS_RUN_DIR);
		return -1;
	}
	return 0;
}
