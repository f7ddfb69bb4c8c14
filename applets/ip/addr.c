/* ip address: protocol addresses.
 *
 * Usage: see addr_usage below.  iproute2 6.1's subcommand order: add,
 * change|chg, replace, delete, list|show|lst, flush, save, showdump,
 * restore, help -- so "a" is add, "d" delete, "s"/"l" show, "f" flush. */
#include "applets/ip/addr.h"
#include "core/rtnames.h"

#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

static const char addr_usage[] =
	"Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]\n"
	"                                                      [ CONFFLAG-LIST ]\n"
	"       ip address del IFADDR dev IFNAME [mngtmpaddr]\n"
	"       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]\n"
	"                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]\n"
	"       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]\n"
	"                         [ nomaster ]\n"
	"                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]\n"
	"                         [ label LABEL ] [up] [ vrf NAME ] ]\n"
	"       ip address {showdump|restore}\n"
	"IFADDR := PREFIX | ADDR peer PREFIX\n"
	"          [ broadcast ADDR ] [ anycast ADDR ]\n"
	"          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]\n"
	"SCOPE-ID := [ host | link | global | NUMBER ]\n"
	"FLAG-LIST := [ FLAG-LIST ] FLAG\n"
	"FLAG  := [ permanent | dynamic | secondary | primary |\n"
	"           [-]tentative | [-]deprecated | [-]dadfailed | temporary |\n"
	"           CONFFLAG-LIST ]\n"
	"CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG\n"
	"CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]\n"
	"LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]\n"
	"LFT := forever | SECONDS\n"
	LINK_TYPE_LIST
	;

void ipaddr_usage(void)
{
	usage_exit(USAGE(addr_usage, "Usage: ip address { add | change | replace | del | show | flush | help } ...\n"), RC_USAGE);
}

static int set_lifetime(unsigned *lft, const char *arg)
{
	if (streq(arg, "forever")) {
		*lft = 0xFFFFFFFFu;
		return 0;
	}
	return get_u32(lft, arg, 0);
}

static int default_scope(const inet_prefix *lcl)
{
	return lcl->family == AF_INET && lcl->bytelen >= 1 && lcl->data[0] == 127 ? RT_SCOPE_HOST : 0;
}

static int is_multicast(const inet_prefix *a)
{
	if (a->family == AF_INET)
		return (a->data[0] & 0xf0) == 0xe0;
	return a->family == AF_INET6 && a->data[0] == 0xff;
}

/* add, change, replace and delete: iproute2's ipaddr_modify */
static int addr_modify(int cmd, int flags, int argc, char **argv)
{
	char buf[NLMSG_SPACE(sizeof(struct ifaddrmsg)) + 256] __attribute__((aligned(4)));
	struct nl_req r;
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), cmd, flags, sizeof(*ifa));
	const char *d = NULL, *lcl_arg = NULL, *valid_arg = NULL, *pref_arg = NULL;
	inet_prefix lcl, peer, addr;
	int local_len = 0, peer_len = 0, brd_len = 0, any_len = 0, scoped = 0;
	unsigned valid_lft = 0xFFFFFFFFu, preferred_lft = 0xFFFFFFFFu, ifa_flags = 0;

	memset(&lcl, 0, sizeof(lcl));
	memset(&peer, 0, sizeof(peer));
	ifa->ifa_family = (unsigned char)G.family;
	for (; argc > 0; argc--, argv++) {
		if (streq(*argv, "peer") || streq(*argv, "remote")) {
			NEXT_ARG();
			if (peer_len)
				duparg("peer", *argv);
			get_prefix(&peer, *argv, ifa->ifa_family);
			peer_len = peer.bytelen;
			if (ifa->ifa_family == AF_UNSPEC)
				ifa->ifa_family = (unsigned char)peer.family;
			nla_put(&r, IFA_ADDRESS, peer.data, (size_t)peer.bytelen);
			ifa->ifa_prefixlen = (unsigned char)peer.bitlen;
		} else if (matches(*argv, "broadcast") || streq(*argv, "brd")) {
			NEXT_ARG();
			if (brd_len)
				duparg("broadcast", *argv);
			if (streq(*argv, "+")) {
				brd_len = -1;
			} else if (streq(*argv, "-")) {
				brd_len = -2;
			} else {
				get_addr(&addr, *argv, ifa->ifa_family);
				if (ifa->ifa_family == AF_UNSPEC)
					ifa->ifa_family = (unsigned char)addr.family;
				nla_put(&r, IFA_BROADCAST, addr.data, (size_t)addr.bytelen);
				brd_len = addr.bytelen;
			}
		} else if (streq(*argv, "anycast")) {
			NEXT_ARG();
			if (any_len)
				duparg("anycast", *argv);
			get_addr(&addr, *argv, ifa->ifa_family);
			if (ifa->ifa_family == AF_UNSPEC)
				ifa->ifa_family = (unsigned char)addr.family;
			nla_put(&r, IFA_ANYCAST, addr.data, (size_t)addr.bytelen);
			any_len = addr.bytelen;
		} else if (streq(*argv, "scope")) {
			unsigned scope = 0;
			NEXT_ARG();
			if (rt_scope_a2n(&scope, *argv))
				invarg("invalid scope value.", *argv);
			ifa->ifa_scope = (unsigned char)scope;
			scoped = 1;
		} else if (streq(*argv, "dev")) {
			NEXT_ARG();
			d = *argv;
		} else if (streq(*argv, "label")) {
			NEXT_ARG();
			nla_put_strz(&r, IFA_LABEL, *argv);
		} else if (matches(*argv, "metric") || matches(*argv, "priority") ||
			   matches(*argv, "preference")) {
			unsigned metric;
			NEXT_ARG();
			if (get_u32(&metric, *argv, 0))
				invarg("\"metric\" value is invalid\n", *argv);
			nla_put_u32(&r, IFA_RT_PRIORITY, metric);
		} else if (matches(*argv, "valid_lft")) {
			if (valid_arg)
				duparg("valid_lft", *argv);
			NEXT_ARG();
			valid_arg = *argv;
			if (set_lifetime(&valid_lft, *argv))
				invarg("valid_lft value", *argv);
		} else if (matches(*argv, "preferred_lft")) {
			if (pref_arg)
				duparg("preferred_lft", *argv);
			NEXT_ARG();
			pref_arg = *argv;
			if (set_lifetime(&preferred_lft, *argv))
				invarg("preferred_lft value", *argv);
		} else if (addr_flag_by_name(*argv)) {
			const struct addr_flag *f = addr_flag_by_name(*argv);
			if (f->readonly)
				err_fmt("Warning: %s option is not mutable from userspace\n", f->name);
			else if (f->v6only && ifa->ifa_family != AF_INET6)
				err_fmt("Warning: %s option can be set only for IPv6 addresses\n", f->name);
			else
				ifa_flags |= f->mask;
		} else {
			if (streq(*argv, "local"))
				NEXT_ARG();
			if (matches(*argv, "help"))
				ipaddr_usage();
			if (local_len)
				duparg2("local", *argv);
			lcl_arg = *argv;
			get_prefix(&lcl, *argv, ifa->ifa_family);
			if (ifa->ifa_family == AF_UNSPEC)
				ifa->ifa_family = (unsigned char)lcl.family;
			nla_put(&r, IFA_LOCAL, lcl.data, (size_t)lcl.bytelen);
			local_len = lcl.bytelen;
		}
	}
	if (ifa_flags <= 0xff)
		ifa->ifa_flags = (unsigned char)ifa_flags;
	else
		nla_put_u32(&r, IFA_FLAGS, ifa_flags);

	if (!d) {
		err_fmt("Not enough information: \"dev\" argument is required.\n");
		return RC_LOCAL;
	}
	if (peer_len == 0 && local_len) {
		if (cmd == RTM_DELADDR && lcl.family == AF_INET && !(lcl.flags & PREFIXLEN_SPECIFIED)) {
			err_fmt("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
				"         Explicitly specify the prefix length (%s/%d) to avoid this warning.\n"
				"         This special behaviour is likely to disappear in further releases,\n"
				"         fix your scripts!\n", lcl_arg, local_len * 8);
		} else {
			peer = lcl;
			nla_put(&r, IFA_ADDRESS, lcl.data, (size_t)lcl.bytelen);
		}
	}
	if (ifa->ifa_prefixlen == 0)
		ifa->ifa_prefixlen = (unsigned char)lcl.bitlen;

	if (brd_len < 0 && cmd != RTM_DELADDR) {
		if (ifa->ifa_family != AF_INET) {
			err_fmt("Broadcast can be set only for IPv4 addresses\n");
			return RC_LOCAL;
		}
		inet_prefix brd = peer;
		if (brd.bitlen <= 30) {
			for (int i = 31; i >= brd.bitlen; i--) {
				uint8_t bit = (uint8_t)(0x80 >> (i % 8));
				if (brd_len == -1)
					brd.data[i / 8] |= bit;
				else
					brd.data[i / 8] &= (uint8_t)~bit;
			}
			nla_put(&r, IFA_BROADCAST, brd.data, (size_t)brd.bytelen);
		}
	}
	if (!scoped && cmd != RTM_DELADDR)
		ifa->ifa_scope = (unsigned char)default_scope(&lcl);

	ifa->ifa_index = ll_name_to_index(d);
	if (!ifa->ifa_index) {
		err_fmt("Cannot find device \"%s\"\n", d);
		return RC_LOCAL;
	}
	if (valid_arg || pref_arg) {
		struct ifa_cacheinfo ci = { .ifa_prefered = preferred_lft, .ifa_valid = valid_lft };
		if (!valid_lft) {
			err_fmt("valid_lft is zero\n");
			return RC_LOCAL;
		}
		if (valid_lft < preferred_lft) {
			err_fmt("preferred_lft is greater than valid_lft\n");
			return RC_LOCAL;
		}
		nla_put(&r, IFA_CACHEINFO, &ci, sizeof(ci));
	}
	if ((ifa_flags & IFA_F_MCAUTOJOIN) && !is_multicast(&lcl)) {
		err_fmt("autojoin needs multicast address\n");
		return RC_LOCAL;
	}
	if (nl_talk(&r, 0) < 0)
		return RC_KERNEL;
	return RC_OK;
}

int do_ipaddr(int argc, char **argv)
{
	if (argc < 1)
		return ipaddr_list_or_flush(0, NULL, 0);
	if (matches(*argv, "add"))
		return addr_modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, argc - 1, argv + 1);
	if (matches(*argv, "change") || streq(*argv, "chg"))
		return addr_modify(RTM_NEWADDR, NLM_F_REPLACE, argc - 1, argv + 1);
	if (matches(*argv, "replace"))
		return addr_modify(RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE, argc - 1, argv + 1);
	if (matches(*argv, "delete"))
		return addr_modify(RTM_DELADDR, 0, argc - 1, argv + 1);
	if (matches(*argv, "list") || matches(*argv, "show") || matches(*argv, "lst"))
		return ipaddr_list_or_flush(argc - 1, argv + 1, 0);
	if (matches(*argv, "flush"))
		return ipaddr_list_or_flush(argc - 1, argv + 1, 1);
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "save"))
		return ipaddr_list_or_flush(argc - 1, argv + 1, 2);
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "showdump"))
		return ipaddr_showdump();
	if (CONFIG_IP_ADDR_SAVE && matches(*argv, "restore"))
		return ipaddr_restore();
	if (matches(*argv, "help"))
		ipaddr_usage();
	err_fmt("Command \"%s\" is unknown, try \"ip address help\".\n", *argv);
	ipbox_exit(RC_USAGE);	/* exit(-1): it ends a batch too */
}
