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
	same link show type bridge
	same link show type veth
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
