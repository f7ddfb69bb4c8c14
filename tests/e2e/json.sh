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
	needs_config IP_ADDR_FILTERS
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

# the less common fields: multipath, metrics, expires, realms, rule
# selectors and actions, neighbour states, -s and -d
t_more_fields() {
	ref link set lo up
	veth va vb
	veth vc vd
	for d in va vb vc vd; do ref link set $d up; done
	ref addr add 10.0.0.1/24 dev va
	ref addr add 10.0.1.1/24 dev vc
	ref -6 addr add 2001:db8::1/64 dev va nodad
	ref route add 10.8.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 dev vc
	ref route add 10.9.0.0/16 via 10.0.0.2 mtu lock 1300 rtt 30ms window 1000 initcwnd 10 hoplimit 5
	ref route add prohibit 10.10.0.0/16
	ref route add throw 10.11.0.0/16 table 9
	ref route add 10.12.0.0/16 dev va realm 5 proto 99
	ref route add 10.13.0.0/16 via 10.0.0.2 onlink dev va src 10.0.0.1
	ref -6 route add 2001:db8:6::/64 nexthop via 2001:db8::2 dev va nexthop via 2001:db8::3 dev va
	ref neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev va nud reachable
	ref neigh add 10.0.0.6 dev va nud failed
	ref neigh add 2001:db8::9 lladdr 02:00:00:00:00:09 dev va router nud stale
	ref neigh add proxy 2001:db8::7 dev va
	ref rule add from 10.0.0.0/8 to 10.1.0.0/16 tos 0x10 fwmark 0x5/0xf iif va oif vc table 9 prio 10
	ref rule add not from all ipproto tcp sport 80 dport 1000-2000 lookup 9 prio 11 suppress_prefixlength 8 suppress_ifgroup 3
	ref rule add prio 12 unreachable
	ref rule add prio 13 blackhole
	ref rule add prio 9 goto 12
	ref rule add prio 15 nop
	ref rule add prio 16 uidrange 10-20 table main
	ref rule add prio 17 realms 3/4 table 9 proto 5
	for a in route "route show table all" "-6 route" "-6 route show table all" "-s route" \
		"-d route" "route get 10.8.1.1" "route get 10.9.1.1 from 10.0.0.1" neigh "-s neigh" \
		"-6 neigh" "neigh show proxy" "neigh show nud all" rule "-6 rule" "rule show table 9" \
		"-d rule" "-d addr" "-s -d link" "-br addr" "-o addr"; do
		jsame $a
	done
}

# Issue 14.9: control bytes in link names (the kernel takes any byte but
# '/', ':', whitespace and NUL), aliases and address labels come out as
# \u00XX, so that -j is always JSON (6.1 prints them raw).  Every other
# byte is 6.1's: its output, with those bytes escaped, is ipbox's.
t_control_bytes() {
	a=$(printf 'a\001b') c=$(printf 'c\037\033d')
	ref link add "$a" type veth peer name "$c" || fail "veth with control bytes in its names"
	ref link set "$a" alias "$(printf 'x\002y\tz"\\')" || fail "alias"
	ref link set "$a" up
	ref addr add 10.0.0.5/24 dev "$a" label "$a:$(printf '\003')" || fail "label"
	for o in "link" "-d link" "-s link" "addr" "-p addr" "link show $a" "addr show dev $a" "-br link" "-br addr"; do
		ref -j $o > "$T/ref.out" 2>&1
		ipb -j $o > "$T/ipb.out" 2>&1 || fail "ip -j $o: $(cat "$T/ipb.out")"
		python3 -c '
import sys
d = open(sys.argv[1], "rb").read()
keep = b"\t\n\r\f\b"
sys.stdout.buffer.write(b"".join(b"\\u%04x" % c if c < 32 and c not in keep else bytes([c]) for c in d))
' "$T/ref.out" > "$T/want.out"
		cmp -s "$T/want.out" "$T/ipb.out" || fail "ip -j $o: $(diff "$T/want.out" "$T/ipb.out" | head -5)"
		python3 -m json.tool "$T/ipb.out" > /dev/null 2> "$T/json.err" || fail "not JSON: ip -j $o: $(cat "$T/json.err")"
	done
}
