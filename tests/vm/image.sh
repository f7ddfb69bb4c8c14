#!/bin/sh
# The initramfs of make check-vm, packed afresh for every run:
#   sh tests/vm/image.sh OUT.cpio KERNEL_DIR KVER IPBOX [TINY_IPBOX]
#   VM_BUSYBOX (the host's busybox)  VM_BUS (virtio_pci: eth0's transport)
#   VM_E2E (1: /ref and the tests' modules; empty for a guest that
#   cannot run the host's ip, armhf)
#
#   /init                  tests/vm/init.sh (busybox sh)
#   /bin/busybox, sh       /init links every applet but the network tools
#   /ipbox/NAME/ipbox      each build under test with its config.h, and
#   /ipbox/NAME/bin/       ip and ping links to it (NAME: defconfig, tiny)
#   /ref/ip, /ref/ping     Debian's iproute2 and iputils with the shared
#                          libraries they load (at their own paths): the
#                          reference of the comparisons, never on /init's PATH
#                          (with VM_E2E only)
#   /lib/modules/KVER/     the modules the tests name (needs_module in
#                          tests/e2e/*.sh, with VM_E2E only, and the guest's
#                          own: veth, virtio_net, VM_BUS) with their
#                          modules.dep closure
#   /src/tests/            the harness and the tests, as in the checkout
#
# An image, not the checkout shared over 9p: the guest then needs no 9p or
# virtio-fs modules, the tests see exactly the files they had at packing
# time, and unpacking a 10 MB cpio costs the boot well under a second.
set -u
out=$1 kdir=$2 kver=$3 ipbox=$4 tiny=${5:-}
e2e=${VM_E2E-1}
top=$(cd "$(dirname "$0")/../.." && pwd)
root=$out.d
rm -rf "$root" && mkdir -p "$root" || exit 1
cd "$root" || exit 1
# the paths given relative to the checkout
case $ipbox in /*) ;; *) ipbox=$top/$ipbox ;; esac
case $tiny in /*|'') ;; *) tiny=$top/$tiny ;; esac
mkdir -p bin sbin etc proc sys dev run tmp var lib/modules src ipbox ref root
ln -s ../run var/run

# a file and the shared libraries it loads, at their own paths
copy_libs() {
	ldd "$1" 2> /dev/null | sed -n 's/.*=> \(\/[^ ]*\).*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) (0x.*/\1/p' |
	while read -r lib; do
		[ -e ".$lib" ] && continue
		mkdir -p ".$(dirname "$lib")"
		cp -L "$lib" ".$lib" || exit 1
	done
}

bb=${VM_BUSYBOX:-$(command -v busybox || echo /bin/busybox)}
cp "$bb" bin/busybox && copy_libs "$bb" || exit 1
ln -s busybox bin/sh	# /init links the other applets (one busybox --install, not 400 ln)
ln -s ../bin/busybox sbin/modprobe	# the kernel's request_module runs /sbin/modprobe

add_ipbox() {	# NAME BINARY
	mkdir -p "ipbox/$1/bin" || exit 1
	cp "$2" "ipbox/$1/ipbox" && copy_libs "$2" || exit 1
	cp "$(dirname "$2")/config.h" "ipbox/$1/" 2> /dev/null
	ln -s ../ipbox "ipbox/$1/bin/ip"
	ln -s ../ipbox "ipbox/$1/bin/ping"
}
add_ipbox defconfig "$ipbox"
[ -z "$tiny" ] || add_ipbox tiny "$tiny"

[ -z "$e2e" ] || for t in /usr/sbin/ip /usr/bin/ping; do
	[ -x "$t" ] || t=/bin/$(basename "$t")
	cp "$t" "ref/$(basename "$t")" && copy_libs "$t" || { echo "image: no $t"; exit 1; }
done

# modules: what the tests declare, plus veth (the tutorial) and virtio_net
# (eth0), each with what modules.dep says it needs
mods=
[ -z "$e2e" ] || mods=$(sed -n 's/.*needs_module[[:space:]]\{1,\}\([A-Za-z0-9_ -]*\).*/\1/p' "$top"/tests/e2e/*.sh | tr ' ' '\n' | sort -u)
mods="$mods veth virtio_net ${VM_BUS:-virtio_pci}"
md=$kdir/lib/modules/$kver
mkdir -p "lib/modules/$kver"
for m in $mods; do
	# modules.dep names files with - or _ as the module has them
	p=$(grep -E "(^|/)($m|$(echo "$m" | tr _ -))\.ko[^:]*:" "$md/modules.dep" | head -n 1)
	if [ -z "$p" ]; then
		grep -Eq "/($m|$(echo "$m" | tr _ -))\.ko" "$md/modules.builtin" && continue
		echo "image: module $m is not in kernel $kver"
		exit 1
	fi
	echo "$p" | tr -d ':' | tr ' ' '\n'
done | sort -u > "$out.mods" || exit 1
while read -r f; do
	[ -n "$f" ] || continue
	mkdir -p "lib/modules/$kver/$(dirname "$f")"
	case $f in
	*.xz) xz -dc "$md/$f" > "lib/modules/$kver/${f%.xz}" ;;
	*.zst) zstd -qdc "$md/$f" > "lib/modules/$kver/${f%.zst}" ;;
	*) cp "$md/$f" "lib/modules/$kver/$f" ;;
	esac || exit 1
done < "$out.mods"
# the closure's own modules.dep (compressed names as now uncompressed)
awk -F: 'NR == FNR { want[$1] = 1; next } want[$1]' "$out.mods" "$md/modules.dep" | sed 's/\.ko\.\(xz\|zst\)/.ko/g' > "lib/modules/$kver/modules.dep"
cp "$md/modules.builtin" "$md/modules.alias" "lib/modules/$kver/" 2> /dev/null
sed -i 's/\.ko\.\(xz\|zst\)/.ko/g' "lib/modules/$kver/modules.alias" 2> /dev/null
rm -f "$out.mods"

# the harness and the tests
mkdir -p src/tests/e2e src/tests/vm
cp "$top"/tests/*.sh "$top"/tests/demo.expect "$top"/tests/demo.sed src/tests/ || exit 1
cp "$top"/tests/e2e/*.sh src/tests/e2e/ && cp "$top"/tests/vm/init.sh init && chmod +x init || exit 1

find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 > "$out.tmp" && mv "$out.tmp" "$out"
