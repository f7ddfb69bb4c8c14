/* iproute2's "...: %s\n" with strerror(errno) at the end, said once. */
#include "core/out.h"

#include <errno.h>

void err_errno(const char *fmt, ...)
{
	int e = errno;
	va_list ap;

	va_start(ap, fmt);
	err_vfmt(fmt, ap, errtext(e));
	va_end(ap);
}
