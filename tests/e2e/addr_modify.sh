# ip address add/change/replace/del/flush: each command is run by ipbox
# on one device and by iproute2 on a twin device; output, exit code and
# the addresses the kernel then holds must match.

twins() {
	veth a1 a2
	veth r1 r2
	ref link set a1 up
	ref link set r1 up
}

# addresses of a device, its name replaced by DEV, countdowns dropped
addrs_of() {
	ref addr show dev "$1" | sed -n 's/'"$1"'/DEV/g; s/ \(valid\|preferred\)_lft [0-9]*sec//g; /inet/,$p'
}

# both 'add 10.0.0.1/24 dev DEV': ipbox on a1, iproute2 on r1
both() {
	a=$(echo "$*" | sed 's/DEV/a1/g')
	r=$(echo "$*" | sed 's/DEV/r1/g')
	# shellcheck disable=SC2086
	ref $r > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	# shellcheck disable=SC2086
	ipb $a > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	sed -i 's/r1/a1/g; s/^[0-9]*: a1 /N: a1 /' "$T/ref.out" "$T/ref.err"
	sed -i 's/^[0-9]*: a1 /N: a1 /' "$T/ipb.out"
	_compare "$*" || exit 1
	addrs_of r1 > "$T/ref.state"
	addrs_of a1 > "$T/ipb.state"
	cmp -s "$T/ref.state" "$T/ipb.state" || { diff -u "$T/ref.state" "$T/ipb.state"; fail "state after: $*"; }
}

t_add_forms() {
	no_addr_lifetime && skip "CONFIG_IP_ADDR_LIFETIME is off"
	twins
	both addr add 10.0.0.1/24 dev DEV
	both addr add 10.0.0.2/255.255.255.0 dev DEV
	both addr add 10.0.1.1/24 brd + dev DEV
	both addr add 10.0.2.1/24 brd - dev DEV
	both addr add 10.0.3.1/24 broadcast 10.0.3.200 dev DEV
	both addr add 10.0.4.1/31 brd + dev DEV
	both addr add 10.0.5.1 peer 10.0.5.2 dev DEV
	both addr add 10.0.6.1 peer 10.0.6.0/24 dev DEV
	both addr add 10.0.7.1/24 dev DEV label DEV:1
	both addr add 10.0.8.1/24 dev DEV label DEV:foo scope link
	both addr add 10.0.9.1/24 dev DEV scope host
	both addr add 10.0.10.1/24 dev DEV scope 100
	both addr add 127.0.0.9/8 dev DEV
	both addr add 10.0.11.1/24 dev DEV metric 77
	both addr add 10.0.12.1/24 dev DEV priority 5
	both addr add 10.0.13.1/24 dev DEV noprefixroute
	both addr add 10.0.14.1/24 dev DEV valid_lft forever preferred_lft forever
	both addr add 10.0.15.1/24 dev DEV valid_lft 1000 preferred_lft 500
	both addr add 1.2.3/24 dev DEV
	both addr add 010.1.1.1/24 dev DEV
	both addr add 0x0b.1.1.1/24 dev DEV
	both addr add local 10.0.16.1/24 dev DEV
	both addr add 10.0.17.1/24 dev DEV anycast 10.0.17.9
	both -4 addr add 10.0.18.1/24 dev DEV
	both addr add 2001:db8::1/64 dev DEV nodad
	both addr add 2001:db8:1::1/64 dev DEV nodad noprefixroute
	both addr add 2001:db8:2::1/64 dev DEV nodad home mngtmpaddr
	both addr add 2001:db8:3::1/64 dev DEV nodad valid_lft 300 preferred_lft 100
	both addr add 2001:db8:4::1/64 dev DEV nodad metric 9
	both addr add 2001:db8:5::1 peer 2001:db8:5::2/128 dev DEV nodad
	both addr add 2001:db8:6::1/64 dev DEV optimistic
	both -6 addr add 2001:db8:7::1/64 dev DEV nodad
	both addr add ff0e::1/128 dev DEV autojoin
	both a a 10.0.19.1/24 dev DEV
}

t_warnings() {
	twins
	both addr add 10.1.0.1/24 dev DEV nodad
	both addr add 10.1.0.2/24 dev DEV home
	both addr add 10.1.0.3/24 dev DEV mngtmpaddr
	both addr add 10.1.0.4/24 dev DEV optimistic
	both addr add 10.1.0.5/24 dev DEV secondary
	both addr add 10.1.0.6/24 dev DEV permanent
	both addr add 10.1.0.7/24 dev DEV dadfailed
	both addr add 2001:db8::7/64 dev DEV stable-privacy nodad
}

t_alias_dev() {
	twins
	both addr add 10.2.0.1/24 dev DEV:1
	both addr add 10.2.0.2/24 dev DEV:1 label DEV:1
	both addr del 10.2.0.2/24 dev DEV:1
}

t_change_replace() {
	no_addr_lifetime && skip "CONFIG_IP_ADDR_LIFETIME is off"
	twins
	both addr add 10.3.0.1/24 dev DEV
	both addr change 10.3.0.1/24 dev DEV valid_lft 500 preferred_lft 100
	both addr chg 10.3.0.1/24 dev DEV metric 7
	both addr change 10.3.0.9/24 dev DEV
	both addr replace 10.3.0.1/24 dev DEV valid_lft forever preferred_lft forever
	both addr replace 10.3.0.2/24 dev DEV
	both addr add 10.3.0.2/24 dev DEV
	both addr add 2001:db8:9::1/64 dev DEV nodad
	both addr change 2001:db8:9::1/64 dev DEV nodad noprefixroute
	both addr replace 2001:db8:9::1/64 dev DEV nodad valid_lft 100 preferred_lft 100
}

t_delete() {
	twins
	both addr add 10.4.0.1/24 dev DEV
	both addr add 10.4.0.2/24 dev DEV
	both addr add 10.4.0.3/24 dev DEV
	both addr add 2001:db8:a::1/64 dev DEV nodad
	both addr del 10.4.0.3/24 dev DEV
	both addr del 10.4.0.2 dev DEV
	both addr delete 10.4.0.9/24 dev DEV
	both addr d 2001:db8:a::1/64 dev DEV
	both addr del 2001:db8:a::1/64 dev DEV
	both addr del 10.4.0.1/24 dev DEV
	both addr del dev DEV
}

t_primary_secondaries() {
	twins
	both addr add 10.5.0.1/24 dev DEV
	both addr add 10.5.0.2/24 dev DEV
	both addr add 10.5.0.3/24 dev DEV
	both addr del 10.5.0.1/24 dev DEV
}

# CONFIG_IP_ADDR_FLUSH off: "flush" is refused
no_flush() { config_off IP_ADDR_FLUSH; }

t_flush() {
	no_flush && skip "CONFIG_IP_ADDR_FLUSH is off"
	no_addr_filters && skip "CONFIG_IP_ADDR_FILTERS is off"
	same addr flush
	twins
	for d in a1 r1; do
		ref addr add 10.6.0.1/24 dev $d
		ref addr add 10.6.0.2/24 dev $d
		ref addr add 10.7.0.1/24 dev $d label $d:x
		ref addr add 2001:db8:b::1/64 dev $d nodad
		ref addr add 2001:db8:c::1/64 dev $d nodad
	done
	both addr flush dev DEV label DEV:x
	both -s addr flush dev DEV to 2001:db8:b::/48
	both -s -s addr flush dev DEV secondary
	both -s addr flush dev DEV scope host
	both addr flush dev DEV -6
	both -4 addr flush dev DEV
	both -6 addr flush dev DEV
	both -s addr flush dev DEV
}

t_flush_rounds() {
	no_flush && skip "CONFIG_IP_ADDR_FLUSH is off"
	no_addr_filters && skip "CONFIG_IP_ADDR_FILTERS is off"
	twins
	for d in a1 r1; do
		ref addr add 10.8.0.1/24 dev $d
		ref addr add 10.8.0.2/24 dev $d
		ref addr add 10.8.1.1/24 dev $d
	done
	both -s addr flush dev DEV primary
	both -s addr flush dev DEV
	for d in a1 r1; do
		ref addr add 10.9.0.1/24 dev $d
		ref addr add 10.9.1.1/24 dev $d label $d:y
	done
	both -s -s addr flush to 10.9.0.0/24 dev DEV
	both -s addr flush label 'DEV:*'
	both -s addr flush label 'DEV:*'
	for d in a1 r1; do
		ref addr add 10.9.2.1/24 dev $d
		ref addr add 10.9.2.2/24 dev $d
	done
	both -loops 1 -s addr flush dev DEV
	for d in a1 r1; do
		ref addr add 10.9.2.1/24 dev $d
	done
	both -loops 0 -s addr flush dev DEV
}

t_bad_input() {
	needs_config IP_ADDR_LIFETIME
	twins
	ref addr add 10.10.0.1/24 dev a1
	before=$(state)
	for args in "addr add 10.0.0.1/33 dev a1" "addr add 10.0.0.256/24 dev a1" "addr add 1.2.3.4.5 dev a1" \
		"addr add bogus dev a1" "-4 addr add 2001:db8::1/64 dev a1" "-6 addr add 10.0.0.1/24 dev a1" \
		"addr add 10.0.0.1/24" "addr add" "addr del" "addr add 10.0.0.1/24 dev nosuch" \
		"addr add 10.0.0.1/24 dev" "addr add 10.10.0.1/24 dev a1" "addr del 10.11.0.1/24 dev a1" \
		"addr add 10.0.0.1/24 dev a1 scope bogus" "addr add 10.0.0.1/24 dev a1 metric abc" \
		"addr add 10.0.0.1/24 dev a1 valid_lft abc" "addr add 10.0.0.1/24 dev a1 preferred_lft -1" \
		"addr add 10.0.0.1/24 dev a1 valid_lft 0" "addr add 10.0.0.1/24 dev a1 valid_lft 10 preferred_lft 20" \
		"addr add 10.0.0.1/24 dev a1 valid_lft 10 valid_lft 20" "addr add 10.0.0.1/24 brd + brd - dev a1" \
		"addr add 2001:db8::1/64 brd + dev a1" "addr add 10.0.0.1/24 10.0.0.2/24 dev a1" \
		"addr add 10.0.0.1 peer 1.1.1.1 peer 2.2.2.2 dev a1" "addr add 10.0.0.1/24 dev a1 autojoin" \
		"addr add 10.0.0.1/24 dev a1 anycast 1.1.1.1 anycast 2.2.2.2" "addr add 10.0.0.1/24 broadcast bogus dev a1" \
		"addr add dev a1" "addr add 10.0.0.1/24 dev a1 help" "addr bogus" "addr help" "addr add 10.0.0.1/24 dev a1 label" \
		"addr add 10.0.0.1/24 dev a1 peer" "addr add 10.0.0.1/24 dev a1 peer 1.1.1.1/33" \
		"addr add 10.0.0.1/24 dev a1 valid_lft" "addr add ::1/129 dev a1" "addr add 10.0.0.1/255.0.255.0 dev a1"; do
		# shellcheck disable=SC2086
		same $args
	done
	[ "$(state)" = "$before" ] || fail "state changed"
}

t_abbreviations() {
	twins
	both a add 10.12.0.1/24 dev DEV
	both ad ad 10.12.0.2/24 dev DEV
	both addr d 10.12.0.2/24 dev DEV
	both address del 10.12.0.1/24 dev DEV
	both a r 10.12.0.3/24 dev DEV
	both a change 10.12.0.3/24 dev DEV
	no_flush || both a f dev DEV
}

t_save_restore() {
	needs_config IP_ADDR_SAVE
	twins
	ref link set lo up
	ref addr add 10.13.0.1/24 dev a1 label a1:s
	ref addr add 2001:db8:d::1/64 dev a1 nodad
	ref addr save > "$T/ref.dump" || fail "iproute2 save"
	ipb addr save > "$T/ipb.dump" || fail "ipbox save"
	ipb addr save dev a1 > "$T/ipb.dev.dump" || fail "ipbox save dev"
	ipb -4 addr save > "$T/ipb.4.dump" || fail "ipbox save -4"
	for f in ref ipb ipb.dev ipb.4; do
		same_cmd "IP addr showdump < $T/$f.dump"
		same_cmd "IP -o addr showdump < $T/$f.dump"
		same_cmd "IP -j addr showdump < $T/$f.dump"
	done
	# each side's dump shows the same as the other's
	ref addr showdump < "$T/ref.dump" > "$T/a" && ref addr showdump < "$T/ipb.dump" > "$T/b" &&
		cmp -s "$T/a" "$T/b" || fail "save differs from iproute2's"
	same_cmd "IP addr restore < $T/ipb.dump"
	ref addr flush dev a1
	ipb addr restore < "$T/ipb.dev.dump" || fail "restore"
	same a show dev a1
	echo garbage > "$T/bad.dump"
	head -c 30 "$T/ref.dump" > "$T/short.dump"
	for f in bad short; do
		same_cmd "IP addr showdump < $T/$f.dump"
		same_cmd "IP addr restore < $T/$f.dump"
	done
	same addr save dev nosuch
}

t_odd_forms() {
	twins
	L=$(printf 'x%.0s' $(seq 200))
	both addr add 1.2.3.4/24 dev aaaaaaaaaaaaaaaaaaaa
	both addr add 1.2.3.4/24 dev "$L"
	both addr add 1.2.3.4/24 dev DEV label aaaaaaaaaaaaaaaaaaaaaa
	both addr add 1.2.3.4/24 dev DEV label "DEV:$L"
	if ! no_addr_lifetime; then
		both addr add 1.2.3.4/24 dev DEV metric 4294967296
		both addr add 1.2.3.4/24 dev DEV metric 0x10
		both addr add 1.2.3.5/24 dev DEV valid_lft 4294967295 preferred_lft 100
		both addr add 1.2.3.7 dev DEV pref 5
		both addr add 1.2.3.8 dev DEV v 100
	fi
	both addr add 1.2.3.5/24 dev DEV scope 256
	both addr add 1.2.3.6/24 dev DEV scope -1
	both addr add 1.2.3.9/24 dev DEV b 1.2.3.255
	both addr add 224.0.0.9/24 dev DEV autojoin
	both addr add 2001:db8::1/64 dev DEV autojoin
	both addr add 1.2.3.10/24 dev DEV remote 5.6.7.8/30
	both addr add 0/0 dev DEV
	both addr add default dev DEV
	both addr add any dev DEV
	both -6 addr add default dev DEV
	both addr add 1.2.3.11/24 dev a2 dev DEV
	both addr add 1.2.3.12/24 local 1.2.3.13/24 dev DEV
	both addr add 1.2.3.14/24 dev DEV label
	both addr change 9.9.9.9/24 dev DEV
	both addr del 1.2.3.4/24 dev DEV label DEV
	both addr del 1.2.3.7 dev DEV scope host
	both addr del 1.2.3.8 dev DEV
}

t_batch() {
	cat > "$T/addr.batch" <<-EOF
	addr add 10.14.0.1/24 dev lo
	addr add 10.14.0.2/24 dev lo label lo:b
	addr show label lo:b
	addr show dev lo
	addr del 10.14.0.1/24 dev lo
	addr show
	addr flush dev lo label lo:b
	addr show up
	addr add 10.14.0.3/24 dev lo
	addr add 10.14.0.3/24 dev lo
	addr show dev lo
	EOF
	for opts in "" "-4" "-6" "-o" "-j" "-force"; do
		# shellcheck disable=SC2086
		same_cmd "IP $opts -batch $T/addr.batch; IP addr flush dev lo"
	done
}
