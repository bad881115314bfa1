#ifndef FACTLINE_CEDITLINE_SHIM_H
#define FACTLINE_CEDITLINE_SHIM_H
/*
 * Non-variadic wrappers around libedit's native (histedit.h) API for Swift.
 *
 * Swift cannot call C variadics (el_set, el_get, history), and Swift 6 rejects the C globals
 * stdin/stdout and the SIGINT flag; everything of that kind lives here as static inline helpers.
 * Only the LineEditing module imports this header.
 */
#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <poll.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

/* MARK: - Locale */

/* Sets LC_CTYPE from the environment; falls back to C.UTF-8 when the codeset is not UTF-8
 * (libedit silently drops non-ASCII input otherwise). Returns 1 when the final codeset is UTF-8. */
static inline int cel_ensure_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    cs = nl_langinfo(CODESET);
    return (cs != NULL && strcmp(cs, "UTF-8") == 0) ? 1 : 0;
}

/* MARK: - SIGINT flag (async-signal-safe: the handler only stores to a sig_atomic_t) */

/* The flag has internal linkage: every Swift object file that uses these helpers gets its
 * own copy, so install, take and restore must all be called from one Swift file
 * (LineEditing/EditLineReader.swift). */

static volatile sig_atomic_t cel_sigint_flag = 0;

static void cel_sigint_handler(int signo) {
    (void)signo;
    cel_sigint_flag = 1;
}

/* Returns 1 and clears the flag when SIGINT arrived since the last call. */
static inline int cel_take_sigint(void) {
    int was = cel_sigint_flag ? 1 : 0;
    cel_sigint_flag = 0;
    return was;
}

/* MARK: - Ctrl-Z (SIGTSTP) and window resizes (SIGWINCH)
 *
 * With EL_SIGNAL off (see "Reading characters" below), libedit handles no signal itself, so the
 * reader does. For Ctrl-Z, the handler puts back the terminal modes saved at start, stops the
 * process for real, and on `fg` raises a flag that cel_getc answers by putting libedit back in
 * raw mode and redrawing the line. tcgetattr/tcsetattr, sigprocmask and raise are
 * async-signal-safe.
 */

#include <termios.h>

static struct termios cel_cooked_modes = {0};
static volatile sig_atomic_t cel_have_cooked_modes = 0;
static volatile sig_atomic_t cel_continued_flag = 0;

static void cel_sigtstp_handler(int signo) {
    int saved = errno;
    if (cel_have_cooked_modes) tcsetattr(STDIN_FILENO, TCSADRAIN, &cel_cooked_modes);
    signal(signo, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(signo);                       /* stops here until SIGCONT */
    signal(signo, cel_sigtstp_handler);
    cel_continued_flag = 1;
    errno = saved;
}

/* A window resize only raises a flag; cel_getc tells libedit the new size and redraws. */
static volatile sig_atomic_t cel_resized_flag = 0;

static void cel_sigwinch_handler(int signo) {
    (void)signo;
    cel_resized_flag = 1;
}

/* MARK: - Installing and restoring the handlers */

/* The dispositions the reader replaced, to put back when it closes. */
typedef struct {
    struct sigaction interrupt, stop, resize;
} cel_saved_handlers;

/* One handler, without SA_RESTART so that a blocked wait returns EINTR. */
static inline int cel_install(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(signo, &sa, previous);
}

/* Saves the terminal's modes (for Ctrl-Z) and installs the SIGINT, SIGTSTP and SIGWINCH
 * handlers. Returns 0 when all three are in place. */
static inline int cel_install_handlers(cel_saved_handlers *saved) {
    if (tcgetattr(STDIN_FILENO, &cel_cooked_modes) == 0) cel_have_cooked_modes = 1;
    return cel_install(SIGINT, cel_sigint_handler, &saved->interrupt)
         | cel_install(SIGTSTP, cel_sigtstp_handler, &saved->stop)
         | cel_install(SIGWINCH, cel_sigwinch_handler, &saved->resize);
}

/* Puts back the dispositions saved by cel_install_handlers. */
static inline void cel_restore_handlers(const cel_saved_handlers *saved) {
    sigaction(SIGINT, &saved->interrupt, NULL);
    sigaction(SIGTSTP, &saved->stop, NULL);
    sigaction(SIGWINCH, &saved->resize, NULL);
}

/* Blocks SIGINT for the calling thread (during el_gets); *previous receives the old mask. */
static inline int cel_block_sigint(sigset_t *previous) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return pthread_sigmask(SIG_BLOCK, &set, previous);
}

/* MARK: - Reading characters
 *
 * libedit's own EL_SIGNAL handling has a race: a Ctrl-C that lands while libedit is busy
 * (not blocked in read) switches the terminal back to canonical mode, and the next read then
 * waits for a whole line that never comes. Instead, the reader keeps SIGINT blocked during
 * el_gets and reads each character through cel_getc, which unblocks SIGINT only inside ppoll:
 * a Ctrl-C can then only arrive while waiting, and always ends the wait.
 */

/* glibc declares ppoll only with _GNU_SOURCE, which a module header cannot set. */
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);

/* EL_GETCFN function: one character from stdin, UTF-8 decoded by mbrtowc. Returns 1 with a
 * character, 0 at end of input, -1 on Ctrl-C or a read error. */
static inline int cel_getc(EditLine *el, wchar_t *out) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    sigset_t waiting;
    pthread_sigmask(SIG_BLOCK, NULL, &waiting);
    sigdelset(&waiting, SIGINT);
    for (;;) {
        if (cel_sigint_flag) { errno = EINTR; return -1; }
        if (cel_continued_flag) {           /* back from Ctrl-Z: raw mode again, redraw */
            cel_continued_flag = 0;
            el_set(el, EL_PREP_TERM, 0);    /* libedit skips raw mode when it thinks it is in it */
            el_set(el, EL_PREP_TERM, 1);
            el_set(el, EL_REFRESH);
        }
        if (cel_resized_flag) {             /* the window changed size */
            cel_resized_flag = 0;
            el_resize(el);
            el_set(el, EL_REFRESH);
        }
        struct pollfd input = { STDIN_FILENO, POLLIN, 0 };
        if (ppoll(&input, 1, NULL, &waiting) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        /* Non-blocking, because a Ctrl-C between ppoll and read flushes the input the poll saw,
         * and a blocking read would then wait with SIGINT blocked. */
        char byte;
        int flags = fcntl(STDIN_FILENO, F_GETFL);
        if (flags >= 0) fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK);
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        int readError = errno;
        if (flags >= 0) fcntl(STDIN_FILENO, F_SETFL, flags);
        errno = readError;
        if (count == 0) return 0;
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
            return -1;
        }
        size_t decoded = mbrtowc(out, &byte, 1, &state);
        if (decoded == (size_t)-2) continue;          /* more bytes of this character to come */
        if (decoded == (size_t)-1) {                  /* not UTF-8: pass the byte through */
            memset(&state, 0, sizeof state);
            *out = (wchar_t)(unsigned char)byte;
        }
        return 1;
    }
}

typedef int (*cel_getc_fn)(EditLine *, wchar_t *);
static inline int cel_set_getc(EditLine *el) { return el_set(el, EL_GETCFN, (cel_getc_fn)cel_getc); }

/* MARK: - Output */

/* Writes a string to stdout and flushes it (stdout is not reachable from Swift 6). */
static inline void cel_write_stdout(const char *s) {
    fputs(s, stdout);
    fflush(stdout);
}

/* Terminal width of stdout, or 80 when unknown. */
static inline int cel_terminal_columns(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

/* Terminal columns taken by one code point (-1 when not printable); glibc hides wcwidth
 * unless _XOPEN_SOURCE, hence the declaration. */
extern int wcwidth(wchar_t);
static inline int cel_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

/* MARK: - EditLine */

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

/* el_init over the process's stdin/stdout/stderr. */
static inline EditLine *cel_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cel_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/* The prompt function; bytes between two \1 characters are not counted as visible
 * (for colour escape sequences). */
static inline int cel_set_prompt(EditLine *el, cel_prompt_fn fn) {
    return el_set(el, EL_PROMPT_ESC, fn, '\1');
}

static inline int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

static inline int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int cel_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/* MARK: - History */

static inline int cel_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int cel_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int cel_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int cel_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
