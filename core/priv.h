/* Privileged starts: ipbox installed setuid, setgid or with file
 * capabilities.  Only an applet marked for it runs then, and it keeps
 * no more than it needs, as iputils' ping does with libcap. */
#ifndef IPBOX_PRIV_H
#define IPBOX_PRIV_H

#include <stdint.h>

/* capability numbers (linux/capability.h); all below 32 */
#define PRIV_NET_ADMIN 12
#define PRIV_NET_RAW 13

/* started with more than the caller had: euid != uid, egid != gid, or
 * the kernel's AT_SECURE (file capabilities, setuid, setgid) */
int priv_elevated(void);

/* iputils' limit_capabilities, stricter: uid and gid back to the real
 * ones (saved ids too), capabilities outside KEEP (a mask of 1 << CAP)
 * out of the permitted set, none effective.  -1 and errno on failure. */
int priv_limit(uint32_t keep);

/* iputils' modify_capability: CAP effective or not, when permitted */
void priv_effective(int cap, int on);

/* iputils' drop_capabilities: every capability set cleared */
int priv_drop(void);

#endif
