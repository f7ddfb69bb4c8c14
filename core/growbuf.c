#include "core/growbuf.h"

#include <string.h>
#include <sys/mman.h>

int growbuf_need(struct growbuf *b, size_t need, size_t keep)
{
	size_t len = need > b->cap * 2 ? need : b->cap * 2;
	void *p;

	if (need <= b->cap)
		return 0;
	if (len > (size_t)-1 - 4095)
		return -1;
	len = (len + 4095) & ~(size_t)4095;
	p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return -1;
	if (keep)
		memcpy(p, b->p, keep < b->cap ? keep : b->cap);
	growbuf_free(b);
	b->p = p;
	b->cap = b->mapped = len;
	return 0;
}

void growbuf_free(struct growbuf *b)
{
	if (b->mapped)
		munmap(b->p, b->mapped);
	b->p = NULL;
	b->cap = b->mapped = 0;
}
