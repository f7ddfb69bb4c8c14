/* ip address: protocol addresses.
 *
 * iproute2 6.1's subcommand order: add, change|chg, replace, delete,
 * list|show|lst, flush, save, showdump, restore, help -- so "a" is add,
 * "d" delete, "s"/"l" show, "f" flush. */
#include "applets/ip/addr.h"

#include <sys/socket.h>

static int addr_add(int argc, char **argv)
{
	return ipaddr_modify(argc, argv, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
}

static int addr_change(int argc, char **argv)
{
	return ipaddr_modify(argc, argv, RTM_NEWADDR, NLM_F_REPLACE);
}

static int addr_replace(int argc, char **argv)
{
	return ipaddr_modify(argc, argv, RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE);
}

static int addr_delete(int argc, char **argv)
{
	return ipaddr_modify(argc, argv, RTM_DELADDR, 0);
}

static int addr_list(int argc, char **argv)
{
	return ipaddr_list_flush_or_save(argc, argv, ADDR_LIST);
}

static int addr_flush(int argc, char **argv)
{
	return ipaddr_list_flush_or_save(argc, argv, ADDR_FLUSH);
}

static int addr_save(int argc, char **argv)
{
	return ipaddr_list_flush_or_save(argc, argv, ADDR_SAVE);
}

static int addr_showdump(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return ipaddr_showdump();
}

static int addr_restore(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return ipaddr_restore();
}

static int addr_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	ipaddr_usage();
}

int do_ipaddr(int argc, char **argv)
{
	static const struct kw_cmd cmds[] = {
		{ "add", addr_add }, { "change|chg", addr_change },
		{ "replace", addr_replace }, { "delete", addr_delete },
		{ "list|show|lst", addr_list },
		{ "flush", CONFIG_IP_ADDR_FLUSH ? addr_flush : NULL },
		{ "save", CONFIG_IP_ADDR_SAVE ? addr_save : NULL },
		{ "showdump", CONFIG_IP_ADDR_SAVE ? addr_showdump : NULL },
		{ "restore", CONFIG_IP_ADDR_SAVE ? addr_restore : NULL },
		{ "help", addr_help },
	};

	return IP_SUBCMD(cmds, argc, argv, "address");
}
