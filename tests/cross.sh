#!/bin/sh
# Big-endian and 32-bit: cross-build static glibc binaries with Debian's
# cross compilers, run the unit tests under qemu-user-static, then the
# end-to-end suite with ipbox run through qemu.
#   tests/cross.sh [ARCH...]      ARCH: mips (32-bit big-endian), arm (32-bit armhf)
# Unit tests must pass on every ARCH.  The e2e suite through qemu is
# reported, not counted (CROSS_E2E_FATAL=1 counts it on arm): all of it on
# arm (CROSS_TESTS_ARM), a subset on mips (CROSS_TESTS_MIPS), where qemu-user's netlink translation for a
# big-endian guest leaves errno values, extended acks and several u32
# attributes (IFA_RT_PRIORITY, IFLA_MASTER in requests, IFA_BROADCAST)
# unconverted, so differences there are qemu's, not ipbox's.  On both,
# qemu-user translates only link, address and route netlink messages:
# rule, neigh and nsid requests fail in qemu with EOPNOTSUPP ("Cannot talk
# to rtnetlink: Operation not supported"), which the e2e report shows.
# CROSS_JOBS (3) e2e tests run at a time.
set -u
cd "$(dirname "$0")/.." || exit 1
[ $# -gt 0 ] || set -- mips arm
rc=0
for arch in "$@"; do
	case $arch in
	mips) cross=mips-linux-gnu- qemu=qemu-mips-static e2e_fatal=0 e2e=${CROSS_TESTS_MIPS:-^(link_show|badinput)/} ;;
	arm) cross=arm-linux-gnueabihf- qemu=qemu-arm-static e2e_fatal=${CROSS_E2E_FATAL:-0} e2e=${CROSS_TESTS_ARM:-.} ;;
	*) echo "cross: unknown arch $arch"; rc=1; continue ;;
	esac
	b=build-$arch
	echo "== $arch: make CROSS_COMPILE=$cross (static glibc), unit tests under $qemu"
	if ! make -s BUILD=$b CONFIG=$b/full.config.in CROSS_COMPILE=$cross CFLAGS="-Os -Werror" \
		$b/full.config.in $b/ipbox unit >/dev/null; then
		echo "cross $arch: build FAILED"; rc=1; continue
	fi
	file $b/ipbox | sed 's/, BuildID[^,]*//; s/^/    /'
	p=0 f=0
	for u in $b/unit/*_test; do
		$qemu "$u" > $b/unit.log 2>&1; urc=$?
		p=$((p + $(grep -c '^PASS' $b/unit.log))); uf=$(grep -c '^FAIL' $b/unit.log)
		[ $urc = 0 ] || [ "$uf" != 0 ] || uf=1
		f=$((f + uf))
		grep '^FAIL' $b/unit.log
	done
	echo "cross $arch unit: $p passed, $f failed"
	[ $f = 0 ] || rc=1
	if [ "$(id -u)" = 0 ]; then
		mkdir -p $b/qemu
		printf '#!/bin/sh\nexec %s %s "$@"\n' "$qemu" "$(pwd)/$b/ipbox" > $b/qemu/ipbox
		chmod +x $b/qemu/ipbox
		IPBOX_SLOW=1 JOBS=${CROSS_JOBS:-3} SKIP_TESTS='^dispatch/' sh tests/run.sh $b/qemu/ipbox "$e2e" > $b/e2e.log 2>&1; erc=$?
		grep -E '^(FAIL|failed:)' $b/e2e.log | sed 's/^/    /'
		echo "cross $arch e2e under $qemu: $(tail -n 1 $b/e2e.log)$([ $e2e_fatal = 1 ] || echo ' (reported only)')"
		[ $erc = 0 ] || [ $e2e_fatal = 0 ] || rc=1
	fi
done
exit $rc
