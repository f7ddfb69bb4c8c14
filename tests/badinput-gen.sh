#!/bin/sh
# Fill the expected columns of the bad-input table from iproute2 itself:
#   sh tests/badinput-gen.sh < CASES > tests/e2e/badinput.tbl
# CASES has one command a line (ip's arguments, shell words).  Each runs
# with iproute2 in a fresh sandbox prepared by bad_setup; a case that
# succeeds or changes the state is not a bad input and is left out (as a
# comment).  Run as root.  The mark column starts as "ok"; mark the lines
# ipbox gets wrong "xfail".
cd "$(dirname "$0")/.." || exit 1
tab=$(printf '\t')
printf '# rc\tmark\tiproute2 6.1 stderr (first line)\tip arguments\n'
while IFS= read -r args; do
	case $args in ''|'#'*) continue ;; esac
	unshare --net --mount --pid --fork sh -c '
		mount --make-rprivate / && mount -t proc proc /proc && mount -t tmpfs tmpfs /run &&
		mount -t tmpfs tmpfs /tmp && mount -t sysfs sysfs /sys 2>/dev/null
		export TMPDIR=/tmp IPBOX=/bin/false; a=$1
		. tests/lib.sh; . tests/e2e/badinput.sh
		bad_setup > /dev/null 2>&1; settle va vb 2>/dev/null
		bad_state > /tmp/s0
		eval "set -- $a"
		ref "$@" < /dev/null > /tmp/out 2> /tmp/err; rc=$?
		bad_state > /tmp/s1
		if [ $rc = 0 ]; then echo "# dropped (exit 0): $a"
		elif ! cmp -s /tmp/s0 /tmp/s1; then echo "# dropped (changes the state): $a"
		else printf "%s\tok\t%s\t%s\n" $rc "$(head -n 1 /tmp/err)" "$a"; fi
	' sh "$args"
done
