#!/bin/sh
# make check-vm: Debian 12's cloud kernel (6.1) in qemu-system-x86_64 for
# what the host's kernel lacks (bond, vrf, vlan, tunnels, wireguard, ...),
# with ipbox as the only network tool of a booted initramfs.
# make check-vm-arm (VM_ARCH=armhf): Debian 12's armmp kernel in
# qemu-system-arm -M virt, with the armhf busybox-static (both fetched like
# the kernel, never installed) and the armhf ipbox: the tutorial and eth0
# only (Debian's x86-64 ip, the e2e tests' reference, cannot run there).
#
#   [VM_ARCH=armhf] sh tests/vm/run.sh IPBOX [TINY_IPBOX]
#
# On the host: installs what is missing (qemu-system-x86, busybox-static,
# cpio, kmod) and says so; fetches the kernel package once with apt-get
# download and unpacks it with dpkg -x into $VM_DIR (never installs a
# kernel); packs an initramfs (tests/vm/image.sh) and boots it once,
# -nographic, under TCG (KVM only when a probe shows it boots the guest).
# The guest's /init (tests/vm/init.sh) prints the results, which this
# script relays; its exit status is the verdict.  A guest that does not
# finish within VM_TIMEOUT seconds is killed: a failure, with the
# console's tail printed.
#   VM_DIR (the binary's folder/vm)  VM_TIMEOUT (900; armhf 2400)  VM_SMP (2)  VM_MEM (512)
#   VM_ACCEL (auto: kvm when the probe boots, else tcg)  TESTS=regex (guest tests)
set -u
cd "$(dirname "$0")/../.." || exit 1
[ $# -ge 1 ] || { echo "usage: $0 IPBOX [TINY_IPBOX]" >&2; exit 2; }
start=$(date +%s)
ipbox=$1
tiny=${2:-}
vm=${VM_DIR:-$(dirname "$ipbox")/vm}
mkdir -p "$vm" || exit 1
vm=$(cd "$vm" && pwd)
say() { echo "check-vm: $*"; }

# what differs between the architectures: qemu and its machine, the kernel
# package, the console, the virtio transport (and its module), where
# busybox comes from, and whether Debian's ip runs in the guest (the e2e
# tests' reference)
case ${VM_ARCH:-x86_64} in
x86_64)
	qemu=qemu-system-x86_64 qemu_pkg=qemu-system-x86 machine=
	kmeta=linux-image-cloud-amd64 console=ttyS0
	nic=virtio-net-pci,romfile= bus=virtio_pci debarch= e2e=1 timeout=900 ;;
armhf)
	# highmem=off: the armmp kernel (no LPAE) sees nothing above 4 GB
	qemu=qemu-system-arm qemu_pkg=qemu-system-arm machine=virt,highmem=off
	kmeta=linux-image-armmp:armhf console=ttyAMA0
	nic=virtio-net-device bus=virtio_mmio debarch=armhf e2e= timeout=2400 ;;
*)	echo "$0: VM_ARCH=$VM_ARCH: one of x86_64, armhf" >&2; exit 2 ;;
esac
timeout=${VM_TIMEOUT:-$timeout}

# --- what the host needs -------------------------------------------------
missing=""
command -v $qemu > /dev/null || missing="$missing $qemu_pkg"
[ -n "$debarch" ] || { command -v busybox || [ -x /bin/busybox ]; } > /dev/null || missing="$missing busybox-static"
command -v cpio > /dev/null || missing="$missing cpio"
command -v depmod > /dev/null || [ -x /sbin/depmod ] || missing="$missing kmod"
apt_updated=""
apt_install() {
	if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null; then
		say "needs$* (not root, or no apt-get: install them yourself)"
		exit 1
	fi
	say "installing$* from Debian (apt-get)"
	export DEBIAN_FRONTEND=noninteractive
	[ -n "$apt_updated" ] || apt-get -qq -o DPkg::Lock::Timeout=600 update || exit 1
	apt_updated=1
	apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "$@" > /dev/null || exit 1
}
[ -z "$missing" ] || apt_install $missing
PATH=$PATH:/sbin:/usr/sbin
export PATH

# --- the kernel: Debian's linux-image-cloud-amd64 (armhf: linux-image-armmp),
# unpacked, never installed
if [ -n "$debarch" ] && ! dpkg --print-foreign-architectures | grep -qx "$debarch"; then
	say "dpkg knows no $debarch packages: run tests/cross-setup.sh $debarch (or dpkg --add-architecture $debarch; apt-get update)"
	exit 1
fi
fetch() {	# PACKAGE DIR: apt-get download, dpkg -x into DIR
	say "fetching $1 (apt-get download; unpacked into $2, not installed)"
	rm -rf "$2" "$vm/deb" && mkdir -p "$vm/deb" || exit 1
	( cd "$vm/deb" && apt-get download -qq -o APT::Sandbox::User=root "$1" ) || exit 1
	dpkg -x "$vm"/deb/*.deb "$2" || exit 1
	rm -rf "$vm/deb"
}
kdir=$vm/kernel
kver=$(ls "$kdir/boot" 2> /dev/null | sed -n 's/^vmlinuz-//p' | tail -n 1)
if [ -z "$kver" ] || [ ! -s "$kdir/lib/modules/$kver/modules.dep" ]; then
	# the metapackage depends on the real one, linux-image-6.1.*-cloud-amd64
	pkg=$(apt-cache depends $kmeta 2> /dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*\)/\1/p' | head -n 1)
	if [ -z "$pkg" ] && [ "$(id -u)" = 0 ]; then
		apt-get -qq -o DPkg::Lock::Timeout=600 update && apt_updated=1
		pkg=$(apt-cache depends $kmeta 2> /dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*\)/\1/p' | head -n 1)
	fi
	[ -n "$pkg" ] || { say "cannot find $kmeta's kernel package (apt-cache depends)"; exit 1; }
	fetch "$pkg" "$kdir"
	kver=$(ls "$kdir/boot" | sed -n 's/^vmlinuz-//p' | tail -n 1)
	# the package leaves modules.dep to its postinst: make it here
	depmod -b "$kdir" "$kver" || exit 1
fi
say "kernel $kver ($kdir)"
# busybox: the host's, or the guest architecture's busybox-static
VM_BUSYBOX=
if [ -n "$debarch" ]; then
	VM_BUSYBOX=$vm/busybox/bin/busybox
	[ -x "$VM_BUSYBOX" ] || fetch busybox-static:$debarch "$vm/busybox"
	[ -x "$VM_BUSYBOX" ] || { say "no bin/busybox in busybox-static:$debarch"; exit 1; }
fi
export VM_BUSYBOX VM_BUS=$bus VM_E2E=$e2e

# --- the image ------------------------------------------------------------
t0=$(date +%s)
sh tests/vm/image.sh "$vm/initramfs.cpio" "$kdir" "$kver" "$ipbox" "$tiny" || { say "image FAILED"; exit 1; }
say "initramfs $(wc -c < "$vm/initramfs.cpio") bytes (uncompressed cpio), built in $(( $(date +%s) - t0 )) s"

# --- boot -----------------------------------------------------------------
smp=${VM_SMP:-2}
[ "$(nproc 2> /dev/null || echo 1)" -ge "$smp" ] || smp=1
log=$vm/console.log
boot() {	# ACCEL TIMEOUT [PROBE]: the console in $log, qemu's status in $qrc;
	# with PROBE, a guest that has not reached /init after PROBE s is killed
	timeout -k 10 "$2" $qemu ${machine:+-M $machine} -accel "$1" -m "${VM_MEM:-512}" -smp "$smp" \
		-nographic -nodefaults -serial stdio -no-reboot \
		-kernel "$kdir/boot/vmlinuz-$kver" -initrd "$vm/initramfs.cpio" \
		-append "console=$console quiet panic=-1 ipbox.tests=${TESTS:-.} ipbox.virtio=$bus" \
		-netdev user,id=n0 -device $nic,netdev=n0 \
		< /dev/null > "$log" 2>&1 &
	qpid=$!
	say "booting with $1, $smp CPUs (timeout $2 s$([ -z "${3:-}" ] || echo ", a probe: killed unless /init runs within $3 s"))"
	if [ -n "${3:-}" ]; then
		i=0
		while kill -0 $qpid 2> /dev/null && ! grep -aq 'ipbox-vm: init' "$log"; do
			i=$((i + 1))
			[ $i -le "$3" ] || { kill $qpid; break; }
			sleep 1
		done
	fi
	wait $qpid
	qrc=$?
}
accel=${VM_ACCEL:-auto}
t0=$(date +%s)
if [ "$accel" = auto ]; then
	accel=tcg
	# /dev/kvm may exist and still not run this guest (a PVM host's
	# device does not): use it only when a boot with it reaches /init
	if [ -z "$debarch" ] && [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		boot kvm "$timeout" 60
		if grep -aq 'ipbox-vm: init' "$log"; then
			accel=kvm
		else
			say "/dev/kvm did not boot the guest (probe: $(tr -d '\r' < "$log" | grep -v '^$' | tail -n 1)); using TCG"
			t0=$(date +%s)
		fi
	fi
	[ $accel = kvm ] || boot tcg "$timeout"
else
	boot "$accel" "$timeout"
fi
t1=$(date +%s)
# the firmware's terminal codes can lead the first line of /init
tr -d '\r' < "$log" | sed 's/^.*\(ipbox-vm: init\)/\1/' > "$log.txt"

# relay the guest's results: its lines after the start marker, but kernel messages
sed -n '/^ipbox-vm: init/,$p' "$log.txt" | grep -v '^\[ *[0-9.]*\]' | grep -v '^ipbox-vm: \(init\|done\|verdict\)'
verdict=$(sed -n 's/^ipbox-vm: verdict \([0-9]* passed, [0-9]* failed, [0-9]* skipped\)$/\1/p' "$log.txt" | tail -n 1)
boot_s=$(sed -n 's/^ipbox-vm: init at \([0-9.]*\) s.*/\1/p' "$log.txt" | head -n 1)
if [ -z "$verdict" ] || ! grep -q '^ipbox-vm: done' "$log.txt"; then
	if [ "$qrc" = 124 ] || [ "$qrc" = 137 ]; then
		say "the guest did not finish within $timeout s: killed"
	else
		say "the guest ended without a verdict (qemu exit $qrc)"
	fi
	echo "--- console tail ($log.txt)"
	tail -n 40 "$log.txt"
	echo "---"
	echo "check-vm: FAILED"
	exit 1
fi
say "guest ran $(( t1 - t0 )) s ($accel; /init reached ${boot_s:-?} s after the kernel started); whole check-vm $(( $(date +%s) - start )) s"
echo "$verdict"
case $verdict in *" 0 failed"*) exit 0 ;; *) exit 1 ;; esac
