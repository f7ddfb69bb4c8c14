/* ping's socket: an ICMP datagram socket where the kernel allows one
 * (net.ipv4.ping_group_range), a raw socket otherwise; the source
 * address from a connected UDP probe; options as iputils sets them. */
#include "applets/ping/ping.h"
#include "core/inet.h"
#include "core/ifname.h"
#include "core/clock.h"
#include "core/priv.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define SOL_RAW_ 255
#define ICMP_FILTER_ 1
#define ICMP6_FILTER_ 1

static void opt(struct ping *p, int level, int name, int val, const char *what)
{
	if (setsockopt(p->fd, level, name, &val, sizeof(val)) < 0 && what)
		ping_die(2, errno, "%s", what);
}

static void open_socket(struct ping *p)
{
	int proto = PING_V6(p) ? IPPROTO_ICMPV6 : IPPROTO_ICMP;

	priv_effective(PRIV_NET_RAW, 1);
	p->socktype = SOCK_DGRAM;
	p->fd = socket(p->family, SOCK_DGRAM, proto);
	if (p->fd < 0) {	/* EACCES: not in ping_group_range */
		p->socktype = SOCK_RAW;
		p->fd = socket(p->family, SOCK_RAW, proto);
	}
	int e = errno;
	priv_effective(PRIV_NET_RAW, 0);
	errno = e;
	if (p->fd < 0) {
		int e = errno;
		ping_err(0, "socktype: SOCK_RAW");
		ping_err(e, "socket");
		if (geteuid() != 0)
			ping_err(0, "=> missing cap_net_raw+p capability or setuid?");
		ipbox_exit(2);
	}
}

static socklen_t sa_len(const union ping_sa *a)
{
	return CONFIG_PING6 && a->sa.sa_family == AF_INET6 ? sizeof(a->in6) : sizeof(a->in);
}

const char *ping_ntop(const union ping_sa *a, char *buf, size_t cap)
{
	char ip[64], name[IF_NAMESIZE];

	/* CAP is at least ADDR_BUF */
	if (!CONFIG_PING6 || a->sa.sa_family != AF_INET6)
		return format_addr(AF_INET, &a->in.sin_addr, buf);
	const uint8_t *b = a->in6.sin6_addr.s6_addr;
	if (!a->in6.sin6_scope_id)
		return format_addr(AF_INET6, b, buf);
	format_addr(AF_INET6, b, ip);
	int ll = (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || (b[0] == 0xff && (b[1] & 0x0f) == 2);
	if (ll && ll_ioctl_name(a->in6.sin6_scope_id, name))
		fmt_buf(buf, cap, "%s%%%s", ip, name);
	else
		fmt_buf(buf, cap, "%s%%%u", ip, (unsigned)a->in6.sin6_scope_id);
	return buf;
}

const char *ping_pr_addr(struct ping *p, const union ping_sa *a)
{
	static char buf[NI_MAXHOST + 80];
	char ip[80], host[NI_MAXHOST];

	if (!CONFIG_PING_HOSTNAMES || (p->flags & F_NUMERIC) ||
	    getnameinfo(&a->sa, sa_len(a), host, sizeof(host), NULL, 0, 0))
		return ping_ntop(a, buf, sizeof(buf));
	fmt_buf(buf, sizeof(buf), "%s (%s)", host, ping_ntop(a, ip, sizeof(ip)));
	return buf;
}

static void bind_device(int fd, const char *dev, const char *what)
{
	priv_effective(PRIV_NET_RAW, 1);
	int rc = setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, dev, (socklen_t)strlen(dev) + 1);
	int e = errno;
	priv_effective(PRIV_NET_RAW, 0);
	if (rc < 0)
		ping_die(2, e, "%s %s", what, dev);
}

static unsigned if_index(const char *dev)
{
	unsigned i = ll_ioctl_index(dev);
	if (!i)
		ping_die(2, 0, "unknown iface: %s", dev);
	return i;
}

/* socket buffers for one request, as iputils estimates them: the data
 * and ICMP header, and per 512 bytes HDR (IP header, options) plus 240
 * of the kernel's own.  iputils sums in an int, which wraps for -s over
 * about 1.5e9; here the sum saturates at INT_MAX (the kernel caps both
 * buffers far below that). */
static void set_bufs(struct ping *p, size_t hdr)
{
	size_t hold = p->datalen + 8;	/* datalen <= INT_MAX: no wrap */
	size_t est = (hold + 511) / 512 * (hdr + 240);
	int alloc = hold > (size_t)INT_MAX - est ? INT_MAX : (int)(hold + est);
	int got;
	socklen_t len = sizeof(got);

	opt(p, SOL_SOCKET, SO_SNDBUF, p->sndbuf ? p->sndbuf : alloc, NULL);
	opt(p, SOL_SOCKET, SO_RCVBUF, alloc < 65536 ? 65536 : alloc, NULL);
	if (!getsockopt(p->fd, SOL_SOCKET, SO_RCVBUF, &got, &len) && got < alloc)
		ping_err(0, "WARNING: probably, rcvbuf is not enough to hold preload");
}

static void check_multicast(struct ping *p)
{
	const char *what = PING_V6(p) ? "multicast" : "broadcast";

	p->multicast = 1;
	if (p->uid) {
		if (p->interval < 1000)
			ping_die(2, 0, "%s ping with too short interval: %d", what, p->interval);
		if (p->pmtudisc >= 0 && p->pmtudisc != 2)
			ping_die(2, 0, "%s ping does not fragment", what);
	}
	if (p->pmtudisc < 0)
		p->pmtudisc = 2;
}

static void open4(struct ping *p)
{
	char a[64], b[64];
	uint32_t dst = ntohl(p->dst.in.sin_addr.s_addr);
	int mc = (dst >> 28) == 14;

	if (!p->src.in.sin_addr.s_addr) {
		union ping_sa probe_dst = p->dst;
		socklen_t len = sizeof(p->src.in);
		int probe = socket(AF_INET, SOCK_DGRAM, 0);

		if (probe < 0)
			ping_die(2, errno, "socket");
		if (p->device && !mc) {
			bind_device(probe, p->device, "SO_BINDTODEVICE");
			bind_device(p->fd, p->device, "SO_BINDTODEVICE");
		}
		probe_dst.in.sin_port = htons(1025);
		if (connect(probe, &probe_dst.sa, sizeof(probe_dst.in)) < 0) {
			if (errno != EACCES)
				ping_die(2, errno, "connect");
			if (!(p->flags & F_BROADCAST))
				ping_die(2, 0, "Do you want to ping broadcast? Then -b. "
					 "If not, check your local firewall rules");
			out_flush();
			err_fmt("WARNING: pinging broadcast address\n");
			int on = 1;
			if (setsockopt(probe, SOL_SOCKET, SO_BROADCAST, &on, sizeof(on)) < 0)
				ping_die(2, errno, "cannot set broadcasting");
			if (connect(probe, &probe_dst.sa, sizeof(probe_dst.in)) < 0)
				ping_die(2, errno, "connect");
		}
		if (getsockname(probe, &p->src.sa, &len) < 0)
			ping_die(2, errno, "getsockname");
		p->src.in.sin_port = 0;
		close(probe);
	} else if (p->device && !mc) {
		bind_device(p->fd, p->device, "SO_BINDTODEVICE");
	}
	if (p->device)
		if_index(p->device);
	if (!p->dst.in.sin_addr.s_addr)
		p->dst.in.sin_addr = p->src.in.sin_addr;
	if ((p->flags & F_BROADCAST) || mc)
		check_multicast(p);
	if (p->pmtudisc >= 0)
		opt(p, IPPROTO_IP, IP_MTU_DISCOVER, p->pmtudisc, "IP_MTU_DISCOVER");
	if ((p->flags & F_STRICTSOURCE) && bind(p->fd, &p->src.sa, sizeof(p->src.in)) < 0)
		ping_die(2, errno, "bind");
	if (p->socktype == SOCK_RAW) {
		/* echo replies only: errors come through IP_RECVERR */
		uint32_t filt = ~(1u << 0);
		setsockopt(p->fd, SOL_RAW_, ICMP_FILTER_, &filt, sizeof(filt));
	}
	opt(p, IPPROTO_IP, IP_RECVERR, 1, NULL);
	if (p->socktype == SOCK_DGRAM) {
		opt(p, IPPROTO_IP, IP_RECVTTL, 1, NULL);
		opt(p, IPPROTO_IP, IP_RETOPTS, 1, NULL);
	}
	set_bufs(p, 20);
	if (p->flags & F_BROADCAST)
		opt(p, SOL_SOCKET, SO_BROADCAST, 1, "cannot set broadcasting");
	if (p->flags & F_NOLOOP)
		opt(p, IPPROTO_IP, IP_MULTICAST_LOOP, 0, "cannot disable multicast loopback");
	if (p->flags & F_TTL) {
		opt(p, IPPROTO_IP, IP_MULTICAST_TTL, p->ttl, "cannot set multicast time-to-live");
		opt(p, IPPROTO_IP, IP_TTL, p->ttl, "cannot set unicast time-to-live");
	}
	out_fmt("PING %s (%s) ", p->hostname, ping_ntop(&p->dst, a, sizeof(a)));
	if (p->device || (p->flags & F_STRICTSOURCE))
		out_fmt("from %s %s: ", ping_ntop(&p->src, b, sizeof(b)), p->device ? p->device : "");
	out_fmt("%zu(%zu) bytes of data.\n", p->datalen, p->datalen + 8 + 20);
}

static int is_ll(const struct in6_addr *a)
{
	const uint8_t *b = a->s6_addr;
	return (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || (b[0] == 0xff && (b[1] & 0x0f) == 2);
}

/* is ADDR one of DEV's addresses?  /proc/net/if_inet6 lines read
 * "ADDR(32 hex) IDX PLEN SCOPE FLAGS NAME" */
static int addr_on_dev(const struct in6_addr *addr, const char *dev)
{
	char buf[8192], want[33];
	int fd = open("/proc/net/if_inet6", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	for (int i = 0; i < 16; i++)
		fmt_buf(want + 2 * i, 3, "%02x", addr->s6_addr[i]);
	for (char *l = buf; l && *l; ) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		char *name = strrchr(l, ' ');
		if (!strncmp(l, want, 32) && name && streq(name + 1, dev))
			return 1;
		l = nl ? nl + 1 : NULL;
	}
	return 0;
}

static void open6(struct ping *p)
{
	char a[80], b[80];
	struct sockaddr_in6 *src = &p->src.in6;
	const uint8_t *d = p->dst.in6.sin6_addr.s6_addr;

	if (IN6_IS_ADDR_UNSPECIFIED(&src->sin6_addr)) {
		/* as iputils: a link-local first hop leaves the probe's family
		 * unset, so its connect() only disconnects and the source stays :: */
		struct sockaddr_in6 hop = { .sin6_addr = p->dst.in6.sin6_addr,
					    .sin6_scope_id = p->dst.in6.sin6_scope_id };
		socklen_t len = sizeof(*src);
		int probe = socket(AF_INET6, SOCK_DGRAM, 0);

		if (probe < 0)
			ping_die(2, errno, "socket");
		if (p->device) {
			struct in6_pktinfo ipi = { .ipi6_ifindex = if_index(p->device) };
			if (is_ll(&hop.sin6_addr))
				hop.sin6_scope_id = ipi.ipi6_ifindex;
			priv_effective(PRIV_NET_RAW, 1);
			if (setsockopt(probe, IPPROTO_IPV6, IPV6_PKTINFO, &ipi, sizeof(ipi)) < 0 ||
			    setsockopt(p->fd, IPPROTO_IPV6, IPV6_PKTINFO, &ipi, sizeof(ipi)) < 0)
				ping_die(2, errno, "setsockopt(IPV6_PKTINFO)");
			priv_effective(PRIV_NET_RAW, 0);
			bind_device(probe, p->device, "setsockopt(SO_BINDTODEVICE)");
			bind_device(p->fd, p->device, "setsockopt(SO_BINDTODEVICE)");
		}
		if (!is_ll(&hop.sin6_addr))
			hop.sin6_family = AF_INET6;
		hop.sin6_port = htons(1025);
		if (connect(probe, (struct sockaddr *)&hop, sizeof(hop)) < 0)
			ping_die(2, errno, "connect");
		if (getsockname(probe, &p->src.sa, &len) < 0)
			ping_die(2, errno, "getsockname");
		src->sin6_family = AF_INET6;
		src->sin6_port = 0;
		close(probe);
		if (p->device && !addr_on_dev(&src->sin6_addr, p->device))
			ping_err(0, "Warning: source address might be selected on device other than: %s",
				 p->device);
	} else if (p->device && is_ll(&src->sin6_addr)) {
		src->sin6_scope_id = if_index(p->device);
	}
	if (p->device) {
		p->ifindex = if_index(p->device);
		if (p->flags & F_STRICTSOURCE)
			bind_device(p->fd, p->device, "SO_BINDTODEVICE");
	}
	if (d[0] == 0xff)
		check_multicast(p);
	if (p->pmtudisc >= 0)
		opt(p, IPPROTO_IPV6, IPV6_MTU_DISCOVER, p->pmtudisc, "IPV6_MTU_DISCOVER");
	if ((p->flags & F_STRICTSOURCE) && bind(p->fd, &p->src.sa, sizeof(*src)) < 0)
		ping_die(2, errno, "bind icmp socket");
	opt(p, IPPROTO_IPV6, IPV6_RECVERR, 1, "IPV6_RECVERR");
	set_bufs(p, 40);
	if (p->socktype == SOCK_RAW) {
		uint32_t filt[8];	/* a bit set blocks the type */
		memset(filt, 0xff, sizeof(filt));
		filt[129 >> 5] &= ~(1u << (129 & 31));	/* echo reply */
		if (setsockopt(p->fd, IPPROTO_ICMPV6, ICMP6_FILTER_, filt, sizeof(filt)) < 0)
			ping_die(2, errno, "setsockopt(ICMP6_FILTER)");
	}
	if (p->flags & F_NOLOOP)
		opt(p, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 0, "can't disable multicast loopback");
	if (p->flags & F_TTL) {
		opt(p, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, p->ttl, "can't set multicast hop limit");
		opt(p, IPPROTO_IPV6, IPV6_UNICAST_HOPS, p->ttl, "can't set unicast hop limit");
	}
	opt(p, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1, "can't receive hop limit");
	out_fmt("PING %s(%s) ", p->hostname, ping_pr_addr(p, &p->dst));
	if (p->device || (p->flags & F_STRICTSOURCE))
		out_fmt("from %s %s: ", ping_ntop(&p->src, b, sizeof(b)), p->device ? p->device : "");
	out_fmt("%zu data bytes\n", p->datalen);
	(void)a;
}

int ping_open(struct ping *p)
{
	open_socket(p);
	if (p->flags & F_MARK) {
		priv_effective(PRIV_NET_ADMIN, 1);
		int rc = setsockopt(p->fd, SOL_SOCKET, SO_MARK, &p->mark, sizeof(p->mark));
		int e = errno;
		priv_effective(PRIV_NET_ADMIN, 0);
		if (rc < 0)
			ping_err(e, "WARNING: failed to set mark: %d", p->mark);
	}
	p->src.sa.sa_family = (sa_family_t)p->family;
	if (PING_V6(p))
		open6(p);
	else
		open4(p);
	p->timing = p->datalen >= sizeof(struct timeval);
	return 0;
}

volatile sig_atomic_t ping_exiting, ping_status;

static void on_exit_sig(int sig)
{
	(void)sig;
	ping_exiting = 1;
}

static void on_status_sig(int sig)
{
	(void)sig;
	ping_status = 1;
}

void ping_setup(struct ping *p)
{
	if ((p->flags & F_FLOOD) && !(p->flags & F_INTERVAL))
		p->interval = 0;
	if (p->uid && p->interval < MIN_USER_INTERVAL)
		ping_die(2, 0, "cannot flood; minimal interval allowed for user is %dms", MIN_USER_INTERVAL);
	if (p->interval >= INT_MAX)	/* iputils: INT_MAX / preload, which is 1 here */
		ping_die(2, 0, "illegal preload and/or interval: %d", p->interval);
	if (p->flags & F_SO_DEBUG)
		opt(p, SOL_SOCKET, SO_DEBUG, 1, NULL);
	if (p->flags & F_SO_DONTROUTE)
		opt(p, SOL_SOCKET, SO_DONTROUTE, 1, NULL);
	if (!(p->flags & F_LATENCY))
		opt(p, SOL_SOCKET, SO_TIMESTAMP, 1, NULL);

	/* a stalled device must not block a send for ever */
	struct timeval tv = { 1, 0 };
	if (p->interval < 1000)
		tv = (struct timeval){ 0, 1000 * (p->interval ? p->interval : MIN_INTERVAL) };
	setsockopt(p->fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));

	if (!(p->flags & F_PINGFILLED))
		for (size_t i = 0; i < p->datalen && i < PING_MAX_SENT; i++)
			p->outpack[8 + i] = (uint8_t)i;
	if (p->socktype == SOCK_RAW)
		p->ident = htons((uint16_t)getpid());

	struct sigaction sa = { .sa_handler = on_exit_sig };
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = on_status_sig;
	if (CONFIG_PING_EXTRA)
		sigaction(SIGQUIT, &sa, NULL);

	clock_now(CLOCK_MONOTONIC, &p->start);
	if (p->deadline) {
		struct itimerval it = { .it_value = { p->deadline, 0 } };
		setitimer(ITIMER_REAL, &it, NULL);
	}
}
