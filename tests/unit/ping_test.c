/* Unit tests of ping's integer formatting: times, loss, square root,
 * the strtod of -i and -W (each case as Debian 12's iputils ping reads
 * it: tests/e2e/ping.sh compares the messages live), and the buffer
 * sizes of -s, which must not wrap on 32-bit (tests/cross.sh runs this
 * under qemu-arm). */
#include <stdint.h>
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
	CHECK("secs garbage", secs("0.5x", &rc) == 500000 && rc == PS_GARBAGE);
	CHECK("secs all garbage", secs("abc", &rc) == 0 && rc == PS_GARBAGE);
	CHECK("secs empty", secs("", &rc) == 0 && rc == PS_EMPTY);
	CHECK("secs negative", secs("-1", &rc) == -1000000 && rc == PS_NEGATIVE);
	CHECK("secs -0", secs("-0", &rc) == 0 && rc == 0);
	CHECK("secs -1e-7 is negative", secs("-1e-7", &rc) == 0 && rc == PS_NEGATIVE);
	/* strtod's hex floats: 0x10 is 16 s, not 0 followed by garbage */
	CHECK("secs 0x10", secs("0x10", &rc) == 16000000 && rc == 0);
	CHECK("secs 0X1A", secs("0X1A", &rc) == 26000000 && rc == 0);
	CHECK("secs 0x1p-3", secs("0x1p-3", &rc) == 125000 && rc == 0);
	CHECK("secs 0x.8", secs("0x.8", &rc) == 500000 && rc == 0);
	CHECK("secs 0x1P+1", secs("0x1P+1", &rc) == 2000000 && rc == 0);
	CHECK("secs 0x", secs("0x", &rc) == 0 && rc == PS_GARBAGE);
	CHECK("secs 0x1p", secs("0x1p", &rc) == 1000000 && rc == PS_GARBAGE);
	CHECK("secs 0x1g", secs("0x1g", &rc) == 1000000 && rc == PS_GARBAGE);
	CHECK("secs 1.5e3", secs("1.5e3", &rc) == 1500000000 && rc == 0);
	CHECK("secs 5e", secs("5e", &rc) == 5000000 && rc == PS_GARBAGE);
	CHECK("secs 1e+", secs("1e+", &rc) == 1000000 && rc == PS_GARBAGE);
	CHECK("secs blank 0.5", secs(" +0.5", &rc) == 500000 && rc == 0);
	CHECK("secs 1e-9", secs("1e-9", &rc) == 0 && rc == 0);
	CHECK("secs many digits", secs("0.0000010000000000000000000009", &rc) == 1 && rc == 0);
	CHECK("secs 2147483.647", secs("2147483.647", &rc) == 2147483647000LL && rc == 0);
	/* inf and nan: refused; overflow and subnormals: ERANGE, refused */
	CHECK("secs nan", (secs("nan", &rc), rc == PS_NONFINITE));
	CHECK("secs -inf", (secs("-inf", &rc), rc == (PS_NONFINITE | PS_NEGATIVE)));
	CHECK("secs INFINITY", (secs("INFINITY", &rc), rc == PS_NONFINITE));
	CHECK("secs nan(12)", (secs("nan(12)", &rc), rc == PS_NONFINITE));
	CHECK("secs nanx", (secs("nanx", &rc), rc == (PS_NONFINITE | PS_GARBAGE)));
	CHECK("secs 1e999", (secs("1e999", &rc), rc == (PS_NONFINITE | PS_ERANGE)));
	CHECK("secs 1.8e308", (secs("1.8e308", &rc), rc == (PS_NONFINITE | PS_ERANGE)));
	CHECK("secs 1.7e308", secs("1.7e308", &rc) == 1LL << 62 && rc == 0);
	CHECK("secs 1e-999 is 0", secs("1e-999", &rc) == 0 && rc == PS_ERANGE);
	CHECK("secs 1e-310 subnormal", (secs("1e-310", &rc), rc == (PS_NONFINITE | PS_ERANGE)));
	CHECK("secs 0x1p-1074 exact subnormal", (secs("0x1p-1074", &rc), rc == PS_NONFINITE));
	CHECK("secs 0x3p-1075 inexact", (secs("0x3p-1075", &rc), rc == (PS_NONFINITE | PS_ERANGE)));
	CHECK("secs 0x1p-1075 is 0", secs("0x1p-1075", &rc) == 0 && rc == PS_ERANGE);
	CHECK("secs 2.2250738585072014e-308 normal", (secs("2.2250738585072014e-308", &rc), rc == 0));
	/* -s: the request, then a reply buffer of at most IP's 65535 bytes
	 * and headers; 2147483000 must not wrap a 32-bit size_t */
	size_t reply, len = ping_mem_size(2147483000u, &reply);
	CHECK("mem -s 2147483000", len == 2147483000u + 28 + reply && reply == 65535 + 28 + 4096 + 160);
	len = ping_mem_size(56, &reply);
	CHECK("mem -s 56", len == 56 + 28 + reply && reply == 56 + 28 + 4096 + 160);
	CHECK("mem overflow", ping_mem_size(SIZE_MAX - 100, &reply) == 0);
	return unit_failed;
}
