# ip address show: byte-exact with iproute2 on the same live state.

# Finite lifetimes count down: a second may tick between the two runs,
# so compare again before calling it a difference.
same() {
	for _try in 1 2 3; do
		ref "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		ipb "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
		_compare ip "$@" > "$T/cmp.out" && return 0
		sleep 0.3
	done
	cat "$T/cmp.out"
	exit 1
}

# lo up, a veth pair with IPv4/IPv6 addresses, labels, peers, metrics,
# lifetimes and flags
addrs() {
	ref link set lo up
	veth va vb
	ref link set va up
	ref addr add 10.0.0.1/24 brd + dev va label va:1
	ref addr add 10.0.0.2/24 dev va
	ref addr add 10.1.1.1 peer 10.1.1.2/32 dev vb
	ref addr add 2001:db8::1/64 dev va nodad valid_lft 100 preferred_lft 50
	ref addr add 2001:db8::2/64 dev va noprefixroute home mngtmpaddr
	ref addr add 192.168.6.1/24 metric 50 brd 192.168.6.128 dev vb
	ref addr add 192.168.7.1/24 dev vb valid_lft 200 preferred_lft 0
	ref addr add 2001:db8:2::5/64 dev vb preferred_lft 0 valid_lft 300
	ref addr add 127.0.0.2/8 dev lo
	ref addr add 10.2.2.2/24 anycast 10.2.2.3 dev vb noprefixroute
}

t_lo() {
	same a
	same addr
	same address show
	same a s lo
	same a show dev lo
	ref link set lo up
	same a
	same -o a
	same -4 a
	same -6 a
	same -6 a show dev lo
	same -j a
	same -j -p a
}

t_default_formats() {
	addrs
	same a
	same a show
	same addr list
	same a lst
	same -o a
	same -4 a
	same -6 a
	same -4 -o a
	same -6 -o a
	same -0 a
	same -o -0 a
}

t_dev() {
	addrs
	same a show dev va
	same a show va
	same a s vb
	same -4 a show dev vb
	same -6 a show dev vb
	same -6 a show dev va
	same -o a show dev va
	same a show dev if1
}

t_filters() {
	no_addr_filters && skip "CONFIG_IP_ADDR_FILTERS is off"
	addrs
	same a show up
	same a show scope host
	same a show scope global
	same a show scope link
	same a show scope 253
	same a show scope all
	same a show label va:1
	same a show label 'va*'
	same a show label lo
	same a show to 10.0.0.0/24
	same a show to 2001:db8::/32
	same a show to 10.0.0.1
	same -4 a show to 192.168.0.0/16
	for f in permanent dynamic secondary primary tentative -tentative deprecated -deprecated \
		 dadfailed -dadfailed temporary nodad home mngtmpaddr noprefixroute autojoin; do
		same a show $f
	done
	same a show dev va secondary
	same a show type veth
	same a show group default
	same a show up scope global primary
	same -o a show label 'v*'
}

t_json() {
	addrs
	same -j a
	same -j -o a
	same -j -p a show dev va
	same -j -4 a
	same -j -6 a
	no_addr_filters && return
	same -j a show up
	same -j a show label va:1
	same -j a show scope host
}

t_across_ns() {
	veth va vb
	sleep 1000 & pid=$!
	ref link set vb netns "$pid"
	ref addr add 10.9.9.1/24 dev va
	ref addr add 2001:db8:99::1/64 dev va nodad
	ref link set va up
	same a
	same a show va
	same -o a
	same -4 a
	same -6 a
	same -j -6 a
	same -6 a show dev va
	kill $pid
}

t_bridge() {
	no_addr_filters && skip "CONFIG_IP_ADDR_FILTERS is off"
	ref link add br0 type bridge || skip "kernel has no bridge"
	veth va vb
	ref link set va master br0
	ref addr add 10.3.3.1/24 dev br0
	ref link set br0 up
	same a
	same a show master br0
	same a show type bridge
	same a show type bridge_slave
	same -4 a show master br0
	same -o a show master br0
}

t_errors() {
	addrs
	same a show nosuch
	same a show dev
	same a show lo va
	same a show help
	same a bogus
	same a help
	config_off IP_ADDR_FLUSH || same -0 a flush dev va
	config_off IP_ADDR_FLUSH || same a flush
	no_addr_filters && return
	same a show scope bogus
	same a show to 10.0.0.1/33
	same a show label
	same a show master nosuch
	same a show group bogus
}

# flags only the kernel sets: dadfailed, tentative, optimistic,
# stable-privacy, temporary (with the lifetimes they come with)
t_kernel_flags() {
	needs_config IP_ADDR_FILTERS
	veth va vb
	sysctl=/proc/sys/net/ipv6/conf
	echo 2001:db8::dead > $sysctl/va/stable_secret || skip "no stable_secret"
	echo 2 > $sysctl/va/addr_gen_mode
	echo 1 > $sysctl/vb/optimistic_dad
	echo 2 > $sysctl/va/use_tempaddr
	ref link set va up
	ref link set vb up
	ref addr add 2001:db8::99/64 dev va
	ref addr add 10.0.0.1/24 dev va
	sleep 2.5
	ref addr add 2001:db8::99/64 dev vb
	ref addr add 2001:db8::78/64 dev vb optimistic
	ref addr add 2001:db8:5::1/64 dev va mngtmpaddr nodad valid_lft 3000 preferred_lft 2000
	sleep 2.5
	same a
	same -j a
	same -o a
	same -6 a
	for f in dadfailed -dadfailed tentative -tentative optimistic stable-privacy temporary \
		 secondary mngtmpaddr dynamic permanent; do
		same a show $f
		same -6 -o a show $f
	done
	same a show scope link
	same -j -6 a show dev va
}

t_brief_and_stats() {
	needs_config IP_ADDR_FILTERS
	addrs
	same -br a
	same -br addr show
	same -br -4 a
	same -br -6 a
	same -br -0 a
	same -br a show dev va
	same -br a show label va:1
	same -br a show scope host
	same -br a show up
	same -br -o a
	same -br -j a
	same -s a
	same -s -s a
	same -s a show dev lo
	same -s -4 a
	same -s -6 a
	same -s -o a
	same -s -j a
	same -s a show label 'v*'
	same -s -br a
}

# enough links and addresses that every dump spans many datagrams: the
# address dumps are read alongside the link dump, across refills
t_many_links() {
	needs_config IP_ADDR_FILTERS
	echo 0 > /proc/sys/net/ipv6/conf/default/accept_dad
	i=0
	while [ $i -lt 150 ]; do
		echo "link add m$i type veth peer name n$i"
		echo "addr add 10.30.$i.1/24 dev m$i"
		[ $((i % 3)) = 0 ] && echo "addr add 10.31.$i.1/24 dev m$i label m$i:x"
		[ $((i % 2)) = 0 ] && echo "addr add 2001:db8:$i::1/64 dev n$i"
		[ $((i % 5)) = 0 ] && echo "link set m$i up" && echo "link set n$i up"
		i=$((i + 1))
	done > "$T/many.batch"
	ref -batch "$T/many.batch" || fail "setup"
	same a
	same -o a
	same -4 a
	same -6 a
	same -j a
	same -br a
	same a show up
	same a show label 'm1*'
	same -6 a show scope link
	same a show dev m77
}

# -r: names from /etc/hosts (glibc's files source; the sandbox has no DNS)
t_resolve() {
	needs_config IP_RESOLVE
	private_etc
	cat > /etc/hosts <<-EOF
	# comment line
	127.0.0.1	localhost
	10.40.0.1 first.example first   # trailing comment
	10.40.0.1 second.example
	2001:db8:40::1 six.example
	  10.40.0.9	indented.example
	10.40.0.3
	EOF
	ref link set lo up
	ref addr add 10.40.0.1/24 dev lo
	ref addr add 10.40.0.2/24 dev lo
	ref addr add 10.40.0.3/24 dev lo
	ref addr add 10.40.1.1 peer 10.40.0.9 dev lo
	ref addr add 2001:db8:40::1/64 dev lo nodad
	same -r a
	same -r -o a
	same -r -br a
	same -r -j a
	same -resolve a show dev lo
}
