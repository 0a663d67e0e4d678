#!/usr/bin/env python3
"""Summarises a bench/out/compare-<timestamp>/ folder written by compare_with_xmlsec.sh (medians of the
/usr/bin/time -v outputs, A/B ratios pair by pair, peak RSS) as a Markdown table.

    summarize_compare.py bench/out/compare-<timestamp>
"""
import glob, os, re, statistics, sys

raw = sys.argv[1]

def parse(path):
    text = open(path).read()
    def field(label):
        return re.search(re.escape(label) + r": (.*)", text).group(1).strip()
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(part) * 60 ** (len(wall) - 1 - i) for i, part in enumerate(wall))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return seconds, cpu, int(field("Maximum resident set size (kbytes)")), int(field("Exit status"))

print("| case | file MB | A wall s | B wall s | wall ratio A/B | A cpu s | B cpu s | cpu ratio A/B "
      "| A peak RSS MB | B peak RSS MB (xmllint / xmlsec1) | A exit |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for name in ("okta-idp", "okta-idp-signed", "aggregate-5000", "aggregate-100mb"):
    commands = os.path.join(raw, name + ".commands")
    if not os.path.exists(commands):
        continue
    a_runs, b_runs, wall_ratios, cpu_ratios, peaks_x, peaks_s = [], [], [], [], [], []
    for a_time in sorted(glob.glob(os.path.join(raw, name + ".A.*.time"))):
        i = a_time.split(".")[-2]
        a = parse(a_time)
        x = parse(os.path.join(raw, "%s.B-xmllint.%s.time" % (name, i)))
        s_path = os.path.join(raw, "%s.B-xmlsec1.%s.time" % (name, i))
        s = parse(s_path) if os.path.exists(s_path) else (0.0, 0.0, 0, 0)
        b = (x[0] + s[0], x[1] + s[1], max(x[2], s[2]))
        a_runs.append(a)
        b_runs.append(b)
        wall_ratios.append(a[0] / b[0] if b[0] else float("nan"))
        cpu_ratios.append(a[1] / b[1] if b[1] else float("nan"))
        peaks_x.append(x[2])
        peaks_s.append(s[2])
    first_line = open(commands).readline()
    size = os.path.getsize(first_line.split()[2]) / 1048576.0
    med = statistics.median
    xmlsec = "%.0f" % (med(peaks_s) / 1024) if max(peaks_s) else "-"
    print("| %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f (%.0f / %s) | %s |" % (
        name, size, med([r[0] for r in a_runs]), med([r[0] for r in b_runs]), med(wall_ratios),
        med([r[1] for r in a_runs]), med([r[1] for r in b_runs]), med(cpu_ratios),
        med([r[2] for r in a_runs]) / 1024, med([r[2] for r in b_runs]) / 1024, med(peaks_x) / 1024, xmlsec,
        ",".join(sorted({str(r[3]) for r in a_runs}))))
print()
print("medians over %d pairs (A B A B ...); ratios taken pair by pair; raw /usr/bin/time -v outputs in %s"
      % (len(glob.glob(os.path.join(raw, "okta-idp.A.*.time"))), raw))
