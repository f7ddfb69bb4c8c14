/* ip link: network devices.
 *
 * Usage: ip link add ... / set ... / delete ... / show [ DEVICE | up ... ]
 * (iproute2 6.1's subcommand order: add, set|change, replace, delete,
 * show|lst|list, xstats, afstats, property, help) */
#include "applets/ip/ip.h"

int do_iplink(int argc, char **argv)
{
	if (argc < 1)
		return ip_show(0, NULL, 1);
	if (matches(argv[0], "show") || matches(argv[0], "lst") || matches(argv[0], "list"))
		return ip_show(argc - 1, argv + 1, 1);
	err_fmt("Command \"%s\" is unknown, try \"ip link help\".\n", argv[0]);
	return RC_USAGE;
}
