#!/bin/sh
# Run every fuzz target for a bounded time:
#   tests/fuzz/run.sh DIR SECONDS [REGEX]
# Seeds come from tests/fuzz/corpus/TARGET (read only); what the run finds
# goes to a scratch folder; a crash, leak, UB or timeout is kept as
# tests/fuzz/artifacts/TARGET-* and fails the run.  As root the targets run
# in a private network and mount namespace with a tmpfs /run (the harness's
# seccomp filter already refuses mounts, execs and sockets).
set -u
cd "$(dirname "$0")/../.." || exit 1
dir=$1 secs=${2:-60} pattern=${3:-.}
art=tests/fuzz/artifacts
mkdir -p "$art"
work=$(mktemp -d)
fails=0 total=0
wrap=""
if [ "$(id -u)" = 0 ] && unshare --net --mount true 2>/dev/null; then
	wrap="unshare --net --mount sh -c 'mount --make-rprivate / && mount -t tmpfs tmpfs /run && exec \"\$0\" \"\$@\"'"
fi
for bin in "$dir"/fuzz_*; do
	[ -x "$bin" ] || continue
	t=$(basename "$bin" | sed 's/^fuzz_//')
	echo "$t" | grep -Eq -- "$pattern" || continue
	mkdir -p "$work/$t" "tests/fuzz/corpus/$t"
	total=$((total + 1))
	eval "$wrap" '"$bin"' -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
		-close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$art/$t-" \
		'"$work/$t"' '"tests/fuzz/corpus/$t"' < /dev/null > "$work/$t.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
	cov=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -n 1)
	if [ $rc = 0 ]; then
		echo "fuzz $t: ${execs:-?} runs in ${secs}s, $cov, corpus $(ls "$work/$t" | wc -l) new + $(ls "tests/fuzz/corpus/$t" | wc -l) seeds: PASS"
	else
		fails=$((fails + 1))
		echo "fuzz $t: FAIL (exit $rc)"
		grep -E 'ERROR|SUMMARY|runtime error|^ *#[0-9]+ ' "$work/$t.log" | head -n 30 | sed 's/^/    /'
		ls "$art" | sed -n "s/^\($t-.*\)/    artifact: tests\/fuzz\/artifacts\/\1/p"
	fi
done
rm -rf "$work"
echo "fuzz: $((total - fails)) passed, $fails failed"
[ "$fails" = 0 ]
