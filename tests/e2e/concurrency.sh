# Concurrency: many ipbox runs at once on the same objects.  Results are
# as the kernel and the filesystem decide (one winner for one name), with
# no leaked mounts or files and no half-made objects.

N=8

# run "ipb ARGS" N times at once; exit codes to $T/rc.*, stderr to $T/err.*
par() {
	i=0
	while [ $i -lt $N ]; do
		( ipb "$@" > /dev/null 2> "$T/err.$i"; echo $? > "$T/rc.$i" ) &
		i=$((i + 1))
	done
	wait
}
wins() { cat "$T"/rc.* | grep -c '^0$'; }

t_netns_add_same_name() {
	par netns add x
	[ "$(wins)" = 1 ] || fail "$(wins) of $N won netns add x"
	for f in "$T"/rc.*; do
		[ "$(cat "$f")" = 0 ] && continue
		[ "$(cat "$T/err.${f##*.}")" = 'Cannot create namespace file "/run/netns/x": File exists' ] ||
			fail "loser said: $(cat "$T/err.${f##*.}")"
	done
	[ "$(ls /run/netns)" = x ] || fail "files: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/x ' /proc/self/mountinfo)" = 1 ] || fail "x mounted $(grep -c ' /run/netns/x ' /proc/self/mountinfo) times"
	[ "$(grep -c ' /run/netns ' /proc/self/mountinfo)" = 1 ] || fail "/run/netns mounted $(grep -c ' /run/netns ' /proc/self/mountinfo) times"
	ref -n x link show lo > /dev/null || fail "x is no namespace"
	par netns delete x
	[ "$(wins)" = 1 ] || fail "$(wins) of $N won netns delete x"
	[ -z "$(ls /run/netns)" ] || fail "left: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/' /proc/self/mountinfo)" = 0 ] || fail "leaked mounts"
}

t_netns_add_different_names() {
	i=0
	while [ $i -lt $N ]; do ipb netns add "n$i" > /dev/null 2>&1 & i=$((i + 1)); done
	wait
	[ "$(ls /run/netns | wc -l)" = $N ] || fail "files: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/n' /proc/self/mountinfo)" = $N ] || fail "mounts: $(grep -c ' /run/netns/n' /proc/self/mountinfo)"
	same netns list
	i=0
	while [ $i -lt $N ]; do ipb netns del "n$i" > /dev/null 2>&1 & i=$((i + 1)); done
	wait
	[ -z "$(ls /run/netns)" ] || fail "left: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/' /proc/self/mountinfo)" = 0 ] || fail "leaked mounts"
}

t_link_add_parallel() {
	par link add same type veth peer name same-p
	[ "$(wins)" = 1 ] || fail "$(wins) of $N won link add same"
	i=0
	while [ $i -lt $N ]; do ipb link add "v$i" type veth peer name "w$i" & i=$((i + 1)); done
	wait
	[ "$(ls /sys/class/net | grep -c '^[vw][0-9]$')" = $((2 * N)) ] || fail "links: $(ls /sys/class/net)"
	i=0
	while [ $i -lt $N ]; do ipb link del "v$i" & ipb link set "w$((N - 1 - i))" up & i=$((i + 1)); done
	wait
	[ "$(ls /sys/class/net | grep -c '^[vw][0-9]$')" = 0 ] || fail "left: $(ls /sys/class/net)"
	same link
}

t_addr_parallel() {
	veth va vb
	i=0
	while [ $i -lt 32 ]; do ipb addr add "10.1.$i.1/24" dev va & i=$((i + 1)); done
	par addr add 10.2.0.1/24 dev va
	[ "$(wins)" = 1 ] || fail "$(wins) of $N won the same address"
	wait
	[ "$(ref -4 -o addr show dev va | wc -l)" = 33 ] || fail "addresses: $(ref -4 -o addr show dev va | wc -l)"
	i=0
	while [ $i -lt 32 ]; do ipb addr del "10.1.$i.1/24" dev va & ipb -6 addr add "2001:db8::$i/64" dev va nodad & i=$((i + 1)); done
	wait
	same -4 addr show dev va
	[ "$(ref -6 -o addr show dev va scope global | wc -l)" = 32 ] || fail "ipv6: $(ref -6 -o addr show dev va scope global | wc -l)"
}

# every name in /run/netns is a namespace (an nsfs mount), and every
# mount there has its file: nothing half-made or leaked
netns_consistent() {
	for f in /run/netns/*; do
		[ -e "$f" ] || continue
		grep -q " $f " /proc/self/mountinfo || fail "$f is no mount"
		ref -n "${f##*/}" link show lo > /dev/null 2>&1 || fail "$f is no namespace"
	done
	grep -o ' /run/netns/[^ ]* ' /proc/self/mountinfo | while read -r m; do
		[ -e "$m" ] || fail "mount at missing $m"
	done
}

# adds and deletes of the same names racing each other (ipbox and
# iproute2 both): whatever the order, the end state is consistent
t_netns_add_delete_race() {
	round=0
	while [ $round -lt 6 ]; do
		for n in x y; do
			ipb netns add $n > /dev/null 2>&1 &
			ipb netns delete $n > /dev/null 2>&1 &
			ref netns add $n > /dev/null 2>&1 &
			ipb netns add $n > /dev/null 2>&1 &
			ref netns delete $n > /dev/null 2>&1 &
		done
		wait
		netns_consistent
		round=$((round + 1))
	done
	same netns list
	# two adds racing a delete can both bind-mount the one path (the
	# second file replaced the first between create and mount); delete
	# takes off one mount at a time, in iproute2 as in ipbox, and says
	# "Device or resource busy" while another is left: take them all off
	k=0
	while :; do
		ipb -all netns delete 2> "$T/del.err" || fail "-all netns delete: $(cat "$T/del.err")"
		[ -n "$(ls /run/netns)" ] && grep -q 'Device or resource busy' "$T/del.err" && [ $k -lt 4 ] || break
		k=$((k + 1))
	done
	[ -z "$(ls /run/netns)" ] || fail "left: $(ls /run/netns)"
	[ "$(grep -c ' /run/netns/' /proc/self/mountinfo)" = 0 ] || fail "leaked mounts"
}

# moving links into namespaces that are being made and deleted, and
# renaming links while others are added: every link ends in one place
t_link_netns_race() {
	ref netns add a > /dev/null || fail "netns add a"
	i=0
	while [ $i -lt $N ]; do
		veth "v$i" "w$i"
		i=$((i + 1))
	done
	i=0
	while [ $i -lt $N ]; do
		ipb link set "v$i" netns a &
		ipb link set "w$i" name "r$i" &
		ipb link add "n$i" type veth peer name "m$i" &
		i=$((i + 1))
	done
	wait
	[ "$(ref -n a -o link show | grep -c ': v[0-9]@')" = $N ] || fail "in a: $(ref -n a -o link show)"
	[ "$(ls /sys/class/net | grep -c '^[rnm][0-9]$')" = $((3 * N)) ] || fail "here: $(ls /sys/class/net)"
	same -br link
	same_cmd '$IP -n a -br link'
}
