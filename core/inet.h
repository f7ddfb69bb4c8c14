/* Addresses and prefixes: iproute2's parsing rules (lib/utils.c) and
 * glibc's printing of them. */
#ifndef IPBOX_INET_H
#define IPBOX_INET_H

#include <stddef.h>
#include <stdint.h>

#define PREFIXLEN_SPECIFIED 1

typedef struct {
	int family;		/* AF_INET, AF_INET6, AF_PACKET, or the asked one for default/any */
	int bytelen;
	int bitlen;		/* -1: no prefix given (address); -2: "default"/"any"/"all" */
	unsigned flags;
	uint8_t data[16];
} inet_prefix;

/* 0 on success, -1 on a bad word (no message) */
int get_addr_1(inet_prefix *a, const char *s, int family);
int get_prefix_1(inet_prefix *a, const char *s, int family);
int get_netmask(unsigned *plen, const char *s);
/* the same, exiting 1 with iproute2's "Error: inet address is expected
 * rather than \"X\"." (prefix: "... prefix is expected ...") */
void get_addr(inet_prefix *a, const char *s, int family);
void get_prefix(inet_prefix *a, const char *s, int family);

int af_bit_len(int af);
/* "inet", "inet6", "link", ... as iproute2's family_name() */
const char *family_name(int af);
/* family_name, but "any valid" for AF_UNSPEC (iproute2's error texts) */
const char *family_name_verbose(int af);
/* -1 on an unknown name; "inet", "inet6", "link", "mpls", "bridge" */
int read_family(const char *name);

/* an address as glibc's inet_ntop prints it; BUF has 64 bytes */
#define ADDR_BUF 64
const char *format_addr(int af, const void *addr, char *buf);

/* link-layer addresses: "aa:bb:..." <-> bytes (iproute2's ll_addr_*).
 * a2n returns the length, or -1 after printing "\"X\" is invalid lladdr." */
int ll_addr_a2n(uint8_t *out, size_t cap, const char *s);
/* BUF needs 3 * len bytes (at least 64 for 4/16-byte IP-tunnel addresses) */
const char *ll_addr_n2a(const uint8_t *a, size_t len, int type, char *buf, size_t cap);

/* number of leading one bits of a contiguous IPv4 netmask, or -1 */
int mask2bits(uint32_t netmask_be);

/* glibc's inet_aton(S) into OUT (network order): 1, or 0 for a bad word */
int ipv4_aton(const char *s, uint8_t out[4]);

/* glibc's inet_pton (musl's differs at the edges and costs 0.8 KB
 * static): 1 and OUT, 0 for a bad word, -1 (EAFNOSUPPORT) for AF */
int ip_pton(int af, const char *s, void *out);

/* the first BITS bits of A and B differ (iproute2's inet_addr_match):
 * BITS <= 0 never differ, more than 128 count as 128 */
int inet_prefix_differs(const uint8_t *a, const uint8_t *b, int bits);
/* the same for an address attribute (zero-padded to 16 bytes; none: 0)
 * against the first P->bitlen bits of P */
struct rtattr;
int nla_prefix_differs(const struct rtattr *a, const inet_prefix *p);

/* ipv4_aton of the whole word, nothing after it: how glibc's getaddrinfo
 * takes a numeric IPv4 host */
int ipv4_aton_exact(const char *s, uint8_t out[4]);

#endif
