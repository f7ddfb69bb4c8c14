/* One printer for text and JSON, after iproute2's lib/json_print.c: each
 * field is printed by one call that knows both forms, so -j can never
 * drift from the text.
 *
 * KIND says where the field appears: PR_ANY both, PR_TEXT text only,
 * PR_JSON JSON only.  FMT is the text form with one conversion ("mtu %u ");
 * KEY is the JSON name (NULL inside a JSON array).  In text mode nothing
 * but FMT is printed; in JSON mode FMT is ignored. */
#ifndef IPBOX_PRINT_H
#define IPBOX_PRINT_H

enum { PR_TEXT = 1, PR_JSON = 2, PR_ANY = 3 };

void pr_string(int kind, const char *key, const char *fmt, const char *val);
void pr_uint(int kind, const char *key, const char *fmt, unsigned long long val);
void pr_int(int kind, const char *key, const char *fmt, long long val);
/* text: FMT with "true"/"false" for %s (usually FMT has no conversion and
 * the caller prints only when VAL is true); JSON: a boolean */
void pr_bool(int kind, const char *key, const char *fmt, int val);
/* JSON null; text FMT with VALUE for %s */
void pr_null(int kind, const char *key, const char *fmt, const char *val);
/* a number already spelled out (e.g. "0.00"): JSON gets it unquoted,
 * text gets FMT with it for %s */
void pr_number(int kind, const char *key, const char *fmt, const char *num);
/* text-only raw string (no conversion) */
void pr_text(const char *s);
/* iproute2's print_nl(): a line break inside a record: "\n", or "\" with
 * -o; nothing in JSON */
void pr_nl(void);

/* JSON structure; in text mode these print nothing */
void pr_open_obj(const char *key);
void pr_close_obj(void);
void pr_open_arr(const char *key);
void pr_close_arr(void);

/* iproute2's new_json_obj()/delete_json_obj(): the outer array of a
 * command's JSON output, and its trailing newline */
void pr_begin(void);
void pr_end(void);

/* How to print, from the applet's options (ip's -j, -p, -c, -o): JSON,
 * its indentation, colours, and what pr_nl() prints in text.  Called
 * once before the first field. */
void pr_setup(int json, int pretty, int color, const char *sl);
/* JSON on or off for a while (iproute2 prints some answers as text
 * under -j); returns what it was */
int pr_set_json(int on);
/* is this a JSON run? (0 when JSON is configured out) */
int pr_json(void);

/* -c: iproute2's colour attributes (lib/color.c); a coloured field is
 * FMT's whole text between the colour's code and the reset, in text mode
 * only.  The palette is the light-background one unless COLORFGBG says
 * the background is dark. */
enum { PR_C_IFNAME, PR_C_MAC, PR_C_INET, PR_C_INET6, PR_C_UP, PR_C_DOWN, PR_C_NONE };
void pr_color_string(int kind, int color, const char *key, const char *fmt, const char *val);
/* PR_C_INET / PR_C_INET6 / PR_C_NONE for an address family */
int pr_family_color(int family);
/* PR_C_UP / PR_C_DOWN / PR_C_NONE for an IF_OPER_* state */
int pr_oper_color(unsigned state);
#endif
