/* ip: global options, then the object.  The tables follow iproute2 6.1's
 * order, since the first prefix match wins ("ip l" is link, "ip n" neigh). */
#include "applets/ip/ip.h"
#include "core/netns.h"

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char ip_usage[] =
	"Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"
	"       ip [ -force ] -batch filename\n"
	"where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n"
	"                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n"
	"                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n"
	"                   ntbl | route | rule | sr | tap | tcpmetrics |\n"
	"                   token | tunnel | tuntap | vrf | xfrm }\n"
	"       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n"
	"                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n"
	"                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n"
	"                    -4 | -6 | -M | -B | -0 |\n"
	"                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n"
	"                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n"
	"                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n"
	"                    -c[olor]}\n";

__attribute__((noreturn)) static void usage(void)
{
	usage_exit(USAGE(ip_usage, "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"), RC_USAGE);
}

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	usage();
}

/* Every object iproute2 6.1 knows, in its order; NULL = not in ipbox. */
static const struct {
	const char *name;
	applet_main fn;
} objects[] = {
	{ "address", NULL }, { "addrlabel", NULL }, { "maddress", NULL },
	{ "route", NULL }, { "rule", NULL }, { "neighbor", NULL },
	{ "neighbour", NULL }, { "ntable", NULL }, { "ntbl", NULL },
	{ "link", NULL }, { "l2tp", NULL }, { "fou", NULL }, { "ila", NULL },
	{ "macsec", NULL }, { "tunnel", NULL }, { "tunl", NULL },
	{ "tuntap", NULL }, { "tap", NULL }, { "token", NULL },
	{ "tcpmetrics", NULL }, { "tcp_metrics", NULL }, { "monitor", NULL },
	{ "xfrm", NULL }, { "mroute", NULL }, { "mrule", NULL },
	{ "netns", NULL }, { "netconf", NULL }, { "vrf", NULL }, { "sr", NULL },
	{ "nexthop", NULL }, { "mptcp", NULL }, { "ioam", NULL },
	{ "help", do_help }, { "stats", NULL },
};

static applet_main object_fn(const char *name)
{
	/* what this configuration has (the rest stay NULL and read as unknown) */
	if (streq(name, "address")) return CONFIG_IP_ADDR ? do_ipaddr : NULL;
	if (streq(name, "route")) return CONFIG_IP_ROUTE ? do_iproute : NULL;
	if (streq(name, "rule")) return CONFIG_IP_RULE ? do_iprule : NULL;
	if (streq(name, "neighbor") || streq(name, "neighbour"))
		return CONFIG_IP_NEIGH ? do_ipneigh : NULL;
	if (streq(name, "link")) return CONFIG_IP_LINK ? do_iplink : NULL;
	if (streq(name, "netns")) return CONFIG_IP_NETNS ? do_ipnetns : NULL;
	if (streq(name, "help")) return do_help;
	return NULL;
}

int ip_do_cmd(int argc, char **argv)
{
	for (size_t i = 0; i < sizeof(objects) / sizeof(objects[0]); i++) {
		if (!matches(argv[0], objects[i].name))
			continue;
		applet_main fn = object_fn(objects[i].name);
		if (!fn)
			break;
		int rc = fn(argc - 1, argv + 1);
		/* Like iproute2, a batch keeps the names it has looked up (one
		 * GETLINK per device, not per line); only commands that can
		 * rename, move or delete links make it start over.  (CONFIG_
		 * first: a bare reference would link a configured-out applet.) */
		if ((CONFIG_IP_LINK && fn == do_iplink) || (CONFIG_IP_NETNS && fn == do_ipnetns))
			ll_forget();
		return rc;
	}
	err_fmt("Object \"%s\" is unknown, try \"ip help\".\n", argv[0]);
	return RC_LOCAL;
}

/* -color[=always|auto|never]: 0 when OPT is something else, else
 * 1 never, 2 auto, 3 always (a bare -color is always, as 6.1) */
static int color_opt(const char *opt)
{
	char word[16];
	const char *eq = strchr(opt, '=');
	size_t n = eq ? (size_t)(eq - opt) : strlen(opt);

	if (n >= sizeof(word))
		return 0;
	memcpy(word, opt, n);
	word[n] = 0;
	if (!matches(word, "-color"))
		return 0;
	if (!eq || streq(eq + 1, "always"))
		return 3;
	if (streq(eq + 1, "auto"))
		return 2;
	return streq(eq + 1, "never") ? 1 : 0;
}

int ip_main(int argc, char **argv)
{
	const char *batch_file = NULL;

	while (argc > 1) {
		char *opt = argv[1];
		if (streq(opt, "--")) {
			argc--;
			argv++;
			break;
		}
		if (opt[0] != '-')
			break;
		if (opt[1] == '-')
			opt++;
		if (matches(opt, "-loops")) {
			argc--;
			argv++;
			if (argc <= 1)
				usage();
			G.loops = (unsigned)str_to_ll(argv[1], NULL, 10);
		} else if (matches(opt, "-family")) {
			argc--;
			argv++;
			if (argc <= 1 || streq(argv[1], "help"))
				usage();
			G.family = read_family(argv[1]);
			if (G.family <= 0)
				invarg("invalid protocol family", argv[1]);
		} else if (streq(opt, "-4")) {
			G.family = AF_INET;
		} else if (streq(opt, "-6")) {
			G.family = AF_INET6;
		} else if (streq(opt, "-0")) {
			G.family = AF_PACKET;
		} else if (streq(opt, "-M")) {
			G.family = AF_MPLS;
		} else if (streq(opt, "-B")) {
			G.family = AF_BRIDGE;
		} else if (matches(opt, "-human") || matches(opt, "-human-readable")) {
			G.human++;
		} else if (matches(opt, "-iec")) {
			G.iec++;
		} else if (matches(opt, "-stats") || matches(opt, "-statistics")) {
			G.stats++;
		} else if (matches(opt, "-details")) {
			G.details++;
		} else if (matches(opt, "-resolve")) {
			G.resolve++;
		} else if (matches(opt, "-oneline")) {
			G.oneline++;
		} else if (matches(opt, "-timestamp")) {
			G.timestamp++;
		} else if (matches(opt, "-tshort")) {
			G.timestamp += 2;
		} else if (matches(opt, "-Version")) {
			out_str("ip utility, iproute2-6.1.0, libbpf 1.1.2\n");
			return RC_OK;
		} else if (matches(opt, "-force")) {
			G.force++;
		} else if (matches(opt, "-batch")) {
			argc--;
			argv++;
			if (argc <= 1)
				usage();
			batch_file = argv[1];
		} else if (matches(opt, "-brief")) {
			G.brief++;
		} else if (matches(opt, "-json")) {
			G.json++;
		} else if (matches(opt, "-pretty")) {
			G.pretty++;
		} else if (matches(opt, "-rcvbuf")) {
			argc--;
			argv++;
			if (argc <= 1)
				usage();
			if (get_u32(&G.rcvbuf, argv[1], 0)) {
				err_fmt("Invalid rcvbuf size '%s'\n", argv[1]);
				ipbox_exit(RC_USAGE);
			}
		} else if (color_opt(opt)) {
			G.color = color_opt(opt);
		} else if (matches(opt, "-help")) {
			usage();
		} else if (matches(opt, "-netns")) {
			argv++;
			if (--argc <= 0)	/* iproute2's NEXT_ARG: "ip -n" switches to "(null)" */
				incomplete_command();
			if (!CONFIG_IP_NETNS || netns_switch(argv[1]))
				ipbox_exit(RC_USAGE);
			G.netns = argv[1];
		} else if (matches(opt, "-Numeric")) {
			G.numeric++;
		} else if (matches(opt, "-all")) {
			G.do_all = 1;
		} else if (streq(opt, "-echo")) {
			G.echo++;
		} else {
			err_fmt("Option \"%s\" is unknown, try \"ip -help\".\n", opt);
			ipbox_exit(RC_USAGE);
		}
		argc--;
		argv++;
	}
	G.sl = G.oneline ? "\\" : "\n";
	if (!CONFIG_IP_JSON)
		G.json = 0;
	/* colours: never with JSON; "auto" only on a terminal */
	if (G.json || (G.color == 2 && !isatty(1)))
		G.color = 1;
	G.color = G.color == 3 || G.color == 2;

	if (batch_file) {
		if (!CONFIG_IP_BATCH) {
			err_fmt("ipbox: -batch is not in this build (CONFIG_IP_BATCH)\n");
			return RC_LOCAL;
		}
		return ip_batch(batch_file);
	}
	if (argc > 1)
		return ip_do_cmd(argc - 1, argv + 1);
	usage();
}
