/* Keyword tables: iproute2's chains of matches() and strcmp() as data.
 * A table is searched in order and the first entry ARG selects wins, so
 * a table keeps iproute2's order (where a prefix like "m" lands). */
#ifndef IPBOX_KW_H
#define IPBOX_KW_H

#include <stddef.h>

struct kw {
	const char *word;
	unsigned char exact;	/* 1: the whole word only; 0: any prefix */
	unsigned char id;	/* the applet's K_* */
	unsigned char type;	/* the applet's data: an attribute type, ... */
	unsigned char flags;	/* the applet's bits */
};

/* the entry ARG selects, or NULL */
const struct kw *kw_find(const char *arg, const struct kw *table, size_t n);
#define KW_FIND(arg, table) kw_find(arg, table, sizeof(table) / sizeof((table)[0]))

/* The words of a table this build leaves out (a Kconfig symbol is off),
 * kept as one short list so it can still refuse them: not_in_build(APPLET,
 * WORD) when ARG is a word of LIST (split by spaces; a '*' after a word takes
 * any prefix of it, as matches()), else nothing.  LIST "" checks nothing. */
void kw_unbuilt(const char *applet, const char *arg, const char *list);

/* "KEYWORD VALUE": NEXT_ARG(), then VALUE by PARSE (0 ok), else
 * invarg(MSG, VALUE); *ARGVP is left on VALUE */
unsigned kw_value(int *argcp, char ***argvp, int (*parse)(unsigned *, const char *), const char *msg);
/* PARSE for kw_value: iproute2's get_unsigned (base 0) */
int kw_u32(unsigned *val, const char *arg);

#endif
