#include "applets/ip/ip.h"

/* placeholder: CONFIG_IP_BATCH lands with its issue */
int ip_batch(const char *file)
{
	(void)file;
	err_fmt("ipbox: not implemented yet\n");
	return RC_LOCAL;
}
