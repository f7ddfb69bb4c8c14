/* The name databases of iproute2 (lib/rt_names.c, rtm_map.c): built-in
 * names, then /etc/iproute2/FILE read once on first use.  Later entries
 * win for printing; a name maps to the lowest number that has it. */
#include "applets/ip/lib/rtnames.h"
#include "core/kw.h"
#include "core/ipbox.h"
#include "applets/ip/lib/options.h"
#include "core/dir.h"
#include "core/growbuf.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <linux/rtnetlink.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rt_ent {
	unsigned id;
	const char *name;
};

/* a built-in name (all their ids are below 256) */
struct rt_builtin {
	unsigned char id;
	char name[11];
};

struct rt_db {
	const char *file;	/* under /etc/iproute2 */
	const char *dir;	/* a .d folder of *.conf files, or NULL */
	const struct rt_builtin *builtin;
	unsigned char nbuiltin;
	unsigned char wide;	/* ids are 32 bits (tables) */
	unsigned char loaded;
};

const char *rt_confdir = "/etc/iproute2/";

static const struct rt_builtin tables_builtin[] = {
	{ RT_TABLE_DEFAULT, "default" }, { RT_TABLE_MAIN, "main" }, { RT_TABLE_LOCAL, "local" },
};
static const struct rt_builtin protos_builtin[] = {
	{ 0, "unspec" }, { 1, "redirect" }, { 2, "kernel" }, { 3, "boot" }, { 4, "static" },
	{ 8, "gated" }, { 9, "ra" }, { 10, "mrt" }, { 11, "zebra" }, { 12, "bird" },
	{ 13, "dnrouted" }, { 14, "xorp" }, { 15, "ntk" }, { 16, "dhcp" }, { 18, "keepalived" },
	{ 42, "babel" }, { 186, "bgp" }, { 187, "isis" }, { 188, "ospf" }, { 189, "rip" },
	{ 192, "eigrp" },
};
static const struct rt_builtin scopes_builtin[] = {
	{ 0, "global" }, { 255, "nowhere" }, { 254, "host" }, { 253, "link" }, { 200, "site" },
};
static const struct rt_builtin realms_builtin[] = { { 0, "unknown" } };
static const struct rt_builtin dsfield_builtin[] = { { 0, "0" } };

static struct rt_db tables = { "rt_tables", "rt_tables.d", tables_builtin, 3, 1, 0 };
static struct rt_db protos = { "rt_protos", "rt_protos.d", protos_builtin,
			       sizeof(protos_builtin) / sizeof(protos_builtin[0]), 0, 0 };
static struct rt_db scopes = { "rt_scopes", NULL, scopes_builtin, 5, 0, 0 };
static struct rt_db realms = { "rt_realms", NULL, realms_builtin, 1, 0, 0 };
static struct rt_db dsfield = { "rt_dsfield", NULL, dsfield_builtin, 1, 0, 0 };

/* Names read from files, for all databases: the files' text and one
 * entry per name, in bss at first and in mappings (no malloc) when the
 * files are bigger, as big as they are (iproute2 reads them whole too).
 * Text never moves once its names are taken: a chunk left behind when a
 * file needs a bigger one stays mapped. */
struct pool_ent {
	const struct rt_db *db;
	struct rt_ent e;
};
static char text_store[16384];
static struct pool_ent ent_store[512];
static struct growbuf text = { text_store, sizeof(text_store), 0 };
static struct growbuf ents = { (char *)ent_store, sizeof(ent_store), 0 };
static size_t text_used, nent;
#define ENT ((struct pool_ent *)ents.p)

/* the file being read, from START, does not fit: move it to a chunk of
 * twice the size; the chunk before stays if other files' names are in it */
static int text_grow(size_t *start)
{
	struct growbuf next = { NULL, 0, 0 };
	size_t len = text_used - *start;

	if (growbuf_need(&next, text.cap * 2, 0) < 0)
		return -1;
	memcpy(next.p, text.p + *start, len);
	if (!*start)
		growbuf_free(&text);
	text = next;
	text_used = len;
	*start = 0;
	return 0;
}

/* a whole file appended to the text, NUL-terminated; its start, or NULL
 * (no file, or no memory for all of it: then nothing of it is kept) */
static char *slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t start = text_used;
	ssize_t r;

	if (fd < 0)
		return NULL;
	do {
		/* room for the NUL stays */
		if (text_used + 1 >= text.cap && text_grow(&start) < 0) {
			text_used = start;
			close(fd);
			return NULL;
		}
		r = read(fd, text.p + text_used, text.cap - text_used - 1);
		if (r > 0)
			text_used += (size_t)r;
	} while (r > 0 || (r < 0 && errno == EINTR));
	close(fd);
	text.p[text_used++] = 0;
	return text.p + start;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* "ID NAME" lines (ID decimal or 0x hex), '#' comments, as fread_id_name */
static void db_read(const struct rt_db *db, const char *path)
{
	char *buf = slurp(path);

	if (!buf)
		return;
	for (char *line = buf, *next; *line; line = next) {
		next = strchr(line, '\n');
		next = next ? next + 1 : line + strlen(line);
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#' || *p == '\n' || !*p)
			continue;
		char *end;
		int hex = p[0] == '0' && p[1] == 'x';
		/* 6.1 reads the ID with sscanf's %d or %x into an int: an ID
		 * past INT_MAX (4294967295, 0xffffffff) is negative there, so
		 * skipped, on every CPU */
		int id = (int)(uint32_t)(hex ? str_to_ull(p + 2, &end, 16) : (unsigned long long)str_to_ll(p, &end, 10));
		char *name = end;
		while (is_blank(*name))
			name++;
		char *ne = name;
		while (*ne && !is_blank(*ne))
			ne++;
		if (end == p || (hex && end == p + 2) || ne == name) {
			err_fmt("Database %s is corrupted at %.*s\n", path, (int)(next - p), p);
			return;
		}
		if (*ne)
			*ne = 0;	/* next was found before: a '\n' here is gone */
		if (id < 0 || (!db->wide && id > 255) ||
		    growbuf_need(&ents, (nent + 1) * sizeof(*ENT), nent * sizeof(*ENT)) < 0)
			continue;
		ENT[nent].db = db;
		ENT[nent].e.id = (unsigned)id;
		ENT[nent].e.name = name;
		nent++;
	}
}

/* a .conf file of a database's .d folder */
static int read_conf(const char *name, void *arg)
{
	const struct rt_db *db = arg;
	char path[300];
	size_t len = strlen(name);

	if (name[0] == '.' || len <= 5 || strcmp(name + len - 5, ".conf"))
		return 0;
	fmt_buf(path, sizeof(path), "%s%s/%s", rt_confdir, db->dir, name);
	db_read(db, path);
	return 0;
}

static void db_load(struct rt_db *db)
{
	char path[300];

	if (db->loaded)
		return;
	db->loaded = 1;
	fmt_buf(path, sizeof(path), "%s%s", rt_confdir, db->file);
	db_read(db, path);
	if (!db->dir)
		return;
	fmt_buf(path, sizeof(path), "%s%s", rt_confdir, db->dir);
	dir_each(path, read_conf, db);
}

static const char *builtin_name(const struct rt_db *db, unsigned id)
{
	for (unsigned i = 0; i < db->nbuiltin; i++)
		if (db->builtin[i].id == id)
			return db->builtin[i].name;
	return NULL;
}

static const char *db_n2a(struct rt_db *db, unsigned id, char *buf, const char *numfmt)
{
	if (!G.numeric) {
		/* the common names need no file */
		const char *name = db->loaded ? NULL : builtin_name(db, id);
		if (name)
			return name;
		db_load(db);
		for (size_t i = nent; i-- > 0;)
			if (ENT[i].db == db && ENT[i].e.id == id)
				return ENT[i].e.name;
		if ((name = builtin_name(db, id)))
			return name;
	}
	fmt_buf(buf, RT_NAME_BUF, numfmt, id);
	return buf;
}

/* ID has the name: iproute2 walks ids 0..255 (tables: hash buckets, the
 * newest first), so the lowest id & 255 wins */
static void consider(const struct rt_db *db, int *found, unsigned *best, unsigned id)
{
	if (!*found || (id & 255) < (*best & 255) || ((id & 255) == (*best & 255) && db->wide))
		*best = id;
	*found = 1;
}

static int db_a2n(struct rt_db *db, unsigned *id, const char *arg, int base, unsigned long max)
{
	int found = 0;

	db_load(db);
	for (unsigned i = 0; i < db->nbuiltin; i++)
		if (streq(db->builtin[i].name, arg))
			consider(db, &found, id, db->builtin[i].id);
	for (size_t i = 0; i < nent; i++)
		if (ENT[i].db == db && streq(ENT[i].e.name, arg))
			consider(db, &found, id, ENT[i].e.id);
	if (found)
		return 0;
	char *end;
	unsigned long long v = str_to_ull(arg, &end, base);
	if (end == arg || *end || v > max)
		return -1;
	*id = (unsigned)v;
	return 0;
}

const char *rt_table_n2a(unsigned id, char *buf) { return db_n2a(&tables, id, buf, "%u"); }
int rt_table_a2n(unsigned *id, const char *arg) { return db_a2n(&tables, id, arg, 0, 0xffffffffUL); }
const char *rt_proto_n2a(unsigned id, char *buf) { return db_n2a(&protos, id, buf, "%u"); }
int rt_proto_a2n(unsigned *id, const char *arg) { return db_a2n(&protos, id, arg, 0, 255); }
const char *rt_scope_n2a(unsigned id, char *buf) { return db_n2a(&scopes, id, buf, "%d"); }
int rt_scope_a2n(unsigned *id, const char *arg) { return db_a2n(&scopes, id, arg, 0, 255); }
const char *rt_realm_n2a(unsigned id, char *buf) { return db_n2a(&realms, id, buf, "%d"); }
int rt_realm_a2n(unsigned *id, const char *arg) { return db_a2n(&realms, id, arg, 0, 255); }
int rt_dsfield_a2n(unsigned *id, const char *arg) { return db_a2n(&dsfield, id, arg, 16, 255); }

const char *rt_dsfield_n2a(unsigned id, char *buf)
{
	const char *s = db_n2a(&dsfield, id, buf, "0x%02x");
	return s;
}

int get_group(int *id, const char *arg)
{
	char *end;

	if (streq(arg, "default")) {
		*id = 0;
		return 0;
	}
	/* 6.1's rtnl_group_a2n: strtol into an int, negatives refused */
	int v = (int)str_to_ll(arg, &end, 0);
	if (end == arg || *end || v < 0)
		return -1;
	*id = v;
	return 0;
}

int rt_realms_a2n(unsigned *realms, const char *arg)
{
	char from[64];
	const char *slash = strchr(arg, '/');
	unsigned f = 0, t = 0;

	*realms = 0;	/* 6.1's get_rt_realms: "" is realm 0 */
	if (!slash)
		return get_u32(realms, arg, 0) && *arg && rt_realm_a2n(realms, arg) ? -1 : 0;
	size_t n = (size_t)(slash - arg);
	if (n >= sizeof(from))
		return -1;
	memcpy(from, arg, n);
	from[n] = 0;
	if (rt_realm_a2n(&f, from))
		return -1;
	if (slash[1] && rt_realm_a2n(&t, slash + 1))
		return -1;
	*realms = f << 16 | t;
	return 0;
}

static const char *const rtn_names[] = {
	[RTN_UNSPEC] = "none", [RTN_UNICAST] = "unicast", [RTN_LOCAL] = "local",
	[RTN_BROADCAST] = "broadcast", [RTN_ANYCAST] = "anycast",
	[RTN_MULTICAST] = "multicast", [RTN_BLACKHOLE] = "blackhole",
	[RTN_UNREACHABLE] = "unreachable", [RTN_PROHIBIT] = "prohibit",
	[RTN_THROW] = "throw", [RTN_NAT] = "nat", [RTN_XRESOLVE] = "xresolve",
};

const char *rt_type_n2a(unsigned id, char *buf)
{
	if (id < sizeof(rtn_names) / sizeof(rtn_names[0]) && !G.numeric)
		return rtn_names[id];
	fmt_buf(buf, RT_NAME_BUF, "%d", id);
	return buf;
}

int rt_type_a2n(unsigned *id, const char *arg)
{
	/* iproute2's order: exact words and prefixes mixed ("brd" takes no
	 * prefix, but "b" and "br" are broadcast's first) */
	static const struct kw words[] = {
		{ "local", KW_EXACT, RTN_LOCAL, 0, 0 }, { "nat", KW_EXACT, RTN_NAT, 0, 0 },
		{ "broadcast|brd", KW_PREFIX, RTN_BROADCAST, 0, 0 },
		{ "anycast", KW_PREFIX, RTN_ANYCAST, 0, 0 },
		{ "multicast", KW_PREFIX, RTN_MULTICAST, 0, 0 },
		{ "prohibit", KW_PREFIX, RTN_PROHIBIT, 0, 0 },
		{ "unreachable", KW_PREFIX, RTN_UNREACHABLE, 0, 0 },
		{ "blackhole", KW_PREFIX, RTN_BLACKHOLE, 0, 0 },
		{ "xresolve", KW_PREFIX, RTN_XRESOLVE, 0, 0 },
		{ "unicast", KW_PREFIX, RTN_UNICAST, 0, 0 }, { "throw", KW_EXACT, RTN_THROW, 0, 0 },
	};
	const struct kw *k = KW_FIND(arg, words);

	if (k) {
		*id = k->id;
		return 0;
	}
	char *end;
	unsigned long long v = str_to_ull(arg, &end, 0);
	if (end == arg || *end || v > 255)
		return -1;
	*id = (unsigned)v;
	return 0;
}

/* /etc/protocols: "NAME NUMBER ALIASES... # comment".  Read once into
 * the pool; names point into it. */
static struct {
	int loaded;
	char *text;
} protocols;

/* the next protocol line at *P: its NUMBER, and its words from the name
 * to the comment in [*W, *END) */
static int proto_next(char **p, long *num, char **w, char **end)
{
	while (**p) {
		char *line = *p, *nl = strchr(line, '\n');
		*p = nl ? nl + 1 : line + strlen(line);
		char *hash = memchr(line, '#', (size_t)(*p - line));
		char *e = hash ? hash : *p, *q = line;
		while (q < e && is_blank(*q))
			q++;
		char *name = q;
		while (q < e && !is_blank(*q))
			q++;
		if (q == name || q >= e)
			continue;
		while (q < e && is_blank(*q))
			q++;
		char *numend;
		long n = (long)str_to_ll(q, &numend, 10);
		if (numend == q || numend > e)
			continue;
		*num = n;
		*w = name;
		*end = e;
		return 1;
	}
	return 0;
}

static int word_is(const char *w, const char *end, const char *s)
{
	size_t n = strlen(s);
	return (size_t)(end - w) >= n && !strncmp(w, s, n) && (w + n == end || is_blank(w[n]));
}

static char *protocols_text(void)
{
	if (!protocols.loaded) {
		protocols.loaded = 1;
		protocols.text = slurp("/etc/protocols");
	}
	return protocols.text;
}

const char *inet_proto_n2a(unsigned proto, char *buf)
{
	char *p = protocols_text(), *name, *end;
	long num;

	while (!G.numeric && p && proto_next(&p, &num, &name, &end)) {
		if (num != (long)proto)
			continue;
		size_t n = 0;
		while (name + n < end && !is_blank(name[n]))
			n++;
		fmt_buf(buf, RT_NAME_BUF, "%.*s", (int)n, name);
		return buf;
	}
	fmt_buf(buf, RT_NAME_BUF, "ipproto-%d", proto);
	return buf;
}

int inet_proto_a2n(const char *arg)
{
	char *p = protocols_text(), *name, *end;
	long num;

	while (p && proto_next(&p, &num, &name, &end)) {
		/* the name, then aliases after the number */
		for (char *w = name; w < end;) {
			if (word_is(w, end, arg) && !(*w >= '0' && *w <= '9'))
				return (int)num;
			while (w < end && !is_blank(*w))
				w++;
			while (w < end && is_blank(*w))
				w++;
		}
	}
	unsigned char v;
	if (get_u8(&v, arg, 10))
		return -1;
	return v;
}

unsigned char inet_proto_arg(const char *arg)
{
	int p = inet_proto_a2n(arg);

	if (p < 0)
		invarg("Invalid \"ipproto\" value\n", arg);
	return (unsigned char)p;
}
