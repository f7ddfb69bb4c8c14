/* The filters of ip address show, flush and save: the words, and the
 * test every address record passes (iproute2's struct filter). */
#include "applets/ip/addr.h"
#include "applets/ip/lib/rtnames.h"
#include "core/glob.h"
#include "core/kw.h"

#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

static void filter_reset(struct addr_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->family = G.family;
	f->group = -1;
}

/* FLAG or -FLAG, "dynamic" and "primary" being the inverse of permanent
 * and secondary; 1 when ARG was one */
static int filter_flag(struct addr_filter *f, const char *arg)
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

/* The selectors of ip address show/flush/save (whole words); anything
 * else is a flag (filter_flag) or the device */
enum { F_TO, F_SCOPE, F_UP, F_LABEL, F_GROUP, F_MASTER, F_VRF, F_NOMASTER, F_TYPE };
static const char filter_words[][9] = {
	[F_TO] = "to", [F_SCOPE] = "scope", [F_UP] = "up", [F_LABEL] = "label",
	[F_GROUP] = "group", [F_MASTER] = "master", [F_VRF] = "vrf",
	[F_NOMASTER] = "nomaster", [F_TYPE] = "type",
};

static int filter_word(const char *arg)
{
	for (int i = 0; CONFIG_IP_ADDR_FILTERS && i < (int)(sizeof(filter_words) / sizeof(filter_words[0])); i++)
		if (streq(arg, filter_words[i]))
			return i;
	return -1;
}

void addr_filter_parse(struct addr_filter *f, int argc, char **argv)
{
	const char *dev = NULL;

	filter_reset(f);
	for (; argc > 0; argc--, argv++) {
		int w = filter_word(*argv);
		unsigned v = 0;
		int grp;

		/* the filter words, and the flags (or -flag) filter_flag takes */
		if (!CONFIG_IP_ADDR_FILTERS) {
			const char *fl = *argv + (**argv == '-');
			kw_unbuilt("ip", *argv, "to scope up label group master vrf nomaster type");
			kw_unbuilt("ip", fl, "dynamic primary");
			if (addr_flag_by_name(fl))
				not_in_build("ip", fl);
		}

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
			if (get_group(&grp, *argv))
				invarg("Invalid \"group\" value\n", *argv);
			f->group = grp;
			break;
		case F_MASTER:
			f->master = ll_name_to_index(*argv);
			if (!f->master)
				invarg("Device does not exist\n", *argv);
			break;
		case F_VRF:
			/* no VRF in ipbox's kernels' reach: iproute2 checks the kind */
			invarg("Not a valid VRF name\n", *argv);
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
				ipaddr_usage();
			if (dev)
				duparg2("dev", *argv);
			dev = *argv;
		}
	}
	f->dev = dev;
}

/* the filters every address must pass (6.1's print_addrinfo's and ipaddr_filter's) */
static int addr_match(const struct addr_filter *f, const struct ifaddrmsg *ifa, const struct rtattr **tb, unsigned flags)
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

int addr_filter_ok(const struct addr_filter *f, const struct nlmsghdr *n)
{
	const struct rtattr *tb[IFA_MAX + 1];

	/* no filter needs the attributes: spare the parse */
	if (!CONFIG_IP_ADDR_FILTERS || (!f->flagmask && !f->label && !f->pfx.family))
		return addr_match(f, NLMSG_DATA(n), tb, 0);
	unsigned flags = addr_parse(n, tb);
	return addr_match(f, NLMSG_DATA(n), tb, flags);
}
