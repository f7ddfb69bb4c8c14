#include "core/nl.h"
#include "core/ipbox.h"
#include "core/clock.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef NETLINK_EXT_ACK
#define NETLINK_EXT_ACK 11
#endif
#ifndef NETLINK_GET_STRICT_CHK
#define NETLINK_GET_STRICT_CHK 12
#endif

/* ---- building ---------------------------------------------------------- */

void *nl_req_init(struct nl_req *r, void *buf, size_t cap, int type, int flags, size_t hdrlen)
{
	memset(buf, 0, NLMSG_SPACE(hdrlen) <= cap ? NLMSG_SPACE(hdrlen) : cap);
	r->nlh = buf;
	r->cap = cap;
	r->overflow = NLMSG_SPACE(hdrlen) > cap;
	r->nlh->nlmsg_len = NLMSG_LENGTH(hdrlen);
	r->nlh->nlmsg_type = (uint16_t)type;
	r->nlh->nlmsg_flags = (uint16_t)(NLM_F_REQUEST | flags);
	return NLMSG_DATA(r->nlh);
}

void *nl_req_reserve(struct nl_req *r, size_t len)
{
	size_t at = NLMSG_ALIGN(r->nlh->nlmsg_len);

	if (at + NLMSG_ALIGN(len) > r->cap) {
		r->overflow = 1;
		return NULL;
	}
	char *p = (char *)r->nlh + at;
	memset(p, 0, NLMSG_ALIGN(len));
	r->nlh->nlmsg_len = (uint32_t)(at + NLMSG_ALIGN(len));
	return p;
}

int nla_put(struct nl_req *r, int type, const void *data, size_t len)
{
	struct rtattr *a = nl_req_reserve(r, RTA_LENGTH(len));

	if (!a)
		return -1;
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	return 0;
}

int nla_put_u8(struct nl_req *r, int type, uint8_t v) { return nla_put(r, type, &v, 1); }
int nla_put_u16(struct nl_req *r, int type, uint16_t v) { return nla_put(r, type, &v, 2); }
int nla_put_u32(struct nl_req *r, int type, uint32_t v) { return nla_put(r, type, &v, 4); }
int nla_put_u64(struct nl_req *r, int type, uint64_t v) { return nla_put(r, type, &v, 8); }
int nla_put_s32(struct nl_req *r, int type, int32_t v) { return nla_put(r, type, &v, 4); }
int nla_put_flag(struct nl_req *r, int type) { return nla_put(r, type, NULL, 0); }
int nla_put_strz(struct nl_req *r, int type, const char *s) { return nla_put(r, type, s, strlen(s) + 1); }
int nla_put_str(struct nl_req *r, int type, const char *s) { return nla_put(r, type, s, strlen(s)); }

struct rtattr *nla_nest_start(struct nl_req *r, int type)
{
	struct rtattr *a = (struct rtattr *)((char *)r->nlh + NLMSG_ALIGN(r->nlh->nlmsg_len));

	return nla_put(r, type, NULL, 0) ? NULL : a;
}

void nla_nest_end(struct nl_req *r, struct rtattr *nest)
{
	if (nest)
		nest->rta_len = (unsigned short)((char *)r->nlh + r->nlh->nlmsg_len - (char *)nest);
}

/* ---- parsing ----------------------------------------------------------- */

void nla_parse(const struct rtattr **tb, int max, const void *data, size_t len)
{
	memset(tb, 0, sizeof(*tb) * (size_t)(max + 1));
	nla_for_each(a, data, len) {
		int t = nla_type(a);
		if (t <= max)
			tb[t] = a;
	}
}

void nlmsg_parse(const struct rtattr **tb, int max, const struct nlmsghdr *n, size_t hdrlen)
{
	size_t off = NLMSG_SPACE(hdrlen);

	if (n->nlmsg_len < off) {
		memset(tb, 0, sizeof(*tb) * (size_t)(max + 1));
		return;
	}
	nla_parse(tb, max, (const char *)n + off, n->nlmsg_len - off);
}

void nla_parse_nested(const struct rtattr **tb, int max, const struct rtattr *nest)
{
	nla_parse(tb, max, nla_data(nest), nla_len(nest));
}

uint8_t nla_u8(const struct rtattr *a, uint8_t def)
{
	return a && nla_len(a) >= 1 ? *(const uint8_t *)nla_data(a) : def;
}

uint16_t nla_u16(const struct rtattr *a, uint16_t def)
{
	uint16_t v;
	if (!a || nla_len(a) < 2)
		return def;
	memcpy(&v, nla_data(a), 2);
	return v;
}

uint32_t nla_u32(const struct rtattr *a, uint32_t def)
{
	uint32_t v;
	if (!a || nla_len(a) < 4)
		return def;
	memcpy(&v, nla_data(a), 4);
	return v;
}

uint64_t nla_u64(const struct rtattr *a, uint64_t def)
{
	uint64_t v;
	if (!a || nla_len(a) < 8)
		return def;
	memcpy(&v, nla_data(a), 8);
	return v;
}

const char *nla_str(const struct rtattr *a)
{
	if (!a || !nla_len(a) || memchr(nla_data(a), 0, nla_len(a)) == NULL)
		return NULL;
	return nla_data(a);
}

/* ---- sockets ----------------------------------------------------------- */

struct nl_sock {
	int fd;
	uint32_t portid;
};

const struct nl_fake *nl_fake;	/* test hook, see nl.h */

static struct nl_sock main_sk = { -1, 0 }, aux_sk = { -1, 0 };
static uint32_t seq;
static unsigned rcvbuf;		/* nl_set_rcvbuf */
static int lax;			/* nl_set_lax */

void nl_set_rcvbuf(unsigned bytes)
{
	rcvbuf = bytes;
}

void nl_set_lax(int on)
{
	lax = on;
}

/* Dumps come in skbs of 32 KiB, unless one record needs more. */
static char rx_store[32768] __attribute__((aligned(8)));
static char aux_store[16384] __attribute__((aligned(8)));
static struct growbuf rx_buf = { rx_store, sizeof(rx_store), 0 };
static struct growbuf aux_buf = { aux_store, sizeof(aux_store), 0 };

int nl_socket(uint32_t *portid, int strict)
{
	int one = 1, fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE), e;
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t sl = sizeof(sa);

	if (fd < 0) {
		e = errno;
		err_fmt("Cannot open netlink socket: %s\n", errtext(e));
		return -e;
	}
	setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
	if (strict)
		setsockopt(fd, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof(one));
	if (rcvbuf)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sa, &sl) < 0) {
		e = errno;
		err_fmt("Cannot bind netlink socket: %s\n", errtext(e));
		close(fd);
		return -e;
	}
	*portid = sa.nl_pid;
	if (!seq)
		seq = (uint32_t)clock_secs();
	return fd;
}

static int sk_open(struct nl_sock *s)
{
	if (s->fd >= 0)
		return s->fd;
	if (IPBOX_TEST_HOOKS && nl_fake) {
		s->fd = nl_fake->open();
		s->portid = 4242;
		return s->fd;
	}
	int fd = nl_socket(&s->portid, !lax);
	s->fd = fd < 0 ? -1 : fd;
	return s->fd;
}

int nl_fd(void)
{
	return sk_open(&main_sk);
}

int nl_aux_fd(void)
{
	return sk_open(&aux_sk);
}

void nl_close(void)
{
	if (main_sk.fd >= 0)
		close(main_sk.fd);
	if (aux_sk.fd >= 0)
		close(aux_sk.fd);
	main_sk.fd = aux_sk.fd = -1;
}

static int sk_send(struct nl_sock *s, struct nl_req *r)
{
	if (r->overflow) {
		err_fmt("Error: request too large for its buffer\n");
		return -EMSGSIZE;
	}
	if (sk_open(s) < 0)
		return -ENOTSOCK;
	r->nlh->nlmsg_seq = ++seq;
	r->nlh->nlmsg_pid = 0;
	for (;;) {
		if (IPBOX_TEST_HOOKS && nl_fake) {
			int e = nl_fake->send(s->fd, r->nlh);
			if (!e)
				return 0;
			errno = -e;
		} else if (send(s->fd, r->nlh, r->nlh->nlmsg_len, 0) >= 0) {
			return 0;
		}
		if (errno != EINTR) {
			int e = errno;
			err_fmt("Cannot talk to rtnetlink: %s\n", errtext(e));
			return -e;
		}
	}
}

static ssize_t recv_once(int fd, struct msghdr *m, int flags)
{
	ssize_t n;

	do
		n = recvmsg(fd, m, flags);
	while (n < 0 && (errno == EINTR || errno == EAGAIN));
	return n < 0 ? -errno : n ? n : -ENODATA;
}

ssize_t nl_recv(int fd, struct growbuf *b)
{
	struct sockaddr_nl sa;
	struct iovec iov = { NULL, 0 };
	struct msghdr m = { .msg_name = &sa, .msg_namelen = sizeof(sa), .msg_iov = &iov, .msg_iovlen = 1 };

	for (;;) {
		/* the datagram's whole size, nothing copied */
		ssize_t n = recv_once(fd, &m, MSG_PEEK | MSG_TRUNC);
		if (n < 0)
			return n;
		if (growbuf_need(b, (size_t)n, 0) < 0) {
			err_fmt("malloc error: not enough buffer\n");
			return -ENOMEM;
		}
		iov.iov_base = b->p;
		iov.iov_len = b->cap;
		m.msg_namelen = sizeof(sa);
		n = recv_once(fd, &m, 0);
		/* still cut short (it cannot be): the records that came whole
		 * are read, the torn tail fails NLMSG_OK */
		if (n < 0 || sa.nl_pid == 0)	/* only the kernel talks to us */
			return n;
		iov.iov_base = NULL;
		iov.iov_len = 0;
	}
}

static ssize_t sk_recv(struct nl_sock *s, struct growbuf *b)
{
	if (IPBOX_TEST_HOOKS && nl_fake)
		return nl_fake->recv(s->fd, b->p, b->cap, s->portid);
	return nl_recv(s->fd, b);
}

/* an error number from the kernel; INT_MIN has no positive errno */
static int kernel_err(int e)
{
	return e == INT_MIN ? -EBADMSG : e;
}

/* The kernel's extended ack message (NLMSGERR_ATTR_MSG) of an
 * NLMSG_ERROR or NLMSG_DONE whose TLVs start OFF bytes into its data;
 * NULL when there is none or it is empty. */
static const char *ext_ack_msg(const struct nlmsghdr *n, size_t off)
{
	const struct rtattr *tb[NLMSGERR_ATTR_MAX + 1];

	if (!(n->nlmsg_flags & NLM_F_ACK_TLVS) || NLMSG_LENGTH(off) > n->nlmsg_len)
		return NULL;
	nla_parse(tb, NLMSGERR_ATTR_MAX, (const char *)NLMSG_DATA(n) + off, n->nlmsg_len - NLMSG_LENGTH(off));
	const char *msg = nla_str(tb[NLMSGERR_ATTR_MSG]);
	return msg && *msg ? msg : NULL;
}

/* "Error: MSG." as iproute2, which adds the period the kernel may omit */
static void print_ext_ack(const char *kind, const char *msg)
{
	err_fmt("%s: %s%s\n", kind, msg, msg[strlen(msg) - 1] == '.' ? "" : ".");
}

/* The kernel's NLMSG_ERROR: print as iproute2 and return -errno (0 = ack). */
static int ack_error(const struct nlmsghdr *n, int quiet)
{
	const struct nlmsgerr *e = NLMSG_DATA(n);

	if (n->nlmsg_len < NLMSG_LENGTH(sizeof(*e))) {
		if (!quiet)
			err_fmt("ERROR truncated\n");
		return -EBADMSG;
	}
	int err = kernel_err(e->error);
	size_t off = sizeof(*e);
	if (!(n->nlmsg_flags & NLM_F_CAPPED) && e->msg.nlmsg_len >= sizeof(struct nlmsghdr))
		off += e->msg.nlmsg_len - sizeof(struct nlmsghdr);
	/* as libmnl: the TLVs start aligned */
	const char *msg = ext_ack_msg(n, NLMSG_ALIGN(off));
	if (!quiet) {
		if (msg)
			print_ext_ack(err ? "Error" : "Warning", msg);
		else if (err)
			err_fmt("RTNETLINK answers: %s\n", errtext(-err));
	}
	return err;
}

/* A dump that ends in an error, as iproute2's rtnl_dump_done: the
 * kernel's extended ack message if any, else silence for ENOENT and
 * EOPNOTSUPP, else strerror. */
void nl_dump_done_error(const struct nlmsghdr *n, int e)
{
	const char *msg = ext_ack_msg(n, NLMSG_ALIGN(sizeof(int)));

	if (msg)
		print_ext_ack("Error", msg);
	else if (e == -EMSGSIZE)
		err_fmt("Error: Buffer too small for object.\n");
	else if (e != -ENOENT && e != -EOPNOTSUPP)
		err_fmt("RTNETLINK answers: %s\n", errtext(-e));
}

/* Read replies to the last request on S until it is answered.
 * MODE: 0 = ack only, 1 = one reply (then the ack, if any), 2 = dump. */
/* the records after the one a dump callback is looking at */
static const void *dump_ahead;
static size_t dump_ahead_len;

const void *nl_dump_ahead(size_t *len)
{
	*len = dump_ahead_len;
	return dump_ahead;
}

/* nl_dump_ok: an error at the end of a dump that means "nothing" */
static int dump_ok_err;

static int sk_collect(struct nl_sock *s, struct growbuf *b, int mode, int quiet, nl_cb cb, void *arg)
{
	int ret = 0, intr = 0, stopped = 0;
	uint32_t want = seq;

	for (;;) {
		ssize_t len = sk_recv(s, b);
		if (len < 0) {
			if (!quiet && len != -ENOMEM)
				err_fmt("netlink receive error %s (%d)\n", errtext((int)-len), (int)-len);
			return (int)len;
		}
		ssize_t rem = len;	/* signed: NLMSG_NEXT may step past the end */
		for (const struct nlmsghdr *n = (const struct nlmsghdr *)b->p; NLMSG_OK(n, rem); n = NLMSG_NEXT(n, rem)) {
			if (n->nlmsg_seq != want || n->nlmsg_pid != s->portid)
				continue;	/* left over from an earlier request */
			if (n->nlmsg_flags & NLM_F_DUMP_INTR)
				intr = 1;
			if (n->nlmsg_type == NLMSG_ERROR) {
				int e = ack_error(n, quiet || stopped);
				return stopped ? ret : (e ? e : ret);
			}
			if (n->nlmsg_type == NLMSG_DONE) {
				if (mode == 2 && !stopped && n->nlmsg_len >= NLMSG_LENGTH(sizeof(int))) {
					int e = kernel_err(*(const int *)NLMSG_DATA(n));
					if (e < 0 && e == dump_ok_err)
						return ret;
					if (e < 0) {
						if (!quiet)
							nl_dump_done_error(n, e);
						return e;
					}
				}
				if (intr && !quiet)
					err_fmt("Dump was interrupted and may be inconsistent.\n");
				return ret;
			}
			if (mode == 0 || stopped)
				continue;
			const void *ahead_was = dump_ahead;
			size_t ahead_len_was = dump_ahead_len;
			if (mode == 2) {
				ssize_t next = (ssize_t)NLMSG_ALIGN(n->nlmsg_len);
				dump_ahead = (const char *)n + next;
				dump_ahead_len = rem > next ? (size_t)(rem - next) : 0;
			}
			int r = cb ? cb(n, arg) : 0;
			dump_ahead = ahead_was;
			dump_ahead_len = ahead_len_was;
			if (r < 0) {
				ret = r;
				stopped = 1;	/* drain the rest, so the socket stays in step */
			}
			if (mode == 1 && !(n->nlmsg_flags & NLM_F_MULTI)) {
				if (!stopped)
					ret = r;
				return ret;
			}
		}
	}
}

int nl_talk(struct nl_req *r, int flags)
{
	r->nlh->nlmsg_flags |= NLM_F_ACK;
	int e = sk_send(&main_sk, r);
	if (e)
		return e;
	return sk_collect(&main_sk, &rx_buf, 0, flags & NL_QUIET, NULL, NULL);
}

int nl_dump(struct nl_req *r, nl_cb cb, void *arg)
{
	r->nlh->nlmsg_flags |= NLM_F_DUMP;
	int e = sk_send(&main_sk, r);
	if (e)
		return e;
	return sk_collect(&main_sk, &rx_buf, 2, 0, cb, arg);
}

int nl_dump_ok(struct nl_req *r, nl_cb cb, void *arg, int err)
{
	dump_ok_err = -err;
	int e = nl_dump(r, cb, arg);
	dump_ok_err = 0;
	return e;
}

int nl_get(struct nl_req *r, int flags, nl_cb cb, void *arg)
{
	int e = sk_send(&main_sk, r);
	if (e)
		return e;
	return sk_collect(&main_sk, &rx_buf, 1, flags & NL_QUIET, cb, arg);
}

static int aux_get(struct nl_req *r, int quiet, nl_cb cb, void *arg)
{
	int e = sk_send(&aux_sk, r);
	if (e)
		return e;
	return sk_collect(&aux_sk, &aux_buf, 1, quiet, cb, arg);
}

int nl_get_aux(struct nl_req *r, nl_cb cb, void *arg)
{
	return aux_get(r, 1, cb, arg);
}

int nl_get_aux_loud(struct nl_req *r, nl_cb cb, void *arg)
{
	return aux_get(r, 0, cb, arg);
}
