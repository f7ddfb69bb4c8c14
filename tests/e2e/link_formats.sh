# Every ip link show format, byte-exact with iproute2 6.1, over lo, a veth
# pair in one namespace, a pair split across namespaces, and a bridge with
# ports.  Bridge timers tick between the two runs, so -d output of bridges
# goes through same_cmd with the timers masked.

FORMATS="x -d -s -s_-s -br -br_-d -o -o_-d -o_-s_-s -d_-s_-s -j -j_-d -j_-s -j_-s_-s -j_-br -j_-p -j_-p_-d"

opts() { echo "$1" | tr _ ' ' | sed 's/^x$//'; }

all_formats() {	# all_formats [show args...]
	for f in $FORMATS; do
		# shellcheck disable=SC2046
		same $(opts "$f") link show "$@"
	done
}

# no IPv6 chatter (DAD, router solicitations) moving the -s counters
# between the two runs
quiet() { for f in /proc/sys/net/ipv6/conf/*/disable_ipv6; do echo 1 > "$f"; done; }

masked() { same_cmd "IP $* | sed 's/_timer *[0-9.]*/_timer/g; s/\"gc_timer\":[0-9.]*//'"; }

t_lo() {
	quiet
	all_formats
	ref link set lo up
	settle lo
	all_formats
	all_formats lo
	all_formats dev lo up
}

t_veth_pair() {
	needs_config IP_LINK_EXTRA
	quiet
	veth va vb
	all_formats
	ref link set va up
	settle va
	all_formats va
	ref link set vb up mtu 1400 alias "the b end"
	settle va vb
	all_formats
	all_formats up
	all_formats type veth
}

t_veth_split() {
	quiet
	veth va vb
	sleep 1000 & pid=$!
	ref link set vb netns "$pid"
	ref link set va up
	settle va
	all_formats
	all_formats va
	nsenter -t "$pid" -n "$IPREF" link set vb up
	sleep 0.2; settle va
	all_formats
	for f in $FORMATS; do
		same_cmd "nsenter -t $pid -n IP $(opts "$f") link"
	done
	kill $pid
}

# the peer in a named namespace: "link-netns NAME" needs the netns work
t_veth_split_named() {
	quiet
	veth vc vd
	ref netns add ns1
	ref link set vd netns ns1
	ref -n ns1 link set vd up
	ref link set vc up
	sleep 0.2; settle vc
	all_formats vc
	for f in $FORMATS; do
		same_cmd "nsenter --net=/run/netns/ns1 IP $(opts "$f") link"
	done
	ipb link show vc | grep -q "link-netns ns1" ||
		skip "ipbox prints no link-netns NAME yet (netns_name_from_nsid)"
	all_formats
}

t_bridge_ports() {
	needs_config IP_LINK_EXTRA
	quiet
	ref link add br0 type bridge
	veth va vb
	veth vc vd
	ref link set va master br0
	ref link set vc master br0 up
	ref link set br0 up
	settle va vc br0
	for f in x -s -br -o -j -j_-s_-s; do
		# shellcheck disable=SC2046
		{ same $(opts "$f") link
		  same $(opts "$f") link show master br0
		  same $(opts "$f") link show type bridge
		  same $(opts "$f") link show type bridge_slave; }
	done
	masked -d link
	masked -d link show br0
	masked -d -o link show va
	masked -j -d link
	masked -j -p -d link show vc
	masked -d -s -s link show master br0
}

t_show_errors() {
	needs_config IP_LINK_EXTRA
	same link show nosuch
	same link show dev
	same link show lo lo
	same link show master nosuch
	same link show help
	same link sh help
	same link show dev lo help
}

t_human_counters() {
	quiet
	ref link set lo up
	ping -c 30 -i 0.01 -s 1400 -q 127.0.0.1 > /dev/null 2>&1 || skip "no ping to make traffic"
	ping -c 3 -i 0.01 -s 60000 -q 127.0.0.1 > /dev/null 2>&1
	for f in -h_-s -h_-s_-s -iec_-h_-s -iec_-s -h_-j_-s -h_-o_-s; do
		# shellcheck disable=SC2046
		same $(opts "$f") link show lo
	done
}
