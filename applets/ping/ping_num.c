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

/* strtod's decimal syntax: [space][sign]digits[.digits][e[sign]digits] */
int ping_parse_secs(const char *s, long long *us, const char **end)
{
	const char *p = s;
	unsigned long long m = 0;
	int exp10 = 0, digits = 0, neg = 0;

	*us = 0;
	*end = s;
	if (!*s)
		return -1;
	while (is_space(*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	for (int dot = 0;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (*p < '0' || *p > '9')
			break;
		digits++;
		if (m < 100000000000000000ull)
			m = m * 10 + (unsigned)(*p - '0'), exp10 -= dot;
		else
			exp10 += !dot;
	}
	if (!digits)
		return 1;		/* nothing parsed: value 0, all garbage */
	if (*p == 'e' || *p == 'E') {
		const char *q = p + 1;
		int eneg = 0, e = 0;
		if (*q == '+' || *q == '-')
			eneg = *q++ == '-';
		if (*q >= '0' && *q <= '9') {
			while (*q >= '0' && *q <= '9')
				e = e < 10000 ? e * 10 + (*q++ - '0') : (q++, e);
			exp10 += eneg ? -e : e;
			p = q;
		}
	}
	*end = p;
	int rc = *p ? 1 : 0;
	int shift = exp10 + 6;		/* seconds -> microseconds */
	for (; shift > 0 && m; shift--) {
		if (m > 922337203685477580ull)
			return 2;
		m *= 10;
	}
	for (; shift < 0 && m; shift++)
		m /= 10;
	if (m > 9223372036854775807ull)
		return 2;
	*us = neg ? -(long long)m : (long long)m;
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
