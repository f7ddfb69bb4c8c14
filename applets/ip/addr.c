/* ip address: protocol addresses.
 *
 * iproute2 6.1's subcommand order: add, change|chg, replace, delete,
 * list|show|lst, flush, save, showdump, restore, help -- so "a" is add,
 * "d" delete, "s"/"l" show, "f" flush. */
#include "applets/ip/addr.h"
#include "core/kw.h"

#include <sys/socket.h>

int do_ipaddr(int argc, char **argv)
{
	if (argc < 1)
		return ipaddr_list_flush_or_save(0, NULL, ADDR_LIST);
	if (matches(*argv, "add"))
		return ipaddr_modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, argc - 1, argv + 1);
	if (matches(*argv, "change") || streq(*argv, "chg"))
		return ipaddr_modify(RTM_NEWADDR, NLM_F_REPLACE, argc - 1, argv + 1);
	if (matches(*argv, "replace"))
		return ipaddr_modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE, argc - 1, argv + 1);
	if (matches(*argv, "delete"))
		return ipaddr_modify(RTM_DELADDR, 0, argc - 1, argv + 1);
	if (matches(*argv, "list") || matches(*argv, "show") || matches(*argv, "lst"))
		return ipaddr_list_flush_or_save(argc - 1, argv + 1, ADDR_LIST);
	if (CONFIG_IP_ADDR_FLUSH && matches(*argv, "flush"))
		return ipaddr_list_flush_or_save(argc - 1, argv + 1, ADDR_FLUSH);
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "save"))
		return ipaddr_list_flush_or_save(argc - 1, argv + 1, ADDR_SAVE);
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "showdump"))
		return ipaddr_showdump();
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "restore"))
		return ipaddr_restore();
	/* (no command above shares a prefix with these) */
	if (!CONFIG_IP_ADDR_FLUSH)
		kw_unbuilt("ip", *argv, "flush*");
	if (!CONFIG_IP_ADDR_SAVE)
		kw_unbuilt("ip", *argv, "save* showdump* restore*");
	if (matches(*argv, "help"))
		ipaddr_usage();
	err_fmt("Command \"%s\" is unknown, try \"ip address help\".\n", *argv);
	ipbox_exit(RC_USAGE);	/* exit(-1): it ends a batch too */
}
