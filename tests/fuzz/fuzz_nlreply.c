/* What the kernel sends back, as arbitrary bytes: the first byte picks a
 * show command whose dump gets the rest as its datagrams (see harness.h),
 * then the same bytes go straight through nlmsg_parse and the link
 * printer.  Output goes nowhere; only crashes, leaks and UB count. */
#include "tests/fuzz/harness.h"
#include "applets/ip/ip.h"

#include <string.h>
#include <sys/socket.h>

int ip_main(int argc, char **argv);

static const char *const cmds[][8] = {
	{ "link" }, { "-d", "link", "show" }, { "-s", "-s", "link" }, { "-o", "link" },
	{ "-j", "link" }, { "-j", "-p", "-d", "link" }, { "link", "show", "dev", "eth0" },
	{ "link", "show", "type", "veth" }, { "link", "show", "master", "br0" }, { "-br", "link" },
	{ "addr" }, { "-4", "addr" }, { "-6", "-d", "addr" }, { "-j", "addr" }, { "-o", "addr" },
	{ "-br", "addr" }, { "addr", "show", "dev", "eth0" },
	{ "route" }, { "-6", "route" }, { "-d", "route", "show", "table", "all" }, { "-j", "route" },
	{ "route", "get", "10.0.0.1" },
	{ "rule" }, { "-6", "rule" }, { "-j", "rule" },
	{ "neigh" }, { "-6", "neigh" }, { "-j", "-s", "neigh" },
	{ "netns", "list-id" }, { "-j", "netns", "list-id" }, { "netns" },
};
#define NCMDS (sizeof(cmds) / sizeof(cmds[0]))

static const uint8_t *msgs;
static size_t msgs_len;

/* every whole message in the bytes, straight to the parsers and the printer */
static int direct(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	long rem = (long)msgs_len;
	static uint8_t copy[65536] __attribute__((aligned(8)));

	if (msgs_len > sizeof(copy))
		return 0;
	memcpy(copy, msgs, msgs_len);	/* aligned, as a receive buffer is */
	pr_begin();
	for (const struct nlmsghdr *n = (const void *)copy; NLMSG_OK(n, rem); n = NLMSG_NEXT(n, rem)) {
		const struct rtattr *tb[NLA_MAX_TB + 1];
		nlmsg_parse(tb, NLA_MAX_TB, n, sizeof(struct ifinfomsg));
		for (int i = 0; i <= NLA_MAX_TB; i++)
			if (tb[i]) {
				const struct rtattr *nest[NLA_MAX_TB + 1];
				nla_parse_nested(nest, NLA_MAX_TB, tb[i]);
				(void)nla_str(tb[i]);
				(void)nla_u64(tb[i], 0);
			}
		/* as ip link's record and as ip addr's link line; both
		 * print only a named link */
		const struct rtattr *ltb[IFLA_MAX + 1];
		const struct link_print as_link = { AF_PACKET, 1 }, as_addr = { AF_UNSPEC, 0 };
		nlmsg_parse(ltb, IFLA_MAX, n, sizeof(struct ifinfomsg));
		if (!nla_str(ltb[IFLA_IFNAME]))
			continue;
		pr_open_obj(NULL);
		print_linkinfo(n, ltb, &as_link);
		pr_close_obj();
		pr_open_obj(NULL);
		print_linkinfo(n, ltb, &as_addr);
		pr_close_obj();
	}
	pr_end();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[10] = { "ip" };
	int argc = 1;

	if (size < 1)
		return 0;
	for (const char *const *c = cmds[data[0] % NCMDS]; *c && argc < 9; c++)
		argv[argc++] = (char *)*c;
	argv[argc] = NULL;
	fz_set_replies(data + 1, size - 1);
	fz_run(ip_main, argc, argv);

	/* the same bytes as one receive buffer, messages back to back */
	msgs = data + 1;
	msgs_len = size - 1;
	fz_set_replies(NULL, 0);
	fz_run(direct, 0, NULL);
	return 0;
}
