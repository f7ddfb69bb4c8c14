#include "core/inet.h"
#include "core/ipbox.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <linux/if_arp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

/* iproute2's get_addr_ipv4: one to four parts, each strtoul base 0 and at
 * most 255, missing parts zero: "1.2.3" is 1.2.3.0 and "010.1.1.1" 8.1.1.1 */
static int get_addr_ipv4(uint8_t *ap, const char *cp)
{
	for (int i = 0; i < 4; i++) {
		char *end;
		unsigned long long n = str_to_ull(cp, &end, 0);
		if (n > 255 || end == cp)
			return -1;
		ap[i] = (uint8_t)n;
		if (!*end)
			break;
		if (i == 3 || *end != '.')
			return -1;
		cp = end + 1;
	}
	return 0;
}

int af_bit_len(int af)
{
	switch (af) {
	case AF_INET6: return 128;
	case AF_INET: return 32;
	case AF_MPLS: return 20;
	}
	return 0;
}

int get_addr_1(inet_prefix *a, const char *s, int family)
{
	memset(a, 0, sizeof(*a));
	if (streq(s, "default") || streq(s, "all") || streq(s, "any")) {
		if (family == AF_MPLS)
			return -1;
		a->family = family;
		a->bytelen = s[0] == 'd' ? af_bit_len(family) / 8 : 0;
		a->bitlen = -2;
		if (s[0] == 'd')
			a->flags |= PREFIXLEN_SPECIFIED;
		return 0;
	}
	if (family == AF_PACKET) {
		int len = ll_addr_a2n(a->data, sizeof(a->data), s);
		if (len < 0)
			return -1;
		a->family = AF_PACKET;
		a->bytelen = len;
		a->bitlen = len * 8;
		return 0;
	}
	if (strchr(s, ':')) {
		a->family = AF_INET6;
		if (family != AF_UNSPEC && family != AF_INET6)
			return -1;
		if (ip_pton(AF_INET6, s, a->data) <= 0)
			return -1;
		a->bytelen = 16;
		a->bitlen = -1;
		return 0;
	}
	a->family = AF_INET;
	if (family != AF_UNSPEC && family != AF_INET)
		return -1;
	if (get_addr_ipv4(a->data, s))
		return -1;
	a->bytelen = 4;
	a->bitlen = -1;
	return 0;
}

int mask2bits(uint32_t netmask_be)
{
	uint32_t m = ntohl(netmask_be);
	int bits = 0;

	while (m & 0x80000000u) {
		bits++;
		m <<= 1;
	}
	return m ? -1 : bits;
}

int get_netmask(unsigned *plen, const char *s)
{
	inet_prefix a;
	uint32_t m;

	if (!get_u32(plen, s, 0))
		return 0;
	if (!get_addr_1(&a, s, AF_INET) && a.family == AF_INET) {
		memcpy(&m, a.data, 4);
		int b = mask2bits(m);
		if (b >= 0) {
			*plen = (unsigned)b;
			return 0;
		}
	}
	return -1;
}

int get_prefix_1(inet_prefix *a, const char *s, int family)
{
	char word[128];
	const char *slash = strchr(s, '/');
	size_t n = slash ? (size_t)(slash - s) : strlen(s);
	unsigned plen;

	if (n >= sizeof(word))
		return -1;
	memcpy(word, s, n);
	word[n] = 0;
	if (get_addr_1(a, word, family))
		return -1;
	int bitlen = af_bit_len(a->family);
	if (slash) {
		if (a->bitlen == -2)
			return -1;
		if (get_netmask(&plen, slash + 1) || plen > (unsigned)bitlen)
			return -1;
		a->flags |= PREFIXLEN_SPECIFIED;
		bitlen = (int)plen;
	} else if (a->bitlen == -2) {
		bitlen = 0;
	}
	a->bitlen = bitlen;
	return 0;
}

void get_addr(inet_prefix *a, const char *s, int family)
{
	if (get_addr_1(a, s, family)) {
		err_fmt("Error: %s address is expected rather than \"%s\".\n", family_name_verbose(family), s);
		ipbox_exit(RC_LOCAL);
	}
}

void get_prefix(inet_prefix *a, const char *s, int family)
{
	if (family == AF_PACKET) {
		err_fmt("Error: \"%s\" may be inet prefix, but it is not allowed in this context.\n", s);
		ipbox_exit(RC_LOCAL);
	}
	if (get_prefix_1(a, s, family)) {
		err_fmt("Error: %s prefix is expected rather than \"%s\".\n", family_name_verbose(family), s);
		ipbox_exit(RC_LOCAL);
	}
}

static const struct {
	int af;
	const char name[8];
} families[] = {
	{ AF_UNSPEC, "none" },
	{ AF_INET, "inet" },
	{ AF_INET6, "inet6" },
	{ AF_PACKET, "link" },
	{ AF_MPLS, "mpls" },
	{ AF_BRIDGE, "bridge" },
};

const char *family_name(int af)
{
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++)
		if (families[i].af == af)
			return families[i].name;
	return "???";
}

const char *family_name_verbose(int af)
{
	return af == AF_UNSPEC ? "any valid" : family_name(af);
}

int read_family(const char *name)
{
	for (size_t i = 1; i < sizeof(families) / sizeof(families[0]); i++)
		if (streq(families[i].name, name))
			return families[i].af;
	return -1;
}

/* glibc's inet_ntop (from BIND): the longest run of two or more zero
 * words becomes "::" (the first on a tie); v4-mapped and v4-compatible
 * addresses end in dotted quad. */
static char *ntop6(const uint8_t *a, char *p)
{
	unsigned w[8];
	int best = -1, blen = 0;

	for (int i = 0; i < 8; i++)
		w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
	for (int i = 0; i < 8;) {
		int j = i;
		while (j < 8 && !w[j])
			j++;
		if (j - i > blen && j - i >= 2) {
			best = i;
			blen = j - i;
		}
		i = j > i ? j : i + 1;
	}
	for (int i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + blen) {
			if (i == best)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		if (i == 6 && best == 0 &&
		    (blen == 6 || (blen == 7 && w[7] != 1) || (blen == 5 && w[5] == 0xffff))) {
			p += fmt_buf(p, 16, "%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
			return p;
		}
		p += fmt_buf(p, 8, "%x", w[i]);
	}
	if (best >= 0 && best + blen == 8)
		*p++ = ':';
	*p = 0;
	return p;
}

const char *format_addr(int af, const void *addr, char *buf)
{
	const uint8_t *a = addr;

	if (af == AF_INET)
		fmt_buf(buf, ADDR_BUF, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
	else if (af == AF_INET6)
		ntop6(a, buf);
	else
		fmt_buf(buf, ADDR_BUF, "???");
	return buf;
}

int ll_addr_a2n(uint8_t *out, size_t cap, const char *s)
{
	inet_prefix pfx;
	char seg[64];

	if (strchr(s, '.')) {
		if (get_addr_1(&pfx, s, AF_INET)) {
			err_fmt("\"%s\" is invalid lladdr.\n", s);
			return -1;
		}
		if (cap < 4)
			return -1;
		memcpy(out, pfx.data, 4);
		return 4;
	}
	/* like iproute2's sscanf("%x") per colon-separated part: garbage
	 * after the digits is ignored, the message names the bad part */
	size_t i;
	for (i = 0; i < cap; i++) {
		const char *colon = strchr(s, ':');
		size_t n = colon ? (size_t)(colon - s) : strlen(s);
		char *end;
		if (n >= sizeof(seg))
			n = sizeof(seg) - 1;
		memcpy(seg, s, n);
		seg[n] = 0;
		unsigned long long v = str_to_ull(seg, &end, 16);
		if (end == seg || v > 255) {
			err_fmt("\"%s\" is invalid lladdr.\n", seg);
			return -1;
		}
		out[i] = (uint8_t)v;
		if (!colon)
			break;
		s = colon + 1;
	}
	if (i == cap) {	/* more parts than room (iproute2 overruns here) */
		err_fmt("\"%s\" is invalid lladdr.\n", s);
		return -1;
	}
	return (int)i + 1;
}

const char *ll_addr_n2a(const uint8_t *a, size_t len, int type, char *buf, size_t cap)
{
	size_t n = 0;

	if (len == 4 && (type == ARPHRD_TUNNEL || type == ARPHRD_SIT || type == ARPHRD_IPGRE))
		return format_addr(AF_INET, a, buf);
	if (len == 16 && type == ARPHRD_TUNNEL6)
		return format_addr(AF_INET6, a, buf);
	if (len == 16 && type == ARPHRD_IP6GRE)
		return format_addr(AF_INET6, a, buf);
	buf[0] = 0;
	for (size_t i = 0; i < len && n + 4 <= cap; i++)
		n += fmt_buf(buf + n, cap - n, i ? ":%02x" : "%02x", a[i]);
	return buf;
}

/* glibc's inet_aton: one to four parts, each a C number (0x hex, 0 octal),
 * the last filling the bytes left ("10.1" is 10.0.0.1); blank-led junk
 * may follow.  musl's differs and runs on strtoul, which pulls its stdio
 * scanner into a static binary.  Returns 1 and OUT (network order), or 0. */
static int aton(const char *s, uint8_t out[4], int whole)
{
	static const uint32_t last_max[4] = { 0xffffffff, 0xffffff, 0xffff, 0xff };
	uint8_t b[4] = { 0 };
	unsigned long long v;
	int parts = 0;

	for (;;) {
		char *end;
		if (*s < '0' || *s > '9')
			return 0;
		errno = 0;
		v = str_to_ull(s, &end, 0);
		if (errno == ERANGE || v > 0xffffffff)
			return 0;
		s = end;
		if (*s != '.')
			break;
		if (parts == 3 || v > 0xff)
			return 0;
		b[parts++] = (uint8_t)v;
		s++;
	}
	if (*s && (whole || !isspace((unsigned char)*s)))
		return 0;
	if (v > last_max[parts])
		return 0;
	for (int i = 3; i >= parts; i--, v >>= 8)
		b[i] = (uint8_t)v;
	memcpy(out, b, 4);
	return 1;
}

int ipv4_aton(const char *s, uint8_t out[4])
{
	return aton(s, out, 0);
}

int ipv4_aton_exact(const char *s, uint8_t out[4])
{
	return aton(s, out, 1);
}

/* glibc's inet_pton for AF_INET: exactly four decimal parts of at most
 * 255, without leading zeros */
static int pton4(const char *s, uint8_t out[4])
{
	uint8_t b[4];

	for (int i = 0;; s++) {
		const char *p = s;
		unsigned v = 0;
		while (*p >= '0' && *p <= '9') {
			v = v * 10 + (unsigned)(*p++ - '0');
			if (v > 255 || (p - s > 1 && *s == '0'))
				return 0;
		}
		if (p == s)
			return 0;
		b[i++] = (uint8_t)v;
		s = p;
		if (i == 4 && !*s)
			break;
		if (i == 4 || *s != '.')
			return 0;
	}
	memcpy(out, b, 4);
	return 1;
}

/* glibc's inet_pton for AF_INET6: groups of one to four hex digits, one
 * "::" for a run of zero groups, a dotted quad as the last 32 bits */
static int pton6(const char *s, uint8_t out[16])
{
	uint8_t b[16] = { 0 };
	int n = 0, gap = -1, digits = 0;
	unsigned v = 0;

	if (*s == ':' && *++s != ':')
		return 0;
	for (const char *tok = s;; s++) {
		int d = *s >= '0' && *s <= '9' ? *s - '0' :
			(*s | 32) >= 'a' && (*s | 32) <= 'f' ? (*s | 32) - 'a' + 10 : -1;
		if (d >= 0) {
			if (digits++ == 4)
				return 0;
			v = v << 4 | (unsigned)d;
			continue;
		}
		if (*s == '.') {
			if (n > 12 || !pton4(tok, b + n))
				return 0;
			n += 4;
			break;
		}
		if (*s != ':' && *s)
			return 0;
		if (digits) {
			if (n == 16 || (*s == ':' && !s[1]))
				return 0;
			b[n++] = (uint8_t)(v >> 8);
			b[n++] = (uint8_t)v;
			digits = 0;
			v = 0;
		} else if (*s) {
			if (gap >= 0)
				return 0;
			gap = n;
		}
		if (!*s)
			break;
		tok = s + 1;
	}
	if (gap >= 0) {
		if (n == 16)
			return 0;
		memmove(b + 16 - (n - gap), b + gap, (size_t)(n - gap));
		memset(b + gap, 0, (size_t)(16 - n));
		n = 16;
	}
	if (n != 16)
		return 0;
	memcpy(out, b, 16);
	return 1;
}

int ip_pton(int af, const char *s, void *out)
{
	if (af == AF_INET)
		return pton4(s, out);
	if (af == AF_INET6)
		return pton6(s, out);
	errno = EAFNOSUPPORT;
	return -1;
}
