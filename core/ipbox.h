/* What every applet shares: exit codes, iproute2's
 * argument-error helpers and keyword matching. */
#ifndef IPBOX_H
#define IPBOX_H

#include "config.h"
#include "core/out.h"

/* exit codes by kind, as iproute2 */
enum {
	RC_OK = 0,
	RC_LOCAL = 1,		/* local validation, lookup or syscall failure */
	RC_KERNEL = 2,		/* the kernel said no */
	RC_USAGE = 255,		/* usage and parse errors: exit(-1) */
};

/* leave: flushes stdout first */
__attribute__((noreturn)) void ipbox_exit(int rc);

/* Print a usage text on stderr and exit RC.  USAGE(full, brief) picks
 * iproute2's whole text, byte for byte, when CONFIG_USAGE_FULL is set, and
 * a one-line summary otherwise (the whole texts weigh ~9 KB in a tiny
 * build); the text not chosen is dropped at compile time. */
#define USAGE(full, brief) (CONFIG_USAGE_FULL ? (full) : (brief))
__attribute__((noreturn)) void usage_exit(const char *text, int rc);

/* iproute2's helpers from lib/utils.c, same texts; all exit 255 */
__attribute__((noreturn)) void incomplete_command(void);
__attribute__((noreturn)) void invarg(const char *msg, const char *arg);
__attribute__((noreturn)) void duparg(const char *key, const char *arg);
__attribute__((noreturn)) void duparg2(const char *key, const char *arg);
__attribute__((noreturn)) void missarg(const char *key);
/* Honest builds: a word whose feature a Kconfig symbol left out is
 * refused, never ignored.  One line, 'APPLET: option "-json" is not in
 * this build' ("option" for a word starting with '-'), and RC_USAGE as
 * for a word the applet does not know.  The applet names itself (ip's
 * in_build, applets/ip/ip.h); a table a build drops whole leaves a list
 * of its words for kw_unbuilt (core/kw.h). */
__attribute__((noreturn)) void not_in_build(const char *applet, const char *word);

/* iproute2's NEXT_ARG(): step to the value of a keyword or exit 255 */
#define NEXT_ARG() do { argv++; if (--argc <= 0) incomplete_command(); } while (0)
#define NEXT_ARG_OK() (argc - 1 > 0)
#define PREV_ARG() do { argv--; argc++; } while (0)

/* iproute2's matches(): a non-empty ARG that is a prefix of WORD */
int matches(const char *arg, const char *word);
int streq(const char *a, const char *b);

/* Number parsing with iproute2's rules (strtoul base 0 semantics where
 * iproute2 uses base 0; no sign, no trailing garbage, no overflow).
 * Return 0 on success, -1 on a bad word. */
int get_u32(unsigned *val, const char *arg, int base);
int get_u64(unsigned long long *val, const char *arg, int base);
int get_s32(int *val, const char *arg, int base);
int get_u16(unsigned short *val, const char *arg, int base);
int get_u8(unsigned char *val, const char *arg, int base);
/* get_unsigned/get_integer in iproute2 are base 0 */

/* An applet's entry point: returns the exit code. */
typedef int (*applet_main)(int argc, char **argv);

/* test hook (tests/fuzz, built with -DIPBOX_TEST_HOOKS=1): called by
 * ipbox_exit instead of exit(); it must not return (longjmp). */
#ifndef IPBOX_TEST_HOOKS
#define IPBOX_TEST_HOOKS 0
#endif
extern void (*ipbox_exit_hook)(int rc);

/* glibc's getopt as iputils calls it (core/gnuopt.c): SPEC's letters, a
 * ':' after one that takes a value (attached or the next word); operands
 * may come anywhere, "--" ends the options.  Each option goes to FN(CTX,
 * LETTER, VALUE) in order.  An unknown letter or a missing value prints
 * glibc's line with PROG and returns -1; else the operands are moved to
 * ARGV[1..] and their number returned. */
int gnu_getopt(int argc, char **argv, const char *spec, const char *prog,
	       void (*fn)(void *ctx, int c, char *val), void *ctx);

/* strtoull/strtoll without musl's stdio scanner (core/strtonum.c):
 * use these, never strto*, atoi or sscanf, which cost 3 KB static */
unsigned long long str_to_ull(const char *s, char **end, int base);
long long str_to_ll(const char *s, char **end, int base);

#endif
