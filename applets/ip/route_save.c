/* ip route save | showdump | restore: iproute2's binary format (a magic
 * word, then the kernel's RTM_NEWROUTE records), so either tool reads
 * what the other saved. */
#include "applets/ip/route.h"
#include "applets/ip/lib/dumpfile.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

static const uint32_t route_magic = 0x45311224;

int route_save_start(void)
{
	return dumpfile_start(route_magic);	/* before the selector is parsed, as 6.1 */
}

static int show_cb(struct nlmsghdr *n, void *arg)
{
	print_route(n, arg);
	return 0;
}

int route_showdump(void)
{
	if (dumpfile_magic(route_magic, "route"))
		return RC_LOCAL;
	struct route_filter zero = { 0 };	/* iproute2 shows with a zeroed filter */

	pr_set_json(0);			/* and starts no JSON output */
	return dumpfile_each(show_cb, &zero) < 0 ? RC_KERNEL : RC_OK;
}

static int same_attr(const struct rtattr *a, const struct rtattr *b)
{
	return a && b && a->rta_len == b->rta_len && !memcmp(nla_data(a), nla_data(b), nla_len(a));
}

/* iproute2 restores in three passes: routes to local addresses, then to
 * local networks, then through gateways */
static int restore_cb(struct nlmsghdr *n, void *arg)
{
	const struct rtattr *tb[RTA_MAX + 1];
	int prio = *(int *)arg;

	nlmsg_parse(tb, RTA_MAX, n, sizeof(struct rtmsg));
	int gw = tb[RTA_GATEWAY] != NULL, src = tb[RTA_PREFSRC] != NULL;
	int own = !src || same_attr(tb[RTA_PREFSRC], tb[RTA_DST]);
	if (!(prio == 0 && !gw && own) && !(prio == 1 && !gw && src && !own) && !(prio == 2 && gw))
		return 0;
	return dumpfile_restore(n, NULL);
}

int route_restore(void)
{
	if (dumpfile_magic(route_magic, "route"))
		return RC_LOCAL;
	off_t pos = lseek(0, 0, SEEK_CUR);
	if (pos < 0) {
		err_fmt("Failed to restore: ftell: %s\n", errtext(errno));
		return RC_LOCAL;
	}
	for (int prio = 0; prio < 3; prio++) {
		if (dumpfile_each(restore_cb, &prio))
			return RC_KERNEL;
		if (lseek(0, pos, SEEK_SET) < 0) {
			err_fmt("Failed to restore: fseek: %s\n", errtext(errno));
			return RC_LOCAL;
		}
	}
	return RC_OK;
}
