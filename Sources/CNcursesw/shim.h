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
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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
/// Writes `n` printable ASCII characters from (y, x) on in one style: one call for a run of
/// cells instead of one per cell.
static inline int mg_put_run(int y, int x, const wchar_t *chars, int n, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    int rc = mvwaddnwstr(stdscr, y, x, chars, n);
    wattr_set(stdscr, A_NORMAL, 0, NULL);
    return rc;
}

static inline int mg_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Reads one key or character; returns OK, KEY_CODE_YES (function key) or ERR (timeout).
static inline int mg_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

static inline WINDOW *mg_curscr(void) { return curscr; }
static inline int mg_key_f0(void) { return KEY_F0; }

/* From <term.h>, declared here instead of including it: term.h defines hundreds of capability
   macros (lines, columns, bell, ...) that would leak into every Swift file importing this module. */
extern int tigetnum(const char *);

/// Starts curses on stdout and stdin and leaves it again at once, so the front end can decide on
/// colours (and refuse an unknown terminal with its own message) before it opens the articles,
/// and curses reads the terminfo entry only once (a probe with setupterm and then initscr read it
/// twice). newterm returns NULL for an unknown terminal instead of exiting as initscr does, and
/// writes nothing until the endwin, whose output (enter and leave the alternate screen) shows
/// nothing. The endwin also stops ncurses 6 from flushing at every cursor movement, as it does
/// until a first endwin: every frame then leaves in one write. newterm puts its own handlers on
/// SIGINT, SIGTERM and SIGTSTP where they had the default; the defaults are put back, so a
/// Ctrl-C while the articles open still ends the program as before (the reader installs its own
/// handlers when it starts drawing). SIGTSTP is ignored during newterm: finding it not at its
/// default, ncurses leaves it alone for good. Otherwise every doupdate sets it to SIG_IGN and
/// back (to keep its own handler out of an update), and a Ctrl-Z that arrives during a frame is
/// thrown away (the reader kept running, seen in the e2e tests and under strace). Returns 1 when
/// curses started; *colors is the `colors` capability (-1 when absent).
static inline int mg_open_terminal(int *colors) {
    static const int kept[] = { SIGINT, SIGTERM, SIGTSTP };
    struct sigaction before[3];
    for (int i = 0; i < 3; i++) sigaction(kept[i], NULL, &before[i]);
    signal(SIGTSTP, SIG_IGN);
    SCREEN *screen = newterm(NULL, stdout, stdin);
    for (int i = 0; i < 3; i++) sigaction(kept[i], &before[i], NULL);
    if (screen == NULL) { *colors = -1; return 0; }
    *colors = tigetnum("colors");
    curs_set(0);   /* hidden from the start: otherwise the first frame's curs_set is a write of its own */
    endwin();
    return 1;
}

/// Whether the calling thread is the process's main thread (its thread id is the process id on
/// Linux). A raw syscall, so async-signal-safe: the SIGTSTP handler asks it (syscall is variadic,
/// so Swift cannot call it).
static inline int mg_on_main_thread(void) { return syscall(SYS_gettid) == getpid(); }

/// The terminal's size as the kernel knows it now (ioctl is variadic, so Swift cannot call it).
/// Used after a suspend, when a resize while stopped produced no SIGWINCH for us.
static inline int mg_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}

#endif
