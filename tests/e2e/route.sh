# ip route: byte-exact with iproute2 on the same live state.

# a veth pair with addresses on both families
# (fixed MACs and no DAD: the link-local routes are there when the link
# is, and the same in every namespace)
route_setup() {
	echo 0 > /proc/sys/net/ipv6/conf/default/accept_dad
	ref link set lo up
	veth va vb
	ref link set va address 02:00:00:00:00:0a
	ref link set vb address 02:00:00:00:00:0b
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref -6 addr add 2001:db8::1/64 dev va nodad
	settle va vb
	settle_dad
}

t_show_basic() {
	route_setup
	same route
	same route show
	same r
	same route list
	same route lst
	same route show table all
	same route show table local
	same route show table main
	same -6 route
	same -6 route show table all
	same -6 route show table local
	same -d route show table all
	same -o route
	same -N route show table all
	same -4 route show table all
}

t_types() {
	route_setup
	for t in blackhole unreachable prohibit throw; do
		ipb route add $t 10.3.$((${#t})).0/24 || fail "add $t"
	done
	ipb route add local 10.9.9.9 dev va || fail "add local"
	ipb route add broadcast 10.0.0.127 dev va || fail "add broadcast"
	ipb route add unicast 10.4.0.0/16 via 10.0.0.2 || fail "add unicast"
	ipb -6 route add blackhole 2001:db8:9::/48 || fail "add v6 blackhole"
	ipb -6 route add unreachable 2001:db8:a::/48 || fail "add v6 unreachable"
	ipb -6 route add prohibit 2001:db8:b::/48 || fail "add v6 prohibit"
	same route show table all
	same -6 route show table all
	same -d route
	same route show type blackhole
	same route show type unreachable
	same route show table local type broadcast
	same route show table local type local
	same -6 route show type prohibit
	same -j route show table all
}

t_attributes() {
	route_setup
	ipb route add default via 10.0.0.254 || fail "default"
	ipb route add 10.2.0.0/16 via 10.0.0.2 table 100 proto 99 metric 5 || fail "table/proto/metric"
	ipb route add 10.3.0.0/16 via 10.0.0.2 mtu 1400 advmss 1300 initcwnd 10 initrwnd 20 || fail "metrics"
	ipb route add 10.4.0.0/16 via 10.0.0.2 mtu lock 1300 hoplimit 5 window 1000 rtt 1500ms rttvar 300 features ecn || fail "locked metrics"
	ipb route add 10.5.0.0/16 via 10.0.0.2 dev va onlink src 10.0.0.1 || fail "onlink src"
	ipb route add 10.6.0.0/16 dev va scope link proto static priority 7 || fail "scope proto priority"
	ipb route add 10.7.0.0/16 via inet 10.0.0.2 preference 9 || fail "via inet"
	ipb route add 10.8.0.0/16 via 10.0.0.2 table main metric 3 realms 5 || fail "realms"
	ipb -6 route add 2001:db8:1::/64 via 2001:db8::2 metric 10 pref high || fail "v6"
	ipb -6 route add default via 2001:db8::fe dev va || fail "v6 default"
	ipb -6 route add 2001:db8:2::/64 dev va mtu 1400 table 7 || fail "v6 table"
	ipb route add 10.9.0.0/16 via inet6 2001:db8::2 dev va || fail "via inet6"
	ipb route add 10.10.0.0/16 dev va tos 0x10 || fail "tos"
	ipb -6 route add throw 2001:db8:4::/64 || fail "v6 throw"
	ipb -6 route add local 2001:db8:5::1 dev va || fail "v6 local"
	ipb route add 10.11.0.0/16 dev va ttl-propagate disabled 2>/dev/null
	ipb route add multicast 224.1.0.0/16 dev va || fail "multicast"
	ipb route add anycast 10.12.0.0/16 dev va 2>/dev/null
	ipb route add 10.13.0.0/16 dev va realms 3/4 || fail "realms from/to"
	same route
	same route show table all
	same -6 route show table all
	same -d route show table all
	same -j route show table all
	same -j -p -6 route show table all
	same route show table 100
	same route show table 7
}

t_filters() {
	route_setup
	veth vc vd
	ref link set vc up
	ref addr add 10.1.0.1/24 dev vc
	ref route add 10.2.0.0/16 via 10.0.0.2 proto static metric 3
	ref route add 10.2.1.0/24 via 10.1.0.2 proto 42
	ref route add 10.3.0.0/16 dev vc scope host
	ref route add 10.4.0.0/16 via 10.0.0.3 src 10.0.0.1 table 10
	for f in "dev va" "dev vc" "oif vc" "proto static" "proto kernel" "proto babel" \
		"proto all" "scope link" "scope host" "scope global" "scope all" "type unicast" \
		"via 10.0.0.2" "via 10.0.0.0/24" "via inet 10.1.0.2" "src 10.0.0.1" "src 10.1.0.1" \
		"root 10.2.0.0/16" "root 10.0.0.0/8" "match 10.2.1.5" "match 10.2.1.0/24" \
		"exact 10.2.0.0/16" "10.2.1.0/24" "to 10.2.0.0/16" "metric 3" "table 10" \
		"table all dev va" "table all src 10.0.0.1" "from 0/0" "table local dev lo" \
		"table 10 via 10.0.0.3"; do
		same route show $f
	done
	same -6 route show dev va
	same -6 route show proto kernel
	same -6 route show table all type multicast
}

t_get() {
	route_setup
	ref route add default via 10.0.0.254
	ref route add unreachable 10.5.0.0/16
	ref -6 route add 2001:db8:1::/64 via 2001:db8::2
	same route get 10.9.9.9
	same route get 10.0.0.1
	same route get 10.0.0.2
	same route get 127.0.0.1
	same route get to 10.0.0.2
	same route get 10.5.1.1
	same route get 10.0.0.2 from 10.0.0.1
	same route get 10.0.0.2 oif va
	same route get 10.0.0.2 from 10.0.0.9 iif vb
	same route get 10.0.0.2 iif va
	same route get 10.0.0.0/24
	same route get fibmatch 10.9.9.9
	same route get 10.9.9.9 mark 5
	same route get 10.9.9.9 mark 0x20
	same -j route get 10.9.9.9 mark 0x20
	same route get 10.9.9.9 uid 1000
	same route get 10.9.9.9 ipproto tcp sport 1 dport 2
	same -6 route get 2001:db8:1::5
	same -6 route get ::1
	same -6 route get 2001:db8::1
	same -j route get 10.9.9.9
	same -j -6 route get 2001:db8:1::5
	same route get connected 10.9.9.9
	same -j route get connected 10.9.9.9
	same route get connected 10.0.0.2 from 10.0.0.1
	same -6 route get connected 2001:db8:1::5
	printf "route get connected 10.9.9.9\nroute show\n" > "$T/b"
	same -j -batch "$T/b"
	ref link set va down
	same route get 10.9.9.9
	same route get 1.1.1.1 oif lo
}

t_multipath() {
	route_setup
	ref addr add 10.1.0.1/24 dev vb
	ipb route add 10.7.0.0/16 nexthop via 10.0.0.2 dev va weight 2 nexthop via 10.1.0.2 dev vb || fail "v4 multipath"
	ipb route add 10.8.0.0/16 proto static nexthop via 10.0.0.2 weight 3 nexthop dev vb || fail "v4 multipath dev"
	ipb -6 route add 2001:db8:2::/64 nexthop via 2001:db8::2 dev va nexthop via 2001:db8::3 dev va weight 5 || fail "v6 multipath"
	same route
	same -6 route
	same -d route
	same -j route
	same -j -6 route
	same route show 10.7.0.0/16
	same route get 10.7.1.1
	ipb route append 10.7.0.0/16 via 10.0.0.9 metric 9 || fail "append"
	same route
}

t_modify() {
	route_setup
	ipb route add 10.2.0.0/16 via 10.0.0.2 || fail add
	same route add 10.2.0.0/16 via 10.0.0.3
	ipb route change 10.2.0.0/16 via 10.0.0.4 || fail change
	same route
	ipb route replace 10.2.0.0/16 via 10.0.0.5 metric 1 || fail replace
	ipb route replace 10.3.0.0/16 dev va || fail "replace creates"
	same route
	ipb route prepend 10.3.0.0/16 via 10.0.0.6 || fail prepend
	ipb route append 10.3.0.0/16 via 10.0.0.7 metric 5 || fail append
	same route
	same route test 10.3.0.0/16 dev va
	ipb route del 10.3.0.0/16 via 10.0.0.6 || fail del
	ipb route delete 10.2.0.0/16 || fail delete
	same route
	same route change 10.9.0.0/16 via 10.0.0.2
	same route del 10.9.0.0/16
	ipb -6 route add 2001:db8:5::/64 via 2001:db8::2 || fail v6add
	ipb -6 route change 2001:db8:5::/64 via 2001:db8::3 || fail v6change
	same -6 route
	ipb -6 route del 2001:db8:5::/64 || fail v6del
	same -6 route
}

t_table_names() {
	route_setup
	mkdir -p "$T/etc"
	ipb route add 10.2.0.0/16 via 10.0.0.2 table 100 || fail "table 100"
	ipb route add 10.3.0.0/16 via 10.0.0.2 table 4000000 || fail "big table"
	ipb route add 10.4.0.0/16 via 10.0.0.2 table default || fail "table default"
	same route show table all
	same route show table default
	same route show table 4000000
	same route show table 0
	same route show table unspec
	same route add 10.5.0.0/16 via 10.0.0.2 table ma
	# a name from rt_tables.d, when /etc/iproute2 can be shadowed
	if mount -t tmpfs tmpfs /etc/iproute2/rt_tables.d 2>/dev/null; then
		printf '100\tisp1\n# comment\n0x65 isp2\n' > /etc/iproute2/rt_tables.d/isp.conf
		same route show table all
		same route show table isp1
		same route show table isp2
		ipb route add 10.6.0.0/16 via 10.0.0.2 table isp2 || fail "table isp2"
		same route show table all
		same -N route show table all
		umount /etc/iproute2/rt_tables.d
	fi
}

# Issue 14.7: name files of any size.  rt_tables and rt_tables.d/*.conf
# of about 200 KiB (ipbox kept 16 KiB of them, and wrote past its pool
# when a second file came after a full one), rt_protos with its last name
# at 100 KiB: every name is found and printed as iproute2 finds it.
t_table_names_large() {
	route_setup
	private_etc
	mkdir -p /etc/iproute2/rt_tables.d
	rm -f /etc/iproute2/rt_tables.d/*.conf
	awk 'BEGIN { for (i = 1000; i < 6000; i++) {
		if (i % 10 == 0) print "# a comment line of some length"
		printf "%d\ttable-with-a-long-name-%d\n", i, i } }' > /etc/iproute2/rt_tables
	awk 'BEGIN { for (i = 10000; i < 11000; i++) printf "%d conf-a-%d\n", i, i }' > /etc/iproute2/rt_tables.d/a.conf
	printf '0x4e20 conf-b\n' > /etc/iproute2/rt_tables.d/b.conf
	awk 'BEGIN { for (i = 0; i < 3000; i++) print "# padding padding padding padding"
		print "201 late-proto" }' >> /etc/iproute2/rt_protos
	[ "$(cat /etc/iproute2/rt_tables /etc/iproute2/rt_tables.d/*.conf | wc -c)" -gt 131072 ] ||
		fail "rt_tables is not big"
	for t in table-with-a-long-name-1000 table-with-a-long-name-5999 conf-a-10999 conf-b 5998; do
		ipb route add 10.2.0.0/16 via 10.0.0.2 table $t proto late-proto || fail "route in table $t"
		same route show table $t
	done
	ipb rule add pref 100 table table-with-a-long-name-4321 || fail "rule with a table name"
	ipb rule add pref 101 table conf-b || fail "rule with a table name from a .conf"
	same route show table all
	same -N route show table all
	same rule
	same route show table table-with-a-long-name-4321
	same route show table nosuch-name
	same route show proto late-proto table all
	same route add 10.3.0.0/16 via 10.0.0.2 table no-such-table
}

flush_setup() {
	route_setup
	ref addr add 10.1.0.1/24 dev vb
	for i in 1 2 3 4 5; do
		ref route add 10.2.$i.0/24 via 10.0.0.2 proto static
		ref route add 10.3.$i.0/24 via 10.1.0.2
		ref route add 10.4.$i.0/24 via 10.0.0.2 table 50
	done
	ref -6 route add 2001:db8:1::/64 via 2001:db8::2
	ref -6 route add 2001:db8:2::/64 via 2001:db8::2 table 50
}

t_flush() {
	for f in "proto static" "dev vb" "table 50" "table all" "root 10.0.0.0/8" "10.2.3.0/24" \
		"match 10.3.1.1" "table all via 10.0.0.2" "table main" "cache" "table cache" \
		"scope link" "type unicast" "src 10.0.0.1"; do
		same_state flush_setup route flush $f
		same_state flush_setup -s route flush $f
	done
	same_state flush_setup -s -s route flush table 50
	same_state flush_setup -6 route flush 2001:db8:1::/64
	same_state flush_setup -6 route flush table all proto boot
	same_state flush_setup -s -6 route flush table all
	same_state flush_setup -4 route flush table all
	same_state flush_setup route flush
	same_state flush_setup route flush table foo
	same_state flush_setup route flush dev nosuch
	same_state flush_setup -s route flush cache
}

# what show prints is valid input to add and del
t_round_trip() {
	route_setup
	ref route add default via 10.0.0.254
	ref route add 10.2.0.0/16 via 10.0.0.2 proto static metric 5 mtu 1400
	ref route add 10.3.0.0/16 dev va scope link src 10.0.0.1
	ref route add blackhole 10.4.0.0/16
	ref route add 10.5.0.0/16 via 10.0.0.2 table 7 proto 42
	ref -6 route add 2001:db8:1::/64 via 2001:db8::2 metric 10
	before=$(ref route show table all; ref -6 route show table all)
	# the kernel's own routes stay: the others need them
	ipb route show | grep -v 'proto kernel' > "$T/main.txt"
	ipb route show table local type broadcast > "$T/brd.txt"
	ipb route show table 7 > "$T/t7.txt"
	ipb -6 route show 2001:db8:1::/64 > "$T/v6.txt"
	while read -r line; do eval "ipb route del $line" || fail "del $line"; done < "$T/main.txt"
	while read -r line; do eval "ipb route del $line table local" || fail "del $line"; done < "$T/brd.txt"
	while read -r line; do eval "ipb route del $line table 7" || fail "del $line"; done < "$T/t7.txt"
	while read -r line; do eval "ipb -6 route del $line" || fail "del $line"; done < "$T/v6.txt"
	[ -z "$(ref route show | grep -v 'proto kernel')" ] || fail "routes left: $(ref route show)"
	while read -r line; do eval "ipb route add $line" || fail "add $line"; done < "$T/main.txt"
	while read -r line; do eval "ipb route add $line table local" || fail "add $line"; done < "$T/brd.txt"
	while read -r line; do eval "ipb route add $line table 7" || fail "add $line"; done < "$T/t7.txt"
	while read -r line; do eval "ipb -6 route add $line" || fail "add $line"; done < "$T/v6.txt"
	after=$(ref route show table all; ref -6 route show table all)
	[ "$before" = "$after" ] || fail "round trip changed routes: $(printf '%s\n---\n%s' "$before" "$after")"
}

t_across_ns() {
	route_setup
	sleep 1000 & pid=$!
	ref link set vb netns "$pid"
	ref route add 10.2.0.0/16 via 10.0.0.2
	same route
	same route get 10.2.0.1
	nsenter -t "$pid" -n "$IPREF" addr add 10.0.0.2/24 dev vb
	nsenter -t "$pid" -n "$IPREF" link set vb up
	nsenter -t "$pid" -n "$IPBOX" ip route add default via 10.0.0.1 || fail "add in peer ns"
	nsenter -t "$pid" -n "$IPREF" route > "$T/peer.ref"
	nsenter -t "$pid" -n "$IPBOX" ip route > "$T/peer.ipb"
	cmp -s "$T/peer.ref" "$T/peer.ipb" || fail "peer ns route differs"
	kill $pid
}

t_bridge() {
	ref link add br0 type bridge || skip "kernel has no bridge"
	veth va vb
	ref link set va master br0
	ref link set br0 up
	ref link set va up
	ref addr add 192.168.5.1/24 dev br0
	ipb route add 192.168.6.0/24 via 192.168.5.2 dev br0 || fail "via bridge"
	same route
	same route show dev br0
	same route show table local dev br0
	same route get 192.168.6.1
}

t_errors() {
	route_setup
	s0=$(state)
	same route help
	same route add
	same route add help
	same route foo
	same route flush
	same route get
	same route show table foo
	same route show dev nosuch
	same route show proto x
	same route show scope x
	same route show type x
	same route add 10.0.0.0/33
	same route add 10.0.0.0/8 via 10.0.0.2 table ma
	same route add 1.2.3.0/24 via 9.9.9.9
	same route add 1.2.3.0/24 dev nosuch
	same route add 1.2.3.0/24 via 10.0.0.2 via 10.0.0.3
	same route add 1.2.3.0/24 1.2.4.0/24
	same route add 1.2.3.0/24 via 10.0.0.2 nexthop
	same route add 1.2.3.0/24 nexthop
	same route add 1.2.3.0/24 nexthop via 10.0.0.2 foo
	same route add 1.2.3.0/24 nexthop via 10.0.0.2 weight 0
	same route add 1.2.3.0/24 nexthop via 10.0.0.2 dev nosuch
	same route add 1.2.3.0/24 mtu x
	same route add 1.2.3.0/24 scope x
	same route add 1.2.3.0/24 proto x
	same route add 1.2.3.0/24 metric -1
	same route add 1.2.3.0/24 via 2001:db8::1
	same route add 1.2.3.0/24 via foo
	same route add 1.2.3.0/24 dev va onlink via 10.9.9.9 quickack 2
	same route add 1.2.3.0/24 dev va features foo
	same route add 1.2.3.0/24 dev va rtt x
	same route add 1.2.3.0/24 dev va pref x
	same route add local
	same route add to
	same route del 1.2.3.0/24
	same -6 route del 2001:db8:77::/64
	same route get 10.0.0.0/33
	same -6 route get 2001:db8::/64
	same route get 10.0.0.0/24 mark x
	same route get 10.0.0.1 sport x
	same route get 10.0.0.1 dport 70000
	same route get 10.0.0.1 uid x
	same route get 10.0.0.1 tos x
	same route get 10.0.0.1 ipproto foo
	same route get 10.0.0.1 vrf red
	same route show realms x
	same route show type x
	same route show metric x
	same route show mark x
	same route show tos x
	same route show vrf red
	same route show scope all proto all type unicast
	same route show ca
	same route show realm 5/
	same route show realms /5
	same route get foo
	same route get 1.2.3.4 iif nosuch
	same route get 1.2.3.4 from 10.0.0.9 iif lo
	same route flush table foo
	same route add 10.0.0.0/24 dev va
	[ "$s0" = "$(state)" ] || fail "state changed"
}

# ip route save | showdump | restore: iproute2's format both ways
t_save_restore() {
	route_setup
	ref route add default via 10.0.0.254
	ref route add 10.2.0.0/16 via 10.0.0.2 proto static metric 5 mtu 1400
	ref route add 10.3.0.0/16 dev va src 10.0.0.1
	ref route add 10.4.0.0/16 dev va
	ref route add 10.5.0.0/16 via 10.0.0.2 table 7
	ref route save > "$T/ref.save" || fail "iproute2 save"
	ipb route save > "$T/ipb.save" || fail "ipbox save"
	ipb route save table all > "$T/ipb.all" || fail "ipbox save table all"
	same_cmd "IP route showdump < $T/ref.save"
	same_cmd "IP route showdump < $T/ipb.save"
	same_cmd "IP -j route showdump < $T/ipb.all"
	same_cmd "IP route showdump < /dev/null"
	same_cmd "echo xxxxxxxx | IP route showdump"
	same_cmd "head -c 30 $T/ipb.save | IP route showdump"
	same_cmd "IP route save foo > $T/x.save"
	same_cmd "cat $T/ipb.save | IP route restore"
	before=$(ref route show table all)
	ref route flush table main
	ipb route restore < "$T/ref.save" || fail "ipbox restore"
	[ "$before" = "$(ref route show table all)" ] || fail "restore changed routes"
	ipb route restore < "$T/ref.save" || fail "restore over existing routes"
	ref route flush table main
	ref route restore < "$T/ipb.save" || fail "iproute2 restores ipbox's save"
	[ "$before" = "$(ref route show table all)" ] || fail "iproute2 restore of ipbox save differs"
}

# -r: names from /etc/hosts for host addresses and gateways
t_resolve() {
	needs_config IP_RESOLVE
	route_setup
	ref route add default via 10.0.0.2
	ref route add 10.0.0.3 via 10.0.0.2
	ref neigh add 10.0.0.2 lladdr 00:11:22:33:44:55 dev va
	same -r route show table local
	same -r route get 127.0.0.1
	private_etc
	printf '10.0.0.2 gw.example gw\n# 10.0.0.3 commented\n10.0.0.3\tthree # comment\n2001:db8::1 six\n' >> /etc/hosts
	# iproute2 asks DNS for the rest: make that fail at once, as ipbox
	# (which reads only /etc/hosts) does
	echo 'nameserver 127.0.0.1' > /etc/resolv.conf
	same -r route
	same -r route show table all
	same -r -6 route show table all
	same -r -j route
	same -r route get 10.9.9.9
	same -r neigh
	same -r -br neigh
	same -r rule
}

# rtt, rttvar and rto_min print as %g seconds from 1000 ms on: rounding
# to six digits, ties decided by the double, e-notation past 999999 s
t_metric_times() {
	ref link set lo up
	i=0
	for v in 999 1000 1001 1234 1500 9999 10000 99999 123456 999999 1000000 1234565 \
		1234567 1999995 9999999 12345678 99999949 99999950 100000000 123456789 \
		999999499 999999500 1000000500 2500000500 4294967295 4294967290; do
		i=$((i + 1))
		ref route add 10.9.$i.0/24 dev lo rto_min "$v" rtt "$v" rttvar "$v"
	done
	ref route add 10.8.0.0/24 dev lo rtt 1.5s rttvar 2.3456s rto_min 0.5
	same route
	same -j route
}

words_setup() {
	ref link set lo up
	veth va vb
	ref link set va up
	ref addr add 10.0.0.1/24 dev va
}

# every word of ip route add, abbreviated where iproute2 allows it, and
# the errors of their values: the same request (state) and messages
t_add_words() {
	while read -r args; do
		same_state words_setup route add 10.5.0.0/16 dev va $args
	done <<'LIST'
m 5
metric 7 pri 8
preference 9
pref 1
pre x
tos 0x10
ds 0x20
dsfield x
expires 5
expires x
scope link
scope x
mtu 1300
mtu lock 1300
mtu lock
hoplimit 64
hoplimit 300
advmss 1200
advmss x
r 5
reordering lock 3
rtt 1.5s
rtt 300ms
rtt x
rto_min 2
rto_min lock 2
rttvar 0.25
w 100
cw 10
initc 11
initr 12
fe ecn
features lock ecn
features x
q 1
quickack 2
quickack x
cong cubic
congctl lock cubic
ss 8
fastopen_no_cookie 1
fa 2
fastopen_no_cookie x
realms 3
realm 3/4
realms x
onlink
nhid x
proto 99
prot static
protocol x
table 55
ta 4000000
table x
vrf red
oif va
ttl-propagate enabled
ttl-propagate d
ttl-propagate x
src 10.0.0.1
src 10.0.0
as to 10.1.1.1
as 10.1.1.2
from 10.0.0.0/8
LIST
	same_state words_setup route add unicast 10.5.0.0/16 dev va
	same_state words_setup route add blackhole 10.5.0.0/16
	same_state words_setup route add local 10.5.0.1 dev va
	same_state words_setup route add to 10.5.0.0/16 dev va
	same_state words_setup route add to unreachable 10.5.0.0/16
	same_state words_setup route add 10.5.0.0/16 via 10.0.0.2 nexthop via 10.0.0.3
	same_state words_setup route add 10.5.0.0/16 nexthop via 10.0.0.2 dev va weight 3 onlink nexthop dev va realms 5 as to 10.7.7.7
	same_state words_setup route add 10.5.0.0/16 nexthop via 10.0.0.2 dev va nexthop via 10.0.0.2 realm x
	same_state words_setup route del 10.0.0.0/24 dev va
	same_state words_setup route del 10.0.0.0/24 dev va proto kernel scope link
}

cmd_setup() {
	ref link set lo up
	ref route add 10.9.0.0/16 dev lo
	ref neigh add 10.9.0.1 dev lo lladdr 00:11:22:33:44:55
}

# the subcommands of ip route, ip rule and ip neigh by their shortest
# prefixes (first match wins, in iproute2's order)
t_commands() {
	cmd_setup
	for c in l li s sh lst g f h x a c ch chg r rep p ap t d del; do
		same route $c
		same_state cmd_setup route $c 10.9.0.0/16 dev lo
	done
	for c in l s lst h x a d del f; do
		same_state cmd_setup rule $c
	done
	for c in l s lst g f h x a c chg r d del; do
		same neigh $c
		same_state cmd_setup neigh $c 10.9.0.1 dev lo
	done
}
