#!/bin/sh
# make check-cross: the router CPUs.  For each ARCH, a static musl build of
# config/full with -Werror (make ARCH=..., in build-ARCH/check), its unit
# tests under qemu-user-static (fatal), then the end-to-end suite with
# ipbox run through qemu-user.
#   tests/cross.sh [ARCH...]   ARCH: armhf arm64 mipsel mips riscv64 (default all)
# armhf and mipsel are 32-bit with musl's 64-bit time_t: every time_t,
# timeval and timespec that crosses the syscall boundary (clock_gettime64,
# SO_TIMESTAMP_NEW, SO_RCVTIMEO_NEW, setitimer) goes musl's time64 way,
# and qemu 7.2 answers the _NEW socket options with ENOPROTOOPT, so musl's
# fallback to the old options, with its conversion of SO_TIMESTAMP
# control messages in recvmsg, is what ping's -D and RTT lines read here
# (a real kernel takes the _NEW path: make check-vm-arm).
# The e2e suite through qemu: qemu-user translates only link, address
# and route netlink messages (rule, neigh and nsid requests fail with
# EOPNOTSUPP, "Cannot talk to rtnetlink: Operation not supported"), and on
# big-endian mips also leaves errno values, extended acks and several u32
# attributes unconverted; its IP_RECVERR conversion writes the offender
# address through a host pointer taken as a guest one, so 32-bit guests
# (armhf, mipsel, mips) print "From 0.0.0.0" in ping/host_unreachable,
# and it copies ee_errno unconverted, so on MIPS (EMSGSIZE is 97 there,
# 90 on the host) "message too long" reads as ELOOP; every ipbox run pays qemu's start-up, so the
# table-driven files (badinput, batch) time out on a loaded machine.  So
# each ARCH runs a subset (CROSS_TESTS overrides it): ping (-D, the RTT
# lines and statistics through musl's time64 calls) and the link, address
# and route files on the little-endian ones, link_show and ping on mips.
# Its result is reported; CROSS_E2E_FATAL=1 counts it.  CROSS_JOBS (2) e2e
# tests at a time.  tests/cross-setup.sh installs what is missing.
set -u
cd "$(dirname "$0")/.." || exit 1
[ $# -gt 0 ] || set -- armhf arm64 mipsel mips riscv64
e2e_le='^(ping|link_show|link_add|link_set|addr_show|addr_modify|route)/'
e2e_be='^(ping|link_show)/'
rc=0 summary=""
for arch in "$@"; do
	case $arch in
	armhf) q=arm ;;
	arm64) q=aarch64 ;;
	mipsel|mips|riscv64) q=$arch ;;
	*) echo "cross: unknown ARCH $arch (armhf arm64 mipsel mips riscv64)"; rc=1; continue ;;
	esac
	qemu=qemu-$q-static
	e2e=${CROSS_TESTS:-$e2e_le}
	[ $arch != mips ] || e2e=${CROSS_TESTS:-$e2e_be}
	b=build-$arch/check
	mkdir -p $b
	echo "== $arch: make ARCH=$arch (static musl, config/full, -Werror), unit tests under $qemu"
	if ! make -s ARCH=$arch BUILD=$b CONFIG=$b/full.config.in CFLAGS="-Os -Werror" \
		$b/full.config.in $b/ipbox unit > $b.log 2>&1; then
		grep -v '^  [A-Z]* ' $b.log | tail -n 20
		echo "cross $arch: build FAILED"; rc=1; summary="$summary$arch: build failed\n"; continue
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
	line="$arch: unit $p passed, $f failed"
	if [ "$(id -u)" = 0 ]; then
		mkdir -p $b/qemu
		printf '#!/bin/sh\nexec %s %s "$@"\n' "$(command -v $qemu)" "$(pwd)/$b/ipbox" > $b/qemu/ipbox
		chmod +x $b/qemu/ipbox
		s=$(date +%s)
		IPBOX_SLOW=1 JOBS=${CROSS_JOBS:-2} SKIP_TESTS='^dispatch/' IPBOX_FILE=$(pwd)/$b/ipbox \
			sh tests/run.sh $b/qemu/ipbox "$e2e" > $b/e2e.log 2>&1; erc=$?
		grep -E '^(FAIL|failed:)' $b/e2e.log | sed 's/^/    /'
		r=$(grep -E '^[0-9]+ passed, [0-9]+ failed' $b/e2e.log | tail -n 1)
		echo "cross $arch e2e under $qemu ($((  $(date +%s) - s )) s): $r$([ "${CROSS_E2E_FATAL:-0}" = 1 ] || echo ' (reported only)')"
		[ $erc = 0 ] || [ "${CROSS_E2E_FATAL:-0}" != 1 ] || rc=1
		line="$line; e2e ${r:-did not finish}"
	fi
	summary="$summary$line\n"
done
printf "== check-cross\n$summary"
exit $rc
