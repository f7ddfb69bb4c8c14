/* ip netns: named network namespaces, interoperable with iproute2.
 *
 * A name is a file in /run/netns with the namespace bind-mounted on it
 * (from /proc/self/ns/net), so it lives on without any process in it.
 * /run/netns itself is a shared mount, so that "delete" reaches the
 * copies that "exec" made in other mount namespaces. */
#include "applets/ip/ip.h"
#include "applets/ip/netns.h"
#include "applets/ip/lib/namespace.h"
#include "core/dir.h"
#include "core/proc.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int netns_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	netns_usage();
}

static void ns_path(char *buf, size_t cap, const char *name)
{
	fmt_buf(buf, cap, "%s/%s", NETNS_RUN_DIR, name);
}

/* ---- list ------------------------------------------------------------ */

static int list_one(const char *name, void *arg)
{
	(void)arg;
	pr_open_obj(NULL);
	pr_string(PR_ANY, "name", "%s", name);
	int id = netns_nsid_of(name, 0);
	if (id >= 0)
		pr_int(PR_ANY, "id", " (id: %d)", id);
	pr_text("\n");
	pr_close_obj();
	return 0;
}

static int netns_list(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	netns_map_init(0);
	if (access(NETNS_RUN_DIR, F_OK) < 0)
		return RC_OK;	/* no "[]" either */
	pr_begin();
	dir_each(NETNS_RUN_DIR, list_one, NULL);
	pr_end();
	return RC_OK;
}

/* ---- add, attach, delete ---------------------------------------------- */

static int delete_one(const char *name, void *arg)
{
	char path[4096];
	struct stat st;

	(void)arg;
	ns_path(path, sizeof(path), name);
	/* a symlink put here is removed, never followed to unmount what
	 * it points at (6.1 unmounts that) */
	if (lstat(path, &st) == 0 && !S_ISLNK(st.st_mode))
		umount2(path, MNT_DETACH | UMOUNT_NOFOLLOW);
	if (unlink(path) < 0) {
		err_errno("Cannot remove namespace file \"%s\": ", path);
		return 1;	/* ends -all; not -1, which netns_foreach takes for a failed read */
	}
	return 0;
}

static int netns_delete(int argc, char **argv)
{
	if (argc < 1 && !G.do_all) {
		err_fmt("No netns name specified\n");
		return RC_LOCAL;
	}
	if (G.do_all)
		return netns_foreach(delete_one, NULL) ? RC_LOCAL : RC_OK;
	return delete_one(argv[0], NULL) ? RC_LOCAL : RC_OK;
}

/* /run/netns as a shared mount of its own.  Under a lock, so that
 * parallel first adds do not stack bind mounts (Debian bug 949235); and
 * private before shared, so that the new mount gets its own peer group
 * instead of joining /run's (else every netns mount shows up twice when
 * /run is shared, as systemd makes it; iproute2 fixed this after 6.1). */
static int share_run_dir(void)
{
	const char *dir = NETNS_RUN_DIR;
	int bound = 0, rc = 0;
	int lock = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (lock < 0) {
		err_errno("Cannot open netns runtime directory \"%s\": ", dir);
		return -1;
	}
	if (flock(lock, LOCK_EX) < 0)
		err_errno("Warning: could not flock netns runtime directory \"%s\": ", dir);
	while (mount("", dir, "none", MS_SHARED | MS_REC, NULL)) {
		/* EINVAL: not a mount point yet */
		if (errno != EINVAL || bound) {
			err_errno("mount --make-shared %s failed: ", dir);
			rc = -1;
			break;
		}
		if (mount(dir, dir, "none", MS_BIND | MS_REC, NULL)) {
			err_errno("mount --bind %s %s failed: ", dir, dir);
			rc = -1;
			break;
		}
		if (mount("", dir, "none", MS_PRIVATE | MS_REC, NULL)) {
			err_errno("mount --make-private %s failed: ", dir);
			rc = -1;
			break;
		}
		bound = 1;
	}
	close(lock);	/* unlocks */
	return rc;
}

/* the namespace we came from: "add" must leave the process there, or
 * the next line of a batch would run in the new namespace */
static int saved_ns = -1;

static void ns_save(void)
{
	saved_ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (saved_ns < 0) {
		err_errno("Cannot open init namespace: ");
		ipbox_exit(RC_LOCAL);
	}
}

static void ns_restore(void)
{
	if (saved_ns < 0)
		return;
	if (setns(saved_ns, CLONE_NEWNET)) {
		err_errno("setns: ");
		ipbox_exit(RC_LOCAL);
	}
	close(saved_ns);
	saved_ns = -1;
}

/* add NAME (CREATE) or attach NAME PID */
static int add_or_attach(int argc, char **argv, int create)
{
	char path[4096], proc[64];
	int fd, pid = 0;

	if (create && argc < 1) {
		err_fmt("No netns name specified\n");
		return RC_LOCAL;
	}
	if (!create) {
		if (argc < 2) {
			err_fmt("No netns name and PID specified\n");
			return RC_LOCAL;
		}
		if (get_s32(&pid, argv[1], 0) || !pid) {
			err_fmt("Invalid PID: %s\n", argv[1]);
			return RC_LOCAL;
		}
	}
	ns_path(path, sizeof(path), argv[0]);
	if (netns_make_run_dir() || share_run_dir())
		return RC_LOCAL;

	fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);
	if (fd < 0) {
		err_errno("Cannot create namespace file \"%s\": ", path);
		return RC_LOCAL;
	}
	close(fd);

	if (create) {
		ns_save();
		if (unshare(CLONE_NEWNET) < 0) {
			err_errno("Failed to create a new network namespace \"%s\": ", argv[0]);
			goto undo;
		}
		fmt_buf(proc, sizeof(proc), "/proc/self/ns/net");
	} else {
		fmt_buf(proc, sizeof(proc), "/proc/%d/ns/net", pid);
	}
	if (mount(proc, path, "none", MS_BIND, NULL) < 0) {
		err_errno("Bind %s -> %s failed: ", proc, path);
		goto undo;
	}
	ns_restore();
	return RC_OK;
undo:
	if (create) {
		ns_restore();
		delete_one(argv[0], NULL);
	} else if (unlink(path) < 0) {
		err_errno("Cannot remove namespace file \"%s\": ", path);
	}
	return RC_LOCAL;
}

static int netns_add(int argc, char **argv)
{
	return add_or_attach(argc, argv, 1);
}

static int netns_attach(int argc, char **argv)
{
	return add_or_attach(argc, argv, 0);
}

/* ---- exec ------------------------------------------------------------ */

/* iproute2's cmd_exec(): enter NAME and run ARGV, in this process (its
 * status is then ours) or in a child we wait for.  Returns the child's
 * status, or 255 when entering NAME failed in this process. */
static int cmd_exec(char **argv, int do_fork, const char *name)
{
	out_flush();
	if (do_fork) {
		int status;
		pid_t pid = proc_fork();

		if (pid < 0) {
			err_errno("fork: ");
			ipbox_exit(RC_LOCAL);
		}
		if (pid) {
			if (waitpid(pid, &status, 0) < 0) {
				err_errno("waitpid: ");
				ipbox_exit(RC_LOCAL);
			}
			if (WIFEXITED(status))
				return WEXITSTATUS(status);
			ipbox_exit(RC_LOCAL);	/* killed: iproute2 gives up too */
		}
	}
	if (netns_switch(name)) {
		if (do_fork)
			_exit(RC_LOCAL);
		return RC_USAGE;
	}
	exec_path(argv);
	err_errno("exec of \"%s\" failed: ", argv[0]);
	_exit(RC_LOCAL);
}

static int exec_in(const char *name, void *arg)
{
	out_fmt("\nnetns: %s\n", name);
	cmd_exec(arg, 1, name);
	return 0;
}

static int netns_exec(int argc, char **argv)
{
	if (argc < 1 && !G.do_all) {
		err_fmt("No netns name specified\n");
		return RC_LOCAL;
	}
	if ((argc < 2 && !G.do_all) || argc < 1) {
		err_fmt("No command specified\n");
		return RC_LOCAL;
	}
	if (G.do_all) {
		netns_foreach(exec_in, argv);
		return RC_OK;
	}
	return cmd_exec(argv + 1, G.batch_mode, argv[0]);
}

/* ---- dispatch -------------------------------------------------------- */

/* iproute2 6.1's order: the first prefix match wins ("s" is show, "se"
 * set, "a" add, "at" attach).  NULL: not in this build. */
static const struct kw_cmd cmds[] = {
	{ "list|show|lst", netns_list },
	{ "list-id", CONFIG_IP_NETNS_EXTRA ? netns_list_id : NULL },
	{ "help", netns_help },
	{ "add", netns_add },
	{ "set", CONFIG_IP_NETNS_EXTRA ? netns_set : NULL },
	{ "delete", netns_delete },
	{ "identify", CONFIG_IP_NETNS_EXTRA ? netns_identify : NULL },
	{ "pids", CONFIG_IP_NETNS_EXTRA ? netns_pids : NULL },
	{ "exec", netns_exec },
	{ "monitor", CONFIG_IP_NETNS_MONITOR ? netns_monitor : NULL },
	{ "attach", CONFIG_IP_NETNS_EXTRA ? netns_attach : NULL },
};

static int invalid_name(const char *name)
{
	return !*name || strlen(name) > 255 || strchr(name, '/') || netns_is_dot(name);
}

int do_ipnetns(int argc, char **argv)
{
	/* iproute2 checks the word after the subcommand, whatever it is;
	 * with -all too, but for "exec" and "delete", which take no name
	 * then (6.1 makes /run/x for "ip -all netns add ../x") */
	if (argc > 1 && invalid_name(argv[1]) &&
	    (!G.do_all || !(matches(argv[0], "exec") || matches(argv[0], "delete")))) {
		err_fmt("Invalid netns name \"%s\"\n", argv[1]);
		ipbox_exit(RC_USAGE);
	}
	return IP_SUBCMD(cmds, argc, argv, "netns");
}
