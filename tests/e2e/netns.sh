# ip netns: byte-exact with iproute2, and interoperable with it both ways.

# skip when SUBCOMMAND is configured out (CONFIG_IP_NETNS_EXTRA)
needs() {
	ipb netns "$1" 2>&1 | grep -q 'is unknown, try "ip netns help"' && skip "ip netns $1 is configured out"
	return 0
}

# a process in a network namespace of its own: sets $pid once it is there
sleeper() {
	unshare --net sleep 1000 & pid=$!
	for i in $(seq 50); do
		[ "$(readlink /proc/$pid/ns/net)" != "$(readlink /proc/self/ns/net)" ] &&
			[ "$(cat /proc/$pid/comm)" = sleep ] && return 0
		sleep 0.05
	done
	fail "sleeper did not start"
}

t_list() {
	same netns                       # no /run/netns: nothing, rc 0
	same -j netns                    # not even "[]"
	same netns list
	mkdir /run/netns
	same -j netns
	ipb netns add a || fail "add a"
	ipb netns add "with space" || fail "add with space"
	ref netns add b
	same netns
	same netns list
	same netns show
	same netns lst
	same netns ls
	same netns s
	same netns l
	same netns list extra words
	same -j netns
	same -j -p netns
	ref netns set b 7
	same netns
	same -j netns
	same -j -p netns list
}

t_add_plumbing() {
	ipb netns add a || fail "add a"
	ref netns add r
	# the same file mode and the same mounts as iproute2 makes
	[ "$(stat -c '%a %U %F' /run/netns/a)" = "$(stat -c '%a %U %F' /run/netns/r)" ] ||
		fail "file differs: $(stat -c '%a %U %F' /run/netns/a /run/netns/r)"
	grep -q ' /run/netns rw[^ ]* shared:' /proc/self/mountinfo || fail "/run/netns not a shared mount"
	grep -q ' /run/netns/a rw shared:[0-9]* - nsfs ' /proc/self/mountinfo || fail "no nsfs on /run/netns/a"
	[ "$(netns_mounts)" = 3 ] || fail "$(netns_mounts) mounts for 2 namespaces"
	# a new namespace: only lo, down; and we are back where we were
	same -n a link
	same_cmd 'IP netns exec a IP addr'
	[ "$(readlink /proc/self/ns/net)" = "$("$IPBOX" ip netns exec a readlink /proc/1/ns/net)" ] ||
		fail "pid 1 is not where the sandbox began"
	i1=$(stat -L -c %i /run/netns/a); i0=$(stat -L -c %i /proc/self/ns/net)
	[ "$i1" != "$i0" ] || fail "add did not make a new namespace"
}

t_add_errors() {
	same netns add
	ipb netns add a || fail "add a"
	state > "$T/before"
	same netns add a                 # Cannot create namespace file ...: File exists, rc 1
	state > "$T/after"
	cmp -s "$T/before" "$T/after" || fail "failed add changed the state"
	same netns add ''
	same netns add .
	same netns add ..
	same netns add a/b
	same netns add /abs
	long=$(printf '%0256d' 0)
	same netns add "$long"
	same netns bogus ''              # the name is checked before the subcommand
	same netns bogus
	same netns delete a/b
	same netns exec .. true
	ok=$(printf '%0255d' 0)
	ipb netns add "$ok" || fail "255-byte name refused"
	same netns
	ipb netns delete "$ok" || fail "delete 255-byte name"
	same -all netns add              # -all: no name check, still no name
}

t_add_no_run() {
	umount /run && mount -t tmpfs -o ro tmpfs /run || skip "cannot remount /run"
	same netns add a                 # mkdir /run/netns failed: Read-only file system
	same netns
	same netns delete a
	same netns exec a true
}

t_delete() {
	same netns delete
	same netns delete nosuch
	ipb netns add a; ipb netns add b; ipb netns add c
	ipb netns delete a b || fail "delete a b"   # extra names are ignored
	same netns
	ref netns delete b
	same netns
	ipb netns del c || fail "del c"
	same netns
	[ "$(netns_mounts)" = 1 ] || fail "$(netns_mounts) mounts left"
	touch /run/netns/plain           # a stale plain file goes too
	ipb netns d plain || fail "delete a plain file"
	same netns
}

# a name mounted over more than once stays busy after one lazy unmount:
# reported, as iproute2 does
t_delete_busy() {
	ipb netns add a || fail "add"
	ref netns add b
	mount --bind /run/netns/a /run/netns/a || fail "stack a mount"
	mount --bind /run/netns/b /run/netns/b || fail "stack a mount"
	expect 1 'Cannot remove namespace file "/run/netns/a": Device or resource busy' ipb netns delete a
	expect 1 'Cannot remove namespace file "/run/netns/b": Device or resource busy' ref netns delete b
	same netns
	ipb netns delete b || fail "delete after the stacked mount is gone"
	ref netns delete a
	same netns
}

t_delete_all() {
	same -all netns delete           # no directory: rc 0
	for n in a b c d; do ipb netns add $n || fail "add $n"; done
	ipb -all netns delete || fail "-all delete"
	same netns
	[ "$(netns_mounts)" = 1 ] || fail "$(netns_mounts) mounts left"
	same -all netns delete
	same -a netns del
}

t_delete_releases() {
	# a veth whose peer sits in the namespace dies with it
	veth va vb
	ipb netns add a || fail "add"
	ref link set vb netns a
	ipb netns delete a || fail "delete"
	for i in 1 2 3 4 5 6 7 8 9 10; do
		ref link show va > /dev/null 2>&1 || return 0
		sleep 0.1
	done
	fail "va still exists after its namespace was deleted"
}

# MAKER adds a namespace; USER lists it, execs into it and deletes it
interop() {
	maker=$1 user=$2
	$maker netns add a || fail "$maker add"
	[ "$($user netns)" = a ] || fail "$user does not list a"
	$user netns exec a ip link set lo up || fail "$user exec into $maker's namespace"
	same -n a link
	[ "$($user netns exec a cat /sys/class/net/lo/operstate)" = unknown ] || fail "sysfs in exec"
	$user netns delete a || fail "$user delete"
	same netns
	[ "$(netns_mounts)" = 1 ] || fail "$(netns_mounts) mounts left"
}

t_interop_ipbox_to_iproute2() {
	interop ipb ref
}

t_interop_iproute2_to_ipbox() {
	interop ref ipb
}

t_parallel_distinct() {
	i=0
	while [ $i -lt 50 ]; do
		( ipb netns add "p$i" > "$T/p$i.out" 2>&1; echo $? > "$T/p$i.rc" ) &
		i=$((i + 1))
	done
	wait
	[ "$(cat "$T"/p*.rc | grep -c '^0$')" = 50 ] || fail "some adds failed: $(cat "$T"/p*.out)"
	[ "$(ipb netns | wc -l)" = 50 ] || fail "$(ipb netns | wc -l) namespaces"
	[ "$(netns_mounts)" = 51 ] || fail "$(netns_mounts) mounts for 50 namespaces"
	same netns
}

# 20 adds of one name at once: one wins, 19 are told the file exists,
# and no mount is stacked on /run/netns (also when /run is shared)
parallel_same() {
	i=0
	while [ $i -lt 20 ]; do
		( ipb netns add x 2> "$T/s$i.err"; echo $? > "$T/s$i.rc" ) &
		i=$((i + 1))
	done
	wait
	[ "$(cat "$T"/s*.rc | grep -c '^0$')" = 1 ] || fail "successes: $(cat "$T"/s*.rc | tr '\n' ' ')"
	[ "$(cat "$T"/s*.rc | grep -c '^1$')" = 19 ] || fail "failures: $(cat "$T"/s*.rc | tr '\n' ' ')"
	n=$(grep -c '^Cannot create namespace file "/run/netns/x": File exists$' "$T"/s*.err | grep -c ':1$')
	[ "$n" = 19 ] || fail "$n File exists messages: $(cat "$T"/s*.err)"
	[ "$(netns_mounts)" = 2 ] || { grep netns /proc/self/mountinfo; fail "$(netns_mounts) mounts for one namespace"; }
	ipb netns add y || fail "add y"
	[ "$(netns_mounts)" = 3 ] || fail "$(netns_mounts) mounts for two namespaces"
}

t_parallel_same() {
	parallel_same
}

t_parallel_same_shared_run() {
	mount --make-shared /run || skip "cannot make /run shared"
	parallel_same
}

t_exec_status() {
	ipb netns add a || fail "add"
	same netns exec a true
	same netns exec a false
	same netns exec a sh -c 'exit 42'
	same netns exec a sh -c 'kill -9 $$'
	ipb netns exec a sh -c 'kill -9 $$'; [ $? = 137 ] || fail "signal not propagated"
	ipb netns exec a sh -c 'exit 42'; [ $? = 42 ] || fail "42 not propagated"
	same netns e a echo hello
	same netns exec a ip link
	same netns exec a ls /sys/class/net
	# no fork: the command is ipbox's process
	[ "$(ipb netns exec a sh -c 'echo $$')" != "" ] || fail "no output"
	out=$(sh -c 'exec "$IPBOX" ip netns exec a sh -c "echo \$\$"; ' & echo "pid $!"; wait)
	p1=$(echo "$out" | sed -n 's/^pid //p'); p2=$(echo "$out" | grep -v pid)
	[ "$p1" = "$p2" ] || fail "exec forked ($p1 != $p2)"
}

t_exec_errors() {
	same netns exec
	same netns exec nosuch
	same netns exec nosuch true
	ipb netns add a || fail "add"
	same netns exec a
	same netns exec a /nonexistent
	same netns exec a nosuchcommand arg
	touch /run/netns/plain
	same netns exec plain true       # setting ... failed: Invalid argument, rc 255
	same -n plain link
}

t_exec_etc() {
	private_etc
	ipb netns add a || fail "add"
	mkdir -p /etc/netns/a
	echo "nameserver 192.0.2.53" > /etc/netns/a/resolv.conf
	echo "host's" > "$T/host"
	cp /etc/resolv.conf "$T/resolv.before" 2>/dev/null || touch /etc/resolv.conf "$T/resolv.before"
	same netns exec a cat /etc/resolv.conf
	[ "$(ipb netns exec a cat /etc/resolv.conf)" = "nameserver 192.0.2.53" ] || fail "the command does not see /etc/netns/a/resolv.conf"
	cmp -s /etc/resolv.conf "$T/resolv.before" || fail "host's /etc/resolv.conf changed"
	# a file with no twin in /etc: iproute2's message, the command still runs
	echo x > /etc/netns/a/nosuchfile
	same netns exec a true
	same -n a link
	# without /etc/netns/NAME
	ipb netns add b || fail "add b"
	same netns exec b cat /etc/resolv.conf
}

t_exec_all() {
	same -all netns exec echo hi     # no namespaces: nothing, rc 0
	same -all netns exec
	for n in a b c; do ipb netns add $n || fail "add $n"; done
	same -all netns exec echo hi
	same -all netns exec sh -c 'exit 3'
	same -all netns exec ip link
	same -all netns exec /nonexistent
	same -all netns exec sh -c 'echo in; kill -9 $$'   # a killed child ends the run, rc 1
	same -a netns e ls /sys/class/net
}

t_exec_sysfs_readonly() {
	ipb netns add a || fail "add"
	# a read-only sysfs that cannot be unmounted is overlaid read-only
	mount -o remount,ro /sys || skip "cannot remount /sys"
	same netns exec a ls /sys/class/net
	same -n a link
}

# a read-only sysfs that cannot be unmounted (locked in a user namespace,
# as in rootless containers) is overlaid with a read-only one
t_exec_sysfs_locked_readonly() {
	mount -o remount,ro /sys || skip "cannot remount /sys"
	unshare -Ur true 2> /dev/null || skip "no user namespaces"
	for ip in "$IPBOX ip" "$IPREF"; do
		unshare -Ur --mount --net sh -c "mount -t tmpfs tmpfs /run && $ip netns add a &&
			$ip netns exec a sh -c 'ls /sys/class/net; grep \" /sys \" /proc/self/mountinfo | tail -n 1 | cut -d\" \" -f 6'" > "$T/out.$#" 2>&1
		echo "rc $?" >> "$T/out.$#"
		set -- "$@" x
	done
	printf 'lo\nro,relatime\nrc 0\n' > "$T/want"
	cmp -s "$T/out.0" "$T/want" || { cat "$T/out.0"; fail "ipbox: $(cat "$T/out.0")"; }
	cmp -s "$T/out.1" "$T/want" || fail "iproute2: $(cat "$T/out.1")"
}

t_netns_option() {
	ipb netns add a || fail "add"
	ref netns add b
	ref -n a link set lo up
	same -n a link
	same -netns a link show
	same --netns a -o link
	same -n b link
	same -n a -j link
	same -n nosuch link
	same -n
	same -n a
	same -n a netns identify
	same -n a addr
}

t_identify_pids() {
	needs identify
	ipb netns add a || fail "add"
	"$IPBOX" ip netns exec a sh -c "echo \$\$ > $T/pid.tmp; mv $T/pid.tmp $T/pid; exec sleep 1000" &
	for i in $(seq 50); do [ -s "$T/pid" ] && break; sleep 0.05; done
	pid=$(cat "$T/pid")
	same netns identify $pid
	same netns identify
	same netns identify 1
	same netns identify x
	same netns identify 1 2
	same netns identify 99999999
	same netns pids a
	[ "$(ipb netns pids a)" = $pid ] || fail "pids a"
	same netns pids
	same netns pids a b
	same netns pids nosuch
	ipb netns attach a2 $pid || fail "attach a2"
	same netns identify $pid           # the last name in readdir order
	same netns pids a2
	kill $pid
}

t_set_list_id() {
	needs set
	for n in a b c; do ipb netns add $n || fail "add $n"; done
	same netns list-id
	same -j netns list-id
	ipb netns set a 5 || fail "set a 5"
	ipb netns set b auto || fail "set b auto"
	same netns
	same netns list-id
	same -j netns list-id
	same -j -p netns list-id
	same netns list-id nsid 5
	same -j netns list-id nsid 5
	same netns list-id nsid 6
	same netns list-id target-nsid 5
	same netns list-id target-nsid 99
	same netns list-id target-nsid x
	same netns list-id target-nsid -1
	same netns list-id nsid -1
	same netns list-id nsid
	same netns list-id nsid 1 nsid 2
	same netns list-id target-nsid 1 target-nsid 2
	same netns list-id foo
	same netns set a 7                # already has one: kernel refuses, rc 2
	same netns set c -1
	same netns set c x
	same netns set c
	same netns set
	same netns set nosuch 1
	same netns set nosuch x
	ipb netns set c 0x10 || fail "set c 0x10"
	same netns
	# ids as seen from inside a namespace
	ipb -n a netns set b 3 || fail "set in a"
	same -n a netns list-id
	same -n a netns
	same netns list-id target-nsid 5
}

t_attach() {
	needs attach
	sleeper
	same netns attach
	same netns attach x
	same netns attach x 0
	same netns attach x abc
	same netns attach x 999999
	[ ! -e /run/netns/x ] || fail "failed attach left its file"
	ipb netns attach x $pid || fail "attach"
	same netns identify $pid
	same netns
	same netns attach x $pid
	ref -n x link set lo up
	same -n x link
	ipb netns delete x || fail "delete"
	[ "$(netns_mounts)" = 1 ] || fail "$(netns_mounts) mounts left"
	kill $pid
}

t_monitor() {
	"$IPBOX" ip netns monitor > "$T/mon" 2> "$T/mon.err" & mpid=$!
	for i in $(seq 100); do		# until its watch is set
		grep -q '^inotify wd' /proc/$mpid/fdinfo/* 2> /dev/null && break
		grep -q 'not in this build' "$T/mon.err" && skip "CONFIG_IP_NETNS_MONITOR is off"
		sleep 0.05
	done
	ipb netns add a; ref netns add b; ipb netns delete a; ref netns delete b
	for i in $(seq 100); do [ "$(wc -l < "$T/mon")" -ge 4 ] && break; sleep 0.05; done
	kill $mpid
	printf 'add a\nadd b\ndelete a\ndelete b\n' > "$T/mon.want"
	cmp -s "$T/mon" "$T/mon.want" || { diff -u "$T/mon.want" "$T/mon"; fail "monitor output"; }
	[ ! -s "$T/mon.err" ] || fail "monitor: $(cat "$T/mon.err")"
}

t_link_netns_name() {
	veth va vb
	ipb netns add a || fail "add"
	ref link set vb netns a
	same link                        # va@if.. link-netns a
	same -j link show va
	same netns                       # a (id: 0)
	same netns list-id
	same -n a link                   # vb@if.. link-netnsid 0 (no name from there)
	touch /run/netns/stale           # the kernel refuses its lookup: printed once
	same link
	same -o link show va
	same netns list-id
	same -j netns
}

t_link_set_netns() {
	veth ex_a ex_b
	veth ex_c ex_d
	sleeper
	ipb netns add a || fail "add"
	ipb link set ex_b netns a 2>/dev/null || skip "ip link set not in ipbox yet"
	same -n a link
	ipb link set ex_d netns /run/netns/a || fail "netns PATH"
	same -n a link
	same link
	veth ex_e ex_f
	ipb link set ex_f netns $pid || fail "netns PID"
	same link
	same link set ex_e netns nosuch
	same link set ex_e netns 999999
	same link set ex_e netns a netns a
	[ "$(nsenter -t $pid -n "$IPBOX" ip -o link | cut -d: -f2)" = " lo
 ex_f@if$(cat /sys/class/net/ex_e/ifindex)" ] || fail "ex_f is not in $pid's namespace"
	kill $pid
}

t_symlink_and_paths() {
	sleeper
	mkdir -p /run/netns
	ln -s /proc/$pid/ns/net /run/netns/lnk
	same netns
	same netns exec lnk ip link
	same -n lnk link
	same netns identify $pid
	same netns pids lnk
	kill $pid
}

t_help() {
	same netns help
	same netns h
	same netns bogus
	same netns list-
	same netns a
	same netns at
	same netns se
	same netns i x
	same netns p
	same netns m bogus/
}

t_batch() {
	ipb -b /dev/null 2> /dev/null || skip "ipbox -batch not available"
	veth va vb
	# add leaves us where we were; exec forks, its status fails the line
	printf '%s\n' 'netns add a' 'link show' 'netns exec a ip link' 'netns exec a false' \
		"netns exec a sh -c 'exit 7'" 'netns exec nosuch true' 'netns list' 'netns add a' \
		'netns exec a /nonexistent' 'netns delete a' 'netns list' > "$T/b"
	same_cmd "IP -force -batch $T/b"
	same_cmd "IP -batch $T/b; IP netns delete a"
	printf '%s\n' 'netns add a' "netns exec a sh -c 'kill -9 \$\$'" 'netns list' > "$T/k"
	same_cmd "IP -force -batch $T/k; IP netns delete a"
	same_cmd "IP -all -batch $T/k; IP -all netns delete"
}

# ---- issue 14.9: where ipbox is safer than iproute2 6.1 -------------------

# "-all netns add ../x" is refused as "netns add ../x" is (6.1 makes /run/x)
t_safer_all_add_validates() {
	expect 255 'Invalid netns name "../x"' ipb -all netns add ../x
	expect 255 'Invalid netns name "a/b"' ipb -all netns attach a/b $$
	[ ! -e /run/x ] || fail "/run/x made"
	# with -all, exec takes a command and delete no name: as before
	ref netns add n1 > /dev/null
	ipb -all netns exec /bin/true > /dev/null || fail "-all netns exec /bin/true"
}

# "netns delete" removes a symlink put in /run/netns without unmounting
# what it points at (6.1 unmounts the target)
t_safer_delete_symlink() {
	mkdir -p "$T/mnt" /run/netns
	mount -t tmpfs tmpfs "$T/mnt" || fail "tmpfs"
	touch "$T/mnt/keep"
	ln -s "$T/mnt" /run/netns/evil
	ipb netns delete evil || fail "netns delete evil"
	[ -e "$T/mnt/keep" ] || fail "netns delete unmounted the symlink's target"
	[ ! -L /run/netns/evil ] || fail "the symlink is still there"
	ln -s "$T/mnt" /run/netns/evil
	ipb -all netns delete || fail "-all netns delete"
	[ -e "$T/mnt/keep" ] || fail "-all netns delete unmounted the symlink's target"
	[ ! -L /run/netns/evil ] || fail "the symlink is still there after -all"
}

# a FIFO in /run/netns does not hang "netns list" or "-all netns exec"
# (6.1 blocks opening it for ever)
t_safer_fifo() {
	ref netns add n1 > /dev/null
	mkfifo /run/netns/fifo || fail "mkfifo"
	timeout 20 "$IPBOX" ip netns list > "$T/out" 2>&1
	[ $? != 124 ] || fail "netns list hangs on a FIFO"
	grep -q '^fifo' "$T/out" || fail "netns list: $(cat "$T/out")"
	grep -q '^n1' "$T/out" || fail "netns list: $(cat "$T/out")"
	timeout 20 "$IPBOX" ip -all netns exec true > "$T/out" 2>&1
	[ $? != 124 ] || fail "-all netns exec hangs on a FIFO"
	grep -q '^netns: n1' "$T/out" || fail "-all netns exec: $(cat "$T/out")"
	timeout 20 "$IPBOX" ip -j netns list > /dev/null 2>&1
	[ $? != 124 ] || fail "-j netns list hangs on a FIFO"
	if [ -z "$(ipb netns identify 2>&1 | grep 'not in this build\|not supported')" ]; then
		timeout 20 "$IPBOX" ip netns identify > /dev/null 2>&1
		[ $? != 124 ] || fail "netns identify hangs on a FIFO"
	fi
}

# "link set DEV netns NAME" in a batch closes the namespace's fd after
# each line: 5000 lines work (6.1 fails after about 1020, EMFILE, with
# the usual limit of 1024 descriptors, which the test sets)
t_safer_batch_netns_fds() {
	veth va vb
	ref netns attach self $$ || fail "netns attach self"
	i=0
	while [ $i -lt 5000 ]; do
		echo "link set va netns self"
		i=$((i + 1))
	done > "$T/b"
	(ulimit -n 1024 && ipb -batch "$T/b") > "$T/out" 2>&1 || fail "batch: $(head -3 "$T/out")"
	[ ! -s "$T/out" ] || fail "batch said: $(head -3 "$T/out")"
}
