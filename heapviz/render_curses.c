// SPDX-License-Identifier: MIT
// The terminal front-end: the block map as mem_info(1)'s letters, a head block in its
// kind's colour (reversed), its tails as '=' in the same colour, free blocks dim; the
// panel beside or below the map, two timeline rows and a status line.

#include "heapviz/render_curses.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/heapmap.h"
#include "heapviz/render_image.h"

#define ROW (MPS_HEAPMAP_ROW_BLOCKS)
#define PANEL_W (38)
#define PANEL_LINES (10)
#define RULER_W (10) // "00000400: "

// The letters that get colours; a head and a tail pair each.
static const char coloured[] = "TLDSAFBMCIEhm";

struct hv_frontend_s {
    SCREEN *screen;
    FILE *in, *out;  // the terminal when not stdin/stdout
    bool colour;
    // Where the map was drawn, for mouse clicks.
    int map_y, map_x, bpc;
    size_t top_row, rows;
};

static int letter_index(char letter) {
    const char *p = strchr(coloured, letter);
    return p != NULL && letter != '\0' ? (int)(p - coloured) : -1;
}

// The nearest colour the terminal has for a palette colour.
static short term_colour(uint32_t rgb, char letter) {
    if (COLORS >= 256) {
        int r = (int)((rgb >> 16) & 0xff), g = (int)((rgb >> 8) & 0xff), b = (int)(rgb & 0xff);
        // xterm's 6x6x6 colour cube starts at 16.
        return (short)(16 + 36 * ((r * 5 + 127) / 255) + 6 * ((g * 5 + 127) / 255) + (b * 5 + 127) / 255);
    }
    switch (letter) {
        case 'T': case 'C': return COLOR_GREEN;
        case 'L': return COLOR_BLUE;
        case 'D': case 'M': return COLOR_YELLOW;
        case 'S': case 'A': return COLOR_MAGENTA;
        case 'F': case 'I': return COLOR_CYAN;
        case 'B': case 'E': return COLOR_RED;
        default: return COLOR_WHITE;
    }
}

static void setup_colours(hv_frontend_t *fe) {
    if (!has_colors() || start_color() == ERR) {
        return;
    }
    use_default_colors();
    fe->colour = COLOR_PAIRS > 2 * (int)sizeof(coloured);
    if (!fe->colour) {
        return;
    }
    for (int i = 0; coloured[i] != '\0'; i++) {
        uint32_t rgb = hv_image_letter_rgb(coloured[i]);
        short c = term_colour(rgb, coloured[i]);
        unsigned lum = ((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff);
        init_pair((short)(1 + 2 * i), lum > 1280 ? COLOR_BLACK : COLOR_WHITE, c); // head
        init_pair((short)(2 + 2 * i), c, -1);                                       // tail
    }
}

static hv_frontend_t *curses_open(const hv_frontend_opts_t *opts, char *err, size_t errlen) {
    hv_frontend_t *fe = calloc(1, sizeof(*fe));
    if (fe == NULL) {
        snprintf(err, errlen, "heapviz: out of memory");
        return NULL;
    }
    FILE *in = stdin, *out = stdout;
    if (opts->tty != NULL) {
        fe->in = fopen(opts->tty, "r");
        fe->out = fopen(opts->tty, "w");
        if (fe->in == NULL || fe->out == NULL) {
            snprintf(err, errlen, "heapviz: cannot open the terminal '%s' for the curses front-end",
                     opts->tty);
            goto fail;
        }
        in = fe->in;
        out = fe->out;
    }
    fe->screen = newterm(NULL, out, in);
    if (fe->screen == NULL) {
        const char *term = getenv("TERM");
        snprintf(err, errlen, "heapviz: curses cannot drive this terminal (TERM=%s)", term ? term : "unset");
        goto fail;
    }
    set_term(fe->screen);
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    setup_colours(fe);
    return fe;
fail:
    if (fe->in != NULL) {
        fclose(fe->in);
    }
    if (fe->out != NULL) {
        fclose(fe->out);
    }
    free(fe);
    return NULL;
}

static void curses_close(hv_frontend_t *fe) {
    set_term(fe->screen);
    endwin();
    delscreen(fe->screen);
    if (fe->in != NULL) {
        fclose(fe->in);
    }
    if (fe->out != NULL) {
        fclose(fe->out);
    }
    free(fe);
}

// What one screen cell of [bpc] blocks from [b] shows: the first head's letter, else a
// tail, else free. [head] tracks the head of the allocation in progress.
static void cell_of(const hv_snapshot_t *s, size_t b, int bpc, size_t *head, char *letter,
                    size_t *cell_head) {
    *letter = '\0';
    *cell_head = SIZE_MAX;
    for (int i = 0; i < bpc && b + i < s->n_blocks; i++) {
        unsigned st = s->state[b + i];
        if (st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK) {
            *head = b + i;
        } else if (st == GC_BLOCK_FREE) {
            *head = SIZE_MAX;
        }
        bool is_head = st == GC_BLOCK_HEAD || st == GC_BLOCK_MARK;
        if (is_head && (*letter == '\0' || *letter == '=' || *letter == '.')) {
            *letter = hv_snapshot_letter(s, b + i);
            *cell_head = b + i;
        } else if (st == GC_BLOCK_TAIL && (*letter == '\0' || *letter == '.')) {
            *letter = '=';
            *cell_head = *head;
        } else if (*letter == '\0') {
            *letter = '.';
        }
    }
}

static chtype cell_attr(hv_frontend_t *fe, const hv_snapshot_t *s, const hv_view_t *v, char letter,
                        size_t head) {
    if (letter == '.') {
        return A_DIM;
    }
    if (head == SIZE_MAX) {
        return A_NORMAL;
    }
    if (v->highlight >= 0 && s->kind[head] != (unsigned)v->highlight) {
        return A_DIM;
    }
    int i = letter_index(hv_snapshot_letter(s, head));
    if (!fe->colour || i < 0) {
        return letter == '=' ? A_NORMAL : A_BOLD;
    }
    return letter == '=' ? COLOR_PAIR(2 + 2 * i) : COLOR_PAIR(1 + 2 * i);
}

static void draw_map(hv_frontend_t *fe, const hv_snapshot_t *s, const hv_view_t *v) {
    size_t sel = v->cursor == SIZE_MAX ? SIZE_MAX : hv_snapshot_head_of(s, v->cursor);
    size_t sel_end = sel == SIZE_MAX ? 0 : sel + hv_snapshot_alloc_blocks(s, sel);
    size_t head = hv_snapshot_head_of(s, fe->top_row * ROW);
    for (size_t r = 0; r < fe->rows; r++) {
        size_t row = fe->top_row + r;
        if (row * ROW >= s->n_blocks) {
            break;
        }
        int y = fe->map_y + (int)r;
        mvprintw(y, 0, "%08x: ", (unsigned)(row * ROW * HV_BYTES_PER_BLOCK));
        for (int c = 0; c < ROW / fe->bpc; c++) {
            size_t b = row * ROW + (size_t)c * fe->bpc;
            if (b >= s->n_blocks) {
                break;
            }
            char letter;
            size_t cell_head;
            cell_of(s, b, fe->bpc, &head, &letter, &cell_head);
            chtype attr = cell_attr(fe, s, v, letter, cell_head);
            bool has_cursor = v->cursor >= b && v->cursor < b + (size_t)fe->bpc;
            if (has_cursor) {
                attr = A_REVERSE | A_BOLD;
            } else if (sel != SIZE_MAX && b + fe->bpc > sel && b < sel_end) {
                attr |= A_UNDERLINE;
            }
            mvaddch(y, fe->map_x + c, (chtype)(unsigned char)letter | attr);
        }
    }
}

static void draw_panel(const hv_model_t *m, const hv_snapshot_t *s, int y, int x) {
    hv_figures_t f;
    hv_figures_of(s, &f);
    mvprintw(y++, x, "total %zu used %zu free %zu", f.total, f.used, f.free);
    mvprintw(y++, x, "objects %zu: 1-block %zu, 2-block %zu", f.n_objects, f.num_1block, f.num_2block);
    mvprintw(y++, x, "largest object %zu blocks", f.max_block);
    mvprintw(y++, x, "largest free run %zu blocks (%zu B)", f.max_free, f.max_free * HV_BYTES_PER_BLOCK);
    mvprintw(y++, x, "fragmentation %.3f (%zu free runs)", f.fragmentation, f.free_runs);
    if (m->has_last_collect) {
        mvprintw(y++, x, "gc.collect() freed %u", (unsigned)m->last_freed);
    } else {
        mvprintw(y++, x, "no collection yet");
    }
    mvprintw(y++, x, "collections %llu, allocations %llu", (unsigned long long)m->collect_count,
             (unsigned long long)m->alloc_count);
    if (m->failure.happened) {
        attron(A_BOLD);
        mvprintw(y++, x, "failed allocation: %u blocks", (unsigned)m->failure.requested_blocks);
        mvprintw(y++, x, "  largest free run then %u", (unsigned)m->failure.max_free);
        attroff(A_BOLD);
    }
}

// A sparkline of the latest collections: one character each, higher is more.
static void draw_timeline(const hv_model_t *m, int y, int width) {
    static const char levels[] = " _.-:=+*#";
    size_t n = hv_model_history_count(m);
    int w = width - 7;
    size_t shown = w > 0 && n > (size_t)w ? (size_t)w : n;
    uint32_t max_freed = 1;
    for (size_t i = n - shown; i < n; i++) {
        uint32_t fr = hv_model_history_at(m, i)->freed_heads;
        max_freed = fr > max_freed ? fr : max_freed;
    }
    double total = m->snap.n_blocks ? (double)m->snap.n_blocks * HV_BYTES_PER_BLOCK : 1.0;
    mvprintw(y, 0, "free  |");
    mvprintw(y + 1, 0, "freed |");
    for (size_t i = n - shown; i < n; i++) {
        const hv_collection_t *h = hv_model_history_at(m, i);
        int x = 7 + (int)(i - (n - shown));
        mvaddch(y, x, (chtype)levels[(int)(h->free_bytes / total * 8.0 + 0.5)]);
        mvaddch(y + 1, x, (chtype)levels[(int)((double)h->freed_heads / max_freed * 8.0 + 0.5)]);
    }
}

static void curses_draw(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v) {
    set_term(fe->screen);
    const hv_snapshot_t *s = hv_view_snapshot(v, m);
    erase();
    fe->bpc = v->zoom >= 2 ? 1 : v->zoom == 1 ? 2 : 4;
    fe->map_x = RULER_W;
    fe->map_y = 1;
    int map_w = RULER_W + ROW / fe->bpc;
    bool panel_right = COLS >= map_w + 2 + PANEL_W;
    int bottom = 3; // two timeline rows and the status line
    int avail = LINES - fe->map_y - bottom - (panel_right ? 0 : PANEL_LINES);
    size_t n_rows = (s->n_blocks + ROW - 1) / ROW;
    fe->rows = avail > 0 ? (size_t)avail : 0;
    if (fe->rows > n_rows) {
        fe->rows = n_rows;
    }
    if (v->top_row + fe->rows > n_rows) {
        v->top_row = n_rows > fe->rows ? n_rows - fe->rows : 0;
    }
    fe->top_row = v->top_row;
    mvprintw(0, 0, "heapviz  heap %08lx, %zu blocks, %u per cell%s%s", (unsigned long)s->pool_start,
             s->n_blocks, (unsigned)fe->bpc, v->paused ? "  [paused]" : "",
             v->show_failure ? "  [at the failed allocation]" : "");
    draw_map(fe, s, v);
    if (panel_right) {
        draw_panel(m, s, fe->map_y, map_w + 2);
    } else {
        draw_panel(m, s, fe->map_y + (int)fe->rows + 1, 0);
    }
    draw_timeline(m, LINES - 3, COLS);
    if (v->message[0] != '\0') {
        mvprintw(LINES - 1, 0, "%.*s", COLS - 1, v->message);
    } else {
        mvprintw(LINES - 1, 0, "%.*s", COLS - 1,
                 "p pause  n next gc  +/- zoom  g address  h kind  arrows select  f failure map  "
                 "e png  t text  q quit");
    }
    refresh();
}

static int translate(int ch) {
    switch (ch) {
        case KEY_UP: return HV_KEY_UP;
        case KEY_DOWN: return HV_KEY_DOWN;
        case KEY_LEFT: return HV_KEY_LEFT;
        case KEY_RIGHT: return HV_KEY_RIGHT;
        case KEY_PPAGE: return HV_KEY_PGUP;
        case KEY_NPAGE: return HV_KEY_PGDN;
        case KEY_HOME: return HV_KEY_HOME;
        case KEY_END: return HV_KEY_END;
        case KEY_ENTER: return '\n';
        case KEY_BACKSPACE: return 127;
        default: return ch < 0x100 ? ch : -1;
    }
}

static hv_action_t curses_input(hv_frontend_t *fe, const hv_model_t *m, hv_view_t *v, int timeout_ms) {
    set_term(fe->screen);
    hv_action_t act = HV_ACT_NONE;
    timeout(timeout_ms);
    for (int ch; (ch = getch()) != ERR; timeout(0)) {
        if (ch == KEY_MOUSE) {
            MEVENT ev;
            int col = 0;
            if (getmouse(&ev) == OK && (col = ev.x - fe->map_x) >= 0 && col < ROW / fe->bpc &&
                ev.y >= fe->map_y && ev.y < fe->map_y + (int)fe->rows) {
                size_t row = fe->top_row + (size_t)(ev.y - fe->map_y);
                hv_view_select(v, m, row * ROW + (size_t)col * fe->bpc, fe->rows);
                act = HV_ACT_REDRAW;
            }
            continue;
        }
        if (ch == KEY_RESIZE) {
            act = HV_ACT_REDRAW;
            continue;
        }
        int key = translate(ch);
        if (key >= 0) {
            hv_action_t a = hv_view_key(v, m, key, fe->rows);
            if (a != HV_ACT_NONE && a != HV_ACT_REDRAW) {
                return a; // the driver acts on it before more keys are read
            }
            act = a != HV_ACT_NONE ? a : act;
        }
    }
    return act;
}

static bool curses_interactive(hv_frontend_t *fe) {
    return true; // a terminal always has someone who can press q
}

const hv_frontend_class_t hv_frontend_curses = {
    .name = "curses",
    .open = curses_open,
    .draw = curses_draw,
    .input = curses_input,
    .close = curses_close,
    .interactive = curses_interactive,
};
