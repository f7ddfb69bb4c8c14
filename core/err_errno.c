/* iproute2's "...: %s\n" with strerror(errno) at the end, said once. */
#include "core/out.h"

#include <errno.h>

void err_errno(const char *fmt, ...)
{
	int e = errno;
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vfmt_buf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	err_fmt("%s%s\n", buf, errtext(e));
}
