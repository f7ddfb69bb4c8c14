#include "applets/ip/lib/hosts.h"
#include "core/inet.h"
#include "core/ipbox.h"
#include "applets/ip/lib/options.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef HOSTS_FILE
#define HOSTS_FILE "/etc/hosts"
#endif

static int space(char c)
{
	return c == ' ' || c == '\t';
}

/* one line (NUL-terminated, no newline): its name when its address matches */
static const char *line_name(char *l, int af, const void *addr, char *buf, unsigned cap)
{
	unsigned char bin[16];
	char *hash = strchr(l, '#');
	size_t len = af == AF_INET ? 4 : 16;

	if (hash)
		*hash = 0;
	while (space(*l))
		l++;
	char *a = l;
	while (*l && !space(*l))
		l++;
	if (*l)
		*l++ = 0;
	if (ip_pton(af, a, bin) != 1 || memcmp(bin, addr, len))
		return NULL;
	while (space(*l))
		l++;
	/* an address without a name names it "", as glibc does */
	size_t n = 0;
	while (l[n] && !space(l[n]))
		n++;
	if (n >= cap)
		return NULL;
	memcpy(buf, l, n);
	buf[n] = 0;
	return buf;
}

const char *hosts_name(int af, const void *addr, char *buf, unsigned cap)
{
	char chunk[4096], line[512];
	size_t ll = 0;
	int fd;
	const char *found = NULL;
	ssize_t n;

	if (!CONFIG_IP_RESOLVE || (af != AF_INET && af != AF_INET6))
		return NULL;
	fd = open(HOSTS_FILE, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	while (!found && (n = read(fd, chunk, sizeof(chunk))) > 0) {
		for (ssize_t i = 0; i < n && !found; i++) {
			if (chunk[i] != '\n') {
				if (ll < sizeof(line) - 1)
					line[ll++] = chunk[i];
				continue;
			}
			line[ll] = 0;
			ll = 0;
			found = line_name(line, af, addr, buf, cap);
		}
	}
	if (!found && ll) {
		line[ll] = 0;
		found = line_name(line, af, addr, buf, cap);
	}
	close(fd);
	return found;
}

const char *format_host(int af, const void *addr, char *buf)
{
	if (G.resolve && (af == AF_INET || af == AF_INET6) && hosts_name(af, addr, buf, ADDR_BUF))
		return buf;
	return format_addr(af, addr, buf);
}
