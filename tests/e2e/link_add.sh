# ip link add / delete / change / replace: done by ipbox, read back with
# iproute2 (the kernel's state), and printed the same by both.

has() {	# has DEV PATTERN: iproute2's -d view of DEV contains PATTERN
	ref -d link show "$1" | grep -q -- "$2" || fail "$1 lacks '$2': $(ref -d link show "$1")"
}

# the state without the bridge timers that tick between two dumps
lstate() { state | sed 's/_timer *[0-9.]*//g'; }

t_add_veth() {
	ipb link add va type veth peer name vb || fail "add veth"
	same link
	same -d link show va
	same -d link show vb
	ipb link add vc mtu 1400 txqlen 50 up type veth peer name vd address 02:00:00:00:00:01 mtu 1300 txqueuelen 60 || fail "add with options"
	has vc "mtu 1400"; has vc "qlen 50"; has vc ",UP"
	has vd "mtu 1300"; has vd "qlen 60"; has vd "02:00:00:00:00:01"
	ref link show vd | grep -q ",UP" && fail "peer got the outer up"
	same link add ve type veth peer vp up	# the kernel refuses a peer up
	ipb link add ve type veth peer vp || fail "peer without name"
	has vp "@ve"
	ipb link add name vg type veth peer name vh || fail "name NAME"
	ipb link add dev vi type veth || fail "dev NAME, no peer"
	has vi "@veth"
	same link
	same -o link
	same -br link
	ipb link del vi || fail "del"
	ipb link delete dev vg || fail "delete dev"
	same link
}

t_add_veth_netns() {
	sleep 1000 & pid=$!
	ipb link add va type veth peer name vb netns "$pid" || fail "peer netns PID"
	nsenter -t "$pid" -n "$IPREF" link show vb > /dev/null || fail "vb not moved"
	same link
	same -d link
	ref netns add ns1
	ipb link add vc type veth peer name vd netns ns1 address 02:00:00:00:00:02 mtu 1400 || fail "peer netns NAME"
	ref -n ns1 link show vd | grep -q "02:00:00:00:00:02" || fail "vd address"
	ref -n ns1 link show vd | grep -q "mtu 1400" || fail "vd mtu"
	same link add vx type veth peer name vy netns ns1 up	# the kernel refuses
	ipb link add ve netns ns1 type veth peer name vf || fail "outer end in ns1"
	ref -n ns1 link show ve > /dev/null || fail "ve not in ns1"
	same -j link
	same -j -d link show vf
	same_cmd "nsenter --net=/run/netns/ns1 IP link"
	same_cmd "nsenter --net=/run/netns/ns1 IP -d link"
	kill $pid
}

t_add_bridge() {
	needs_config IP_LINK_EXTRA
	ipb link add br0 type bridge || fail "add bridge"
	veth va vb
	ipb link set va master br0 || fail "master"
	has va "master br0"
	same link
	same link show master br0
	same link show type bridge
	same -br link
	ipb link set dev va nomaster || fail "nomaster"
	ref link show va | grep -q master && fail "still enslaved"
	ipb link add br1 type bridge stp_state 1 forward_delay 400 priority 100 ageing_time 1000 mcast_snooping 0 || fail "bridge options"
	has br1 "forward_delay 400"; has br1 "stp_state 1"; has br1 "priority 100"
	has br1 "ageing_time 1000"; has br1 "mcast_snooping 0"
	same link add br2 type bridge forward_delay x
	same link add br2 type bridge bogus 1
	same link add br2 type bridge help
	same link help bridge
}

# bridge options are matched by prefix in iproute2's order ("mc" is
# mcast_router, "f" forward_delay), the two boolopt words only whole:
# ipbox and iproute2 make the same bridge
t_add_bridge_options() {
	brd() { ref -d link show br9 | sed 's/^[0-9]*: //; s/_timer *[0-9.]*//g'; }
	for o in "mc 2" "f 300" "fd" "n 1" "mcast_vlan_snooping 0 no_linklocal_learn 1" \
		 "vlan_p 802.1ad" "vlan_protocol 802.1Q" "group_a 01:80:c2:00:00:0e" \
		 "mcast_last_member_i 200" "mcast_membership_interval -1" "mcast_last_member_c 3" "g 8" "nf_call_a 1" \
		 "mcast_query_r 999 mcast_startup_query_i 3000" \
		 "pr 9 hello_t 300 max_a 1000"; do
		ipb link add br9 address 02:00:00:00:00:09 type bridge $o || fail "ipbox: $o"
		brd > "$T/a"
		ref link del br9
		ref link add br9 address 02:00:00:00:00:09 type bridge $o || fail "iproute2: $o"
		brd > "$T/b"
		ref link del br9
		cmp -s "$T/a" "$T/b" || fail "$o: $(diff "$T/a" "$T/b")"
	done
	same link add br9 type bridge "group_address x"
	same link add br9 type bridge mcast_router 256
	same link add br9 type bridge mcast_last_member_interval -x
	same link add br9 type bridge vlan_protocol 802.1x
	same link add br9 type bridge group_address zz
	same link add br9 type bridge bridge_id 1
	same link add br9 type bridge no_linklocal_learn 256
	for w in f n no no_linklocal_lear mcast_v mc m g v vlan_s mcast_q mcast_l mcast_s; do
		same link add br9 type bridge $w xyz
	done
}

t_add_macvlan() {
	veth va vb
	if ref link add link va name mt type macvlan 2> /dev/null; then
		ref link del mt
		ipb link add link va name mv type macvlan mode bridge || fail "macvlan"
		has mv "macvlan mode bridge"
		same -d link show mv
		same -j -d link show mv
		# each option as iproute2 reads it: the device each tool made
		# (passthru: the only macvlan of its link)
		ref link del mv
		for o in "mode passthru nopromisc bcqueuelen 20" "m private flag nodst" "flag null" \
			 "mode vepa mode bridge" "fl nopromisc bc 0x10 m passthru" "mode source"; do
			for who in ref ipb; do
				$who link add link va name mw type macvlan $o || fail "macvlan $o"
				ref -d link show mw | sed 's/^[0-9]*: //; s/link\/ether [^ ]*//' > "$T/$who.mw"
				ref link del mw
			done
			cmp -s "$T/ref.mw" "$T/ipb.mw" || { diff "$T/ref.mw" "$T/ipb.mw"; fail "macvlan $o"; }
		done
	else
		same link add link va name mv type macvlan mode bridge
	fi
	same link add link va name mw type macvlan mode bogus
	same link add link va name mw type macvlan flag bogus
	same link add link va name mw type macvlan bogus
	same link add link va name mw type macvlan mode vepa nopromisc
	same link add link va name mw type macvlan flag nopromisc
	same link add link va name mw type macvlan bcqueuelen -1
	same link add link va name mw type macvlan bcqueuelen
	same link add link va name mw type macvlan help
	same link help macvlan
}

t_add_errors() {
	needs_config IP_LINK_EXTRA
	veth va vb
	lstate > "$T/before"
	same link add x
	same link add x type nosuchkind
	same link add x type nosuchkind foo
	same link add va type veth peer name vz
	same link add vz type veth peer name vb
	same link add name x dev y type veth
	same link add aaaaaaaaaaaaaaaaaaaaaaa type veth
	same link add name aaaaaaaaaaaaaaaaaaaaaaa type veth
	same link add x type veth peer name aaaaaaaaaaaaaaaaaaaaaaa
	same link add x type veth bogus
	same link add x type veth help
	same link add x type veth peer name y type veth
	same link add x type veth peer name y mtu abc
	same link add x type veth peer name y address zz
	same link add x type veth peer name y z
	same link add x type veth peer name y multicast maybe
	same link add x mtu 10 type veth
	same link add x index 0 type veth
	same link add x link nosuch type veth
	same link add x netns nosuch type veth
	same link replace dev va mtu 1200
	same link delete nosuch
	same link delete
	same link add help
	same link help veth
	same link help
	same link help nosuchkind
	lstate > "$T/after"
	cmp -s "$T/before" "$T/after" || fail "state changed: $(diff "$T/before" "$T/after")"
}

t_change_replace() {
	veth va vb
	ipb link change dev va mtu 1400 || fail "change"
	has va "mtu 1400"
	ipb link replace va type veth 2> "$T/err"; rc1=$?
	ref link replace vb type veth 2> "$T/err2"; rc2=$?
	[ "$rc1" = "$rc2" ] && cmp -s "$T/err" "$T/err2" || fail "replace differs: $(cat "$T/err") / $(cat "$T/err2")"
	same link
}

t_add_vxlan() {
	needs_config IP_LINK_EXTRA
	veth va vb
	ipb link add vx type vxlan id 42 dstport 4789 remote 10.0.0.2 dev va || fail "vxlan"
	has vx "vxlan id 42 remote 10.0.0.2 dev va srcport 0 0 dstport 4789"
	ipb link add vx2 type vxlan id 7 group 239.1.1.1 dev va local 10.0.0.1 ttl 10 tos 0x10 \
		nolearning srcport 1000 2000 dstport 0 ageing 100 l2miss l3miss noudpcsum maxaddress 5 || fail "vxlan 2"
	has vx2 "id 7 group 239.1.1.1 local 10.0.0.1 dev va srcport 1000 2000 dstport 8472 nolearning l2miss l3miss tos 0x10 ttl 10 ageing 100 maxaddr 5 noudpcsum"
	ipb link add vx3 type vxlan id 8 remote 2001:db8::1 local 2001:db8::2 dstport 4790 \
		udp6zerocsumtx flowlabel 5 df set ttl inherit tos inherit || fail "vxlan 3"
	has vx3 "remote 2001:db8::1 local 2001:db8::2 srcport 0 0 dstport 4790 tos inherit ttl inherit df set flowlabel 0x5"
	ipb link add vx4 type vxlan external 2> "$T/err" || fail "vxlan external"
	ref link add vx5 type vxlan id 10 2> "$T/err2"
	cmp -s "$T/err" "$T/err2" || fail "dstport warning differs"
	ipb link add vx6 type vxlan id 11 proxy rsc gbp dstport 4791 remcsumtx remcsumrx || fail "vxlan 6"
	for f in -d -j_-d -o_-d -br; do
		# shellcheck disable=SC2046
		same $(echo "$f" | tr _ ' ') link show type vxlan
	done
	same link add vx9 type vxlan id 1 bogus
	same link add vx9 type vxlan id x
	same link add vx9 type vxlan id 1 remote 1.2.3.4 group 239.1.1.1
	same link add vx9 type vxlan id 1 dstport x
	same link add vx9 type vxlan id 1 ttl x
	same link add vx9 type vxlan id 1 dev nosuch
	same link add vx9 type vxlan id 1 remote bogus
	same link add vx9 type vxlan id 1 group 1.2.3.4
	same link add vx9 type vxlan id 1 group 239.1.1.1
	same link add vx9 type vxlan external id 5
	same link add vx9 type vxlan id 42 dstport 4789
	same link add vx9 type vxlan id 3 help
	same link add vx9 type vxlan id 3 tos 0x10 dsfield 5
	same link add vx9 type vxlan id 3 group 239.1.1.1 group 239.1.1.2
	same link add vx9 type vxlan id 3 proxy noproxy
	same link add vx9 type vxlan id 3 ttl auto dstport 1 vnifilter
	same link add vx9 type vxlan id 3 local any
	same link help vxlan
	# first match wins in iproute2's order; vnifilter only whole
	for w in v vni vnif nov novnifilter l le la no noe nol nor n r re g d ds f h p s e u ud udp6 rem x; do
		same link add vx9 type vxlan $w xyz
	done
	same link add vx9 type vxlan id 1 label 5 flowlabel 6
	same link add vx9 type vxlan id 1 port 1 2 srcport 3 4
	same link add vx9 type vxlan id 1 hoplimit 5 ttl 6
	same link add vx9 type vxlan id 1 le nolearning
}

# vlan: this kernel has no 8021q, so every add gets the kernel's answer
# (or a parse error) from both, and the requests that reach it are the
# same bytes (same_req, under strace); make check-vm makes them live
t_add_vlan() {
	lacks_module 8021q
	veth va vb
	lstate > "$T/before"
	same_req link add link va name v.10 type vlan id 10
	same_req link add link va name v.10 type vlan id x
	same_req link add link va name v.10 type vlan id 5000
	same_req link add link va name v.10 type vlan protocol bogus id 3
	same_req link add link va name v.10 type vlan id 3 reorder_hdr maybe
	same_req link add link va name v.10 type vlan bogus
	same_req link add link va name v.10 type vlan id 3 protocol 802.1ad gvrp on mvrp off loose_binding on bridge_binding off reorder_hdr off
	same_req link add link va name v.10 type vlan id 3 ingress-qos-map 1:2 3:4 egress-qos-map 5:6
	same_req link add link va name v.10 type vlan id 3 ingress-qos-map 1:x
	same_req link add link va name v.10 type vlan help
	same link help vlan
	lstate > "$T/after"
	cmp -s "$T/before" "$T/after" || fail "state changed: $(diff "$T/before" "$T/after")"
}
