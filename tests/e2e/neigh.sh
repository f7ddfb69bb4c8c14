# ip neigh: byte-exact with iproute2 on the same live state.

# the neighbour tables only (the bridge's IPv6 routes come and go), and
# without the multicast NOARP entries the kernel adds when it likes, and
# without device-less proxies (the kernel can show a dead namespace's);
# DELAY and PROBE are one (see neigh_setup)
neigh_state() {
	{ ref neigh show nud all; ref neigh show proxy; ref -6 neigh show proxy; } 2>&1 |
		grep -v -e ' NOARP $' -e '^[^ ]* proxy $' | sed 's/ DELAY $/ PROBE /' | sort
}
STATE=neigh_state

# neighbour states change with time: make the timers of va slow enough
# that what a test set up is what both tools see
slow_timers() {
	for f in delay_first_probe_time base_reachable_time gc_stale_time; do
		echo 100000 > /proc/sys/net/ipv4/neigh/$1/$f
		echo 100000 > /proc/sys/net/ipv6/neigh/$1/$f
	done
	for f in retrans_time_ms; do
		echo 100000000 > /proc/sys/net/ipv4/neigh/$1/$f
		echo 100000000 > /proc/sys/net/ipv6/neigh/$1/$f
	done
}

neigh_base() {
	ref link set lo up
	veth va vb
	slow_timers va
	slow_timers vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref -6 addr add 2001:db8::1/64 dev va nodad
}

# a neighbour in each state, proxies, a bridge port (an entry set to
# DELAY turns PROBE at once: its timer is armed with no delay)
neigh_setup() {
	neigh_base
	if ref link add br0 type bridge; then
		# no IPv6 on the bridge and its port: fewer multicast entries
		# that the kernel adds when its timers say so
		echo 1 > /proc/sys/net/ipv6/conf/br0/disable_ipv6
		echo 1 > /proc/sys/net/ipv6/conf/vb/disable_ipv6
		ref link set vb master br0 && ref link set br0 up
	fi
	ref neigh add 10.0.0.2 lladdr 00:11:22:33:44:55 dev va
	ref neigh add 10.0.0.3 lladdr 00:11:22:33:44:56 dev va nud reachable router
	ref neigh add 10.0.0.4 lladdr 00:11:22:33:44:57 dev va nud stale
	ref neigh add 10.0.0.5 dev va nud noarp
	ref neigh add 10.0.0.6 lladdr 00:11:22:33:44:58 dev va nud delay
	ref neigh add 10.0.0.7 lladdr 00:11:22:33:44:59 dev va nud probe
	ref neigh add 10.0.0.8 dev va nud failed 2>/dev/null
	ref neigh add 10.0.0.9 dev va nud incomplete
	ref neigh add 10.0.0.10 lladdr 00:11:22:33:44:5a dev va nud none
	ref neigh add 10.0.0.11 lladdr 00:11:22:33:44:5b dev va extern_learn proto static
	ref neigh add 10.0.0.12 lladdr 00:11:22:33:44:5b dev va managed
	ref neigh add 10.0.0.13 lladdr 00:11:22:33:44:5c dev br0
	ref neigh add proxy 10.0.0.50 dev va
	ref -6 neigh add proxy 2001:db8::50 dev va
	ref -6 neigh add 2001:db8::2 lladdr 00:11:22:33:44:55 dev va router
	# the first IGMP/MLD reports leave NOARP entries: wait for them
	for i in 1 2 3 4 5 6 7 8 9 10; do
		n=$(ref neigh show nud noarp | grep -c -e '^224.0.0.22 dev br0' -e '^ff02::16 dev va')
		[ "$n" = 2 ] && break
		sleep 0.5
	done
	sleep 0.1
}

t_show() {
	neigh_setup
	while read -r a; do
		same $a
	done <<'LIST'
neigh
n
neighbour show
neighbor list
neigh lst
-4 neigh
-6 neigh
-0 neigh
-N neigh
-o neigh
neigh show nud all
-j neigh
-j -p neigh show nud all
neigh show proxy
-6 neigh show proxy
-j neigh show proxy
-br neigh
-br neigh show dev va
-br -j neigh
-br -6 neigh
-br neigh show proxy
LIST
}

t_filters() {
	neigh_setup
	while read -r a; do
		same neigh show $a
	done <<'LIST'
dev va
dev br0
dev va nud stale
nud stale nud reachable
nud permanent
nud noarp
nud none
nud failed
nud incomplete
nud delay
nud probe
nud 2
nud all
10.0.0.0/29
to 10.0.0.4
2001:db8::/64
proto static
protocol all
unused
master br0
nomaster
LIST
}

t_get() {
	neigh_setup
	same neigh get 10.0.0.2 dev va
	same neigh get 10.0.0.3 dev va
	same neigh get to 10.0.0.4 dev va
	same neigh get 10.0.0.99 dev va
	same -j neigh get 10.0.0.3 dev va
	same neigh get proxy 10.0.0.50 dev va
	same -6 neigh get 2001:db8::2 dev va
	same neigh get 10.0.0.2
	same neigh get 10.0.0.2 dev nosuch
	same neigh get dev va
	# get's words are dev and proxy: the others of add are addresses here
	same neigh get lladdr 10.0.0.2 dev va
	same neigh get nud permanent 10.0.0.2 dev va
	same neigh get router 10.0.0.2 dev va
	same neigh get 10.0.0.2 dev va protocol static
	same neigh get help
	same neigh get 10.0.0.2 help
	same neigh get p 10.0.0.50 dev va
	same neigh get 10.0.0.2 10.0.0.3 dev va
	same neigh get proxy 10.0.0.50 proxy 10.0.0.51
}

t_modify() {
	while read -r a; do
		same_state neigh_base neigh $a
	done <<'LIST'
add 10.0.0.2 lladdr 00:11:22:33:44:55 dev va
add 10.0.0.3 lladdr 00:11:22:33:44:56 dev va nud reachable router
add 10.0.0.4 lladdr 00:11:22:33:44:57 dev va nud stale
add 10.0.0.5 dev va nud noarp
add 10.0.0.6 lladdr 00:11:22:33:44:58 dev va nud delay
add 10.0.0.7 lladdr 00:11:22:33:44:59 dev va nud probe
add 10.0.0.8 dev va nud failed
add 10.0.0.9 dev va nud incomplete
add 10.0.0.10 lladdr 00:11:22:33:44:5a dev va nud none
add 10.0.0.11 lladdr 00:11:22:33:44:5b dev va extern_learn proto static
add 10.0.0.12 lladdr 00:11:22:33:44:5b dev va managed
add 10.0.0.12 lladdr 00:11:22:33:44:5b dev va managed nud stale
add 10.0.0.14 lladdr 00:11:22:33:44:5b dev va use
add 10.0.0.15 lladdr null dev va nud permanent
add 10.0.0.16 lladdr 00:11:22:33:44:5b dev va nud 0x40
add to 10.0.0.17 lladdr 00:11:22:33:44:5b dev va protocol 42
add proxy 10.0.0.50 dev va
add 2001:db8::2 lladdr 00:11:22:33:44:55 dev va router
LIST
	same_state neigh_base -6 neigh add proxy 2001:db8::50 dev va
	while read -r a; do
		same_state neigh_setup neigh $a
	done <<'LIST'
change 10.0.0.2 lladdr 00:11:22:33:44:66 dev va
chg 10.0.0.3 lladdr 00:11:22:33:44:67 dev va nud stale
replace 10.0.0.4 lladdr 00:11:22:33:44:68 dev va nud permanent
replace 10.0.0.30 lladdr 00:11:22:33:44:69 dev va
change 10.0.0.31 lladdr 00:11:22:33:44:69 dev va
del 10.0.0.5 dev va
delete proxy 10.0.0.50 dev va
del 10.0.0.99 dev va
del 2001:db8::2 dev va
add 10.0.0.2 lladdr 00:11:22:33:44:55 dev va
LIST
}

t_flush() {
	while read -r a; do
		same_state neigh_setup $a
	done <<'LIST'
neigh flush dev va
neigh flush dev va nud stale
-s neigh flush dev va nud stale
-s neigh flush dev br0
-s neigh flush nud permanent
neigh flush to 10.0.0.6
neigh flush all
neigh flush nud all
-6 neigh flush nud all
-4 neigh flush nud all
neigh flush proxy
neigh flush proto static
neigh flush dev va unused
-s neigh flush 10.9.0.0/16
-s -s neigh flush to 10.0.0.4
neigh flush
neigh flush dev nosuch
LIST
}

t_errors() {
	neigh_setup
	s0=$(neigh_state)
	while read -r a; do
		same neigh $a
	done <<'LIST'
add 10.0.0.2
add 10.0.0.20 dev va lladdr zz
add 10.0.0.20 dev va nud foo
add 10.0.0.20 dev nosuch
add 10.0.0.2 lladdr 00:11:22:33:44:55 dev va
add 10.0.0.20 10.0.0.21 dev va
add 10.0.0.20 lladdr 1 lladdr 2 dev va
add help
add proxy help
add proxy 10.0.0.1 proxy 10.0.0.2
add foo dev va
del 10.0.0.99 dev va
flush
show nud foo
show dev nosuch
show dev va dev vb
show proto x
show master nosuch
show foo
help
foo
show help
get help
LIST
	[ "$s0" = "$(neigh_state)" ] || fail "state changed"
}
