# ip -batch FILE and -force: iproute2's line cutting, failures, exit codes.

# bfile 'CONTENT': the batch file $T/b (printf format: \n \t \\ work)
bfile() { printf "$1" > "$T/b"; }

# fresh WHO ARGS...: WHO's ip in a new network namespace, then the state
# of that namespace (so mutating batches can be compared side by side)
fresh() {
	unshare --net sh -c '"$@"; rc=$?
		'"$IPREF"' addr; '"$IPREF"' route show table all; '"$IPREF"' -6 route show table all
		exit $rc' sh "$@"
}

# bsame ARGS...: iproute2 and ipbox each run "ip ARGS" in a fresh namespace
bsame() {
	fresh "$IPREF" "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	fresh "$IPBOX" ip "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "fresh ip $*" || exit 1
}

t_show_lines() {
	ref link set lo up	# 6.1 lists routes of a missing main table without a word; ipbox TODO
	bfile 'link show lo # a comment\n\n   # only a comment\n\t\nlink "show" '"'"'lo'"'"'\nroute show\nlink show \\\n lo\nlink show nosuch\nlink show lo\n'
	same -batch "$T/b"
	same -force -batch "$T/b"
	same -b "$T/b"
	same -batch "$T/b" -force	# options after -batch FILE still count
	same_cmd "IP -batch - < $T/b"
	same_cmd "IP -force -batch - < $T/b"
}

t_quoting() {
	for line in 'link show "a b"\n' "link show 'a\"b'\n" 'link show ""\n' \
		'link show "a b"x\n' 'link show a"b c"\n' 'link show "x#y"\n' \
		'link show "unterminated\nlink show lo\n' 'link\tshow\r zz\r\n' \
		'addr sh"ow" zz\n' "link show 'it''s'\n" 'link show zz\\' \
		'link show lo' '\0link show lo\n' 'link show lo\0 zz\n'; do
		bfile "$line"
		same -force -batch "$T/b"
	done
}

t_continuation() {
	for text in 'link show \\\n' 'link show \\\n lo\n' 'link show \\\n# c \\\n zz\n' \
		'link show zz # \\\nlink show yy\n' '\\\n\\\n\\\nlink show qq\n' \
		'link \\\nshow \\\nzz\nlink show yy\n' 'link show lo\\ \nlink show zz\n'; do
		bfile "$text"
		same -force -batch "$T/b"
	done
}

t_word_limit() {
	for n in 510 511 512; do
		{ printf 'link show'; i=2; while [ $i -lt $n ]; do printf ' x'; i=$((i + 1)); done; echo; } > "$T/b"
		same -batch "$T/b"
	done
}

t_failures() {
	bfile 'addr add 10.0.0.1/24 dev lo\naddr add 10.0.0.1/24 dev lo\naddr add 10.0.0.2/24 dev lo\n'
	bsame -batch "$T/b"
	bsame -force -batch "$T/b"
	bfile 'addr add 10.0.0.1/24 dev nosuch\naddr add 10.0.0.2/24 dev lo\nfoo\naddr add 10.0.0.3/24 dev lo\nip addr\n'
	bsame -batch "$T/b"
	bsame -force -batch "$T/b"
}

# invarg and friends exit: the rest of the batch never runs, -force or not
t_exit_ends_batch() {
	bfile 'addr add 10.0.0.1/24 dev lo\naddr add 10.0.0.2/24 dev lo bogus\naddr add 10.0.0.3/24 dev lo\n'
	bsame -batch "$T/b"
	bsame -force -batch "$T/b"
	bfile 'addr add 10.0.0.1/24 dev lo\naddr help\naddr add 10.0.0.3/24 dev lo\n'
	bsame -force -batch "$T/b"
	bfile 'addr add 10.0.0.1/24 dev lo\naddr add 1.2.3.4.5 dev lo\naddr add 10.0.0.3/24 dev lo\n'
	bsame -force -batch "$T/b"
}

t_many_lines() {
	i=0
	while [ $i -lt 300 ]; do
		echo "addr add 10.1.$((i / 250)).$((i % 250 + 1))/32 dev lo"
		i=$((i + 1))
	done > "$T/b"
	echo 'addr add 10.1.0.1/32 dev lo' >> "$T/b"
	bsame -force -batch "$T/b"
}

t_no_file() {
	same -batch "$T/nosuch"
	same -force -batch /
	same -batch
	same -force
}

# after "link show" 6.1's do_link stays: "addr show dev DEV" is then its
# iplink_get, which applies the other filter words to the link alone
t_link_listed_filters() {
	needs_config IP_ADDR_FILTERS
	bfile 'link show lo\naddr show dev lo type veth\naddr show dev lo label x\naddr show lo up\naddr show dev lo scope host\n'
	same -batch "$T/b"
	same -j -batch "$T/b"
}

# -4 holds for every line although "link show" switches to AF_PACKET
t_family_per_line() {
	ref addr add 10.0.0.1/8 dev lo
	ref addr add 2001:db8::1/64 dev lo
	ref route add 10.9.0.0/16 dev lo
	bfile 'addr show lo\nlink show lo\nroute\nlink show\nroute show table all\n'
	same -4 -batch "$T/b"
	same -6 -batch "$T/b"
	same -o -batch "$T/b"
}

# a name looked up on one line is still right after links changed
t_names_across_lines() {
	veth va vb
	bfile 'addr add 10.0.0.1/24 dev va\nlink del va\nlink add va type veth peer name vb\naddr add 10.0.0.2/24 dev va\naddr show dev va\n'
	ipb link del nosuch 2>&1 | grep -q 'unknown' && skip "ipbox has no ip link del yet"
	ipb -batch "$T/b" > "$T/o" 2>&1 || fail "batch: $(cat "$T/o")"
	ref -br addr show dev va | grep -q '10.0.0.2/24' || fail "10.0.0.2 is not on the new va"
}

t_json_lines() {
	ref addr add 10.0.0.1/8 dev lo
	bfile 'addr show\naddr show lo\nlink show nosuch\nlink show lo\nlink\n'
	same -j -force -batch "$T/b"
	same -j -p -force -batch "$T/b"
}

# netns add on one line, commands in it on the next ones (iproute2
# leaves the process in its own namespace after netns add)
t_netns_lines() {
	ipb netns list 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip netns yet"
	ipb link add 2>&1 | grep -q 'unknown' && skip "ipbox has no ip link add yet"
	bfile 'netns add b1\nlink add va type veth peer name vb\nlink set vb netns b1\naddr add 10.0.0.1/24 dev va\nnetns exec b1 ip addr add 10.0.0.2/24 dev vb\nnetns exec b1 ip -br addr\nnetns list\n'
	ipb -batch "$T/b" > "$T/ipb.out" 2> "$T/ipb.err" || fail "batch: $(cat "$T/ipb.err")"
	ref -br addr show dev va | grep -q '10.0.0.1/24' || fail "va not here"
	ref -n b1 -br addr show dev vb | grep -q '10.0.0.2/24' || fail "vb not in b1"
	grep -q '^vb@if[0-9]* .*10.0.0.2/24' "$T/ipb.out" || fail "netns exec output: $(cat "$T/ipb.out")"
	ref netns del b1
	ref link del va 2>/dev/null
	ref -batch "$T/b" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	ref netns del b1
	ref link del va 2>/dev/null
	ipb -batch "$T/b" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	# the second run gets new ifindexes and nsids (the first's are freed lazily)
	sed -i 's/@if[0-9]*/@ifN/; s/(id: [0-9]*)/(id: N)/' "$T/ref.out" "$T/ipb.out"
	_compare "netns batch" || exit 1
}

# a batch asks for no strict dump checks (as iproute2): the kernel ignores
# the filters it does not know and the printers must do the filtering
batch_filters_setup() {
	ref link set lo up
	veth va vb
	ref link set va up
	ref link set vb up
	ref addr add 10.0.0.1/24 dev va
	ref addr add 10.0.1.1/24 dev vb
	ref -6 addr add 2001:db8::1/64 dev va nodad
	ref route add 10.5.0.0/16 dev va table 5 proto static
	ref route add 10.6.0.0/16 via 10.0.0.2 proto 42
	ref route add 10.7.0.0/16 dev vb metric 7
	ref neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
	ref rule add from 10.9.0.0/16 table 5 prio 50
}

t_filters_nonstrict() {
	needs_config IP_ADDR_FILTERS
	batch_filters_setup
	printf '%s\n' route "route show table 5" "route show table all" "route show proto static" \
		"route show proto 42 table all" "route show dev vb" "route show dev va table all" \
		"route show table local dev va" "route show table 99" "route show type local table all" \
		"route get 10.0.0.9" "addr show dev va" "addr show" "addr show to 10.0.1.0/24" \
		"link show master va" "link show type veth" link > "$T/b"
	same -force -batch "$T/b"
	same -j -force -batch "$T/b"
	same -6 -force -batch "$T/b"
}

t_filters_nonstrict_neigh_rule() {
	ipb neigh 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip neigh yet"
	ipb rule 2>&1 | grep -q 'not implemented' && skip "ipbox has no ip rule yet"
	batch_filters_setup
	printf '%s\n' neigh "neigh show dev va" "neigh show dev vb" "neigh show 10.0.0.9" rule \
		"rule show table 5" "rule show pref 50" "-6 rule" > "$T/b"
	same -force -batch "$T/b"
	same -j -force -batch "$T/b"
}

# 6.1 never resets ip link's do_link: after "link show" in a batch, every
# "addr show" prints link headers as ip link does, and "addr show DEV"
# shows the link alone
t_link_then_addr() {
	needs_config IP_ADDR_FILTERS
	needs_config IP_ADDR_FLUSH
	veth va vb
	ref link set va alias 'al x'
	ref addr add 10.0.0.1/24 dev va
	ref -6 addr add 2001:db8::1/64 dev va nodad
	printf 'addr show\nlink show lo\naddr show\naddr show dev va\naddr show va up\naddr show to 10.0.0.0/8\nlink show\naddr\naddr flush dev vb\n' > "$T/b"
	for o in "" -4 -6 -s -d -j -br -o "-j -p" "-s -s" -0; do
		same $o -batch "$T/b"
	done
	same addr	# and not outside a batch
}

# random batch files from the characters the line cutter cares about:
# both ips must print, fail and stop alike (fixed seeds: repeatable)
t_random_lines() {
	command -v python3 > /dev/null || skip "no python3"
	IPREF=$IPREF IPBOX=$IPBOX T=$T python3 - <<'PY' || fail "random batch files differ"
import os, random, subprocess
alpha = ['link ', 'show ', 'lo', ' ', '\t', '"', "'", '#', '\\', '\n', 'q', '\r',
         'addr ', 'dev ', '\\\n', '\n\n', 'zz', '\x00', 'route ', 'help']
f = os.environ['T'] + '/rb'
bad = 0
for seed in range(150):
    rnd = random.Random(seed)
    open(f, 'w').write(''.join(rnd.choice(alpha) for _ in range(rnd.randint(1, 40))))
    for force in ([], ['-force']):
        r = subprocess.run([os.environ['IPREF']] + force + ['-batch', f], capture_output=True)
        i = subprocess.run([os.environ['IPBOX'], 'ip'] + force + ['-batch', f], capture_output=True)
        if (r.stdout, r.stderr, r.returncode) != (i.stdout, i.stderr, i.returncode):
            bad += 1
            if bad < 3:
                print(repr(open(f).read()), r.stderr[:200], r.returncode, i.stderr[:200], i.returncode)
raise SystemExit(1 if bad else 0)
PY
}
