# The workloads of make bench.  Sourced by tests/sandbox.sh inside a
# private network, mount and PID namespace; tests/bench/run.sh calls
# bench_all and prints the table from $BENCH_RESULTS, one line a workload:
#   NAME TARGET PER REF_NS REF_KB REF_CPU BB_NS BB_KB BB_CPU IPB_NS IPB_KB IPB_CPU NOTE
# (tab-separated, "-" = none).  Times (wall, and CPU = user + system) are
# medians over rounds that alternate iproute2, ipbox and busybox; PER
# divides them for per-operation figures.
#
# A workload is a command template where the word IP stands for the ip
# under test.  An implementation that fails a workload's probe (a command
# it does not implement yet) gets "-".

ROUNDS=${BENCH_ROUNDS:-5}
DEVS=${BENCH_DEVS:-2000}
VETH=${BENCH_VETH:-500}
REF_IP=$IPREF
BB=$(command -v busybox || true)

mkdir -p "$T/bin"
ln -sf "$IPBOX" "$T/bin/ip"

# the ip command of an implementation: ref, ipb, bb
ip_of() {
	case $1 in
	ref) echo "$REF_IP" ;;
	ipb) echo "$T/bin/ip" ;;
	bb) echo "$BB ip" ;;
	esac
}

# expand TEMPLATE for IMPL (IP -> its command)
expand() {
	echo "$2" | sed "s|\\bIP\\b|$(ip_of "$1")|g"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# probe IMPL SHELL-TEMPLATE: does this ip do the workload at all?
probe() {
	[ "$1" = bb ] && [ -z "$BB" ] && return 1
	sh -c "$(expand "$1" "$2")" > /dev/null 2>&1
}

# bench NAME TARGET PER N PROBE PRE WHAT
#   WHAT is a command template, or @FILE: a file of command templates that
#   make one timed round.  PRE (or "") runs untimed before each run.
#   N runs per looper call; ROUNDS calls per implementation.
bench() {
	name=$1 target=$2 per=$3 n=$4 prb=$5 pre=$6 what=$7
	note=""
	impls=""
	for i in ref ipb bb; do
		[ -n "$pre" ] && sh -c "$pre" > /dev/null 2>&1
		probe "$i" "$prb" && impls="$impls $i"
	done
	case " $impls " in
	*" ipb "*) ;;
	*) echo "  $name: ipbox does not do it yet" >&2 ;;
	esac
	for i in $impls; do : > "$T/t.$i"; : > "$T/c.$i"; echo 0 > "$T/kb.$i"; echo 0 > "$T/f.$i"; done
	r=0
	while [ $r -lt "$ROUNDS" ]; do
		r=$((r + 1))
		for i in $impls; do
			if [ "${what#@}" != "$what" ]; then
				expand "$i" "$(cat "${what#@}")" > "$T/round.$i"
				set -- -f "$T/round.$i" "$n"
			else
				set -- "$n" $(expand "$i" "$what")
			fi
			[ -n "$pre" ] && set -- -p "($pre) > /dev/null 2>&1" "$@"
			[ $r = 1 ] || set -- -q "$@"	# peak RSS once
			res=$("$LOOPER" "$@") || { echo "  $name: looper failed for $i" >&2; continue; }
			set -- $res
			echo "$1" >> "$T/t.$i"
			echo "$4" >> "$T/c.$i"
			[ "$2" -gt "$(cat "$T/kb.$i")" ] && echo "$2" > "$T/kb.$i"
			echo $(($(cat "$T/f.$i") + $3)) > "$T/f.$i"
		done
	done
	line="$name	$target	$per"
	for i in ref bb ipb; do
		case " $impls " in
		*" $i "*) line="$line	$(median < "$T/t.$i")	$(cat "$T/kb.$i")	$(median < "$T/c.$i")"
			f=$(cat "$T/f.$i")
			[ "$f" != 0 ] && echo "  $name: $i had $f failed runs" >&2
			[ "$i" = ipb ] && [ "$f" != 0 ] && note="$f failed runs" ;;
		*) line="$line	-	-	-" ;;
		esac
	done
	[ -n "${BENCH_NOTE:-}" ] && note=${note:+$note, }$BENCH_NOTE
	echo "$line	$note" >> "$BENCH_RESULTS"
	echo "  $name: done" >&2
}

# for the dumps: does ipbox print what iproute2 prints?
same_output() {
	"$REF_IP" "$@" > "$T/ref.out" 2>&1
	"$T/bin/ip" "$@" > "$T/ipb.out" 2>&1 || return 0	# not implemented: probe says so
	cmp -s "$T/ref.out" "$T/ipb.out" || BENCH_NOTE="output differs from iproute2"
}

bench_all() {
	"$REF_IP" link set lo up
	# no DAD: link-local addresses stay put, so every dump is the same
	for f in all default; do
		echo 0 > /proc/sys/net/ipv6/conf/$f/accept_dad 2> /dev/null
	done

	echo "bench: start-up" >&2
	BENCH_NOTE=""
	bench '`ip link show lo`, one exec' 0.25 1 200 "IP link show lo" "" "IP link show lo"

	echo "bench: -batch" >&2
	"$REF_IP" link add bat0 type ifb
	i=0
	: > "$T/batch"
	while [ $i -lt 1000 ]; do
		echo "addr add 10.1.$((i / 250)).$((i % 250 + 1))/32 dev bat0" >> "$T/batch"
		i=$((i + 1))
	done
	echo "addr add 10.2.0.1/32 dev bat0" > "$T/batch1"
	bench '1000 `addr add` via `-batch`' 0.9 1000 3 "IP -batch $T/batch1" \
		"$REF_IP addr flush dev bat0" "IP -batch $T/batch"
	"$REF_IP" link del bat0

	echo "bench: netns churn" >&2
	: > "$T/netns"
	i=0
	while [ $i -lt 200 ]; do
		printf 'IP netns add bn%d\nIP netns del bn%d\n' $i $i >> "$T/netns"
		i=$((i + 1))
	done
	bench 'netns add+del, 200' 0.5 1 1 "IP netns add probe && IP netns del probe" "" "@$T/netns"

	echo "bench: veth churn ($VETH cycles)" >&2
	"$REF_IP" netns add churn
	: > "$T/veth"
	i=0
	while [ $i -lt "$VETH" ]; do
		cat >> "$T/veth" <<-EOF
		IP link add vc0 type veth peer name vc1
		IP link set vc1 netns churn
		IP addr add 10.3.0.1/24 dev vc0
		IP link del vc0
		EOF
		i=$((i + 1))
	done
	bench "veth pair add+move+addr+del, $VETH" 0.85 1 1 \
		"IP link add vc0 type veth peer name vc1 && IP link set vc1 netns churn && IP addr add 10.3.0.1/24 dev vc0 && IP link del vc0" \
		"$REF_IP link del vc0" "@$T/veth"
	"$REF_IP" netns del churn

	echo "bench: making $DEVS devices" >&2
	: > "$T/devs"
	i=0
	while [ $i -lt $((DEVS / 2)) ]; do
		a=$((i / 250)) b=$((i % 250 + 1))
		cat >> "$T/devs" <<-EOF
		link add d$i type veth peer name e$i
		addr add 10.10.$a.$b/16 dev d$i
		addr add 10.20.$a.$b/16 dev e$i
		link set d$i up
		link set e$i up
		EOF
		i=$((i + 1))
	done
	"$REF_IP" -batch "$T/devs" || return 1

	BENCH_NOTE=""
	same_output -o link show
	bench "\`ip -o link show\`, $DEVS devices" 0.6 1 10 "IP -o link show" "" "IP -o link show"
	BENCH_NOTE=""
	same_output addr show
	bench "\`ip addr show\`, $DEVS devices" 0.4 1 10 "IP addr show" "" "IP addr show"
	BENCH_NOTE=""
	same_output -j addr show
	bench "\`ip -j addr show\`, $DEVS devices" 0.5 1 10 "IP -j addr show" "" "IP -j addr show"
}
