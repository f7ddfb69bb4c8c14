#!/bin/sh
# Install from Debian 12 what `make ARCH=...` and `make check-cross` need,
# and say what it installs; what is there already is left alone.
#   tests/cross-setup.sh [ARCH...]   ARCH: armhf arm64 mipsel mips riscv64 vm-arm
# (none: the five targets).  armhf, arm64 and mipsel take Debian's cross
# compiler and the multiarch musl-dev:ARCH (dpkg --add-architecture ARCH),
# whose wrapper is ARCH's musl triplet + "-gcc".  Debian 12 has no musl for
# mips (big-endian) or riscv64: those take the cross compiler, and musl's
# Debian source package (apt-get source, which needs a deb-src entry: one
# is added beside the Debian entry, with the same Signed-By, or apt
# refuses the list); tests/cross-musl.sh builds it.  vm-arm: what
# `make check-vm-arm` needs (qemu-system-arm, and busybox-static:armhf and
# the armhf kernel, downloaded by tests/vm/arm.sh, never installed).
set -eu
[ $# -gt 0 ] || set -- armhf arm64 mipsel mips riscv64
pkgs="qemu-user-static file" archs="" src=0
for a in "$@"; do
	case $a in
	armhf) pkgs="$pkgs gcc-arm-linux-gnueabihf linux-libc-dev-armhf-cross musl-dev:armhf"; archs="$archs armhf" ;;
	arm64) pkgs="$pkgs gcc-aarch64-linux-gnu linux-libc-dev-arm64-cross musl-dev:arm64"; archs="$archs arm64" ;;
	mipsel) pkgs="$pkgs gcc-mipsel-linux-gnu linux-libc-dev-mipsel-cross musl-dev:mipsel"; archs="$archs mipsel" ;;
	mips) pkgs="$pkgs gcc-mips-linux-gnu linux-libc-dev-mips-cross dpkg-dev"; src=1 ;;
	riscv64) pkgs="$pkgs gcc-riscv64-linux-gnu linux-libc-dev-riscv64-cross dpkg-dev"; src=1 ;;
	vm-arm) pkgs="$pkgs qemu-system-arm cpio gzip"; archs="$archs armhf" ;;
	*) echo "cross-setup: unknown ARCH $a (armhf arm64 mipsel mips riscv64 vm-arm)" >&2; exit 2 ;;
	esac
done

update=0
have=" $(dpkg --print-architecture) $(dpkg --print-foreign-architectures | tr '\n' ' ') "
for a in $archs; do
	case $have in *" $a "*) continue ;; esac
	echo "cross-setup: dpkg --add-architecture $a"
	dpkg --add-architecture "$a"
	have="$have$a "
	update=1
done

# a deb-src twin of the Debian entry (deb822 or one-line), same Signed-By
if [ $src = 1 ] && ! apt-get indextargets --format '$(CREATED_BY)' 2>/dev/null | grep -qx Sources; then
	f=/etc/apt/sources.list.d/debian.sources
	if [ -f "$f" ] && grep -q '^Types:.*deb' "$f"; then
		echo "cross-setup: deb-src for Debian's main entry ($f's Signed-By) in /etc/apt/sources.list.d/ipbox-deb-src.sources"
		awk 'BEGIN { RS = ""; ORS = "\n\n" } /URIs: *http[^\n]*debian\/?(\n|$)/ && /Suites:[^\n]*bookworm/ {
			sub(/Types: *[^\n]*/, "Types: deb-src"); print; exit }' "$f" > /etc/apt/sources.list.d/ipbox-deb-src.sources
	else
		l=$(grep -h '^deb .*debian.* bookworm ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n 1)
		[ -n "$l" ] || { echo "cross-setup: no Debian bookworm entry to mirror as deb-src" >&2; exit 1; }
		echo "cross-setup: deb-src for Debian's main entry in /etc/apt/sources.list.d/ipbox-deb-src.list"
		echo "deb-src${l#deb}" > /etc/apt/sources.list.d/ipbox-deb-src.list
	fi
	update=1
fi

miss=""
for p in $pkgs; do
	dpkg -s "$p" > /dev/null 2>&1 || miss="$miss $p"
done
if [ -z "$miss" ] && [ $update = 0 ]; then
	echo "cross-setup: everything for $* is installed"
	exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if [ -n "$miss" ]; then
	echo "cross-setup: apt-get install$miss"
	apt-get install -y -qq --no-install-recommends $miss > /dev/null
fi
