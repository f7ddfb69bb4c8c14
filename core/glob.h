/* Shell-style wildcard matching of ASCII names ("eth0:*", "veth[0-9]"),
 * with fnmatch(pattern, name, 0)'s rules.  musl's fnmatch brings its
 * wide-character class and case tables (about 13 KB static); interface
 * names and labels need none of that. */
#ifndef IPBOX_GLOB_H
#define IPBOX_GLOB_H

/* 0 when NAME matches PATTERN, like fnmatch(); 1 otherwise */
int glob_match(const char *pattern, const char *name);

#endif
