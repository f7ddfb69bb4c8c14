/* One address record as iproute2 6.1's print_addrinfo prints it, and
 * the address flags' names (printing, filters and add share them). */
#include "applets/ip/addr.h"
#include "applets/ip/lib/hosts.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

/* iproute2's ifa_flag_data[], in its order: printing, filters and the
 * add/change keywords all use it */
const struct addr_flag addr_flags[] = {
	{ "secondary", IFA_F_SECONDARY },
	{ "temporary", IFA_F_SECONDARY },
	{ "nodad", IFA_F_NODAD },
	{ "optimistic", IFA_F_OPTIMISTIC },
	{ "dadfailed", IFA_F_DADFAILED },
	{ "home", IFA_F_HOMEADDRESS },
	{ "deprecated", IFA_F_DEPRECATED },
	{ "tentative", IFA_F_TENTATIVE },
	{ "permanent", IFA_F_PERMANENT },
	{ "mngtmpaddr", IFA_F_MANAGETEMPADDR },
	{ "noprefixroute", IFA_F_NOPREFIXROUTE },
	{ "autojoin", IFA_F_MCAUTOJOIN },
	{ "stable-privacy", IFA_F_STABLE_PRIVACY },
	{ "", 0 },
};

const struct addr_flag *addr_flag_by_name(const char *name)
{
	for (const struct addr_flag *f = addr_flags; f->mask; f++)
		if (streq(f->name, name))
			return f;
	return NULL;
}

unsigned addr_parse(const struct nlmsghdr *n, const struct rtattr **tb)
{
	const struct ifaddrmsg *ifa = NLMSG_DATA(n);

	nlmsg_parse(tb, IFA_MAX, n, sizeof(*ifa));
	if (!tb[IFA_LOCAL])
		tb[IFA_LOCAL] = tb[IFA_ADDRESS];
	if (!tb[IFA_ADDRESS])
		tb[IFA_ADDRESS] = tb[IFA_LOCAL];
	return tb[IFA_FLAGS] ? nla_u32(tb[IFA_FLAGS], 0) : ifa->ifa_flags;
}

static void print_ifa_flags(const struct ifaddrmsg *ifa, unsigned flags)
{
	for (const struct addr_flag *f = addr_flags; f->mask; f++) {
		if (f->mask == IFA_F_PERMANENT) {
			if (!(flags & f->mask))
				pr_bool(PR_ANY, "dynamic", "dynamic ", 1);
		} else if (flags & f->mask) {
			if (f->mask == IFA_F_SECONDARY && ifa->ifa_family == AF_INET6) {
				pr_bool(PR_ANY, "temporary", "temporary ", 1);
			} else {
				pr_string(PR_TEXT, NULL, "%s ", f->name);
				pr_bool(PR_JSON, f->name, NULL, 1);
			}
		}
		flags &= ~f->mask;
	}
	if (flags) {
		char b[16];
		fmt_buf(b, sizeof(b), "%02x", flags);
		pr_string(PR_ANY, "ifa_flags", "flags %s ", b);
	}
}

/* iproute2's format_host_rta, in the family's colour: the address, or
 * its name with -r */
static void print_addr_attr(int af, const char *key, const char *fmt, const struct rtattr *a)
{
	char buf[ADDR_BUF];
	const char *s = "???";

	if (nla_len(a) >= (af == AF_INET ? 4u : 16u) && (af == AF_INET || af == AF_INET6))
		s = format_host(af, nla_data(a), buf);
	pr_color_string(PR_ANY, pr_family_color(af), key, fmt, s);
}

/* valid_lft / preferred_lft: seconds, "forever" in text for all ones */
static void print_lft(const char *key, const char *fmt, unsigned v)
{
	if (v == 0xFFFFFFFFu) {
		pr_uint(PR_JSON, key, NULL, v);
		pr_text("forever");
	} else if (fmt[1] == 'd') {
		pr_int(PR_ANY, key, fmt, (int)v);
	} else {
		pr_uint(PR_ANY, key, fmt, v);
	}
}

/* print one RTM_NEWADDR/RTM_DELADDR record (filters already applied) */
void print_addrinfo(const struct nlmsghdr *n, int with_dev)
{
	const struct ifaddrmsg *ifa = NLMSG_DATA(n);
	const struct rtattr *tb[IFA_MAX + 1];
	char b[ADDR_BUF];
	unsigned flags = addr_parse(n, tb);
	int af = ifa->ifa_family;

	if (n->nlmsg_type == RTM_DELADDR)
		pr_bool(PR_ANY, "deleted", "Deleted ", 1);
	if (!G.brief) {
		if (with_dev) {
			pr_uint(PR_ANY, "index", "%u: ", ifa->ifa_index);
			pr_string(PR_ANY, "dev", "%s", ll_index_to_name(ifa->ifa_index, b));
		}
		const char *fam = family_name(af);
		if (*fam != '?')
			pr_string(PR_ANY, "family", "    %s ", fam);
		else
			pr_int(PR_ANY, "family_index", "    family %d ", af);
	}
	if (tb[IFA_LOCAL]) {
		unsigned alen = af == AF_INET ? 4 : 16;
		print_addr_attr(af, "local", "%s", tb[IFA_LOCAL]);
		if (nla_len(tb[IFA_ADDRESS]) >= alen && nla_len(tb[IFA_LOCAL]) >= alen &&
		    memcmp(nla_data(tb[IFA_ADDRESS]), nla_data(tb[IFA_LOCAL]), alen)) {
			pr_text(" peer ");
			print_addr_attr(af, "address", "%s", tb[IFA_ADDRESS]);
		}
		pr_int(PR_ANY, "prefixlen", "/%d ", ifa->ifa_prefixlen);
		if (tb[IFA_RT_PRIORITY])
			pr_uint(PR_ANY, "metric", "metric %u ", nla_u32(tb[IFA_RT_PRIORITY], 0));
	}
	if (G.brief)
		return;
	if (tb[IFA_BROADCAST]) {
		pr_text("brd ");
		print_addr_attr(af, "broadcast", "%s ", tb[IFA_BROADCAST]);
	}
	if (tb[IFA_ANYCAST]) {
		pr_text("any ");
		print_addr_attr(af, "anycast", "%s ", tb[IFA_ANYCAST]);
	}
	pr_string(PR_ANY, "scope", "scope %s ", rt_scope_n2a(ifa->ifa_scope, b));
	print_ifa_flags(ifa, flags);
	if (tb[IFA_LABEL] && nla_str(tb[IFA_LABEL]))
		pr_string(PR_ANY, "label", "%s", nla_str(tb[IFA_LABEL]));
	if (tb[IFA_CACHEINFO] && nla_len(tb[IFA_CACHEINFO]) >= sizeof(struct ifa_cacheinfo)) {
		struct ifa_cacheinfo ci;
		memcpy(&ci, nla_data(tb[IFA_CACHEINFO]), sizeof(ci));
		pr_nl();
		pr_text("       valid_lft ");
		print_lft("valid_life_time", "%usec", ci.ifa_valid);
		pr_text(" preferred_lft ");
		/* a deprecated address's is negative past its end */
		print_lft("preferred_life_time", flags & IFA_F_DEPRECATED ? "%dsec" : "%usec", ci.ifa_prefered);
	}
	pr_text("\n");
}
