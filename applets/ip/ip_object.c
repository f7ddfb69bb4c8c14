/* ip OBJECT ...: the objects ipbox has, each object's entry point, and
 * ip's usage text.  One command line, or one line of -batch. */
#include "applets/ip/ip.h"

#include <stddef.h>

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
enum { OBJ_ADDR, OBJ_ROUTE, OBJ_RULE, OBJ_NEIGH, OBJ_LINK, OBJ_NETNS, OBJ_HELP };

static const applet_main object_fns[] = {
	[OBJ_ADDR] = CONFIG_IP_ADDR ? do_ipaddr : NULL,
	[OBJ_ROUTE] = CONFIG_IP_ROUTE ? do_iproute : NULL,
	[OBJ_RULE] = CONFIG_IP_RULE ? do_iprule : NULL,
	[OBJ_NEIGH] = CONFIG_IP_NEIGH ? do_ipneigh : NULL,
	[OBJ_LINK] = CONFIG_IP_LINK ? do_iplink : NULL,
	[OBJ_NETNS] = CONFIG_IP_NETNS ? do_ipnetns : NULL,
	[OBJ_HELP] = do_help,
};

static const struct {
	char name[10];
	unsigned char obj;
} objects[] = {
	{ "address", OBJ_ADDR }, { "route", OBJ_ROUTE }, { "rule", OBJ_RULE },
	{ "neighbor", OBJ_NEIGH }, { "neighbour", OBJ_NEIGH }, { "link", OBJ_LINK },
	{ "netns", OBJ_NETNS }, { "help", OBJ_HELP },
};

int ip_do_cmd(int argc, char **argv)
{
	for (size_t i = 0; i < sizeof(objects) / sizeof(objects[0]); i++) {
		if (!matches(argv[0], objects[i].name))
			continue;
		unsigned obj = objects[i].obj;
		in_build(object_fns[obj] != NULL, objects[i].name);
		int rc = object_fns[obj](argc - 1, argv + 1);
		/* Like iproute2, a batch keeps the names it has looked up (one
		 * GETLINK per device, not per line); only commands that can
		 * rename, move or delete links make it start over. */
		if (obj == OBJ_LINK || obj == OBJ_NETNS)
			ll_forget();
		return rc;
	}
	err_fmt("Object \"%s\" is unknown, try \"ip help\".\n", argv[0]);
	return RC_LOCAL;
}
