#include "core/inet.h"
#include "core/nl.h"

#include <string.h>

int inet_prefix_differs(const uint8_t *a, const uint8_t *b, int bits)
{
	if (bits <= 0)
		return 0;
	if (bits > 128)
		bits = 128;
	int bytes = bits / 8, rem = bits % 8;
	if (memcmp(a, b, (size_t)bytes))
		return 1;
	return rem && ((a[bytes] ^ b[bytes]) & (0xff << (8 - rem)));
}

int nla_prefix_differs(const struct rtattr *a, const inet_prefix *p)
{
	uint8_t d[16] = { 0 };

	if (!a)
		return 0;
	memcpy(d, nla_data(a), nla_len(a) < 16 ? nla_len(a) : 16);
	return inet_prefix_differs(d, p->data, p->bitlen);
}
