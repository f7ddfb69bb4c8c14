# Runs one test function inside the sandbox; executed by tests/run.sh as
#   unshare --net --mount --pid --fork sh tests/sandbox.sh FILE FUNC DIR
# DIR is an empty folder that gets the test's private tmpfs.  (Not /tmp
# itself: the checkout, and so the binary under test, may live in /tmp.)
set -u
mount --make-rprivate / || exit 1
mount -t proc proc /proc || exit 1
mount -t tmpfs -o mode=755 tmpfs /run || exit 1
mount -t tmpfs tmpfs "$3" || exit 1
mount -t sysfs sysfs /sys 2>/dev/null
export TMPDIR="$3"
. tests/lib.sh
. "$1"
"$2"
