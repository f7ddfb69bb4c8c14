#!/bin/sh
# The test command: unit tests (no root), then every t_* function of
# tests/e2e/*.sh, each in a private sandbox (tests/sandbox.sh).
#   tests/run.sh BINARY [PATTERN]   PATTERN filters test names (grep -E)
#   SKIP_TESTS=regex leaves out the tests it matches
#   UNIT_WRAP=CMD runs each unit test binary through CMD (valgrind)
#   JOBS=N runs N e2e tests at a time (default: the CPUs online, most of
#   the time is the kernel's and the sandboxes' waits); TEST_TIMEOUT=s each
#   (300: a hang is still caught, a long table on a loaded machine is not)
#   IPBOX_VM=1 runs only the tests that say needs_module (make check-vm)
set -u
cd "$(dirname "$0")/.." || exit 1
JOBS=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
IPBOX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export IPBOX
pattern=${2:-${TESTS:-.}}
build=$(dirname "$IPBOX")
pass=0 fail=0 skip=0
failed=""
flaky=""
log=$(mktemp)

for u in "$build"/unit/*_test; do
	[ -x "$u" ] || continue
	${UNIT_WRAP:-} "$u" > "$log" 2>&1
	rc=$?
	p=$(grep -c '^PASS' "$log"); f=$(grep -c '^FAIL' "$log")
	if [ $rc != 0 ] && [ "$f" = 0 ]; then	# crashed (or a sanitizer stopped it)
		f=1
		echo "FAIL $(basename "$u") exited $rc"
		tail -n 30 "$log" | sed 's/^/    /'
	fi
	pass=$((pass + p)); fail=$((fail + f))
	grep '^FAIL' "$log"
	[ "$f" = 0 ] || failed="$failed $(basename "$u")"
done
echo "unit: $pass passed, $fail failed"

if [ "$(id -u)" != 0 ] || ! unshare --net --mount true 2>/dev/null; then
	n=$(cat tests/e2e/*.sh | grep -c '^t_[A-Za-z0-9_]*()')
	echo "e2e: $n tests skipped: not root (or no namespaces)"
	skip=$((skip + n))
else
	# the tests to run, one "FILE FUNC NAME" a line
	list=$(mktemp)
	# IPBOX_VM=1 (make check-vm's guest): only the tests that say
	# needs_module; the host runs the rest
	vm_only='/^t_[A-Za-z0-9_]*()/ { t = $1; sub(/\(.*/, "", t) } t && /needs_module/ { print t; t = "" } /^}/ { t = "" }'
	for f in tests/e2e/*.sh; do
		if [ -n "${IPBOX_VM:-}" ]; then
			tests=$(awk "$vm_only" "$f")
		else
			tests=$(sed -n 's/^\(t_[A-Za-z0-9_]*\)().*/\1/p' "$f")
		fi
		for t in $tests; do
			name="$(basename "$f" .sh)/${t#t_}"
			echo "$name" | grep -Eq -- "$pattern" || continue
			[ -z "${SKIP_TESTS:-}" ] || ! echo "$name" | grep -Eq -- "$SKIP_TESTS" || continue
			echo "$f $t $name" >> "$list"
		done
	done
	res=$(mktemp -d)
	run_one() {	# FILE FUNC LOG: sets rc, output in LOG
		tmp=$(mktemp -d)
		timeout "${TEST_TIMEOUT:-300}" unshare --net --mount --pid --fork sh tests/sandbox.sh "$1" "$2" "$tmp" > "$3" 2>&1
		rc=$?
		rmdir "$tmp" 2>/dev/null
	}
	run_test() {	# N FILE FUNC: $res/N.log, N.first (a failed first run), then N.rc
		run_one "$2" "$3" "$res/$1.log"
		if [ $rc != 0 ] && [ $rc != 77 ]; then
			# The kernel's asynchronous work (DAD, link watch, neighbour
			# timers) can race a comparison on a loaded machine: a test
			# that fails gets one more run in a fresh sandbox, and a pass
			# then is reported as flaky, not hidden.
			mv "$res/$1.log" "$res/$1.first"
			run_one "$2" "$3" "$res/$1.log"
		fi
		echo $rc > "$res/$1.rc.tmp" && mv "$res/$1.rc.tmp" "$res/$1.rc"
	}
	# JOBS=N: N lanes take the tests in turn (a mkdir claims one); the
	# results are still reported in order as they arrive.  Every test has
	# its own namespaces, so only the machine's load couples them.
	lanes=""
	if [ "${JOBS:-1}" -gt 1 ]; then
		trap 'kill $lanes 2>/dev/null; rm -rf "$res" "$list" "$log"; exit 130' INT TERM
		j=0
		while [ $j -lt "$JOBS" ]; do
			( n=0
			  while read -r f t name; do
				n=$((n + 1))
				mkdir "$res/claim.$n" 2>/dev/null || continue
				run_test $n "$f" "$t" < /dev/null
			  done < "$list" ) &
			lanes="$lanes $!"
			j=$((j + 1))
		done
	fi
	n=0
	while read -r f t name; do
		n=$((n + 1))
		if [ -z "$lanes" ]; then
			run_test $n "$f" "$t" < /dev/null
		fi
		while [ ! -e "$res/$n.rc" ]; do
			alive=0
			for p in $lanes; do kill -0 "$p" 2>/dev/null && alive=1; done
			if [ $alive = 0 ] && [ ! -e "$res/$n.rc" ]; then
				echo "lanes ended before $name ran" > "$res/$n.log"; echo 1 > "$res/$n.rc"
			fi
			sleep 0.2
		done
		rc=$(cat "$res/$n.rc")
		if [ -e "$res/$n.first" ] && [ $rc = 0 ]; then
			flaky="$flaky $name"
			echo "flaky $name: failed once, passed on a second run; first run said:"
			sed 's/^/    /' "$res/$n.first" | tail -n 8
		fi
		if [ $rc = 0 ]; then
			pass=$((pass + 1))
		elif [ $rc = 77 ]; then
			skip=$((skip + 1))
			echo "skip $name: $(sed -n 's/^SKIP: //p' "$res/$n.log" | tail -n 1)"
		else
			fail=$((fail + 1))
			failed="$failed $name"
			echo "FAIL $name (exit $rc)"
			sed 's/^/    /' "$res/$n.log" | tail -n 40
		fi
		rm -f "$res/$n.log" "$res/$n.first"
	done < "$list"
	wait
	rm -rf "$res" "$list"
fi
rm -f "$log"
[ -z "$flaky" ] || echo "flaky (passed on a second run):$flaky"
[ -z "$failed" ] || echo "failed:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
