/* ipbox's replacements for libc functions that are too big in a static
 * musl binary (core/glob.c, core/strtonum.c): the expected results are
 * glibc's, and a glibc build also checks them against glibc itself. */
#include "tests/unit/unit.h"
#include "core/ipbox.h"
#include "core/glob.h"
#include "core/inet.h"

#include <arpa/inet.h>

#include <errno.h>
#ifdef __GLIBC__
#include <fnmatch.h>
#include <stdlib.h>
#endif

static const struct {
	const char *pat, *s;
	int match;
} globs[] = {
	{ "eth0", "eth0", 1 }, { "eth0", "eth01", 0 }, { "eth*", "eth0:1", 1 },
	{ "*:1", "eth0:1", 1 }, { "*:1", "eth0:12", 0 }, { "e?h0", "eth0", 1 },
	{ "e?h0", "eh0", 0 }, { "*", "", 1 }, { "?", "", 0 }, { "", "", 1 },
	{ "a*b*c", "aXbYbZc", 1 }, { "a*b*c", "aXbYbZ", 0 }, { "**x", "yyx", 1 },
	{ "eth[0-3]", "eth2", 1 }, { "eth[0-3]", "eth4", 0 }, { "eth[!0-3]", "eth4", 1 },
	{ "eth[^0-3]", "eth1", 0 }, { "[]a]", "]", 1 }, { "[!]a]", "b", 1 },
	{ "[a-]", "-", 1 },
	{ "[", "[", 1 }, { "a[b", "a[b", 1 },
	{ "\\*", "*", 1 }, { "\\*", "a", 0 }, { "a\\", "a", 0 }, { "[\\]]", "]", 1 },
	{ "*/x", "a/b/x", 1 }, { ".*", ".hid", 1 }, { "*", ".hid", 1 },
};

static const struct {
	const char *s;
	int base;
	unsigned long long v;
	int used;		/* bytes strtoull consumes */
	int erange;
} nums[] = {
	{ "42", 0, 42, 2, 0 }, { "0x1f", 0, 31, 4, 0 }, { "0X1F", 16, 31, 4, 0 },
	{ "1f", 16, 31, 2, 0 }, { "010", 0, 8, 3, 0 }, { "09", 0, 0, 1, 0 },
	{ "0x", 0, 0, 1, 0 }, { "0xg", 16, 0, 1, 0 }, { "", 0, 0, 0, 0 },
	{ "x", 10, 0, 0, 0 }, { " +7", 10, 7, 3, 0 }, { "-1", 10, 18446744073709551615ull, 2, 0 },
	{ "- 1", 10, 0, 0, 0 }, { "18446744073709551615", 10, 18446744073709551615ull, 20, 0 },
	{ "18446744073709551616", 10, 18446744073709551615ull, 20, 1 },
	{ "12ab", 10, 12, 2, 0 }, { "ff:", 16, 255, 2, 0 }, { "777", 8, 511, 3, 0 },
};

static const struct {
	const char *s;
	const char *want;	/* dotted quad, or NULL: rejected */
} atons[] = {
	{ "1.2.3.4", "1.2.3.4" }, { "10.1", "10.0.0.1" }, { "10.1.2", "10.1.0.2" },
	{ "16909060", "1.2.3.4" }, { "0x7f.1", "127.0.0.1" }, { "010.0.0.1", "8.0.0.1" },
	{ "1.2.3.4 junk", "1.2.3.4" }, { "1.2.3.4\tx", "1.2.3.4" }, { "1.2.3.4x", NULL },
	{ "1.2.3.256", NULL }, { "1.2.65535", "1.2.255.255" }, { "1.2.65536", NULL },
	{ "256.1", NULL }, { "1.2.3.4.5", NULL }, { "1..2", NULL }, { "", NULL },
	{ " 1.2.3.4", NULL }, { "+1", NULL }, { "08", NULL }, { "0x", NULL },
	{ "4294967295", "255.255.255.255" }, { "4294967296", NULL }, { "1.2.3.", NULL },
};

/* glibc's inet_pton (a glibc build also checks it against glibc) */
static const struct {
	int af;
	const char *s;
	const char *want;	/* the address as format_addr prints it, or NULL */
} ptons[] = {
	{ AF_INET, "1.2.3.4", "1.2.3.4" }, { AF_INET, "0.0.0.0", "0.0.0.0" },
	{ AF_INET, "255.255.255.255", "255.255.255.255" }, { AF_INET, "256.1.1.1", NULL },
	{ AF_INET, "01.2.3.4", NULL }, { AF_INET, "1.2.3", NULL }, { AF_INET, "1.2.3.4.", NULL },
	{ AF_INET, "1.2.3.4.5", NULL }, { AF_INET, "1..3.4", NULL }, { AF_INET, "", NULL },
	{ AF_INET, "0x1.2.3.4", NULL }, { AF_INET, "1.2.3.4 ", NULL },
	{ AF_INET6, "::", "::" }, { AF_INET6, "::1", "::1" }, { AF_INET6, "1::", "1::" },
	{ AF_INET6, "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8" }, { AF_INET6, "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0" },
	{ AF_INET6, "1::3:4:5:6:7:8", "1:0:3:4:5:6:7:8" }, { AF_INET6, "FE80::AbCd", "fe80::abcd" },
	{ AF_INET6, "::ffff:1.2.3.4", "::ffff:1.2.3.4" }, { AF_INET6, "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304" },
	{ AF_INET6, "1:2:3:4:5:6:7:1.2.3.4", NULL }, { AF_INET6, "::1.2.3.04", NULL },
	{ AF_INET6, "1:2:3:4:5:6:7:8:9", NULL }, { AF_INET6, "12345::", NULL }, { AF_INET6, ":", NULL },
	{ AF_INET6, ":1::", NULL }, { AF_INET6, "1:::2", NULL }, { AF_INET6, "1::2::3", NULL },
	{ AF_INET6, "1:2:", NULL }, { AF_INET6, "", NULL }, { AF_INET6, "fe80::1%eth0", NULL },
	{ AF_INET6, "1.2.3.4", NULL }, { AF_INET6, "::1.2.3.4:5", NULL },
};

int main(void)
{
	char name[96];

	for (size_t i = 0; i < sizeof(globs) / sizeof(globs[0]); i++) {
		fmt_buf(name, sizeof(name), "glob_match \"%s\" \"%s\"", globs[i].pat, globs[i].s);
		CHECK(name, (glob_match(globs[i].pat, globs[i].s) == 0) == globs[i].match);
#ifdef __GLIBC__
		CHECK(name, (fnmatch(globs[i].pat, globs[i].s, 0) == 0) == globs[i].match);
#endif
	}
	for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
		char *end;
		errno = 0;
		unsigned long long v = str_to_ull(nums[i].s, &end, nums[i].base);
		fmt_buf(name, sizeof(name), "str_to_ull \"%s\" base %d", nums[i].s, nums[i].base);
		CHECK(name, v == nums[i].v && end - nums[i].s == nums[i].used &&
			    (errno == ERANGE) == nums[i].erange);
#ifdef __GLIBC__
		errno = 0;
		v = strtoull(nums[i].s, &end, nums[i].base);
		CHECK(name, v == nums[i].v && end - nums[i].s == nums[i].used &&
			    (errno == ERANGE) == nums[i].erange);
#endif
	}
	for (size_t i = 0; i < sizeof(atons) / sizeof(atons[0]); i++) {
		uint8_t a[4];
		char got[20] = "rejected";
		if (ipv4_aton(atons[i].s, a))
			fmt_buf(got, sizeof(got), "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
		fmt_buf(name, sizeof(name), "ipv4_aton \"%s\"", atons[i].s);
		CHECK_STR(name, got, atons[i].want ? atons[i].want : "rejected");
#ifdef __GLIBC__
		struct in_addr in;
		if (inet_aton(atons[i].s, &in))
			fmt_buf(got, sizeof(got), "%s", inet_ntoa(in));
		else
			fmt_buf(got, sizeof(got), "rejected");
		CHECK_STR(name, got, atons[i].want ? atons[i].want : "rejected");
#endif
	}
	for (size_t i = 0; i < sizeof(ptons) / sizeof(ptons[0]); i++) {
		uint8_t a[16];
		char got[ADDR_BUF] = "rejected";
		if (ip_pton(ptons[i].af, ptons[i].s, a) == 1)
			format_addr(ptons[i].af, a, got);
		fmt_buf(name, sizeof(name), "ip_pton %d \"%s\"", ptons[i].af, ptons[i].s);
		CHECK_STR(name, got, ptons[i].want ? ptons[i].want : "rejected");
#ifdef __GLIBC__
		if (inet_pton(ptons[i].af, ptons[i].s, a) == 1)
			format_addr(ptons[i].af, a, got);
		else
			fmt_buf(got, sizeof(got), "rejected");
		CHECK_STR(name, got, ptons[i].want ? ptons[i].want : "rejected");
#endif
	}
	for (size_t i = 0; i < sizeof(atons) / sizeof(atons[0]); i++) {
		uint8_t a[4];
		int blank = 0;
		for (const char *p = atons[i].s; *p; p++)
			blank |= *p == ' ' || *p == '\t';
		fmt_buf(name, sizeof(name), "ipv4_aton_exact \"%s\"", atons[i].s);
		CHECK(name, ipv4_aton_exact(atons[i].s, a) == (atons[i].want && !blank));
	}
	errno = 0;
	CHECK("str_to_ll min", str_to_ll("-9223372036854775808", NULL, 10) == -9223372036854775807ll - 1 && !errno);
	CHECK("str_to_ll below min", str_to_ll("-9223372036854775809", NULL, 0) == -9223372036854775807ll - 1 && errno == ERANGE);
	errno = 0;
	CHECK("str_to_ll above max", str_to_ll("9223372036854775808", NULL, 0) == 9223372036854775807ll && errno == ERANGE);
	errno = 0;
	CHECK("str_to_ll -0x10", str_to_ll("-0x10", NULL, 0) == -16 && !errno);
	return unit_failed;
}
