#include "applets/ip/ip.h"

/* placeholder: CONFIG_IP_NETNS lands with its issue */
int do_ipnetns(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	err_fmt("ipbox: not implemented yet\n");
	return RC_LOCAL;
}
