#!/usr/bin/env python3
"""@brief report: turns the raw results run.sh collected in OUT into OUT/report.md and OUT/scale.png.

    python3 bench/report.py OUT

Reads OUT/machine.tsv, tools.tsv, latency.tsv (query_latency rows), whole.tsv (whole_process
rows), build.tsv (one row per index build). Every ratio compares figures of the same run.
Ratios are "peer ÷ ours": above 1 the peer is slower than ours, below 1 it is faster.
Standard library only; gnuplot draws the PNG when it is installed.
"""
import csv
import math
import pathlib
import statistics
import subprocess
import sys

SCALES = ["1x", "10x", "100x", "1000x"]
PEERS = ["quest", "sqlite3", "rg", "recollq"]
BUILDERS = [("ours", "ours (indexer)"), ("fts5", "SQLite FTS5"), ("scriptindex", "omega scriptindex"),
            ("recollindex", "recollindex")]


def read_tsv(path):
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def num(text):
    return float(text) if text not in ("", None) else math.nan


def fmt(value, digits=0):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:,.{digits}f}"


def geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else math.nan


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class Report:
    def __init__(self, out):
        self.out = out
        self.machine = {r["key"]: r["value"] for r in read_tsv(out / "machine.tsv")}
        self.tools = {r["tool"]: r["status"] for r in read_tsv(out / "tools.tsv")}
        self.latency = read_tsv(out / "latency.tsv")
        self.whole = read_tsv(out / "whole.tsv")
        self.build = read_tsv(out / "build.tsv")
        self.queries = read_tsv(out / "queries.tsv")
        self.verdicts = []

    def lat(self, label, engine, cls):
        for row in self.latency:
            if (row["label"], row["engine"], row["class"]) == (label, engine, cls):
                return row
        return None

    def built(self, label, tool):
        for row in self.build:
            if (row["label"], row["tool"]) == (label, tool):
                return row
        return None

    def labels(self):
        seen = []
        for row in self.latency + self.build + self.whole:
            if row["label"] not in seen:
                seen.append(row["label"])
        return seen

    def whole_ratios(self, label):
        """tool -> (median of per-query medians s, per-query ratios tool ÷ ours, spread)."""
        by_query = {}
        for row in self.whole:
            if row["label"] == label:
                by_query.setdefault(row["query"], {})[row["tool"]] = row
        summary = {}
        for tool in ["ours"] + PEERS:
            medians, ratios, spreads = [], [], []
            for tools in by_query.values():
                if tool in tools and "ours" in tools:
                    medians.append(num(tools[tool]["median_s"]))
                    spreads.append(num(tools[tool]["stddev_s"]))
                    ratios.append(num(tools[tool]["median_s"]) / num(tools["ours"]["median_s"]))
            if medians:
                summary[tool] = (statistics.median(medians), ratios, statistics.median(spreads))
        return summary

    # -- sections -------------------------------------------------------------------------------
    def machine_section(self):
        rows = [(k, v) for k, v in self.machine.items()]
        tools = [(k, v) for k, v in self.tools.items()]
        return ("## Machine\n\n" + table(["", ""], rows) + "\nTools:\n\n" + table(["tool", "version / status"], tools))

    def in_process_section(self, label="real"):
        classes = [r["class"] for r in self.latency if r["label"] == label and r["engine"] == "ours"]
        if not classes:
            return ""
        rows = []
        for cls in classes:
            o, f = self.lat(label, "ours", cls), self.lat(label, "fts5", cls)
            fp50, fp99 = (num(f["p50"]), num(f["p99"])) if f else (math.nan, math.nan)
            rows.append([("**all**" if cls == "all" else cls), o["queries"], fmt(num(o["p50"])), fmt(num(o["p95"])),
                         fmt(num(o["p99"])), fmt(num(o["max"])), fmt(num(o["qps"])), fmt(num(o["parse_p50"])),
                         fmt(num(o["match_p50"])), fmt(num(o["render_p50"]), 1), fmt(fp50), fmt(fp99),
                         fmt(num(f["qps"])) if f else "–", fmt(fp50 / num(o["p50"]), 2), fmt(fp99 / num(o["p99"]), 2),
                         o["errors"]])
        header = ["class", "queries", "p50 µs", "p95 µs", "p99 µs", "max µs", "QPS", "parse p50", "match p50",
                  "render p50", "FTS5 p50", "FTS5 p99", "FTS5 QPS", "FTS5÷ours p50", "FTS5÷ours p99", "errors"]
        samples = self.lat(label, "ours", "all")["samples"]
        return (f"## In-process latency, real corpus\n\n`query_latency`: the index opened once, "
                f"{samples} timed queries (workload × runs) after a warm-up pass, ours and FTS5 taking turns on "
                "each query. Microseconds; QPS single-threaded (queries ÷ time answering them, median of the "
                "runs). Parse = query builder; match = ranking, snippets and note resolution; render = the "
                "text printer into a null stream. FTS5: translating + binding / stepping (bm25, snippet()) / "
                "TSV rows.\n\n" + table(header, rows))

    def whole_section(self):
        parts = ["## Whole-process latency\n\nOne process per query (warm page cache), hyperfine, every tool "
                 "on the same query in the same hyperfine invocation. Median = median over the queries of "
                 "each query's median; σ = median of the per-query standard deviations; ratio = geometric "
                 "mean over the queries of (tool's median ÷ ours), with its range.\n"]
        for label in self.labels():
            summary = self.whole_ratios(label)
            if not summary:
                continue
            queries = len({r["query"] for r in self.whole if r["label"] == label})
            rows = []
            for tool, (median, ratios, spread) in summary.items():
                rng = f"{min(ratios):.2f}–{max(ratios):.2f}" if ratios else "–"
                rows.append([tool, len(ratios), fmt(median * 1000, 1), fmt(spread * 1000, 1),
                             fmt(geomean(ratios), 2), rng])
            for tool in PEERS:
                if tool not in summary:
                    rows.append([tool, 0, "–", "–", "–", self.tools.get(tool, "did not run")])
            parts.append(f"\n### {label} ({queries} queries)\n\n" +
                         table(["tool", "queries", "median ms", "σ ms", "tool ÷ ours", "range"], rows))
        return "".join(parts)

    def scale_section(self):
        rows, plot = [], []
        for label in SCALES:
            o = self.built(label, "ours")
            if not o:
                continue
            mb = num(o["corpus_bytes"]) / 1e6
            row = [label, fmt(mb, 1), o["documents"]]
            plot_row = [mb]
            for tool, _ in BUILDERS:
                b = self.built(label, tool)
                ok = b and b["exit"] == "0"
                secs = num(b["seconds"]) if ok else math.nan
                # A tiny corpus can build in less than /usr/bin/time's 10 ms: no throughput then.
                row += [fmt(secs, 2), fmt(mb / secs, 2) if ok and secs > 0 else "–",
                        fmt(num(b["max_rss_kib"]) / 1024, 0) if ok else "–",
                        fmt(num(b["index_bytes"]) / 1e6, 1) if ok else (b and f"exit {b['exit']}" or "–")]
                plot_row.append(secs)
            lo, lf = self.lat(label, "ours", "all"), self.lat(label, "fts5", "all")
            row += [fmt(num(lo["p50"])) if lo else "–", fmt(num(lo["p99"])) if lo else "–",
                    fmt(num(lf["p99"])) if lf else "–"]
            plot_row += [num(lo["p99"]) if lo else math.nan, num(lf["p99"]) if lf else math.nan]
            rows.append(row)
            plot.append(plot_row)
        if not rows:
            return ""
        header = ["scale", "corpus MB", "docs"]
        for _, name in BUILDERS:
            header += [f"{name} s", "MB/s", "peak MiB", "index MB"]
        header += ["ours p50 µs", "ours p99 µs", "FTS5 p99 µs"]
        (self.out / "scale.dat").write_text(
            "".join(" ".join("NaN" if math.isnan(v) else f"{v:.6g}" for v in r) + "\n" for r in plot))
        picture = ""
        try:
            subprocess.run(["gnuplot", "-e", f"data='{self.out / 'scale.dat'}'; out='{self.out / 'scale.png'}'",
                            str(pathlib.Path(__file__).with_name("scale_plot.gp"))], check=True,
                           stderr=subprocess.DEVNULL)
            picture = "\n![build time and p99 latency against corpus size](scale.png)\n"
        except (OSError, subprocess.CalledProcessError):
            picture = "\n(no plot: gnuplot is not installed or failed)\n"
        per_class = []
        for label in SCALES:
            cells = [self.lat(label, "ours", c) for c in self.classes()]
            if any(cells):
                per_class.append([label] + [fmt(num(c["p99"])) if c else "–" for c in cells])
        return ("## Scale\n\nSynthetic corpora (`bench/make_corpus.py`) of 1×–1000× the real corpus, built from "
                "its structure. Build: wall time and peak resident memory of the build process "
                "(`/usr/bin/time`), index size on disk (`du`). Throughput = corpus MB ÷ build seconds. "
                "Latency: `query_latency` over the whole workload, `source:` filters pointed at a synthetic "
                "copy.\n\n" + table(header, rows) + picture +
                "\nOurs, p99 µs per query class:\n\n" + table(["scale"] + self.classes(), per_class))

    def classes(self):
        return [r["class"] for r in self.latency if r["label"] == "real" and r["engine"] == "ours"]

    def targets_section(self):
        rows = []
        worst = max((self.lat("real", "ours", c) for c in self.classes() if c != "all"),
                    key=lambda r: num(r["p99"]), default=None)
        if worst:
            p99 = num(worst["p99"])
            rows.append(["real corpus, in process: p99 < 200 µs in every class",
                         f"worst: {worst['class']} {fmt(p99)} µs", verdict(p99 <= 200, p99 / 200)])
            slower = []
            for c in self.classes():
                o, f = self.lat("real", "ours", c), self.lat("real", "fts5", c)
                if c != "all" and f and num(o["p99"]) > num(f["p99"]):
                    slower.append(f"{c} {num(o['p99']) / num(f['p99']):.1f}×")
            rows.append(["no class slower than FTS5 (p99, same harness)",
                         "slower: " + (", ".join(slower) or "none"), "met" if not slower else "**missed**"])
        whole = self.whole_ratios("real")
        if "quest" in whole:
            ours_over = 1 / geomean(whole["quest"][1])
            rows.append(["whole process: ours ≤ 1.2 × quest", f"ours = {ours_over:.2f} × quest",
                         verdict(ours_over <= 1.2, ours_over / 1.2)])
        if "recollq" in whole:
            ours_over = 1 / geomean(whole["recollq"][1])
            rows.append(["whole process: faster than recollq", f"ours = {ours_over:.2f} × recollq",
                         verdict(ours_over < 1, ours_over)])
        o = self.built("1000x", "ours")
        if o:
            mb = num(o["corpus_bytes"]) / 1e6
            for tool in ("fts5", "scriptindex"):
                b = self.built("1000x", tool)
                if b and b["exit"] == "0":
                    ours_tp, peer_tp = mb / num(o["seconds"]), mb / num(b["seconds"])
                    rows.append([f"1000×: build throughput ≥ {tool}",
                                 f"ours {ours_tp:.2f} MB/s, {tool} {peer_tp:.2f} MB/s",
                                 verdict(ours_tp >= peer_tp, peer_tp / ours_tp)])
            lo = self.lat("1000x", "ours", "all")
            if lo:
                p99 = num(lo["p99"])
                rows.append(["1000×: in-process p99 < 10 ms", f"{fmt(p99)} µs", verdict(p99 < 10000, p99 / 10000)])
            f = self.built("1000x", "fts5")
            if f:
                rows.append(["1000×: index size beside FTS5", f"ours {num(o['index_bytes']) / 1e6:.0f} MB, "
                             f"FTS5 {num(f['index_bytes']) / 1e6:.0f} MB", "reported"])
        return "## Targets (issue 5)\n\n" + table(["target", "measured", "verdict"], rows)

    def slowest_section(self, count=5):
        """Per scale, our slowest queries by median over the runs, with FTS5 on the same query."""
        parts = []
        for label in ["real"] + SCALES:
            ours = [r for r in self.queries if r["label"] == label and r["engine"] == "ours"]
            fts5 = {(r["class"], r["query"]): r for r in self.queries if r["label"] == label and r["engine"] == "fts5"}
            if not ours:
                continue
            ours.sort(key=lambda r: -num(r["median_us"]))
            rows = []
            for r in ours[:count]:
                f = fts5.get((r["class"], r["query"]))
                rows.append([label, r["class"], "`" + r["query"].replace("|", "\\|") + "`", fmt(num(r["median_us"])),
                             fmt(num(r["max_us"])), fmt(num(f["median_us"])) if f else "–"])
            parts.append(table(["scale", "class", "query", "ours median µs", "ours max µs", "FTS5 median µs"], rows))
        if not parts:
            return ""
        return ("## Slowest queries\n\nOurs, by median over the runs (a query slow in every run is slow; one slow "
                "only in its max was preempted).\n\n" + "\n".join(parts))

    def profile_section(self):
        """bench/profile.sh's findings (full runs only), as written."""
        profile = self.out / "profile.md"
        return "\n" + profile.read_text(encoding="utf-8") if profile.exists() else ""

    def write(self):
        mode = self.machine.get("mode", "full")
        text = [f"# Benchmark report ({mode})\n\n`bench/run.sh` started {self.machine.get('started', '?')}, "
                f"finished {self.machine.get('finished', '?')}.\n\n", self.targets_section(), "\n",
                self.machine_section(), "\n", self.in_process_section(), "\n", self.whole_section(), "\n",
                self.scale_section(), "\n", self.slowest_section(), self.profile_section()]
        (self.out / "report.md").write_text("".join(text), encoding="utf-8")


def verdict(met, factor):
    return "met" if met else f"**missed** ({factor:.1f}× off)"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    Report(pathlib.Path(sys.argv[1])).write()


if __name__ == "__main__":
    main()
