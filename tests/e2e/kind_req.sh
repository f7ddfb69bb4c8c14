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
