# Runs one test function inside the sandbox; executed by tests/run.sh as
#   unshare --net --mount --pid --fork sh tests/sandbox.sh FILE FUNC
set -u
mount --make-rprivate / || exit 1
mount -t proc proc /proc || exit 1
mount -t tmpfs -o mode=755 tmpfs /run || exit 1
mount -t tmpfs tmpfs /tmp || exit 1
mount -t sysfs sysfs /sys 2>/dev/null
export TMPDIR=/tmp
. tests/lib.sh
. "$1"
"$2"
