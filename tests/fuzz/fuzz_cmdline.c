/* Command lines of every applet, parsed into requests: the input is the
 * arguments, one a line ("link\nadd\nveth0\ntype\nveth"), then optionally
 * a NUL and the kernel's replies (see harness.h).  A first line "ping"
 * runs the ping applet, anything else is ip's arguments. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"

#include <string.h>

int ip_main(int argc, char **argv);
int ping_main(int argc, char **argv);

static char text[4097];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[64];
	const uint8_t *nul = memchr(data, 0, size);
	size_t tlen = nul ? (size_t)(nul - data) : size;

	if (tlen >= sizeof(text))
		return -1;
	memcpy(text, data, tlen);
	fz_set_replies(nul ? nul + 1 : NULL, nul ? size - tlen - 1 : 0);
	int argc = fz_argv("ip", text, tlen, argv, 64);
	if (CONFIG_PING && argc > 1 && strcmp(argv[1], "ping") == 0)
		fz_run(ping_main, argc - 1, argv + 1);
	else
		fz_run(ip_main, argc, argv);
	return 0;
}
