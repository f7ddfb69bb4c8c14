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
	same_state kr_setup -batch "$T/b1"
	same_state kr_setup -force -batch "$T/b1"
	printf 'addr add 10.0.0.2/24 dev va\naddr add 10.0.0.1/24 dev va\naddr add 10.0.0.3/24 dev va\n' > "$T/b2"
	same_state kr_setup -batch "$T/b2"
	same_state kr_setup -force -batch "$T/b2"
}
