#!/bin/sh
# make size-cross: stripped sizes of config/tiny and config/defconfig,
# static musl, for x86-64 (musl-gcc) and every ARCH, each built -Werror
# (make ARCH=... size in build-ARCH/tiny and build-ARCH/defconfig), as
# the README's table.
#   tests/cross-size.sh [ARCH...]   ARCH: armhf arm64 mipsel mips riscv64
set -u
cd "$(dirname "$0")/.." || exit 1
[ $# -gt 0 ] || set -- armhf arm64 mipsel mips riscv64
rc=0
size() {	# ARCH(or "") CONFIG: bytes, or "failed"
	b=build-${1:-x86_64}/$2 a=${1:+ARCH=$1}
	[ -n "$1" ] || a=CC=musl-gcc
	mkdir -p "$b"
	sh config/kconfig.sh config "$([ $2 = tiny ] && echo no || echo def)" config/$2 > "$b/$2.config.tmp"
	cmp -s "$b/$2.config.tmp" "$b/$2.config" && rm "$b/$2.config.tmp" || mv "$b/$2.config.tmp" "$b/$2.config"
	if make -s $a BUILD="$b" CONFIG="$b/$2.config" CFLAGS="-Os -Werror" size > "$b.log" 2>&1; then
		sed -n 's/^ipbox stripped: \([0-9]*\) bytes.*/\1/p' "$b.log" | tail -n 1
	else
		grep -v '^  [A-Z]* ' "$b.log" | tail -n 10 >&2
		echo failed
	fi
}
commas() { echo "$1" | sed ':a; s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/; ta'; }
echo "| target (static musl, stripped) | config/tiny | config/defconfig |"
echo "|---|---|---|"
for a in "" "$@"; do
	case $a in
	"") what="x86-64" ;;
	armhf) what="armhf (ARMv7, Thumb-2, 32-bit time64)" ;;
	arm64) what="arm64" ;;
	mipsel) what="mipsel (MIPS32r2, 32-bit time64)" ;;
	mips) what="mips (MIPS32r2 big-endian, 32-bit time64; musl from source)" ;;
	riscv64) what="riscv64 (musl from source)" ;;
	*) echo "cross-size: unknown ARCH $a" >&2; rc=1; continue ;;
	esac
	t=$(size "$a" tiny); d=$(size "$a" defconfig)
	case "$t$d" in *failed*) rc=1 ;; esac
	echo "| ${a:-x86_64}: $what | $(commas "$t") | $(commas "$d") |"
done
exit $rc
