/* Keyword tables: iproute2's chains of matches() and strcmp() as data.
 * A table is searched in order and the first entry ARG selects wins, so
 * a table keeps iproute2's order (where a prefix like "m" lands).  The
 * abbreviation rule is data too: each row says whether any prefix of its
 * word will do (matches()) or only the whole word (strcmp()). */
#ifndef IPBOX_KW_H
#define IPBOX_KW_H

#include <stddef.h>

struct kw {
	const char *word;
	unsigned char exact;	/* KW_EXACT: the whole word only (strcmp());
				 * KW_PREFIX: any prefix (matches()) */
	unsigned char id;	/* the applet's K_* */
	unsigned char type;	/* the applet's data: an attribute type, ... */
	unsigned char flags;	/* the applet's bits */
};

enum { KW_PREFIX, KW_EXACT };

/* The one rule every word table uses: does ARG pick WORDS (one word, or
 * several split by '|')?  EXACT (KW_EXACT): only a whole word, as
 * strcmp(); else any non-empty prefix, as iproute2's matches(). */
int kw_is(const char *arg, const char *words, int exact);

/* the entry ARG selects, or NULL */
const struct kw *kw_find(const char *arg, const struct kw *table, size_t n);
#define KW_FIND(arg, table) kw_find(arg, table, sizeof(table) / sizeof((table)[0]))

/* A subcommand table: the words, and the function that runs them with
 * the words after them; FN NULL: a subcommand this build leaves out.
 * WORD is one word or several split by '|', each taking any prefix, as
 * iproute2's "if (matches(x, "list") == 0 || matches(x, "show") == 0)"
 * (its one strcmp() subcommand, "chg", follows "change", which takes "c"
 * and "ch" first).  A row without FN names one word. */
struct kw_cmd {
	const char *word;
	int (*fn)(int argc, char **argv);
};
/* the first row of T (N rows) that ARG selects, or NULL; a row without
 * FN is not_in_build(APPLET, WORD) */
const struct kw_cmd *kw_cmd(const char *applet, const char *arg, const struct kw_cmd *t, size_t n);
#define KW_CMD(applet, arg, table) kw_cmd(applet, arg, table, sizeof(table) / sizeof((table)[0]))

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
