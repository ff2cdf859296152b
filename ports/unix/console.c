// SPDX-License-Identifier: MIT
// The console: stdio or a served pseudo-terminal, with Ctrl-C detection for the latter.

#define _GNU_SOURCE
#include "console.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "core/runtime.h"
#include "core/state.h"

#define RING_SIZE (4096)

// Port state: which descriptors the console uses and, for a pty, the bytes the reader
// thread has taken from it.
static struct {
    int in_fd, out_fd, err_fd;
    bool pty;
    bool raw;
    struct termios saved;
    pthread_t reader;
    pthread_mutex_t lock;
    pthread_cond_t ready;
    unsigned char ring[RING_SIZE];
    size_t head, tail; // ring[tail..head)
    bool eof;
    volatile sig_atomic_t executing;
    volatile sig_atomic_t interrupted; // Ctrl-C at a prompt
} con = {0, 1, 2, false, false};

void console_set_executing(bool on) {
    con.executing = on;
}

static void on_sigint(int sig) {
    (void)sig;
    if (con.executing) {
        mps_sched_keyboard_interrupt();
    } else {
        con.interrupted = 1;
    }
}

void console_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: a blocking read or sleep returns so the interrupt is seen at once.
    sigaction(SIGINT, &sa, NULL);
}

bool console_take_interrupt(void) {
    if (con.interrupted) {
        con.interrupted = 0;
        return true;
    }
    return false;
}

void console_use_stdio(void) {
    con.in_fd = STDIN_FILENO;
    con.out_fd = STDOUT_FILENO;
    con.err_fd = STDERR_FILENO;
    con.pty = false;
}

bool console_is_local_tty(void) {
    return !con.pty && isatty(con.in_fd);
}

// The pty's reader: moves bytes to the ring; Ctrl-C while code runs becomes a pending
// KeyboardInterrupt instead, as it would on a board's UART.
static void *pty_reader(void *arg) {
    (void)arg;
    unsigned char buf[256];
    for (;;) {
        ssize_t n = read(con.in_fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && errno == EIO) {
            // No program has the pty open right now: wait for one to connect.
            usleep(20000);
            continue;
        }
        pthread_mutex_lock(&con.lock);
        if (n <= 0) {
            con.eof = true;
            pthread_cond_broadcast(&con.ready);
            pthread_mutex_unlock(&con.lock);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (con.executing && mps_state.kbd_intr_char >= 0 &&
                buf[i] == (unsigned char)mps_state.kbd_intr_char) {
                mps_sched_keyboard_interrupt();
                continue;
            }
            if (con.head - con.tail < RING_SIZE) {
                con.ring[con.head++ % RING_SIZE] = buf[i];
            }
        }
        pthread_cond_broadcast(&con.ready);
        pthread_mutex_unlock(&con.lock);
    }
}

bool console_use_pty(void) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        perror("mpsim: cannot open a pseudo-terminal");
        return false;
    }
    const char *name = ptsname(master);
    // Raw on the device side: the program that connects sees bytes as a UART gives them.
    int slave = open(name, O_RDWR | O_NOCTTY);
    if (slave >= 0) {
        struct termios t;
        if (tcgetattr(slave, &t) == 0) {
            cfmakeraw(&t);
            tcsetattr(slave, TCSANOW, &t);
        }
        // Kept open so that reads do not fail with EIO before a tool connects.
    }
    printf("mpsim: REPL on %s\n", name);
    fflush(stdout);
    con.in_fd = master;
    con.out_fd = master;
    con.err_fd = master;
    con.pty = true;
    pthread_mutex_init(&con.lock, NULL);
    pthread_cond_init(&con.ready, NULL);
    if (pthread_create(&con.reader, NULL, pty_reader, NULL) != 0) {
        perror("mpsim: cannot start the pty reader");
        return false;
    }
    return true;
}

int console_read_byte(void) {
    if (!con.pty) {
        unsigned char c;
        for (;;) {
            // Ctrl-C may have come as a signal before this read: the terminal then
            // swallowed the character, so the read would wait for nothing.
            if (!con.executing && console_take_interrupt()) {
                return 3;
            }
            ssize_t n = read(con.in_fd, &c, 1);
            if (n == 1) {
                return c;
            }
            if (n < 0 && errno == EINTR) {
                if (console_take_interrupt()) {
                    return 3; // Ctrl-C arrived as a signal while we waited
                }
                continue;
            }
            return -1;
        }
    }
    pthread_mutex_lock(&con.lock);
    while (con.head == con.tail && !con.eof) {
        pthread_cond_wait(&con.ready, &con.lock);
    }
    int c = con.head != con.tail ? con.ring[con.tail++ % RING_SIZE] : -1;
    pthread_mutex_unlock(&con.lock);
    return c;
}

static void write_fd(int fd, const char *str, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, str, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        str += n;
        len -= (size_t)n;
    }
}

void console_write(const char *str, size_t len) {
    if (con.pty || con.raw) {
        // A serial line (or a terminal in raw mode) wants CR LF; Python prints bare LF.
        size_t start = 0;
        for (size_t i = 0; i < len; i++) {
            if (str[i] == '\n' && (i == 0 || str[i - 1] != '\r')) {
                write_fd(con.out_fd, str + start, i - start);
                write_fd(con.out_fd, "\r", 1);
                start = i;
            }
        }
        write_fd(con.out_fd, str + start, len - start);
        return;
    }
    write_fd(con.out_fd, str, len);
}

void console_write_str(const char *str) {
    console_write(str, strlen(str));
}

void console_write_err(const char *str, size_t len) {
    if (con.pty || con.raw) {
        console_write(str, len);
        return;
    }
    write_fd(con.err_fd, str, len);
}

void console_raw_mode(bool on) {
    if (con.pty || !isatty(con.in_fd) || on == con.raw) {
        return;
    }
    if (on) {
        struct termios t;
        tcgetattr(con.in_fd, &con.saved);
        t = con.saved;
        t.c_lflag &= ~(ICANON | ECHO);
        t.c_iflag &= ~(ICRNL | IXON);
        t.c_oflag &= ~OPOST; // we add the CRs ourselves, exactly (see console_write)
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        tcsetattr(con.in_fd, TCSANOW, &t);
    } else {
        tcsetattr(con.in_fd, TCSANOW, &con.saved);
    }
    con.raw = on;
}
