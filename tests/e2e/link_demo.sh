# make demo (tests/demo.sh): the tutorial replayed with ipbox prints what
# it prints with iproute2, up to the random MAC addresses and the operstate
# of an end whose peer is down (DOWN or LOWERLAYERDOWN: the kernel's
# link watch decides, a moment after "up").

demo_masked() {
	sed '1d; s/link\/ether [0-9a-f:]*/link\/ether MAC/; s/state LOWERLAYERDOWN/state DOWN/
	     /^# Now we can use ping/,$d'
}

t_demo_matches_iproute2() {
	sh tests/demo.sh "$IPBOX" > "$T/demo.ipb" 2>&1 || fail "demo: $(tail -5 "$T/demo.ipb")"
	DEMO_WITH=iproute2 sh tests/demo.sh "$IPBOX" > "$T/demo.ref" 2>&1 || fail "demo with iproute2"
	demo_masked < "$T/demo.ipb" > "$T/a"
	demo_masked < "$T/demo.ref" > "$T/b"
	cmp -s "$T/a" "$T/b" || fail "demo differs: $(diff -u "$T/b" "$T/a" | head -30)"
	grep -q '^3: veth-a@if2: <BROADCAST,MULTICAST,UP,LOWER_UP>' "$T/demo.ipb" || fail "veth-a not up"
	grep -q '^\$ ping -c4 192.168.1.2' "$T/demo.ipb" || fail "no ping"
}
