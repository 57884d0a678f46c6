# re: scan a ~10 MB generated log with a few patterns (findall, finditer with
# groups, sub, split), counting what they find.
import re

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


def make_log(n):
    lines = []
    for i in range(n):
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] worker-%d: request id=%d path=/api/v%d/items/%d took %dms user=u%d@example.org"
                     % (i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, LEVELS[i % 4],
                        i % 16, i, i % 3 + 1, i * 31 % 10007, i * 13 % 997, i % 501))
    return "\n".join(lines)


def run(n):
    text = make_log(n)
    line_re = re.compile(r"^(\d{4})-(\d\d)-(\d\d) \d\d:\d\d:\d\d \[(ERROR|WARN)\] worker-(\d+):", re.M)
    errors = warns = 0
    workers = {}
    for m in line_re.finditer(text):
        if m.group(4) == "ERROR":
            errors += 1
        else:
            warns += 1
        w = m.group(5)
        workers[w] = workers.get(w, 0) + 1
    took = re.findall(r"took (\d+)ms", text)
    slow = sum(1 for t in took if int(t) > 900)
    emails = re.findall(r"\bu\d+@example\.org\b", text)
    paths = re.compile(r"/api/v(\d)/items/(\d+)")
    v2 = sum(1 for m in paths.finditer(text) if m.group(1) == "2")
    masked = re.sub(r"id=\d+", "id=#", text[:200_000])
    fields = re.split(r"[ :=]+", text[:100_000])
    return len(text), errors, warns, sorted(workers.items())[:3], slow, len(emails), v2, len(masked), len(fields)


print(run(75_000))
