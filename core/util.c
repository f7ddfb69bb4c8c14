#include "core/ipbox.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

void (*ipbox_exit_hook)(int rc);	/* test hook (tests/fuzz): must not return */

void ipbox_exit(int rc)
{
	rc = out_exit_code(rc);
	if (IPBOX_TEST_HOOKS && ipbox_exit_hook)
		ipbox_exit_hook(rc);
	exit(rc);
}

void usage_exit(const char *text, int rc)
{
	err_str(text);
	ipbox_exit(rc);
}

void incomplete_command(void)
{
	err_fmt("Command line is not complete. Try option \"help\"\n");
	ipbox_exit(RC_USAGE);
}

void invarg(const char *msg, const char *arg)
{
	err_fmt("Error: argument \"%s\" is wrong: %s\n", arg, msg);
	ipbox_exit(RC_USAGE);
}

void duparg(const char *key, const char *arg)
{
	err_fmt("Error: duplicate \"%s\": \"%s\" is the second value.\n", key, arg);
	ipbox_exit(RC_USAGE);
}

void duparg2(const char *key, const char *arg)
{
	err_fmt("Error: either \"%s\" is duplicate, or \"%s\" is a garbage.\n", key, arg);
	ipbox_exit(RC_USAGE);
}

void not_in_build(const char *applet, const char *word)
{
	err_fmt("%s: %s\"%s\" is not in this build\n", applet, *word == '-' ? "option " : "", word);
	ipbox_exit(RC_USAGE);
}

void missarg(const char *key)
{
	err_fmt("Error: argument \"%s\" is required\n", key);
	ipbox_exit(RC_USAGE);
}

int matches(const char *arg, const char *word)
{
	if (!*arg)
		return 0;
	while (*arg && *arg == *word)
		arg++, word++;
	return !*arg;
}

int streq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* strtoull's rules, as 6.1: a sign is taken and "-N" is 2^64 - N, so
 * get_u32 and smaller take "-0" and refuse every other negative */
int get_u64(unsigned long long *val, const char *arg, int base)
{
	char *end;

	if (!arg || !*arg)
		return -1;
	errno = 0;
	unsigned long long v = str_to_ull(arg, &end, base);
	if (end == arg || *end || errno == ERANGE)
		return -1;
	*val = v;
	return 0;
}

int get_u32(unsigned *val, const char *arg, int base)
{
	unsigned long long v;

	if (get_u64(&v, arg, base) || v > UINT_MAX)
		return -1;
	*val = (unsigned)v;
	return 0;
}

int get_u16(unsigned short *val, const char *arg, int base)
{
	unsigned v;

	if (get_u32(&v, arg, base) || v > 0xffff)
		return -1;
	*val = (unsigned short)v;
	return 0;
}

int get_u8(unsigned char *val, const char *arg, int base)
{
	unsigned v;

	if (get_u32(&v, arg, base) || v > 0xff)
		return -1;
	*val = (unsigned char)v;
	return 0;
}

int get_s32(int *val, const char *arg, int base)
{
	char *end;

	if (!arg || !*arg)
		return -1;
	errno = 0;
	long long v = str_to_ll(arg, &end, base);
	if (*end || errno == ERANGE || v > INT_MAX || v < INT_MIN)
		return -1;
	*val = (int)v;
	return 0;
}
