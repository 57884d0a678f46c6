/* giltrace.c -- the GIL timeline of -X gil-trace=FILE.json.
 *
 * gil.c reports every take, drop, blocking call and drop request here. The
 * events go into one preallocated buffer; a slot is claimed with an atomic
 * increment, so recording takes no lock (events happen both with and without
 * the GIL held). When the buffer is full, later events are dropped and the
 * file says so: the trace stays bounded whatever the program does.
 *
 * At exit the buffer becomes a Chrome trace-event JSON file (it loads in
 * Perfetto and chrome://tracing): per thread, "hold GIL", "wait GIL" and
 * "blocking (GIL released)" spans, and instant events for drop requests and
 * forced switches. Per thread the events are in program order, so the
 * begin/end pairs nest even though threads interleave in the buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "concurrency/gil.h"
#include "concurrency/giltrace.h"

/* 1M events (16 MiB): minutes of a busy program switching every 5 ms, and
 * still a file Perfetto opens quickly. */
#define GP_TRACE_MAX_EVENTS (1u << 20)

typedef struct {
    uint64_t t_ns;
    uint32_t tid;
    uint32_t kind;
} Event;

_Atomic int gp_giltrace_on;
static Event *events;
static _Atomic uint32_t nevents;
static _Atomic uint32_t dropped;
static char *trace_path;
static uint64_t t_start;

int gp_giltrace_start(const char *path)
{
    events = malloc(GP_TRACE_MAX_EVENTS * sizeof *events);
    trace_path = strdup(path);
    if (!events || !trace_path) {
        free(events);
        free(trace_path);
        events = NULL;
        trace_path = NULL;
        return -1;
    }
    t_start = gp_gil_now_ns();
    atomic_store(&gp_giltrace_on, 1);
    return 0;
}

void gp_giltrace_record(GpThreadState *ts, int kind, uint64_t t_ns)
{
    uint32_t i = atomic_fetch_add_explicit(&nevents, 1, memory_order_relaxed);
    if (i >= GP_TRACE_MAX_EVENTS) {
        atomic_fetch_add_explicit(&dropped, 1, memory_order_relaxed);
        return;
    }
    events[i].t_ns = t_ns;
    events[i].tid = (uint32_t)ts->native_id;
    events[i].kind = (uint32_t)kind;
}

static void put_event(FILE *f, int *first, const char *name, const char *ph, uint32_t tid, uint64_t t)
{
    double us = t >= t_start ? (double)(t - t_start) / 1e3 : 0.0;
    fprintf(f, "%s\n{\"name\":\"%s\",\"cat\":\"gil\",\"ph\":\"%s\",\"ts\":%.3f,\"pid\":1,\"tid\":%u%s}",
            *first ? "" : ",", name, ph, us, tid, ph[0] == 'i' ? ",\"s\":\"t\"" : "");
    *first = 0;
}

static void put_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

void gp_giltrace_finish(const GpGilStats *threads)
{
    if (!atomic_load(&gp_giltrace_on))
        return;
    atomic_store(&gp_giltrace_on, 0);
    FILE *f = fopen(trace_path, "w");
    if (!f) {
        fprintf(stderr, "gilpy: -X gil-trace: cannot write %s\n", trace_path);
        goto done;
    }
    uint32_t n = atomic_load(&nevents);
    if (n > GP_TRACE_MAX_EVENTS)
        n = GP_TRACE_MAX_EVENTS;
    fputs("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[", f);
    int first = 1;
    int idx = 0;
    for (const GpGilStats *s = threads; s; s = s->next, idx++) {
        char label[96];
        if (s->name[0])
            snprintf(label, sizeof label, "%s", s->name);
        else
            snprintf(label, sizeof label, idx == 0 ? "MainThread" : "thread-%lu", s->native_id);
        fprintf(f, "%s\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%u,\"args\":{\"name\":",
                first ? "" : ",", (unsigned)s->native_id);
        put_json_string(f, label);
        fputs("}}", f);
        first = 0;
    }
    for (uint32_t i = 0; i < n; i++) {
        const Event *e = &events[i];
        switch (e->kind) {
        case GP_TRACE_WAIT_BEGIN:
            put_event(f, &first, "wait GIL", "B", e->tid, e->t_ns);
            break;
        case GP_TRACE_HOLD_BEGIN:
            put_event(f, &first, "wait GIL", "E", e->tid, e->t_ns);
            put_event(f, &first, "hold GIL", "B", e->tid, e->t_ns);
            break;
        case GP_TRACE_HOLD_END:
            put_event(f, &first, "hold GIL", "E", e->tid, e->t_ns);
            break;
        case GP_TRACE_BLOCK_BEGIN:
            put_event(f, &first, "blocking (GIL released)", "B", e->tid, e->t_ns);
            break;
        case GP_TRACE_BLOCK_END:
            put_event(f, &first, "blocking (GIL released)", "E", e->tid, e->t_ns);
            break;
        case GP_TRACE_DROP_REQUEST:
            put_event(f, &first, "drop request", "i", e->tid, e->t_ns);
            break;
        case GP_TRACE_FORCED_SWITCH:
            put_event(f, &first, "forced switch", "i", e->tid, e->t_ns);
            break;
        }
    }
    fprintf(f, "\n],\"otherData\":{\"events\":%u,\"dropped_events\":%u,\"switch_interval_ms\":%.3f}}\n", n,
            (unsigned)atomic_load(&dropped), gp_gil_get_switch_interval() * 1e3);
    fclose(f);
done:
    free(events);
    events = NULL;
    free(trace_path);
    trace_path = NULL;
}
