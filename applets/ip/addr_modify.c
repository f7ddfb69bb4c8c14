/* ip address add | change | replace | delete: the words become one
 * RTM_NEWADDR or RTM_DELADDR request (iproute2's ipaddr_modify). */
#include "applets/ip/addr.h"
#include "applets/ip/lib/rtnames.h"

#include <linux/if_addr.h>
#include <string.h>
#include <sys/socket.h>

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

/* the words of add/change/replace/delete, iproute2's order; anything
 * else is a flag or the address */
enum { A_PEER, A_BRD, A_ANY, A_SCOPE, A_DEV, A_LABEL, A_METRIC, A_VALID, A_PREF };
static const struct {
	char word[14];
	unsigned char exact, id;	/* exact: KW_EXACT or KW_PREFIX */
} modify_kw[] = {
	{ "peer|remote", KW_EXACT, A_PEER }, { "broadcast|brd", KW_PREFIX, A_BRD },
	{ "anycast", KW_EXACT, A_ANY }, { "scope", KW_EXACT, A_SCOPE },
	{ "dev", KW_EXACT, A_DEV }, { "label", KW_EXACT, A_LABEL },
	{ "metric", KW_PREFIX, A_METRIC }, { "priority", KW_PREFIX, A_METRIC },
	{ "preference", KW_PREFIX, A_METRIC }, { "valid_lft", KW_PREFIX, A_VALID },
	{ "preferred_lft", KW_PREFIX, A_PREF },
};

static int modify_kw_find(const char *arg)
{
	for (size_t i = 0; i < sizeof(modify_kw) / sizeof(modify_kw[0]); i++)
		if (kw_is(arg, modify_kw[i].word, modify_kw[i].exact))
			return (int)i;
	return -1;
}

/* ARG as an address (PREFIX: or a prefix) of the request's family, which
 * the first address decides; put as attribute TYPE.  Returns its length.
 * (noinline: LTO would copy it into its four callers, +112 bytes) */
__attribute__((noinline)) static int put_addr(struct nl_req *r, struct ifaddrmsg *ifa, int type, inet_prefix *p,
		    const char *arg, int prefix)
{
	if (prefix)
		get_prefix(p, arg, ifa->ifa_family);
	else
		get_addr(p, arg, ifa->ifa_family);
	if (ifa->ifa_family == AF_UNSPEC)
		ifa->ifa_family = (unsigned char)p->family;
	nla_put(r, type, p->data, (size_t)p->bytelen);
	return p->bytelen;
}

static int fail(const char *msg)
{
	err_fmt("%s", msg);
	return RC_LOCAL;
}

/* add, change, replace and delete: iproute2's ipaddr_modify */
int ipaddr_modify(int argc, char **argv, int cmd, int flags)
{
	char buf[NLMSG_SPACE(sizeof(struct ifaddrmsg)) + 256] __attribute__((aligned(4)));
	struct nl_req r;
	struct ifaddrmsg *ifa = nl_req_init(&r, buf, sizeof(buf), cmd, flags, sizeof(*ifa));
	const char *d = NULL, *lcl_arg = NULL, *lft_arg[2] = { NULL, NULL };
	inet_prefix lcl, peer, addr;
	int local_len = 0, peer_len = 0, brd_len = 0, any_len = 0, scoped = 0;
	unsigned lft[2] = { 0xFFFFFFFFu, 0xFFFFFFFFu }, ifa_flags = 0;	/* valid, preferred */

	memset(&lcl, 0, sizeof(lcl));
	memset(&peer, 0, sizeof(peer));
	ifa->ifa_family = (unsigned char)G.family;
	for (; argc > 0; argc--, argv++) {
		int k = modify_kw_find(*argv), id = k < 0 ? -1 : modify_kw[k].id;
		const struct addr_flag *f;
		unsigned v = 0;

		if (id >= A_METRIC)
			in_build(CONFIG_IP_ADDR_LIFETIME, modify_kw[k].word);
		switch (id) {
		case A_PEER:
			NEXT_ARG();
			if (peer_len)
				duparg("peer", *argv);
			peer_len = put_addr(&r, ifa, IFA_ADDRESS, &peer, *argv, 1);
			ifa->ifa_prefixlen = (unsigned char)peer.bitlen;
			break;
		case A_BRD:
			NEXT_ARG();
			if (brd_len)
				duparg("broadcast", *argv);
			if (streq(*argv, "+"))
				brd_len = -1;
			else if (streq(*argv, "-"))
				brd_len = -2;
			else
				brd_len = put_addr(&r, ifa, IFA_BROADCAST, &addr, *argv, 0);
			break;
		case A_ANY:
			NEXT_ARG();
			if (any_len)
				duparg("anycast", *argv);
			any_len = put_addr(&r, ifa, IFA_ANYCAST, &addr, *argv, 0);
			break;
		case A_SCOPE:
			NEXT_ARG();
			if (rt_scope_a2n(&v, *argv))
				invarg("invalid scope value.", *argv);
			ifa->ifa_scope = (unsigned char)v;
			scoped = 1;
			break;
		case A_DEV:
			NEXT_ARG();
			d = *argv;
			break;
		case A_LABEL:
			NEXT_ARG();
			nla_put_strz(&r, IFA_LABEL, *argv);
			break;
		case A_METRIC:
			NEXT_ARG();
			if (get_u32(&v, *argv, 0))
				invarg("\"metric\" value is invalid\n", *argv);
			nla_put_u32(&r, IFA_RT_PRIORITY, v);
			break;
		case A_VALID:
		case A_PREF: {
			int i = modify_kw[k].id == A_PREF;
			const char *word = modify_kw[k].word;
			char msg[24];
			if (lft_arg[i])
				duparg(word, *argv);
			NEXT_ARG();
			lft_arg[i] = *argv;
			if (streq(*argv, "forever"))
				lft[i] = 0xFFFFFFFFu;
			else if (get_u32(&lft[i], *argv, 0)) {
				fmt_buf(msg, sizeof(msg), "%s value", word);
				invarg(msg, *argv);
			}
			break;
		}
		default:
			if ((f = addr_flag_by_name(*argv))) {
				if (f->mask & ADDR_FLAGS_READONLY)
					err_fmt("Warning: %s option is not mutable from userspace\n", f->name);
				else if ((f->mask & ADDR_FLAGS_V6ONLY) && ifa->ifa_family != AF_INET6)
					err_fmt("Warning: %s option can be set only for IPv6 addresses\n", f->name);
				else
					ifa_flags |= f->mask;
				break;
			}
			if (streq(*argv, "local"))
				NEXT_ARG();
			if (matches(*argv, "help"))
				ipaddr_usage();
			if (local_len)
				duparg2("local", *argv);
			lcl_arg = *argv;
			local_len = put_addr(&r, ifa, IFA_LOCAL, &lcl, *argv, 1);
		}
	}
	if (ifa_flags <= 0xff)
		ifa->ifa_flags = (unsigned char)ifa_flags;
	else
		nla_put_u32(&r, IFA_FLAGS, ifa_flags);

	if (!d)
		return fail("Not enough information: \"dev\" argument is required.\n");
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
		if (ifa->ifa_family != AF_INET)
			return fail("Broadcast can be set only for IPv4 addresses\n");
		if (peer.bitlen <= 30) {
			for (int i = 31; i >= peer.bitlen; i--) {
				uint8_t bit = (uint8_t)(0x80 >> (i % 8));
				if (brd_len == -1)
					peer.data[i / 8] |= bit;
				else
					peer.data[i / 8] &= (uint8_t)~bit;
			}
			nla_put(&r, IFA_BROADCAST, peer.data, (size_t)peer.bytelen);
		}
	}
	if (!scoped && cmd != RTM_DELADDR)
		ifa->ifa_scope = (unsigned char)default_scope(&lcl);

	ifa->ifa_index = ll_name_to_index(d);
	if (!ifa->ifa_index) {
		err_fmt("Cannot find device \"%s\"\n", d);
		return RC_LOCAL;
	}
	if (CONFIG_IP_ADDR_LIFETIME && (lft_arg[0] || lft_arg[1])) {
		struct ifa_cacheinfo ci = { .ifa_prefered = lft[1], .ifa_valid = lft[0] };
		if (!lft[0])
			return fail("valid_lft is zero\n");
		if (lft[0] < lft[1])
			return fail("preferred_lft is greater than valid_lft\n");
		nla_put(&r, IFA_CACHEINFO, &ci, sizeof(ci));
	}
	if ((ifa_flags & IFA_F_MCAUTOJOIN) && !is_multicast(&lcl))
		return fail("autojoin needs multicast address\n");
	if (nl_talk(&r, 0) < 0)
		return RC_KERNEL;
	return RC_OK;
}
