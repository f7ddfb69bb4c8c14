# ip link set: every attribute, done by ipbox and read back from the kernel
# with iproute2; then both print the result the same.

has() { ref -d link show "$1" | grep -q -- "$2" || fail "$1 lacks '$2': $(ref -d link show "$1")"; }
lstate() { state | sed 's/_timer *[0-9.]*//g'; }
lacks() { ref -d link show "$1" | grep -q -- "$2" && fail "$1 still has '$2'"; return 0; }

t_set_up_down() {
	veth va vb
	ipb link set va up || fail "up"
	has va "<.*,UP"
	settle va
	same link
	ipb link set dev va down || fail "down"
	lacks va ",UP"
	ipb link set lo up || fail "lo up"
	has lo "LOOPBACK,UP"
	ipb link set lo up || fail "up twice"
	settle lo
	same link
}

t_set_attributes() {
	needs_config IP_LINK_EXTRA
	veth va vb
	ipb link set va name vz || fail "name"
	has vz "vz@vb"
	ipb link set vz mtu 1400 || fail "mtu"; has vz "mtu 1400"
	ipb link set vz address 02:11:22:33:44:55 || fail "address"; has vz "ether 02:11:22:33:44:55"
	ipb link set vz broadcast 02:ff:ff:ff:ff:fe || fail "broadcast"; has vz "brd 02:ff:ff:ff:ff:fe"
	ipb link set vz brd ff:ff:ff:ff:ff:ff || fail "brd"; has vz "brd ff:ff:ff:ff:ff:ff"
	ipb link set vz txqueuelen 100 || fail "txqueuelen"; has vz "qlen 100"
	ipb link set vz txqlen 200 || fail "txqlen"; has vz "qlen 200"
	ipb link set vz qlen 300 || fail "qlen"; has vz "qlen 300"
	ipb link set vz alias "a b c" || fail "alias"; has vz "alias a b c"
	ipb link set vz arp off || fail "arp off"; has vz "NOARP"
	ipb link set vz arp on || fail "arp on"; lacks vz "NOARP"
	ipb link set vz multicast off || fail "multicast off"; lacks vz "MULTICAST"
	ipb link set vz multicast on || fail "multicast on"; has vz "MULTICAST"
	ipb link set vz allmulticast on || fail "allmulticast"; has vz "ALLMULTI"
	ipb link set vz promisc on || fail "promisc"; has vz "PROMISC"
	ipb link set vz promisc off allmulticast off || fail "off"; lacks vz "PROMISC"; lacks vz "ALLMULTI"
	ipb link set vz group 5 || fail "group"; has vz "group 5"
	ipb link set vz mode dormant || fail "mode"; has vz "mode DORMANT"
	same link
	same -d link
	same -s -s link
}

t_set_many_at_once() {
	veth va vb
	ipb link set mtu 1300 dev va up address 02:00:00:00:00:07 name vy txqlen 7 || fail "several"
	has vy "mtu 1300"; has vy ",UP"; has vy "02:00:00:00:00:07"; has vy "qlen 7"
	ipb link set vy down mtu 1500 || fail "dev first"
	lacks vy ",UP"; has vy "mtu 1500"
	idx=$(cat /sys/class/net/vb/ifindex)
	ipb link set "if$idx" up || fail "ifN"
	has vb ",UP"
	settle vb
	ipb link set vb || fail "nothing to change"
	same link
}

t_set_master() {
	needs_config IP_LINK_EXTRA
	ref link add br0 type bridge
	veth va vb
	ipb link set va master br0 up || fail "master"
	has va "master br0"
	settle va
	same link show master br0
	same -d link show va
	ipb link set va nomaster || fail "nomaster"
	lacks va "master"
	same link
}

t_set_netns() {
	veth va vb
	veth vc vd
	veth ve vg
	sleep 1000 & pid=$!
	ipb link set vb netns "$pid" || fail "netns PID"
	nsenter -t "$pid" -n "$IPREF" link show vb > /dev/null || fail "vb not moved"
	same link
	same link show va
	same -d link show va
	same -o link
	same -br link
	same -j link
	ref netns add ns1
	ipb link set dev vd netns ns1 || fail "netns NAME"
	ref -n ns1 link show vd > /dev/null || fail "vd not moved"
	ipb link set vg netns "/proc/$pid/ns/net" || fail "netns PATH"
	nsenter -t "$pid" -n "$IPREF" link show vg > /dev/null || fail "vg not moved"
	same_cmd "nsenter --net=/run/netns/ns1 IP link"
	ipb link set vc netns ns1 name vc2 mtu 1400 || fail "netns with name and mtu"
	ref -n ns1 link show vc2 | grep -q "mtu 1400" || fail "vc2 not in ns1"
	same -j link
	same_cmd "nsenter --net=/run/netns/ns1 IP -d link"
	kill $pid
}

t_delete() {
	veth va vb
	ipb link del va || fail "del"
	ref link show vb 2> /dev/null && fail "peer survived"
	veth vc vd
	ipb link delete dev vd || fail "delete dev"
	same link
}

t_set_errors() {
	needs_config IP_LINK_EXTRA
	veth va vb
	ref link add br0 type bridge
	lstate > "$T/before"
	same link set
	same link set dev
	same link s
	same link set nosuch up
	same link set va bogus
	same link set va dev vb
	same link set dev va va
	same link set va mtu abc
	same link set va mtu 99999999999
	same link set va mtu 10
	same link set va mtu 100000
	same link set va mtu 1400 mtu 1500
	same link set va txqlen x
	same link set va txqlen 1 qlen 2
	same link set va address zz
	same link set va address 11:22:33
	same link set va broadcast zz
	same link set va name "a b"
	same link set va name aaaaaaaaaaaaaaaaaaaaaaaaa
	same link set va name vb
	same link set va name x name y
	same link set va netns nosuch
	same link set va netns 999999
	same link set va netns 1 netns 2
	same link set lo netns 1
	same link set va master nosuch
	same link set va vrf nosuch
	same link set va vrf br0
	same link set va arp maybe
	same link set va multicast
	same link set va promisc 1
	same link set va allmulticast yes
	same link set va trailers maybe
	same link set va dynamic maybe
	same link set va carrier maybe
	same link set va protodown maybe
	same link set va mode bogus
	same link set va state bogus
	same link set va group bogus
	same link set va addrgenmode bogus
	same link set va index 7
	same link set va numtxqueues x
	same link set va link-netnsid x
	same link set va gso_max_segs 100000
	same link set va alias
	same link set va type bogus x
	same link set va help
	same link set vf up
	same link set vf 1
	same link set if999 up
	same link bogus
	same link help
	lstate > "$T/after"
	cmp -s "$T/before" "$T/after" || fail "state changed: $(diff "$T/before" "$T/after")"
}

# iproute2's abbreviations and what init scripts send (ifupdown-ng,
# dracut, mininet, CNI-style shell): nothing printed on success
t_abbreviations_and_scripts() {
	needs_config IP_LINK_EXTRA
	veth va vb
	same l
	same li
	same l sh
	same link ls
	same link lst
	same l s
	same l s va bogus
	same link se
	same link chan
	same link de
	same link repl
	same link h
	same l sh up
	for cmd in "l s va up" "link set dev va mtu 1400" "link set va address 02:00:00:00:00:aa" \
		   "link set dev va down" "link set dev va name eth1" "link set eth1 name va" \
		   "li se va txqueuelen 500" "link set dev vb up" "link set va up" \
		   "link set dev va alias uplink" "link change va mtu 1500" \
		   "link add name vc type veth peer name vd" "link set vc netns 1" \
		   "link set dev vd promisc on" "link set dev vd allmulticast on" "link del vd"; do
		# shellcheck disable=SC2086
		ipb $cmd > "$T/out" 2>&1 || fail "ip $cmd: $(cat "$T/out")"
		[ -s "$T/out" ] && fail "ip $cmd printed: $(cat "$T/out")"
	done
	has va "mtu 1500"; has va "qlen 500"; has va "alias uplink"; has va "02:00:00:00:00:aa"
	settle va vb
	same link
	same -d link
}

t_set_bridge_slave() {
	needs_config IP_LINK_EXTRA
	ref link add br0 type bridge
	veth va vb
	ipb link set va master br0 || fail "master"
	ipb link set va type bridge_slave cost 5 priority 7 hairpin on learning off flood off \
		mcast_flood off bcast_flood off guard on root_block on fastleave on proxy_arp on \
		neigh_suppress on isolated on vlan_tunnel on mcast_router 2 mcast_to_unicast on || fail "bridge_slave"
	has va "bridge_slave state disabled priority 7 cost 5 hairpin on guard on root_block on fastleave on learning off flood off"
	has va "proxy_arp on proxy_arp_wifi off mcast_router 2 mcast_fast_leave on mcast_flood off bcast_flood off mcast_to_unicast on neigh_suppress on"
	has va "vlan_tunnel on isolated on"
	ipb link set dev va type bridge_slave fdb_flush hairpin o || fail "fdb_flush"
	has va "hairpin off"
	same_cmd "IP -d link show va | sed 's/_timer *[0-9.]*//g'"
	lstate > "$T/before"
	same link set va type bridge_slave hairpin maybe
	same link set va type bridge_slave cost x
	same link set va type bridge_slave state 3
	same link set va type bridge_slave mcast_router 300
	same link set va type bridge_slave bogus
	same link set va type bridge_slave help
	same link set va type bridge_slave backup_port nosuch
	for w in f m mc mcast_f mcast_r mcast_t p pr proxy_arp_ b g h l n s; do	# first match wins
		same link set va type bridge_slave $w xyz
	done
	same link help bridge_slave
	lstate > "$T/after"
	cmp -s "$T/before" "$T/after" || fail "state changed: $(diff "$T/before" "$T/after")"
}
