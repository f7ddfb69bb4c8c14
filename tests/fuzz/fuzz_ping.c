/* ping end to end against a fake network: the command line, then what
 * comes back from the wire.  Input: the arguments, one a line, then
 * optionally a NUL, a set-up byte and events:
 *
 *   set-up bit 0: ICMP datagram sockets refused (EACCES: ping goes raw)
 *          bit 1: raw sockets refused too (EPERM)
 *          bit 2: the route probe's connect says EACCES (broadcast)
 *          bit 3: every setsockopt fails (EPERM)
 *          bit 4: bind fails (EADDRNOTAVAIL)
 *   event: KIND LEN DATA[LEN]
 *     KIND & 3 = 0  a datagram for recvmsg; bit 4: the last request
 *                   echoed back as a reply with DATA xor-ed over it (bit
 *                   5: its IPv4 checksum left wrong; it waits for a new
 *                   request: one echo a request), else DATA itself;
 *                   bit 6: an SO_TIMESTAMP, bit 7: a TTL/hop limit cmsg
 *     KIND & 3 = 1  an error-queue message: the last request's header
 *                   xor DATA[0..7], then sock_extended_err fields from
 *                   DATA[8..]: errno, origin, type, code, info, offender
 *     KIND & 3 = 2  recvmsg (or, bit 4, sendmsg) fails once: errno DATA[0]
 *     KIND & 3 = 3  no packet: LEN * 37 ms pass
 *
 * The sockets, poll, the clocks, setitimer, ioctl and mmap are the
 * fuzzer's own definitions below (they replace libc's for the ipbox
 * objects), and time is virtual, so a run of ping -c 1000 -i 5 takes
 * no wall time.  Outside ping_main they pass through to the kernel. */
#include "tests/fuzz/harness.h"
#include "core/ipbox.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/errqueue.h>
#include <linux/if.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int ping_main(int argc, char **argv);
extern volatile sig_atomic_t ping_exiting, ping_status;

static int active;			/* inside ping_main */
static unsigned setup;
static const uint8_t *ev, *ev_end;
static long long vnow_us;		/* the virtual clock */
static long long alarm_at;		/* setitimer's, 0: none */
static int polls, sends;
static int echo_due;			/* a request went out since the last echo */
static uint8_t sent[65536 + 64];	/* the last request */
static size_t sent_len;
static struct sockaddr_in6 peer;	/* where it went (in6 holds either) */
static void *map_addr;
static size_t map_len;

enum { FK_NONE, FK_ICMP, FK_RAW, FK_PROBE };
static struct { int fd, kind, family; } socks[8];

static int fake_kind(int fd, int *family)
{
	for (unsigned i = 0; i < sizeof(socks) / sizeof(socks[0]); i++)
		if (socks[i].kind && socks[i].fd == fd) {
			if (family)
				*family = socks[i].family;
			return socks[i].kind;
		}
	return FK_NONE;
}

static int fail(int e)
{
	errno = e;
	return -1;
}

/* the next event of kind K (0..3), or NULL */
static const uint8_t *peek(int k)
{
	if (ev_end - ev < 2 || (ev[0] & 3) != k)
		return NULL;
	return ev;
}

static const uint8_t *take(size_t *len)
{
	const uint8_t *e = ev;
	size_t n = e[1];
	if (n > (size_t)(ev_end - ev - 2))
		n = (size_t)(ev_end - ev - 2);
	*len = n;
	ev += 2 + n;
	return e;
}

/* ---- the clocks ---------------------------------------------------------- */

int clock_gettime(clockid_t id, struct timespec *ts)
{
	if (!active)
		return (int)syscall(SYS_clock_gettime, id, ts);
	vnow_us++;			/* time always moves on */
	ts->tv_sec = 1000000 + vnow_us / 1000000;
	ts->tv_nsec = (vnow_us % 1000000) * 1000;
	return 0;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	(void)tz;
	if (!active)
		return (int)syscall(SYS_gettimeofday, tv, NULL);
	vnow_us++;
	tv->tv_sec = 1700000000 + vnow_us / 1000000;
	tv->tv_usec = vnow_us % 1000000;
	return 0;
}

int setitimer(__itimer_which_t which, const struct itimerval *restrict nv, struct itimerval *restrict old)
{
	if (!active)
		return (int)syscall(SYS_setitimer, which, nv, old);
	if (old)
		memset(old, 0, sizeof(*old));
	long long us = nv->it_value.tv_sec * 1000000LL + nv->it_value.tv_usec;
	alarm_at = us ? vnow_us + us : 0;
	return 0;
}

static void pass_time(long long us)
{
	vnow_us += us;
	if (alarm_at && vnow_us >= alarm_at) {
		struct sigaction sa;
		alarm_at = 0;
		if (sigaction(SIGALRM, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL &&
		    sa.sa_handler != SIG_IGN)
			sa.sa_handler(SIGALRM);
	}
}

/* ---- memory: ping maps its buffers once a run; unmapped after it ------ */

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	void *p = (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
	if ((long)p < 0 && (long)p > -4096) {
		errno = (int)-(long)p;
		return MAP_FAILED;
	}
	if (active && !map_addr) {
		map_addr = p;
		map_len = len;
	}
	return p;
}

/* ---- sockets ------------------------------------------------------------- */

int socket(int family, int type, int proto)
{
	if (!active)
		return (int)syscall(SYS_socket, family, type, proto);
	if (family != AF_INET && family != AF_INET6)
		return fail(EAFNOSUPPORT);
	int kind = (type & 0xf) == SOCK_RAW ? FK_RAW : proto ? FK_ICMP : FK_PROBE;
	if (kind == FK_ICMP && (setup & 1))
		return fail(EACCES);
	if (kind == FK_RAW && (setup & 2))
		return fail(EPERM);
	for (unsigned i = 0; i < sizeof(socks) / sizeof(socks[0]); i++) {
		if (socks[i].kind && fcntl(socks[i].fd, F_GETFD) >= 0)
			continue;
		int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (fd < 0)
			return -1;
		socks[i].fd = fd;
		socks[i].kind = kind;
		socks[i].family = family;
		return fd;
	}
	return fail(EMFILE);
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (!fake_kind(fd, NULL))
		return (int)syscall(SYS_setsockopt, fd, level, name, val, len);
	return setup & 8 ? fail(EPERM) : 0;
}

static int probe_refused;

int connect(int fd, const struct sockaddr *sa, socklen_t len)
{
	if (!fake_kind(fd, NULL))
		return (int)syscall(SYS_connect, fd, sa, len);
	if ((setup & 4) && !probe_refused++)
		return fail(EACCES);
	memset(&peer, 0, sizeof(peer));
	memcpy(&peer, sa, len < sizeof(peer) ? len : sizeof(peer));
	return 0;
}

int bind(int fd, const struct sockaddr *sa, socklen_t len)
{
	if (!fake_kind(fd, NULL))
		return (int)syscall(SYS_bind, fd, sa, len);
	return setup & 16 ? fail(EADDRNOTAVAIL) : 0;
}

/* the source the route probe finds: the peer itself (pinging ourselves) */
int getsockname(int fd, struct sockaddr *restrict sa, socklen_t *restrict len)
{
	int family;
	if (!fake_kind(fd, &family))
		return (int)syscall(SYS_getsockname, fd, sa, len);
	struct sockaddr_in6 me = peer;
	me.sin6_family = (sa_family_t)family;
	me.sin6_port = htons(40000);
	size_t n = family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(me);
	memcpy(sa, &me, *len < n ? *len : n);
	*len = (socklen_t)n;
	return 0;
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	if (!fake_kind(fd, NULL))
		return (int)syscall(SYS_ioctl, fd, req, arg);
	struct ifreq *ifr = arg;
	if (req == SIOCGIFINDEX) {
		if (!strncmp(ifr->ifr_name, "nx", 2))
			return fail(ENODEV);
		ifr->ifr_ifindex = 2 + (unsigned char)ifr->ifr_name[0] % 50;
		return 0;
	}
	if (req == SIOCGIFNAME) {
		if (ifr->ifr_ifindex < 1 || ifr->ifr_ifindex > 60)
			return fail(ENODEV);
		memcpy(ifr->ifr_name, "eth", 3);
		ifr->ifr_name[3] = (char)('0' + ifr->ifr_ifindex % 10);
		ifr->ifr_name[4] = 0;
		return 0;
	}
	return fail(ENOTTY);
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	if (!fake_kind(fd, NULL))
		return syscall(SYS_sendmsg, fd, m, flags);
	if (++sends > 3000)
		ping_exiting = 1;
	const uint8_t *e = peek(2);
	if (e && (e[0] & 16)) {
		size_t n;
		take(&n);
		return fail(n ? e[2] : ENOBUFS);
	}
	if (m->msg_name && m->msg_namelen) {
		memset(&peer, 0, sizeof(peer));
		memcpy(&peer, m->msg_name, m->msg_namelen < sizeof(peer) ? m->msg_namelen : sizeof(peer));
	}
	size_t total = 0;
	for (size_t i = 0; i < m->msg_iovlen; i++) {
		size_t n = m->msg_iov[i].iov_len;
		if (total + n > sizeof(sent))
			n = sizeof(sent) - total;
		memcpy(sent + total, m->msg_iov[i].iov_base, n);
		total += n;
	}
	sent_len = total;
	echo_due = 1;
	return (ssize_t)total;
}

/* ping sends IPv4 and plain IPv6 requests with sendto */
ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *sa, socklen_t salen)
{
	struct iovec iov = { (void *)buf, len };
	struct msghdr m = { .msg_name = (void *)sa, .msg_namelen = salen, .msg_iov = &iov, .msg_iovlen = 1 };
	return sendmsg(fd, &m, flags);
}

static uint16_t cksum(const uint8_t *b, size_t len)
{
	uint32_t s = 0;
	for (size_t i = 0; i + 1 < len; i += 2)
		s += (uint32_t)(b[i] << 8 | b[i + 1]);
	if (len & 1)
		s += (uint32_t)b[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/* copy BUF to the iovecs, cmsgs after; MSG_TRUNC when it did not fit */
static ssize_t deliver(struct msghdr *m, const uint8_t *buf, size_t len)
{
	size_t done = 0;
	for (size_t i = 0; i < m->msg_iovlen && done < len; i++) {
		size_t n = m->msg_iov[i].iov_len;
		if (n > len - done)
			n = len - done;
		memcpy(m->msg_iov[i].iov_base, buf + done, n);
		done += n;
	}
	if (done < len)
		m->msg_flags |= MSG_TRUNC;
	if (m->msg_name) {
		size_t n = peer.sin6_family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(peer);
		if (n > m->msg_namelen)
			n = m->msg_namelen;
		memcpy(m->msg_name, &peer, n);
		m->msg_namelen = (socklen_t)n;
	}
	return (ssize_t)done;
}

static struct cmsghdr *add_cmsg(struct msghdr *m, size_t *used, int level, int type,
				const void *data, size_t len)
{
	if (!m->msg_control || *used + CMSG_SPACE(len) > m->msg_controllen)
		return NULL;
	struct cmsghdr *c = (struct cmsghdr *)((char *)m->msg_control + *used);
	c->cmsg_level = level;
	c->cmsg_type = type;
	c->cmsg_len = CMSG_LEN(len);
	memcpy(CMSG_DATA(c), data, len);
	*used += CMSG_SPACE(len);
	return c;
}

static uint8_t pkt[sizeof(sent) + 20 + 256];	/* IP header, request, xor tail */

ssize_t recvmsg(int fd, struct msghdr *m, int flags)
{
	int family;
	int kind = fake_kind(fd, &family);
	if (!kind)
		return syscall(SYS_recvmsg, fd, m, flags);
	size_t used = 0, n;
	int v6 = family == AF_INET6;
	m->msg_flags = 0;
	const uint8_t *e;

	if (flags & MSG_ERRQUEUE) {
		if (!(e = peek(1)))
			return fail(EAGAIN);
		e = take(&n);
		const uint8_t *d = e + 2;
		uint8_t icmp[8] = { 0 };
		memcpy(icmp, sent, sent_len < 8 ? sent_len : 8);
		for (size_t i = 0; i < 8 && i < n; i++)
			icmp[i] ^= d[i];
		struct { struct sock_extended_err e; struct sockaddr_in6 off; } x;
		memset(&x, 0, sizeof(x));
		x.e.ee_errno = n > 8 ? d[8] : EHOSTUNREACH;
		x.e.ee_origin = n > 9 ? d[9] % 6 : (v6 ? SO_EE_ORIGIN_ICMP6 : SO_EE_ORIGIN_ICMP);
		x.e.ee_type = n > 10 ? d[10] : 3;
		x.e.ee_code = n > 11 ? d[11] : 1;
		if (n > 15)
			memcpy(&x.e.ee_info, d + 12, 4);
		x.off = peer;
		x.off.sin6_family = (sa_family_t)family;
		if (n > 16)
			((uint8_t *)&x.off)[v6 ? 23 : 7] = d[16];
		add_cmsg(m, &used, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_RECVERR : IP_RECVERR,
			 &x, v6 ? sizeof(x) : sizeof(x.e) + sizeof(struct sockaddr_in));
		ssize_t r = deliver(m, icmp, sizeof(icmp));
		m->msg_controllen = used;
		return r;
	}
	if ((e = peek(2)) && !(e[0] & 16)) {
		take(&n);
		return fail(n ? e[2] : ECONNREFUSED);
	}
	if (!(e = peek(0)) || ((e[0] & 16) && !echo_due))
		return fail(EAGAIN);
	e = take(&n);
	const uint8_t *d = e + 2;
	size_t len = 0;
	if (e[0] & 16) {	/* our request, answered */
		size_t off = 0;
		echo_due = 0;
		if (kind == FK_RAW && !v6) {
			static const uint8_t ip[20] = { 0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, 1 };
			memcpy(pkt, ip, sizeof(ip));
			off = sizeof(ip);
		}
		memcpy(pkt + off, sent, sent_len);
		memset(pkt + off + sent_len, 0, 256);
		pkt[off] = v6 ? 129 : 0;
		for (size_t i = 0; i < n && off + i < off + sent_len + 64; i++)
			pkt[off + i] ^= d[i];
		len = off + (sent_len > n ? sent_len : n);
		if (!v6 && !(e[0] & 32) && len >= off + 4) {
			pkt[off + 2] = pkt[off + 3] = 0;
			uint16_t ck = cksum(pkt + off, len - off);
			pkt[off + 2] = (uint8_t)(ck >> 8);
			pkt[off + 3] = (uint8_t)ck;
		}
	} else {
		memcpy(pkt, d, n);
		len = n;
	}
	if (e[0] & 64) {
		struct timeval tv = { 1700000000 + vnow_us / 1000000, vnow_us % 1000000 };
		if (n >= 2 && !(e[0] & 16))
			tv.tv_usec = (d[0] << 8 | d[1]) * 10;
		add_cmsg(m, &used, SOL_SOCKET, SO_TIMESTAMP, &tv, sizeof(tv));
	}
	if (e[0] & 128) {
		int hops = n ? d[n - 1] : 64;
		add_cmsg(m, &used, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_HOPLIMIT : IP_TTL,
			 &hops, sizeof(hops));
	}
	m->msg_controllen = used;
	return deliver(m, pkt, len);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	if (!active)
		return (int)syscall(SYS_poll, fds, nfds, timeout);
	if (++polls > 3000)
		ping_exiting = 1;
	for (nfds_t i = 0; i < nfds; i++)
		fds[i].revents = 0;
	if (nfds && ((peek(0) && (!(ev[0] & 16) || echo_due)) || peek(1) ||
		     (peek(2) && !(ev[0] & 16)))) {
		fds[0].revents = peek(1) ? POLLERR : POLLIN;
		pass_time(1234);	/* the round trip */
		return 1;
	}
	if (peek(3)) {
		size_t n;
		take(&n);
		pass_time((long long)n * 37000);
		return 0;
	}
	pass_time(timeout < 0 ? 1000000 : (long long)timeout * 1000);
	return 0;
}

/* ---- the target ---------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[64];
	const uint8_t *rest;
	size_t rlen;
	int argc = fz_args("ping", data, size, argv, &rest, &rlen);

	if (argc < 0)
		return -1;
	setup = rlen ? rest[0] : 0;
	ev = rlen ? rest + 1 : data + size;
	ev_end = data + size;
	vnow_us = 0;
	alarm_at = 0;
	polls = sends = probe_refused = echo_due = 0;
	sent_len = 0;
	memset(&peer, 0, sizeof(peer));
	memset(socks, 0, sizeof(socks));
	ping_exiting = ping_status = 0;

	fz_init();
	active = 1;
	fz_run(ping_main, argc, argv);
	active = 0;
	if (map_addr) {
		munmap(map_addr, map_len);
		map_addr = NULL;
	}
	return 0;
}
