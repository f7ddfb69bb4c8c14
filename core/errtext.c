#include "core/out.h"

/* glibc's strerror() texts for the errors ipbox can meet.  iproute2 prints
 * glibc's words ("Cannot assign requested address"); musl's differ
 * ("Address not available"), so ipbox carries its own.  Each entry is the
 * errno as one byte followed by its text. */
static const char texts[] =
	"\001Operation not permitted\0"
	"\002No such file or directory\0"
	"\003No such process\0"
	"\004Interrupted system call\0"
	"\005Input/output error\0"
	"\006No such device or address\0"
	"\007Argument list too long\0"
	"\010Exec format error\0"
	"\011Bad file descriptor\0"
	"\012No child processes\0"
	"\013Resource temporarily unavailable\0"
	"\014Cannot allocate memory\0"
	"\015Permission denied\0"
	"\016Bad address\0"
	"\020Device or resource busy\0"
	"\021File exists\0"
	"\022Invalid cross-device link\0"
	"\023No such device\0"
	"\024Not a directory\0"
	"\025Is a directory\0"
	"\026Invalid argument\0"
	"\027Too many open files in system\0"
	"\030Too many open files\0"
	"\031Inappropriate ioctl for device\0"
	"\032Text file busy\0"
	"\033File too large\0"
	"\034No space left on device\0"
	"\035Illegal seek\0"
	"\036Read-only file system\0"
	"\037Too many links\0"
	"\040Broken pipe\0"
	"\041Numerical argument out of domain\0"
	"\042Numerical result out of range\0"
	"\043Resource deadlock avoided\0"
	"\044File name too long\0"
	"\045No locks available\0"
	"\046Function not implemented\0"
	"\047Directory not empty\0"
	"\050Too many levels of symbolic links\0"
	"\052No message of desired type\0"
	"\075No data available\0"
	"\103Link has been severed\0"
	"\107Protocol error\0"
	"\112Bad message\0"
	"\113Value too large for defined data type\0"
	"\130Socket operation on non-socket\0"
	"\131Destination address required\0"
	"\132Message too long\0"
	"\133Protocol wrong type for socket\0"
	"\134Protocol not available\0"
	"\135Protocol not supported\0"
	"\137Operation not supported\0"
	"\140Protocol family not supported\0"
	"\141Address family not supported by protocol\0"
	"\142Address already in use\0"
	"\143Cannot assign requested address\0"
	"\144Network is down\0"
	"\145Network is unreachable\0"
	"\146Network dropped connection on reset\0"
	"\147Software caused connection abort\0"
	"\150Connection reset by peer\0"
	"\151No buffer space available\0"
	"\152Transport endpoint is already connected\0"
	"\153Transport endpoint is not connected\0"
	"\156Connection timed out\0"
	"\157Connection refused\0"
	"\160Host is down\0"
	"\161No route to host\0"
	"\162Operation already in progress\0"
	"\163Operation now in progress\0"
	"\175Operation canceled\0"
	"\176Required key not available\0";

const char *errtext(int err)
{
	static char unknown[32];
	const char *p = texts;

	while (p < texts + sizeof(texts) - 1) {
		const char *s = p + 1;
		if ((unsigned char)*p == err)
			return s;
		while (*p)
			p++;
		p++;
	}
	fmt_buf(unknown, sizeof(unknown), "Unknown error %d", err);
	return unknown;
}
