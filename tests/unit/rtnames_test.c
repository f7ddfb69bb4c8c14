/* applets/ip/lib/rtnames: the built-in names and iproute2's parsing rules (the
 * /etc/iproute2 files of the host may add names, never change these). */
#include "applets/ip/lib/rtnames.h"
#include "core/ipbox.h"
#include "applets/ip/lib/options.h"
#include "tests/unit/unit.h"

#include <linux/rtnetlink.h>

static unsigned a2n(int (*fn)(unsigned *, const char *), const char *arg)
{
	unsigned v = 12345;
	return fn(&v, arg) ? 99999 : v;
}

int main(void)
{
	char b[RT_NAME_BUF];

	CHECK_STR("table main", rt_table_n2a(RT_TABLE_MAIN, b), "main");
	CHECK_STR("table local", rt_table_n2a(RT_TABLE_LOCAL, b), "local");
	CHECK_STR("table 4000000", rt_table_n2a(4000000, b), "4000000");
	CHECK("table a2n main", a2n(rt_table_a2n, "main") == RT_TABLE_MAIN);
	CHECK("table a2n default", a2n(rt_table_a2n, "default") == RT_TABLE_DEFAULT);
	CHECK("table a2n is exact, not a prefix", a2n(rt_table_a2n, "ma") == 99999);
	CHECK("table a2n hex", a2n(rt_table_a2n, "0x10") == 16);
	CHECK("table a2n 32 bits", a2n(rt_table_a2n, "4294967295") == 4294967295u);
	CHECK("table a2n too big", a2n(rt_table_a2n, "4294967296") == 99999);
	CHECK_STR("proto boot", rt_proto_n2a(RTPROT_BOOT, b), "boot");
	CHECK_STR("proto babel", rt_proto_n2a(42, b), "babel");
	CHECK("proto a2n static", a2n(rt_proto_a2n, "static") == RTPROT_STATIC);
	CHECK("proto a2n 256", a2n(rt_proto_a2n, "256") == 99999);
	CHECK_STR("scope link", rt_scope_n2a(RT_SCOPE_LINK, b), "link");
	CHECK_STR("scope 7", rt_scope_n2a(7, b), "7");
	CHECK("scope a2n host", a2n(rt_scope_a2n, "host") == RT_SCOPE_HOST);
	CHECK_STR("type unreachable", rt_type_n2a(RTN_UNREACHABLE, b), "unreachable");
	CHECK_STR("type 0", rt_type_n2a(RTN_UNSPEC, b), "none");
	CHECK("type a2n prefix", a2n(rt_type_a2n, "blackh") == RTN_BLACKHOLE);
	CHECK("type a2n brd", a2n(rt_type_a2n, "brd") == RTN_BROADCAST);
	CHECK("type a2n local is exact", a2n(rt_type_a2n, "loc") == 99999);
	CHECK("type a2n throw is exact", a2n(rt_type_a2n, "thr") == 99999);
	CHECK("type a2n u: unreachable first", a2n(rt_type_a2n, "u") == RTN_UNREACHABLE);
	CHECK("type a2n number", a2n(rt_type_a2n, "5") == 5);
	CHECK_STR("dsfield 0x10", rt_dsfield_n2a(0x10, b), "0x10");
	CHECK("dsfield a2n hex without 0x", a2n(rt_dsfield_a2n, "10") == 0x10);
	CHECK("realms a2n to", a2n(rt_realms_a2n, "5") == 5);
	CHECK("realms a2n from/to", a2n(rt_realms_a2n, "1/2") == (1u << 16 | 2));
	CHECK("realms a2n from/", a2n(rt_realms_a2n, "3/") == 3u << 16);
	CHECK("ipproto 300", inet_proto_a2n("300") == -1);
	CHECK("ipproto 200", inet_proto_a2n("200") == 200);
	G.numeric = 1;
	CHECK_STR("-N table", rt_table_n2a(RT_TABLE_MAIN, b), "254");
	CHECK_STR("-N type", rt_type_n2a(RTN_LOCAL, b), "2");
	CHECK_STR("-N ipproto", inet_proto_n2a(6, b), "ipproto-6");
	return unit_failed;
}
