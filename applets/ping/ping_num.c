/* ping's numbers without floating point: times are microseconds in
 * integers, printed with iputils' roundings by integer division. */
#include "applets/ping/ping.h"

/* " time=X ms": 3 decimals under 1 ms, 2 under 10 ms, 1 under 100 ms */
size_t ping_fmt_time(char *buf, size_t cap, long us)
{
	int dec = us >= 100000 - 50 ? 0 : us >= 10000 - 5 ? 1 : us >= 1000 ? 2 : 3;
	long unit = dec == 0 ? 1000 : dec == 1 ? 100 : dec == 2 ? 10 : 1;	/* of the last digit */

	us += unit / 2;
	if (!dec)
		return fmt_buf(buf, cap, " time=%ld ms", us / 1000);
	return fmt_buf(buf, cap, " time=%ld.%0*ld ms", us / 1000, dec, us % 1000 / unit);
}

/* %g of 100 * lost / total: six significant digits, rounded half to
 * even, trailing zeros dropped.  Loss is at most 100 and at least
 * 100 / total, so the scaled numerator stays far below 2^64. */
size_t ping_fmt_loss(char *buf, size_t cap, long lost, long total)
{
	if (lost <= 0 || total <= 0)
		return fmt_buf(buf, cap, "0");
	unsigned long long t = (unsigned long long)total;
	unsigned long long num = 100ull * (unsigned long long)lost;
	int k = 0;			/* num / t == loss * 10^k */

	while (num < 100000ull * t) {
		num *= 10;
		k++;
	}
	unsigned long long q = num / t, r = num % t;
	if (2 * r > t || (2 * r == t && (q & 1)))
		q++;
	if (q >= 1000000) {		/* rounded up to the next decade */
		q /= 10;
		k--;
	}
	/* q holds six digits; the point sits k digits from the right */
	char d[8];
	fmt_buf(d, sizeof(d), "%06llu", q);
	int frac = k, end = 6;
	while (frac > 0 && d[end - 1] == '0') {
		end--;
		frac--;
	}
	int ints = end - frac;		/* digits before the point */
	char o[24], *w = o;
	if (ints <= 0) {
		*w++ = '0';
		*w++ = '.';
		for (int i = ints; i < 0; i++)
			*w++ = '0';
	}
	for (int i = 0; i < end; i++) {
		if (i == ints && ints > 0 && frac)
			*w++ = '.';
		*w++ = d[i];
	}
	*w = 0;
	return fmt_buf(buf, cap, "%s", o);
}

size_t ping_mem_size(size_t datalen, size_t *reply)
{
	size_t len;

	*reply = (datalen < PING_MAX_SENT ? datalen : PING_MAX_SENT) + 28 + 4096 + 160;
	if (__builtin_add_overflow(datalen, (size_t)28, &len) ||
	    __builtin_add_overflow(len, *reply, &len))
		return 0;
	return len;
}

long ping_isqrt(long long v)
{
	if (v <= 0)
		return 0;
	long long x = v, prev;
	do {
		prev = x;
		x = (x + v / x) / 2;
	} while (x < prev);
	return (long)prev;
}

static int is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* WORD (lower case) at S, in any case */
static int word_at(const char *s, const char *word)
{
	while (*word)
		if (lower(*s++) != *word++)
			return 0;
	return 1;
}

static int digit_of(char c, int hex)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)lower(c);
	return hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int bit_length(unsigned long long m)
{
	int n = 0;
	for (; m; m >>= 1)
		n++;
	return n;
}

#define US_MAX (1LL << 62)

/* M * 10^E (decimal) or M * 2^E (hex) seconds in microseconds,
 * truncated, saturated at US_MAX */
static long long scale(unsigned long long m, long e, int hex)
{
	if (!hex) {
		e += 6;
		for (; e > 0 && m; e--) {
			if (m > (unsigned long long)US_MAX / 10)
				return US_MAX;
			m *= 10;
		}
		for (; e < 0 && m; e++)
			m /= 10;
		return m > (unsigned long long)US_MAX ? US_MAX : (long long)m;
	}
	for (; e < 0 && m > ~0ULL / 1000000; e++)	/* room for the 10^6 */
		m >>= 1;
	if (m > (unsigned long long)US_MAX / 1000000)
		return US_MAX;
	m *= 1000000;
	if (e < 0)
		return e <= -64 ? 0 : (long long)(m >> -e);
	if (e >= 64 || m > (unsigned long long)US_MAX >> e)
		return US_MAX;
	return (long long)(m << e);
}

/* where a nonzero M * 10^E falls for a double: PS_ERANGE|PS_NONFINITE
 * over DBL_MAX (HUGE_VAL), PS_ERANGE under half the least subnormal
 * (0), PS_ERANGE|PS_NONFINITE between that and DBL_MIN (subnormal and
 * inexact), else 0.  The limits to 18 digits, M's leading digit at 10^X. */
static int dec_range(unsigned long long m, long e)
{
	long x = e - 1;
	for (unsigned long long t = m; t; t /= 10)
		x++;
	while (m < 100000000000000000ULL)	/* 18 digits */
		m *= 10;
	if (x > 308 || (x == 308 && m >= 179769313486231581ULL))
		return PS_ERANGE | PS_NONFINITE;
	if (x < -324 || (x == -324 && m <= 247032822920623272ULL))
		return PS_ERANGE;
	if (x < -308 || (x == -308 && m < 222507385850720138ULL))
		return PS_ERANGE | PS_NONFINITE;
	return 0;
}

/* the same for M * 2^E; a subnormal is ERANGE only when inexact (bits
 * below 2^-1074, or hex digits beyond the 16 kept: LOST) */
static int hex_range(unsigned long long m, long e, int lost)
{
	long top = bit_length(m) - 1 + e;	/* the leading bit's exponent */

	if (top >= 1024)
		return PS_ERANGE | PS_NONFINITE;
	if (top < -1075 || (top == -1075 && m == 1ULL << (bit_length(m) - 1) && !lost))
		return PS_ERANGE;		/* at most half the least: 0 */
	if (top < -1022) {
		int inexact = lost || (e < -1074 && (e <= -1138 || (m & ((1ULL << (-1074 - e)) - 1))));
		return PS_NONFINITE | (inexact ? PS_ERANGE : 0);
	}
	return 0;
}

int ping_parse_secs(const char *s, long long *us, const char **end)
{
	const char *p = s;
	unsigned long long m = 0;
	long e = 0;			/* exponent of M: base 10, or 2 for hex */
	int hex = 0, digits = 0, neg = 0, lost = 0, rc = 0;

	*us = 0;
	*end = s;
	if (!*s)
		return PS_EMPTY;
	while (is_space(*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (word_at(p, "inf") || word_at(p, "nan")) {
		int nan = lower(*p) == 'n';
		p += 3;
		if (!nan && word_at(p, "inity"))
			p += 5;
		if (nan && *p == '(') {		/* nan(n-char-sequence) */
			const char *q = p + 1;
			while (digit_of(*q, 1) >= 0 || (lower(*q) >= 'a' && lower(*q) <= 'z') || *q == '_')
				q++;
			if (*q == ')')
				p = q + 1;
		}
		*end = p;
		*us = neg ? -US_MAX : US_MAX;
		return PS_NONFINITE | (*p ? PS_GARBAGE : 0) | (neg && !nan ? PS_NEGATIVE : 0);
	}
	if (p[0] == '0' && lower(p[1]) == 'x' &&
	    (digit_of(p[2], 1) >= 0 || (p[2] == '.' && digit_of(p[3], 1) >= 0))) {
		hex = 1;
		p += 2;
	}
	/* mantissa: the first 16 hex or 18 decimal digits exact, the rest
	 * only move the exponent (and make the value inexact) */
	for (int dot = 0;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		int d = digit_of(*p, hex);
		if (d < 0)
			break;
		digits++;
		if (m < (hex ? 1ULL << 60 : 100000000000000000ULL)) {
			m = m * (hex ? 16 : 10) + (unsigned)d;
			e -= dot ? (hex ? 4 : 1) : 0;
		} else {
			lost |= d;
			e += dot ? 0 : (hex ? 4 : 1);
		}
	}
	if (!digits) {
		*end = s;
		return PS_GARBAGE;	/* nothing parsed: 0 */
	}
	if (lower(*p) == (hex ? 'p' : 'e')) {
		const char *q = p + 1;
		int eneg = 0;
		long x = 0;
		if (*q == '+' || *q == '-')
			eneg = *q++ == '-';
		if (*q >= '0' && *q <= '9') {
			for (; *q >= '0' && *q <= '9'; q++)
				x = x < 100000 ? x * 10 + (*q - '0') : x;
			e += eneg ? -x : x;
			p = q;
		}
	}
	*end = p;
	if (*p)
		rc |= PS_GARBAGE;
	if (!m)
		return rc;		/* zero, whatever the exponent */
	if (neg)
		rc |= PS_NEGATIVE;
	int range = hex ? hex_range(m, e, lost) : dec_range(m, e);
	if (range)
		return rc | range;
	long long v = scale(m, e, hex);
	*us = neg ? -v : v;
	return rc;
}

/* a reply's round trip, 0 to 2^28 us, into min/max, the sums and the
 * ewma; the square in 64 bits: long has 32 on armhf and mips */
void ping_account(struct ping *p, long us)
{
	p->tsum += us;
	p->tsum2 = (long long)((unsigned long long)p->tsum2 + (unsigned long long)us * (unsigned long long)us);
	if (us < p->tmin)
		p->tmin = us;
	if (us > p->tmax)
		p->tmax = us;
	if (!p->rtt)
		p->rtt = (int)(us * 8);
	else
		p->rtt += (int)(us - p->rtt / 8);
}
