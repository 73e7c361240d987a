#ifndef NEWSREADER_CNCURSESW_SHIM_H
#define NEWSREADER_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE; without these the wide-character API is hidden. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <wchar.h>
#include <ncursesw/curses.h>

/* The standard screen of the current SCREEN; the global `stdscr` does not compile in Swift 6. */
static inline WINDOW *nr_stdscr(void) { return stdscr; }

/* Colours the terminal has; the global `COLORS` does not compile in Swift 6. */
static inline int nr_colors(void) { return COLORS; }

/* Macros Swift cannot import, as functions. */
static inline attr_t nr_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t nr_A_BOLD(void) { return A_BOLD; }
static inline attr_t nr_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t nr_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t nr_A_DIM(void) { return A_DIM; }

static inline mmask_t nr_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t nr_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t nr_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t nr_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t nr_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t nr_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }

#endif
