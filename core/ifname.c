#include "core/ifname.h"

#include <linux/if.h>
#include <linux/sockios.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

/* one ioctl about a link, on a throw-away socket, as glibc's if_* */
static int ll_ioctl(unsigned long req, struct ifreq *ifr)
{
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), r = -1;

	if (fd >= 0) {
		r = ioctl(fd, req, ifr);
		close(fd);
	}
	return r;
}

unsigned ll_ioctl_index(const char *name)
{
	struct ifreq ifr;
	size_t n = strlen(name);

	if (n >= IFNAMSIZ)
		return 0;
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.ifr_name, name, n);
	return ll_ioctl(SIOCGIFINDEX, &ifr) ? 0 : (unsigned)ifr.ifr_ifindex;
}

char *ll_ioctl_name(unsigned idx, char *name)
{
	struct ifreq ifr;

	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_ifindex = (int)idx;
	if (ll_ioctl(SIOCGIFNAME, &ifr))
		return NULL;
	memcpy(name, ifr.ifr_name, IFNAMSIZ);
	return name;
}
