/* ping's main loop: send on schedule, read replies and ICMP errors
 * (IP_RECVERR), print each as iputils does, and the statistics at the
 * end.  Times are integer microseconds throughout. */
#include "applets/ping/ping.h"
#include "core/clock.h"

#include <errno.h>
#include <linux/errqueue.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>

extern volatile sig_atomic_t ping_exiting, ping_status;

static uint8_t rcvd_tbl[MAX_DUP_CHK / 8];

#define RCVD_BIT(seq) (1u << ((seq) % MAX_DUP_CHK & 7))
#define RCVD_BYTE(seq) rcvd_tbl[(seq) % MAX_DUP_CHK >> 3]

static void rcvd_clear(unsigned seq) { RCVD_BYTE(seq) &= (uint8_t)~RCVD_BIT(seq); }
static void rcvd_set(unsigned seq) { RCVD_BYTE(seq) |= (uint8_t)RCVD_BIT(seq); }
static int rcvd_test(unsigned seq) { return RCVD_BYTE(seq) & RCVD_BIT(seq); }

static int in_flight(struct ping *p)
{
	uint16_t d = (uint16_t)((uint16_t)p->ntransmitted - p->acked);
	return d <= 0x7fff ? d : 0;
}

static void acknowledge(struct ping *p, uint16_t seq)
{
	uint16_t d = (uint16_t)((uint16_t)p->ntransmitted - seq);
	if (d <= 0x7fff) {
		if ((int)d + 1 > p->pipesize)
			p->pipesize = (int)d + 1;
		if ((int16_t)(seq - p->acked) > 0 ||
		    (uint16_t)((uint16_t)p->ntransmitted - p->acked) > 0x7fff)
			p->acked = seq;
	}
}

static void advance_ntransmitted(struct ping *p)
{
	p->ntransmitted++;
	if ((uint16_t)((uint16_t)p->ntransmitted - p->acked) > 0x7fff)
		p->acked = (uint16_t)((uint16_t)p->ntransmitted + 1);
}

static void put_now(const char *s)
{
	out_str(s);
	out_flush();
}

static void print_timestamp(struct ping *p)
{
	if (p->flags & F_PTIMEOFDAY) {
		struct timeval tv;
		clock_timeval(&tv);
		out_fmt("[%lu.%06lu] ", (unsigned long)tv.tv_sec, (unsigned long)tv.tv_usec);
	}
}

static long ms_between(const struct timespec *a, const struct timespec *b)
{
	return (long)(b->tv_sec - a->tv_sec) * 1000 + (b->tv_nsec - a->tv_nsec) / 1000000;
}

static uint16_t in_cksum(const uint8_t *b, size_t len)
{
	uint32_t sum = 0;	/* LEN <= 65535: 32 bits hold the sum */
	for (; len > 1; b += 2, len -= 2)
		sum += (uint32_t)(b[0] << 8 | b[1]);
	if (len)
		sum += (uint32_t)(b[0] << 8);
	sum = (sum >> 16) + (sum & 0xffff);
	sum += sum >> 16;
	return (uint16_t)~sum;
}

static int send_probe(struct ping *p)
{
	uint8_t *icp = p->outpack;
	uint16_t seq = (uint16_t)(p->ntransmitted + 1);
	size_t cc = p->datalen + 8;	/* at most INT_MAX + 8: no wrap */

	icp[0] = PING_V6(p) ? 128 : 8;	/* echo request */
	icp[1] = 0;
	icp[2] = icp[3] = 0;
	memcpy(icp + 4, &p->ident, 2);
	icp[6] = (uint8_t)(seq >> 8);
	icp[7] = (uint8_t)seq;
	rcvd_clear(seq);
	if (p->timing) {
		struct timeval tv;
		clock_timeval(&tv);
		memcpy(icp + 8, &tv, sizeof(tv));
	}
	if (!PING_V6(p) && cc <= PING_MAX_SENT) {	/* ICMPv6 sums are the kernel's */
		uint16_t ck = in_cksum(icp, cc);
		icp[2] = (uint8_t)(ck >> 8);
		icp[3] = (uint8_t)ck;
	}

	socklen_t alen = PING_V6(p) ? sizeof(p->dst.in6) : sizeof(p->dst.in);
	ssize_t n;
	/* only IPv6 -I needs sendmsg (IPV6_PKTINFO): musl's costs 300 bytes */
	if (!PING_V6(p) || !p->ifindex) {
		n = sendto(p->fd, icp, cc, 0, &p->dst.sa, alen);
	} else {
		struct iovec iov = { icp, cc };
		char cbuf[CMSG_SPACE(sizeof(struct in6_pktinfo))];
		struct msghdr m = { .msg_name = &p->dst, .msg_namelen = alen,
				    .msg_iov = &iov, .msg_iovlen = 1 };
		memset(cbuf, 0, sizeof(cbuf));
		m.msg_control = cbuf;
		m.msg_controllen = sizeof(cbuf);
		struct cmsghdr *c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = IPPROTO_IPV6;
		c->cmsg_type = IPV6_PKTINFO;
		c->cmsg_len = CMSG_LEN(sizeof(struct in6_pktinfo));
		struct in6_pktinfo ipi = { .ipi6_ifindex = p->ifindex };
		memcpy(CMSG_DATA(c), &ipi, sizeof(ipi));
		n = sendmsg(p->fd, &m, 0);
	}
	return n >= 0 && (size_t)n == cc ? 0 : -1;
}

/* string N of a list of NUL-terminated strings (no pointer tables) */
static const char *nth(const char *s, unsigned n)
{
	while (n--)
		s += strlen(s) + 1;
	return s;
}

static void print_icmp4(uint8_t type, uint8_t code, uint32_t info)
{
	static const char unreach[] =
		"Destination Net Unreachable\0Destination Host Unreachable\0"
		"Destination Protocol Unreachable\0Destination Port Unreachable\0"
		"\0Source Route Failed\0Destination Net Unknown\0"
		"Destination Host Unknown\0Source Host Isolated\0"
		"Destination Net Prohibited\0Destination Host Prohibited\0"
		"Destination Net Unreachable for Type of Service\0"
		"Destination Host Unreachable for Type of Service\0"
		"Packet filtered\0Precedence Violation\0Precedence Cutoff";
	static const char redirect[] =
		"Redirect Network\0Redirect Host\0"
		"Redirect Type of Service and Network\0Redirect Type of Service and Host";

	switch (type) {
	case 3:
		if (code == 4)
			out_fmt("Frag needed and DF set (mtu = %u)\n", info);
		else if (code < 16)
			out_fmt("%s\n", nth(unreach, code));
		else
			out_fmt("Dest Unreachable, Bad Code: %d\n", code);
		break;
	case 4:
		out_str("Source Quench\n");
		break;
	case 5: {
		union ping_sa gw = { .in = { .sin_family = AF_INET } };
		char b[64];
		gw.in.sin_addr.s_addr = info;
		if (code < 4)
			out_str(nth(redirect, code));
		else
			out_fmt("Redirect, Bad Code: %d", code);
		out_fmt("(New nexthop: %s)\n", ping_ntop(&gw, b, sizeof(b)));
		break;
	}
	case 11:
		if (code == 0)
			out_str("Time to live exceeded\n");
		else if (code == 1)
			out_str("Frag reassembly time exceeded\n");
		else
			out_fmt("Time exceeded, Bad Code: %d\n", code);
		break;
	case 12:
		out_fmt("Parameter problem: pointer = %u\n", info);
		break;
	default:
		out_fmt("Bad ICMP type: %d\n", type);
	}
}

static void print_icmp6(uint8_t type, uint8_t code, uint32_t info)
{
	static const char unreach[] =
		"No route\0Administratively prohibited\0Beyond scope of source address\0"
		"Address unreachable\0Port unreachable\0"
		"Source address failed ingress/egress policy\0Reject route to destination";
	static const char param[] = "Wrong header field \0Unknown header \0Unknown option ";

	switch (type) {
	case 1:
		out_str("Destination unreachable: ");
		if (code < 7)
			out_str(nth(unreach, code));
		else
			out_fmt("Unknown code %d", code);
		break;
	case 2:
		out_fmt("Packet too big: mtu=%u", info);
		if (code)
			out_fmt(", code=%d", code);
		break;
	case 3:
		out_str("Time exceeded: ");
		if (code < 2)
			out_str(code ? "Defragmentation failure" : "Hop limit");
		else
			out_fmt("code %d", code);
		break;
	case 4:
		out_str("Parameter problem: ");
		if (code < 3)
			out_str(nth(param, code));
		else
			out_fmt("code %d ", code);
		out_fmt("at %u", info);
		break;
	default:
		out_fmt("unknown icmp type: %u", type);
	}
	out_str("\n");
}

enum { ERRQ_EMPTY, ERRQ_NET, ERRQ_LOCAL, ERRQ_OTHER };

/* one message of the error queue: a local error (EMSGSIZE, ...) or an
 * ICMP error about one of our requests */
static int read_errqueue(struct ping *p)
{
	uint8_t icmp[8];
	char cbuf[512], b[80];
	union ping_sa target;
	struct iovec iov = { icmp, sizeof(icmp) };
	struct msghdr m = { .msg_name = &target, .msg_namelen = sizeof(target),
			    .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	int v6 = PING_V6(p);
	int saved = errno;
	ssize_t res = recvmsg(p->fd, &m, MSG_ERRQUEUE | MSG_DONTWAIT);

	if (res < 0) {
		errno = saved;
		return ERRQ_EMPTY;
	}
	errno = saved;
	struct sock_extended_err *e = NULL;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if ((c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR) ||
		    (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR))
			e = (struct sock_extended_err *)CMSG_DATA(c);
	if (!e)
		return ERRQ_OTHER;

	if (e->ee_origin == SO_EE_ORIGIN_LOCAL) {
		/* as iputils: -q neither prints nor counts it */
		if (p->flags & F_QUIET)
			return ERRQ_LOCAL;
		if (p->flags & F_FLOOD)
			put_now("E");
		else if (e->ee_errno != EMSGSIZE)
			ping_err(0, "local error: %s", errtext((int)e->ee_errno));
		else
			ping_err(0, v6 ? "local error: message too long, mtu: %u"
				       : "local error: message too long, mtu=%u", e->ee_info);
		p->nerrors++;
		return ERRQ_LOCAL;
	}
	if (e->ee_origin != SO_EE_ORIGIN_ICMP && e->ee_origin != SO_EE_ORIGIN_ICMP6)
		return ERRQ_OTHER;
	int same = v6 ? !memcmp(&target.in6.sin6_addr, &p->dst.in6.sin6_addr, 16)
		      : target.in.sin_addr.s_addr == p->dst.in.sin_addr.s_addr;
	if (res < 8 || !same || icmp[0] != (v6 ? 128 : 8) ||
	    (p->socktype == SOCK_RAW && memcmp(icmp + 4, &p->ident, 2)))
		return ERRQ_OTHER;

	uint16_t seq = (uint16_t)(icmp[6] << 8 | icmp[7]);
	acknowledge(p, seq);
	p->nerrors++;
	if (p->flags & F_QUIET)
		return ERRQ_NET;
	if (p->flags & F_FLOOD) {
		put_now("\bE");
		return ERRQ_NET;
	}
	union ping_sa off;
	memset(&off, 0, sizeof(off));
	memcpy(&off, SO_EE_OFFENDER(e), v6 ? sizeof(off.in6) : sizeof(off.in));
	print_timestamp(p);
	(void)b;
	out_fmt("From %s icmp_seq=%u ", ping_pr_addr(p, &off), seq);
	if (v6)
		print_icmp6(e->ee_type, e->ee_code, e->ee_info);
	else
		print_icmp4(e->ee_type, e->ee_code, e->ee_info);
	out_flush();
	return ERRQ_NET;
}

/* time to the next request in ms (<= 0: send again now) */
static long pinger(struct ping *p)
{
	static int started;
	struct timespec now;

	if (ping_exiting || (p->npackets && p->ntransmitted >= p->npackets && !p->deadline))
		return 1000;
	clock_now(CLOCK_MONOTONIC, &now);
	if (!started) {
		started = 1;
		p->cur = now;
	} else {
		long nt = ms_between(&p->cur, &now);
		/* flood: with a request in flight, wait up to 10 ms for it */
		if (!p->interval && nt < MIN_INTERVAL && in_flight(p) >= 1)
			return MIN_INTERVAL - nt;
		if (nt < p->interval)
			return p->interval - nt;
		p->cur = now;
	}

	if ((p->flags & F_OUTSTANDING) && p->ntransmitted > 0 &&
	    !rcvd_test((unsigned)p->ntransmitted)) {
		print_timestamp(p);
		out_fmt("no answer yet for icmp_seq=%lu\n", p->ntransmitted % MAX_DUP_CHK);
		out_flush();
	}

	if (send_probe(p) == 0) {
		advance_ntransmitted(p);
		if ((p->flags & F_FLOOD) && !(p->flags & F_QUIET))
			put_now(".");
		return p->interval;
	}
	if (errno == ENOBUFS || errno == ENOMEM || errno == EAGAIN)
		return MIN_INTERVAL;	/* queue full: not sent, try again soon */
	/* a hard local error (EMSGSIZE, ENETUNREACH, ...): reported when
	 * the error queue explains it, else silently, as iputils 20221126;
	 * counted as sent either way */
	read_errqueue(p);
	advance_ntransmitted(p);
	return p->interval;
}

/* after the last request: wait 2 rtt_max (at least an interval) when
 * replies came, else -W; SIGALRM ends the loop.  ipbox waits at least
 * MIN_LINGER: the rtt comes from SO_TIMESTAMP, which the kernel takes
 * as a reply enters the device backlog, before the softirq that brings
 * it to the socket.  On a loaded machine ksoftirqd runs that late, so
 * iputils' 2 rtt_max (~0.1 ms on a veth) can end the run before the
 * last reply arrives, and a flood counts it as lost. */
static long schedule_exit(struct ping *p, long next)
{
	static long long waittime;	/* us */

	if (!p->npackets || p->ntransmitted < p->npackets || p->deadline)
		return next;
	if (waittime)
		return next;
	if (p->nreceived) {
		waittime = 2LL * p->tmax;
		if (waittime < 1000LL * p->interval)
			waittime = 1000LL * p->interval;
		if (waittime < 1000LL * MIN_LINGER)
			waittime = 1000LL * MIN_LINGER;
	} else {
		waittime = 1000LL * p->lingertime;
	}
	if (next < 0 || next < waittime / 1000)
		next = (long)(waittime / 1000);
	/* a zero wait (-W under 1 ms, or no rtt yet) arms no timer: as in
	 * iputils, the run then ends with the last reply or error, and the
	 * wait is worked out again on the next round */
	struct itimerval it = { .it_value = { (time_t)(waittime / 1000000), (suseconds_t)(waittime % 1000000) } };
	setitimer(ITIMER_REAL, &it, NULL);
	return next;
}

static void gather(struct ping *p, const uint8_t *icmp, int cc, int hops, int csfailed,
		   struct timeval *tv, const union ping_sa *from)
{
	uint16_t seq = (uint16_t)(icmp[6] << 8 | icmp[7]);
	long triptime = 0;
	int dup = 0;

	p->nreceived++;
	if (!csfailed)
		acknowledge(p, seq);
	if (p->timing && cc >= 8 + (int)sizeof(struct timeval)) {
		struct timeval sent;
		memcpy(&sent, icmp + 8, sizeof(sent));
		/* the timestamp is the peer's to forge (found by tests/fuzz):
		 * unsigned arithmetic, and at most 2^28 us (268 s), so no sum,
		 * square or ewma below overflows */
		triptime = (long)(((unsigned long)tv->tv_sec - (unsigned long)sent.tv_sec) * 1000000u +
				  ((unsigned long)tv->tv_usec - (unsigned long)sent.tv_usec));
		if (triptime < 0) {
			ping_err(0, "Warning: time of day goes back (%ldus), taking countermeasures", triptime);
			triptime = 0;
		}
		if (triptime > 0xfffffff)
			triptime = 0xfffffff;
		if (!csfailed)
			ping_account(p, triptime);
	}
	if (csfailed) {
		p->nchecksum++;
		p->nreceived--;
	} else if (rcvd_test(seq)) {
		p->nrepeats++;
		p->nreceived--;
		dup = 1;
	} else {
		rcvd_set(seq);
	}

	if (p->flags & F_QUIET)
		return;
	if (p->flags & F_FLOOD) {
		put_now(csfailed ? "\bC" : "\b \b");
		return;
	}
	char t[40];
	print_timestamp(p);
	out_fmt("%d bytes from %s: icmp_seq=%u", cc, ping_pr_addr(p, from), seq);
	if (hops >= 0)
		out_fmt(" ttl=%d", hops);
	if ((size_t)cc < p->datalen + 8) {
		put_now(" (truncated)\n");
		return;
	}
	if (p->timing) {
		ping_fmt_time(t, sizeof(t), triptime);
		out_str(t);
	}
	if (dup && (!p->multicast || (p->flags & F_VERBOSE)))
		out_str(" (DUP!)");
	if (csfailed)
		out_str(" (BAD CHECKSUM!)");
	for (size_t i = 16; i < p->datalen; i++) {	/* here cc >= datalen + 8 */
		if (icmp[8 + i] == p->outpack[8 + i])
			continue;
		out_fmt("\nwrong data byte #%zu should be 0x%x but was 0x%x", i, p->outpack[8 + i], icmp[8 + i]);
		for (size_t j = 16; j < p->datalen; j++) {
			if (j % 32 == 16)
				out_fmt("\n#%zu\t", j);
			out_fmt("%x ", icmp[8 + j]);
		}
		break;
	}
	if (p->flags & F_AUDIBLE)
		out_str("\a");
	put_now("\n");
}

/* one datagram from the socket: an echo reply, maybe ours */
static void parse_reply(struct ping *p, uint8_t *buf, int cc, struct msghdr *m, const union ping_sa *from)
{
	struct timeval tv, *tvp = NULL;
	int hops = !PING_V6(p) && p->socktype == SOCK_DGRAM ? 0 : -1;
	int csfailed = 0;
	uint8_t *icmp = buf;

	for (struct cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMP &&
		    c->cmsg_len >= CMSG_LEN(sizeof(tv))) {
			memcpy(&tv, CMSG_DATA(c), sizeof(tv));
			tvp = &tv;
		} else if ((c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TTL) ||
			   (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_HOPLIMIT)) {
			memcpy(&hops, CMSG_DATA(c), sizeof(int));
		}
	}
	if (!tvp) {
		clock_timeval(&tv);
		tvp = &tv;
	}
	if (!PING_V6(p) && p->socktype == SOCK_RAW) {
		int hlen = (buf[0] & 0x0f) * 4;
		if (cc < hlen + 8 || hlen < 20)
			return;
		hops = buf[8];
		icmp = buf + hlen;
		cc -= hlen;
		csfailed = in_cksum(icmp, cc) != 0;
	}
	if (cc < 8 || icmp[0] != (PING_V6(p) ? 129 : 0))
		return;
	if (p->socktype == SOCK_RAW && memcmp(icmp + 4, &p->ident, 2))
		return;		/* another ping's */
	gather(p, icmp, cc, hops, csfailed, tvp, from);
}

static void drain(struct ping *p, int pollerr, uint8_t *packet, size_t packlen)
{
	for (;;) {
		if (pollerr) {
			while (read_errqueue(p) != ERRQ_EMPTY)
				;
			pollerr = 0;
		}
		union ping_sa from;
		char cbuf[512];
		struct iovec iov = { packet, packlen };
		struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof(from),
				    .msg_iov = &iov, .msg_iovlen = 1,
				    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
		ssize_t cc = recvmsg(p->fd, &m, MSG_DONTWAIT);
		if (cc < 0) {
			if (errno == EAGAIN || errno == EINTR)
				return;
			pollerr = 1;	/* a pending ICMP error */
			if (read_errqueue(p) == ERRQ_EMPTY) {
				ping_err(errno, "recvmsg");
				return;
			}
			continue;
		}
		parse_reply(p, packet, (int)cc, &m, &from);
	}
}

static void status(struct ping *p)
{
	int loss = 0;
	char b[160];
	size_t n;

	ping_status = 0;
	if (p->ntransmitted)
		loss = (int)((p->ntransmitted - p->nreceived) * 100 / p->ntransmitted);
	n = fmt_buf(b, sizeof(b), "\r%ld/%ld packets, %d%% loss", p->nreceived, p->ntransmitted, loss);
	if (p->nreceived && p->timing) {
		long avg = (long)(p->tsum / (p->nreceived + p->nrepeats));
		n += fmt_buf(b + n, sizeof(b) - n, ", min/avg/ewma/max = %ld.%03ld/%lu.%03ld/%d.%03d/%ld.%03ld ms",
			     p->tmin / 1000, p->tmin % 1000, (unsigned long)(avg / 1000), avg % 1000,
			     p->rtt / 8000, (p->rtt / 8) % 1000, p->tmax / 1000, p->tmax % 1000);
	}
	out_flush();
	err_fmt("%s\n", b);
}

/* PRE, then microseconds as milliseconds with 3 decimals */
static void out_ms(const char *pre, long us)
{
	out_fmt("%s%ld.%03ld", pre, us / 1000, us % 1000);
}

static int finish(struct ping *p)
{
	long ms = (long)(p->cur.tv_sec - p->start.tv_sec) * 1000 +
		  (p->cur.tv_nsec - p->start.tv_nsec + 500000) / 1000000;
	long us = (long)(p->cur.tv_sec - p->start.tv_sec) * 1000000 +
		  (p->cur.tv_nsec - p->start.tv_nsec) / 1000;
	const char *comma = "";
	char loss[32];

	if (p->ntransmitted == 0)
		ms = us = 0;
	out_fmt("\n--- %s ping statistics ---\n", p->hostname);
	out_fmt("%ld packets transmitted, %ld received", p->ntransmitted, p->nreceived);
	if (p->nrepeats)
		out_fmt(", +%ld duplicates", p->nrepeats);
	if (p->nchecksum)
		out_fmt(", +%ld corrupted", p->nchecksum);
	if (p->nerrors)
		out_fmt(", +%ld errors", p->nerrors);
	if (p->ntransmitted) {
		ping_fmt_loss(loss, sizeof(loss), p->ntransmitted - p->nreceived, p->ntransmitted);
		out_fmt(", %s%% packet loss, time %ldms", loss, ms);
	}
	out_str("\n");
	if (p->nreceived && p->timing) {
		long total = p->nreceived + p->nrepeats;
		long avg = (long)(p->tsum / total);
		long long var;
		if (p->tsum < 2147483647)
			var = (p->tsum2 - p->tsum * p->tsum / total) / total;
		else
			var = p->tsum2 / total - (long long)avg * avg;
		long mdev = ping_isqrt(var);
		out_ms("rtt min/avg/max/mdev = ", p->tmin);
		out_ms("/", avg);
		out_ms("/", p->tmax);
		out_ms("/", mdev);
		out_str(" ms");
		comma = ", ";
	}
	if (p->pipesize > 1) {
		out_fmt("%spipe %d", comma, p->pipesize);
		comma = ", ";
	}
	if (p->nreceived && (!p->interval || (p->flags & F_FLOOD)) && p->ntransmitted > 1) {
		out_str(comma);
		out_ms("ipg/ewma ", (int)(us / (p->ntransmitted - 1)));
		out_ms("/", p->rtt / 8);
		out_str(" ms");
	}
	out_str("\n");
	out_flush();
	return !p->nreceived || (p->deadline && p->nreceived < p->npackets);
}

static int done(struct ping *p)
{
	return ping_exiting || (p->npackets && p->nreceived + p->nerrors >= p->npackets) ||
	       (p->deadline && p->nerrors);
}

int ping_loop(struct ping *p)
{
	p->tmin = 2147483647L;
	out_flush();
	for (;;) {
		if (done(p))
			break;
		if (CONFIG_PING_EXTRA && ping_status)
			status(p);

		long next;
		do {
			next = pinger(p);
			next = schedule_exit(p, next);
		} while (next <= 0 && !ping_exiting);

		if (done(p))	/* a local error while sending */
			break;
		struct pollfd pf = { .fd = p->fd, .events = POLLIN };
		if (poll(&pf, 1, (int)(next > 0 ? next : 0)) > 0)
			drain(p, pf.revents & POLLERR, p->packet, p->packlen);
	}
	return finish(p);
}
