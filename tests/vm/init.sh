#!/bin/sh
# /init of make check-vm's initramfs (packed by tests/vm/image.sh), run by
# busybox sh.  For each ipbox build in /ipbox (defconfig, tiny): the netns
# tutorial (tests/demo.sh) and eth0 as an initramfs sets it up, with
# ipbox's ip and ping as the only network tools; then, with defconfig, the
# e2e tests that need modules (tests/run.sh with IPBOX_VM=1) against
# Debian's ip in /ref.  It prints the harness's lines and a verdict line
# that tests/vm/run.sh relays, then powers the machine off.
#
# The trap for initramfs builders: Debian's busybox-static shell runs its
# own ip and ping applets before it looks at PATH (FEATURE_SH_STANDALONE),
# so a plain "ip" here would be busybox's even with ipbox first on PATH.
# ipbox is called through the functions below (or by full path); what
# ipbox runs itself ("ip netns exec NS ip a") finds PATH's ip.
# (busybox runs its applets through /proc/self/exe: /proc first)
/bin/busybox mount -t proc proc /proc
# busybox's applets as links in /bin, but its network tools: ipbox is the
# only one here
/bin/busybox --install -s /bin
(cd /bin && rm -f ip ipaddr iplink ipneigh iproute iprule iptunnel ping ping6 ifconfig route arp arping \
	tc brctl vconfig nameif tunctl udhcpc udhcpd ifup ifdown traceroute traceroute6 netstat)
PATH=/bin
export PATH
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
echo "ipbox-vm: init at $(cut -d' ' -f1 /proc/uptime) s: $(uname -r), $(nproc) CPUs"
exec < /dev/null 2>&1

tests=$(sed -n 's/.* ipbox\.tests=\([^ ]*\).*/\1/p' /proc/cmdline)
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1: $2"; }

modprobe veth || bad vm/modules "veth does not load"
# eth0's virtio transport: PCI on x86-64, MMIO on arm's virt machine
bus=$(sed -n 's/.* ipbox\.virtio=\([^ ]*\).*/\1/p' /proc/cmdline)
modprobe "${bus:-virtio_pci}" && modprobe virtio_net || bad vm/modules "virtio_net does not load"
i=0
while [ ! -e /sys/class/net/eth0 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done

# eth0 on QEMU's user network, as an initramfs script does; the only
# address it talks to is the emulated gateway
eth0() {	# NAME: with the build's ip and ping
	out=$(ip link set eth0 up 2>&1) || { bad "$1" "link set eth0 up: $out"; return; }
	out=$(ip addr add 10.0.2.15/24 dev eth0 2>&1) || { bad "$1" "addr add: $out"; return; }
	out=$(ip route add default via 10.0.2.2 2>&1)
	if [ $? != 0 ]; then
		# a build without IP_ROUTE (config/tiny) has no "ip route":
		# then 10.0.2.2 is still on the link
		if grep -q '^#define CONFIG_IP_ROUTE 0' "$dir/config.h" 2> /dev/null; then
			echo "note $1: no ip route in this build: $out"
		else
			bad "$1" "route add default: $out"; return
		fi
	elif [ "$(ip route show default)" != "default via 10.0.2.2 dev eth0 " ]; then
		bad "$1" "ip route show default: $(ip route show default)"; return
	fi
	ip addr show dev eth0 | grep -q '^    inet 10.0.2.15/24 scope global eth0$' ||
		{ bad "$1" "ip addr show dev eth0: $(ip addr show dev eth0)"; return; }
	out=$(ping -c1 10.0.2.2 2>&1)
	rc=$?
	echo "$out" | sed 's/^/    /'
	if [ $rc != 0 ] || ! echo "$out" | grep -q '^1 packets transmitted, 1 received, 0% packet loss'; then
		bad "$1" "ping -c1 10.0.2.2 exited $rc"; return
	fi
	ok "$1"
}

for dir in /ipbox/*; do
	b=${dir##*/}
	ip() { "$dir/bin/ip" "$@"; }
	ping() { "$dir/bin/ping" "$@"; }
	PATH=$dir/bin:/bin
	export PATH

	# the tutorial, verbatim, in a sandbox: what tests/demo.expect says
	sh /src/tests/demo.sh "$dir/ipbox" > /tmp/demo.$b 2>&1
	sed -f /src/tests/demo.sed /tmp/demo.$b > /tmp/demo.$b.masked
	if cmp -s /src/tests/demo.expect /tmp/demo.$b.masked; then
		ok "vm/tutorial_$b"
	else
		bad "vm/tutorial_$b" "differs from tests/demo.expect:"
		diff -u /src/tests/demo.expect /tmp/demo.$b.masked | head -n 40 | sed 's/^/    /'
	fi

	eth0 "vm/eth0_$b"
	ip link set eth0 down
	ip addr del 10.0.2.15/24 dev eth0 2> /dev/null
	unset -f ip ping
done

# the e2e tests that need modules, against Debian's ip (an image without
# /ref, armhf's, has only the tutorial and eth0)
PATH=/bin
if [ -x /ipbox/defconfig/ipbox ] && [ -x /ref/ip ]; then
	cd /src || exit 1
	IPBOX_VM=1 IPREF=/ref/ip JOBS=$(nproc) sh tests/run.sh /ipbox/defconfig/ipbox "${tests:-.}" > /tmp/run.log 2>&1
	grep -v '^unit: ' /tmp/run.log | grep -Ev '^[0-9]+ passed, [0-9]+ failed'
	set -- $(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p' /tmp/run.log)
	if [ $# = 3 ]; then
		echo "e2e in the guest: $1 passed, $2 failed, $3 skipped"
		pass=$((pass + $1)); fail=$((fail + $2)); skip=$((skip + $3))
	else
		bad vm/e2e "tests/run.sh ended without a total:"
		tail -n 20 /tmp/run.log | sed 's/^/    /'
	fi
fi

echo "ipbox-vm: verdict $pass passed, $fail failed, $skip skipped"
echo "ipbox-vm: done at $(cut -d' ' -f1 /proc/uptime) s"
sync
poweroff -f
