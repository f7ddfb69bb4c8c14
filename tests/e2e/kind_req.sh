# The link kinds this machine's kernel lacks, on the host: every option of
# each, sent by iproute2 6.1 and by ipbox under strace (same_req): the
# netlink request bytes that reach the kernel must be the same, and so
# the kernel's refusal, the parse errors, usage texts and exit codes.
# make check-vm makes them live (tests/e2e/link_kinds.sh).

# kinds 6.1 knows without options: words after the kind are an empty
# IFLA_INFO_DATA; "ip link help KIND" is one line (tun's is ip link's)
t_dummy() {
	lacks_module dummy
	same_req link add d0 type dummy
	same_req link add d0 type dummy foo bar
	same_req link add d0 type dummy help
	same_req link set lo type dummy
	for k in dummy ifb nlmon netdevsim team team_slave vcan virt_wifi tun vrf_slave; do
		same link help $k
	done
}

# ifb is in this kernel: the same, live
ifb_none() { :; }
ifb_made() { ref link add i0 type ifb; }
ifb_state() { ref -d link show | sed 's/link\/ether [0-9a-f:]*/link\/ether MAC/'; }
t_ifb() {
	STATE=ifb_state same_state ifb_none link add i0 type ifb foo
	STATE=ifb_state same_state ifb_made link del i0 type ifb bar
	ref link add i0 type ifb || fail "ifb"
	same -d link show dev i0
	same -d -j link show dev i0
}

# a kind 6.1 parses and ipbox does not yet, and one 6.1 does not know
t_other() {
	lacks_module ip_gre
	same_req link add g0 type gre
	same_req link add g0 type bogus
	same link add g0 type bogus remote 1.2.3.4
	same link add g0 type _slave x
	expect 1 'ipbox: the options of "type gre" are not supported yet' ipb link add g0 type gre remote 1.2.3.4
}

# vrf: table by number or rt_tables name; any number of times
t_vrf() {
	lacks_module vrf
	same_req link add v0 type vrf table 10
	same_req link add v0 type vrf t main
	same_req link add v0 type vrf table local table 300
	same_req link add v0 type vrf table 4294967295
	same_req link add v0 type vrf table 4294967296
	same_req link add v0 type vrf table bogus
	same_req link add v0 type vrf table
	same_req link add v0 type vrf tablex 5
	same_req link add v0 type vrf help
	same_req link add v0 type vrf h
	same_req link add v0 type vrf table 5 foo
	same_req link set lo type vrf_slave foo
	same link help vrf
	same link help vrf_slave
}

# bond: every option of 6.1's parser, its abbreviations, values by name
# and by number, and its errors
t_bond() {
	lacks_module bonding
	veth va vb
	same_req link add b0 type bond
	for m in balance-rr active-backup balance-xor broadcast 802.3ad balance-tlb balance-alb 0 6 7 -1 +2 bogus; do
		same_req link add b0 type bond mode $m
	done
	same_req link add b0 type bond m 1 mo 4 mode active-backup
	same_req link add b0 type bond active_slave va
	same_req link add b0 type bond active_slave nope
	same_req link add b0 type bond a vb
	same_req link add b0 type bond clear_active_slave c
	for w in miimon updelay downdelay peer_notify_delay arp_interval resend_igmp min_links lp_interval packets_per_slave; do
		same_req link add b0 type bond $w 100
		same_req link add b0 type bond $w 0x10
		same_req link add b0 type bond $w 4294967296
		same_req link add b0 type bond $w -1
		same_req link add b0 type bond $w x
	done
	for w in use_carrier arp_missed_max num_grat_arp num_unsol_na all_slaves_active tlb_dynamic_lb; do
		same_req link add b0 type bond $w 1
		same_req link add b0 type bond $w 255
		same_req link add b0 type bond $w 256
	done
	for w in ad_user_port_key ad_actor_sys_prio; do
		same_req link add b0 type bond $w 65535
		same_req link add b0 type bond $w 65536
	done
	same_req link add b0 type bond mi 1 u 2 d 3 pe 4 us 1 arp_in 5 res 6 nu 7 al 1 mi 8 l 9 pa 10 t 1
	same_req link add b0 type bond arp_ip_target 192.0.2.1
	same_req link add b0 type bond arp_ip_target 192.0.2.1,,192.0.2.2,10.0.0.1 miimon 5
	same_req link add b0 type bond arp_ip_target 1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4,5.5.5.5,6.6.6.6,7.7.7.7,8.8.8.8,9.9.9.9,10.10.10.10,11.11.11.11,12.12.12.12,13.13.13.13,14.14.14.14,15.15.15.15,16.16.16.16,17.17.17.17
	same_req link add b0 type bond arp_ip_target
	same_req link add b0 type bond arp_ip_target 192.0.2.1,x
	same_req link add b0 type bond arp 1.2.3.4
	same_req link add b0 type bond ns_ip6_target 2001:db8::1,fe80::2
	same_req link add b0 type bond ns_ip6_target
	same_req link add b0 type bond ns_ip6_target 2001:db8::1,x
	same_req link add b0 type bond ns 2001:db8::1
	for v in none active backup all filter filter_active filter_backup 3 7 bogus; do
		same_req link add b0 type bond arp_validate $v
	done
	for v in any all 1 2; do same_req link add b0 type bond arp_all_targets $v; done
	same_req link add b0 type bond arp_m 3
	same_req link add b0 type bond primary va
	same_req link add b0 type bond p vb
	same_req link add b0 type bond primary nope
	for v in always better failure 2 3; do same_req link add b0 type bond primary_reselect $v; done
	for v in none active follow 3; do same_req link add b0 type bond fail_over_mac $v; done
	for v in layer2 layer3+4 layer2+3 encap2+3 encap3+4 vlan+srcmac 5 6 layer4; do
		same_req link add b0 type bond xmit_hash_policy $v
	done
	for v in slow fast 1 2; do same_req link add b0 type bond lacp_rate $v; done
	for v in off on 1 2; do same_req link add b0 type bond lacp_active $v; done
	same_req link add b0 type bond lacp_a on
	for v in stable bandwidth count 2 3; do same_req link add b0 type bond ad_select $v; done
	same_req link add b0 type bond ad_actor_system 00:11:22:33:44:55
	same_req link add b0 type bond ad_actor_system zz
	same_req link add b0 type bond ad_actor_system 00:11:22:33:44:55:66:77
	same_req link add b0 type bond mode 802.3ad miimon 100 lacp_rate fast xmit_hash_policy layer3+4 ad_select bandwidth min_links 1 ad_actor_sys_prio 100 ad_user_port_key 5
	same_req link add b0 type bond bogus
	same_req link add b0 type bond help
	same_req link add b0 type bond miimon
	same_req link set b0 type bond miimon 100
	same link help bond
}

# bond_slave: queue_id (by prefix), prio (whole word, signed)
t_bond_slave() {
	veth va vb
	same_req link set va type bond_slave queue_id 5
	same_req link set va type bond_slave q 65535
	same_req link set va type bond_slave queue_id 65536
	same_req link set va type bond_slave prio -5
	same_req link set va type bond_slave prio 2147483648
	same_req link set va type bond_slave prio x
	same_req link set va type bond_slave pri 1
	same_req link set va type bond_slave help
	same_req link set va type bond_slave queue_id 1 prio 2 queue_id 3
	same link help bond_slave
}

# ipvlan and ipvtap: mode l2|l3|l3s, one of bridge|private|vepa (once);
# 6.1 always sends the flags
t_ipvlan() {
	needs_config IP_LINK_IPVLAN
	lacks_module ipvlan
	veth va vb
	for k in ipvlan ipvtap; do
		same_req link add link va name i0 type $k
		same_req link add link va name i0 type $k mode l2
		same_req link add link va name i0 type $k m l3 private
		same_req link add link va name i0 type $k mode l3s vepa
		same_req link add link va name i0 type $k bridge
		same_req link add link va name i0 type $k p v
		same_req link add link va name i0 type $k mode l4
		same_req link add link va name i0 type $k mode
		same_req link add link va name i0 type $k bogus
		same_req link add link va name i0 type $k help
		same link help $k
	done
}
