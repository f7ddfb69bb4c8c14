#include "applets/ip/ip.h"

/* placeholder: CONFIG_IP_NEIGH lands with its issue */
int do_ipneigh(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	err_fmt("ipbox: not implemented yet\n");
	return RC_LOCAL;
}
