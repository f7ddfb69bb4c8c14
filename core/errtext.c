#include "core/out.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

/* glibc's strerror() texts for the errors ipbox can meet.  iproute2 prints
 * glibc's words ("Cannot assign requested address"); musl's differ
 * ("Address not available"), so ipbox carries its own, one after the
 * other. */
static const char texts[] =
	"Operation not permitted\0"	/* EPERM */
	"No such file or directory\0"	/* ENOENT */
	"No such process\0"	/* ESRCH */
	"Interrupted system call\0"	/* EINTR */
	"Input/output error\0"	/* EIO */
	"No such device or address\0"	/* ENXIO */
	"Argument list too long\0"	/* E2BIG */
	"Exec format error\0"	/* ENOEXEC */
	"Bad file descriptor\0"	/* EBADF */
	"No child processes\0"	/* ECHILD */
	"Resource temporarily unavailable\0"	/* EAGAIN */
	"Cannot allocate memory\0"	/* ENOMEM */
	"Permission denied\0"	/* EACCES */
	"Bad address\0"	/* EFAULT */
	"Device or resource busy\0"	/* EBUSY */
	"File exists\0"	/* EEXIST */
	"Invalid cross-device link\0"	/* EXDEV */
	"No such device\0"	/* ENODEV */
	"Not a directory\0"	/* ENOTDIR */
	"Is a directory\0"	/* EISDIR */
	"Invalid argument\0"	/* EINVAL */
	"Too many open files in system\0"	/* ENFILE */
	"Too many open files\0"	/* EMFILE */
	"Inappropriate ioctl for device\0"	/* ENOTTY */
	"Text file busy\0"	/* ETXTBSY */
	"File too large\0"	/* EFBIG */
	"No space left on device\0"	/* ENOSPC */
	"Illegal seek\0"	/* ESPIPE */
	"Read-only file system\0"	/* EROFS */
	"Too many links\0"	/* EMLINK */
	"Broken pipe\0"	/* EPIPE */
	"Numerical argument out of domain\0"	/* EDOM */
	"Numerical result out of range\0"	/* ERANGE */
	"Resource deadlock avoided\0"	/* EDEADLK */
	"File name too long\0"	/* ENAMETOOLONG */
	"No locks available\0"	/* ENOLCK */
	"Function not implemented\0"	/* ENOSYS */
	"Directory not empty\0"	/* ENOTEMPTY */
	"Too many levels of symbolic links\0"	/* ELOOP */
	"No message of desired type\0"	/* ENOMSG */
	"No data available\0"	/* ENODATA */
	"Link has been severed\0"	/* ENOLINK */
	"Protocol error\0"	/* EPROTO */
	"Bad message\0"	/* EBADMSG */
	"Value too large for defined data type\0"	/* EOVERFLOW */
	"Socket operation on non-socket\0"	/* ENOTSOCK */
	"Destination address required\0"	/* EDESTADDRREQ */
	"Message too long\0"	/* EMSGSIZE */
	"Protocol wrong type for socket\0"	/* EPROTOTYPE */
	"Protocol not available\0"	/* ENOPROTOOPT */
	"Protocol not supported\0"	/* EPROTONOSUPPORT */
	"Operation not supported\0"	/* EOPNOTSUPP */
	"Protocol family not supported\0"	/* EPFNOSUPPORT */
	"Address family not supported by protocol\0"	/* EAFNOSUPPORT */
	"Address already in use\0"	/* EADDRINUSE */
	"Cannot assign requested address\0"	/* EADDRNOTAVAIL */
	"Network is down\0"	/* ENETDOWN */
	"Network is unreachable\0"	/* ENETUNREACH */
	"Network dropped connection on reset\0"	/* ENETRESET */
	"Software caused connection abort\0"	/* ECONNABORTED */
	"Connection reset by peer\0"	/* ECONNRESET */
	"No buffer space available\0"	/* ENOBUFS */
	"Transport endpoint is already connected\0"	/* EISCONN */
	"Transport endpoint is not connected\0"	/* ENOTCONN */
	"Connection timed out\0"	/* ETIMEDOUT */
	"Connection refused\0"	/* ECONNREFUSED */
	"Host is down\0"	/* EHOSTDOWN */
	"No route to host\0"	/* EHOSTUNREACH */
	"Operation already in progress\0"	/* EALREADY */
	"Operation now in progress\0"	/* EINPROGRESS */
	"Operation canceled\0"	/* ECANCELED */
	"Required key not available\0"	/* ENOKEY */;

/* their numbers, in the same order: by name, since they differ between
 * architectures (MIPS, Alpha, SPARC, PA-RISC number most of them apart) */
static const unsigned short nums[] = {
	EPERM, ENOENT, ESRCH, EINTR, EIO, ENXIO, E2BIG, ENOEXEC, EBADF, ECHILD,
	EAGAIN, ENOMEM, EACCES, EFAULT, EBUSY, EEXIST, EXDEV, ENODEV, ENOTDIR,
	EISDIR, EINVAL, ENFILE, EMFILE, ENOTTY, ETXTBSY, EFBIG, ENOSPC, ESPIPE,
	EROFS, EMLINK, EPIPE, EDOM, ERANGE, EDEADLK, ENAMETOOLONG, ENOLCK,
	ENOSYS, ENOTEMPTY, ELOOP, ENOMSG, ENODATA, ENOLINK, EPROTO, EBADMSG,
	EOVERFLOW, ENOTSOCK, EDESTADDRREQ, EMSGSIZE, EPROTOTYPE, ENOPROTOOPT,
	EPROTONOSUPPORT, EOPNOTSUPP, EPFNOSUPPORT, EAFNOSUPPORT, EADDRINUSE,
	EADDRNOTAVAIL, ENETDOWN, ENETUNREACH, ENETRESET, ECONNABORTED,
	ECONNRESET, ENOBUFS, EISCONN, ENOTCONN, ETIMEDOUT, ECONNREFUSED,
	EHOSTDOWN, EHOSTUNREACH, EALREADY, EINPROGRESS, ECANCELED, ENOKEY,
};

const char *errtext(int err)
{
	static char unknown[32];

	for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
		if (nums[i] != err)
			continue;
		const char *p = texts;
		while (i--)
			p += strlen(p) + 1;
		return p;
	}
	fmt_buf(unknown, sizeof(unknown), "Unknown error %d", err);
	return unknown;
}
