/* ipbox: the multi-call entry.  "ipbox APPLET ARGS", or a link whose name
 * is the applet's.  The applets are those of the build: each declares
 * itself beside its code in a line
 *	//applet: NAME ENTRY SYMBOL [priv]
 * (name, entry point, Kconfig symbol; "priv": may run setuid, setgid or
 * with file capabilities, and then limits what it holds as its first
 * step), and make gathers the lines into $(BUILD)/applets.h. */
#include "core/ipbox.h"
#include "core/priv.h"
#include "applets.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

static const struct applet {
	const char *name;
	applet_main fn;
	int on;
	int priv;
} applets[] = {
#define APPLET(name, fn, on, priv) { name, on ? fn : NULL, on, priv },
	APPLETS
#undef APPLET
};

#define N_APPLETS (sizeof(applets) / sizeof(applets[0]))

static const struct applet *find_applet(const char *name)
{
	for (size_t i = 0; i < N_APPLETS; i++)
		if (applets[i].on && streq(applets[i].name, name))
			return &applets[i];
	return NULL;
}

static int usage(int rc)
{
	out_str(USAGE("ipbox: network applets in one small static binary\n\n"
		      "Usage: ipbox APPLET [ARGS...]\n"
		      "   or: APPLET [ARGS...]          (through a link named APPLET)\n"
		      "   or: ipbox --list              (one applet a line)\n"
		      "   or: ipbox --install [-s] DIR  (a link per applet; -s: symbolic)\n\n"
		      "Applets:",
		      "Usage: ipbox APPLET [ARGS...] | --list | --install [-s] DIR\nApplets:"));
	for (size_t i = 0; i < N_APPLETS; i++)
		if (applets[i].on)
			out_fmt(" %s", applets[i].name);
	out_str("\n");
	return rc;
}

static int install(int argc, char **argv)
{
	int sym = argc > 2 && streq(argv[2], "-s");
	const char *dir = argv[sym ? 3 : 2];
	char self[4096], path[4096];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	if (!dir) {
		err_fmt("Usage: ipbox --install [-s] DIR\n");
		return 1;
	}
	if (n < 0) {
		err_fmt("ipbox: cannot find myself in /proc/self/exe: %s\n", errtext(errno));
		return 1;
	}
	self[n] = 0;
	int rc = 0;
	for (size_t i = 0; i < N_APPLETS; i++) {
		if (!applets[i].on)
			continue;
		fmt_buf(path, sizeof(path), "%s/%s", dir, applets[i].name);
		/* as busybox: an existing file is left alone */
		if ((sym ? symlink(self, path) : link(self, path)) < 0 && errno != EEXIST) {
			err_fmt("ipbox: %s: %s\n", path, errtext(errno));
			rc = 1;
		}
	}
	return rc;
}

int main(int argc, char **argv)
{
	/* an empty argv (execve allows it before Linux 5.18, which puts ""
	 * there instead): argv[1] would be the first environment string */
	if (argc < 1 || !argv[0] || !*argv[0]) {
		err_fmt("ipbox: empty argument list\n");
		return 127;
	}
	const char *base = argv[0];
	for (const char *p = base; *p; p++)
		if (*p == '/')
			base = p + 1;

	const struct applet *a = find_applet(base);
	if (!a && argc > 1 && (a = find_applet(argv[1]))) {
		argc--;
		argv++;
	}
	/* setuid, setgid or file capabilities: nothing but such an applet,
	 * whatever name or word picked it, and before anything else */
	if ((!a || !a->priv) && priv_elevated()) {
		err_fmt("ipbox: %s: refusing to run setuid, setgid or with file capabilities\n",
			a ? a->name : argc > 1 ? argv[1] : base);
		return 1;
	}
	if (!a) {
		/* called as ipbox (or any other name): the applet is argv[1] */
		if (argc < 2 || streq(argv[1], "--help") || streq(argv[1], "-h"))
			return out_exit_code(usage(0));
		if (streq(argv[1], "--list")) {
			for (size_t i = 0; i < N_APPLETS; i++)
				if (applets[i].on)
					out_fmt("%s\n", applets[i].name);
			return out_exit_code(0);
		}
		if (streq(argv[1], "--install"))
			return install(argc, argv);
		err_fmt("ipbox: applet not found: %s\n", argv[1]);
		return 127;
	}
	return out_exit_code(a->fn(argc, argv));
}
