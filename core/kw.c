#include "core/kw.h"
#include "core/ipbox.h"

const struct kw *kw_find(const char *arg, const struct kw *t, size_t n)
{
	for (; n--; t++)
		if (t->exact ? streq(arg, t->word) : matches(arg, t->word))
			return t;
	return NULL;
}

unsigned kw_value(int *argcp, char ***argvp, int (*parse)(unsigned *, const char *), const char *msg)
{
	int argc = *argcp;
	char **argv = *argvp;
	unsigned v;

	NEXT_ARG();
	if (parse(&v, *argv))
		invarg(msg, *argv);
	*argcp = argc;
	*argvp = argv;
	return v;
}

int kw_u32(unsigned *val, const char *arg)
{
	return get_u32(val, arg, 0);
}
