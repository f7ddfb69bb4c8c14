/* nsids: the numbers a network namespace gives its peers (RTM_GETNSID),
 * and which /run/netns names stand behind them, as iproute2 keeps them. */
#include "core/netns.h"
#include "core/ipbox.h"
#include "core/nl.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
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
		nl_get_aux(&r, nsid_cb, &id);
	else
		nl_get(&r, 0, nsid_cb, &id);
	close(fd);
	return id;
}

/* The nsid -> name map, made once per run from /run/netns in readdir
 * order (the first name of a namespace wins), as iproute2's. */
static struct nsid_name {
	int nsid;
	char *name;
} *map;
static size_t map_len;
static int map_ready;

static struct nsid_name *map_find(int nsid)
{
	for (size_t i = 0; nsid >= 0 && i < map_len; i++)
		if (map[i].nsid == nsid)
			return &map[i];
	return NULL;
}

void netns_map_add(int nsid, const char *name)
{
	struct nsid_name *m;

	if (nsid < 0 || map_find(nsid) || !(m = realloc(map, (map_len + 1) * sizeof(*m))))
		return;
	map = m;
	map[map_len].nsid = nsid;
	if ((map[map_len].name = strdup(name)))
		map_len++;
}

void netns_map_init(int aux)
{
	struct dirent *e;
	DIR *dir;

	if (map_ready || !(dir = opendir(NETNS_RUN_DIR)))
		return;
	while ((e = readdir(dir))) {
		if (streq(e->d_name, ".") || streq(e->d_name, ".."))
			continue;
		netns_map_add(netns_nsid_of(e->d_name, aux), e->d_name);
	}
	closedir(dir);
	map_ready = 1;
}

const char *netns_map_get(int nsid, int take)
{
	struct nsid_name *m = map_find(nsid);

	if (!m)
		return NULL;
	if (take)
		m->nsid = -1;	/* the name stays valid until exit */
	return m->name;
}

const char *netns_name_from_nsid(int id)
{
	if (id < 0)
		return NULL;
	netns_map_init(1);	/* called while a link dump streams */
	return netns_map_get(id, 0);
}
