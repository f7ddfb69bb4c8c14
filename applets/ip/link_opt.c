/* A link kind's options as data: the rows of a struct link_opts read
 * "WORD [VALUE]" into the attributes of IFLA_INFO_DATA, with iproute2
 * 6.1's error texts (invarg, duparg2), so that a kind is mostly its
 * table. */
#include "applets/ip/ip.h"

int link_opt_badarg(const char *key, const char *what, const char *val)
{
	err_fmt("Error: argument of \"%s\" must be %s, not \"%s\"\n", key, what, val);
	return -1;
}

/* iproute2's check_duparg: each attribute once */
void link_opt_once(uint64_t *seen, unsigned attr, const char *key, const char *arg)
{
	if (*seen >> attr & 1)
		duparg2(key, arg);
	*seen |= 1ULL << attr;
}

unsigned link_opt_number(const struct link_opt *o, const char *arg)
{
	unsigned long long v;

	if (((o->flags & OPT_NONE) && streq(arg, "none")) ||
	    ((o->flags & OPT_UNLIMITED) && streq(arg, "unlimited")))
		return 0;
	if (get_u64(&v, arg, o->flags & OPT_HEX ? 16 : 0) || v >> o->val)
		invarg(o->msg, arg);
	return (unsigned)v;
}

static unsigned word_index(const struct link_opt *o, const char *arg)
{
	for (unsigned i = 1; o->words[i]; i++)
		if (kw_is(arg, o->words[i], KW_EXACT))
			return i - 1;
	invarg(o->words[0], arg);
}

int link_opts_parse(const struct link_opts *k, int argc, char **argv, struct nl_req *r, uint64_t *seen, void *st)
{
	for (; argc > 0; argc--, argv++) {
		const struct link_opt *o = k->opts, *first = k->opts;
		const char *key = *argv;
		unsigned v;

		while (o->word && !kw_is(*argv, o->word, o->flags & OPT_WHOLE))
			o++;
		if (!o->word) {
			if (!matches(*argv, "help"))
				err_fmt("%s \"%s\"?\n", k->unknown, *argv);
			err_str(k->usage);
			return -1;
		}
		/* a value follows: the first row of the attribute names it in
		 * "duplicate" errors ("flowlabel" for "label") */
		if (o->type > OPT_SET && (o->type != OPT_KIND || (o->flags & OPT_VALUE))) {
			while (first->attr != o->attr)
				first++;
			key = first->word;
			NEXT_ARG();
		}
		if (!(o->flags & OPT_AGAIN))
			link_opt_once(seen, o->attr, key, *argv);
		switch (o->type) {
		case OPT_FLAG:
			nla_put_flag(r, o->attr);
			continue;
		case OPT_SET:
			v = o->val;
			break;
		case OPT_WORDS:
			v = word_index(o, *argv);
			break;
		case OPT_DEV:
			v = ll_name_to_index(*argv);
			if (!v) {
				err_fmt("Cannot find device \"%s\"\n", *argv);
				ipbox_exit(RC_USAGE);
			}
			nla_put_u32(r, o->attr, v);
			continue;
		case OPT_KIND:
			if (k->custom(o, &argc, &argv, r, st))
				return -1;
			continue;
		default:
			v = link_opt_number(o, *argv);
		}
		switch (o->type) {
		case OPT_U16:
			nla_put_u16(r, o->attr, (uint16_t)v);
			break;
		case OPT_BE16:
			nla_put_u16(r, o->attr, be16((uint16_t)v));
			break;
		case OPT_U32:
			nla_put_u32(r, o->attr, v);
			break;
		case OPT_BE32:
			nla_put_u32(r, o->attr, be32(v));
			break;
		default:
			nla_put_u8(r, o->attr, (uint8_t)v);
		}
	}
	return 0;
}
