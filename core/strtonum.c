/* strtoull and strtoll, as C says, for the bases ipbox uses (0, 8, 10, 16).
 *
 * musl's strto* run on its stdio scanner, which pulls FILE machinery
 * (about 3 KB) into a static binary that otherwise has no stdio. */
#include "core/ipbox.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>

static int digit(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* the magnitude; *neg for a '-', *over when it does not fit */
static unsigned long long scan(const char *s, char **end, int base, int *neg, int *over)
{
	const char *p = s;
	unsigned long long v = 0;

	*neg = *over = 0;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	const char *digits = p;
	for (int d; (d = digit((unsigned char)*p)) < base; p++) {
		if (v > (ULLONG_MAX - (unsigned)d) / (unsigned)base)
			*over = 1;
		v = v * (unsigned)base + (unsigned)d;
	}
	if (end)
		*end = (char *)(p == digits ? s : p);
	return v;
}

unsigned long long str_to_ull(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);

	if (over) {
		errno = ERANGE;
		return ULLONG_MAX;
	}
	return neg ? -v : v;
}

long long str_to_ll(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);

	if (over || v > (unsigned long long)LLONG_MAX + neg) {
		errno = ERANGE;
		return neg ? LLONG_MIN : LLONG_MAX;
	}
	return neg ? (long long)(0 - v) : (long long)v;
}
