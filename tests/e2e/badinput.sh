# The bad-input table (tests/e2e/badinput.tbl): malformed commands across
# every applet.  For each line, in a namespace prepared by bad_setup:
#   - iproute2 must exit with the table's code and print the table's first
#     stderr line (so the table documents iproute2 6.1's own texts),
#   - ipbox must print the same stdout and stderr and exit the same (same),
#   - the namespace's links, addresses, routes, rules and /run/netns
#     (state) must be unchanged after each of them.
# Lines marked xfail are known ipbox differences: they are printed as
# XFAIL (and XPASS once fixed) and do not fail the test.  Regenerate the
# expected columns with tests/badinput-gen.sh after adding lines.

bad_setup() {
	ref link set lo up
	veth va vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref route add 10.9.0.0/16 via 10.0.0.2
	ref rule add pref 100 from 10.5.0.0/16 table 100
	ref netns add ns1 > /dev/null
}

# full state: state() plus rules and the netns mounts
bad_state() {
	state
	ref rule show
	ref -6 rule show
	grep ' /run/netns' /proc/self/mountinfo | cut -d' ' -f5 | sort
}

# bad_table GROUP: every line whose command starts with GROUP's words
bad_table() {
	bad_setup
	settle va vb 2>/dev/null
	bad_state > "$T/state0"
	n=0 bad=0 xfail=0
	tab=$(printf '\t')
	while IFS="$tab" read -r want_rc mark want_err args; do
		case $want_rc in ''|'#'*) continue ;; esac
		eval "set -- $args"
		bad_group "$@" || continue
		n=$((n + 1))
		ref "$@" < /dev/null > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		got=$(head -n 1 "$T/ref.err")
		if [ "$ref_rc" != "$want_rc" ] || [ "$got" != "$want_err" ]; then
			echo "TABLE: iproute2 says $ref_rc '$got' to: ip $args (table: $want_rc '$want_err')"
			bad=$((bad + 1))
		fi
		bad_state > "$T/state1"
		cmp -s "$T/state0" "$T/state1" || { echo "TABLE: iproute2 changed the state: ip $args"; bad=$((bad + 1)); }
		ipb "$@" < /dev/null > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
		bad_state > "$T/state2"
		ok=1
		( _compare ip "$args" ) > "$T/cmp" 2>&1 || ok=0
		if ! cmp -s "$T/state0" "$T/state2"; then
			ok=0
			echo "state changed by: ip $args" >> "$T/cmp"
			diff "$T/state0" "$T/state2" | head -n 10 >> "$T/cmp"
			bad_setup_again
		fi
		# one line per difference: what differs, iproute2's line, ipbox's
		why=$(grep -v '^[-+][-+][-+] ' "$T/cmp" | grep -E '^(stdout|stderr|exit|state)|^[-+]' |
			head -n 3 | tr '\n' ' ' | cut -c1-300)
		if [ $ok = 1 ] && [ "$mark" = xfail ]; then
			echo "XPASS: ip $args (drop its xfail mark)"
		elif [ $ok = 0 ] && [ "$mark" = xfail ]; then
			xfail=$((xfail + 1))
			echo "XFAIL: ip $args: $why"
		elif [ $ok = 0 ]; then
			bad=$((bad + 1))
			echo "BAD: ip $args: $why"
		fi
	done < tests/e2e/badinput.tbl
	echo "$GROUP_NAME: $n cases, $bad failed, $xfail known (xfail)"
	[ $n -gt 0 ] || skip "no cases"
	[ $bad = 0 ] || fail "$bad of $n bad-input cases"
}

# ipbox changed something: rebuild the namespace, so later cases compare
# against a clean state
bad_setup_again() {
	for l in $(ls /sys/class/net); do [ "$l" = lo ] || ref link del "$l" 2>/dev/null; done
	ref rule del pref 100 2>/dev/null
	for n in $(ls /run/netns 2>/dev/null); do ref netns del "$n" 2>/dev/null; done
	bad_setup > /dev/null 2>&1
	settle va vb 2>/dev/null
	bad_state > "$T/state0"
}

# the lines of a group: by the first word (an object), or global options
bad_global() {
	case ${1-} in link|addr|netns|route|rule|neigh) return 1 ;; esac
	return 0
}

t_global() { GROUP_NAME=global; bad_group() { bad_global "$@"; }; bad_table; }
t_link() { GROUP_NAME=link; bad_group() { [ "$1" = link ]; }; bad_table; }
t_addr() { needs_config IP_ADDR_FILTERS; needs_config IP_ADDR_FLUSH; needs_config IP_ADDR_LIFETIME; GROUP_NAME=addr; bad_group() { [ "$1" = addr ]; }; bad_table; }
t_netns() { GROUP_NAME=netns; bad_group() { [ "$1" = netns ]; }; bad_table; }
t_route() { GROUP_NAME=route; bad_group() { [ "$1" = route ]; }; bad_table; }
t_rule() { GROUP_NAME=rule; bad_group() { [ "$1" = rule ]; }; bad_table; }
t_neigh() { GROUP_NAME=neigh; bad_group() { [ "$1" = neigh ]; }; bad_table; }

# an error text over 1 KiB is printed whole, with its newline (6.1's
# fprintf); ipbox once cut it at 1023 bytes
t_long_error() {
	ref link set lo up
	long=$(printf '%02000d' 7)
	same route add 10.1.0.0/24 dev lo table "x$long"
	same netns exec "$long" true
	[ "$(wc -c < "$T/ipb.err")" -gt 1024 ] || fail "short: $(wc -c < "$T/ipb.err")"
}
