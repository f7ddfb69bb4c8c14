#include "applets/ip/lib/dumpfile.h"
#include "core/nl.h"
#include "core/ll.h"

#include <errno.h>

int dumpfile_restore(struct nlmsghdr *n, void *arg)
{
	struct nl_req r = { n, n->nlmsg_len, 0 };

	(void)arg;
	n->nlmsg_flags |= NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK;
	ll_forget();
	int e = nl_talk(&r, 0);
	return e == -EEXIST ? 0 : e;
}
