#include "core/ipbox.h"

/* placeholder: the ping applet lands with its issue */
int ping_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	err_fmt("ping: not implemented yet\n");
	return 2;
}
