# ip's global options: iproute2 6.1's table, its order (first prefix match
# wins: -b is batch, -h human, -n netns, -a all), --opt = -opt, errors.

t_family() {
	ref addr add 10.0.0.1/8 dev lo
	ref addr add 2001:db8::1/64 dev lo nodad
	for o in -4 -6 -0 "-family inet" "-f inet6" "-f link" "-fam inet" "-family bridge" \
		"-f mpls" -M -B "-4 -6" "-6 -4" "--4" "--family inet"; do
		same $o addr
		same $o -o addr show lo
	done
	same -f bogus addr
	same -family
	same -f
	same -f help
	same -4 -f help
}

t_counters() {
	for o in -h -hu -human -human-readable -iec -ie -r -res -resolve -t -timestamp -ts -tshort \
		-force -fo -e -ec -echo -N -Nu -Numeric -a -all -l\ 2 -loops\ 3 -lo\ 1 -rc\ 65536 -rcvbuf\ 100000 \
		-color=never -color=auto -co=never; do
		same $o addr
	done
	same -l
	same -loops
	same -rc
	same -rc bogus addr
	same -rcvbuf -1 addr
	same -color=bad addr
	same -c=always
}

t_oneline_json_pretty() {
	ref addr add 10.0.0.1/8 dev lo
	for o in -o -on -oneline -j -js -json --json --j -p -pretty --pretty "-j -p" "-p -j" \
		"-j -o" "-o -j" "-j -c" "-c=always -j"; do
		same $o addr
	done
}

t_version_help() {
	for o in -V -Ver -Version --V "-V link" "-s -V" -Vx -help -he --help "-help link" help \
		"help link" "-4 help" ""; do
		same $o
	done
}

t_unknown() {
	for o in -x -v -k -Q -- --- --link -jsonx -- "-- -j addr" "-- addr" -brx -e2 "-" \
		"-fx inet addr" x.y "-4 -x" "-- -- addr"; do
		same $o
	done
	same_cmd 'IP "" 2>&1'
}

t_objects() {
	ref link set lo up	# TODO ipbox: 6.1 is silent about a main table that is not there yet
	for o in a ad addr address link l li r ro route \
		netns netn net bogus "nosuch show" ADDR "addr bogus" "route bogus" \
		"a bogus"; do
		same $o
	done
	ipb neigh 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip neigh yet"
	ipb rule 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip rule yet"
	for o in n ne neigh neighbour neighbor ru rule; do
		same $o
	done
}

# -b is -batch and needs its file; -br is brief
t_batch_brief() {
	echo 'addr show lo' > "$T/b"
	same -b "$T/b"
	same -ba "$T/b"
	same -b
}

t_netns_option() {
	ref netns add o1 || skip "no netns"
	ref -n o1 addr add 10.0.0.1/8 dev lo
	same -n o1 addr
	same -netns o1 -4 addr
	same -net o1 -j addr
	same --n o1 addr
	same -n nosuch addr
	same -n
	same -n o1
	echo 'addr show lo' > "$T/b"
	same -n o1 -batch "$T/b"
	ref netns del o1
}

t_printer_options() {
	veth va vb
	ref addr add 10.0.0.1/24 dev va
	ref link set va group 7
	for o in -s -st -stats -statistics "-s -s" -d -de -details "-d -d" -br -bri -brief "-br -o" \
		"-br -d" "-br -s" -N "-N -d" "-o -s" "-o -d" "-4 -br" "-0 -br" "-6 -br"; do
		same $o link
		same $o addr
	done
}

# usage texts on stderr, exit 255; errors that point to them
t_help() {
	for o in help -help "" "help link" "addr help" "a help" "address help x" "route help" \
		"r help" "link help" "link help veth" "link help bridge" "netns help" "rule help" \
		"neigh help" "n help" "link show help" "addr show help" "route show help" \
		"route list help" "rule show help" "neigh show help" "netns list help" \
		"addr add help" "route add help" "link add help" "link set help" \
		"addr flush help" "route get help" "addr bogus" "link bogus" "route bogus" \
		"rule bogus" "neigh bogus" "netns bogus" "addr add" "route add" "rule add" \
		"neigh add" "link add" "netns exec" "addr flush" "link set"; do
		same $o
	done
}

# -c: 6.1 colours even off a terminal (a bare -color is "always"); auto
# only on a terminal; never with -j; COLORFGBG picks the dark palette
t_color() {
	ipb -c link | grep -q "$(printf '\033')" || skip "CONFIG_COLOR is off"
	ref link set lo up
	veth va vb
	ref link set va up
	ref addr add 10.0.0.1/24 brd + dev va
	ref addr add 10.0.0.9 peer 10.0.0.10/32 dev va
	ref -6 addr add 2001:db8::1/64 dev va nodad
	ref route add 10.8.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3 dev va
	ref route add 10.9.0.0/16 via 10.0.0.2 src 10.0.0.1
	ref route add default via 10.0.0.2
	ref -6 route add 2001:db8:7::/64 from 2001:db8::/64 via 2001:db8::2
	ref neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev va
	ref neigh add 2001:db8::5 lladdr 02:00:00:00:00:06 dev va router
	ref rule add from 10.0.0.0/8 to 10.1.0.0/16 iif va oif vb table 9 prio 10
	ref -6 rule add from 2001:db8::/32 table 9 prio 11
	for a in link addr "-br link" "-br addr" "-o addr" "-d link" "-s link" "route show table all" \
		"-6 route show table all" "route get 10.8.0.1" neigh "-6 neigh" rule "-6 rule"; do
		for c in -c -color -color=always -c=always "-c -j" -c=auto -c=never; do
			same $c $a
		done
		COLORFGBG='15;0' same -c $a
		COLORFGBG='0;15' same -c $a
	done
}
