#include "core/out.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* A sink is a buffer; stdout's is flushed when full, a string buffer
 * just stops (its CAP leaves room for the NUL). */
struct sink {
	char *buf;
	size_t len, cap;
	int fd;			/* -1: a caller's string buffer */
	int err;		/* the errno of the first write that failed */
};

static char out_mem[16384];
static struct sink out_sink = { out_mem, 0, sizeof(out_mem), 1, 0 };

static void sink_flush(struct sink *k)
{
	const char *s = k->buf;
	size_t n = k->len;

	if (k->fd < 0)
		return;
	k->len = 0;
	/* after a failed write the rest is dropped, never written with a
	 * gap: the error is said at exit (out_exit_code) */
	while (n && !k->err) {
		ssize_t w = write(k->fd, s, n);
		if (w > 0) {
			s += w;
			n -= (size_t)w;
		} else if (w == 0 || errno != EINTR) {
			k->err = w ? errno : EIO;
		}
	}
}

static void sink_put(struct sink *k, const char *s, size_t n)
{
	while (n) {
		size_t room = k->cap - k->len;
		if (!room) {
			if (k->fd < 0)
				return;		/* a full string buffer: the rest is cut */
			sink_flush(k);
			continue;
		}
		if (n < room)
			room = n;
		/* a few bytes at a time: a plain loop beats memcpy's rep movsb */
		char *d = k->buf + k->len;
		k->len += room;
		n -= room;
		while (room--)
			*d++ = *s++;
	}
}

static void sink_pad(struct sink *k, char c, int n)
{
	while (n-- > 0)
		sink_put(k, &c, 1);
}

/* Where the next argument comes from: a va_list, or one given value. */
struct args {
	va_list *ap;
	unsigned long long one_int;
	const char *one_str;
};

/* one va_arg per C type an argument can have: int, long (and size_t),
 * long long, a pointer */
__attribute__((noinline)) static unsigned long long arg_int(struct args *a, int lmod, int sign)
{
	if (!a->ap)
		return a->one_int;
	if (lmod == 2)
		return va_arg(*a->ap, unsigned long long);
	if (lmod) {
		long v = va_arg(*a->ap, long);
		return sign ? (unsigned long long)(long long)v : (unsigned long)v;
	}
	int v = va_arg(*a->ap, int);
	return sign ? (unsigned long long)(long long)v : (unsigned)v;
}

static const void *arg_ptr(struct args *a)
{
	return a->ap ? va_arg(*a->ap, const void *) : a->one_str;
}

/* a '*' width or precision (none in a one-value format) */
static int arg_star(struct args *a, int none)
{
	return a->ap ? va_arg(*a->ap, int) : none;
}

static void vfmt(struct sink *k, const char *f, struct args *a)
{
	static const char hex[] = "0123456789abcdef0123456789ABCDEF";

	while (*f) {
		const char *p = f;
		while (*p && *p != '%')
			p++;
		if (p > f)
			sink_put(k, f, (size_t)(p - f));
		if (!*p)
			break;
		f = p + 1;
		int left = 0, zero = 0, width = 0, prec = -1, lmod = 0;
		for (;; f++) {
			if (*f == '-') left = 1;
			else if (*f == '0') zero = 1;
			else break;
		}
		if (*f == '*') {
			width = arg_star(a, 0);
			if (width < 0) { left = 1; width = -width; }
			f++;
		}
		while (*f >= '0' && *f <= '9')
			width = width * 10 + (*f++ - '0');
		if (*f == '.') {
			f++;
			prec = 0;
			if (*f == '*') {
				prec = arg_star(a, -1);
				f++;
			}
			while (*f >= '0' && *f <= '9')
				prec = prec * 10 + (*f++ - '0');
		}
		while (*f == 'l' || *f == 'h' || *f == 'z') {
			if (*f == 'l') lmod++;
			else if (*f == 'z') lmod = 1;	/* size_t is unsigned long */
			f++;
		}
		char c = *f ? *f++ : 0;
		char num[24], *e = num + sizeof(num), *s = e;
		const char *str = NULL;
		size_t len;
		int neg = 0;
		unsigned long long v;

		switch (c) {
		case 's':
			str = arg_ptr(a);
			if (!str)
				str = "(null)";
			len = strlen(str);
			if (prec >= 0 && (size_t)prec < len)
				len = (size_t)prec;
			zero = 0;
			break;
		case 'c':
			num[0] = (char)arg_int(a, 0, 0);
			str = num;
			len = 1;
			zero = 0;
			break;
		case 'd': case 'i':
			v = arg_int(a, lmod, 1);
			if ((long long)v < 0) {
				neg = 1;
				v = -v;
			}
			goto decimal;
		case 'u':
			v = arg_int(a, lmod, 0);
		decimal:
			do *--s = (char)('0' + v % 10); while (v /= 10);
			str = s;
			len = (size_t)(e - s);
			break;
		case 'x': case 'X': case 'p': case 'o':
			v = c == 'p' ? (unsigned long long)(size_t)arg_ptr(a) : arg_int(a, lmod, 0);
			if (c == 'o')
				do *--s = (char)('0' + (v & 7)); while (v >>= 3);
			else
				do *--s = hex[(v & 15) + (c == 'X' ? 16 : 0)]; while (v >>= 4);
			if (c == 'p') { *--s = 'x'; *--s = '0'; }
			str = s;
			len = (size_t)(e - s);
			break;
		case '%':
			sink_put(k, "%", 1);
			continue;
		default:
			continue;
		}
		int pad = width - (int)len - neg;
		if (!left && !zero)
			sink_pad(k, ' ', pad);
		if (neg)
			sink_put(k, "-", 1);
		if (!left && zero)
			sink_pad(k, '0', pad);
		sink_put(k, str, len);
		if (left)
			sink_pad(k, ' ', pad);
	}
}

void out_put(const char *s, size_t n) { sink_put(&out_sink, s, n); }
void out_str(const char *s) { sink_put(&out_sink, s, strlen(s)); }
void out_char(char c)
{
	if (out_sink.len < out_sink.cap)
		out_sink.buf[out_sink.len++] = c;
	else
		sink_put(&out_sink, &c, 1);
}

void out_vfmt(const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	struct args a = { &cp, 0, NULL };
	vfmt(&out_sink, fmt, &a);
	va_end(cp);
}

void out_fmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	out_vfmt(fmt, ap);
	va_end(ap);
}

void out_fmt_int(const char *fmt, unsigned long long v)
{
	struct args a = { NULL, v, NULL };
	vfmt(&out_sink, fmt, &a);
}

void out_fmt_str(const char *fmt, const char *s)
{
	struct args a = { NULL, 0, s };
	vfmt(&out_sink, fmt, &a);
}

int out_flush(void)
{
	sink_flush(&out_sink);
	return out_sink.err ? -1 : 0;
}

static const char *write_error_line;

void out_write_error(const char *line)
{
	write_error_line = line;
}

int out_exit_code(int rc)
{
	/* a reader that went away (SIGPIPE ignored) is no news to it: as
	 * iproute2 and iputils, not a word and the same exit code */
	if (out_flush() == 0 || out_sink.err == EPIPE)
		return rc;
	if (write_error_line) {
		err_str(write_error_line);
		return 1;
	}
	err_fmt("write error: %s\n", errtext(out_sink.err));
	return rc ? rc : 1;
}

void err_vfmt(const char *fmt, va_list ap, const char *tail)
{
	/* one write for every text iproute2 prints; a longer one goes out
	 * in pieces, whole (fprintf's way), never cut */
	char buf[1024];
	struct sink k = { buf, 0, sizeof(buf), 2, 0 };
	va_list cp;
	va_copy(cp, ap);
	struct args a = { &cp, 0, NULL };
	vfmt(&k, fmt, &a);
	va_end(cp);
	if (tail) {
		sink_put(&k, tail, strlen(tail));
		sink_put(&k, "\n", 1);
	}
	sink_flush(&k);
}

void err_fmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_vfmt(fmt, ap, NULL);
	va_end(ap);
}

size_t fmt_buf(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t n = vfmt_buf(buf, cap, fmt, ap);
	va_end(ap);
	return n;
}

void err_str(const char *s)
{
	struct sink k = { (char *)s, strlen(s), 0, 2, 0 };

	out_flush();
	sink_flush(&k);
}

size_t vfmt_buf(char *buf, size_t cap, const char *fmt, va_list ap)
{
	struct sink k = { buf, 0, cap ? cap - 1 : 0, -1, 0 };	/* room for the NUL */
	va_list cp;
	va_copy(cp, ap);
	struct args a = { &cp, 0, NULL };
	vfmt(&k, fmt, &a);
	va_end(cp);
	if (cap)
		buf[k.len] = 0;
	return k.len;
}
