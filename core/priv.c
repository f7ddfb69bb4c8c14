/* Privileges through the raw system calls: no libcap, not musl's
 * setresuid, which signals every thread (__synccall, ~1 KB static) of
 * a program that has just one, nor its variadic prctl (0.1 KB). */
#include "core/priv.h"

#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* 32-bit arm and i386 have 16-bit ids in the old calls */
#ifdef SYS_setresuid32
#define NR_SETRESUID SYS_setresuid32
#define NR_SETRESGID SYS_setresgid32
#else
#define NR_SETRESUID SYS_setresuid
#define NR_SETRESGID SYS_setresgid
#endif

struct cap_set {
	uint32_t effective, permitted, inheritable;
};

/* capget or capset of this process, version 3 (64 bits in two halves) */
static int cap_call(long nr, struct cap_set set[2])
{
	struct {
		uint32_t version;
		int pid;
	} hdr = { 0x20080522, 0 };
	return (int)syscall(nr, &hdr, set);
}

int priv_elevated(void)
{
	return getauxval(AT_SECURE) || geteuid() != getuid() || getegid() != getgid();
}

int priv_limit(uint32_t keep)
{
	struct cap_set set[2];
	long uid = (long)getuid(), gid = (long)getgid();

	/* the gid first: once the uid is no longer 0, CAP_SETGID is gone;
	 * KEEPCAPS holds the permitted set over the change of uid */
	if (cap_call(SYS_capget, set) < 0 || syscall(SYS_prctl, PR_SET_KEEPCAPS, 1L, 0L, 0L, 0L) < 0 ||
	    syscall(NR_SETRESGID, gid, gid, gid) < 0 || syscall(NR_SETRESUID, uid, uid, uid) < 0 ||
	    syscall(SYS_prctl, PR_SET_KEEPCAPS, 0L, 0L, 0L, 0L) < 0)
		return -1;
	set[0].permitted &= keep;
	set[0].effective = set[0].inheritable = 0;
	set[1] = (struct cap_set){ 0, 0, 0 };
	return cap_call(SYS_capset, set);
}

void priv_effective(int cap, int on)
{
	struct cap_set set[2];
	uint32_t bit = 1u << cap;

	if (cap_call(SYS_capget, set) < 0 || !(set[0].permitted & bit))
		return;
	set[0].effective = on ? set[0].effective | bit : set[0].effective & ~bit;
	cap_call(SYS_capset, set);
}

int priv_drop(void)
{
	struct cap_set set[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
	return cap_call(SYS_capset, set);
}
