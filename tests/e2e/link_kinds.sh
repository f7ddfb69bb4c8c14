# Link kinds whose modules a router's kernel has and the build machine's
# may lack: one test per module.  Each loads its module (needs_module: on
# a host without it the test is skipped, make check-vm runs it in Debian
# 12's 6.1 kernel) and makes a link of each kind with a plain
# "ip link add NAME type KIND", which ipbox sends to the kernel without
# options: with iproute2 first, shown by both tools; then with ipbox,
# shown by both and alike to iproute2's (but its index and a random MAC).
# Kinds the kernel takes only with options (vlan id, a lower device, a
# vrf table) are refused alike, then made with their options.  -d for
# these kinds comes with the router kinds: D=1 compares it where ipbox
# has it.

# ip link show as two made one after the other compare: index and MAC out
kind_mask() { sed 's/^[0-9]*: /N: /; s/link\/ether [0-9a-f:]*/link\/ether MAC/; s/ link-netnsid [0-9]*//'; }

# kind_add ARGS...: "ip link add ARGS", which names the link k0
kind_add() {
	ref link add "$@" > "$T/add.out" 2> "$T/add.err"; add_rc=$?
	if [ $add_rc = 0 ]; then
		same link show dev k0
		same -o link show
		ref link show dev k0 | kind_mask > "$T/made.ref"
		ref link del k0 || fail "iproute2: link del k0"
	fi
	ipb link add "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	mv "$T/add.out" "$T/ref.out"; mv "$T/add.err" "$T/ref.err"; ref_rc=$add_rc
	_compare "ip link add $*" || exit 1
	[ $ipb_rc = 0 ] || return 0
	same link show dev k0
	same link show
	ref link show dev k0 | kind_mask > "$T/made.ipb"
	cmp -s "$T/made.ref" "$T/made.ipb" ||
		fail "ip link add $*: ipbox's link differs from iproute2's: $(diff -u "$T/made.ref" "$T/made.ipb")"
	# the kinds ipbox prints the details of (D=1): -d and -d -j too
	if [ -n "${D:-}" ]; then
		same -d link show dev k0
		same -d -j link show dev k0
	fi
	ipb link del k0 || fail "ipbox: link del k0"
	[ -z "$(ref link show dev k0 2> /dev/null)" ] || fail "k0 still there"
}

# kind_made ARGS...: iproute2 makes k0 with options ipbox does not parse
# yet; both show it alike
kind_made() {
	ref link add "$@" || fail "iproute2: ip link add $*"
	same link show dev k0
	same -o link show
	ref link del k0 || fail "iproute2: link del k0"
}

t_bonding() {
	needs_module bonding
	D=1 kind_add k0 type bond
	D=1 kind_add k0 type bond mode active-backup miimon 100 updelay 200 downdelay 200 primary_reselect better fail_over_mac active num_grat_arp 3 resend_igmp 2 arp_missed_max 4
	D=1 kind_add k0 type bond mode balance-xor arp_interval 1000 arp_ip_target 192.0.2.1,192.0.2.2 ns_ip6_target 2001:db8::1 arp_validate all arp_all_targets all xmit_hash_policy layer3+4
	D=1 kind_add k0 type bond mode 802.3ad miimon 100 lacp_rate fast lacp_active on ad_select count min_links 1 ad_actor_sys_prio 100 ad_user_port_key 5 ad_actor_system 02:11:22:33:44:55 xmit_hash_policy encap3+4
	D=1 kind_add k0 type bond mode balance-rr packets_per_slave 3 all_slaves_active 1 use_carrier 0 peer_notify_delay 0
	D=1 kind_add k0 type bond mode balance-tlb tlb_dynamic_lb 0 lp_interval 2
	kind_add k0 type bond mode 9
	kind_add k0 type bond miimon 100 updelay 150
}

# bond_live MODE OPTIONS: a bond with two veth ports made by ipbox,
# changed and shown (-d, -d -j) alike, then taken apart
bond_live() {
	veth p0 q0
	veth p1 q1
	ipb link add k0 type bond "$@" || fail "ipbox: bond $*"
	ipb link set p0 master k0 || fail "ipbox: p0 master k0"
	ipb link set p1 master k0 || fail "ipbox: p1 master k0"
	ipb link set p1 type bond_slave queue_id 1 || fail "ipbox: bond_slave queue_id"
	# prio: active-backup's; 802.3ad refuses it alike
	same link set p0 type bond_slave prio 5
	ipb link set k0 up && ipb link set q0 up && ipb link set q1 up || fail "ipbox: up"
	sleep 1
	same -d link show dev k0
	same -d -j link show dev k0
	same -d link show dev p0
	same -d -j link show dev p1
	same -d link show master k0
	same link help bond_slave
	ipb link set k0 type bond primary p1 2> /dev/null
	same -d link show dev k0
	ipb link set p1 nomaster || fail "ipbox: nomaster"
	ipb link del k0 || fail "ipbox: del k0"
	same -d link show
	ref link del p0; ref link del p1
}
t_bond_8023ad() { needs_module bonding; bond_live mode 802.3ad miimon 100 lacp_rate fast; }
t_bond_active_backup() { needs_module bonding; bond_live mode active-backup miimon 100 primary_reselect failure; }
t_vrf() {
	needs_module vrf
	kind_add k0 type vrf
	D=1 kind_add k0 type vrf table 10
	D=1 kind_add k0 type vrf table main
	# a port: vrf_slave's table; change and delete
	veth p0 p1
	ipb link add k0 type vrf table 20 || fail "ipbox: vrf table 20"
	ipb link set p0 master k0 || fail "ipbox: set p0 master k0"
	same link set p0 type vrf_slave foo
	same -d link show dev p0
	same -d -j link show dev p0
	same -d link show master k0
	same -d -j link show vrf k0
	same link set k0 type vrf table 21
	ipb link del k0 type vrf table 20 || fail "ipbox: del k0"
	same -d link show
}
t_8021q() {
	needs_module 8021q
	veth p0 p1
	kind_add k0 type vlan
	kind_add link p0 name k0 type vlan id 5
}
t_dummy() {
	needs_module dummy
	D=1 kind_add k0 type dummy
	D=1 kind_add k0 type dummy foo
}
t_ip_gre() { needs_module ip_gre; kind_add k0 type gre; kind_add k0 type gretap; }
t_ip6_gre() { needs_module ip6_gre; kind_add k0 type ip6gre; kind_add k0 type ip6gretap; }
t_erspan() { needs_module ip_gre; kind_add k0 type erspan; }
t_ipip() { needs_module ipip; kind_add k0 type ipip; }
t_sit() { needs_module sit; kind_add k0 type sit; }
t_ip6_tunnel() { needs_module ip6_tunnel; kind_add k0 type ip6tnl; }
t_ip_vti() { needs_module ip_vti; kind_add k0 type vti; }
t_ip6_vti() { needs_module ip6_vti; kind_add k0 type vti6; }
t_geneve() { needs_module geneve; kind_add k0 type geneve; kind_made k0 type geneve id 5 remote 192.0.2.1; }
t_ipvlan() {
	needs_module ipvlan
	veth p0 p1
	kind_add k0 type ipvlan
	kind_add link p0 name k0 type ipvlan
}
t_macvtap() {
	needs_module macvtap
	veth p0 p1
	kind_add k0 type macvtap
	kind_add link p0 name k0 type macvtap
}
t_wireguard() { needs_module wireguard; kind_add k0 type wireguard; }
t_macsec() {
	needs_module macsec
	veth p0 p1
	kind_add k0 type macsec
	kind_add link p0 name k0 type macsec
}
# a tun link is made by "ip tuntap add", not "ip link add"
t_tun() { needs_module tun; skip "needs ip tuntap"; }
