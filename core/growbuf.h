/* Memory outside malloc, which stays out of the static binary: a buffer
 * that starts as static storage and moves to an anonymous mapping when
 * it must grow.
 *
 *	static char store[16384];
 *	static struct growbuf b = { store, sizeof(store), 0 };
 *	if (growbuf_need(&b, len, used) < 0)
 *		...;	// no memory: b is unchanged
 */
#ifndef IPBOX_GROWBUF_H
#define IPBOX_GROWBUF_H

#include <stddef.h>

struct growbuf {
	char *p;
	size_t cap;
	size_t mapped;		/* bytes mapped at p; 0 while p is static storage */
};

/* Room for NEED bytes: a buffer too small moves to a mapping at least
 * twice its size, in whole pages, taking its first KEEP bytes along (the
 * old mapping is given back).  0, or -1 when there is no memory. */
int growbuf_need(struct growbuf *b, size_t need, size_t keep);
/* give back B's mapping, if any; B is then empty */
void growbuf_free(struct growbuf *b);

#endif
