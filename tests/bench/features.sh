#!/bin/sh
# What each feature costs: defconfig built with one symbol off at a time,
# the stripped size saved against defconfig itself.  Run by
# "make size-features" (CC and CFLAGS as for make; builds in $BUILD/feat-*).
set -e
B=${BUILD:-build}
mkdir -p "$B"
size_of() {	# size_of NAME FRAGMENT
	sh config/kconfig.sh config def "$2" > "$B/feat-$1.config"
	${MAKE:-make} -s BUILD="$B/feat-$1" CONFIG="$B/feat-$1.config" size | sed -n 's/^ipbox stripped: \([0-9]*\) .*/\1/p'
}
printf '' > "$B/feat-none.frag"
cat config/defconfig > "$B/feat-none.frag"
base=$(size_of none "$B/feat-none.frag")
echo "defconfig: $base bytes"
for sym in $(grep '=y' "$B/feat-none.config" | sed 's/^CONFIG_\(.*\)=y/\1/'); do
	case $sym in STATIC|IP) continue ;; esac
	{ cat config/defconfig; echo "# CONFIG_$sym is not set"; } > "$B/feat-$sym.frag"
	n=$(size_of "$sym" "$B/feat-$sym.frag")
	echo "$sym $((base - n))"
done | sort -k2 -n -r
# the symbols defconfig leaves out: what each would add to it
for sym in $(sed -n 's/^# CONFIG_\(.*\) is not set/\1/p' "$B/feat-none.config"); do
	{ cat config/defconfig; echo "CONFIG_$sym=y"; } > "$B/feat-$sym.frag"
	n=$(size_of "$sym" "$B/feat-$sym.frag")
	[ "$n" = "$base" ] || echo "$sym +$((n - base)) (not in defconfig)"
done
