/* nsids: the numbers a network namespace gives its peers (RTM_GETNSID),
 * and which /run/netns names stand behind them, as iproute2 keeps them. */
#include "applets/ip/lib/namespace.h"
#include "core/ipbox.h"
#include "core/nl.h"
#include "core/dir.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <linux/net_namespace.h>

static int nsid_cb(const struct nlmsghdr *n, void *arg)
{
	const struct rtattr *tb[NETNSA_MAX + 1];

	if (n->nlmsg_type != RTM_NEWNSID)
		return 0;
	nlmsg_parse(tb, NETNSA_MAX, n, sizeof(struct rtgenmsg));
	if (tb[NETNSA_NSID])
		*(int *)arg = (int)nla_u32(tb[NETNSA_NSID], (uint32_t)-1);
	return 0;
}

int netns_nsid_of(const char *name, int aux)
{
	char buf[64];
	struct nl_req r;
	int id = -1, fd = netns_get_fd(name);

	if (fd < 0)
		return -1;
	nl_req_init(&r, buf, sizeof(buf), RTM_GETNSID, 0, sizeof(struct rtgenmsg));
	nla_put_u32(&r, NETNSA_FD, (uint32_t)fd);
	if (aux)
		nl_get_aux_loud(&r, nsid_cb, &id);
	else
		nl_get(&r, 0, nsid_cb, &id);
	close(fd);
	return id;
}

/* The nsid -> name map, made once per run from /run/netns in readdir
 * order (the first name of a namespace wins), as iproute2's.  Static
 * storage, no malloc: when a host has more names than fit, lookups that
 * miss search the directory again. */
#define MAP_MAX 128
static struct {
	int nsid;
	unsigned short off;
} map[MAP_MAX];
static char pool[16384];
static size_t map_len, pool_len;
static int map_ready, map_full;

static const char *map_find(int nsid, int take)
{
	for (size_t i = 0; nsid >= 0 && i < map_len; i++) {
		if (map[i].nsid == nsid) {
			if (take)
				map[i].nsid = -1;
			return pool + map[i].off;
		}
	}
	return NULL;
}

void netns_map_add(int nsid, const char *name)
{
	size_t n = strlen(name) + 1;

	if (nsid < 0 || map_find(nsid, 0))
		return;
	if (map_len == MAP_MAX || pool_len + n > sizeof(pool)) {
		map_full = 1;
		return;
	}
	memcpy(pool + pool_len, name, n);
	map[map_len].nsid = nsid;
	map[map_len].off = (unsigned short)pool_len;
	map_len++;
	pool_len += n;
}

static int map_one(const char *name, void *aux)
{
	netns_map_add(netns_nsid_of(name, *(int *)aux), name);
	return 0;
}

void netns_map_init(int aux)
{
	if (!map_ready && dir_each(NETNS_RUN_DIR, map_one, &aux) == 0)
		map_ready = 1;
}

struct nsid_search {
	int nsid;
	char name[256];
};

static int search_one(const char *name, void *arg)
{
	struct nsid_search *s = arg;

	if (netns_nsid_of(name, 1) != s->nsid)
		return 0;
	fmt_buf(s->name, sizeof(s->name), "%s", name);
	return 1;
}

const char *netns_name_search(int nsid)
{
	static struct nsid_search s;

	s.nsid = nsid;
	return nsid >= 0 && dir_each(NETNS_RUN_DIR, search_one, &s) == 1 ? s.name : NULL;
}

const char *netns_map_get(int nsid, int take)
{
	const char *name = map_find(nsid, take);

	return name || !map_full || take ? name : netns_name_search(nsid);
}

const char *netns_name_from_nsid(int id)
{
	if (id < 0)
		return NULL;
	netns_map_init(1);	/* called while a link dump streams */
	return netns_map_get(id, 0);
}
