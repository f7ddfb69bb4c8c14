/* Unit tests of ping's integer formatting: times, loss, square root,
 * and the strtod of -i and -W. */
#include "tests/unit/unit.h"
#include "applets/ping/ping.h"

static const char *loss(long lost, long total)
{
	static char b[32];
	ping_fmt_loss(b, sizeof(b), lost, total);
	return b;
}

static const char *tm(long us)
{
	static char b[32];
	ping_fmt_time(b, sizeof(b), us);
	return b;
}

static long long secs(const char *s, int *rc)
{
	long long us;
	const char *end;
	*rc = ping_parse_secs(s, &us, &end);
	return us;
}

int main(void)
{
	int rc;

	CHECK_STR("loss 0", loss(0, 5), "0");
	CHECK_STR("loss 100", loss(3, 3), "100");
	CHECK_STR("loss 50", loss(1, 2), "50");
	CHECK_STR("loss 1/3", loss(1, 3), "33.3333");
	CHECK_STR("loss 2/3", loss(2, 3), "66.6667");
	CHECK_STR("loss 1/7", loss(1, 7), "14.2857");
	CHECK_STR("loss 1/8", loss(1, 8), "12.5");
	CHECK_STR("loss 1/1024 half-even", loss(1, 1024), "0.0976562");
	CHECK_STR("loss 1/1000", loss(1, 1000), "0.1");
	CHECK_STR("loss 1/30000", loss(1, 30000), "0.00333333");
	CHECK_STR("loss 999999/1000000", loss(999999, 1000000), "99.9999");
	CHECK_STR("loss 9999999/10000000", loss(9999999, 10000000), "100");
	CHECK_STR("time us", tm(45), " time=0.045 ms");
	CHECK_STR("time 1ms", tm(1234), " time=1.23 ms");
	CHECK_STR("time 9.999", tm(9996), " time=10.0 ms");
	CHECK_STR("time 10ms", tm(12345), " time=12.3 ms");
	CHECK_STR("time 100ms", tm(123456), " time=123 ms");
	CHECK_STR("time 0", tm(0), " time=0.000 ms");
	CHECK_STR("time 999us", tm(999), " time=0.999 ms");
	CHECK_STR("time 9.994", tm(9994), " time=9.99 ms");
	CHECK_STR("time 99.949", tm(99949), " time=99.9 ms");
	CHECK_STR("time 99.950", tm(99950), " time=100 ms");
	CHECK("isqrt", ping_isqrt(0) == 0 && ping_isqrt(1) == 1 && ping_isqrt(15) == 3 &&
	      ping_isqrt(16) == 4 && ping_isqrt(1000000000000LL) == 1000000);
	/* 100 ms twice: a square past 2^31, where long has 32 bits (armhf, mips) */
	struct ping st = { .tmin = 2147483647L };
	ping_account(&st, 100000);
	ping_account(&st, 100000);
	CHECK("account 100 ms twice", st.tsum == 200000 && st.tsum2 == 20000000000LL &&
	      st.tmin == 100000 && st.tmax == 100000 && st.rtt == 800000);
	ping_account(&st, 0xfffffff);
	CHECK("account 2^28 us", st.tsum2 == 20000000000LL + 0xfffffffLL * 0xfffffff && st.tmax == 0xfffffff);
	CHECK("secs 0.2", secs("0.2", &rc) == 200000 && rc == 0);
	CHECK("secs 1", secs("1", &rc) == 1000000 && rc == 0);
	CHECK("secs .5", secs(".5", &rc) == 500000 && rc == 0);
	CHECK("secs 1e-3", secs("1e-3", &rc) == 1000 && rc == 0);
	CHECK("secs garbage", secs("0.5x", &rc) == 500000 && rc == 1);
	CHECK("secs all garbage", secs("abc", &rc) == 0 && rc == 1);
	CHECK("secs empty", secs("", &rc) == 0 && rc == -1);
	CHECK("secs negative", secs("-1", &rc) == -1000000 && rc == 0);
	return unit_failed;
}
