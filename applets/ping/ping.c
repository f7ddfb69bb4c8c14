/* ping: send ICMP echo requests, as iputils' ping 20221126 does.
 *
 * Options (as iputils; the rarer ones need CONFIG_PING_EXTRA):
 *   -4 -6            IPv4 / IPv6 only (else the target's family)
 *   -c COUNT         stop after COUNT replies
 *   -i SECONDS       interval, fractional; under 2 ms only for root
 *   -W SECONDS       time to wait for a reply after the last request
 *   -w SECONDS       deadline: stop after that long
 *   -s SIZE          data bytes (56)
 *   -t TTL           time to live / hop limit
 *   -q -n            quiet, numeric
 *   -I IFACE|ADDR    source interface or address (ADDR%IFACE for IPv6)
 * extra:
 *   -D -O            timestamps, report missing replies
 *   -f               flood
 *   -M do|want|dont  path MTU discovery
 *   -b               allow broadcast
 *   -p PATTERN       up to 16 hex bytes of padding
 *   -a -B -d -L -m MARK -r -S SNDBUF -U -v
 * SIGINT ends with the statistics, SIGQUIT (extra) prints a one-line
 * summary. */
#include "applets/ping/ping.h"
#include "core/inet.h"
#include "core/ifname.h"
#include "core/priv.h"

#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

static const char usage_text[] =
	"\nUsage\n"
	"  ping [options] <destination>\n"
	"\nOptions:\n"
	"  <destination>      dns name or ip address\n"
	"  -a                 use audible ping\n"
	"  -A                 use adaptive ping\n"
	"  -B                 sticky source address\n"
	"  -c <count>         stop after <count> replies\n"
	"  -C                 call connect() syscall on socket creation\n"
	"  -D                 print timestamps\n"
	"  -d                 use SO_DEBUG socket option\n"
	"  -e <identifier>    define identifier for ping session, default is random for\n"
	"                     SOCK_RAW and kernel defined for SOCK_DGRAM\n"
	"                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n"
	"  -f                 flood ping\n"
	"  -h                 print help and exit\n"
	"  -I <interface>     either interface name or address\n"
	"  -i <interval>      seconds between sending each packet\n"
	"  -L                 suppress loopback of multicast packets\n"
	"  -l <preload>       send <preload> number of packages while waiting replies\n"
	"  -m <mark>          tag the packets going out\n"
	"  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n"
	"  -n                 no dns name resolution\n"
	"  -O                 report outstanding replies\n"
	"  -p <pattern>       contents of padding byte\n"
	"  -q                 quiet output\n"
	"  -Q <tclass>        use quality of service <tclass> bits\n"
	"  -s <size>          use <size> as number of data bytes to be sent\n"
	"  -S <size>          use <size> as SO_SNDBUF socket option value\n"
	"  -t <ttl>           define time to live\n"
	"  -U                 print user-to-user latency\n"
	"  -v                 verbose output\n"
	"  -V                 print version and exit\n"
	"  -w <deadline>      reply wait <deadline> in seconds\n"
	"  -W <timeout>       time to wait for response\n"
	"\nIPv4 options:\n"
	"  -4                 use IPv4\n"
	"  -b                 allow pinging broadcast\n"
	"  -R                 record route\n"
	"  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n"
	"\nIPv6 options:\n"
	"  -6                 use IPv6\n"
	"  -F <flowlabel>     define flow label, default is random\n"
	"  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n"
	"\nFor more details see ping(8).\n";

/* getopt's grammar of iputils: letters followed by ':' take a value */
static const char optstring[] = "h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:";
/* the ones ipbox leaves out: source routes, timestamps, flow labels,
 * node info, ident, preload, TOS, adaptive */
static const char unsupported[] = "RTFNelQA";

static void ping_verr(int err, const char *fmt, va_list ap)
{
	char b[512];
	size_t n = vfmt_buf(b, sizeof(b), fmt, ap);
	if (err)
		fmt_buf(b + n, sizeof(b) - n, ": %s", errtext(err));
	err_fmt("ping: %s\n", b);
}

void ping_err(int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	out_flush();
	ping_verr(err, fmt, ap);
	va_end(ap);
}

void ping_die(int rc, int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	out_flush();
	ping_verr(err, fmt, ap);
	va_end(ap);
	ipbox_exit(rc);
}

static __attribute__((noreturn)) void usage(void)
{
	usage_exit(USAGE(usage_text, "\nUsage\n  ping [options] <destination>\n"), 2);
}

/* iputils' strtol_or_err: strtoll base 10; exits 1 */
static long long num_arg(const char *s, long long lo, long long hi)
{
	char *end;

	errno = 0;
	long long x = str_to_ll(s, &end, 10);
	if (errno || end == s || *end)
		ping_die(1, errno, "invalid argument: '%s'", s);
	if (x < lo || x > hi)
		ping_die(1, 0, "invalid argument: '%s': out of range: %lld <= value <= %lld", s, lo, hi);
	return x;
}

/* iputils' ping_strtod: garbage (and strtod's ERANGE) warns but goes on
 * with the number; "", inf, nan, overflow and subnormals end it */
static long long secs_arg(const char *s, const char *what, int *rc)
{
	long long us;
	const char *end;

	*rc = ping_parse_secs(s, &us, &end);
	if (*rc & PS_EMPTY)
		ping_die(2, 0, "%s: %s", what, s);
	if (*rc & (PS_GARBAGE | PS_ERANGE)) {
		ping_err(0, "option argument contains garbage: %s", end);
		ping_err(0, "this will become fatal error in the future");
	}
	if (*rc & PS_NONFINITE)
		ping_die(2, ERANGE, "%s: %s", what, s);
	if (us > 2147483647000LL)	/* over INT_MAX / 1000 seconds */
		ping_die(2, 0, "%s: %s", what, s);
	return us;
}

static void parse_pattern(struct ping *p, const char *s)
{
	for (const char *c = s; *c; c++)
		if (!((*c >= '0' && *c <= '9') || ((*c | 32) >= 'a' && (*c | 32) <= 'f')))
			ping_die(2, 0, "patterns must be specified as hex digits: %s", c);
	p->pattern = s;
	p->flags |= F_PINGFILLED;
}

static int hexval(char c)
{
	return c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
}

/* -p: up to 16 bytes of two hex digits each (the last may have one),
 * repeated over the data; iputils prints them first */
static void fill_pattern(struct ping *p)
{
	uint8_t pat[16];
	int n = 0;
	const char *s = p->pattern;

	while (*s && n < 16) {
		int v = hexval(*s++);
		if (*s)
			v = v * 16 + hexval(*s++);
		pat[n++] = (uint8_t)v;
	}
	for (size_t i = 0; n && i < p->datalen && i < PING_MAX_SENT; i++)
		p->outpack[8 + i] = pat[i % (size_t)n];
	if (!(p->flags & F_QUIET)) {
		out_str("PATTERN: 0x");
		for (int i = 0; i < n; i++)
			out_fmt("%02x", pat[i]);
		out_str("\n");
	}
}

/* -I: an address (IPv6 ones may carry %IFACE) or an interface name */
static void parse_iface(struct ping *p, char *arg)
{
	if (strchr(arg, ':')) {
		char *pct = strchr(arg, '%');
		if (pct) {
			*pct = 0;
			p->device = pct + 1;
		}
		int ok = ip_pton(AF_INET6, arg, &p->src.in6.sin6_addr) > 0;
		if (pct)
			*pct = '%';
		if (!ok)
			ping_die(2, 0, "invalid source address: %s", arg);
		p->src.in6.sin6_family = AF_INET6;
		p->flags |= F_STRICTSOURCE;
	} else if (ip_pton(AF_INET, arg, &p->src.in.sin_addr) > 0) {
		p->src.in.sin_family = AF_INET;
		p->flags |= F_STRICTSOURCE;
	} else {
		p->device = arg;
	}
}

static void set_family(struct ping *p, int af)
{
	if (p->family && p->family != af)
		ping_die(2, 0, "only one -4 or -6 option may be specified");
	p->family = af;
}

/* one option of the command line (gnu_getopt's callback) */
static void parse_opt(void *ctx, int c, char *arg)
{
	struct ping *p = ctx;
	const char *f = strchr(PING_FLAG_OPTS, c);

	if (strchr(unsupported, c))
		ping_die(2, 0, "option -%c is not supported by this ping", c);
	/* as ip's not_in_build, with ping's exit code for a bad option */
	if ((!CONFIG_PING_EXTRA && (strchr("mSpM", c) || (f && f - PING_FLAG_OPTS >= 2))) ||
	    (!CONFIG_PING6 && c == '6'))
		ping_die(2, 0, "option \"-%c\" is not in this build", c);
	if (f) {
		p->flags |= 1u << (f - PING_FLAG_OPTS);
		if (c == 'f')
			p->flags |= F_NUMERIC;
		return;
	}
	if (CONFIG_PING_EXTRA) {
		switch (c) {
		case 'm': p->mark = (int)num_arg(arg, 0, 2147483647); p->flags |= F_MARK; return;
		case 'S': p->sndbuf = (int)num_arg(arg, 1, 2147483647); return;
		case 'p': parse_pattern(p, arg); return;
		case 'M':
			if (streq(arg, "do"))
				p->pmtudisc = 2;		/* IP_PMTUDISC_DO */
			else if (streq(arg, "dont"))
				p->pmtudisc = 0;
			else if (streq(arg, "want"))
				p->pmtudisc = 1;
			else
				ping_die(2, 0, "invalid -M argument: %s", arg);
			return;
		}
	}
	switch (c) {
	case '4': set_family(p, AF_INET); break;
	case '6': set_family(p, AF_INET6); break;
	case 'c': p->npackets = (long)num_arg(arg, 1, 9223372036854775807ll); break;
	case 'i': {
		int rc;
		long long us = secs_arg(arg, "bad timing interval", &rc);
		p->interval = us > 0 ? (int)(us / 1000) : 0;
		p->flags |= F_INTERVAL;
		break;
	}
	case 'I': parse_iface(p, arg); break;
	case 's': p->datalen = (size_t)num_arg(arg, 0, 2147483647); break;
	case 't': p->ttl = (int)num_arg(arg, 0, 255); p->flags |= F_TTL; break;
	case 'V':
		out_str("ping from ipbox (iputils 20221126 compatible)\n");
		ipbox_exit(0);
	case 'w': p->deadline = (int)num_arg(arg, 0, 2147483647); break;
	case 'W': {
		int rc;
		long long us = secs_arg(arg, "bad linger time", &rc);
		if (rc & PS_NEGATIVE)
			ping_die(2, 0, "bad linger time: %s", arg);
		p->lingertime = (int)(us / 1000);
		break;
	}
	case 'C': break;			/* we always connect a probe */
	default: usage();			/* -h, -? */
	}
}

/* getopt with GNU permutation: options may follow the target */
static char *parse_args(struct ping *p, int argc, char **argv)
{
	int n = gnu_getopt(argc, argv, optstring, "ping", parse_opt, p);

	if (n < 0)
		usage();
	if (!n)
		ping_die(1, EDESTADDRREQ, "usage error");
	if (n > 1)
		usage();	/* IPv4 source routes: not in ipbox */
	return argv[n];
}

/* glibc's gai_strerror texts (musl's words differ) */
static const char *gai_text(int rc)
{
	switch (rc) {
	case EAI_AGAIN: return "Temporary failure in name resolution";
	case EAI_FAIL: return "Non-recoverable failure in name resolution";
	case EAI_FAMILY: return "ai_family not supported";
	case EAI_MEMORY: return "Memory allocation failure";
	case EAI_NONAME: return "Name or service not known";
	case EAI_SERVICE: return "Servname not supported for ai_socktype";
	case EAI_SOCKTYPE: return "ai_socktype not supported";
	case EAI_SYSTEM: return "System error";
	default: return "Unknown error";
	}
}

/* glibc's getaddrinfo takes an IPv4 target as inet_aton does, but whole */
static int aton_exact(const char *s, struct in_addr *a)
{
	return ipv4_aton_exact(s, (uint8_t *)a);
}

/* glibc's rule for "%SCOPE" of an IPv6 target: an interface name for
 * link-local unicast and node- or link-local multicast, else a number */
static int scope_id(union ping_sa *d, const char *sc)
{
	const uint8_t *b = d->in6.sin6_addr.s6_addr;
	unsigned long long id = 0;
	char *end;

	if ((b[0] == 0xfe && (b[1] & 0xc0) == 0x80) ||
	    (b[0] == 0xff && ((b[1] & 0x0f) == 1 || (b[1] & 0x0f) == 2)))
		id = ll_ioctl_index(sc);
	if (!id) {
		if (*sc < '0' || *sc > '9')
			return -1;
		id = str_to_ull(sc, &end, 10);
		if (*end || id > 0xffffffff)
			return -1;
	}
	d->in6.sin6_scope_id = (uint32_t)id;
	return 0;
}

/* the target: numeric always, names through the resolver when built in */
static void resolve(struct ping *p, char *target)
{
	static char canon[256];
	union ping_sa *d = &p->dst;
	char *pct = strchr(target, '%');

	p->hostname = target;
	if (p->family != AF_INET6 && aton_exact(target, &d->in.sin_addr)) {
		d->in.sin_family = AF_INET;
		p->flags |= F_NUMERIC;
		p->family = AF_INET;
		return;
	}
	if (pct)
		*pct = 0;
	int v6 = ip_pton(AF_INET6, target, &d->in6.sin6_addr) > 0;
	if (pct)
		*pct = '%';
	if (v6) {
		if (p->family == AF_INET)
			ping_die(2, 0, "%s: Address family for hostname not supported", target);
		if (!CONFIG_PING6)
			ping_die(2, 0, "%s: IPv6 is not in this build", target);
		d->in6.sin6_family = AF_INET6;
		if (pct && scope_id(d, pct + 1))
			ping_die(2, 0, "%s: %s", target, gai_text(EAI_NONAME));
		p->family = AF_INET6;
		return;
	}
	if (p->family == AF_INET6 && aton_exact(target, &d->in.sin_addr))
		ping_die(2, 0, "%s: Address family for hostname not supported", target);
	if (!CONFIG_PING_HOSTNAMES)
		ping_die(2, 0, "%s: host names are not in this build", target);

	struct addrinfo hints = { .ai_family = p->family, .ai_socktype = SOCK_DGRAM,
				  .ai_protocol = IPPROTO_UDP, .ai_flags = AI_CANONNAME };
	struct addrinfo *res, *ai;
	int rc = getaddrinfo(target, NULL, &hints, &res);
	if (rc)
		ping_die(2, 0, "%s: %s", target, gai_text(rc));
	for (ai = res; ai; ai = ai->ai_next)
		if (ai->ai_family == AF_INET || (CONFIG_PING6 && ai->ai_family == AF_INET6))
			break;
	if (!ai)
		ping_die(2, 0, "%s: %s", target, gai_text(EAI_NONAME));
	memcpy(d, ai->ai_addr, ai->ai_addrlen < sizeof(*d) ? ai->ai_addrlen : sizeof(*d));
	p->family = ai->ai_family;
	if (ai->ai_family == AF_INET) {	/* IPv4 prints the canonical name */
		fmt_buf(canon, sizeof(canon), "%s", ai->ai_canonname ? ai->ai_canonname : "");
		p->hostname = canon;
	} else if (strchr(target, ':')) {
		p->flags |= F_NUMERIC;
	}
	freeaddrinfo(res);
}

//applet: ping ping_main PING priv
int ping_main(int argc, char **argv)
{
	static struct ping p;

	if (IPBOX_TEST_HOOKS)	/* tests/fuzz runs ping_main again and again */
		memset(&p, 0, sizeof(p));
	/* iputils' close_stdout: each line was flushed, so no errno is left */
	out_write_error("ping: write error\n");
	p.pmtudisc = -1;
	p.interval = 1000;
	p.lingertime = 10000;
	p.datalen = 56;
	p.fd = -1;
	/* iputils' limit_capabilities, first of all: the real uid and gid,
	 * only CAP_NET_RAW and CAP_NET_ADMIN permitted, neither effective
	 * but around the calls that need them; none at all once the socket
	 * is set up.  ipbox also resets the saved uid, which iputils leaves
	 * at 0 in a setuid ping.  (Not in tests/fuzz, which runs ping_main
	 * again and again in one process.) */
	if (!IPBOX_TEST_HOOKS && priv_limit(1u << PRIV_NET_RAW | 1u << PRIV_NET_ADMIN) < 0)
		ping_die(255, errno, "setuid");
	p.uid = (int)getuid();

	char *target = parse_args(&p, argc, argv);

	/* the request, then room for a reply with IP header and options;
	 * mmap keeps malloc out of the static binary.  Pages past IP's
	 * limit are never touched, so a huge -s costs address space only. */
	size_t len = ping_mem_size(p.datalen, &p.packlen);
	void *mem = len ? mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
			: MAP_FAILED;
	if (mem == MAP_FAILED)
		ping_die(2, len ? errno : ENOMEM, "memory allocation failed");
	p.outpack = mem;
	p.packet = p.outpack + (len - p.packlen);
	if (p.flags & F_PINGFILLED)
		fill_pattern(&p);

	resolve(&p, target);		/* IPv6 only with CONFIG_PING6 */
	ping_open(&p);
	ping_setup(&p);
	if (!IPBOX_TEST_HOOKS && priv_drop() < 0)
		ping_die(255, errno, "cap_set_proc");
	return ping_loop(&p);
}
