// ncursesw for Swift. Swift does not import C macros that expand to expressions, so the few
// that Marginalia needs are wrapped in static inline functions named mg_*.
#ifndef MARGINALIA_CNCURSESW_SHIM_H
#define MARGINALIA_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *mg_stdscr(void) { return stdscr; }
static inline int mg_lines(void) { return LINES; }
static inline int mg_cols(void) { return COLS; }
static inline int mg_colors(void) { return COLORS; }
static inline int mg_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t mg_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t mg_a_normal(void) { return A_NORMAL; }
static inline attr_t mg_a_bold(void) { return A_BOLD; }
static inline attr_t mg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mg_a_reverse(void) { return A_REVERSE; }
static inline attr_t mg_a_dim(void) { return A_DIM; }
static inline attr_t mg_a_italic(void) { return A_ITALIC; }
static inline int mg_err(void) { return ERR; }
static inline int mg_ok(void) { return OK; }
static inline int mg_key_code_yes(void) { return KEY_CODE_YES; }
static inline int mg_wcwidth(wchar_t c) { return wcwidth(c); }

/// Draws one cell: up to 4 code points (a base character plus combining marks) with attributes
/// and a colour pair, at (y, x) on stdscr.
static inline int mg_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Reads one key or character; returns OK, KEY_CODE_YES (function key) or ERR (timeout).
static inline int mg_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

#endif
