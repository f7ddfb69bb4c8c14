# The multi-call binary: applet by argument or by the link's name.

t_applet_names() {
	d=$T/bin; mkdir -p "$d"
	"$IPBOX" --install -s "$d" || fail "--install -s"
	[ -L "$d/ip" ] && [ -L "$d/ping" ] || fail "no symlinks"
	"$d/ip" link show lo > "$T/a" || fail "ip through a link"
	"$IPBOX" ip link show lo > "$T/b"
	cmp -s "$T/a" "$T/b" || fail "link and ipbox ip differ"
	h=$T/hard; mkdir -p "$h"
	cp "${IPBOX_FILE:-$IPBOX}" "$T/ipbox"	# hard links need one filesystem (IPBOX_FILE: the binary, when IPBOX is a valgrind wrapper)
	"$T/ipbox" --install "$h" || fail "--install"
	[ -f "$h/ip" ] && [ ! -L "$h/ip" ] || fail "no hard link"
	[ "$(stat -c %i "$h/ip")" = "$(stat -c %i "$T/ipbox")" ] || fail "hard link is another file"
}

t_usage_and_list() {
	"$IPBOX" > "$T/u" || fail "ipbox alone"
	grep -Eq '^Applets:( [a-z]+)* ip( |$)' "$T/u" || fail "usage lists applets"
	"$IPBOX" --help | grep -q Usage || fail "--help"
	"$IPBOX" --list | grep -qx ip || fail "--list"
	expect 127 "ipbox: applet not found: nosuch" "$IPBOX" nosuch
}
