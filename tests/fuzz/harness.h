/* Shared pieces of the libFuzzer targets (tests/fuzz/fuzz_*.c).
 *
 * The objects are built with -DIPBOX_TEST_HOOKS=1, which turns on two
 * hooks in core/: ipbox_exit() longjmps back here instead of exit(), and
 * the netlink layer talks to fz_kernel (a fake kernel fed by the input)
 * instead of a socket.  A seccomp filter makes every syscall that could
 * change the machine fail with EPERM, so no input can add a namespace,
 * mount, exec or open a socket. */
#ifndef IPBOX_FUZZ_HARNESS_H
#define IPBOX_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* once per process: hooks, seccomp, stdin from /dev/null */
void fz_init(void);
/* replies the fake kernel hands out, as datagrams: u16 (little-endian)
 * length then that many bytes; a length >= 0xff00 is a receive error
 * -(len & 0xff).  Each message's seq/pid are set to the pending request's.
 * When the data runs out, requests are answered as an empty kernel would
 * (links asked by name exist unless the name starts with "nx"). */
void fz_set_replies(const uint8_t *data, size_t len);
/* run FN(ARGC, ARGV) and return its exit code, whether it returns or exits;
 * resets the global state, then closes what the run left open */
int fz_run(int (*fn)(int, char **), int argc, char **argv);
/* split TEXT at '\n' into ARGV (ARGV[0] = NAME); returns argc */
int fz_argv(const char *name, char *text, size_t len, char **argv, int max);
/* an input "ARG\nARG...[\0REST]": the arguments (copied; ARGV[0] = NAME,
 * at most 63) and *REST, *RESTLEN after the NUL (NULL, 0 without one);
 * returns argc, or -1 when the text is over 4096 bytes */
int fz_args(const char *name, const uint8_t *data, size_t size, char **argv,
	    const uint8_t **rest, size_t *restlen);

#endif
