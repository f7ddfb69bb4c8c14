#!/bin/sh
# Kconfig without Python: enough of the language for ipbox's bool symbols
# (config, bool, default y|n, depends on A && B, if/endif, source).
#
#   kconfig.sh config BASE [FRAGMENT]  write a complete .config to stdout;
#                                      BASE is def (Kconfig defaults), yes,
#                                      no or rand; FRAGMENT overrides BASE
#   kconfig.sh header CONFIG           write config.h: every symbol 0 or 1
#   kconfig.sh symbols                 list "NAME DEFAULT DEPS" per symbol
#
# Dependencies are enforced on every path, so a hand-edited .config can
# never switch on a symbol whose parent is off.
set -e
top=$(dirname "$0")/..

symbols() {
	awk -v top="$top" '
	function parse(file,   line, w, n, i, d) {
		while ((getline line < file) > 0) {
			n = split(line, w, /[ \t]+/)
			if (w[1] == "") { for (i = 1; i < n; i++) w[i] = w[i + 1]; n-- }
			if (w[1] == "source") {
				gsub(/"/, "", w[2]); parse(top "/" w[2])
			} else if (w[1] == "config" || w[1] == "menuconfig") {
				sym = w[2]; order[++nsym] = sym; def[sym] = "n"
				d = ""
				for (i = 1; i <= nif; i++) d = d (d == "" ? "" : "&&") ifs[i]
				dep[sym] = d
			} else if (w[1] == "default" && sym != "") {
				def[sym] = w[2]
			} else if (w[1] == "depends" && w[2] == "on" && sym != "") {
				d = ""
				for (i = 3; i <= n; i++) if (w[i] != "&&") d = d (d == "" ? "" : "&&") w[i]
				dep[sym] = dep[sym] (dep[sym] == "" ? "" : "&&") d
			} else if (w[1] == "if") {
				ifs[++nif] = w[2]; sym = ""
			} else if (w[1] == "endif") {
				nif--; sym = ""
			} else if (w[1] == "menu" || w[1] == "endmenu" || w[1] == "mainmenu" || w[1] == "comment") {
				sym = ""
			}
		}
		close(file)
	}
	BEGIN {
		parse(top "/Kconfig")
		for (i = 1; i <= nsym; i++) print order[i], def[order[i]], (dep[order[i]] == "" ? "-" : dep[order[i]])
	}'
}

# values: reads "symbols" output, then KEY=VAL lines; prints final y/n per symbol
resolve() {
	awk -v base="$1" -v seed="$2" '
	FNR == NR { name[++n] = $1; def[$1] = $2; dep[$1] = $3; next }
	/^CONFIG_[A-Za-z0-9_]+=/ { s = $0; sub(/^CONFIG_/, "", s); k = s; sub(/=.*/, "", k); v = s; sub(/^[^=]*=/, "", v); user[k] = v; next }
	/^# CONFIG_[A-Za-z0-9_]+ is not set/ { k = $2; sub(/^CONFIG_/, "", k); user[k] = "n"; next }
	END {
		srand(seed)
		for (i = 1; i <= n; i++) {
			s = name[i]
			if (s in user) v = user[s]
			else if (base == "yes") v = "y"
			else if (base == "no") v = "n"
			else if (base == "rand") v = (rand() < 0.5) ? "y" : "n"
			else v = def[s]
			if (dep[s] != "-") {
				m = split(dep[s], d, "&&")
				for (j = 1; j <= m; j++) {
					neg = (substr(d[j], 1, 1) == "!"); t = neg ? substr(d[j], 2) : d[j]
					if ((val[t] == "y") == neg) v = "n"
				}
			}
			val[s] = v
			print s, v
		}
	}' - "${3:-/dev/null}"
}

case "$1" in
symbols) symbols ;;
config)
	seed=${KCONFIG_SEED:-$(date +%s)}
	[ "$2" = rand ] && echo "# randconfig seed $seed"
	symbols | resolve "$2" "$seed" "$3" | awk '{ if ($2 == "y") print "CONFIG_" $1 "=y"; else print "# CONFIG_" $1 " is not set" }'
	;;
header)
	echo "/* generated from $2 by config/kconfig.sh: do not edit */"
	echo "#ifndef IPBOX_CONFIG_H"
	echo "#define IPBOX_CONFIG_H"
	symbols | resolve def 0 "$2" | awk '{ printf "#define CONFIG_%s %d\n", $1, ($2 == "y") }'
	echo "#endif"
	;;
*) echo "usage: $0 config def|yes|no|rand [FRAGMENT] | header CONFIG | symbols" >&2; exit 2 ;;
esac
