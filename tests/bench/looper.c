/* looper: times commands as fork+exec+wait rounds, for tests/bench/run.sh.
 *
 *   looper [-q] [-p SHELLCMD] N CMD [ARG...]  run CMD N times; before each
 *                                             run, untimed, sh -c SHELLCMD
 *   looper [-q] [-p SHELLCMD] -f FILE N       N rounds; a round runs every
 *                                             line of FILE (split on blanks)
 *
 * Prints one line: "MEDIAN_NS PEAK_KB FAILS MEDIAN_CPU_NS": the median wall
 * time of a run (or a round), the largest peak RSS of any child, how many
 * children exited non-zero, and the median CPU time (user + system, from
 * wait4) of a run, which a busy machine disturbs less than wall time.  Children's stdout goes to /dev/null, their
 * stderr is kept.
 *
 * Peak RSS comes from one more, untimed, run under ptrace: at the exit
 * stop the child's /proc/PID/status still has VmHWM.  wait4's ru_maxrss
 * is no good here (-q skips this run and prints 0): since Linux 6.2 RSS is kept in per-CPU counters and
 * ru_maxrss reads a folded value, 0 kB for a small static program. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long maxrss;
static int fails;
static int devnull;

static long long now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* VmHWM of a stopped child, in kB */
static long vm_hwm(pid_t pid)
{
	char path[64], line[256];
	long kb = 0;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmHWM:", 6))
			kb = atol(line + 6);
	if (f)
		fclose(f);
	return kb;
}

/* run ARGV once under ptrace and note its peak RSS at the exit stop */
static void measure(char **argv)
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		dup2(devnull, 1);
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFSTOPPED(st))
		return;
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT);
	ptrace(PTRACE_CONT, pid, 0, 0);
	while (waitpid(pid, &st, 0) == pid && WIFSTOPPED(st)) {
		int sig = WSTOPSIG(st);
		if (st >> 8 == (SIGTRAP | PTRACE_EVENT_EXIT << 8)) {
			long kb = vm_hwm(pid);
			if (kb > maxrss)
				maxrss = kb;
			sig = 0;
		} else if (sig == SIGTRAP) {
			sig = 0;
		}
		ptrace(PTRACE_CONT, pid, 0, sig);
	}
}

static long long cpu_ns;	/* user + system time of the children run() waited for */

static void run(char **argv, int quiet)
{
	struct rusage ru;
	int st;
	pid_t pid = fork();

	if (pid < 0) {
		perror("looper: fork");
		exit(1);
	}
	if (pid == 0) {
		if (quiet)
			dup2(devnull, 1);
		execv(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	if (wait4(pid, &st, 0, &ru) < 0) {
		perror("looper: wait4");
		exit(1);
	}
	if (quiet)
		cpu_ns += (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
			  (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
	if (quiet && (!WIFEXITED(st) || WEXITSTATUS(st)))
		fails++;
}

static int cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

static long long median(long long *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* FILE's lines as argv vectors, NULL-terminated list */
static char ***read_lines(const char *path)
{
	static char buf[1 << 20];
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(buf, 1, sizeof(buf) - 1, f) : 0;
	size_t lines = 0, cap = 64;
	char ***v = malloc(cap * sizeof(*v));

	if (!f) {
		perror(path);
		exit(1);
	}
	fclose(f);
	buf[n] = 0;
	for (char *save = NULL, *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char **a = calloc(64, sizeof(*a));
		int k = 0;
		for (char *s2 = NULL, *w = strtok_r(l, " \t", &s2); w && k < 63; w = strtok_r(NULL, " \t", &s2))
			a[k++] = w;
		if (!k)
			continue;
		if (lines + 1 >= cap)
			v = realloc(v, (cap *= 2) * sizeof(*v));
		v[lines++] = a;
	}
	v[lines] = NULL;
	return v;
}

int main(int argc, char **argv)
{
	const char *pre = NULL, *file = NULL;
	int opt, quick = 0;

	while ((opt = getopt(argc, argv, "+qp:f:")) != -1) {
		if (opt == 'q')
			quick = 1;
		else if (opt == 'p')
			pre = optarg;
		else if (opt == 'f')
			file = optarg;
		else
			return 2;
	}
	if (optind >= argc || (!file && optind + 1 >= argc)) {
		fprintf(stderr, "usage: looper [-q] [-p SHELLCMD] {N CMD [ARG...] | -f FILE N}\n");
		return 2;
	}
	int n = atoi(argv[optind]);
	char **cmd = argv + optind + 1;
	char ***lines = file ? read_lines(file) : NULL;
	char *sh[] = { "/bin/sh", "-c", (char *)pre, NULL };
	long long *t = calloc((size_t)n, sizeof(*t)), *c = calloc((size_t)n, sizeof(*c));

	devnull = open("/dev/null", O_WRONLY);
	for (int i = 0; i < n; i++) {
		if (pre)
			run(sh, 0);
		cpu_ns = 0;
		long long t0 = now_ns();
		if (lines)
			for (char ***l = lines; *l; l++)
				run(*l, 1);
		else
			run(cmd, 1);
		t[i] = now_ns() - t0;
		c[i] = cpu_ns;
	}
	if (pre && !quick)
		run(sh, 0);
	if (quick)
		;
	else if (lines)
		for (char ***l = lines; *l; l++)
			measure(*l);
	else
		measure(cmd);
	printf("%lld %ld %d %lld\n", median(t, n), maxrss, fails, median(c, n));
	return 0;
}
