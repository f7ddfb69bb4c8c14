# make demo (tests/demo.sh): the tutorial replayed with ipbox prints
# tests/demo.expect, the tutorial's text as a sandbox shows it, up to what
# tests/demo.sed masks: random MAC addresses, ping's times, and the
# operstate of an end whose peer is down (DOWN or LOWERLAYERDOWN: the
# kernel's link watch decides, a moment after "up").  iproute2 and
# iputils print the same, which keeps demo.expect honest.  make check-vm
# compares the same replay, in a booted initramfs, with the same file.

t_demo_matches_iproute2() {
	sh tests/demo.sh "$IPBOX" > "$T/demo.ipb" 2>&1 || fail "demo: $(tail -5 "$T/demo.ipb")"
	DEMO_WITH=iproute2 sh tests/demo.sh "$IPBOX" > "$T/demo.ref" 2>&1 || fail "demo with iproute2"
	sed -f tests/demo.sed "$T/demo.ref" > "$T/b"
	cmp -s tests/demo.expect "$T/b" || fail "iproute2's demo differs from demo.expect: $(diff -u tests/demo.expect "$T/b" | head -30)"
	sed -f tests/demo.sed "$T/demo.ipb" > "$T/a"
	cmp -s tests/demo.expect "$T/a" || fail "demo differs: $(diff -u tests/demo.expect "$T/a" | head -30)"
	grep -q '^3: veth-a@if2: <BROADCAST,MULTICAST,UP,LOWER_UP>' "$T/demo.ipb" || fail "veth-a not up"
	grep -q '^\$ ping -c4 192.168.1.2' "$T/demo.ipb" || fail "no ping"
}
