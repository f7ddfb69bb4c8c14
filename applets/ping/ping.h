/* ping: what the files of the applet share.  One context (struct ping)
 * holds the options, the socket and the counters of a run. */
#ifndef IPBOX_PING_H
#define IPBOX_PING_H

#include "core/ipbox.h"

#include <netinet/in.h>
#include <stdint.h>
#include <time.h>

#define MAX_DUP_CHK 0x10000		/* sequence numbers remembered for (DUP!) */
#define MIN_USER_INTERVAL 2		/* ms: below that only root (iputils 20221126) */
#define MIN_INTERVAL 10			/* ms: flood waits that long for a reply */
#define MIN_LINGER 100			/* ms: ipbox waits at least that for the last (ping_loop.c) */

/* bit N of the options without a value is letter N of PING_FLAG_OPTS;
 * the ones after the first two need CONFIG_PING_EXTRA, and without it
 * their flags are 0, so that every test of them folds away */
#define PING_FLAG_OPTS "qnfDObBvaUdrL"
#define PING_X CONFIG_PING_EXTRA
enum {
	F_QUIET = 1 << 0,
	F_NUMERIC = 1 << 1,
	F_FLOOD = PING_X << 2,
	F_PTIMEOFDAY = PING_X << 3,	/* -D */
	F_OUTSTANDING = PING_X << 4,	/* -O */
	F_BROADCAST = PING_X << 5,	/* -b */
	F_STRICTSOURCE = 1 << 6,	/* -B, -I ADDR */
	F_VERBOSE = PING_X << 7,
	F_AUDIBLE = PING_X << 8,
	F_LATENCY = PING_X << 9,	/* -U: user-space timestamps */
	F_SO_DEBUG = PING_X << 10,
	F_SO_DONTROUTE = PING_X << 11,
	F_NOLOOP = PING_X << 12,	/* -L */
	F_PINGFILLED = PING_X << 13,	/* -p */
	F_INTERVAL = 1 << 14,		/* -i given */
	F_TTL = 1 << 15,
	F_MARK = PING_X << 16,
};

union ping_sa {
	struct sockaddr sa;
	struct sockaddr_in in;
	struct sockaddr_in6 in6;
};

struct ping {
	/* options */
	unsigned flags;
	int family;			/* -4/-6, then the target's */
	long npackets;			/* -c; 0: no limit */
	int interval;			/* ms */
	int lingertime;			/* ms, -W */
	int deadline;			/* s, -w */
	size_t datalen;			/* -s: 0 to INT_MAX, as iputils */
	int ttl;
	int pmtudisc;			/* -M; -1: not given */
	int tos, sndbuf, mark;		/* -Q -S -m */
	int uid;
	const char *device;		/* -I IFACE (or the %IFACE of -I ADDR%IFACE) */
	const char *hostname;		/* the target as printed */
	const char *pattern;		/* -p */

	/* the socket */
	int fd;
	int socktype;			/* SOCK_DGRAM or SOCK_RAW */
	int multicast;			/* broadcast or multicast target */
	int timing;			/* datalen holds a timeval */
	uint16_t ident;			/* echo id of raw sockets */
	union ping_sa dst, src;
	unsigned ifindex;		/* IPv6 -I: sent as IPV6_PKTINFO */

	/* counters */
	long ntransmitted, nreceived, nrepeats, nchecksum, nerrors;
	long tmin, tmax;		/* us */
	long long tsum, tsum2;
	int rtt;			/* ewma of the rtt, times 8, us */
	int pipesize;
	uint16_t acked;
	struct timespec start, cur;	/* first and latest send */
	uint8_t *outpack;		/* icmp header + datalen */
	uint8_t *packet;		/* a reply */
	size_t packlen;
};

/* an IPv6 run: never without CONFIG_PING6 (-6 and IPv6 targets are refused) */
#define PING_V6(p) (CONFIG_PING6 && (p)->family == AF_INET6)

/* ping_sock.c: open the socket (datagram, else raw, or the other way
 * round), bind, route probe, socket options; prints the PING line */
int ping_open(struct ping *p);
void ping_setup(struct ping *p);

/* ping_loop.c: send, receive, print; returns the exit code */
int ping_loop(struct ping *p);

/* ping_num.c: integer formatting and parsing (unit tested) */
/* " time=X ms" of a reply line as iputils rounds it */
size_t ping_fmt_time(char *buf, size_t cap, long us);
/* printf("%g", (float)(100.0 * lost / total)) without floats */
size_t ping_fmt_loss(char *buf, size_t cap, long lost, long total);
long ping_isqrt(long long v);
/* a round trip of US (0 to 2^28) into P's min, max, sums and ewma */
void ping_account(struct ping *p, long us);
/* IP's limit: data beyond this many bytes never leaves (the kernel
 * refuses any datagram over 65535 bytes), so neither is filled nor summed */
#define PING_MAX_SENT 65535
/* bytes to map for DATALEN: the request (iputils' datalen + 28) and a
 * reply buffer (*REPLY, at most IP's 65535 plus headers and options);
 * 0 when that does not fit in a size_t */
size_t ping_mem_size(size_t datalen, size_t *reply);
/* -i and -W as glibc's strtod reads them in iputils' ping_strtod (decimal
 * or hex, exponents, inf, nan), into microseconds truncated toward zero
 * and saturated at +-2^62.  Returns PS_ bits; *END is where strtod stops. */
enum {
	PS_EMPTY = 1,		/* "": refused, no errno text */
	PS_GARBAGE = 2,		/* nothing parsed, or text after the number */
	PS_ERANGE = 4,		/* strtod's errno: overflow, underflow */
	PS_NONFINITE = 8,	/* inf, nan, overflow, subnormal: not FP_NORMAL/FP_ZERO */
	PS_NEGATIVE = 16,	/* below zero (-0 is not) */
};
int ping_parse_secs(const char *s, long long *us, const char **end);

/* address text: numeric, with %scope for link-local IPv6; CAP >= ADDR_BUF */
const char *ping_ntop(const union ping_sa *a, char *buf, size_t cap);
/* as iputils' pr_addr: numeric, or "name (addr)" when names are on */
const char *ping_pr_addr(struct ping *p, const union ping_sa *a);

/* error(3) style: "ping: TEXT[: ERRNO TEXT]" */
void ping_err(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
__attribute__((noreturn)) void ping_die(int rc, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
