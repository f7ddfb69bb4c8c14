# ping: compared line by line with iputils' ping on the same targets,
# round-trip times masked.  Only loopback and the test's own namespaces.

PINGREF=${PINGREF:-ping}
PRE=
command -v "$PINGREF" > /dev/null || PINGREF=/nonexistent

# times vary: mask them, keep every other byte
pmask() {
	sed -e 's/time=[0-9.]* ms/time=X ms/' -e 's/time [0-9]*ms/time Xms/' \
	    -e 's/mdev = .*/mdev = X/' -e 's/^\[[0-9]*\.[0-9]*\] /[T] /' \
	    -e 's/, min\/avg\/ewma\/max = .*//'
}

# psame ARGS: iputils' ping and ipbox's on the same target
psame() {
	$PRE
	"$PINGREF" "$@" 2> "$T/ref.err" | pmask > "$T/ref.out"; ref_rc=$(rc_of "$PINGREF" "$@")
	$PRE
	"$IPBOX" ping "$@" 2> "$T/ipb.err" | pmask > "$T/ipb.out"; ipb_rc=$(rc_of "$IPBOX" ping "$@")
	_compare ping "$@" || exit 1
}

# the exit code of a second run (pipes hide the first one's)
rc_of() { $PRE; "$@" > /dev/null 2>&1; echo $?; }

# -f -D -O -p -b -M and SIGQUIT need CONFIG_PING_EXTRA
has_extra() { ! "$IPBOX" ping -f -V 2>&1 | grep -q "not supported"; }
need_extra() { has_extra || skip "CONFIG_PING_EXTRA is off"; }

# unanswered neighbours: start each run with none, so that no run lasting
# under 3 s sees "Destination Host Unreachable"
noneigh() { ref neigh flush dev va; ref -6 neigh flush dev va; }


# lo up; veth va (10.9.0.1, fd00::1) <-> vb (10.9.0.2, fd00::2) in netns x
pnet() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	ref netns add x || fail "netns add"
	ref link add va type veth peer name vb || fail "veth"
	ref link set vb netns x
	ref addr add 10.9.0.1/24 dev va
	ref addr add fd00::1/64 dev va nodad
	ref link set va up
	ref -n x link set lo up
	ref -n x addr add 10.9.0.2/24 dev vb
	ref -n x addr add fd00::2/64 dev vb nodad
	ref -n x link set vb up
	i=0
	while ! ref -6 addr show dev va scope link | grep -q 'inet6' || \
	      ref -6 addr show dev va | grep -q tentative; do
		i=$((i + 1)); [ $i -lt 50 ] || fail "no link-local address"; sleep 0.1
	done
	LL=$(ref -n x -6 addr show dev vb scope link | sed -n 's/.*inet6 \([^/]*\).*/\1/p')
	i=0
	while ref -n x -6 addr show dev vb | grep -q tentative; do
		i=$((i + 1)); [ $i -lt 50 ] || fail "tentative"; sleep 0.1
	done
}

t_loopback() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	psame -c2 -i 0.2 127.0.0.1
	psame -c2 -i 0.2 ::1
	psame -c1 127.1
	psame -c2 -i 0.2 -q 127.0.0.1
	psame -c1 -n -s 100 127.0.0.1
	psame -c1 -s 0 127.0.0.1
	psame -c1 -s 4 ::1
	psame -c1 -s 16 127.0.0.1
	psame 127.0.0.1 -c 1 -t 3
	psame -c1 -6 -s 2000 ::1
	psame -c1 -i 0.001 127.0.0.1
	psame -c1 -s 65508 127.0.0.1
	[ "$ref_rc" = 1 ] || fail "EMSGSIZE: exit $ref_rc, want 1"
}

t_extra_loopback() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	need_extra
	psame -c1 -p abcdeff 127.0.0.1
	psame -c1 -q -p ab 127.0.0.1
	psame -c1 -D 127.0.0.1
	psame -M foo 127.0.0.1
	psame -p xyz 127.0.0.1
	psame -p abxy 127.0.0.1
}

t_veth_ipv4() {
	pnet
	psame -c4 -i 0.2 10.9.0.2	# the tutorial's ping -c4
	psame -c1 -I va 10.9.0.2
	psame -c1 -I 10.9.0.1 10.9.0.2
	psame -c1 -I 10.9.1 10.9.0.2		# -I takes a dotted quad, else a device
	psame -c1 012.9.0.2			# the target: inet_aton's forms
	psame -c1 0xa.9.2
}

t_extra_veth() {
	pnet
	need_extra
	psame -c1 -4 -s 1472 -M do 10.9.0.2
	psame -c1 -s 2000 -M want 10.9.0.2
	psame -c1 -s 2000 -M dont 10.9.0.2
	psame -c2 -i 0.2 -O 10.9.0.2
	PRE=noneigh
	psame -c2 -i 0.3 -O -W 1 10.9.0.7
}

t_veth_ipv6() {
	pnet
	psame -c3 -i 0.2 fd00::2
	psame -c1 -I fd00::1 fd00::2
	psame -c1 -6 -I va fd00::2
	psame -c1 -t 7 fd00::2
}

t_link_local() {
	pnet
	psame -c1 "$LL%va"
	psame -c1 -I va "$LL"
	psame -c2 -i 0.2 -I "fe80::1%va" "$LL"
	psame -c1 "$LL%$(cat /sys/class/net/va/ifindex)"	# a number
	psame -c1 "$LL%nosuch"
	psame -c1 "$LL%"
	psame -c1 "$LL%4294967296"
	psame -c1 "fd00::2%va"			# names only for link-local
	psame -c1 "fd00::2%1"
}

t_no_reply() {
	pnet
	PRE=noneigh
	psame -c1 -W 1 10.9.0.7			# ARP gives up after 3 s
	psame -c1 -W 0.5 fd00::7
	[ "$ref_rc" = 1 ] || fail "no reply: exit $ref_rc, want 1"
}

t_deadline() {
	pnet
	PRE=noneigh
	psame -w 1 -i 0.4 10.9.0.7		# 3 sent, none back
	[ "$ref_rc" = 1 ] || fail "deadline: exit $ref_rc, want 1"
	psame -w 2 -c 2 -i 0.2 10.9.0.2		# count reached first
	psame -w 1 -c 2 -i 0.2 -q fd00::2
}

t_host_unreachable() {
	pnet
	# the neighbour never answers: "Destination Host Unreachable" after
	# about 3 s; how many requests went out by then varies, so compare
	# the lines iputils' timing cannot move
	"$IPBOX" ping -c 1 -i 0.5 -w 6 10.9.0.7 > "$T/o" 2> "$T/e"; rc=$?
	[ $rc = 1 ] || fail "exit $rc, want 1"
	grep -q '^From 10.9.0.1 icmp_seq=1 Destination Host Unreachable$' "$T/o" || fail "$(cat "$T/o")"
	grep -Eq '^[0-9]+ packets transmitted, 0 received, \+[0-9]+ errors, 100% packet loss, time [0-9]+ms$' "$T/o" ||
		fail "statistics: $(cat "$T/o")"
	"$IPBOX" ping -c 1 -i 0.5 -w 6 fd00::7 > "$T/o" 2> "$T/e"; rc=$?
	[ $rc = 1 ] || fail "exit $rc, want 1"
	grep -q '^From fd00::1 icmp_seq=1 Destination unreachable: Address unreachable$' "$T/o" || fail "$(cat "$T/o")"
}

t_unreachable_route() {
	pnet
	psame -c1 10.99.0.1
	psame -c1 fd99::1
	[ "$ref_rc" = 2 ] || fail "no route: exit $ref_rc, want 2"
	psame -c1 -I nosuch 10.9.0.2
	psame -c1 -I nosuch fd00::2
	psame -c1 10.9.0.255			# broadcast without -b
}

t_pmtu_do() {
	pnet
	need_extra
	psame -c1 -s 2000 -M do 10.9.0.2
	psame -c1 -s 2000 -M do fd00::2
}

t_errors() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	psame
	psame -c 0 127.0.0.1
	psame -c abc 127.0.0.1
	psame -c -1 127.0.0.1
	psame -c 99999999999999999999 127.0.0.1
	psame -c '' 127.0.0.1
	psame -c '5 ' 127.0.0.1
	psame -c ' +1' 127.0.0.1
	psame -c 0x10 127.0.0.1
	psame -c -9223372036854775809 127.0.0.1
	psame -s 9223372036854775807 127.0.0.1
	psame -t 300 127.0.0.1
	psame -c1 -t 0 127.0.0.1
	psame -w abc 127.0.0.1
	psame -x 127.0.0.1
	psame -c
	psame -h
	psame -c1 -6 127.0.0.1
	psame -c1 -4 ::1
	psame -c1 -6 -4 ::1
	psame -c1 -W 0.5x 127.0.0.1
}

# -s as iputils bounds it (0 to INT_MAX), in checked size_t: beyond IP's
# 65,535 bytes the kernel refuses every request
t_sizes() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	for s in 65507 65508 70000 100000000 -1 -2147483648 -2147483649 2147483648 -0 '' 0x10; do
		psame -c1 -W 1 -s "$s" 127.0.0.1
	done
	psame -c1 -W 1 -s 65527 ::1
	psame -c1 -W 1 -s 65528 ::1
	psame -c1 -W 1 -s 70000 ::1
	# 2^31-1: iputils prints these lines after filling 2 GiB for a
	# minute; ipbox never touches data IP cannot carry (a sanitizer
	# build found a signed overflow here; 32-bit wrapped the buffer size)
	# A 32-bit CPU has no room for two 2 GiB buffers: there ipbox, like
	# iputils' two mallocs, says "memory allocation failed" and exits 2
	class=$(od -An -tx1 -j4 -N1 "${IPBOX_FILE:-$IPBOX}" | tr -d ' ')
	for a in "-s 2147483647" "-s 2147483000 -p 41"; do
		case $a in *-p*) has_extra || continue; pat='PATTERN: 0x41\n' ;; *) pat= ;; esac
		n=${a#-s }; n=${n%% *}
		if [ "$class" = 01 ]; then
			"$IPBOX" ping -c1 -W 1 $a 127.0.0.1 > "$T/ipb.out" 2> "$T/ipb.err"; rc=$?
			[ $rc = 2 ] && [ ! -s "$T/ipb.out" ] &&
				[ "$(cat "$T/ipb.err")" = "ping: memory allocation failed: Cannot allocate memory" ] ||
				fail "ping $a on a 32-bit CPU: exit $rc, $(cat "$T/ipb.out" "$T/ipb.err")"
			continue
		fi
		"$IPBOX" ping -c1 -W 1 $a 127.0.0.1 2> "$T/ipb.err" | pmask > "$T/ipb.out"
		printf "${pat}PING 127.0.0.1 (127.0.0.1) $n($((n + 28))) bytes of data.\n\n--- 127.0.0.1 ping statistics ---\n1 packets transmitted, 0 received, 100%% packet loss, time Xms\n\n" > "$T/want"
		cmp -s "$T/want" "$T/ipb.out" || { diff "$T/want" "$T/ipb.out"; fail "ping $a"; }
		[ "$(cat "$T/ipb.err")" = "ping: WARNING: probably, rcvbuf is not enough to hold preload" ] ||
			fail "ping $a: stderr $(cat "$T/ipb.err")"
		[ "$(rc_of "$IPBOX" ping -c1 -W 1 $a 127.0.0.1)" = 1 ] || fail "ping $a: exit code"
	done
}

# stderr and exit code only: how many requests a short run sends with a
# short interval depends on the machine's load
perr() {
	"$PINGREF" "$@" > /dev/null 2> "$T/ref.err"; ref_rc=$?
	"$IPBOX" ping "$@" > /dev/null 2> "$T/ipb.err"; ipb_rc=$?
	: > "$T/ref.out"
	: > "$T/ipb.out"
	_compare ping "$@" || exit 1
}

# -i and -W as iputils' strtod reads them: hex (0x10 is 16 s, not a
# flood), exponents, inf and nan refused, strtod's ERANGE warned about
t_intervals() {
	ref link set lo up
	[ "$PINGREF" = ping ] || skip "iputils ping is not installed"
	for o in -i -W; do
		for v in nan inf -inf INFINITY 'nan(12)' nanx 1e999 1e-999 1e-310 0x1p-1074 4.9e-324 \
			 0x10 0x1p-3 0x 0x.8 ' 0.5' +0.5 5e 1e+ . - '' '  ' 0x1P+1 1e-9 0.5x -0 \
			 0X1A 0x1p 1.5e3 2147483.647 2147483.648 -1e-7; do
			perr -c 1 -w 1 $o "$v" 127.0.0.1
		done
	done
	psame -c 2 -w 2 -i 0x10 127.0.0.1	# one request in 2 s
	grep -q '^1 packets transmitted' "$T/ipb.out" || fail "-i 0x10: $(cat "$T/ipb.out")"
	# a linger under 1 ms still waits for the reply, as iputils does
	psame -c 1 -W 1e-9 127.0.0.1
	grep -q ' 1 received' "$T/ipb.out" || fail "-W 1e-9: $(cat "$T/ipb.out")"
	psame -c 1 -W 0 ::1
	grep -q ' 1 received' "$T/ipb.out" || fail "-W 0: $(cat "$T/ipb.out")"
}

t_dgram_refused() {
	# a new namespace has ping_group_range "1 0": root falls back to raw
	pnet
	[ "$(cat /proc/sys/net/ipv4/ping_group_range)" = "$(printf '1\t0')" ] || fail "ping_group_range"
	psame -c2 -i 0.2 10.9.0.2
	psame -c2 -i 0.2 fd00::2
}

# run as nobody without CAP_NET_RAW: copies without file capabilities
as_nobody() {
	mkdir -p "$T/bin"
	cp "$(command -v "$PINGREF")" "$T/bin/ping"
	cp "$IPBOX" "$T/ipbox"
	chmod 755 "$T/bin" "$T/bin/ping" "$T/ipbox"
	NOBODY="setpriv --reuid 65534 --regid 65534 --clear-groups --inh-caps=-all"
}

# psame_nobody ARGS: both pings as nobody
psame_nobody() {
	$NOBODY env PATH="$T/bin:$PATH" ping "$@" 2> "$T/ref.err" | pmask > "$T/ref.out"
	ref_rc=$(rc_of $NOBODY env PATH="$T/bin:$PATH" ping "$@")
	$NOBODY "$T/ipbox" ping "$@" 2> "$T/ipb.err" | pmask > "$T/ipb.out"
	ipb_rc=$(rc_of $NOBODY "$T/ipbox" ping "$@")
	_compare "ping (nobody)" "$@" || exit 1
}

t_raw_refused() {
	pnet
	command -v setpriv > /dev/null || skip "no setpriv"
	as_nobody
	# both refused: no raw socket for nobody, no ping group
	psame_nobody -c1 127.0.0.1
	psame_nobody -c1 ::1
	[ "$ref_rc" = 2 ] || fail "no socket: exit $ref_rc, want 2"
	# datagram sockets allowed: nobody pings through them
	echo "0 2147483647" > /proc/sys/net/ipv4/ping_group_range
	psame_nobody -c2 -i 0.2 10.9.0.2
	psame_nobody -c2 -i 0.2 fd00::2
	psame_nobody -c1 -i 0.001 127.0.0.1
	if has_extra; then
		psame_nobody -c1 -s 2000 -M do 10.9.0.2
		psame_nobody -c1 -f 127.0.0.1
	fi
}

# fsame ARGS: psame for a flood.  iputils waits 2 rtt_max for the last
# reply, which a loaded machine can delay past that (README, "safer"):
# then its run counts a loss, and it gets up to four more runs.  ipbox
# gets one.
fsame() {
	for _i in 1 2 3 4 5; do
		"$PINGREF" "$@" 2> "$T/ref.err" | pmask > "$T/ref.out"
		grep -q ' 0% packet loss' "$T/ref.out" && break
	done
	ref_rc=0
	"$IPBOX" ping "$@" 2> "$T/ipb.err" | pmask > "$T/ipb.out"
	ipb_rc=$(rc_of "$IPBOX" ping "$@")
	_compare ping "$@" || exit 1
}

t_flood() {
	pnet
	need_extra
	fsame -f -c 50 10.9.0.2
	fsame -f -c 20 -q fd00::2
}

# 20 floods while two other namespaces flood each other and a shell
# spins: softirqs go to ksoftirqd, late; no reply may be lost
t_flood_loaded() {
	pnet
	need_extra
	ref netns add y
	ref netns add z
	ref -n y link add wa type veth peer name wb netns z
	ref -n y addr add 10.8.0.1/24 dev wa
	ref -n z addr add 10.8.0.2/24 dev wb
	ref -n y link set wa up
	ref -n z link set wb up
	ref netns exec y "$IPBOX" ping -c 1 -W 5 10.8.0.2 > /dev/null || fail "no noise path"
	bg=""
	for _i in 1 2; do
		ref netns exec y "$IPBOX" ping -f -q -w 60 10.8.0.2 > /dev/null 2>&1 & bg="$bg $!"
	done
	sh -c 'while :; do :; done' & bg="$bg $!"
	n=0
	for _i in $(seq 20); do
		"$IPBOX" ping -f -q -c 50 10.9.0.2 > "$T/o" 2>&1
		grep -q '^50 packets transmitted, 50 received, 0% packet loss' "$T/o" || n=$((n + 1))
	done
	kill $bg
	[ $n = 0 ] || fail "$n of 20 loaded floods lost a reply: $(grep transmitted "$T/o")"
}

# on a loaded machine the signal can fall between a request and its
# reply: any loss
t_signals() {
	ref link set lo up
	need_extra
	"$IPBOX" ping -i 0.2 127.0.0.1 > "$T/o" 2> "$T/e" & pid=$!
	sleep 0.7
	kill -QUIT $pid
	sleep 0.3
	kill -INT $pid
	wait $pid; rc=$?
	[ $rc = 0 ] || fail "SIGINT: exit $rc, want 0"
	grep -Eq '^[0-9]+/[0-9]+ packets, [0-9]+% loss$' "$T/e" ||
		grep -Eq '[0-9]+/[0-9]+ packets, [0-9]+% loss, min/avg/ewma/max = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms$' "$T/e" ||
		fail "SIGQUIT: $(cat -A "$T/e")"
	grep -q '^--- 127.0.0.1 ping statistics ---$' "$T/o" || fail "SIGINT: no statistics"
	grep -Eq '^[0-9]+ packets transmitted, [0-9]+ received, [0-9.]+% packet loss, time [0-9]+ms$' "$T/o" ||
		fail "SIGINT: $(cat "$T/o")"
	grep -q '^rtt min/avg/max/mdev = ' "$T/o" || fail "no rtt line"
}
