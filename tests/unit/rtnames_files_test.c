/* core/rtnames with name files of any size (issue 14.7): rt_tables and
 * the .conf files of rt_tables.d far beyond the 16 KiB kept in bss, in a folder of
 * their own (rt_confdir), removed again at the end. */
#include "applets/ip/lib/rtnames.h"
#include "core/ipbox.h"
#include "tests/unit/unit.h"

#include <fcntl.h>
#include <linux/rtnetlink.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/ipbox-rtnames-XXXXXX";

/* FILE under dir: LINES lines "ID PREFIXID" from FIRST, a comment every
 * tenth line, then TAIL */
static void write_db(const char *file, unsigned first, unsigned lines, const char *prefix, const char *tail)
{
	char path[256], line[128];
	int fd;

	fmt_buf(path, sizeof(path), "%s/%s", dir, file);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) {
		perror(path);
		exit(1);
	}
	for (unsigned i = 0; i < lines; i++) {
		size_t n = (size_t)fmt_buf(line, sizeof(line), "%s%u\t%s%u\n",
					   i % 10 ? "" : "# a comment line of some length\n",
					   first + i, prefix, first + i);
		if (write(fd, line, n) != (ssize_t)n)
			exit(1);
	}
	if (tail && write(fd, tail, strlen(tail)) < 0)
		exit(1);
	close(fd);
}

static unsigned a2n(int (*fn)(unsigned *, const char *), const char *arg)
{
	unsigned v = 12345;
	return fn(&v, arg) ? 99999 : v;
}

int main(void)
{
	char b[RT_NAME_BUF], path[256];

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	fmt_buf(path, sizeof(path), "%s/rt_tables.d", dir);
	mkdir(path, 0755);
	/* 4000 tables: about 150 KiB; then two .conf files of 1000 and one */
	write_db("rt_tables", 1000, 4000, "table-with-a-long-name-", "4294967295\tlast\n2147483647 int-max\n3000000000 past-int-max\n");
	write_db("rt_tables.d/a.conf", 10000, 1000, "conf-a-", NULL);
	write_db("rt_tables.d/b.conf", 20000, 0, "", "20000 conf-b\n");
	/* 200 protocols, then 3000 comment lines: the last name is at 100 KiB */
	write_db("rt_protos", 0, 200, "p", NULL);
	fmt_buf(path, sizeof(path), "%s/rt_protos", dir);
	int fd = open(path, O_WRONLY | O_APPEND);
	for (int i = 0; i < 3000; i++)
		if (write(fd, "# padding padding padding padding\n", 34) != 34)
			return 1;
	if (write(fd, "201 late-proto\n", 15) != 15)
		return 1;
	close(fd);
	static char confdir[64];
	fmt_buf(confdir, sizeof(confdir), "%s/", dir);
	rt_confdir = confdir;

	const char *first = rt_table_n2a(1000, b);
	CHECK_STR("table: the first line", first, "table-with-a-long-name-1000");
	CHECK_STR("table: a line past 16 KiB", rt_table_n2a(2500, b), "table-with-a-long-name-2500");
	CHECK_STR("table: the last line of rt_tables", rt_table_n2a(4999, b), "table-with-a-long-name-4999");
	/* 6.1 reads IDs into an int: those past INT_MAX are left out */
	CHECK_STR("table: after the numbered lines", rt_table_n2a(2147483647u, b), "int-max");
	CHECK_STR("table: past INT_MAX, as 6.1", rt_table_n2a(3000000000u, b), "3000000000");
	CHECK_STR("table: a .conf file", rt_table_n2a(10999, b), "conf-a-10999");
	CHECK_STR("table: the .conf file after it", rt_table_n2a(20000, b), "conf-b");
	CHECK_STR("table: built-in names stay", rt_table_n2a(RT_TABLE_MAIN, b), "main");
	CHECK_STR("table: no name", rt_table_n2a(7, b), "7");
	CHECK("table a2n: past 16 KiB", a2n(rt_table_a2n, "table-with-a-long-name-4321") == 4321);
	CHECK("table a2n: .conf", a2n(rt_table_a2n, "conf-b") == 20000);
	CHECK("table a2n: INT_MAX", a2n(rt_table_a2n, "int-max") == 2147483647u);
	CHECK("table a2n: past INT_MAX, as 6.1", a2n(rt_table_a2n, "last") != 4294967295u);
	CHECK_STR("proto: a name", rt_proto_n2a(199, b), "p199");
	CHECK_STR("proto: a name at 100 KiB", rt_proto_n2a(201, b), "late-proto");
	CHECK("proto a2n: at 100 KiB", a2n(rt_proto_a2n, "late-proto") == 201);
	/* names read before stay where they were */
	CHECK_STR("table: a name read before stays", first, "table-with-a-long-name-1000");

	fmt_buf(path, sizeof(path), "rm -rf '%s'", dir);
	if (system(path))
		return 1;
	return unit_failed;
}
