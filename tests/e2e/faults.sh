# Faults: a read-only or empty /run, no sysfs, no root, a full /run/netns,
# the kernel refusing a step.  ipbox must fail as iproute2 does (same
# stderr and exit code) and leave the same state behind.

# as an unprivileged user, no capabilities
nobody() { setpriv --reuid 65534 --regid 65534 --clear-groups --inh-caps=-all --bounding-set=-all "$@"; }

t_readonly_run() {
	mount -o remount,ro /run || skip "cannot remount /run"
	state > "$T/s0"
	same netns add x
	same netns list
	same netns delete x
	same netns attach x $$
	same_cmd '$IP netns add x; echo $?'
	state > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed"
}

t_readonly_run_netns() {
	ref netns add keep > /dev/null || fail "netns add keep"
	mount -o remount,ro /run
	same netns delete keep
	same netns add y
	same netns list
	[ "$(ls /run/netns)" = keep ] || fail "files: $(ls /run/netns)"
}

t_empty_run() {
	# no /run/netns at all, and a /run nobody may write into
	chmod 0555 /run
	same netns list
	same netns delete x
	same -all netns exec true
	nobody "$IPREF" netns add x > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	nobody "$IPBOX" ip netns add x > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "netns add x (no root, read-only /run)" || exit 1
	[ ! -e /run/netns ] || fail "/run/netns appeared"
}

t_no_sysfs() {
	mount -t tmpfs -o ro tmpfs /sys || skip "cannot hide /sys"
	veth va vb
	same link
	same addr
	same link show va
	same link set va up
	same -d link show vb
	ref netns add x > /dev/null || fail "netns add x"
	same_cmd '$IP netns exec x $IP link show lo'
}

t_not_root() {
	veth va vb
	ref addr add 10.0.0.9/24 dev va
	state > "$T/s0"
	for c in 'link add x type veth' 'link set va up' 'link set va mtu 1400' 'link del va' \
		 'addr add 10.0.0.1/24 dev va' 'addr flush dev va' 'route add 10.1.0.0/16 dev va' \
		 'rule add pref 10 table 10' 'neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev va' \
		 'netns add x' 'netns delete x' 'link set va netns 1'; do
		nobody "$IPREF" $c > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		nobody "$IPBOX" ip $c > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
		_compare "ip $c (as nobody)" || exit 1
		[ "$ref_rc" != 0 ] || fail "ip $c worked as nobody"
	done
	# reading works without privileges
	nobody "$IPBOX" ip link show va > /dev/null || fail "link show as nobody"
	state > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed"
}

# a flush the kernel refuses (no CAP_NET_ADMIN) reads the refusal of its
# deletes and stops at once, as iproute2's rtnl_send_check: with one
# record, refused at the end of a round; with 2000, in the middle of
# the dump, when the batch is full ("Flush terminated")
flush_setup() {
	veth va vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.9/24 dev va
	ref route add 10.1.0.0/24 dev va
	ref neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev va nud reachable
	ref rule add pref 10 table 10
}
flush_many() {
	i=0
	while [ $i -lt 2000 ]; do
		echo "route add 10.$((2 + i / 250)).$((i % 250)).0/24 dev va"
		[ $i -lt 300 ] && echo "addr add 10.100.$((i / 200)).$((i % 200 + 1))/32 dev va" &&
			echo "neigh add 10.200.$((i / 200)).$((i % 200 + 1)) lladdr 02:00:00:00:00:01 dev va nud reachable"
		i=$((i + 1))
	done > "$T/many"
	ref -batch "$T/many" || fail "setup batch"
}
flush_cmp() {
	for c in 'route flush dev va' '-s route flush dev va' 'route flush table main' \
		 'neigh flush dev va' '-s neigh flush all' 'addr flush dev va' 'rule flush' \
		 '-6 route flush dev va' "$2"; do
		nobody timeout 10 "$IPREF" $c > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		nobody timeout 10 "$IPBOX" ip $c > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
		_compare "ip $c (as nobody, $1)" || exit 1
	done
}
t_flush_refused() {
	flush_setup
	state > "$T/s0"; net_state >> "$T/s0"
	flush_cmp "one record each" '-s -s addr flush dev va'
	grep -q 'Failed to send flush request: Operation not permitted' "$T/ref.err" || fail "not refused"
	state > "$T/s1"; net_state >> "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed"
	flush_many
	state > "$T/s1"; net_state >> "$T/s1"
	# (not -s -s: which records 6.1 prints before it sees the refusal
	# depends on how the kernel's answers and dump parts interleave)
	flush_cmp "2000 routes" '-s neigh flush dev va'
	state > "$T/s2"; net_state >> "$T/s2"
	cmp -s "$T/s1" "$T/s2" || fail "state changed"
	printf 'route flush dev va\nneigh flush dev va\nlink show lo\n' > "$T/b"
	nobody "$IPREF" -force -batch "$T/b" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	nobody "$IPBOX" ip -force -batch "$T/b" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "-force -batch (as nobody): neigh flush ends the batch" || exit 1
}

t_full_netns_fs() {
	mkdir -p /run/netns
	mount -t tmpfs -o size=4k,nr_inodes=1 tmpfs /run/netns || skip "no tiny tmpfs"
	same netns add x
	same netns list
	[ -z "$(ls /run/netns)" ] || fail "left: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/' /proc/self/mountinfo)" = 0 ] || fail "leaked mounts"
}

# a step the kernel refuses in a command of several steps: nothing
# half-made (one RTM_NEWLINK carries the whole veth pair; -batch stops at
# the first failing line unless -force)
kr_setup() {
	ref link add va type veth peer name vb
	ref addr add 10.0.0.1/24 dev va
}
# the routes' linkdown flag follows the carrier, which the kernel's link
# watch sets a moment after "up": wait for it before comparing
kr_state() { settle va vb; net_state; }
t_kernel_refuses() {
	veth va vb
	state > "$T/s0"
	same link add x type veth peer name va
	same link add va type veth peer name y
	same link set va mtu 70000
	same link set va name vb
	same link set va up mtu 10
	same addr add 10.0.0.1/33 dev va
	state > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed"
	[ -e /sys/class/net/x ] && fail "half-made x"
	printf 'link set va up\nlink add va type veth peer name z\nlink set vb up\n' > "$T/b1"
	STATE=kr_state same_state kr_setup -batch "$T/b1"
	STATE=kr_state same_state kr_setup -force -batch "$T/b1"
	printf 'addr add 10.0.0.2/24 dev va\naddr add 10.0.0.1/24 dev va\naddr add 10.0.0.3/24 dev va\n' > "$T/b2"
	same_state kr_setup -batch "$T/b2"
	same_state kr_setup -force -batch "$T/b2"
}

# root, but without some capabilities: setpriv takes them out of the
# bounding set, so the exec'd ip never has them.  capsame DROP ARGS: both
# ips so; stdout, stderr and exit code must be identical.
capsame() {
	_drop=$1
	shift
	setpriv --bounding-set="$_drop" "$IPREF" "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	setpriv --bounding-set="$_drop" "$IPBOX" ip "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "ip $* (root without $_drop)" || exit 1
}
# what a failed command must leave as it was: links, addresses, routes,
# /run/netns and the mounts there
fstate() { state; grep -o ' /run/netns[^ ]* ' /proc/self/mountinfo | sort; }

t_root_without_net_admin() {
	command -v setpriv > /dev/null || skip "no setpriv"
	veth va vb
	ref addr add 10.0.0.9/24 dev va
	ref netns add a > /dev/null || fail "netns add a"
	fstate > "$T/s0"
	for c in 'link add x type veth' 'link set va up' 'link set va mtu 1400 name x' 'link del va' \
		 'addr add 10.0.0.1/24 dev va' 'addr del 10.0.0.9/24 dev va' 'addr flush dev va' \
		 'route add 10.1.0.0/16 dev va' 'route flush dev va' 'rule add pref 10 table 10' \
		 'neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev va' 'link set va netns a' \
		 'netns set a 7' '-n a link set lo up' '-n a addr add 10.0.0.1/8 dev lo' \
		 '-batch /dev/stdin' '-force -batch /dev/stdin'; do
		printf 'link set va up\naddr add 10.0.0.2/24 dev va\n' > "$T/b"
		capsame -net_admin $c < "$T/b"
	done
	# reading needs no capability
	capsame -net_admin -d link show va
	capsame -net_admin -n a addr
	fstate > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed: $(diff "$T/s0" "$T/s1")"
}

t_root_without_sys_admin() {
	command -v setpriv > /dev/null || skip "no setpriv"
	veth va vb
	# first netns: /run/netns is made (mkdir needs no capability), the
	# mount that makes it shared is refused, no namespace file stays
	capsame -sys_admin netns add y
	[ -z "$(ls /run/netns)" ] || fail "left: $(ls /run/netns)"
	grep -q ' /run/netns' /proc/self/mountinfo && fail "a mount at /run/netns"
	rmdir /run/netns
	ref netns add a > /dev/null || fail "netns add a"
	fstate > "$T/s0"
	for c in 'netns add y' 'netns attach y 1' 'netns delete a' '-all netns delete' \
		 'netns exec a true' '-all netns exec true' '-n a link' 'netns pids a' \
		 'netns identify 1' 'link set va netns 1'; do
		capsame -sys_admin $c
	done
	capsame -sys_admin,-net_admin link set va netns a
	fstate > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || fail "state changed: $(diff "$T/s0" "$T/s1")"
}

# no /run at all: a chroot that has every top-level folder but /run
t_no_run() {
	command -v chroot > /dev/null || skip "no chroot"
	r=$T/root
	mkdir "$r" || fail "mkdir $r"
	for d in /*; do
		b=${d#/}
		[ "$b" = run ] && continue
		if [ -L "$d" ]; then cp -P "$d" "$r/$b"
		elif [ -d "$d" ]; then mkdir "$r/$b" && mount --rbind "$d" "$r/$b" || skip "cannot bind $d"
		fi
	done
	for c in 'netns add x' 'netns list' 'netns delete x' 'netns attach x 1' 'netns exec x true' \
		 '-all netns exec true' '-all netns delete' 'netns identify' 'netns pids x' \
		 'netns set x 1' '-n x link' 'link set lo netns x' 'netns list-id' '-j netns list'; do
		chroot "$r" "$IPREF" $c > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		chroot "$r" "$IPBOX" ip $c > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
		_compare "ip $c (no /run)" || exit 1
	done
	[ ! -e "$r/run" ] || fail "/run appeared"
}

# no sysfs mounted at all (not even the host's under the sandbox's)
t_sysfs_unmounted() {
	veth va vb
	ref netns add x > /dev/null || fail "netns add x"
	i=0
	while mountpoint -q /sys && [ $i -lt 8 ]; do umount -l /sys || break; i=$((i + 1)); done
	mountpoint -q /sys && skip "cannot unmount /sys"
	same link
	same -d link show va
	same -s addr
	same link set va up
	same -br link
	same_cmd '$IP netns exec x $IP link show lo; ls /sys/class/net'
	ipb link set va netns x || fail "link set va netns x"
	same -n x link
	[ -z "$(ls /sys)" ] || fail "/sys got mounted: $(ls /sys | head -3)"
}

# netns add is mkdir, a shared mount, a file, unshare, a bind mount: the
# kernel refusing the unshare (no network namespace left to this user
# namespace) must remove the file again, as iproute2 does
limited() {	# CMD...: in a user+mount+net namespace that may make no more netns
	unshare --user --map-root-user --mount --net sh -c '
		mount -t tmpfs tmpfs /run && echo 1 > /proc/sys/user/max_net_namespaces || exit 99
		"$@"; echo "rc=$?"; ls -A /run/netns 2>&1; grep -c " /run/netns[ /]" /proc/self/mountinfo
		echo 2 > /proc/sys/user/max_net_namespaces && "$@" 2>&1; echo "rc=$?"; ls -A /run/netns' sh "$@"
}
t_netns_add_unshare_refused() {
	unshare --user --map-root-user true 2>/dev/null || skip "no user namespaces"
	limited "$IPREF" netns add y > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	[ $ref_rc = 99 ] && skip "cannot limit max_net_namespaces"
	limited "$IPBOX" ip netns add y > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "netns add y (unshare refused)" || exit 1
	grep -q 'No space left on device' "$T/ref.err" || fail "unshare not refused: $(cat "$T/ref.err")"
}

# every command line of the bad-input table (and the good ones it sets
# up with) through a setuid-root and a cap_net_raw copy, run by nobody:
# each refused with one line and exit 1, the namespace unchanged
t_privileged_badinput() {
	command -v setcap > /dev/null || skip "no setcap (apt-get install libcap2-bin)"
	[ -z "${IPBOX_FILE:-}" ] || skip "ipbox runs through a wrapper"
	mkdir -m 755 /run/suid /run/caps
	cp "$IPBOX" /run/suid/ip && chmod 4755 /run/suid/ip || fail "setuid copy"
	cp "$IPBOX" /run/caps/ip && setcap cap_net_admin,cap_net_raw=ep /run/caps/ip || skip "setcap failed"
	veth va vb
	ref addr add 10.0.0.1/24 dev va
	ref netns add ns1 > /dev/null
	state > "$T/s0"
	# the lines in turn through either copy; a sanitizer build (dynamic,
	# ~0.3 s an exec) takes every fourth
	step=1
	ldd "$IPBOX" > /dev/null 2>&1 && step=4
	{ grep -v '^#' tests/e2e/badinput.tbl | cut -f4; echo 'link add x type veth'; echo 'netns add n2'
	  echo 'addr add 10.0.0.9/24 dev va'; echo 'link set va netns ns1'; echo 'netns exec ns1 touch /run/pwned'; } |
	awk -v step=$step 'NF && (NR % step == 0 || /pwned|netns add n2|type veth$/)' |
	while read -r args; do
		c=/run/suid/ip
		[ "$c" = "${last:-}" ] && c=/run/caps/ip
		last=$c
		eval "set -- $args"
		setpriv --reuid 65534 --regid 65534 --clear-groups "$c" "$@" < /dev/null > "$T/out" 2> "$T/err"; rc=$?
		[ $rc = 1 ] && [ ! -s "$T/out" ] &&
			[ "$(cat "$T/err")" = "ipbox: ip: refusing to run setuid, setgid or with file capabilities" ] ||
			{ echo "$c $args: exit $rc, $(head -c 200 "$T/err")"; exit 1; }
	done || fail "a privileged ip ran"
	state > "$T/s1"
	cmp -s "$T/s0" "$T/s1" || { diff "$T/s0" "$T/s1"; fail "state changed"; }
	[ ! -e /run/pwned ] || fail "netns exec ran"
}

# stdout that cannot be written.  Saves fail as iproute2's do; all else
# fails with "write error: STRERROR" and exit 1 where 6.1 exits 0 and a
# script would take a lost dump for an empty one (README: "Where ipbox
# is safer than iproute2").  A reader that went away ends it quietly.
#   full_same ARGS: both with stdout on /dev/full, same stderr and exit
full_same() {
	ref "$@" > /dev/full 2> "$T/ref.err"; ref_rc=$?
	ipb "$@" > /dev/full 2> "$T/ipb.err"; ipb_rc=$?
	: > "$T/ref.out"; : > "$T/ipb.out"
	_compare "ip $* > /dev/full" || exit 1
}
t_write_errors() {
	veth va vb
	ref link set va up
	ref addr add 10.0.0.9/24 dev va
	ref rule add pref 10 table 10
	for c in 'route save' '-6 route save' 'route save table all' 'addr save' 'addr save dev va' \
		 'rule save' 'rule save x' 'route save bogus' 'addr save dev nosuch' 'rule show table 77'; do
		full_same $c
		[ "${c%% *}" = route ] && [ "$c" != route ] && { grep -q "Can't write magic to dump file" "$T/ref.err" || fail "$c: $(cat "$T/ref.err")"; }
	done
	for c in 'link' '-j addr' '-s -d link show va' 'rule' '-6 -j route show table local' 'addr show dev va' \
		 '-batch /dev/stdin'; do
		echo 'link show lo' | ipb $c > /dev/full 2> "$T/err"; rc=$?
		[ $rc = 1 ] && [ "$(cat "$T/err")" = "write error: No space left on device" ] ||
			fail "ip $c > /dev/full: exit $rc, stderr '$(cat "$T/err")'"
	done
	# -batch: a failed line's exit code wins over the write error's 1
	printf 'link show lo\nlink show nosuch\n' | ipb -batch - > /dev/full 2> "$T/err"; rc=$?
	[ $rc = 1 ] && grep -q '^write error: No space left on device$' "$T/err" || fail "batch: $rc $(cat "$T/err")"
	"$IPBOX" --list > /dev/full 2> "$T/err" && fail "--list > /dev/full: exit 0"
	# a monitor that cannot write ends at its first event
	"$IPBOX" ip netns monitor > /dev/full 2> "$T/err" &
	pid=$!
	sleep 0.3
	ref netns add mon > /dev/null
	i=0
	while kill -0 $pid 2> /dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	kill $pid 2> /dev/null && fail "netns monitor > /dev/full still runs"
	wait $pid; rc=$?
	[ $rc = 1 ] && [ "$(cat "$T/err")" = "write error: No space left on device" ] || fail "monitor: $rc $(cat "$T/err")"
}

# a save that fills the file system half-way stops as iproute2's does
# ("Short write while saving nlmsg", then "Dump/Save terminated"), with
# as many bytes in the file (not the same: each has its own port id)
t_save_disk_full() {
	veth va vb
	ref link set va up
	i=0
	while [ $i -lt 300 ]; do
		echo "route add 10.$((2 + i / 250)).$((i % 250)).0/24 dev va"
		echo "rule add pref $((1000 + i)) table $((1000 + i))"
		echo "addr add 10.100.$((i / 200)).$((i % 200 + 1))/32 dev va"
		i=$((i + 1))
	done > "$T/many"
	ref -batch "$T/many" || fail "setup batch"
	mkdir "$T/small" && mount -t tmpfs -o size=4k tmpfs "$T/small" || skip "no small tmpfs"
	for c in 'route save' 'addr save' 'rule save' '-j addr'; do
		rm -f "$T/small/f"; ref $c > "$T/small/f" 2> "$T/ref.err"; ref_rc=$?; wc -c < "$T/small/f" > "$T/ref.out"
		rm -f "$T/small/f"; ipb $c > "$T/small/f" 2> "$T/ipb.err"; ipb_rc=$?; wc -c < "$T/small/f" > "$T/ipb.out"
		if [ "$c" = '-j addr' ]; then	# 6.1 exits 0 here
			[ $ipb_rc = 1 ] && [ "$(cat "$T/ipb.err")" = "write error: No space left on device" ] ||
				fail "-j addr on a full disk: $ipb_rc $(cat "$T/ipb.err")"
			cmp -s "$T/ref.out" "$T/ipb.out" || fail "-j addr: $(cat "$T/ipb.out") bytes written"
			continue
		fi
		_compare "ip $c > a full file system" || exit 1
		grep -q 'Short write while saving nlmsg' "$T/ref.err" || fail "$c: not cut: $(cat "$T/ref.err")"
	done
}

# a reader that went away: SIGPIPE (141), or with SIGPIPE ignored the
# same exit code as iproute2 and iputils, and not a word
t_closed_pipe() {
	ref link set lo up
	for c in 'link' '-j addr' '-s link show lo'; do
		for how in '' "trap '' PIPE;"; do
			same_cmd "$how { sleep 0.3; \$IP $c; echo rc=\$? >&2; } | true"
		done
	done
	command -v ping > /dev/null || return 0
	for how in '' "trap '' PIPE;"; do
		sh -c "$how { sleep 0.3; ping -c 2 -i 0.2 127.0.0.1; echo rc=\$? >&2; } | true" 2> "$T/ref.err"
		sh -c "$how { sleep 0.3; \"$IPBOX\" ping -c 2 -i 0.2 127.0.0.1; echo rc=\$? >&2; } | true" 2> "$T/ipb.err"
		cmp -s "$T/ref.err" "$T/ipb.err" || fail "ping, pipe closed ($how): $(cat "$T/ref.err") / $(cat "$T/ipb.err")"
	done
}

# ping: iputils' own close_stdout says "ping: write error" and exits 1
t_ping_write_error() {
	command -v ping > /dev/null || skip "no iputils ping"
	ref link set lo up
	for a in '-c 2 -i 0.2 127.0.0.1' '-c 1 -q 127.0.0.1' '-c 1 -W 1 192.0.2.1'; do
		ping $a > /dev/full 2> "$T/ref.err"; ref_rc=$?
		"$IPBOX" ping $a > /dev/full 2> "$T/ipb.err"; ipb_rc=$?
		: > "$T/ref.out"; : > "$T/ipb.out"
		_compare "ping $a > /dev/full" || exit 1
	done
}

# Issue 14.6: a record bigger than the receive buffer (a link with 250
# altnames is over 32 KiB), with the socket's buffer made small too: the
# datagram is measured before it is read, never cut short
t_large_link_message() {
	veth va vb
	many_altnames va 250
	ref link set va up
	printf 'link show va\naddr show dev va\nlink set va mtu 1400\nlink\naddress show\n' > "$T/b"
	for o in '' '-rcvbuf 4096'; do
		same $o link
		same $o -d -s link
		same $o -j link
		same $o addr
		same $o link show va
		same $o link show dev "a123$(printf '%0120d' 0)"
		same $o -batch "$T/b"
	done
}
