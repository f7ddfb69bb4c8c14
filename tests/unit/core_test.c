/* Unit tests of core/: the formatter, address parsing and printing, the
 * netlink attribute builder and parser. */
#include "tests/unit/unit.h"
#include "core/ipbox.h"
#include "core/inet.h"
#include "core/nl.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <linux/if_arp.h>
#include <sys/socket.h>

static void test_fmt(void)
{
	char b[128];

	fmt_buf(b, sizeof(b), "%d|%u|%x|%s|%c", -42, 42u, 255u, "s", 'c');
	CHECK_STR("fmt basic", b, "-42|42|ff|s|c");
	fmt_buf(b, sizeof(b), "%-6s|%6s|%05u|%-4d|", "ab", "cd", 42u, 7);
	CHECK_STR("fmt width", b, "ab    |    cd|00042|7   |");
	fmt_buf(b, sizeof(b), "%llu %lld %lu %zu", 18446744073709551615ull, -9223372036854775807ll - 1,
		4000000000ul, (size_t)3);
	CHECK_STR("fmt long", b, "18446744073709551615 -9223372036854775808 4000000000 3");
	/* long is 32 bits on arm and mips (make check-cross) */
	fmt_buf(b, sizeof(b), "%ld %li %lx %d %u %x %c", -5l, LONG_MIN, ULONG_MAX,
		-2147483647 - 1, 4294967295u, 0xffffffffu, 'z');
	CHECK_STR("fmt signs", b, sizeof(long) == 8 ?
		  "-5 -9223372036854775808 ffffffffffffffff -2147483648 4294967295 ffffffff z" :
		  "-5 -2147483648 ffffffff -2147483648 4294967295 ffffffff z");
	fmt_buf(b, sizeof(b), "%-*d|%.*s|%p|%s", -4, 1, 2, "xyz", (void *)0x10, (char *)NULL);
	CHECK_STR("fmt stars", b, "1   |xy|0x10|(null)");
	fmt_buf(b, sizeof(b), "%.3s|%*d|%%|%02x", "abcdef", 4, 5, 10u);
	CHECK_STR("fmt precision", b, "abc|   5|%|0a");
	fmt_buf(b, 5, "%s", "truncated");
	CHECK_STR("fmt bounded", b, "trun");
	CHECK("matches prefix", matches("l", "link") && matches("link", "link"));
	CHECK("matches not", !matches("", "link") && !matches("linkx", "link") && !matches("lonk", "link"));
	CHECK_STR("errtext glibc words", errtext(EADDRNOTAVAIL), "Cannot assign requested address");
	CHECK_STR("errtext unknown", errtext(250), "Unknown error 250");
}

static const char *addr(const char *s, int family)
{
	static char b[ADDR_BUF];
	inet_prefix p;

	if (get_prefix_1(&p, s, family))
		return "bad";
	char a[ADDR_BUF];
	fmt_buf(b, sizeof(b), "%s/%d", format_addr(p.family, p.data, a), p.bitlen);
	return b;
}

static void test_inet(void)
{
	CHECK_STR("ipv4 plain", addr("192.168.1.1/24", 0), "192.168.1.1/24");
	CHECK_STR("ipv4 short form", addr("1.2.3", 0), "1.2.3.0/32");
	CHECK_STR("ipv4 octal", addr("010.1.1.1", 0), "8.1.1.1/32");
	CHECK_STR("ipv4 hex", addr("0x0a.0.0.1", 0), "10.0.0.1/32");
	CHECK_STR("ipv4 netmask", addr("10.0.0.1/255.255.255.0", 0), "10.0.0.1/24");
	CHECK_STR("ipv4 bad netmask", addr("10.0.0.1/255.0.255.0", 0), "bad");
	CHECK_STR("ipv4 /33", addr("10.0.0.1/33", 0), "bad");
	CHECK_STR("ipv4 256", addr("10.0.0.256", 0), "bad");
	CHECK_STR("ipv4 5 parts", addr("1.2.3.4.5", 0), "bad");
	CHECK_STR("ipv4 as inet6", addr("10.0.0.1", AF_INET6), "bad");
	CHECK_STR("ipv6", addr("2001:db8::1/64", 0), "2001:db8::1/64");
	CHECK_STR("ipv6 /129", addr("2001:db8::1/129", 0), "bad");
	CHECK_STR("ipv6 single zero word", addr("1:0:2:3:4:5:6:7", 0), "1:0:2:3:4:5:6:7/128");
	CHECK_STR("ipv6 first longest run", addr("1:0:0:2:0:0:3:4", 0), "1::2:0:0:3:4/128");
	CHECK_STR("ipv6 mapped", addr("::ffff:1.2.3.4", 0), "::ffff:1.2.3.4/128");
	CHECK_STR("ipv6 loopback", addr("::1", 0), "::1/128");
	CHECK_STR("ipv6 any", addr("::", 0), "::/128");
	CHECK_STR("default", addr("default", AF_INET), "0.0.0.0/0");

	uint8_t ll[16];
	char b[64];
	CHECK("lladdr parse", ll_addr_a2n(ll, sizeof(ll), "02:00:0a:ff:1:2") == 6);
	CHECK_STR("lladdr print", ll_addr_n2a(ll, 6, ARPHRD_ETHER, b, sizeof(b)), "02:00:0a:ff:01:02");
	CHECK("mask2bits", mask2bits(htonl(0xffffff00)) == 24 && mask2bits(htonl(0xff00ff00)) == -1);
}

static void test_attrs(void)
{
	char buf[256];
	struct nl_req r;
	struct ifinfomsg *ifi = nl_req_init(&r, buf, sizeof(buf), RTM_NEWLINK, NLM_F_CREATE, sizeof(*ifi));

	ifi->ifi_index = 7;
	nla_put_strz(&r, IFLA_IFNAME, "abc");
	struct rtattr *nest = nla_nest_start(&r, IFLA_LINKINFO);
	nla_put_str(&r, IFLA_INFO_KIND, "veth");
	nla_nest_end(&r, nest);
	nla_put_u32(&r, IFLA_MTU, 1400);
	CHECK("req length aligned", r.nlh->nlmsg_len % 4 == 0 && !r.overflow);
	CHECK("padding zeroed", buf[NLMSG_LENGTH(sizeof(*ifi)) + 4 + 3] == 0);

	const struct rtattr *tb[IFLA_MAX + 1], *li[IFLA_INFO_MAX + 1];
	nlmsg_parse(tb, IFLA_MAX, r.nlh, sizeof(*ifi));
	CHECK_STR("parse string", nla_str(tb[IFLA_IFNAME]), "abc");
	CHECK("parse u32", nla_u32(tb[IFLA_MTU], 0) == 1400);
	nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO]);
	CHECK("parse nest", li[IFLA_INFO_KIND] && nla_len(li[IFLA_INFO_KIND]) == 4);
	CHECK("unterminated string refused", nla_str(li[IFLA_INFO_KIND]) == NULL);
	CHECK("missing attr default", nla_u32(tb[IFLA_TXQLEN], 99) == 99);

	char small[40];
	nl_req_init(&r, small, sizeof(small), RTM_NEWLINK, 0, sizeof(*ifi));
	CHECK("overflow refused", nla_put_strz(&r, IFLA_IFNAME, "a-name-that-does-not-fit") < 0 && r.overflow);

	/* a hostile payload: an attribute claiming more than was received */
	unsigned char evil[12] = { 200, 0, 3, 0, 'x', 0, 0, 0, 8, 0, 4, 0 };
	nla_parse(tb, IFLA_MAX, evil, sizeof(evil));
	CHECK("oversized attr ignored", tb[IFLA_IFNAME] == NULL);
	unsigned char shortu32[6] = { 6, 0, 4, 0, 1, 2 };
	nla_parse(tb, IFLA_MAX, shortu32, sizeof(shortu32));
	CHECK("short u32 gives default", nla_u32(tb[IFLA_MTU], 5) == 5);
}

int main(void)
{
	test_fmt();
	test_inet();
	test_attrs();
	return unit_failed;
}
