/* ip OBJECT ...: the objects ipbox has, each object's entry point, and
 * ip's usage text.  One command line, or one line of -batch. */
#include "applets/ip/ip.h"

static const char ip_usage_text[] =
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

void ip_usage(void)
{
	usage_exit(USAGE(ip_usage_text, "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"), RC_USAGE);
}

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	ip_usage();
}

/* The objects ipbox has, in iproute2 6.1's order (the first prefix match
 * wins: "ip n" is neighbor, "ip ru" rule).  6.1's others (addrlabel,
 * maddress, ntable, l2tp, tunnel, xfrm, netconf, ...) are left out: none
 * comes before one of these with a prefix in common that would win, and
 * picking one of them ends in the same "unknown" as matching nothing.
 * (A constant CONFIG_ ? fn : NULL links nothing that is off; its word
 * stays, to refuse it.) */
static const struct kw_cmd objects[] = {
	{ "address", CONFIG_IP_ADDR ? do_ipaddr : NULL },
	{ "route", CONFIG_IP_ROUTE ? do_iproute : NULL },
	{ "rule", CONFIG_IP_RULE ? do_iprule : NULL },
	{ "neighbor", CONFIG_IP_NEIGH ? do_ipneigh : NULL },
	{ "neighbour", CONFIG_IP_NEIGH ? do_ipneigh : NULL },
	{ "link", CONFIG_IP_LINK ? do_iplink : NULL },
	{ "netns", CONFIG_IP_NETNS ? do_ipnetns : NULL },
	{ "help", do_help },
};

int ip_subcmd(const struct kw_cmd *cmds, size_t n, int argc, char **argv, const char *object)
{
	if (argc < 1)
		return kw_cmd("ip", "show", cmds, n)->fn(0, NULL);
	const struct kw_cmd *k = kw_cmd("ip", *argv, cmds, n);
	if (k)
		return k->fn(argc - 1, argv + 1);
	err_fmt("Command \"%s\" is unknown, try \"ip %s help\".\n", *argv, object);
	ipbox_exit(RC_USAGE);
}

int ip_do_cmd(int argc, char **argv)
{
	const struct kw_cmd *k = KW_CMD("ip", argv[0], objects);

	if (k) {
		int rc = k->fn(argc - 1, argv + 1);
		/* Like iproute2, a batch keeps the names it has looked up (one
		 * GETLINK per device, not per line); only commands that can
		 * rename, move or delete links make it start over. */
		if ((CONFIG_IP_LINK && k->fn == do_iplink) || (CONFIG_IP_NETNS && k->fn == do_ipnetns))
			ll_forget();
		return rc;
	}
	err_fmt("Object \"%s\" is unknown, try \"ip help\".\n", argv[0]);
	return RC_LOCAL;
}
