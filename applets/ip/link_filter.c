/* The one filter of ip link show and ip address show, flush and save
 * (iproute2's struct filter): its words, the test a link record passes,
 * and the test an address record passes. */
#include "applets/ip/addr.h"
#include "applets/ip/lib/rtnames.h"
#include "core/glob.h"
#include "core/kw.h"

#include <linux/if.h>
#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

/* FLAG or -FLAG, "dynamic" and "primary" being the inverse of permanent
 * and secondary; 1 when ARG was one */
static int filter_flag(struct link_filter *f, const char *arg)
{
	int inv = 0;

	if (arg[0] == '-') {
		inv = 1;
		arg++;
	}
	if (streq(arg, "dynamic")) {
		inv = !inv;
		arg = "permanent";
	} else if (streq(arg, "primary")) {
		inv = !inv;
		arg = "secondary";
	}
	const struct addr_flag *fl = addr_flag_by_name(arg);
	if (!fl)
		return 0;
	if (inv)
		f->flags &= ~fl->mask;
	else
		f->flags |= fl->mask;
	f->flagmask |= fl->mask;
	return 1;
}

/* The selectors (whole words); anything else is a flag (filter_flag) or
 * the device.  The address's first, then "up", then the link's. */
enum { F_TO, F_SCOPE, F_LABEL, F_UP, F_GROUP, F_MASTER, F_VRF, F_NOMASTER, F_TYPE };
static const char filter_words[][9] = {
	[F_TO] = "to", [F_SCOPE] = "scope", [F_LABEL] = "label", [F_UP] = "up",
	[F_GROUP] = "group", [F_MASTER] = "master", [F_VRF] = "vrf",
	[F_NOMASTER] = "nomaster", [F_TYPE] = "type",
};

/* ARG's selector, or -1.  What this build has: the address's words are
 * IP_ADDR_FILTERS'; the link's are IP_LINK_EXTRA's in ip link show and
 * IP_ADDR_FILTERS' in ip address; "up" ip link show always has.  A word
 * left out was refused before (link_filter_parse), so here a constant
 * off only lets the compiler drop its case. */
static int filter_word(const struct link_filter *f, const char *arg)
{
	int link_on = f->link ? CONFIG_IP_LINK_EXTRA : CONFIG_IP_ADDR_FILTERS;

	for (int i = 0; i < (int)(sizeof(filter_words) / sizeof(filter_words[0])); i++) {
		if (!streq(arg, filter_words[i]))
			continue;
		if (i < F_UP ? CONFIG_IP_ADDR_FILTERS : i > F_UP ? link_on : f->link || CONFIG_IP_ADDR_FILTERS)
			return i;
		break;
	}
	return -1;
}

/* ip link show: its usage; ip address: its own (both exit 255) */
__attribute__((noreturn)) static void filter_usage(const struct link_filter *f)
{
	if (CONFIG_IP_LINK && (!CONFIG_IP_ADDR || f->link))
		iplink_usage();
	ipaddr_usage();
}

void link_filter_parse(struct link_filter *f, int argc, char **argv)
{
	for (; argc > 0; argc--, argv++) {
		/* the words this build left out (filter_word) */
		if (!(f->link ? CONFIG_IP_LINK_EXTRA : CONFIG_IP_ADDR_FILTERS))
			kw_unbuilt("ip", *argv, "master nomaster type group vrf");
		if (!CONFIG_IP_ADDR_FILTERS) {
			const char *fl = *argv + (**argv == '-');
			kw_unbuilt("ip", *argv, f->link ? "to scope label" : "to scope up label");
			kw_unbuilt("ip", fl, "dynamic primary");
			if (CONFIG_IP_ADDR && addr_flag_by_name(fl))
				not_in_build("ip", fl);
		}

		int w = filter_word(f, *argv);
		unsigned v = 0;

		if (w != F_UP && w != F_NOMASTER && w >= 0)
			NEXT_ARG();
		switch (w) {
		case F_TO:
			get_prefix(&f->pfx, *argv, f->family);
			if (f->family == AF_UNSPEC)
				f->family = f->pfx.family;
			break;
		case F_SCOPE:
			f->scopemask = -1;
			if (rt_scope_a2n(&v, *argv)) {
				if (!streq(*argv, "all"))
					invarg("invalid \"scope\"\n", *argv);
				v = RT_SCOPE_NOWHERE;
				f->scopemask = 0;
			}
			f->scope = (int)v;
			break;
		case F_UP:
			f->up = 1;
			break;
		case F_LABEL:
			f->label = *argv;
			break;
		case F_GROUP:
			if (get_group(&f->group, *argv))
				invarg("Invalid \"group\" value\n", *argv);
			break;
		case F_MASTER:
			f->master = (int)ll_name_to_index(*argv);
			if (!f->master)
				invarg("Device does not exist\n", *argv);
			break;
		case F_VRF:
			f->master = (int)ll_name_to_index(*argv);
			if (!f->master || !link_is_vrf((unsigned)f->master))
				invarg("Not a valid VRF name\n", *argv);
			break;
		case F_NOMASTER:
			f->master = -1;
			break;
		case F_TYPE: {
			size_t l = strlen(*argv);
			if (l >= 6 && streq(*argv + l - 6, "_slave")) {
				(*argv)[l - 6] = 0;
				f->slave_kind = *argv;
			} else {
				f->kind = *argv;
			}
			break;
		}
		default:
			if (CONFIG_IP_ADDR_FILTERS && filter_flag(f, *argv))
				break;
			if (streq(*argv, "dev"))
				NEXT_ARG();
			else if (matches(*argv, "help"))
				filter_usage(f);
			if (f->dev)
				duparg2("dev", *argv);
			f->dev = *argv;
		}
	}
}

int link_filter_ok(const struct link_filter *f, const struct nlmsghdr *n, const struct rtattr **tb)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);

	if (f->up && !(ifi->ifi_flags & IFF_UP))
		return -1;
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	if (!nla_str(tb[IFLA_IFNAME]))
		return -1;
	if (CONFIG_IP_ADDR_FILTERS && f->label)
		return 0;	/* 6.1: a label filter shows addresses only */
	if (!CONFIG_IP_LINK_EXTRA && !CONFIG_IP_ADDR_FILTERS)
		return 1;
	if (f->group >= 0 && tb[IFLA_GROUP] && nla_u32(tb[IFLA_GROUP], 0) != (unsigned)f->group)
		return -1;
	if (f->master > 0 && nla_u32(tb[IFLA_MASTER], 0) != (unsigned)f->master)
		return -1;
	if (f->master < 0 && tb[IFLA_MASTER])
		return -1;	/* nomaster: the kernel's dump leaves them out too */
	if (f->kind && !link_kind_is(tb, f->kind, 0))
		return -1;
	if (f->slave_kind && !link_kind_is(tb, f->slave_kind, 1))
		return -1;
	return 1;
}

/* the filters every address must pass (6.1's print_addrinfo's and ipaddr_filter's) */
static int addr_match(const struct link_filter *f, const struct ifaddrmsg *ifa, const struct rtattr **tb, unsigned flags)
{
	char b[16];

	if (f->ifindex && (unsigned)f->ifindex != ifa->ifa_index)
		return 0;
	if (f->family && f->family != ifa->ifa_family)
		return 0;
	if (!CONFIG_IP_ADDR_FILTERS)
		return 1;
	if ((f->scope ^ ifa->ifa_scope) & f->scopemask)
		return 0;
	if ((f->flags ^ flags) & f->flagmask)
		return 0;
	if (f->label) {
		const char *label = tb[IFA_LABEL] ? nla_data(tb[IFA_LABEL]) : ll_index_to_name(ifa->ifa_index, b);
		if (glob_match(f->label, label))
			return 0;
	}
	if (f->pfx.family && tb[IFA_LOCAL]) {
		const uint8_t *a = nla_data(tb[IFA_LOCAL]);
		int bits = f->pfx.bitlen, len = (int)nla_len(tb[IFA_LOCAL]);
		if (bits > len * 8)
			return 0;
		if (memcmp(a, f->pfx.data, (size_t)bits / 8))
			return 0;
		if (bits % 8) {
			uint8_t m = (uint8_t)(0xff << (8 - bits % 8));
			if ((a[bits / 8] ^ f->pfx.data[bits / 8]) & m)
				return 0;
		}
	}
	return 1;
}

int addr_filter_ok(const struct link_filter *f, const struct nlmsghdr *n)
{
	const struct rtattr *tb[IFA_MAX + 1];

	/* no filter needs the attributes: spare the parse */
	if (!CONFIG_IP_ADDR_FILTERS || (!f->flagmask && !f->label && !f->pfx.family))
		return addr_match(f, NLMSG_DATA(n), tb, 0);
	unsigned flags = addr_parse(n, tb);
	return addr_match(f, NLMSG_DATA(n), tb, flags);
}
