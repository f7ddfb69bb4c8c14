# Helpers for end-to-end tests.  Sourced inside the sandbox that
# tests/run.sh makes for every test: private network, mount and PID
# namespaces, a fresh tmpfs on /run and on $TMPDIR ($T), a fresh sysfs on /sys.
#
# A test is a shell function named t_NAME in tests/e2e/*.sh.  It passes by
# returning 0; fail "why" ends it; skip "why" marks it skipped.
#
#   ipb ARGS        run ipbox's ip (ipbox ip ARGS)
#   ref ARGS        run iproute2's ip
#   same ARGS       both on the same live state: stdout, stderr and exit
#                   code must be identical
#   same_cmd CMD    the same for a whole command line, "IP" standing for ip
#   expect RC "STDERR" CMD...  run CMD, check its exit code and stderr
#   veth A B        a veth pair, made with iproute2
#   same_req ARGS   both under strace: the same netlink request bytes
#                   too (for kinds this kernel lacks: lacks_module NAME)

: "${IPBOX:?IPBOX must name the binary under test}"
IPREF=${IPREF:-$(command -v ip || echo /sbin/ip)}
T=${TMPDIR:-/tmp}

# Debian's python3 itself where a version manager's shim (pyenv) comes
# first in PATH: the shim costs a few shells per call
[ ! -x /usr/bin/python3 ] || python3() { /usr/bin/python3 "$@"; }
fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }

ipb() { "$IPBOX" ip "$@"; }
ref() { "$IPREF" "$@"; }

# compare two runs' stdout, stderr and exit code
_compare() {
	if ! cmp -s "$T/ref.out" "$T/ipb.out"; then
		echo "stdout differs for: $*"
		diff -u "$T/ref.out" "$T/ipb.out" | head -40
		return 1
	fi
	if ! cmp -s "$T/ref.err" "$T/ipb.err"; then
		echo "stderr differs for: $*"
		diff -u "$T/ref.err" "$T/ipb.err" | head -20
		return 1
	fi
	if [ "$ref_rc" != "$ipb_rc" ]; then
		echo "exit code differs for: $* (iproute2 $ref_rc, ipbox $ipb_rc)"
		return 1
	fi
}

same() {
	ref "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	ipb "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare ip "$@" > /dev/null && return 0
	# Only stdout differs: the kernel may have changed the state between
	# the two runs (IPv6 link-local addresses and routes arrive after DAD,
	# operstate after link watch).  Once settled, both run again.
	if cmp -s "$T/ref.err" "$T/ipb.err" && [ "$ref_rc" = "$ipb_rc" ]; then
		settle_dad
		sleep 0.3
		ref "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
		ipb "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	fi
	_compare ip "$@" || exit 1
}

# same_cmd 'IP -n x link | head -1': IP is iproute2 first, then ipbox
same_cmd() {
	IP="$IPREF" sh -c "$1" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	IP="$IPBOX ip" sh -c "$1" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "$1" || exit 1
}

# expect RC "EXPECTED STDERR" CMD ARGS...
expect() {
	want_rc=$1 want_err=$2
	shift 2
	"$@" > "$T/x.out" 2> "$T/x.err"; rc=$?
	[ "$rc" = "$want_rc" ] || fail "$*: exit $rc, want $want_rc (stderr: $(cat "$T/x.err"))"
	printf '%s\n' "$want_err" > "$T/x.want"
	if [ -n "$want_err" ] && ! cmp -s "$T/x.want" "$T/x.err"; then
		fail "$*: stderr '$(cat "$T/x.err")', want '$want_err'"
	fi
	[ -n "$want_err" ] || [ ! -s "$T/x.err" ] || fail "$*: unexpected stderr '$(cat "$T/x.err")'"
}

veth() { ref link add "$1" type veth peer name "$2" || fail "veth $1 $2"; }

# wait (at most 5 s) until no IPv6 address is tentative: links that come
# up get link-local addresses and routes asynchronously, after DAD
settle_dad() {
	i=0
	while [ $i -lt 50 ] && [ -n "$(ref -6 addr show tentative 2>/dev/null)" ]; do
		sleep 0.1
		i=$((i + 1))
	done
}

# state of this namespace, to prove a failed command changed nothing
# (/run/netns without times: a file made and removed again, as a refused
# "netns attach" does, moves the folder's mtime, and "ls -l" shows that
# when a minute turns over in between)
state() {
	settle_dad
	{ ref -d link show; ref addr show; ref route show table all; ref -6 route show table all
	  ls -lA --time-style=+ /run/netns 2>/dev/null; } | sed 's/ \(valid\|preferred\)_lft [0-9]*sec//g'
}

# private_etc: an overlay over /etc, its writes kept in the sandbox's $T,
# so a test can add /etc/netns/NAME/... without touching the host's /etc
private_etc() {
	mkdir -p "$T/etc.upper" "$T/etc.work" || fail "mkdir for /etc overlay"
	mount -t overlay overlay -o "lowerdir=/etc,upperdir=$T/etc.upper,workdir=$T/etc.work" /etc ||
		skip "no overlayfs for a private /etc"
}

# many_altnames DEV N: N altnames of 124 bytes on DEV, made by iproute2
# (a1000...0, a1010...0, ...); 250 make one RTM_NEWLINK of over 32 KiB
many_altnames() {
	_i=100
	while [ $_i -lt $((100 + $2)) ]; do
		printf 'link property add dev %s altname a%s%0120d\n' "$1" $_i 0
		_i=$((_i + 1))
	done > "$T/altnames.batch"
	ref -batch "$T/altnames.batch" || fail "iproute2 could not add $2 altnames to $1"
}

# mounts at or under /run/netns
netns_mounts() { grep -c ' /run/netns[ /]' /proc/self/mountinfo; }

# the test file being run (sandbox.sh sources this with FILE FUNC as $1 $2)
_TEST_FILE=${1:-}

# routes, rules and neighbours of this namespace, sorted
net_state() {
	{ ref route show table all; ref -6 route show table all; ref rule; ref -6 rule
	  ref neigh show; ref neigh show proxy; ref -6 neigh show proxy; } 2>&1 | sort
}

# same_state SETUP ARGS: in two fresh network namespaces run the test
# file's shell function SETUP, then ip ARGS: iproute2 in one, ipbox in
# the other.  Output, exit code and net_state after must be identical
# (STATE=FUNC compares what FUNC prints instead).
same_state() {
	_setup=$1
	shift
	for _who in ref ipb; do
		unshare --net sh -c ". tests/lib.sh; . \"$_TEST_FILE\"; $_setup >/dev/null 2>&1; $_who \"\$@\"; echo \"rc=\$?\"; ${STATE:-net_state}" \
			sh "$@" > "$T/$_who.out" 2> "$T/$_who.err"
	done
	ref_rc=0 ipb_rc=0
	_compare "$_setup; ip $*" || exit 1
}

# settle DEV...: wait (up to 2 s) until the kernel's link watch has given
# each DEV that is up its operstate (DOWN -> LOWERLAYERDOWN/UP lags "up")
settle() {
	for dev; do
		i=0
		while [ $i -lt 20 ] && [ "$(cat "/sys/class/net/$dev/operstate" 2>/dev/null)" = down ] &&
		      [ $(( $(cat "/sys/class/net/$dev/flags" 2>/dev/null || echo 0) & 1 )) = 1 ]; do
			sleep 0.1; i=$((i + 1))
		done
	done
}

# IPBOX_SLOW=1 (set by make check-valgrind and tests/cross.sh, where ipbox
# runs under valgrind or qemu): an address lifetime can tick between the
# iproute2 run and the ipbox run, so both print them blurred ("Nsec", and
# 0 in JSON, which must still parse).
_blur() {
	sed -E 's/(valid_lft|preferred_lft) [0-9]+sec/\1 Nsec/g;
		s/"(valid|preferred)_life_time":( ?)[0-9]{1,9}([,}]|$)/"\1_life_time":\20\3/g'
}
if [ -n "${IPBOX_SLOW:-}" ]; then
	_slow() {
		_f=$(mktemp "$T/slow.XXXXXX")
		"$@" > "$_f"; _rc=$?
		_blur < "$_f"
		rm -f "$_f"
		return $_rc
	}
	ipb() { _slow "$IPBOX" ip "$@"; }
	ref() { _slow "$IPREF" "$@"; }
fi

# skip when the binary under test was built without CONFIG_SYM (the
# config.h beside it says so)
needs_config() {
	! grep -q "^#define CONFIG_$1 0" "$(dirname "$IPBOX")/config.h" 2>/dev/null || skip "CONFIG_$1 is off"
}

# the binary under test was built without CONFIG_SYM (its config.h says so)
config_off() {
	grep -q "^#define CONFIG_$1 0" "$(dirname "$IPBOX")/config.h" 2>/dev/null
}

# CONFIG_IP_ADDR_FILTERS off: ip address show refuses its filter words
no_addr_filters() { config_off IP_ADDR_FILTERS; }

# CONFIG_IP_ADDR_LIFETIME off: metric, valid_lft, preferred_lft are refused
no_addr_lifetime() { config_off IP_ADDR_LIFETIME; }

# needs_module NAME...: the test needs these kernel modules (the kinds
# this machine's kernel may lack: bonding, vrf, ip_gre, ...).  On the host
# the test runs when each is loaded or built in, and is skipped ("needs
# module NAME") when not: the host loads none (a tunnel module adds its
# fallback device, tunl0 or gre0, to every namespace, the host's too).  In
# make check-vm's guest (IPBOX_VM=1) it is loaded, and a module that does
# not load fails the test.  tests/run.sh runs only the tests that say
# needs_module in the guest, and tests/vm/image.sh packs the modules they
# name: a guest test is a t_ function with a needs_module line.
needs_module() {
	for _m; do
		[ -d "/sys/module/$_m" ] && continue
		if [ -n "${IPBOX_VM:-}" ]; then
			modprobe "$_m" || fail "module $_m does not load"
		else
			grep -Eqs "/($_m|$(echo "$_m" | tr _ -))\.ko" "/lib/modules/$(uname -r)/modules.builtin" ||
				skip "needs module $_m"
		fi
	done
}

# lacks_module NAME: skip unless this kernel lacks module NAME (neither
# loaded, built in, nor loadable: a loadable one would be autoloaded by
# the request under test); make check-vm's guest has it and runs the
# kind live (tests/e2e/link_kinds.sh)
lacks_module() {
	for _m; do
		_re="/($_m|$(echo "$_m" | tr _ -))\.ko"
		if [ -d "/sys/module/$_m" ] ||
		   grep -Eqs "$_re" "/lib/modules/$(uname -r)/modules.builtin" "/lib/modules/$(uname -r)/modules.dep"; then
			skip "this kernel has module $_m: make check-vm tests its kind live"
		fi
	done
}

# _nlreq TRACE: the netlink requests that change state in an strace -e
# write=all dump (RTM_NEW*, DEL*, SET*: not the lookups, nor 6.1's empty
# RTM_NEWLINK probe of iplink_have_newlink), one per block: a header line,
# then 16 bytes a line, nlmsg_seq and nlmsg_pid masked as "..".
# Little-endian hosts only (the headers' lengths and types).
_nlreq() {
	awk '
	function flush(   i, o, len, type, ln) {
		for (o = 0; o + 16 <= n; o += len) {
			len = b[o] + 256 * b[o + 1] + 65536 * b[o + 2]
			type = b[o + 4] + 256 * b[o + 5]
			if (len < 16 || o + len > n)
				break
			if (type >= 16 && (type - 16) % 4 == 2)
				continue
			if (type == 16 && len == 32 && b[o + 6] == 5 && b[o + 8] + b[o + 9] + b[o + 10] + b[o + 11] == 0)
				continue
			printf "message type %d, %d bytes\n", type, len
			ln = ""
			for (i = 0; i < len; i++) {
				ln = ln sprintf(i >= 8 && i < 16 ? " .." : " %02x", b[o + i])
				if (i % 16 == 15 || i == len - 1) {
					print ln
					ln = ""
				}
			}
		}
		n = 0
	}
	/^[0-9]+ +(sendmsg|sendto)\(/ { flush(); next }
	/^ \| [0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / {
		k = split(substr($0, 11, 49), h, " ")
		for (i = 1; i <= k; i++)
			b[n++] = 16 * index("0123456789abcdef", substr(h[i], 1, 1)) - 16 + index("0123456789abcdef", substr(h[i], 2, 1)) - 1
	}
	END { flush() }' "$1"
}

# same_req ARGS: "ip ARGS" by iproute2, then by ipbox, each under strace:
# the netlink requests that change state (_nlreq) must be the same bytes,
# and stdout, stderr and exit code the same (an error before any request
# sends none).  For kinds this kernel lacks
# (lacks_module): the kernel refuses both, and what reaches it is still
# compared byte for byte.
same_req() {
	command -v strace > /dev/null || skip "needs strace (apt-get install strace)"
	for _who in ref ipb; do
		if [ $_who = ref ]; then _bin=$IPREF; else _bin="$IPBOX ip"; fi
		# LeakSanitizer cannot run under ptrace (make SANITIZE=1 check)
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
			strace -f -qq -o "$T/$_who.trace" -e trace=sendmsg,sendto -e write=all -xx \
			$_bin "$@" > "$T/$_who.out" 2> "$T/$_who.err"
		echo $? > "$T/$_who.rc"
		_nlreq "$T/$_who.trace" > "$T/$_who.req"
	done
	ref_rc=$(cat "$T/ref.rc") ipb_rc=$(cat "$T/ipb.rc")
	_compare "ip $*" || exit 1
	cmp -s "$T/ref.req" "$T/ipb.req" ||
		fail "ip $*: the requests differ: $(diff -u "$T/ref.req" "$T/ipb.req" | head -40)"
	# exit 2 is the kernel's answer: a request reached it
	[ "$ref_rc" != 2 ] || [ -s "$T/ref.req" ] || fail "ip $*: no request seen in the trace"
}
