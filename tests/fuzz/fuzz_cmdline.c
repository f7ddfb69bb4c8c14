/* Command lines of every applet, parsed into requests: the input is the
 * arguments, one a line ("link\nadd\nveth0\ntype\nveth"), then optionally
 * a NUL and the kernel's replies (see harness.h).  A first line "ping"
 * runs the ping applet, anything else is ip's arguments. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"

#include <string.h>

int ip_main(int argc, char **argv);
int ping_main(int argc, char **argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[64];
	const uint8_t *rest;
	size_t rlen;
	int argc = fz_args("ip", data, size, argv, &rest, &rlen);

	if (argc < 0)
		return -1;
	fz_set_replies(rest, rlen);
	if (CONFIG_PING && argc > 1 && strcmp(argv[1], "ping") == 0)
		fz_run(ping_main, argc - 1, argv + 1);
	else
		fz_run(ip_main, argc, argv);
	return 0;
}
