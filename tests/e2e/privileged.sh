# A privileged start: ipbox installed setuid root or with cap_net_raw, as
# router firmware installs ping, and run by an ordinary user.  Only ping
# may run then, and it holds its privileges no longer than iputils' ping
# does; everything else refuses with one line and exit 1, changing nothing.
#
# The copies live on the sandbox's own /run (a tmpfs without nosuid, whose
# folders nobody may enter); nobody keeps the full bounding set here, so
# that setuid and file capabilities work as they do on a real system.

user() { setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; }

# /run/suid/ipbox (setuid root) and /run/caps/ipbox (cap_net_raw=ep), each
# with a copy named ip and ping beside it; the same for iputils' ping
priv_copies() {
	command -v setcap > /dev/null || skip "no setcap (apt-get install libcap2-bin)"
	command -v setpriv > /dev/null || skip "no setpriv"
	[ -z "${IPBOX_FILE:-}" ] || skip "ipbox runs through a wrapper"
	for d in suid caps; do
		mkdir -p /run/$d
		for n in ipbox ip ping; do cp "$IPBOX" /run/$d/$n || fail "cp"; done
		[ "$PINGREF" = /nonexistent ] || cp "$PINGREF" /run/$d/iputils-ping
	done
	chmod 4755 /run/suid/*
	for f in /run/caps/*; do setcap cap_net_raw=ep "$f" || skip "setcap failed"; done
	chmod 755 /run/suid /run/caps
	ref link set lo up
}

PINGREF=$(command -v ping || echo /nonexistent)

# status BINARY ARGS: run BINARY -c 3 -i 0.5 ARGS 127.0.0.1 as nobody,
# reading its Uid, Gid, CapPrm and CapEff lines every 50 ms while it runs;
# the last reading, taken within 50 ms of its end and so long after its
# first request, goes to $T/status.  Its output goes to $T/ping.out, its
# exit code to $T/ping.rc.
status() {
	_b=$1
	shift
	(exec setpriv --reuid 65534 --regid 65534 --clear-groups $_b -c 3 -i 0.5 "$@" 127.0.0.1 \
		> "$T/ping.out" 2>&1) &
	_pid=$!		# a subshell that execs: the pid of the ping itself
	: > "$T/status"
	while grep -Eq '^State:.(R|S|D)' /proc/$_pid/status 2>/dev/null; do
		grep -E '^(Uid|Gid|CapPrm|CapEff):' /proc/$_pid/status > "$T/status.now" 2>/dev/null &&
			mv "$T/status.now" "$T/status"
		sleep 0.05
	done
	wait $_pid
	echo $? > "$T/ping.rc"
}

t_ping_drops_privileges() {
	priv_copies
	for d in suid caps; do
		for b in /run/$d/ping "/run/$d/ipbox ping"; do
			status "$b"
			[ "$(cat "$T/ping.rc")" = 0 ] || fail "$b as nobody: $(cat "$T/ping.out")"
			grep -q '3 received' "$T/ping.out" || fail "$b: $(cat "$T/ping.out")"
			# all four uids and gids the real ones (iputils' setuid ping
			# keeps 0 as the saved uid: README, "safer"), no capability
			printf 'Uid:\t65534\t65534\t65534\t65534\nGid:\t65534\t65534\t65534\t65534\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\n' > "$T/want"
			cmp -s "$T/want" "$T/status" || fail "$b ($d) while pinging: $(cat "$T/status")"
		done
		[ "$PINGREF" != /nonexistent ] || continue
		# iputils' ping the same way: the same Gid and capabilities
		status /run/$d/iputils-ping
		grep -q '3 received' "$T/ping.out" || fail "iputils' ping ($d): $(cat "$T/ping.out")"
		grep -v '^Uid' "$T/status" > "$T/ref"
		grep -v '^Uid' "$T/want" > "$T/want2"
		cmp -s "$T/ref" "$T/want2" || fail "iputils' ping ($d) differs: $(cat "$T/status")"
	done
}

# the privileged copies give the same output as iputils' privileged ping
t_ping_output() {
	priv_copies
	[ "$PINGREF" != /nonexistent ] || skip "iputils ping is not installed"
	for d in suid caps; do
		for a in "-c 2 -i 0.2 127.0.0.1" "-c 1 -s 1000 -t 9 127.0.0.1" "-c 1 -I lo 127.0.0.1" "-c1 ::1"; do
			user /run/$d/iputils-ping $a 2>&1 | sed -e 's/time=[0-9.]* ms/time=X ms/' \
				-e 's/mdev = .*/mdev = X/' -e 's/, time [0-9]*ms//' > "$T/ref.out"
			user /run/$d/ping $a 2>&1 | sed -e 's/time=[0-9.]* ms/time=X ms/' \
				-e 's/mdev = .*/mdev = X/' -e 's/, time [0-9]*ms//' > "$T/ipb.out"
			cmp -s "$T/ref.out" "$T/ipb.out" || { diff -u "$T/ref.out" "$T/ipb.out"; fail "ping $a ($d)"; }
		done
		# under 2 ms only for root: the real uid decides, as in iputils
		expect 2 "ping: cannot flood; minimal interval allowed for user is 2ms" user /run/$d/ping -c 1 -i 0.001 127.0.0.1
		expect 2 "ping: cannot flood; minimal interval allowed for user is 2ms" user /run/$d/ping -c 1 -f 127.0.0.1
	done
}

# everything but ping refuses, whatever picked the applet, and changes nothing
t_others_refuse() {
	priv_copies
	ref netns add n1 > /dev/null || fail "netns add"
	mkdir -m 755 /run/inst /run/links
	printf 'link add d1 type veth\nnetns add n2\n' > /run/batch
	chmod 644 /run/batch
	state > "$T/s0"
	for d in suid caps; do
		ln -sf /run/$d/ipbox /run/links/ip
		B=/run/$d/ipbox
		for c in "$B ip link add d1 type veth" "$B ip netns add n2" "$B ip -batch /run/batch" \
			 "$B ip netns exec n1 touch /run/pwned" "$B ip link show" \
			 "/run/$d/ip link add d1 type veth" "/run/$d/ip netns exec n1 touch /run/pwned" \
			 "/run/links/ip netns add n2" "bash -c exec\\ -a\\ ip\\ $B\\ netns\\ add\\ n2" \
			 "$B --install /run/inst" "$B --install -s /run/inst" "$B --list" "$B --help" "$B" \
			 "$B nosuch" "$B -- ping"; do
			eval "user $c" > "$T/out" 2> "$T/err"; rc=$?
			[ $rc = 1 ] || fail "$c ($d): exit $rc, want 1 ($(cat "$T/err"))"
			[ ! -s "$T/out" ] || fail "$c ($d) wrote to stdout: $(cat "$T/out")"
			[ "$(wc -l < "$T/err")" = 1 ] || fail "$c ($d): stderr '$(cat "$T/err")'"
			grep -q '^ipbox: .*: refusing to run setuid, setgid or with file capabilities$' "$T/err" ||
				fail "$c ($d): stderr '$(cat "$T/err")'"
		done
		expect 1 "ipbox: ip: refusing to run setuid, setgid or with file capabilities" user "$B" ip link show
		expect 1 "ipbox: --install: refusing to run setuid, setgid or with file capabilities" user "$B" --install /run/inst
	done
	[ ! -e /run/pwned ] || fail "netns exec ran a command"
	[ -z "$(ls -A /run/inst)" ] || fail "--install made $(ls /run/inst)"
	state > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || { diff "$T/s0" "$T/s1"; fail "state changed"; }
	# root is not elevated by these copies: they work for root as before
	/run/caps/ip link show lo > /dev/null || fail "root's ip through the cap_net_raw copy"
	/run/suid/ipbox ip link show lo > /dev/null || fail "root's ipbox ip through the setuid copy"
}

# execve with an empty argv (Linux 5.18 and later put "" in argv[0]; older
# ones leave argc 0 and argv[1] pointing at the environment)
t_empty_argv() {
	command -v perl > /dev/null || skip "no perl"
	expect 127 "ipbox: empty argument list" perl -e 'exec { $ARGV[0] } ()' "$IPBOX"
	priv_copies
	expect 127 "ipbox: empty argument list" user perl -e 'exec { $ARGV[0] } ()' /run/suid/ipbox
	expect 127 "ipbox: empty argument list" user perl -e 'exec { $ARGV[0] } ()' /run/caps/ping
}
