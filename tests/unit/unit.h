/* A tiny unit-test frame: each check prints one PASS/FAIL line that
 * tests/run.sh counts.  Pure code only: no root, no syscalls that change
 * anything. */
#ifndef IPBOX_UNIT_H
#define IPBOX_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed;

#define CHECK(name, cond) do { \
	if (cond) printf("PASS %s\n", name); \
	else { printf("FAIL %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond); unit_failed = 1; } \
} while (0)

#define CHECK_STR(name, got, want) do { \
	const char *_g = (got), *_w = (want); \
	if (_g && strcmp(_g, _w) == 0) printf("PASS %s\n", name); \
	else { printf("FAIL %s: got \"%s\", want \"%s\"\n", name, _g ? _g : "(null)", _w); unit_failed = 1; } \
} while (0)

#endif
