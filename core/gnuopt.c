/* glibc's getopt as iputils' tools use it, for ipbox's applets that copy
 * them (ping, arping): no long options, GNU permutation, glibc's texts. */
#include "core/ipbox.h"

#include <string.h>

int gnu_getopt(int argc, char **argv, const char *spec, const char *prog,
	       void (*fn)(void *ctx, int c, char *val), void *ctx)
{
	int nops = 0, i;

	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		if (streq(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || !a[1]) {
			argv[1 + nops++] = a;
			continue;
		}
		for (a++; *a; a++) {
			const char *o = strchr(spec, *a);
			if (!o || *a == ':') {
				out_flush();
				err_fmt("%s: invalid option -- '%c'\n", prog, *a);
				return -1;
			}
			if (o[1] != ':') {
				fn(ctx, *a, NULL);
				continue;
			}
			char *val = a[1] ? a + 1 : argv[++i];
			if (!val) {
				out_flush();
				err_fmt("%s: option requires an argument -- '%c'\n", prog, *a);
				return -1;
			}
			fn(ctx, *a, val);
			break;
		}
	}
	for (; i < argc; i++)
		argv[1 + nops++] = argv[i];
	return nops;
}
