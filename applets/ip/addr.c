#include "applets/ip/ip.h"

/* placeholder: CONFIG_IP_ADDR lands with its issue */
int do_ipaddr(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	err_fmt("ipbox: not implemented yet\n");
	return RC_LOCAL;
}
