/* ip link: network devices -- add, set, delete, show, help.
 *
 * Subcommands in iproute2 6.1's order, first prefix match wins: add,
 * set|change, replace, delete, show|lst|list, xstats, afstats, property,
 * help.  add/set/replace/delete build one RTM_NEWLINK/RTM_DELLINK from
 * iplink_parse's keywords (link_parse.c) and the kind's options. */
#include "applets/ip/ip.h"

#include <linux/if_link.h>
#include <string.h>
#include <sys/socket.h>


/* iproute2's iplink_modify: add, set, replace and delete */
static int iplink_modify(int argc, char **argv, int cmd, int flags)
{
	char buf[1024];
	struct nl_req r;
	const char *type = NULL;
	struct ifinfomsg *ifi = nl_req_init(&r, buf, sizeof(buf), cmd, flags, sizeof(*ifi));

	ifi->ifi_family = (unsigned char)G.family;
	int used = iplink_parse(argc, argv, &r, &type);
	if (used < 0)
		return -used;
	argc -= used;
	argv += used;

	if (type) {
		/* a kind without options goes to the kernel as it is */
		const struct link_kind *lk = link_kind_find(type, argc > 0);
		size_t tl = strlen(type);
		int slave = tl > 6 && streq(type + tl - 6, "_slave");
		struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);

		nla_put_str(&r, IFLA_INFO_KIND, type);	/* 6.1: without the NUL */
		if (lk && argc) {
			/* 6.1 nests data for a kind it knows, options or not */
			struct rtattr *data = nla_nest_start(&r, slave ? IFLA_INFO_SLAVE_DATA : IFLA_INFO_DATA);
			if (lk->parse && lk->parse(argc, argv, &r))
				return RC_LOCAL;
			nla_nest_end(&r, data);
		} else if (argc) {
			if (matches(*argv, "help"))
				iplink_usage();
			err_fmt("Garbage instead of arguments \"%s ...\". Try \"ip link help\".\n", *argv);
			return RC_LOCAL;
		}
		nla_nest_end(&r, li);
	} else if (flags & NLM_F_CREATE) {
		err_fmt("Not enough information: \"type\" argument is required\n");
		return RC_LOCAL;
	}
	return nl_talk(&r, 0) < 0 ? RC_KERNEL : RC_OK;
}

static int iplink_help(int argc, char **argv)
{
	if (argc <= 0 || !link_kind_help(*argv))
		iplink_usage();
	return RC_OK;
}

static int iplink_add(int argc, char **argv)
{
	return iplink_modify(argc, argv, RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
}

static int iplink_set(int argc, char **argv)
{
	return iplink_modify(argc, argv, RTM_NEWLINK, 0);
}

static int iplink_replace(int argc, char **argv)
{
	return iplink_modify(argc, argv, RTM_NEWLINK, NLM_F_CREATE | NLM_F_REPLACE);
}

static int iplink_delete(int argc, char **argv)
{
	return iplink_modify(argc, argv, RTM_DELLINK, 0);
}

static int iplink_show(int argc, char **argv)
{
	return ipaddr_list_link(argc, argv);
}

/* xstats, afstats, property: ARGV[-1] is the subcommand */
static int iplink_unsupported(int argc, char **argv)
{
	(void)argc;
	err_fmt("ipbox: \"ip link %s\" is not supported\n", argv[-1]);
	return RC_USAGE;
}

int do_iplink(int argc, char **argv)
{
	/* iproute2's order, first prefix match wins */
	static const struct kw_cmd cmds[] = {
		{ "add", iplink_add }, { "set|change", iplink_set },
		{ "replace", iplink_replace }, { "delete", iplink_delete },
		{ "list|show|lst", iplink_show },
		{ "xstats|afstats|property", iplink_unsupported }, { "help", iplink_help },
	};

	return IP_SUBCMD(cmds, argc, argv, "link");
}
