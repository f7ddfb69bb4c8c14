#!/bin/sh
# Build musl 1.2.3 from Debian 12's source package for a target that
# Debian ships no musl for (mips big-endian, riscv64), once: the result
# stays in DIR (a make ARCH=... build folder's musl/), with musl's own
# gcc wrapper DIR/bin/musl-gcc around the Debian cross compiler.
#   tests/cross-musl.sh ARCH DIR      ARCH: mips riscv64
# Needs the deb-src entry and the cross compiler (tests/cross-setup.sh ARCH).
set -eu
arch=$1 dir=$2
case $arch in
mips) gnu=mips-linux-gnu ;;
riscv64) gnu=riscv64-linux-gnu ;;
*) echo "cross-musl: no musl source build for $arch" >&2; exit 2 ;;
esac
ver=1.2.3
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
[ "$(cat "$dir/.built" 2>/dev/null)" = "$ver $gnu" ] && [ -x "$dir/bin/musl-gcc" ] && exit 0
command -v $gnu-gcc > /dev/null || { echo "cross-musl: no $gnu-gcc: run tests/cross-setup.sh $arch" >&2; exit 1; }

echo "  MUSL    $ver for $arch from Debian's source package, into $dir (once)"
rm -rf "$dir/src" "$dir/obj"
mkdir -p "$dir/src" "$dir/obj"
# the build folder may be closed to apt's sandbox user
(cd "$dir/src" && apt-get source -qq -o APT::Sandbox::User=root "musl=$ver-1") > "$dir/src.log" 2>&1 || {
	cat "$dir/src.log" >&2
	echo "cross-musl: apt-get source musl failed (a deb-src entry: tests/cross-setup.sh $arch)" >&2
	exit 1
}
cd "$dir/obj"
# musl's own flags: a make ARCH=... CFLAGS="-Os -Werror" above would reach
# musl's make through MAKEFLAGS and fail it on musl's own warnings
unset MAKEFLAGS MFLAGS MAKELEVEL CFLAGS LDFLAGS
{
	"$dir/src/musl-$ver/configure" --prefix="$dir" --target=$gnu CROSS_COMPILE=$gnu- \
		--disable-shared --enable-wrapper=gcc CFLAGS=-Os &&
	make -j"${MUSL_JOBS:-2}" && make install
} > "$dir/build.log" 2>&1 || { tail -n 30 "$dir/build.log" >&2; echo "cross-musl: build failed, see $dir/build.log" >&2; exit 1; }
cd "$dir" && rm -rf obj src
echo "$ver $gnu" > "$dir/.built"
