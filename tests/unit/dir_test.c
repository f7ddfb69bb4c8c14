/* core/dir.c: dir_each reads a directory as readdir would, without malloc. */
#include "tests/unit/unit.h"
#include "core/dir.h"

#include <dirent.h>
#include <errno.h>

struct seen {
	int n, dots, proc, stop_at;
};

static int count(const char *name, void *arg)
{
	struct seen *s = arg;

	s->n++;
	s->dots += !strcmp(name, ".") || !strcmp(name, "..");
	s->proc += !strcmp(name, "proc");
	return s->stop_at && s->n == s->stop_at ? 7 : 0;
}

int main(void)
{
	struct seen s = { 0 };

	CHECK("dir_each / ends with 0", dir_each("/", count, &s) == 0);
	CHECK("dir_each / sees proc", s.proc == 1);
	CHECK("dir_each skips . and ..", s.dots == 0);

	struct seen t = { .stop_at = 2 };
	CHECK("dir_each stops with fn's value", dir_each("/", count, &t) == 7 && t.n == 2);

	/* more entries than one 4 KB getdents64 buffer holds: as many as readdir sees */
	struct seen u = { 0 };
	int want = 0;
	DIR *d = opendir("/usr/bin");
	for (struct dirent *e; d && (e = readdir(d));)
		want += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	if (d)
		closedir(d);
	CHECK("dir_each /usr/bin sees what readdir sees", dir_each("/usr/bin", count, &u) == 0 && u.n == want && want > 200);

	errno = 0;
	CHECK("dir_each missing dir", dir_each("/nonexistent-ipbox", count, &s) == -1 && errno == ENOENT);
	CHECK("dir_each on a file", dir_each("/proc/self/status", count, &s) == -1 && errno == ENOTDIR);
	return unit_failed;
}
