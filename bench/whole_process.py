#!/usr/bin/env python3
"""@brief whole_process: one process per query, ours and the peers side by side, timed by hyperfine.

    python3 bench/whole_process.py --translated T.tsv --label 1x --out whole.tsv --json-dir DIR \
        --searcher build/bin/searcher --index IDX --omega OMDB --fts5 DB --corpus DIR \
        [--recoll-conf DIR] [--per-class 3] [--runs 15] [--warmup 3]

T.tsv is `query_latency --translate` output: each workload query with its peer forms. For each
query, one hyperfine run times every tool on it (warm page cache, cold process), in the same
invocation, so the ratios compare like with like:
  ours     searcher --index IDX QUERY                      (text output, 10 hits, notes resolved)
  quest    quest -d OMDB -b source:XSOURCE -b note:XNOTE -f default,wildcard -m 10 QUERY
  sqlite3  sqlite3 -readonly DB "SELECT … MATCH '<fts5>' … ORDER BY rank LIMIT 10"
  rg       rg -i -n over the corpus files (words with -w; a source: filter picks the file; note:N
           searches the superscript marker); no ranking, every matching line
  recollq  recollq -c CONF -n 10 -A with the query in Recoll's language (terms ORed,
           source: -> filename:; note:N has no Recoll form), when --recoll-conf is given
Appends rows "label class query tool median_s mean_s stddev_s min_s max_s runs" to --out (no
header: run.sh writes it). Tools that cannot express a query (FTS5 with only stopwords) are
skipped for it. hyperfine runs without a shell (-N) and ignores exit codes (-i): "no hit" is
exit 1 for ours and rg.
"""
import argparse
import csv
import json
import pathlib
import re
import shlex
import subprocess
import sys

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# The FTS5 statement of bench/fts5_format.h kSearch, with the values inlined for the CLI.
FTS5_SQL = ("SELECT doc, file, line, rank, snippet(paragraphs, 0, '', '', '…', 24), text FROM paragraphs "
            "WHERE paragraphs MATCH '{match}'{doc} ORDER BY rank LIMIT 10")


def sql_string(text):
    return text.replace("'", "''")


def rg_command(row, corpus):
    """ripgrep's closest equivalent: any of the words, phrases (across spaces) or prefixes."""
    path = str(corpus / f"{row['doc']}.txt") if row["doc"] else str(corpus)
    if row["notes"]:
        patterns = [n.translate(SUPERSCRIPT) for n in row["notes"].split()]
        flags = ["-F"]
    else:
        patterns = [re.escape(w) for w in row["words"].split()]
        patterns += [r"\s+".join(re.escape(w) for w in p.split()) for p in row["phrases"].split("|") if p]
        patterns += [re.escape(p) + r"\w*" for p in row["prefixes"].split()]
        flags = ["-w"]
    if not patterns:
        return None
    command = ["rg", "-i", "-n", "--no-heading", *flags]
    for pattern in patterns:
        command += ["-e", pattern]
    return command + ["--", path]


def recoll_query(row):
    """Recoll's query language: terms ORed (as ours ranks any word), filters ANDed."""
    terms = row["words"].split() + [f'"{p}"' for p in row["phrases"].split("|") if p]
    terms += [p + "*" for p in row["prefixes"].split()]
    # Recoll drops superscript digits from its terms ("Resolved to null query"): note:N has no
    # Recoll form, so those queries are left out for it.
    if not terms or row["notes"]:
        return None
    query = " OR ".join(terms)
    if row["doc"]:
        query += f" filename:{row['doc']}.txt"
    return query


def commands(row, args):
    tools = {"ours": [args.searcher, "--index", args.index, "--color", "never", row["query"]]}
    if args.omega:
        tools["quest"] = ["quest", "-d", args.omega, "-b", "source:XSOURCE", "-b", "note:XNOTE",
                          "-f", "default,wildcard", "-m", "10", row["query"]]
    if args.fts5 and row["fts5"]:
        doc = f" AND doc = '{sql_string(row['doc'])}'" if row["doc"] else ""
        tools["sqlite3"] = ["sqlite3", "-readonly", args.fts5, FTS5_SQL.format(match=sql_string(row["fts5"]), doc=doc)]
    if args.corpus:
        rg = rg_command(row, pathlib.Path(args.corpus))
        if rg:
            tools["rg"] = rg
    if args.recoll_conf:
        query = recoll_query(row)
        if query:
            tools["recollq"] = ["recollq", "-c", args.recoll_conf, "-n", "10", "-A", query]
    return tools


def pick(rows, per_class):
    """The first `per_class` queries of each class, in file order."""
    taken, picked = {}, []
    for row in rows:
        if taken.get(row["class"], 0) < per_class:
            taken[row["class"]] = taken.get(row["class"], 0) + 1
            picked.append(row)
    return picked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("translated", "label", "out", "json-dir", "searcher", "index"):
        parser.add_argument("--" + name, required=True)
    for name in ("omega", "fts5", "corpus", "recoll-conf"):
        parser.add_argument("--" + name, default="")
    parser.add_argument("--per-class", type=int, default=3)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()

    with open(args.translated, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    json_dir = pathlib.Path(args.json_dir)
    json_dir.mkdir(parents=True, exist_ok=True)
    with open(args.out, "a", encoding="utf-8") as out:
        for n, row in enumerate(pick(rows, args.per_class)):
            tools = commands(row, args)
            export = json_dir / f"{args.label}-{n:03d}.json"
            hyperfine = ["hyperfine", "-N", "-i", "--style", "none", "--warmup", str(args.warmup),
                         "--runs", str(args.runs), "--export-json", str(export)]
            for name, command in tools.items():
                hyperfine += ["-n", name, shlex.join(command)]
            done = subprocess.run(hyperfine, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                sys.exit(f"whole_process: hyperfine failed on {row['query']!r}: {done.stderr.strip()}")
            for result in json.loads(export.read_text(encoding="utf-8"))["results"]:
                times = result["times"]
                out.write("\t".join([args.label, row["class"], row["query"], result["command"],
                                     *(f"{result[k]:.6f}" for k in ("median", "mean", "stddev", "min", "max")),
                                     str(len(times))]) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
