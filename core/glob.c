#include "core/glob.h"

/* A bracket expression at P (just past '['): does C match?  *END is set
 * past the closing ']', or to NULL when there is none (then '[' is an
 * ordinary character, as in fnmatch). */
static int bracket(const char *p, unsigned char c, const char **end)
{
	int neg = 0, hit = 0;
	const char *q = p;

	if (*q == '!' || *q == '^') {
		neg = 1;
		q++;
	}
	if (*q == ']') {		/* a leading ']' is literal */
		hit |= c == ']';
		q++;
	}
	for (; *q && *q != ']'; q++) {
		unsigned char lo = (unsigned char)*q, hi = lo;
		if (*q == '\\' && q[1])
			lo = hi = (unsigned char)*++q;
		if (q[1] == '-' && q[2] && q[2] != ']') {
			hi = (unsigned char)q[2];
			if (hi == '\\' && q[3])
				hi = (unsigned char)q[3], q++;
			q += 2;
		}
		hit |= c >= lo && c <= hi;
	}
	if (!*q) {
		*end = 0;
		return 0;
	}
	*end = q + 1;
	return hit != neg;
}

int glob_match(const char *p, const char *s)
{
	const char *star = 0, *resume = 0;

	for (;;) {
		const char *next;
		if (*p == '*') {
			while (*p == '*')
				p++;
			star = p;
			resume = s;
			continue;
		}
		if (!*s) {
			if (!*p)
				return 0;
			goto backtrack;
		}
		if (*p == '?') {
			p++;
			s++;
			continue;
		}
		if (*p == '[') {
			int m = bracket(p + 1, (unsigned char)*s, &next);
			if (next) {
				if (!m)
					goto backtrack;
				p = next;
				s++;
				continue;
			}
		}
		if (*p == '\\') {
			if (!p[1])	/* a trailing backslash matches nothing, as in glibc */
				return 1;
			p++;
		}
		if (*p == *s) {
			p++;
			s++;
			continue;
		}
backtrack:
		if (!star || !*resume)
			return 1;
		p = star;
		s = ++resume;
	}
}
