#include "core/kw.h"
#include "core/ipbox.h"


int kw_is(const char *arg, const char *w, int exact)
{
	do {
		const char *a = arg;
		while (*a && *a == *w && *w != '|')
			a++, w++;
		if (!*a && a != arg && (!exact || !*w || *w == '|'))
			return 1;
		while (*w && *w != '|')
			w++;
	} while (*w++);
	return 0;
}

const struct kw *kw_find(const char *arg, const struct kw *t, size_t n)
{
	for (; n--; t++)
		if (kw_is(arg, t->word, t->exact))
			return t;
	return NULL;
}

const struct kw_cmd *kw_cmd(const char *applet, const char *arg, const struct kw_cmd *t, size_t n)
{
	for (; n--; t++) {
		if (!kw_is(arg, t->word, 0))
			continue;
		if (!t->fn)
			not_in_build(applet, t->word);
		return t;
	}
	return NULL;
}

void kw_unbuilt(const char *applet, const char *arg, const char *list)
{
	char w[24];

	while (*list) {
		size_t n = 0;
		while (*list && *list != ' ' && *list != '*' && n < sizeof(w) - 1)
			w[n++] = *list++;
		w[n] = 0;
		if (*list == '*' ? matches(arg, w) : streq(arg, w))
			not_in_build(applet, w);
		while (*list == ' ' || *list == '*')
			list++;
	}
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
