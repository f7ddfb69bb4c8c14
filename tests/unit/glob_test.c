/* glob_match against libc's fnmatch(pattern, name, 0) on the patterns
 * ip's label filters meet. */
#include "tests/unit/unit.h"
#include "core/glob.h"

#include <fnmatch.h>

int main(void)
{
	static const char *const pats[] = {
		"*", "eth0", "eth0:*", "eth?", "e*0", "*:1", "[a-c]*", "[!a-c]*", "[]x]*",
		"veth[0-9]", "veth[^0-9]", "a\\*b", "**x", "*a*b*c", "[", "x[", "[a-",
		"lo", "?", "", "*[0-9]", "a[b-]c",
	};
	/* a trailing backslash: glibc never matches, musl does; ipbox follows
	 * glibc (iproute2 runs on it), so that case is checked on its own */
	static const char *const names[] = {
		"", "eth0", "eth0:1", "eth1", "ethx", "lo", "a*b", "axb", "]x", "xx", "veth3",
		"vethx", "aXbYc", "abc", "[", "x[", "a-c", "abbbc", "\\", "e0", "a-", "eth10",
	};
	char name[64];

	for (size_t i = 0; i < sizeof(pats) / sizeof(pats[0]); i++)
		for (size_t j = 0; j < sizeof(names) / sizeof(names[0]); j++) {
			int want = fnmatch(pats[i], names[j], 0) != 0;
			int got = glob_match(pats[i], names[j]) != 0;
			if (want != got) {
				snprintf(name, sizeof(name), "glob '%s' on '%s'", pats[i], names[j]);
				CHECK(name, 0);
			}
		}
	CHECK("glob agrees with fnmatch", !unit_failed);
	CHECK("trailing backslash matches nothing", glob_match("\\", "\\") && glob_match("a\\", "a\\"));
	return unit_failed;
}
