#include "core/print.h"
#include "core/ipbox.h"

#include <linux/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

/* How to print, as the applet set it (pr_setup). */
static struct {
	int json, pretty, color;
	const char *sl;
} mode;

/* JSON writer state, the same rules as iproute2's lib/json_writer.c so the
 * bytes match: SEP is what goes before the next value (',' or nothing),
 * DEPTH drives the indentation of -p. */
static struct {
	int depth;
	char sep;
} jw;

void pr_setup(int json, int pretty, int color, const char *sl)
{
	mode.json = json;
	mode.pretty = pretty;
	mode.color = color;
	mode.sl = sl;
}

int pr_set_json(int on)
{
	int was = mode.json;

	mode.json = on;
	return was;
}

int pr_json(void)
{
	return CONFIG_JSON && mode.json;
}

static void jw_eol(void)
{
	if (!mode.pretty)
		return;
	out_char('\n');
	for (int i = 0; i < jw.depth; i++)
		out_put("    ", 4);
}

static void jw_eor(void)
{
	if (jw.sep)
		out_char(jw.sep);
	jw.sep = ',';
}

/* what a byte becomes inside a JSON string, NULL when it stays as it is.
 * The other control bytes (a link name, alias or label may hold them)
 * become \u00XX, so that the output stays JSON (RFC 8259); 6.1 prints
 * them raw. */
static const char *json_escape(char c)
{
	static char u[] = "\\u00XX";

	if ((unsigned char)c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\b') {
		u[4] = "01"[c >> 4];
		u[5] = "0123456789abcdef"[c & 15];
		return u;
	}
	switch (c) {
	case '\t': return "\\t";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\f': return "\\f";
	case '\b': return "\\b";
	case '\\': return "\\\\";
	case '"': return "\\\"";
	}
	return NULL;
}

static void jw_quoted(const char *s)
{
	out_char('"');
	while (*s) {
		size_t plain = 0;	/* a run that needs no escape goes out at once */
		while (s[plain] && !json_escape(s[plain]))
			plain++;
		out_put(s, plain);
		s += plain;
		if (*s)
			out_str(json_escape(*s++));
	}
	out_char('"');
}

/* a key (or nothing inside arrays), ready for a value */
static void jw_key(const char *key)
{
	jw_eor();
	if (!key)
		return;
	jw_eol();
	jw_quoted(key);
	out_char(':');
	if (mode.pretty)
		out_char(' ');
}

static void jw_begin(const char *key, char c)
{
	if (key)
		jw_key(key);
	else
		jw_eor();
	out_char(c);
	jw.depth++;
	jw.sep = 0;
}

static void jw_end(char c)
{
	jw.depth--;
	if (jw.sep)
		jw_eol();
	out_char(c);
	jw.sep = ',';
}

void pr_open_obj(const char *key)
{
	if (pr_json())
		jw_begin(key, '{');
}

void pr_close_obj(void)
{
	if (pr_json())
		jw_end('}');
}

void pr_open_arr(const char *key)
{
	if (!pr_json())
		return;
	jw_begin(key, '[');
	if (mode.pretty)
		out_char(' ');
}

void pr_close_arr(void)
{
	if (!pr_json())
		return;
	if (mode.pretty && jw.sep)
		out_char(' ');
	jw.sep = 0;
	jw_end(']');
}

void pr_begin(void)
{
	jw.depth = 0;
	jw.sep = 0;
	pr_open_arr(NULL);
}

void pr_end(void)
{
	if (!pr_json())
		return;
	pr_close_arr();
	out_char('\n');
}

void pr_string(int kind, const char *key, const char *fmt, const char *val)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			jw_quoted(val);
		}
	} else if (kind & PR_TEXT) {
		out_fmt_str(fmt, val);
	}
}

void pr_uint(int kind, const char *key, const char *fmt, unsigned long long val)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			out_fmt("%llu", val);
		}
	} else if (kind & PR_TEXT) {
		out_fmt_int(fmt, val);
	}
}

void pr_int(int kind, const char *key, const char *fmt, long long val)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			out_fmt("%lld", val);
		}
	} else if (kind & PR_TEXT) {
		out_fmt_int(fmt, (unsigned long long)val);
	}
}

void pr_bool(int kind, const char *key, const char *fmt, int val)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			out_str(val ? "true" : "false");
		}
	} else if (kind & PR_TEXT) {
		out_fmt_str(fmt, val ? "true" : "false");
	}
}

void pr_null(int kind, const char *key, const char *fmt, const char *val)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			out_str("null");
		}
	} else if (kind & PR_TEXT) {
		out_fmt_str(fmt, val);
	}
}

void pr_text(const char *s)
{
	if (!pr_json())
		out_str(s);
}

void pr_nl(void)
{
	if (!pr_json())
		out_str(mode.sl);
}

void pr_number(int kind, const char *key, const char *fmt, const char *num)
{
	if (pr_json()) {
		if (kind & PR_JSON) {
			jw_key(key);
			out_str(num);
		}
	} else if (kind & PR_TEXT) {
		out_fmt_str(fmt, num);
	}
}

/* ---- colours (-c) ------------------------------------------------------- */

static const char *color_code(int color)
{
	/* light background: cyan, yellow, magenta, blue, green, red; a
	 * dark one (COLORFGBG ending in ";0".."6" or ";8"): the bold ones */
	static const char light[][6] = { "36m", "33m", "35m", "34m", "32m", "31m" };
	static char code[12];
	static int dark = -1;

	if (dark < 0) {
		const char *p = getenv("COLORFGBG");
		p = p ? strrchr(p, ';') : NULL;
		dark = p && ((p[1] >= '0' && p[1] <= '6') || p[1] == '8') && !p[2];
	}
	fmt_buf(code, sizeof(code), "\033[%s%s", dark ? "1;" : "", light[color]);
	return code;
}

void pr_color_string(int kind, int color, const char *key, const char *fmt, const char *val)
{
	if (!CONFIG_COLOR || pr_json() || !(kind & PR_TEXT) || !mode.color || color == PR_C_NONE) {
		pr_string(kind, key, fmt, val);
		return;
	}
	out_str(color_code(color));
	out_fmt_str(fmt, val);
	out_str("\033[0m");
}

int pr_family_color(int family)
{
	return family == AF_INET ? PR_C_INET : family == AF_INET6 ? PR_C_INET6 : PR_C_NONE;
}

int pr_oper_color(unsigned state)
{
	return state == IF_OPER_UP ? PR_C_UP : state == IF_OPER_DOWN ? PR_C_DOWN : PR_C_NONE;
}
