/* Address, prefix, MAC and number parsing: the first byte picks the
 * family and a capacity, the rest is the word.  Whatever parses must
 * print and parse back to the same bytes, and IPv6 must print exactly as
 * glibc's inet_ntop. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"
#include "core/inet.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static char word[512];
static int family;

static int parse_exiting(int argc, char **argv)
{
	inet_prefix p;
	(void)argc;
	(void)argv;
	if (family == AF_INET || family == AF_INET6 || family == AF_UNSPEC) {
		get_addr(&p, word, family);
		get_prefix(&p, word, family);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int fams[] = { AF_UNSPEC, AF_INET, AF_INET6, AF_PACKET, AF_MPLS, AF_BRIDGE };
	inet_prefix p, q;
	char buf[ADDR_BUF], ref[INET6_ADDRSTRLEN];

	if (size < 1 || size >= sizeof(word))
		return 0;
	family = fams[data[0] % 6];
	size_t cap = 1 + (data[0] >> 3) % 16;
	memcpy(word, data + 1, size - 1);
	word[size - 1] = 0;

	fz_init();
	if (!get_addr_1(&p, word, family)) {
		if (p.bytelen < 0 || p.bytelen > 16)
			abort();
		if ((p.family == AF_INET || p.family == AF_INET6) && p.bitlen == -1) {
			format_addr(p.family, p.data, buf);
			if (p.family == AF_INET6) {
				inet_ntop(AF_INET6, p.data, ref, sizeof(ref));
				if (strcmp(buf, ref))
					abort();	/* not glibc's text */
			}
			if (get_addr_1(&q, buf, p.family) || memcmp(p.data, q.data, 16))
				abort();	/* no round trip */
		}
	}
	if (!get_prefix_1(&p, word, family)) {
		int max = af_bit_len(p.family);
		if (p.bitlen < 0 || (max && p.bitlen > max))
			abort();
	}
	unsigned plen;
	(void)get_netmask(&plen, word);

	uint8_t ll[16], ll2[16];
	char llbuf[64];
	int n = ll_addr_a2n(ll, cap, word);
	if (n > (int)cap)
		abort();
	if (n > 0 && !strchr(word, '.')) {
		ll_addr_n2a(ll, (size_t)n, 1, llbuf, sizeof(llbuf));
		if (ll_addr_a2n(ll2, sizeof(ll2), llbuf) != n || memcmp(ll, ll2, (size_t)n))
			abort();
	}
	if (size - 1 >= 4) {
		uint32_t m;
		memcpy(&m, word, 4);
		int b = mask2bits(m);
		if (b > 32)
			abort();
	}
	(void)read_family(word);

	unsigned long long u64;
	unsigned u32;
	unsigned short u16;
	unsigned char u8;
	int s32;
	for (int base = 0; base <= 16; base += base ? 6 : 10) {
		int r64 = get_u64(&u64, word, base), r32 = get_u32(&u32, word, base);
		int r16 = get_u16(&u16, word, base), r8 = get_u8(&u8, word, base);
		if (!r32 && (r64 || u64 != u32))
			abort();
		if (!r16 && (r32 || u32 != u16))
			abort();
		if (!r8 && (r16 || u16 != u8))
			abort();
		(void)get_s32(&s32, word, base);
	}
	fz_run(parse_exiting, 0, NULL);
	return 0;
}
