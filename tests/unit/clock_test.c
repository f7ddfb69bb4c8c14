/* core/clock: the plain system calls must fill exactly the caller's
 * struct timespec.  On 32-bit targets the kernel has two calls (32- and
 * 64-bit time_t); the wrong one for the C library's time_t writes past
 * the struct (make check-cross runs this under qemu). */
#include "tests/unit/unit.h"
#include "core/clock.h"

int main(void)
{
	struct { struct timespec ts; unsigned char guard[16]; } x;
	struct timeval tv;

	memset(&x, 0x5a, sizeof(x));
	clock_now(CLOCK_REALTIME, &x.ts);
	int intact = 1;
	for (unsigned i = 0; i < sizeof(x.guard); i++)
		intact &= x.guard[i] == 0x5a;
	CHECK("clock_now writes one struct timespec, no more", intact);
	CHECK("clock_now: realtime after 2020", x.ts.tv_sec > 1577836800 && x.ts.tv_nsec >= 0 &&
	      x.ts.tv_nsec < 1000000000);
	time_t s = clock_secs();
	CHECK("clock_secs agrees", s >= x.ts.tv_sec && s - x.ts.tv_sec < 60);
	clock_timeval(&tv);
	CHECK("clock_timeval agrees", tv.tv_sec >= x.ts.tv_sec && tv.tv_sec - x.ts.tv_sec < 60 &&
	      tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	struct timespec a, b;
	clock_now(CLOCK_MONOTONIC, &a);
	clock_now(CLOCK_MONOTONIC, &b);
	CHECK("monotonic does not go back", b.tv_sec > a.tv_sec ||
	      (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	return unit_failed;
}
