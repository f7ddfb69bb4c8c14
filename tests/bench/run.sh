#!/bin/sh
# make bench: size, speed and peak memory of ipbox beside iproute2's ip and
# busybox's ip, printed as a Markdown table for the README.
#
#   tests/bench/run.sh BINARY
#
# Builds config/tiny, defconfig and full with musl-gcc (when installed) into
# build/bench-*/ for the size table, and times the static defconfig build
# (BINARY when there is no musl-gcc).  The workloads run in a private
# network, mount and PID namespace (tests/sandbox.sh), so every device and
# named netns they make disappears with it, whatever way the run ends.
#
# Environment: BENCH_ROUNDS (5) alternating rounds per workload;
# BENCH_DEVS (2000) devices for the dumps; BENCH_VETH (500) veth cycles.
set -u
cd "$(dirname "$0")/../.." || exit 1
[ $# -ge 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
BIN=$1
OUT=build/bench
mkdir -p "$OUT"
work=$(pwd)/$OUT/run.$$
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

# --- sizes ----------------------------------------------------------------
sizes=$work/sizes
: > "$sizes"
if command -v musl-gcc > /dev/null; then
	for c in tiny defconfig full; do
		b=build/bench-$c
		case $c in
		tiny) sh config/kconfig.sh config no config/tiny ;;
		defconfig) sh config/kconfig.sh config def config/defconfig ;;
		full) sh config/kconfig.sh config yes config/full ;;
		esac > "$work/$c.config"
		mkdir -p "$b"
		cmp -s "$work/$c.config" "$b/.config" || cp "$work/$c.config" "$b/.config"
		if ! make -s --no-print-directory CC=musl-gcc BUILD="$b" CONFIG="$b/.config" "$b/ipbox" > "$work/make.log" 2>&1; then
			cat "$work/make.log" >&2
			echo "bench: the $c build failed" >&2
			exit 1
		fi
		strip -o "$b/ipbox.stripped" "$b/ipbox"
		echo "$c $(wc -c < "$b/ipbox.stripped")" >> "$sizes"
	done
	TIMED=build/bench-defconfig/ipbox
	timed_what="static musl defconfig build"
else
	TIMED=$BIN
	timed_what="$BIN (no musl-gcc: no size table, not a static build)"
fi

# --- the looper -----------------------------------------------------------
LOOPER=$OUT/looper
if [ ! -x "$LOOPER" ] || [ tests/bench/looper.c -nt "$LOOPER" ]; then
	if command -v musl-gcc > /dev/null; then
		musl-gcc -static -O2 -Wall -o "$LOOPER" tests/bench/looper.c
	else
		${HOSTCC:-cc} -O2 -Wall -o "$LOOPER" tests/bench/looper.c
	fi || exit 1
fi

# --- workloads, in a sandbox ----------------------------------------------
load0=$(cut -d' ' -f1-3 /proc/loadavg)
IPBOX="$(cd "$(dirname "$TIMED")" && pwd)/$(basename "$TIMED")"
LOOPER="$(pwd)/$LOOPER"
BENCH_RESULTS="$work/results"
export IPBOX LOOPER BENCH_RESULTS
: > "$BENCH_RESULTS"
if [ "$(id -u)" != 0 ] || ! unshare --net --mount true 2> /dev/null; then
	echo "bench: the workloads need root and namespaces; sizes only" >&2
else
	mkdir -p "$work/sandbox"
	unshare --net --mount --pid --fork sh tests/sandbox.sh tests/bench/workloads.sh bench_all "$work/sandbox" || exit 1
fi

# --- the table --------------------------------------------------------------
ipref=$(command -v ip || echo /sbin/ip)
bbver=$(busybox 2> /dev/null | sed -n '1s/^BusyBox \(v[0-9.]*\).*/\1/p')
echo
echo "Measured by \`make bench\` on $(date -u +%Y-%m-%d), Linux $(uname -r), $(nproc) CPUs" \
	"($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)); median of" \
	"${BENCH_ROUNDS:-5} alternating rounds; the ✓/✗ after a ratio compares it with the target." \
	"Wall time suffers on a busy machine (load average before/after: $load0 / $(cut -d' ' -f1-3 /proc/loadavg));" \
	"CPU time (user + system) less so. ipbox: $timed_what." \
	"iproute2: $("$ipref" -V | sed 's/^ip utility, //')${bbver:+; busybox $bbver}."
echo
awk -F'\t' '
function t(ns) {
	if (ns == "") return "n/a"
	if (ns >= 1e9) return sprintf("%.2f s", ns / 1e9)
	if (ns >= 1e6) return sprintf("%.1f ms", ns / 1e6)
	return sprintf("%.0f µs", ns / 1e3)
}
function kb(k) { return k == "" ? "n/a" : (k >= 10240 ? sprintf("%.1f MiB", k / 1024) : k " KiB") }
function ratio(a, b, goal) {
	if (a == "" || b == "" || b == 0) return "n/a"
	return sprintf("%.2f×", a / b) (a / b <= goal + 0.005 ? " ✓" : " ✗")
}
BEGIN {
	print "| workload | iproute2 | busybox | ipbox | ipbox / iproute2 | target | CPU ipbox / iproute2 | peak RSS iproute2 / busybox / ipbox |"
	print "|---|---|---|---|---|---|---|---|"
}
{
	# NAME TARGET PER then (wall kb cpu) for ref, busybox, ipbox, then NOTE
	for (i = 4; i <= 12; i++) if ($i == "-") $i = ""
	per = $3 > 1 ? $3 : 1; unit = $3 > 1 ? " each" : ""
	ref = $4 == "" ? "" : $4 / per; bb = $7 == "" ? "" : $7 / per; ipb = $10 == "" ? "" : $10 / per
	note = $13
	ipbtxt = ipb == "" ? "n/a (" (note == "" ? "not implemented yet" : note) ")" : t(ipb) unit (note == "" ? "" : " (" note ")")
	printf "| %s | %s | %s | %s | %s | ≤ %s× | %s | %s / %s / %s |\n", $1,
		ref == "" ? "n/a" : t(ref) unit, bb == "" ? "none" : t(bb) unit, ipbtxt,
		ratio(ipb, ref, $2), $2, ratio($12, $6, $2), kb($5), bb == "" ? "–" : kb($8), kb($11)
	if ($1 ~ /devices/ && $11 > dump_kb) dump_kb = $11
}
END {
	if (dump_kb != "")
		printf "\nPeak RSS of ipbox on the %s-device dumps: %d KiB (target ≤ 1 MiB%s).\n",
			devs, dump_kb, dump_kb <= 1024 ? " ✓" : " ✗"
}' devs="${BENCH_DEVS:-2000}" "$BENCH_RESULTS"

if [ -s "$sizes" ]; then
	echo
	echo "| build (static, musl, x86-64, stripped) | bytes | target |"
	echo "|---|---|---|"
	while read -r c n; do
		case $c in
		tiny) tgt="≤ 40 KiB (40,960 B)" ;;
		defconfig) tgt="≤ 64 KiB (65,536 B)" ;;
		*) tgt="–" ;;
		esac
		ok=""
		case $c in
		tiny) [ "$n" -le 40960 ] && ok=" ✓" || ok=" ✗" ;;
		defconfig) [ "$n" -le 65536 ] && ok=" ✓" || ok=" ✗" ;;
		esac
		printf '| `%s` | %s |%s%s |\n' "config/$c" "$(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" " $tgt" "$ok"
	done < "$sizes"
	echo "| busybox 1.35 ip + ping applets, static (reference figure from issue 8) | 128,784 | – |"
fi
