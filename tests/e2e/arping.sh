# arping: compared with iputils' arping (Debian's iputils-arping) on the
# same topology, output with round-trip times masked and exit code; a
# veth pair into namespace x, traffic nowhere else.

# called as "arping": iputils prints argv[0] in its messages, as ipbox does
ARPINGREF=arping
command -v arping > /dev/null || ARPINGREF=/nonexistent

# va (10.9.0.1) <-> vb (10.9.0.2) in netns x, no IPv6 (so that the only
# frames on the link are the ARP ones a test sends and answers)
anet() {
	needs_config ARPING
	[ "$ARPINGREF" != /nonexistent ] || skip "iputils arping is not installed (apt-get install iputils-arping)"
	ref link set lo up
	ref netns add x || fail "netns add"
	ref link add va type veth peer name vb || fail "veth"
	ref link set vb netns x
	echo 1 > /proc/sys/net/ipv6/conf/va/disable_ipv6
	ip netns exec x sh -c 'echo 1 > /proc/sys/net/ipv6/conf/vb/disable_ipv6'
	ref addr add 10.9.0.1/24 dev va
	ref link set va up
	ref -n x link set lo up
	ref -n x addr add 10.9.0.2/24 dev vb
	ref -n x link set vb up
	i=0
	until ref link show va | grep -q 'state UP' && ref -n x link show vb | grep -q 'state UP'; do
		i=$((i + 1)); [ $i -lt 50 ] || fail "veth not up"; sleep 0.1
	done
}

amask() { sed -e 's/  *[0-9-]*\.[0-9]*ms$/ Xms/'; }

# asame ARGS: iputils' arping and ipbox's, one after the other
asame() {
	"$ARPINGREF" "$@" > "$T/r" 2> "$T/ref.err"; ref_rc=$?
	amask < "$T/r" > "$T/ref.out"
	"$IPBOX" arping "$@" > "$T/r" 2> "$T/ipb.err"; ipb_rc=$?
	amask < "$T/r" > "$T/ipb.out"
	_compare arping "$@" || exit 1
}

# the exit codes only (texts that differ on purpose)
arc() {
	"$ARPINGREF" "$@" > /dev/null 2>&1; ref_rc=$?
	"$IPBOX" arping "$@" > /dev/null 2>&1; ipb_rc=$?
	[ "$ref_rc" = "$ipb_rc" ] || fail "arping $*: exit $ipb_rc, iputils $ref_rc"
}

t_arping_dad() {
	anet
	asame -D -c 2 -I va 10.9.0.7		# free: 0
	[ "$ipb_rc" = 0 ] || fail "DAD of a free address: exit $ipb_rc"
	asame -D -c 2 -I va 10.9.0.2		# taken: 1
	[ "$ipb_rc" = 1 ] || fail "DAD of a taken address: exit $ipb_rc"
	grep -q '^Unicast reply from 10.9.0.2 \[' "$T/ipb.out" || fail "no reply line: $(cat "$T/ipb.out")"
	# dracut's call
	asame -q -D -c 2 -I va 10.9.0.7
	asame -q -D -c 2 -I va 10.9.0.2
	[ ! -s "$T/ipb.out" ] || fail "-q printed: $(cat "$T/ipb.out")"
	asame -D -w 1 -I va 10.9.0.7
	asame -D -s 10.9.0.1 -c 1 -I va 10.9.0.2
	asame -D -c 1 -I lo 10.9.0.2		# not ARP-able: DAD says 0
}

t_arping_request() {
	anet
	asame -c 2 10.9.0.2			# the device from the route
	asame -c 2 -I va 10.9.0.2
	asame -c 1 -I va 10.9.0.3		# nobody: 1
	asame -c 1 -w 1 10.9.0.2
	asame -c 3 -w 1 10.9.0.2
	asame -w 1 10.9.0.2
	asame -f 10.9.0.2
	asame -f -q 10.9.0.2
	asame -b -c 2 10.9.0.2
	asame -s 10.9.0.1 -c 1 10.9.0.2
	asame -i 0 -c 2 -w 2 10.9.0.2
	asame -c 1 -I '' 10.9.0.2
	asame 10.9.0.2 -c 1
}

# rx_packets of vb in netns x
rx() { ip netns exec x cat /sys/class/net/vb/statistics/rx_packets; }

# -U and -A: x receives COUNT frames, and its stale entry for 10.9.0.1
# (a wrong lladdr) takes va's address from them
t_arping_unsolicited() {
	anet
	mac=$(cat /sys/class/net/va/address)
	for o in -U -A; do
		for b in "$ARPINGREF" "$IPBOX arping"; do
			ref -n x neigh replace 10.9.0.1 lladdr 02:00:00:00:00:01 dev vb nud stale
			sleep 1.1	# the kernel's locktime: a change 1 s after the last
			n=$(rx)
			$b $o -c 2 -I va 10.9.0.1 > "$T/out" 2>&1 || fail "$b $o: exit $?: $(cat "$T/out")"
			[ $(($(rx) - n)) = 2 ] || fail "$b $o: x got $(($(rx) - n)) frames, want 2"
			ref -n x neigh show 10.9.0.1 dev vb | grep -q "lladdr $mac" ||
				fail "$b $o: x's entry: $(ref -n x neigh show 10.9.0.1 dev vb)"
		done
		asame $o -c 1 -I va 10.9.0.1
		asame $o -c 1 -s 10.9.0.1 -I va 10.9.0.2
	done
	asame -U -c 1 10.9.0.1			# the route's device is lo
}

# rc|iputils' stderr (first line)|arguments
bad_table() {
	cat <<'EOF'
2|arping: invalid option -- 'x'|-x 10.9.0.2
2|arping: invalid option -- '0'|-0 10.9.0.2
2|arping: option requires an argument -- 'c'|10.9.0.2 -c
2||-h
2||
2||10.9.0.2 10.9.0.3
1|arping: invalid argument: 'abc'|-c abc 10.9.0.2
1|arping: invalid argument: '0': out of range: 1 <= value <= 2147483647|-c 0 10.9.0.2
1|arping: invalid argument: '-1': out of range: 0 <= value <= 2147483647|-w -1 10.9.0.2
1|arping: invalid argument: '99999999999': out of range: 0 <= value <= 2147483647|-i 99999999999 10.9.0.2
1|arping: invalid argument: ''|-c '' 10.9.0.2
1|arping: invalid argument: '1x'|-w 1x 10.9.0.2
2|arping: Device nosuch not available.|-c 1 -I nosuch 10.9.0.2
2|arping: invalid source 1.2.3.x|-c 1 -I va -s 1.2.3.x 10.9.0.2
2|arping: bind: Cannot assign requested address|-c 1 -I va -s 10.9.0.9 10.9.0.2
1|arping: NETLINK_ROUTE unexpected iov element|-c 1 10.99.0.2
EOF
}

t_arping_badinput() {
	anet
	bad_table | while IFS='|' read -r rc msg args; do
		eval "set -- $args"
		asame "$@"
		[ "$ipb_rc" = "$rc" ] || fail "arping $args: exit $ipb_rc, want $rc"
		[ "$(head -1 "$T/ipb.err")" = "$msg" ] || fail "arping $args: $(head -1 "$T/ipb.err")"
	done || exit 1
	# down and not ARP-able devices: a line on stdout
	asame -c 1 -I lo 10.9.0.2
	ref link set va down
	asame -c 1 -I va 10.9.0.2
	asame -D -c 1 -I va 10.9.0.2
	asame -c 1 10.9.0.2
	# a host name: iputils asks the resolver, ipbox refuses numbers only
	arc -c 1 -I va 1.2.3.999
	arc -c 1 -I va no.such.name.invalid
	"$IPBOX" arping -c 1 -I va 1.2.3.999 2>&1 | grep -q 'numeric addresses only' || fail "host name text"
}

# without cap_net_raw: iputils' message and exit code; a cap_net_raw or
# setuid copy works for nobody, and holds nothing once the socket is open
t_arping_privileges() {
	anet
	command -v setcap > /dev/null || skip "no setcap"
	command -v setpriv > /dev/null || skip "no setpriv"
	[ -z "${IPBOX_FILE:-}" ] || skip "ipbox runs through a wrapper"
	nobody() { setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; }
	# plain copies (Debian's arping has cap_net_raw=ep; cp drops it)
	mkdir -p /run/plain
	cp "$(command -v arping)" /run/plain/arping && cp "$IPBOX" /run/plain/ipbox || fail "cp"
	chmod 755 /run/plain
	PATH=/run/plain:$PATH nobody arping -c 1 -I va 10.9.0.2 > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	nobody /run/plain/ipbox arping -c 1 -I va 10.9.0.2 > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "arping as nobody" || exit 1
	[ "$(cat "$T/ipb.err")" = "arping: socket: Operation not permitted" ] || fail "nobody: $(cat "$T/ipb.err")"
	[ "$ipb_rc" = 2 ] || fail "nobody: exit $ipb_rc"

	mkdir -p /run/caps /run/suid
	cp "$IPBOX" /run/caps/arping && cp "$IPBOX" /run/suid/arping && cp "$(command -v arping)" /run/caps/iputils-arping ||
		fail "cp"
	setcap cap_net_raw=ep /run/caps/arping && setcap cap_net_raw=ep /run/caps/iputils-arping ||
		skip "setcap failed"
	chmod 4755 /run/suid/arping
	chmod 755 /run/caps /run/suid
	for b in /run/caps/arping /run/suid/arping; do
		for a in "-c 2 -I va 10.9.0.2" "-D -c 1 -I va 10.9.0.2" "-q -D -c 2 -I va 10.9.0.7"; do
			nobody /run/caps/iputils-arping $a 2> "$T/ref.err" | amask > "$T/ref.out"
			ref_rc=$(nobody /run/caps/iputils-arping $a > /dev/null 2>&1; echo $?)
			nobody $b $a 2> "$T/ipb.err" | amask > "$T/ipb.out"
			ipb_rc=$(nobody $b $a > /dev/null 2>&1; echo $?)
			_compare "$b $a" || exit 1
		done
		# while it waits: nobody's ids, no capability left
		(exec setpriv --reuid 65534 --regid 65534 --clear-groups $b -c 2 -I va 10.9.0.3 > /dev/null 2>&1) &
		pid=$!
		sleep 0.5
		grep -E '^(Uid|Gid|CapPrm|CapEff):' /proc/$pid/status > "$T/status"
		wait $pid
		printf 'Uid:\t65534\t65534\t65534\t65534\nGid:\t65534\t65534\t65534\t65534\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\n' > "$T/want"
		cmp -s "$T/want" "$T/status" || fail "$b while running: $(cat "$T/status")"
	done
}
