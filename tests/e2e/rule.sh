# ip rule: byte-exact with iproute2 on the same live state.

rule_setup() {
	ref link set lo up
	veth va vb
	ref rule add from 10.0.0.0/8 to 192.168.0.0/16 table 100 pref 100
	ref rule add not from 10.1.0.0/16 fwmark 0x5/0xff iif lo oif lo lookup main pref 200 tos 0x10
	ref rule add fwmark 7 table 5 suppress_prefixlength 0
	ref rule add from 1.2.3.4 goto 100 pref 50
	ref rule add to 5.0.0.0/8 prohibit
	ref rule add blackhole from 6.6.6.6
	ref rule add unreachable iif va
	ref rule add nop pref 7
	ref rule add ipproto tcp sport 80 dport 1000-2000 uidrange 10-20 table 9 proto static realms 3/4
	ref rule add ipproto 200 table 9
	ref rule add fwmark 0 table 8 pref 8
	ref rule add fwmark 9/0xffffffff table 8 pref 9 suppress_ifgroup 3
	ref rule add to 7.7.7.7 table 4000000 pref 10 proto 77
	ref rule add from 8.0.0.0/8 lookup 7 pref 11 oif vb
	ref -6 rule add from 2001:db8::/32 table 10 pref 300
	ref -6 rule add to 2001:db8::1 iif va table local pref 301 not
}

t_defaults() {
	same rule
	same -6 rule
	same -d rule
	same -j rule
	same -j -p -6 rule
}

t_show() {
	rule_setup
	same rule
	same rule show
	same ru list
	same rule lst
	same -6 rule
	same -d rule
	same -d -6 rule
	same -j rule
	same -j -p -6 rule
	same -N rule
	same -o rule
}

t_show_selectors() {
	rule_setup
	while read -r f; do
		same rule show $f
	done <<'LIST'
table 100
table main
lookup 9
pref 200
priority 7
order 9
from 10.0.0.0/8
from all
src 1.2.3.4
to 5.0.0.0/8
dst 7.7.7.7
to all
not
fwmark 7
fwmark 0x5/0xff
iif lo
dev va
oif vb
uidrange 10-20
ipproto tcp
ipproto 200
sport 80
dport 1000-2000
tos 0x10
protocol static
protocol all
table 4000000
LIST
	same -6 rule show from 2001:db8::/32
	same -6 rule show to 2001:db8::1
	same -6 rule show not
	same -6 rule show table local
}

t_add() {
	while read -r a; do
		same_state rule_setup rule add $a
	done <<'LIST'
from 10.9.0.0/16 table 100
from 10.9.0.0/16 to 10.10.0.0/16 table 100 pref 1000
not to 10.9.9.9 lookup main priority 1001
fwmark 0x10 table 5
fwmark 0x10/0xf0 lookup 6 order 1002
iif va table 7
dev vb oif va table 8
tos 0x20 table 9
dsfield 0x28 table 9
goto 100 pref 1003
type goto 100
nop
prohibit from 10.11.0.0/16
blackhole to 10.12.0.0/16
unreachable iif lo
table main suppress_prefixlength 0
table main suppress_ifgroup 0
uidrange 100-200 table 4
ipproto udp sport 53 table 4
ipproto 6 dport 22-23 table 4
protocol static table 4
proto 42 table 4
realms 5 table 4
realms 1/2 table 4
tun_id 7 table 4
table 70000
lookup local pref 1004
l3mdev
l3mdev table 5
nat 1.2.3.4
pref 100 table 100 from 10.0.0.0/8 to 192.168.0.0/16
LIST
	same_state rule_setup -6 rule add from 2001:db8:1::/48 table 11
	same_state rule_setup -6 rule add to 2001:db8:2::/48 fwmark 3 prohibit pref 77
	same_state rule_setup -6 rule add not iif va lookup main
}

t_del_flush() {
	while read -r a; do
		same_state rule_setup rule $a
	done <<'LIST'
del pref 200
del from 1.2.3.4
delete table 9 ipproto tcp
del pref 12345
del table 100
del not from 10.1.0.0/16 fwmark 0x5/0xff iif lo oif lo lookup main pref 200 tos 0x10
flush
flush protocol 77
flush table 5
flush pref 7
flush protocol all
LIST
	same_state rule_setup -6 rule del pref 300
	same_state rule_setup -6 rule flush
	same_state rule_setup -6 rule flush table local
}

t_errors() {
	s0=$(net_state)
	while read -r a; do
		same $a
	done <<'LIST'
rule add
rule del
rule add table foo
rule add from x
rule add foo
rule del pref 12345
rule help
rule foo
rule add help
rule add iif a/b
rule add fwmark x
rule add fwmark 1/x
rule add goto x
rule add uidrange 5
rule add sport a
rule add dport a-b
rule add ipproto foo
rule add suppress_prefixlength -1
rule add realms x
rule add protocol x
rule add type foo
rule add pref x
rule add tos x
rule show uidrange 1
rule show sport x
rule show table foo
rule show pref x
rule show from x
rule show iif a/b
rule show protocol x
rule show dport x
rule show oif a:b
rule show dev aaaaaaaaaaaaaaaaa
rule show oif
rule add oif a/b
rule add sport 5 dport x
rule add goto
rule add from 2001:db8::/32
-0 rule
-M rule
-0 rule add table 5
LIST
	[ "$s0" = "$(net_state)" ] || fail "state changed"
}

# ip rule save | restore: iproute2's format both ways
save_setup() {
	ref rule add from 10.0.0.0/8 table 100 pref 100
	ref rule add fwmark 5 table 6 pref 200
	ref -6 rule add from 2001:db8::/32 table 7 pref 300
}

# in a fresh namespace: save_setup, delete those rules, WHO restores FILE
restored() {
	unshare --net sh -c ". tests/lib.sh; . tests/e2e/rule.sh; save_setup
		ref rule del pref 100; ref rule del pref 200; ref -6 rule del pref 300
		$1 $3 rule restore < $2; echo rc=\$?; ref rule; ref -6 rule"
}

t_save_restore() {
	save_setup
	ref rule save > "$T/ref.save" || fail "iproute2 save"
	ipb rule save > "$T/ipb.save" || fail "ipbox save"
	ref -6 rule save > "$T/ref6.save" || fail "iproute2 -6 save"
	ipb -6 rule save > "$T/ipb6.save" || fail "ipbox -6 save"
	same_cmd "IP rule save foo > $T/x.save"
	same_cmd "IP rule restore < /dev/null"
	same_cmd "echo xxxxxxxx | IP rule restore"
	want=$(restored ref "$T/ref.save")
	[ "$want" = "$(restored ipb "$T/ref.save")" ] || fail "ipbox restore differs"
	[ "$want" = "$(restored ref "$T/ipb.save")" ] || fail "iproute2 restore of ipbox's save differs"
	want=$(restored ref "$T/ref6.save" -6)
	[ "$want" = "$(restored ipb "$T/ipb6.save" -6)" ] || fail "ipbox -6 restore differs"
}

# interface names as iproute2's check_ifname takes them: ':' is fine,
# '/' and white space are not
t_ifnames() {
	same_state : rule add iif a:b table 5
	same_state : rule add oif a:b table 5
	same_state : rule add dev a.b:c table 5
	same_state : rule show iif a:b
}

# realms FROM/TO: either side may be left out, but not FROM before a '/'
t_realms() {
	same_state : rule add realms 3/ table 5
	same_state : rule add realms /3 table 5
	same_state : rule add realms 3/4 table 5
}
