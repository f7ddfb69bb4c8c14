# -j/-json and -p/-pretty: byte for byte with iproute2 6.1, and valid JSON.

# jsame ARGS...: same, then ipbox's stdout must parse as JSON, with -j and
# again with -j -p.  (Not after a failure: 6.1 leaves a dump that the
# kernel ended with an error as a lone "[", and so does ipbox; nor when
# nothing is printed: 6.1's netns list without /run/netns.)
jsame() {
	for p in "" -p; do
		same -j $p "$@"
		if [ "$ipb_rc" = 0 ] && [ -s "$T/ipb.out" ]; then
			python3 -m json.tool "$T/ipb.out" > /dev/null 2> "$T/json.err" ||
				fail "not JSON: ip -j $p $*: $(cat "$T/json.err")"
		fi
	done
}

# links whose names need escaping in JSON (quote and backslash; the kernel
# takes any byte but '/', ':', whitespace and NUL)
odd_links() {
	ref link add 'q"a' type veth peer name 'b\s' || fail "veth with odd names"
	ref link add 'x{y},' type veth peer name "t'[1]" || fail "veth with odd names"
	ref link set 'q"a' up
	ref link set 'b\s' up
}

t_link() {
	ipb link add 2>&1 | grep -q 'unknown' && skip "ipbox's ip link printer has not landed"
	jsame link
	jsame link show lo
	jsame link show up		# 6.1: [{}], an object for each link filtered out
	jsame link show dev nosuch	# error, nothing on stdout
	veth va vb
	ref link set va up
	ref link set vb up
	ref link set va alias 'my "alias"\'
	jsame link
	jsame -o link
	jsame link show va
	odd_links
	jsame link
	jsame link show 'q"a'
	ref link set va down
	ref link set 'q"a' down
	for o in -s "-s -s" -d "-d -s" -br -N "-br -d" -o; do
		jsame $o link
		jsame $o addr
	done
}

t_addr() {
	jsame addr
	jsame addr show up
	jsame addr show dev nosuch
	veth va vb
	ref link set va up
	ref addr add 10.0.0.1/24 brd + dev va label 'va:x"y'
	ref addr add 10.0.0.9 peer 10.0.0.10/32 dev va
	ref addr add 10.0.1.1/24 dev va valid_lft 1000 preferred_lft 500
	ref addr add 2001:db8::1/64 dev va nodad
	ref addr add 2001:db8::2/64 dev va nodad noprefixroute home
	ref addr add 127.0.0.2/8 dev lo
	jsame addr
	jsame -4 addr
	jsame -6 addr
	jsame -0 addr
	jsame -o addr
	jsame addr show dev va
	jsame addr show label 'va:*'
	jsame addr show scope host
	jsame addr show to 10.0.0.0/24
	jsame -4 addr show dev vb
	odd_links
	ref addr add 10.9.0.1/24 dev 'q"a'
	jsame addr
}

t_route() {
	jsame route
	veth va vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref addr add 2001:db8::1/64 dev va nodad
	ref route add 10.1.0.0/16 via 10.0.0.2 metric 5
	ref route add 10.2.0.0/16 dev va proto static scope link src 10.0.0.1
	ref route add blackhole 10.3.0.0/16
	ref route add unreachable 10.4.0.0/16 table 7
	ref route add 10.5.0.0/16 via 10.0.0.2 mtu 1400 advmss 1300
	ref -6 route add 2001:db8:1::/64 via 2001:db8::2 metric 10
	jsame route
	jsame route show table all
	jsame -6 route
	jsame -6 route show table all
	jsame route show table 7
	jsame route show table 99
	jsame route get 10.1.2.3
	jsame -o route
	jsame -d route
}

t_netns() {
	ipb netns list 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip netns yet"
	jsame netns list
	ref netns add j1
	ref netns add 'j"2'
	jsame netns list
	jsame netns
	ref netns set j1 5
	jsame netns list
	ref netns del j1
	ref netns del 'j"2'
}

t_rule() {
	ipb rule 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip rule yet"
	jsame rule
	jsame -6 rule
	ref rule add from 10.0.0.0/8 table 7 prio 100
	ref rule add not to 10.1.0.0/16 fwmark 0x10/0xff lookup main prio 200
	ref rule add iif lo oif lo uidrange 100-200 goto 100 prio 300
	jsame rule
	jsame rule show table 7
}

t_neigh() {
	ipb neigh 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip neigh yet"
	jsame neigh
	veth va vb
	ref link set va up
	ref neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev va
	ref neigh add 10.0.0.3 dev va nud noarp
	ref neigh add 2001:db8::2 lladdr 02:00:00:00:00:03 dev va router
	ref neigh add proxy 10.0.0.9 dev va
	jsame neigh
	jsame neigh show dev va
	jsame neigh show proxy
	jsame -6 neigh
}

# one JSON document per command in a batch
t_batch() {
	printf 'addr show\nlink show lo\nlink show nosuch\nroute show table local\n' > "$T/b"
	jsame -force -batch "$T/b"
}
