#include "core/ll.h"
#include "core/ifname.h"
#include "core/nl.h"
#include "core/ipbox.h"

#include <linux/if.h>
#include <string.h>

/* Direct-mapped by index: bounded, never the whole dump. */
#define LL_SLOTS 64
static struct {
	unsigned idx;
	unsigned flags;
	char name[IFNAMSIZ];
} ll_cache[LL_SLOTS];

void ll_remember(unsigned idx, const char *name, unsigned flags)
{
	unsigned s = idx % LL_SLOTS;
	size_t len = strlen(name);

	if (!idx || len >= IFNAMSIZ)
		return;
	ll_cache[s].idx = idx;
	ll_cache[s].flags = flags;
	memcpy(ll_cache[s].name, name, len + 1);
}

static int got_link(const struct nlmsghdr *n, void *arg)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct rtattr *tb[IFLA_MAX + 1];
	const char *name;

	if (n->nlmsg_type != RTM_NEWLINK || n->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return -1;
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	name = nla_str(tb[IFLA_IFNAME]);
	if (!name)
		return -1;
	ll_remember((unsigned)ifi->ifi_index, name, ifi->ifi_flags);
	*(unsigned *)arg = (unsigned)ifi->ifi_index;
	return 0;
}

int ll_check_ifname(const char *name, size_t max)
{
	if (!*name || (max && strlen(name) >= max))
		return -1;
	for (; *name; name++)
		if (*name == '/' || *name == ' ' || (*name >= '\t' && *name <= '\r'))
			return -1;
	return 0;
}

int ll_name_attr(const char *name)
{
	return ll_check_ifname(name, IFNAMSIZ) ? IFLA_ALT_IFNAME : IFLA_IFNAME;
}

void ll_link_req(struct nl_req *r, void *buf, size_t cap, int family, unsigned idx,
		 const char *name, unsigned mask)
{
	struct ifinfomsg *ifi = nl_req_init(r, buf, cap, RTM_GETLINK, 0, sizeof(*ifi));

	ifi->ifi_family = (unsigned char)family;
	ifi->ifi_index = (int)idx;
	if (name)
		nla_put_strz(r, ll_name_attr(name), name);
	if (mask)
		nla_put_u32(r, IFLA_EXT_MASK, mask);
}

/* a name up to ALTIFNAMSIZ fits; no VF data or counters: a PF with many
 * VFs answers in a few hundred bytes */
static unsigned getlink(unsigned idx, const char *name)
{
	char buf[256];
	struct nl_req r;
	unsigned found = 0;

	ll_link_req(&r, buf, sizeof(buf), 0, idx, name, RTEXT_FILTER_SKIP_STATS);
	if (nl_get_aux(&r, got_link, &found) < 0)
		return 0;
	return found;
}

unsigned ll_name_to_index(const char *name)
{
	unsigned idx;

	if (!name || !*name)
		return 0;
	for (int i = 0; i < LL_SLOTS; i++)
		if (ll_cache[i].idx && streq(ll_cache[i].name, name))
			return ll_cache[i].idx;
	if (strlen(name) < ALTIFNAMSIZ && (idx = getlink(0, name)))
		return idx;
	/* iproute2 then tries if_nametoindex(), whose ioctl drops an
	 * ":alias" suffix: "eth0:1" names eth0 */
	if (strchr(name, ':') && (idx = ll_ioctl_index(name)))
		return idx;
	/* iproute2's last resort: "if7" names index 7 */
	if (name[0] == 'i' && name[1] == 'f' && !get_u32(&idx, name + 2, 10))
		return idx;
	return 0;
}

/* a link later in the datagram of a running link dump (a veth's peer
 * usually is): remember it without a round trip */
static int ahead(unsigned idx)
{
	size_t len;
	const char *p = nl_dump_ahead(&len);
	unsigned found = 0;

	if (!p)
		return 0;
	for (ssize_t rem = (ssize_t)len, next; rem >= (ssize_t)NLMSG_HDRLEN; p += next, rem -= next) {
		const struct nlmsghdr *n = (const struct nlmsghdr *)p;
		const struct ifinfomsg *ifi = NLMSG_DATA(n);
		if (n->nlmsg_len < NLMSG_HDRLEN || (ssize_t)n->nlmsg_len > rem)
			break;
		next = (ssize_t)NLMSG_ALIGN(n->nlmsg_len);
		if (n->nlmsg_type == RTM_NEWLINK && n->nlmsg_len >= NLMSG_LENGTH(sizeof(*ifi)) &&
		    (unsigned)ifi->ifi_index == idx)
			return got_link(n, &found) == 0 && found == idx;
	}
	return 0;
}

static int cached(unsigned idx)
{
	unsigned s = idx % LL_SLOTS;
	return ll_cache[s].idx == idx || ahead(idx) || getlink(idx, NULL) == idx;
}

const char *ll_index_to_name(unsigned idx, char buf[16])
{
	if (!idx)
		return "*";
	if (cached(idx))
		return ll_cache[idx % LL_SLOTS].name;
	fmt_buf(buf, 16, "if%u", idx);
	return buf;
}

long ll_index_to_flags(unsigned idx)
{
	if (!idx || !cached(idx))
		return -1;
	return ll_cache[idx % LL_SLOTS].flags;
}

void ll_forget(void)
{
	memset(ll_cache, 0, sizeof(ll_cache));
}
