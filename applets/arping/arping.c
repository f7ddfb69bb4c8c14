/* arping: iputils' arping 20221126.  ARP requests to a neighbour,
 * duplicate address detection (-D) and gratuitous ARP (-U, -A) through
 * an AF_PACKET datagram socket; the device is -I's, else the one the
 * kernel routes the target through, found by netlink. */
#include "applets/arping/arping.h"
#include "core/clock.h"
#include "core/ifname.h"
#include "core/inet.h"
#include "core/ll.h"
#include "core/ipbox.h"
#include "core/nl.h"
#include "core/priv.h"

#include <errno.h>
#include <linux/if_ether.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#define AX25_P_IP 0xcc		/* AX.25's protocol id for IP (no uapi header has it) */
#define FINAL_PACKS 2
#define ARP_HDR 8		/* struct arphdr: hrd, pro, hln, pln, op */

static const char usage_text[] =
	"\nUsage:\n"
	"  arping [options] <destination>\n"
	"\nOptions:\n"
	"  -f            quit on first reply\n"
	"  -q            be quiet\n"
	"  -b            keep on broadcasting, do not unicast\n"
	"  -D            duplicate address detection mode\n"
	"  -U            unsolicited ARP mode, update your neighbours\n"
	"  -A            ARP answer mode, update your neighbours\n"
	"  -V            print version and exit\n"
	"  -c <count>    how many packets to send\n"
	"  -w <timeout>  how long to wait for a reply\n"
	"  -i <interval> set interval between packets (default: 1 second)\n"
	"  -I <device>   which ethernet device to use\n"
	"  -s <source>   source ip address\n"
	"  <destination> dns name or ip address\n"
	"\nFor more details see arping(8).\n";

static const char optstring[] = "h?bfDUAqc:w:i:s:I:V";

/* glibc's program_invocation_name, which error() and getopt print:
 * argv[0] as given ("/usr/bin/arping" when called so) */
static const char *prog = "arping";

/* error(3) as iputils calls it: "arping: TEXT[: ERRNO TEXT]", then exit
 * RC unless it is -1 */
static void arping_err(int rc, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void arping_err(int rc, int err, const char *fmt, ...)
{
	char b[512];
	va_list ap;

	va_start(ap, fmt);
	size_t n = vfmt_buf(b, sizeof(b), fmt, ap);
	va_end(ap);
	if (err)
		fmt_buf(b + n, sizeof(b) - n, ": %s", errtext(err));
	out_flush();
	err_fmt("%s: %s\n", prog, b);
	if (rc >= 0)
		ipbox_exit(rc);
}

static __attribute__((noreturn)) void usage(void)
{
	out_flush();
	usage_exit(USAGE(usage_text, "\nUsage:\n  arping [options] <destination>\n"), 2);
}

/* iputils' strtol_or_err: base 10, exit 1 */
static int num_arg(const char *s, long long lo)
{
	char *end;

	errno = 0;
	long long x = str_to_ll(s, &end, 10);
	if (!*s || errno || end == s || *end)
		arping_err(1, errno, "invalid argument: '%s'", s);
	if (x < lo || x > 0x7fffffff)
		arping_err(1, 0, "invalid argument: '%s': out of range: %lld <= value <= %d",
			   s, lo, 0x7fffffff);
	return (int)x;
}

/* one option of the command line (gnu_getopt's callback) */
static void parse_opt(void *ctx, int c, char *val)
{
	struct arping *a = ctx;
	switch (c) {
	case 'b': a->broadcast_only = 1; break;
	case 'D': a->dad = a->quit_on_reply = 1; break;
	case 'U': a->unsolicited = 1; break;
	case 'A': a->advert = a->unsolicited = 1; break;
	case 'q': a->quiet = 1; break;
	case 'c': a->count = num_arg(val, 1); break;
	case 'w': a->timeout = num_arg(val, 0); break;
	case 'i': a->interval = num_arg(val, 0); break;
	case 'I': a->device = val; break;
	case 'f': a->quit_on_reply = 1; break;
	case 's': a->source = val; break;
	case 'V':
		out_str("arping from iputils 20221126\n"
			"libcap: yes, IDN: no, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n");
		ipbox_exit(0);
	default: usage();		/* -h, -? */
	}
}

/* ---- the device --------------------------------------------------------- */

struct dev {
	char name[IFNAMSIZ];
	int ifindex;
	int found;			/* iputils' n */
	uint8_t brd[32];		/* its broadcast address */
	size_t brdlen;
};

/* iputils' guess_device: the interface of the route to the target */
static int got_route(const struct nlmsghdr *n, void *arg)
{
	struct dev *d = arg;
	const struct rtattr *tb[RTA_MAX + 1];

	nlmsg_parse(tb, RTA_MAX, n, sizeof(struct rtmsg));
	if (tb[RTA_OIF]) {
		d->ifindex = (int)nla_u32(tb[RTA_OIF], 0);
		if (!ll_ioctl_name((unsigned)d->ifindex, d->name))
			arping_err(1, errno, "if_indextoname failed");
	}
	return 0;
}

static void guess_device(struct arping *a, struct dev *d)
{
	struct nl_req r;
	char buf[128];
	struct rtmsg *rm = nl_req_init(&r, buf, sizeof(buf), RTM_GETROUTE, 0, sizeof(*rm));

	rm->rtm_family = AF_INET;
	rm->rtm_dst_len = 32;	/* strict checks want it; iputils leaves 0 */
	nla_put(&r, RTA_DST, a->gdst, 4);
	if (nl_get(&r, NL_QUIET, got_route, d) < 0) {
		arping_err(-1, 0, "NETLINK_ROUTE unexpected iov element");
		ipbox_exit(1);
	}
	if (d->name[0])
		a->device = d->name;
}

/* iputils' check_ifflags: a named device down or not ARP-able ends the run */
static int check_ifflags(struct arping *a, unsigned flags)
{
	if (!(flags & IFF_UP)) {
		if (!a->device)
			return -1;
		if (!a->quiet)
			out_fmt("Interface \"%s\" is down\n", a->device);
		ipbox_exit(2);
	}
	if (flags & (IFF_NOARP | IFF_LOOPBACK)) {
		if (!a->device)
			return -1;
		if (!a->quiet)
			out_fmt("Interface \"%s\" is not ARPable\n", a->device);
		ipbox_exit(a->dad ? 0 : 2);
	}
	return 0;
}

struct scan {
	struct arping *a;
	struct dev *d;
	int done;
};

/* iputils' check_device over getifaddrs' AF_PACKET entries, which are
 * the links in the kernel's order, each with an IFLA_ADDRESS */
static int got_link(const struct nlmsghdr *n, void *arg)
{
	struct scan *s = arg;
	struct dev *d = s->d;
	const struct ifinfomsg *ifi = NLMSG_DATA(n);
	const struct rtattr *tb[IFLA_MAX + 1];

	if (s->done || n->nlmsg_type != RTM_NEWLINK || n->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return 0;
	nlmsg_parse(tb, IFLA_MAX, n, sizeof(*ifi));
	const char *name = tb[IFLA_IFNAME] ? nla_str(tb[IFLA_IFNAME]) : NULL;
	const struct rtattr *ad = tb[IFLA_ADDRESS], *brd = tb[IFLA_BROADCAST];

	if (!ad || nla_len(ad) > 24)	/* glibc: no room (sockaddr_ll_max), no entry */
		return 0;
	if (s->a->device && name && !streq(name, s->a->device))
		return 0;
	if (check_ifflags(s->a, ifi->ifi_flags) < 0)
		return 0;
	if (!nla_len(ad) || !brd || nla_len(brd) > 24)
		return 0;
	fmt_buf(d->name, sizeof(d->name), "%s", name ? name : "");
	d->ifindex = ifi->ifi_index;
	d->brdlen = nla_len(brd);
	memcpy(d->brd, nla_data(brd), d->brdlen);
	if (d->found++)
		s->done = 1;
	return 0;
}

static void check_device(struct arping *a, struct dev *d)
{
	struct nl_req r;
	char buf[64];
	struct scan s = { a, d, 0 };
	int idx = 0;

	ll_link_req(&r, buf, sizeof(buf), 0, 0, NULL, 0);
	d->found = 0;
	if (nl_dump(&r, got_link, &s) < 0)
		arping_err(2, errno, "getifaddrs");
	if (d->found == 1) {
		idx = (int)ll_ioctl_index(d->name);
		if (!idx)
			arping_err(2, errno, "if_nametoindex");
		a->device = d->name;
	}
	d->ifindex = idx;
}

/* ---- the wire ----------------------------------------------------------- */

static socklen_t sll_len(size_t halen)
{
	size_t len = offsetof(struct sockaddr_ll, sll_addr) + halen;
	return (socklen_t)(len < sizeof(struct sockaddr_ll) ? sizeof(struct sockaddr_ll) : len);
}

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static unsigned get16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static void send_pack(struct arping *a)
{
	uint8_t buf[256], *p = buf + ARP_HDR;
	unsigned hrd = a->me.ll.sll_hatype, hln = a->me.ll.sll_halen;
	struct timespec now;

	if (hrd == ARPHRD_FDDI)
		hrd = ARPHRD_ETHER;
	put16(buf, hrd);
	put16(buf + 2, hrd == ARPHRD_AX25 || hrd == ARPHRD_NETROM ? AX25_P_IP : ETH_P_IP);
	buf[4] = (uint8_t)hln;
	buf[5] = 4;
	put16(buf + 6, a->advert ? ARPOP_REPLY : ARPOP_REQUEST);
	memcpy(p, ARPING_HW(a->me), hln);
	p += hln;
	memcpy(p, a->gsrc, 4);
	p += 4;
	memcpy(p, a->advert ? ARPING_HW(a->me) : ARPING_HW(a->he), hln);
	p += hln;
	memcpy(p, a->gdst, 4);
	p += 4;

	clock_now(CLOCK_MONOTONIC, &now);
	if (sendto(a->fd, buf, (size_t)(p - buf), 0, (struct sockaddr *)&a->he,
		   sll_len(hln)) == p - buf) {
		a->last = now;
		a->sent++;
		if (!a->unicasting)
			a->brd_sent++;
	}
}

static void print_hex(const uint8_t *p, unsigned len)
{
	for (unsigned i = 0; i < len; i++)
		out_fmt(i + 1 < len ? "%02X:" : "%02X", p[i]);
}

static const char *ntoa(const uint8_t *ip)
{
	static char b[ADDR_BUF];
	return format_addr(AF_INET, ip, b);
}

int arping_recv(struct arping *a, const uint8_t *buf, ssize_t len,
		const struct sockaddr_ll *from, const struct timespec *now)
{
	unsigned hrd, op, hln;
	const uint8_t *p = buf + ARP_HDR;
	uint8_t src_ip[4], dst_ip[4];

	if (from->sll_pkttype != PACKET_HOST && from->sll_pkttype != PACKET_BROADCAST &&
	    from->sll_pkttype != PACKET_MULTICAST)
		return 0;
	/* iputils reads the header from its 4096-byte buffer whatever came */
	if (len < ARP_HDR)
		return 0;
	hrd = get16(buf);
	op = get16(buf + 6);
	hln = buf[4];
	if (op != ARPOP_REQUEST && op != ARPOP_REPLY)
		return 0;
	if (hrd != from->sll_hatype && (from->sll_hatype != ARPHRD_FDDI || hrd != ARPHRD_ETHER))
		return 0;
	if (get16(buf + 2) != (hrd == ARPHRD_AX25 || hrd == ARPHRD_NETROM ? AX25_P_IP : ETH_P_IP))
		return 0;
	if (buf[5] != 4 || hln != a->me.ll.sll_halen)
		return 0;
	if (len < (ssize_t)(ARP_HDR + 2 * (4 + hln)))
		return 0;
	memcpy(src_ip, p + hln, 4);
	memcpy(dst_ip, p + hln + 4 + hln, 4);
	const uint8_t *tha = p + hln + 4;
	if (!a->dad) {
		if (memcmp(src_ip, a->gdst, 4) || memcmp(a->gsrc, dst_ip, 4) ||
		    memcmp(tha, ARPING_HW(a->me), hln))
			return 0;
	} else {
		/* a duplicate: the tested address from another hardware address,
		 * answering our source if we had one */
		static const uint8_t zero[4];
		if (memcmp(src_ip, a->gdst, 4) || !memcmp(p, ARPING_HW(a->me), hln))
			return 0;
		if (memcmp(a->gsrc, zero, 4) && memcmp(a->gsrc, dst_ip, 4))
			return 0;
	}
	if (!a->quiet) {
		int s_printed = 0;
		out_fmt("%s %s from %s [", from->sll_pkttype == PACKET_HOST ? "Unicast" : "Broadcast",
			op == ARPOP_REPLY ? "reply" : "request", ntoa(src_ip));
		print_hex(p, hln);
		out_str("] ");
		if (memcmp(dst_ip, a->gsrc, 4)) {
			out_fmt("for %s ", ntoa(dst_ip));
			s_printed = 1;
		}
		if (memcmp(tha, ARPING_HW(a->me), hln)) {
			if (!s_printed)
				out_str("for ");
			out_str("[");
			print_hex(tha, hln);
			out_str("]");
		}
		if (a->last.tv_sec) {
			/* iputils' rounding, in its long */
			long usecs = (long)((long long)(now->tv_sec - a->last.tv_sec) * 1000000 +
					    (now->tv_nsec - a->last.tv_nsec + 500) / 1000);
			long msecs = (usecs + 500) / 1000;
			usecs -= msecs * 1000 - 500;
			out_fmt(" %ld.%03ldms\n", msecs, usecs);
		} else {
			out_str(" UNSOLICITED?\n");
		}
		out_flush();
	}
	a->received++;
	if (a->timeout && a->received == a->count)
		return FINAL_PACKS;
	if (from->sll_pkttype != PACKET_HOST)
		a->brd_recv++;
	if (op == ARPOP_REQUEST)
		a->req_recv++;
	if (a->quit_on_reply || (a->count == 0 && a->received == a->sent))
		return FINAL_PACKS;
	if (!a->broadcast_only) {
		memcpy(ARPING_HW(a->he), p, hln);
		a->unicasting = 1;
	}
	return 1;
}

static int finish(struct arping *a)
{
	if (!a->quiet) {
		out_fmt("Sent %d probes (%d broadcast(s))\n", a->sent, a->brd_sent);
		out_fmt("Received %d response(s)", a->received);
		if (a->brd_recv || a->req_recv) {
			out_str(" (");
			if (a->req_recv)
				out_fmt("%d request(s)", a->req_recv);
			if (a->brd_recv)
				out_fmt("%s%d broadcast(s)", a->req_recv ? ", " : "", a->brd_recv);
			out_str(")");
		}
		out_str("\n");
		out_flush();
	}
	if (a->dad)
		return !!a->received;
	if (a->unsolicited)
		return 0;
	return !a->received;
}

static long long mono_ns(void)
{
	struct timespec ts;
	clock_now(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* iputils' event_loop: a send every -i seconds (none after the first
 * with -i 0), until -c sends are done, -w passes, the reply that ends
 * the run comes, or SIGINT, SIGQUIT or SIGTERM */
static int event_loop(struct arping *a)
{
	int rc = 0, stop = 0;
	sigset_t mask;
	union {
		struct sockaddr_ll ll;
		struct sockaddr_storage ss;
	} from;
	uint8_t packet[4096];
	struct signalfd_siginfo si;

	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGQUIT);
	sigaddset(&mask, SIGTERM);
	if (sigprocmask(SIG_BLOCK, &mask, NULL) < 0) {
		arping_err(-1, errno, "sigprocmask failed");
		return 1;
	}
	int sfd = signalfd(-1, &mask, 0);
	if (sfd < 0) {
		arping_err(-1, errno, "signalfd");
		return 1;
	}
	struct pollfd pfd[2] = { { sfd, POLLIN, 0 }, { a->fd, POLLIN, 0 } };
	long long ival = (long long)a->interval * 1000000000, t0 = mono_ns();
	long long next = ival ? t0 + ival : -1, end = a->timeout ? t0 + (long long)a->timeout * 1000000000 : -1;
	unsigned long long expires = 1;

	send_pack(a);
	while (!stop) {
		long long now = mono_ns(), wake = next;
		if (end >= 0 && (wake < 0 || end < wake))
			wake = end;
		int ms = wake < 0 ? -1 : wake <= now ? 0 : (int)((wake - now + 999999) / 1000000);
		if (wake >= 0 && wake - now > 1000000000LL * 1000)	/* poll's int */
			ms = 1000000000;
		if (poll(pfd, 2, ms) < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			arping_err(-1, errno, "poll failed");
			break;
		}
		if (pfd[0].revents) {
			if (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
				stop = 1;
		}
		now = mono_ns();
		if (next >= 0 && now >= next) {
			unsigned long long n = (unsigned long long)((now - next) / ival) + 1;
			next += (long long)n * ival;
			expires += n;
			if (a->count > 0 && (unsigned long long)a->count < expires)
				stop = 1;
			else
				send_pack(a);
		}
		if (end >= 0 && now >= end)
			stop = 1;
		if (pfd[1].revents) {
			socklen_t alen = sizeof(from);
			ssize_t s = recvfrom(a->fd, packet, sizeof(packet), 0, (struct sockaddr *)&from, &alen);
			if (s < 0) {
				arping_err(-1, errno, "recvfrom");
				if (errno == ENETDOWN)
					rc = 2;
				continue;
			}
			struct timespec ts;
			clock_now(CLOCK_MONOTONIC, &ts);
			if (arping_recv(a, packet, s, &from.ll, &ts) == FINAL_PACKS)
				stop = 1;
		}
	}
	close(sfd);
	rc |= finish(a);
	if (a->unsolicited)
		;
	else if (a->dad && a->quit_on_reply)
		rc |= a->brd_sent == a->received;	/* DAD's exit code */
	else if (a->timeout && a->count <= 0)
		rc |= a->received <= 0;
	else
		rc |= a->sent != a->received;
	return rc;
}

/* iputils' probe: the source address the kernel would use for the
 * target, through a UDP socket bound to the device */
static void find_source(struct arping *a)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in sin = { .sin_family = AF_INET };
	static const uint8_t zero[4];

	if (fd < 0)
		arping_err(2, errno, "socket");
	if (a->device) {
		priv_effective(PRIV_NET_RAW, 1);
		if (setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, a->device, (socklen_t)strlen(a->device) + 1) < 0)
			arping_err(-1, errno, "WARNING: interface is ignored");
		priv_effective(PRIV_NET_RAW, 0);
	}
	if (a->source || memcmp(a->gsrc, zero, 4)) {
		memcpy(&sin.sin_addr, a->gsrc, 4);
		if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0)
			arping_err(2, errno, "bind");
	} else if (!a->dad) {
		int on = 1;
		socklen_t alen = sizeof(sin);

		sin.sin_port = htons(1025);
		memcpy(&sin.sin_addr, a->gdst, 4);
		if (!a->unsolicited) {
			if (setsockopt(fd, SOL_SOCKET, SO_DONTROUTE, &on, sizeof(on)) < 0)
				arping_err(-1, errno, "WARNING: setsockopt(SO_DONTROUTE)");
			if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0)
				arping_err(2, errno, "connect");
			if (getsockname(fd, (struct sockaddr *)&sin, &alen) < 0)
				arping_err(2, errno, "getsockname");
		}
		memcpy(a->gsrc, &sin.sin_addr, 4);
	}
	close(fd);
}

//applet: arping arping_main ARPING priv
int arping_main(int argc, char **argv)
{
	static struct arping a;
	struct dev d;
	static const uint8_t zero[4];

	memset(&a, 0, sizeof(a));
	memset(&d, 0, sizeof(d));
	a.count = -1;
	a.interval = 1;
	prog = argv[0];
	/* iputils' limit_capabilities: the real uid and gid, cap_net_raw
	 * the only capability kept, effective only around the calls that
	 * need it, and none once the socket is set up */
	if (priv_limit(1u << PRIV_NET_RAW) < 0)
		arping_err(255, errno, "setuid");

	if (gnu_getopt(argc, argv, optstring, prog, parse_opt, &a) != 1)
		usage();
	char *target = argv[1];

	priv_effective(PRIV_NET_RAW, 1);
	a.fd = socket(AF_PACKET, SOCK_DGRAM, 0);
	int e = errno;
	priv_effective(PRIV_NET_RAW, 0);
	if (a.fd < 0)
		arping_err(2, e, "socket");

	if (a.device && !*a.device)
		a.device = NULL;
	if (!ipv4_aton(target, a.gdst))
		arping_err(2, 0, "%s: host names are not supported (numeric addresses only)", target);
	if (!a.device)
		guess_device(&a, &d);
	check_device(&a, &d);
	if (!d.ifindex) {
		if (a.device)
			arping_err(2, 0, "Device %s not available.", a.device);
		arping_err(-1, 0, "Suitable device could not be determined. Please, use option -I.");
	}
	if (a.source && !ipv4_aton(a.source, a.gsrc))
		arping_err(2, 0, "invalid source %s", a.source);
	if (!a.dad && a.unsolicited && !a.source)
		memcpy(a.gsrc, a.gdst, 4);
	if (!a.dad || a.source)
		find_source(&a);

	a.me.ll.sll_family = AF_PACKET;
	a.me.ll.sll_ifindex = d.ifindex;
	a.me.ll.sll_protocol = htons(ETH_P_ARP);
	if (bind(a.fd, (struct sockaddr *)&a.me, sizeof(a.me)) < 0)
		arping_err(2, errno, "bind");
	socklen_t alen = sizeof(a.me);
	if (getsockname(a.fd, (struct sockaddr *)&a.me, &alen) < 0)
		arping_err(2, errno, "getsockname");
	if (!a.me.ll.sll_halen) {
		if (!a.quiet)
			out_fmt("Interface \"%s\" is not ARPable (no ll address)\n",
				a.device ? a.device : "(null)");
		ipbox_exit(a.dad ? 0 : 2);
	}
	a.he = a.me;
	if (d.found && d.brdlen == a.he.ll.sll_halen) {
		memcpy(ARPING_HW(a.he), d.brd, d.brdlen);
	} else {
		if (!a.quiet)
			err_fmt("WARNING: using default broadcast address.\n");
		memset(ARPING_HW(a.he), 0xff, a.he.ll.sll_halen);
	}
	if (!a.quiet) {
		out_fmt("ARPING %s ", ntoa(a.gdst));
		out_fmt("from %s %s\n", ntoa(a.gsrc), a.device ? a.device : "");
	}
	if (!a.source && !memcmp(a.gsrc, zero, 4) && !a.dad)
		arping_err(2, 0, "no source address in not-DAD mode");
	if (priv_drop() < 0)
		arping_err(255, errno, "cap_set_proc");
	return event_loop(&a);
}
