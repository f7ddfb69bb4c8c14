# core/proc.c: ip netns exec finds and runs commands as glibc's execvp does.

# same ARGS..., with $PATH set to P for both runs only (P "-": unset)
same_path() {
	p=$1
	shift
	if [ "$p" = - ]; then e="env -u PATH"; else e="env PATH=$p"; fi
	$e "$IPREF" "$@" > "$T/ref.out" 2> "$T/ref.err"; ref_rc=$?
	$e "$IPBOX" ip "$@" > "$T/ipb.out" 2> "$T/ipb.err"; ipb_rc=$?
	_compare "PATH=$p ip $*" || exit 1
}

t_exec_path() {
	ipb netns add a || fail "add"
	mkdir "$T/bin" "$T/dir"
	printf 'echo "script ran: $0 $*"\n' > "$T/bin/noshebang"
	chmod +x "$T/bin/noshebang"
	printf 'echo x\n' > "$T/bin/notexec"
	cp "$T/bin/noshebang" "$T/dir/here"
	same netns exec a "$T/bin/noshebang" 1 2          # ENOEXEC: /bin/sh runs it
	same netns exec a "$T/bin/notexec"
	same netns exec a "$T/bin"
	same netns exec a ""
	same netns exec a "$(printf 'x%.0s' $(seq 300))"  # a name longer than NAME_MAX
	same_path "$T/bin:$PATH" netns exec a noshebang 3
	same_path "$T/bin:$PATH" netns exec a notexec     # EACCES, though later entries lack it
	same_path "/nonexistent:$T/bin" netns exec a notexec
	cd "$T/dir" || fail "cd"
	same_path ":/bin" netns exec a here 4             # an empty entry: the current directory
	same_path "/bin:" netns exec a here
	same_path - netns exec a sh -c 'echo $0'          # the default PATH
}
