#include "applets/ip/ip.h"

/* placeholder: CONFIG_IP_ROUTE lands with its issue */
int do_iproute(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	err_fmt("ipbox: not implemented yet\n");
	return RC_LOCAL;
}
