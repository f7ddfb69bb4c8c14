#!/bin/sh
# make demo: the netns tutorial (Linux Network Namespace Introduction),
# replayed with ipbox in a private sandbox, each command printed before
# what it prints.
#
#   sh tests/demo.sh BINARY
#
# The sandbox has its own network, mount and PID namespaces, a tmpfs on
# /run (so /run/netns is its own) and a fresh /sys: the host's interfaces
# and namespaces are never touched.  ipbox runs through links named ip and
# ping on PATH, so the commands read as in the tutorial (without sudo).
# DEMO_WITH=iproute2 runs the same with the system's ip and ping instead
# (the end-to-end test compares the two).  tests/demo.expect is the
# tutorial's text as this sandbox shows it, with tests/demo.sed's masks
# (MACs, times): tests/e2e/link_demo.sh and make check-vm compare with it.
set -u

if [ "${1:-}" != --inside ]; then
	[ $# -ge 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
	bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
	if [ "$(id -u)" != 0 ]; then
		echo "make demo needs root: it makes network namespaces (run it with sudo)" >&2
		exit 1
	fi
	exec unshare --net --mount --pid --fork sh "$0" --inside "$bin"
fi
bin=$2

mount --make-rprivate / || exit 1
mount -t proc proc /proc || exit 1
mount -t tmpfs -o mode=755 tmpfs /run || exit 1
mount -t sysfs sysfs /sys 2> /dev/null

# not in /tmp: the checkout (and so the binary) may live there
links=/run/ipbox-bin
mkdir -p "$links"
if [ "${DEMO_WITH:-}" = iproute2 ]; then
	ln -s "$(command -v ip || echo /sbin/ip)" "$links/ip"
	ln -s "$(command -v ping || echo /bin/ping)" "$links/ping"
else
	"$bin" --install -s "$links" || exit 1
fi
PATH=$links:$PATH
export PATH
# A shell with its own ip and ping runs them before it looks at PATH
# (Debian's busybox-static: FEATURE_SH_STANDALONE; make check-vm replays
# this in such a shell): functions name ours, and the commands run in this
# shell, where they are defined, not in a new "sh -c".  What ip runs
# itself ("ip netns exec test1 ip a") finds PATH's ip.
ip() { "$links/ip" "$@"; }
ping() { "$links/ping" "$@"; }

# print a command as the tutorial's prompt does, then run it
run() {
	printf '$ %s\n' "$*"
	eval "$*" 2>&1
	echo
}

say() { printf '# %s\n\n' "$*"; }

# the kernel's link watch sets the operstate a moment after "up": wait
# for it (silently) so the next listing shows the settled state
wait_state() {
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		[ "$(cat "/sys/class/net/$1/operstate" 2> /dev/null)" = "$2" ] && return
		sleep 0.1
	done
}

say "$(readlink -f "$(command -v ip)") as ip and ping, in a sandbox of its own"
say "the sandbox starts with lo down; a host has it up, so first:"
run ip link set lo up

say "Create and List Network Namespace"
run ip netns add test1
run ip netns list

say "Delete Network Namespace"
run ip netns delete test1
run ip netns list

say "Execute CMD within Network Namespace"
run ip netns add test1
run ip netns exec test1 ip a
run ip netns exec test1 ip link
run ip netns exec test1 ip link set dev lo up
run ip netns exec test1 ip link

say "Add Interface to a Network Namespace"
run ip link add veth-a type veth peer name veth-b
run ip link
run ip link set veth-b netns test1
run ip link
run ip netns exec test1 ip link

say "Assign IP address to veth interface"
run ip addr add 192.168.1.1/24 dev veth-a
run ip link set veth-a up
wait_state veth-a lowerlayerdown
run ip link
run ip netns exec test1 ip addr add 192.168.1.2/24 dev veth-b
run ip netns exec test1 ip link set dev veth-b up
wait_state veth-a up
run ip link

say "Now we can use ping to check their connectivity"
run ping -c4 192.168.1.2
