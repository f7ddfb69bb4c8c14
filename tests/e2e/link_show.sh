# ip link show: byte-exact with iproute2 on the same live state.

t_lo_down() {
	same link
	same link show
	same l
	same li sh lo
	same link show dev lo
	same link ls
	same -o link
}

t_lo_up() {
	ref link set lo up
	same link
	same link show up
	same link show lo
	same -o link show
}

t_veth_same_ns() {
	veth va vb
	same link
	ref link set va up
	same link                        # M-DOWN on va: its peer is down
	ref link set vb up
	same link show up
	same -o link show
}

t_veth_across_ns() {
	veth va vb
	sleep 1000 & pid=$!
	ref link set vb netns "$pid"
	same link                        # va@ifN link-netnsid 0
	same link show va
	kill $pid
}

t_bridge_master() {
	needs_config IP_LINK_EXTRA
	ref link add br0 type bridge || skip "kernel has no bridge"
	veth va vb
	ref link set va master br0
	same link
	same link show master br0
	same link show nomaster
	same link show type bridge
	same link show type veth
}

# one filter for ip link show and ip address (6.1's one parser): ip link
# show takes the address words too, which select no link
t_address_words() {
	needs_config IP_ADDR_FILTERS
	ref link set lo up
	same link show permanent
	same link show -dynamic lo
	same link show up lo primary
	same link show scope host
	same link show label lo
	same -j link show label lo
	same link show to 10.0.0.0/8
}

t_errors() {
	same link show nosuch
	same link show dev
	same link show lo lo
	same link bogus
	same bogus
	same -bogus link
	same link show if1
}

t_global_options() {
	same -V
	same -Version
	same -s -s -d -N link show up
	same -4 -6 -0 link
	same -family link link
	same -family bogus link
	same -l
	same --oneline link
	same -- link show
}

# Issue 14.6: a link with 250 altnames of the kernel's longest length
# (ALTIFNAMSIZ - 1 = 127 bytes) is one RTM_NEWLINK of over 32 KiB, more
# than a 32 KiB receive buffer holds.  It lists, looks up and changes as
# any other link; altnames come from iproute2 (ipbox has no "property").
t_altnames_large() {
	veth va vb
	many_altnames va 250
	pad=$(printf '%0120d' 0)
	alt=a107$pad
	[ ${#alt} = 124 ] || fail "altname of ${#alt} bytes"
	long=$(printf 'z%0126d' 0)			# ALTIFNAMSIZ - 1
	ref link property add dev vb altname "$long" || fail "altname of 127 bytes"
	# 250 altnames of 124 bytes: 250 * 132 bytes of IFLA_PROP_LIST alone
	[ "$(ref link show va | grep -c altname)" = 250 ] || fail "va has not 250 altnames"
	same link
	same -d link
	same -s -d link
	same -j link
	same -j -d -s link
	same -o link
	same addr
	same -s addr
	same -j addr
	same link show "$alt"
	same link show dev "$alt"
	same -d -j link show "$alt"
	same -s link show "$alt"
	same addr show dev "$alt"
	same link show "$long"
	same link show dev "$long"
	same link show master "$alt"
	# a lookup that has no answer, at and past the limit
	same link show "${long}z"
	same link set "${long}zz" mtu 1400
	same link set dev "$(printf 'y%0199d' 0)" up
	# changes by altname
	ipb link set "$alt" mtu 1300 || fail "link set ALTNAME mtu"
	ref link show va | grep -q ' mtu 1300 ' || fail "mtu not set through the altname"
	ipb link set dev "$long" mtu 1280 || fail "link set dev ALTNAME(127) mtu"
	ref link show vb | grep -q ' mtu 1280 ' || fail "mtu not set through the 127-byte altname"
	ipb addr add 10.7.0.1/24 dev "$alt" || fail "addr add dev ALTNAME"
	ipb link set "$alt" up || fail "link set ALTNAME up"
	ipb route add 10.8.0.0/16 dev "$alt" || fail "route add dev ALTNAME"
	same route
	same addr show dev "$alt"
	same link show up
	same -s link show up
}
