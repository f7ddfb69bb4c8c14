/* Buffered output and a small printf without floating point.
 *
 * Conversions: %s %c %d %i %u %x %X %o %p %%, flags '-' and '0', a width
 * (or '*'), a precision for %s (or '.*'), and the length modifiers hh h
 * l ll z.  That is all ipbox prints, and it keeps stdio's float code out
 * of the static binary. */
#ifndef IPBOX_OUT_H
#define IPBOX_OUT_H

#include <stdarg.h>
#include <stddef.h>

/* stdout, through one buffer flushed when full, at exit and before exec */
void out_put(const char *s, size_t n);
void out_str(const char *s);
void out_char(char c);
void out_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void out_vfmt(const char *fmt, va_list ap);
/* 0, or -1 once a write to stdout failed (the output after it is
 * dropped) */
int out_flush(void);
/* flush at exit: RC, or after a failed write "write error: STRERROR" on
 * stderr and RC or 1 (a closed pipe, SIGPIPE ignored: RC, quietly) */
int out_exit_code(int rc);
/* what out_exit_code says instead of "write error: ...", then exit 1 */
void out_write_error(const char *line);

/* stderr, unbuffered (one write per call up to 1 KiB) */
void err_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* the same with a va_list; a TAIL (not NULL) and a newline follow */
void err_vfmt(const char *fmt, va_list ap, const char *tail);

/* stderr, a whole string of any length (usage texts) */
void err_str(const char *s);

/* into a caller's buffer, always NUL-terminated; returns the length */
size_t fmt_buf(char *buf, size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* one integer or one string through a format with one conversion:
 * lets the printer take "mtu %u " whatever the value's C type */
void out_fmt_int(const char *fmt, unsigned long long v);
void out_fmt_str(const char *fmt, const char *s);

/* glibc's texts for errno values (musl's differ, and iproute2 prints glibc's) */
const char *errtext(int err);

/* fmt_buf with a va_list */
size_t vfmt_buf(char *buf, size_t cap, const char *fmt, va_list ap);

/* err_fmt(FMT, ...) followed by errtext(errno) and a newline, in one
 * write: iproute2's "Cannot open ...: %s\n" without the errtext call at
 * every site (errno is read first) */
void err_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
