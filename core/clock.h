/* The clocks, read by plain system calls: musl's clock_gettime, time and
 * gettimeofday go through the vDSO, whose lookup costs ~1.1 KB static,
 * to save a fraction of a microsecond per call. */
#ifndef IPBOX_CLOCK_H
#define IPBOX_CLOCK_H

#include <sys/time.h>
#include <time.h>

/* clock_gettime(CLOCK, TS) */
void clock_now(clockid_t clock, struct timespec *ts);
/* gettimeofday(TV, NULL) */
void clock_timeval(struct timeval *tv);
/* time(NULL) */
time_t clock_secs(void);

#endif
