// SPDX-License-Identifier: MIT
// Just enough of xterm for what ncurses sends to draw a screen: cursor motion, erase,
// scroll regions, repeat, and SGR colours.

#include "vt.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { GROUND, ESCAPE, CSI, CHARSET, OSC };

void vt_init(vt_t *vt) {
    memset(vt, 0, sizeof(*vt));
    memset(vt->ch, ' ', sizeof(vt->ch));
    for (int r = 0; r < VT_ROWS; r++) {
        for (int c = 0; c < VT_COLS; c++) {
            vt->bg[r][c] = -1;
        }
    }
    vt->cur_bg = -1;
    vt->bottom = VT_ROWS - 1;
}

static void clear_cells(vt_t *vt, int r, int c0, int c1) {
    for (int c = c0; c < c1 && c < VT_COLS; c++) {
        vt->ch[r][c] = ' ';
        vt->bg[r][c] = vt->cur_bg;
    }
}

static void scroll_up(vt_t *vt, int top, int bottom, int n) {
    for (int k = 0; k < n; k++) {
        for (int r = top; r < bottom; r++) {
            memcpy(vt->ch[r], vt->ch[r + 1], VT_COLS);
            memcpy(vt->bg[r], vt->bg[r + 1], sizeof(vt->bg[r]));
        }
        clear_cells(vt, bottom, 0, VT_COLS);
    }
}

static void scroll_down(vt_t *vt, int top, int bottom, int n) {
    for (int k = 0; k < n; k++) {
        for (int r = bottom; r > top; r--) {
            memcpy(vt->ch[r], vt->ch[r - 1], VT_COLS);
            memcpy(vt->bg[r], vt->bg[r - 1], sizeof(vt->bg[r]));
        }
        clear_cells(vt, top, 0, VT_COLS);
    }
}

static void put(vt_t *vt, char c) {
    if (vt->col >= VT_COLS) {
        vt->col = 0;
        if (vt->row == vt->bottom) {
            scroll_up(vt, vt->top, vt->bottom, 1);
        } else if (vt->row < VT_ROWS - 1) {
            vt->row++;
        }
    }
    vt->ch[vt->row][vt->col] = c;
    vt->bg[vt->row][vt->col] = vt->cur_bg;
    vt->col++;
    vt->last = c;
}

static int param(const vt_t *vt, int i, int dflt) {
    const char *p = vt->params;
    if (*p == '?' || *p == '>') {
        p++;
    }
    for (int k = 0; k < i; k++) {
        p = strchr(p, ';');
        if (p == NULL) {
            return dflt;
        }
        p++;
    }
    if (*p < '0' || *p > '9') {
        return dflt;
    }
    return atoi(p);
}

static int n_fields(const vt_t *vt) {
    int n = 1;
    for (const char *p = vt->params; *p; p++) {
        n += *p == ';';
    }
    return n;
}

static void sgr(vt_t *vt) {
    int n = n_fields(vt);
    for (int i = 0; i < n; i++) {
        int p = param(vt, i, 0);
        if (p == 0 || p == 49) {
            vt->cur_bg = -1;
        } else if (p >= 40 && p <= 47) {
            vt->cur_bg = p - 40;
        } else if (p >= 100 && p <= 107) {
            vt->cur_bg = p - 100 + 8;
        } else if ((p == 48 || p == 38) && param(vt, i + 1, 0) == 5) {
            if (p == 48) {
                vt->cur_bg = param(vt, i + 2, 0);
            }
            i += 2;
        }
    }
}

static int clamp(int v, int lo, int hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

static void csi(vt_t *vt, char final) {
    bool priv = vt->params[0] == '?' || vt->params[0] == '>';
    int p0 = param(vt, 0, 1);
    switch (final) {
        case 'H': case 'f':
            vt->row = clamp(param(vt, 0, 1) - 1, 0, VT_ROWS - 1);
            vt->col = clamp(param(vt, 1, 1) - 1, 0, VT_COLS - 1);
            break;
        case 'A': vt->row = clamp(vt->row - p0, 0, VT_ROWS - 1); break;
        case 'B': vt->row = clamp(vt->row + p0, 0, VT_ROWS - 1); break;
        case 'C': vt->col = clamp(vt->col + p0, 0, VT_COLS - 1); break;
        case 'D': vt->col = clamp(vt->col - p0, 0, VT_COLS - 1); break;
        case 'G': case '`': vt->col = clamp(p0 - 1, 0, VT_COLS - 1); break;
        case 'd': vt->row = clamp(p0 - 1, 0, VT_ROWS - 1); break;
        case 'K': {
            int m = param(vt, 0, 0);
            clear_cells(vt, vt->row, m == 0 ? vt->col : 0, m == 1 ? vt->col + 1 : VT_COLS);
            break;
        }
        case 'J': {
            int m = param(vt, 0, 0);
            int r0 = m == 0 ? vt->row + 1 : 0, r1 = m == 1 ? vt->row : VT_ROWS;
            if (m == 0) {
                clear_cells(vt, vt->row, vt->col, VT_COLS);
            } else if (m == 1) {
                clear_cells(vt, vt->row, 0, vt->col + 1);
            }
            for (int r = r0; r < r1; r++) {
                clear_cells(vt, r, 0, VT_COLS);
            }
            break;
        }
        case 'X': clear_cells(vt, vt->row, vt->col, vt->col + p0); break;
        case 'b':
            for (int i = 0; i < p0; i++) {
                put(vt, vt->last);
            }
            break;
        case '@':
            for (int c = VT_COLS - 1; c >= vt->col + p0; c--) {
                vt->ch[vt->row][c] = vt->ch[vt->row][c - p0];
                vt->bg[vt->row][c] = vt->bg[vt->row][c - p0];
            }
            clear_cells(vt, vt->row, vt->col, vt->col + p0);
            break;
        case 'P': {
            int n = VT_COLS - vt->col - p0;
            if (n > 0) {
                memmove(&vt->ch[vt->row][vt->col], &vt->ch[vt->row][vt->col + p0], (size_t)n);
                memmove(&vt->bg[vt->row][vt->col], &vt->bg[vt->row][vt->col + p0], (size_t)n * sizeof(int));
            }
            clear_cells(vt, vt->row, VT_COLS - p0, VT_COLS);
            break;
        }
        case 'L': scroll_down(vt, vt->row, vt->bottom, p0); break;
        case 'M': scroll_up(vt, vt->row, vt->bottom, p0); break;
        case 'S': scroll_up(vt, vt->top, vt->bottom, p0); break;
        case 'T': if (!priv) { scroll_down(vt, vt->top, vt->bottom, p0); } break;
        case 'r':
            if (!priv) {
                vt->top = clamp(param(vt, 0, 1) - 1, 0, VT_ROWS - 1);
                vt->bottom = clamp(param(vt, 1, VT_ROWS) - 1, 0, VT_ROWS - 1);
                vt->row = vt->col = 0;
            }
            break;
        case 'm': if (!priv) { sgr(vt); } break;
        default: break; // modes (h, l), reports: nothing to show
    }
}

void vt_feed(vt_t *vt, const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char c = data[i];
        switch (vt->state) {
            case GROUND:
                if (c == 27) {
                    vt->state = ESCAPE;
                } else if (c == '\r') {
                    vt->col = 0;
                } else if (c == '\n') {
                    if (vt->row == vt->bottom) {
                        scroll_up(vt, vt->top, vt->bottom, 1);
                    } else if (vt->row < VT_ROWS - 1) {
                        vt->row++;
                    }
                } else if (c == '\b') {
                    vt->col = vt->col > 0 ? vt->col - 1 : 0;
                } else if (c == '\t') {
                    vt->col = clamp((vt->col / 8 + 1) * 8, 0, VT_COLS - 1);
                } else if ((unsigned char)c >= ' ' && c != 127) {
                    put(vt, c);
                }
                break;
            case ESCAPE:
                vt->state = GROUND;
                if (c == '[') {
                    vt->state = CSI;
                    vt->n_params = 0;
                    vt->params[0] = '\0';
                } else if (c == '(' || c == ')' || c == '*' || c == '+') {
                    vt->state = CHARSET;
                } else if (c == ']') {
                    vt->state = OSC;
                } else if (c == '7') {
                    vt->saved_row = vt->row;
                    vt->saved_col = vt->col;
                } else if (c == '8') {
                    vt->row = vt->saved_row;
                    vt->col = vt->saved_col;
                } else if (c == 'M') {
                    if (vt->row == vt->top) {
                        scroll_down(vt, vt->top, vt->bottom, 1);
                    } else if (vt->row > 0) {
                        vt->row--;
                    }
                } else if (c == 'D' || c == 'E') {
                    if (c == 'E') {
                        vt->col = 0;
                    }
                    if (vt->row == vt->bottom) {
                        scroll_up(vt, vt->top, vt->bottom, 1);
                    } else {
                        vt->row++;
                    }
                }
                break;
            case CSI:
                if (c >= 0x40 && c <= 0x7e) {
                    vt->params[vt->n_params] = '\0';
                    csi(vt, c);
                    vt->state = GROUND;
                } else if (vt->n_params + 1 < sizeof(vt->params)) {
                    vt->params[vt->n_params++] = c;
                    vt->params[vt->n_params] = '\0';
                }
                break;
            case CHARSET:
                vt->state = GROUND;
                break;
            case OSC:
                if (c == 7) {
                    vt->state = GROUND;
                } else if (c == 27) {
                    vt->state = ESCAPE; // ESC \ ends it; the '\' is then ignored
                }
                break;
        }
    }
}

const char *vt_row(const vt_t *vt, int r) {
    static char buf[VT_COLS + 1];
    memcpy(buf, vt->ch[r], VT_COLS);
    int n = VT_COLS;
    while (n > 0 && buf[n - 1] == ' ') {
        n--;
    }
    buf[n] = '\0';
    return buf;
}

int vt_contains(const vt_t *vt, const char *text) {
    for (int r = 0; r < VT_ROWS; r++) {
        char row[VT_COLS + 1];
        memcpy(row, vt->ch[r], VT_COLS);
        row[VT_COLS] = '\0';
        if (strstr(row, text) != NULL) {
            return 1;
        }
    }
    return 0;
}
