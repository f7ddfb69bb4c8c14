/* ip: the global options, then the object (ip_object.c) or -batch
 * (batch.c).  The table follows iproute2 6.1's order, since the first
 * prefix match wins ("-h" is -human, "-b" -batch). */
#include "applets/ip/ip.h"
#include "applets/ip/lib/namespace.h"

#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

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

/* The global options, iproute2 6.1's order (first prefix match wins:
 * "-h" is -human, "-b" -batch, "-n" -netns); what each does, and O_OFF
 * when its feature is not in this build.  Options that only tune a
 * compiled-out one stay (-pretty without -json, -force without -batch:
 * 6.1 ignores them too); -stats and -details are refused where they
 * would print what the build left out (link_show_check), -color unless
 * "never". */
enum {
	O_COUNT,	/* G's int at offset VAL, plus one */
	O_ECHO,		/* the same, for the whole word only */
	O_FAMILY_IS,	/* whole word: G.family = VAL */
	O_TSHORT, O_LOOPS, O_FAMILY, O_VERSION, O_BATCH, O_RCVBUF, O_COLOR, O_HELP, O_NETNS,
	O_OFF = 0x80,	/* with any of them: not in this build */
};
#define COUNT(field) O_COUNT, offsetof(struct ip_options, field)
#define NEEDS(sym) ((sym) ? 0 : O_OFF)

static const struct {
	char name[16];
	unsigned char how, val;
} options[] = {
	{ "-loops", O_LOOPS, 0 }, { "-family", O_FAMILY, 0 },
	{ "-4", O_FAMILY_IS, AF_INET }, { "-6", O_FAMILY_IS, AF_INET6 },
	{ "-0", O_FAMILY_IS, AF_PACKET }, { "-M", O_FAMILY_IS, AF_MPLS },
	{ "-B", O_FAMILY_IS, AF_BRIDGE },
	{ "-human-readable", COUNT(human) }, { "-iec", COUNT(iec) },
	{ "-stats", COUNT(stats) }, { "-statistics", COUNT(stats) },
	{ "-details", COUNT(details) },
	{ "-resolve", O_COUNT | NEEDS(CONFIG_IP_RESOLVE), offsetof(struct ip_options, resolve) },
	{ "-oneline", COUNT(oneline) }, { "-timestamp", COUNT(timestamp) },
	{ "-tshort", O_TSHORT, 0 }, { "-Version", O_VERSION, 0 },
	{ "-force", COUNT(force) }, { "-batch", O_BATCH | NEEDS(CONFIG_IP_BATCH), 0 },
	{ "-brief", COUNT(brief) },
	{ "-json", O_COUNT | NEEDS(CONFIG_JSON), offsetof(struct ip_options, json) },
	{ "-pretty", COUNT(pretty) }, { "-rcvbuf", O_RCVBUF, 0 },
	{ "-color", O_COLOR, 0 }, { "-help", O_HELP, 0 },
	{ "-netns", O_NETNS | NEEDS(CONFIG_IP_NETNS), 0 },
	{ "-Numeric", COUNT(numeric) }, { "-all", COUNT(do_all) },
	{ "-echo", O_ECHO, offsetof(struct ip_options, echo) },
};

//applet: ip ip_main IP
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
		size_t i = 0;
		for (; i < sizeof(options) / sizeof(options[0]); i++) {
			const char *name = options[i].name;
			unsigned how = options[i].how;
			if (how == O_COLOR ? color_opt(opt) != 0 : kw_is(opt, name, how == O_ECHO || how == O_FAMILY_IS))
				break;
		}
		if (i == sizeof(options) / sizeof(options[0])) {
			err_fmt("Option \"%s\" is unknown, try \"ip -help\".\n", opt);
			ipbox_exit(RC_USAGE);
		}
		unsigned how = options[i].how;
		in_build(!(how & O_OFF), options[i].name);
		if (how == O_LOOPS || how == O_FAMILY || how == O_BATCH || how == O_RCVBUF) {
			argc--;
			argv++;
			if (argc <= 1 || (how == O_FAMILY && streq(argv[1], "help")))
				ip_usage();
		}
		switch (how) {
		case O_COUNT:
		case O_ECHO:
			(*(int *)((char *)&G + options[i].val))++;
			break;
		case O_FAMILY_IS:
			G.family = options[i].val;
			break;
		case O_TSHORT:
			G.timestamp += 2;
			break;
		case O_LOOPS:
			G.loops = (unsigned)str_to_ll(argv[1], NULL, 10);
			break;
		case O_FAMILY:
			G.family = read_family(argv[1]);
			if (G.family <= 0)
				invarg("invalid protocol family", argv[1]);
			break;
		case O_VERSION:
			out_str("ip utility, iproute2-6.1.0, libbpf 1.1.2\n");
			return RC_OK;
		case O_BATCH:
			batch_file = argv[1];
			break;
		case O_RCVBUF: {
			unsigned bytes;
			if (get_u32(&bytes, argv[1], 0)) {
				err_fmt("Invalid rcvbuf size '%s'\n", argv[1]);
				ipbox_exit(RC_USAGE);
			}
			nl_set_rcvbuf(bytes);
			break;
		}
		case O_COLOR:
			G.color = color_opt(opt);
			in_build(CONFIG_COLOR || G.color == 1, "-color");
			break;
		case O_HELP:
			ip_usage();
		case O_NETNS:
			argv++;
			if (--argc <= 0)	/* iproute2's NEXT_ARG: "ip -n" switches to "(null)" */
				incomplete_command();
			if (!CONFIG_IP_NETNS || netns_switch(argv[1]))
				ipbox_exit(RC_USAGE);
			G.netns = argv[1];
			break;
		}
		argc--;
		argv++;
	}
	G.sl = G.oneline ? "\\" : "\n";
	/* colours: never with JSON; "auto" only on a terminal */
	if (G.json || (G.color == 2 && !isatty(1)))
		G.color = 1;
	G.color = G.color == 3 || G.color == 2;
	pr_setup(G.json, G.pretty, G.color, G.sl);

	if (CONFIG_IP_BATCH && batch_file)
		return ip_batch(batch_file);
	if (argc > 1)
		return ip_do_cmd(argc - 1, argv + 1);
	ip_usage();
}
