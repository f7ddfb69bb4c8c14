#include "core/clock.h"
#include "core/ipbox.h"

#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

void clock_now(clockid_t clock, struct timespec *ts)
{
	if (IPBOX_TEST_HOOKS) {	/* the fuzz targets run ping on clocks of their own */
		clock_gettime(clock, ts);
		return;
	}
#ifdef SYS_clock_gettime64
	/* 32-bit: musl's time_t has 64 bits, the old call 32 (glibc's has 32
	 * without _TIME_BITS=64); musl names the old call SYS_clock_gettime32
	 * there, and kernels before 5.1 have only that */
	if (sizeof(ts->tv_sec) > 4) {
		if (!syscall(SYS_clock_gettime64, clock, ts))
			return;
#ifdef SYS_clock_gettime32
		int32_t old[2] = { 0, 0 };
		syscall(SYS_clock_gettime32, clock, old);
		ts->tv_sec = (uint32_t)old[0];	/* 2106, not 2038 */
		ts->tv_nsec = old[1];
		return;
#endif
	}
#endif
#ifdef SYS_clock_gettime
	syscall(SYS_clock_gettime, clock, ts);
#endif
}

void clock_timeval(struct timeval *tv)
{
	struct timespec ts;

	if (IPBOX_TEST_HOOKS) {
		gettimeofday(tv, NULL);
		return;
	}
	clock_now(CLOCK_REALTIME, &ts);
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
}

time_t clock_secs(void)
{
	struct timespec ts;

	clock_now(CLOCK_REALTIME, &ts);
	return ts.tv_sec;
}
