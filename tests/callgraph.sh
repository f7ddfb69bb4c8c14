#!/bin/sh
# The call graph among the files of a folder (default applets/ip): file A
# -> file B when A names a function or variable that B defines with
# external linkage (ctags) and a header of the folder declares.  Prints every edge, then every circle: two
# files that reach each other, directly or around a loop.  Exit 1 when
# there is a circle.  Needs Universal Ctags.
dir=${1:-applets/ip}
tmp=${TMPDIR:-/tmp}/callgraph.$$
trap 'rm -f "$tmp".*' EXIT
# ctags misses "static" before a multi-line struct, so a name counts
# only when a header of the folder declares it
ctags -x --c-kinds=fv --extras=-F --_xformat='%N %F' "$dir"/*.c > "$tmp.all" || exit 2
cat "$dir"/*.h 2>/dev/null | grep -ow '[A-Za-z_][A-Za-z0-9_]*' | sort -u > "$tmp.hdr"
awk 'NR == FNR { h[$1] = 1; next } $1 in h' "$tmp.hdr" "$tmp.all" > "$tmp.defs"
for f in "$dir"/*.c; do
	# identifiers outside comments and strings
	sed -e 's://.*$::' -e 's:"\([^"\\]\|\\.\)*"::g' "$f" |
	awk 'BEGIN { c = 0 } { s = $0; o = "";
		while (s != "") {
			if (c) { i = index(s, "*/"); if (!i) { s = ""; break } s = substr(s, i + 2); c = 0 }
			else { i = index(s, "/*"); if (!i) { o = o s; s = "" } else { o = o substr(s, 1, i - 1) " "; s = substr(s, i + 2); c = 1 } }
		} print o }' |
	grep -ow '[A-Za-z_][A-Za-z0-9_]*' | sort -u | sed "s|^|$f |"
done > "$tmp.uses"
awk 'NR == FNR { def[$1] = $2; next }
     ($2 in def) && def[$2] != $1 { e = $1 " -> " def[$2]; if (!(e in seen)) { seen[e] = 1; print e } }' \
	"$tmp.defs" "$tmp.uses" | sort > "$tmp.edges"
echo "# edges (caller -> callee file)"
cat "$tmp.edges"
awk '{ n[$1]; n[$3]; r[$1, $3] = 1 }
     END {
	for (k in n) for (i in n) if (r[i, k]) for (j in n) if (r[k, j]) r[i, j] = 1
	for (i in n) for (j in n) if (i < j && r[i, j] && r[j, i]) { print "circle: " i " <-> " j; bad = 1 }
	exit bad }' "$tmp.edges" > "$tmp.circles"
rc=$?
echo "# circles"
sort "$tmp.circles"
[ $rc = 0 ] && echo "none"
exit $rc
