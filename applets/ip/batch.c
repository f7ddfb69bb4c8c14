/* ip -batch FILE: one command a line, over the one netlink socket of the
 * run.  Lines are cut the way iproute2's getcmdline()/makeargs() cut them,
 * found by experiment with 6.1:
 *   - everything from the first '#' is dropped, even inside quotes;
 *   - a line ending in backslash-newline (after that cut) continues on the
 *     next one, which is cut at its own '#'; the line number reported is
 *     the last one read; EOF there: "Missing continuation line", batch ends;
 *   - words are split at space, tab, CR and LF; a word that starts with
 *     ' or " runs to the next same quote (no escapes, nothing joined after
 *     the quote); no closing quote: "Unterminated quoted string", exit 1;
 *   - 511 words at most, else "Too many arguments to command", exit 1;
 *   - blank lines are skipped but counted.
 * Reading and splitting happen in static buffers: nothing is allocated per
 * line and each line costs no syscall beyond its own netlink talk. */
#include "applets/ip/ip.h"
#include "applets/ip/lib/namespace.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define BATCH_MAX_ARGS 512	/* iproute2's MAX_ARGS */
#define BATCH_LINE 65536

static struct {
	int fd;
	size_t pos, len;	/* unread bytes of rbuf */
	unsigned lineno;
	char rbuf[16384];
	char line[BATCH_LINE];
	char *argv[BATCH_MAX_ARGS];
} B;

/* Append one line (with its '\n', if any) at LINE+AT; returns its new
 * length, or -1 at EOF (or on a read error) with nothing read. */
static long read_line(size_t at)
{
	size_t n = at;
	int got = 0;

	for (;;) {
		if (B.pos == B.len) {
			ssize_t r = read(B.fd, B.rbuf, sizeof(B.rbuf));
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			B.pos = 0;
			B.len = (size_t)r;
		}
		const char *s = B.rbuf + B.pos;
		size_t avail = B.len - B.pos;
		const char *nl = memchr(s, '\n', avail);
		size_t take = nl ? (size_t)(nl - s) + 1 : avail;

		if (n + take >= BATCH_LINE) {
			err_fmt("Line %u is too long\n", B.lineno + 1);
			ipbox_exit(RC_LOCAL);
		}
		memcpy(B.line + n, s, take);
		n += take;
		B.pos += take;
		got = 1;
		if (nl)
			break;
	}
	if (!got)
		return -1;
	B.line[n] = 0;
	B.lineno++;
	/* as a C string the line ends at a NUL byte; then the comment goes */
	char *end = B.line + at + strlen(B.line + at);
	char *hash = memchr(B.line + at, '#', (size_t)(end - B.line - at));
	if (hash) {
		*hash = 0;
		end = hash;
	}
	return end - B.line;
}

/* getcmdline(): a whole command line, continuations joined */
static int get_cmdline(void)
{
	long n = read_line(0);

	if (n < 0)
		return -1;
	while (n >= 2 && B.line[n - 1] == '\n' && B.line[n - 2] == '\\') {
		n = read_line((size_t)n - 2);
		if (n < 0) {
			err_fmt("Missing continuation line\n");
			return -1;
		}
	}
	return 0;
}

/* makeargs() */
static int split_line(void)
{
	static const char ws[] = " \t\r\n";
	char *cp = B.line;
	int argc = 0;

	while (*cp) {
		while (*cp && strchr(ws, *cp))
			cp++;
		if (!*cp)
			break;
		if (argc >= BATCH_MAX_ARGS - 1) {
			err_fmt("Too many arguments to command\n");
			ipbox_exit(RC_LOCAL);
		}
		if (*cp == '\'' || *cp == '"') {
			char quote = *cp++;
			B.argv[argc++] = cp;
			cp = strchr(cp, quote);
			if (!cp) {
				err_fmt("Unterminated quoted string\n");
				ipbox_exit(RC_LOCAL);
			}
		} else {
			B.argv[argc++] = cp;
			while (*cp && !strchr(ws, *cp))
				cp++;
			if (!*cp)
				break;
		}
		*cp++ = 0;
	}
	B.argv[argc] = NULL;
	return argc;
}

int ip_batch(const char *file)
{
	int rc = RC_OK;
	/* on a terminal iproute2's stdout is line-buffered: "ip -b -" typed
	 * by hand answers each line at once */
	int tty = isatty(1);

	G.batch_mode = 1;
	nl_set_lax(1);		/* before the socket: no strict dump checks */
	if (nl_fd() < 0)
		return RC_LOCAL;
	B.fd = 0;
	if (!streq(file, "-")) {
		B.fd = open(file, O_RDONLY | O_CLOEXEC);
		if (B.fd < 0) {
			err_fmt("Cannot open file \"%s\" for reading: %s\n", file, errtext(errno));
			return RC_LOCAL;
		}
	}
	while (get_cmdline() == 0) {
		int argc = split_line();

		if (!argc)
			continue;
		int failed = ip_do_cmd(argc, B.argv);
		netns_link_attr_close();	/* 6.1 leaks one a line: EMFILE after ~1020 */
		if (tty)
			out_flush();
		if (failed) {
			err_fmt("Command failed %s:%u\n", file, B.lineno);
			rc = RC_LOCAL;
			if (!G.force)
				break;
		}
	}
	return rc;
}
