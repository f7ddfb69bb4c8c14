# Honest builds (issue 14, point 11): a word whose feature the build left
# out is refused with one line, 'ip: option "-json" is not in this build'
# or 'ip: "flush" is not in this build', and the applet's exit code for a
# bad word (ip 255, ping 2), before anything is touched.  Where the build
# has the feature, ip does what iproute2 6.1 does.
#
# Each case below runs against the binary under test and the builds that
# make check puts in $(BUILD)/cfg/ (tiny, bare, objects: see Makefile).
# A case is "NEEDS<TAB>CHECK<TAB>ARGS": NEEDS lists SYMBOL:WORD in the
# order the command meets them; the first SYMBOL a build has off must be
# refused as WORD.  In a build with all of them, CHECK says what to do:
#   same  ip ARGS gives what iproute2 gives (stdout, stderr, exit code)
#   run   ARGS just runs (not refused; iproute2 differs or changes state)
#   off   nothing (it would not end: netns monitor)
# ARGS starting with "ping" run ping.  Commands read /dev/null as input.

unbuilt_cases() {
	cat <<'EOF'
JSON:-json IP_ADDR:address	same	-j addr show dev lo
JSON:-json IP_LINK:link	same	-json -p link show lo
IP_RESOLVE:-resolve IP_ADDR:address	same	-r addr show dev lo
IP_BATCH:-batch	same	-batch /nonexistent
IP_BATCH:-batch	same	-force -b /nonexistent
IP_NETNS:-netns IP_LINK:link	same	-n ns1 link show lo
COLOR:-color IP_LINK:link	same	-c link show lo
COLOR:-color IP_LINK:link	same	-color=always link show lo
IP_LINK:link	same	-c=never link show lo
IP_LINK:link	same	-p link show lo
IP_LINK:link	same	-s -br link show lo
IP_LINK:link IP_LINK_STATS:-statistics	same	-s link show lo
JSON:-json IP_LINK:link IP_LINK_STATS:-statistics	same	-stats -j link show lo
IP_ADDR:address IP_LINK_STATS:-statistics	same	-s addr show dev lo
IP_LINK:link IP_LINK_DETAILS:-details	same	-d link show lo
IP_ADDR:address IP_LINK_DETAILS:-details	same	-d addr show dev lo
IP_ROUTE:route	same	route show table main
IP_ROUTE:route	same	r
IP_RULE:rule	same	ru
IP_NEIGH:neighbor	same	n show
IP_NEIGH:neighbour	same	neighbour show
IP_LINK:link	same	l show lo
IP_ADDR:address	same	a show dev lo
IP_NETNS:netns	same	netns list
IP_LINK:link IP_LINK_EXTRA:promisc	same	link set va promisc on
IP_LINK:link IP_LINK_EXTRA:master	same	link set dev va ma vb
IP_LINK:link IP_LINK_EXTRA:nomaster	same	link set va nomaster
IP_LINK:link IP_LINK_EXTRA:alias	same	link set va alias hello
IP_LINK:link IP_LINK_EXTRA:group	same	link set va group 0
IP_LINK:link IP_LINK_EXTRA:addrgenmode	same	link set va addrgenmode eui64
IP_LINK:link IP_LINK_EXTRA:gso_max_size	same	link set va gso_max_size 65536
IP_LINK:link IP_LINK_EXTRA:xdp	run	link set va xdp off
IP_LINK:link IP_LINK_EXTRA:index	same	link add x index 0 type veth
IP_LINK:link IP_LINK_EXTRA:alias	run	link add x type veth peer name y alias z
IP_LINK:link IP_LINK_EXTRA:type	same	link show type veth
IP_LINK:link IP_LINK_EXTRA:master	same	link show master va
IP_LINK:link IP_LINK_EXTRA:nomaster	same	link show nomaster
IP_LINK:link IP_LINK_EXTRA:group	same	link show group 0
IP_LINK:link IP_LINK_EXTRA:vrf	same	link show vrf va
IP_LINK:link	same	link show up
IP_LINK:link IP_LINK_BRIDGE:bridge	same	link add b0 type bridge stp_state abc
IP_LINK:link IP_LINK_BRIDGE:bridge	same	link help bridge
IP_LINK:link IP_LINK_BRIDGE:bridge_slave	same	link set va type bridge_slave cost 5
IP_LINK:link IP_LINK_VXLAN:vxlan	same	link add vx type vxlan id 16777216
IP_LINK:link IP_LINK_MACVLAN:macvlan	same	link add mv link va type macvlan mode bogus
IP_LINK:link IP_LINK_VLAN:vlan	same	link add v5 link va type vlan id abc
IP_LINK:link IP_LINK_BOND:bond	same	link add b0 type bond mode bogus
IP_LINK:link IP_LINK_BOND:bond	same	link help bond
IP_LINK:link IP_LINK_BOND:bond_slave	same	link set va type bond_slave queue_id x
IP_LINK:link IP_LINK_VRF:vrf	same	link add v0 type vrf table bogus
IP_LINK:link IP_LINK_IPVLAN:ipvlan	same	link add i0 link va type ipvlan mode l4
IP_LINK:link IP_LINK_IPVLAN:ipvtap	same	link add i0 link va type ipvtap bogus
IP_LINK:link IP_LINK_VRF:vrf_slave	same	link set va type vrf_slave x
IP_ADDR:address IP_ADDR_FLUSH:flush	same	addr flush dev vb
IP_ADDR:address IP_ADDR_FLUSH:flush	same	a f dev vb
IP_ADDR:address IP_ADDR_SAVE:save	run	addr save dev vb
IP_ADDR:address IP_ADDR_SAVE:showdump	same	addr showdump
IP_ADDR:address IP_ADDR_SAVE:restore	same	addr restore
IP_ADDR:address IP_ADDR_LIFETIME:valid_lft	same	addr replace 10.0.0.1/24 dev va valid_lft forever
IP_ADDR:address IP_ADDR_LIFETIME:preferred_lft	same	addr replace 10.0.0.1/24 dev va preferred_lft forever
IP_ADDR:address IP_ADDR_LIFETIME:metric	same	addr replace 10.0.0.1/24 dev va metric 5
IP_ADDR:address IP_ADDR_LIFETIME:priority	same	addr replace 10.0.0.1/24 dev va pri 5
IP_ADDR:address IP_ADDR_FILTERS:to	same	addr show to 10.0.0.0/8
IP_ADDR:address IP_ADDR_FILTERS:scope	same	addr show scope host
IP_ADDR:address IP_ADDR_FILTERS:up	same	addr show up
IP_ADDR:address IP_ADDR_FILTERS:label	same	addr show label va
IP_ADDR:address IP_ADDR_FILTERS:permanent	same	addr show permanent
IP_ADDR:address IP_ADDR_FILTERS:dynamic	same	addr show dev va -dynamic
IP_ADDR:address IP_ADDR_FILTERS:master	same	addr show master va
IP_ADDR:address IP_ADDR_FILTERS:type	same	addr show type veth
IP_ADDR:address IP_ADDR_FILTERS:group	same	addr show group 0
IP_NETNS:netns IP_NETNS_EXTRA:list-id	same	netns list-id
IP_NETNS:netns IP_NETNS_EXTRA:identify	same	netns identify
IP_NETNS:netns IP_NETNS_EXTRA:pids	same	netns pids ns1
IP_NETNS:netns IP_NETNS_EXTRA:set	run	netns set ns1 7
IP_NETNS:netns IP_NETNS_EXTRA:attach	same	netns attach x 999999
IP_NETNS:netns IP_NETNS_MONITOR:monitor	off	netns monitor
IP_ROUTE:route IP_ROUTE_MULTIPATH:nexthop	same	route replace 10.8.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3
PING6:-6	run	ping -6 -c 1 ::1
PING_EXTRA:-f	run	ping -f -c 1 127.0.0.1
PING_EXTRA:-D	run	ping -D -c 1 127.0.0.1
PING_EXTRA:-O	run	ping -O -c 1 127.0.0.1
PING_EXTRA:-p	run	ping -c 1 -p ff 127.0.0.1
PING_EXTRA:-M	run	ping -c 1 -M do 127.0.0.1
PING_EXTRA:-m	run	ping -c 1 -m 5 127.0.0.1
PING_EXTRA:-S	run	ping -c 1 -S 9000 127.0.0.1
PING_EXTRA:-v	run	ping -vc 1 127.0.0.1
EOF
}

unbuilt_setup() {
	ref link set lo up
	veth va vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref netns add ns1 > /dev/null
	settle va vb
}

# BIN's build has CONFIG_SYM on (its config.h beside it)
sym_on() { grep -q "^#define CONFIG_$2 1" "$(dirname "$1")/config.h"; }

# unbuilt BIN: every case against BIN; refusals first, then state
# unchanged, then the cases BIN has all the features of
unbuilt() {
	bin=$1
	[ -x "$bin" ] || skip "no $bin (make check builds it)"
	unbuilt_setup
	state > "$T/state0"
	tab=$(printf '\t')
	n_off=0 n_on=0 bad=0
	unbuilt_cases > "$T/cases"
	while IFS="$tab" read -r needs check args; do
		off=""
		for nw in $needs; do
			sym_on "$bin" "${nw%%:*}" || { off=${nw#*:}; break; }
		done
		[ -n "$off" ] || continue
		n_off=$((n_off + 1))
		eval "set -- $args"
		app=ip want_rc=255
		[ "$1" = ping ] && { app=ping; want_rc=2; shift; }
		case $off in -*) want="$app: option \"$off\" is not in this build" ;;
			     *) want="$app: \"$off\" is not in this build" ;; esac
		"$bin" $app "$@" < /dev/null > "$T/out" 2> "$T/err"; rc=$?
		if [ $rc != $want_rc ] || [ "$(cat "$T/err")" != "$want" ] || [ -s "$T/out" ]; then
			echo "BAD: $app $args: exit $rc, stderr '$(cat "$T/err")', stdout $(wc -c < "$T/out") bytes;" \
				"want $want_rc '$want'"
			bad=$((bad + 1))
		fi
	done < "$T/cases"
	state > "$T/state1"
	cmp -s "$T/state0" "$T/state1" || { diff "$T/state0" "$T/state1" | head; fail "a refused command changed the state"; }

	IPBOX=$bin
	while IFS="$tab" read -r needs check args; do
		on=1
		for nw in $needs; do sym_on "$bin" "${nw%%:*}" || on=0; done
		[ $on = 1 ] || continue
		n_on=$((n_on + 1))
		eval "set -- $args"
		: > "$T/err"
		case $1:$check in
		ping:*) "$bin" "$@" < /dev/null > "$T/out" 2> "$T/err" ;;
		*:same) ( same "$@" < /dev/null ) > "$T/err" 2>&1 || { echo "BAD (not as 6.1):"; cat "$T/err"; bad=$((bad + 1)); } ;;
		*:run) ipb "$@" < /dev/null > "$T/out" 2> "$T/err" ;;
		esac
		if grep -q 'not in this build' "$T/err"; then
			echo "BAD: $args refused by a build that has it: $(cat "$T/err")"
			bad=$((bad + 1))
		fi
	done < "$T/cases"
	echo "$(basename "$(dirname "$bin")"): $n_off refused, $n_on with the feature, $bad bad"
	[ $bad = 0 ] || fail "$bad cases"
	[ $((n_off + n_on)) -gt 0 ] || fail "no cases"
}

cfg_bin() { echo "$(dirname "$IPBOX")/cfg/$1/ipbox"; }

t_under_test() { unbuilt "$IPBOX"; }
t_tiny() { unbuilt "$(cfg_bin tiny)"; }
t_bare() { unbuilt "$(cfg_bin bare)"; }
t_objects() { unbuilt "$(cfg_bin objects)"; }

# ping's targets: an IPv6 address without PING6, a name without
# PING_HOSTNAMES; an applet left out; the old errors stay where 6.1 has them
t_ping_targets() {
	for bin in "$IPBOX" "$(cfg_bin tiny)" "$(cfg_bin bare)"; do
		[ -x "$bin" ] || continue
		IPBOX=$bin
		sym_on "$bin" PING6 ||
			expect 2 "ping: ::1: IPv6 is not in this build" "$bin" ping -c 1 ::1
		sym_on "$bin" PING_HOSTNAMES ||
			expect 2 "ping: localhost: host names are not in this build" "$bin" ping -c 1 localhost
		expect 2 "ping: option -Q is not supported by this ping" "$bin" ping -Q 1 127.0.0.1
	done
}

# words 6.1 does not know keep 6.1's errors in every build
t_unknown_words() {
	for bin in "$IPBOX" "$(cfg_bin tiny)" "$(cfg_bin bare)" "$(cfg_bin objects)"; do
		[ -x "$bin" ] || continue
		expect 255 'Option "-bogus" is unknown, try "ip -help".' "$bin" ip -bogus link
		expect 1 'Object "bogus" is unknown, try "ip help".' "$bin" ip bogus
		expect 255 'Option "-c=bogus" is unknown, try "ip -help".' "$bin" ip -c=bogus link
		if sym_on "$bin" IP_ADDR; then
			expect 255 'Command "bogus" is unknown, try "ip address help".' "$bin" ip addr bogus
		fi
		if sym_on "$bin" IP_NETNS; then
			expect 255 'Command "bogus" is unknown, try "ip netns help".' "$bin" ip netns bogus
		fi
	done
}

# ip link's second table (link_parse.c) and the word list that refuses its
# words without IP_LINK_EXTRA agree, word for word and on '*' (a prefix
# will do: the P rows); a build without it refuses each of them
t_link_extra_words() {
	table=$(sed -n '/^}, link_kw_extra\[\] = {/,/^};/p' applets/ip/link_parse.c |
		grep -o '{ "[^"]\+", [^,]*' | sed 's/{ "\([^"]*\)", \(.*\)/\1 \2/' |
		while read -r w id; do case $id in *'| P'*) printf '%s* ' "$w" ;; *) printf '%s ' "$w" ;; esac; done)
	list=$(sed -n '/^static const char link_kw_extra_words\[\] =/,/;$/p' applets/ip/link_parse.c |
		grep -o '"[^"]*"' | tr -d '"' | tr -d '\n')
	[ -n "$table" ] && [ "$table" = "$list " ] || fail "link_kw_extra: '$table'; its word list: '$list'"
	bin=$(cfg_bin tiny)
	[ -x "$bin" ] || skip "no $bin"
	sym_on "$bin" IP_LINK_EXTRA && skip "tiny has IP_LINK_EXTRA"
	for w in $list; do
		w=${w%\*}
		expect 255 "ip: \"$w\" is not in this build" "$bin" ip link set dev lo "$w" x
	done
	# an abbreviation where 6.1 takes one, a device name where it does not
	expect 255 'ip: "master" is not in this build' "$bin" ip link set dev lo ma x
	expect 255 'Error: either "dev" is duplicate, or "pro" is a garbage.' "$bin" ip link set dev lo pro
}
