/* The netlink layer: requests, attributes, talk and dump.  Applets build
 * a request here, hand it over, and get records back through a callback;
 * they never touch a socket or a receive buffer.
 *
 *	struct nl_req r;
 *	char buf[1024];
 *	struct ifinfomsg *ifi = nl_req_init(&r, buf, sizeof(buf),
 *				RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, sizeof(*ifi));
 *	nla_put_str(&r, IFLA_IFNAME, "veth0");
 *	struct rtattr *li = nla_nest_start(&r, IFLA_LINKINFO);
 *	...
 *	nla_nest_end(&r, li);
 *	if (nl_talk(&r, 0) < 0)
 *		return RC_KERNEL;
 */
#ifndef IPBOX_NL_H
#define IPBOX_NL_H

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/growbuf.h"

struct nl_req {
	struct nlmsghdr *nlh;
	size_t cap;
	int overflow;		/* an attribute did not fit: never sent */
};

/* Start a request in BUF: header with NLM_F_REQUEST|FLAGS, then a zeroed
 * family header of HDRLEN bytes, whose address is returned. */
void *nl_req_init(struct nl_req *r, void *buf, size_t cap, int type, int flags, size_t hdrlen);

/* Attributes: aligned, padding zeroed, bounded by the buffer.
 * Return 0, or -1 (and set r->overflow) when the buffer is full. */
int nla_put(struct nl_req *r, int type, const void *data, size_t len);
int nla_put_u8(struct nl_req *r, int type, uint8_t v);
int nla_put_u16(struct nl_req *r, int type, uint16_t v);
int nla_put_u32(struct nl_req *r, int type, uint32_t v);
int nla_put_u64(struct nl_req *r, int type, uint64_t v);
int nla_put_s32(struct nl_req *r, int type, int32_t v);
int nla_put_flag(struct nl_req *r, int type);
int nla_put_strz(struct nl_req *r, int type, const char *s);	/* with NUL */
int nla_put_str(struct nl_req *r, int type, const char *s);	/* without */
struct rtattr *nla_nest_start(struct nl_req *r, int type);
void nla_nest_end(struct nl_req *r, struct rtattr *nest);
/* raw bytes inside the message (e.g. the ifinfomsg that opens VETH_INFO_PEER) */
void *nl_req_reserve(struct nl_req *r, size_t len);

/* Parsing: the kernel's attributes, checked against the bytes received. */
#define NLA_MAX_TB 64
/* Fill tb[0..max] from the attributes in DATA/LEN (later duplicates win,
 * unknown types above max are skipped, a malformed tail is ignored). */
void nla_parse(const struct rtattr **tb, int max, const void *data, size_t len);
/* attributes after a family header of HDRLEN bytes in a message */
void nlmsg_parse(const struct rtattr **tb, int max, const struct nlmsghdr *n, size_t hdrlen);
void nla_parse_nested(const struct rtattr **tb, int max, const struct rtattr *nest);
static inline const void *nla_data(const struct rtattr *a) { return (const char *)a + RTA_LENGTH(0); }
static inline size_t nla_len(const struct rtattr *a) { return a->rta_len - RTA_LENGTH(0); }
static inline int nla_type(const struct rtattr *a) { return a->rta_type & NLA_TYPE_MASK; }
/* Getters return DEF when the attribute is missing or too short. */
uint8_t nla_u8(const struct rtattr *a, uint8_t def);
uint16_t nla_u16(const struct rtattr *a, uint16_t def);
uint32_t nla_u32(const struct rtattr *a, uint32_t def);
uint64_t nla_u64(const struct rtattr *a, uint64_t def);
/* a NUL-terminated string inside the payload, else NULL */
const char *nla_str(const struct rtattr *a);
/* iterate the attributes of a payload */
#define nla_for_each(a, data, len) \
	for (long _rem = (long)(len), _ok = 1; _ok; _ok = 0) \
		for (const struct rtattr *a = (const struct rtattr *)(data); \
		     RTA_OK(a, _rem); a = RTA_NEXT(a, _rem))

/* Talking.  nl_talk sends R with NLM_F_ACK and waits for the answer:
 * returns 0, or -errno after printing iproute2's text ("Error: MSG." from
 * the kernel's extended ack, else "RTNETLINK answers: STRERROR") unless
 * NL_QUIET.  A zero-error ack with a message prints "Warning: MSG.". */
enum { NL_QUIET = 1 };
int nl_talk(struct nl_req *r, int flags);

/* A dump: each record goes to CB as it arrives (CB returns 0 to go on, <0
 * to stop and have nl_dump return that).  Sends R with NLM_F_DUMP. */
typedef int (*nl_cb)(const struct nlmsghdr *n, void *arg);
int nl_dump(struct nl_req *r, nl_cb cb, void *arg);

/* A request with one reply message (RTM_GET* of one object): CB gets it.
 * Returns CB's result, or -errno (printed unless NL_QUIET). */
int nl_get(struct nl_req *r, int flags, nl_cb cb, void *arg);

/* Lookups issued while a dump is streaming use a second socket. */
int nl_get_aux(struct nl_req *r, nl_cb cb, void *arg);
/* the same, printing the kernel's refusal as nl_get does (iproute2's
 * nsid lookups on their second socket are not quiet) */
int nl_get_aux_loud(struct nl_req *r, nl_cb cb, void *arg);

/* Sockets opened from now on: SO_RCVBUF of BYTES (0: the kernel's
 * default; ip's -rcvbuf); LAX: no strict dump checks on the main socket,
 * so the kernel ignores dump filters it does not know (ip's -batch: a
 * missing table lists as empty and the printers filter). */
void nl_set_rcvbuf(unsigned bytes);
void nl_set_lax(int on);
/* the main socket's fd (opened on first use); -1 and a message on failure */
int nl_fd(void);
/* the second socket's (flush batches go there while a dump streams) */
int nl_aux_fd(void);
/* close both sockets: after switching network namespace, before reuse */
void nl_close(void);

/* ---- test hook: tests/fuzz only ----------------------------------------
 * Built in only with -DIPBOX_TEST_HOOKS=1 (make fuzz); 0 elsewhere, so the
 * branches fold away.  When nl_fake is set, no socket is opened: requests
 * go to send() and datagrams come from recv() (a fake kernel). */
#ifndef IPBOX_TEST_HOOKS
#define IPBOX_TEST_HOOKS 0
#endif
struct nl_fake {
	int (*open)(void);					/* a pretend fd */
	int (*send)(int fd, const struct nlmsghdr *n);		/* 0 or -errno */
	long (*recv)(int fd, char *buf, size_t cap, uint32_t portid);	/* length or -errno */
};
extern const struct nl_fake *nl_fake;
/* Inside a dump callback: the records after the current one that the
 * same datagram brought, already received (so a lookup of a link that
 * comes next costs nothing); NULL and 0 elsewhere. */
const void *nl_dump_ahead(size_t *len);
/* nl_dump, but the dump ending in errno ERR is a success (iproute2's
 * suppressed errors: "ip route" of a main table not made yet is empty) */
int nl_dump_ok(struct nl_req *r, nl_cb cb, void *arg, int err);
/* For core/nlcursor.c: a bound NETLINK_ROUTE socket with extended acks
 * (and strict dump checks when STRICT), its port id in *PORTID; or
 * -errno after iproute2's message. */
int nl_socket(uint32_t *portid, int strict);
/* One datagram from the kernel into B, measured first (MSG_PEEK|MSG_TRUNC)
 * as iproute2's rtnl_recvmsg does.  A datagram that does not fit (one
 * link with hundreds of altnames is over 32 KiB) grows B, which stays
 * grown for the datagrams after: no allocation per message.  Returns the
 * length, or -errno; -ENOMEM after a message (-ENODATA: socket closed). */
ssize_t nl_recv(int fd, struct growbuf *b);

/* For core/nlcursor.c: print the error E that ends dump N as iproute2's
 * rtnl_dump_done (extended ack message, silence for ENOENT/EOPNOTSUPP) */
void nl_dump_done_error(const struct nlmsghdr *n, int e);

#endif
