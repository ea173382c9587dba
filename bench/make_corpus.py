#!/usr/bin/env python3
"""@brief make_corpus: a synthetic corpus SCALE times the size of the real one, built from its structure.

    python3 bench/make_corpus.py --corpus corpus --scale 100 --out /tmp/corpus-100x

Each synthetic document copies the layout of one real document line by line (documents taken in
turn), so everything the indexer must cope with is there in the same proportions: headings, blank
lines and space-only lines, hard-wrapped lines, paragraphs cut by a page break, hyphens split across
lines, bullets, superscript note markers (¹²³) and the Notes section of "- N text" lines. Only the
words change: every lower-case or Capitalised word is replaced by a word drawn from the real
corpus's word frequencies (keeping its capitalisation). Kept as written, because a real collection
on one subject shares them: acronyms (MoD, NISC), their inline definitions ("Internet of Things
(IoT)"), the acronym box, and the "Notes" and "List of acronyms" headings. Numbers, punctuation, URLs' shape and markers are kept.

Deterministic (seeded per document), standard library only. Writes OUT/corpus.tsv and
OUT/syn-NNNNNN.txt; prints the number of documents, lines and bytes.
"""
import argparse
import bisect
import collections
import itertools
import pathlib
import random
import re

WORD = re.compile(r"[A-Za-z]+")
URL = re.compile(r"<?https?://\S+")
ACRONYM_IN_PARENS = re.compile(r"\((?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])[A-Za-z0-9]{2,10}\)")
DEFINITION_WORDS = re.compile(r"(?:\S+\s+){0,10}$")
KEPT_LINES = {"Notes", "List of acronyms"}
KEPT_WORDS = {"Ibid", "p", "pp"}  # "Ibid., pp. 218" notes link to the note they repeat


def read_manifest(corpus):
    manifest = corpus / "corpus.tsv"
    if manifest.exists():
        rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()[1:] if line]
        return [(row[0], corpus / row[1], row[2] if len(row) > 2 else row[0]) for row in rows]
    return [(path.stem, path, path.stem) for path in sorted(corpus.glob("*.txt"))]


def acronym_box(lines):
    """Indexes of the lines of the 'List of acronyms' box: from its heading to the first blank line
    after the box's entries resume prose (a line longer than an entry ever is)."""
    kept = set()
    inside = False
    for i, line in enumerate(lines):
        if line.strip() == "List of acronyms":
            inside = True
        elif inside and len(line) > 120:
            inside = False
        if inside:
            kept.add(i)
    return kept


def is_acronym(word):
    return sum(c.isupper() for c in word) >= 2


def is_kept(word):
    return is_acronym(word) or word in KEPT_WORDS


def template_parts(lines, box):
    """A template document cut into (text, is_kept) pieces, computed once per template. Kept whole:
    the acronym box, the KEPT_LINES headings, URLs (as the notes cite them), and inline acronym
    definitions with the words before them, across line breaks too ("Information and" / blank line /
    "Telecommunications Technology (ICT)" in the UN reply): a collection on one subject shares its
    definitions as it shares its acronym box, and replacing their words would teach the indexer a
    new random expansion per document."""
    text = "\n".join(lines)
    spans, offset = [], 0
    for i, line in enumerate(lines):
        if i in box or line.strip() in KEPT_LINES:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    spans += [(m.start(), m.end()) for m in URL.finditer(text)]
    for match in ACRONYM_IN_PARENS.finditer(text):
        # Schwartz-Hearst looks at most 2 x the acronym's letters back: 10 words is enough.
        before = DEFINITION_WORDS.search(text[max(0, match.start() - 400):match.start()])
        spans.append((match.start() - len(before.group(0)), match.end()))
    parts, end = [], 0
    for begin, stop in sorted(spans):
        if stop <= end:
            continue
        begin = max(begin, end)
        parts += [(text[end:begin], False), (text[begin:stop], True)]
        end = stop
    parts.append((text[end:], False))
    return parts


class WordSampler:
    """Draws words with the corpus's own unigram frequencies."""

    def __init__(self, texts):
        # URLs' pieces (www, pdf, jp) are not prose: left out of the frequencies.
        counts = collections.Counter(w.lower() for text in texts for w in WORD.findall(URL.sub(" ", text))
                                     if not is_acronym(w))
        self.words = sorted(counts)
        self.cumulative = list(itertools.accumulate(counts[w] for w in self.words))

    def draw(self, rng, count):
        total = self.cumulative[-1]
        return [self.words[bisect.bisect_right(self.cumulative, rng.random() * total)] for _ in range(count)]


def synthesize(parts, replaceable, sampler, rng):
    """The template's text with the words outside its kept pieces replaced."""
    drawn = iter(sampler.draw(rng, replaceable))

    def replace(match):
        word = match.group(0)
        if is_kept(word):
            return word
        new = next(drawn)
        return new.capitalize() if word[0].isupper() else new

    return "".join(text if keep else WORD.sub(replace, text) for text, keep in parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus", type=pathlib.Path)
    parser.add_argument("--scale", required=True, type=int, help="copies of the corpus's size (1, 10, 100, 1000)")
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("--seed", default=5, type=int)
    parser.add_argument("--workload", type=pathlib.Path, help="queries.tsv to rewrite for this corpus")
    parser.add_argument("--workload-out", type=pathlib.Path, help="where the rewritten workload goes")
    args = parser.parse_args()

    templates = []
    for doc, path, title in read_manifest(args.corpus):
        lines = path.read_text(encoding="utf-8").split("\n")
        parts = template_parts(lines, acronym_box(lines))
        replaceable = sum(1 for text, keep in parts if not keep for word in WORD.findall(text) if not is_kept(word))
        templates.append((doc, title, lines, parts, replaceable))
    sampler = WordSampler("\n".join(t[2]) for t in templates)

    args.out.mkdir(parents=True, exist_ok=True)
    manifest = ["id\tfile\ttitle\tpublisher\tyear\toriginal_file"]
    total_lines = total_bytes = 0
    for n in range(1, args.scale * len(templates) + 1):
        doc, title, lines, parts, replaceable = templates[(n - 1) % len(templates)]
        rng = random.Random(f"{args.seed}:{n}")
        text = synthesize(parts, replaceable, sampler, rng)
        name = f"syn-{n:06d}"
        (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        manifest.append(f"{name}\t{name}.txt\tSynthetic {n}: {title}\tbench/make_corpus.py\t2024\t{doc}.txt")
        total_lines += len(lines)
        total_bytes += len(text.encode("utf-8"))
    (args.out / "corpus.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    if args.workload and args.workload_out:
        # source:REAL becomes source:<the first synthetic copy of REAL>, so the filter still
        # selects one document's passages.
        first_copy = {doc: f"syn-{i + 1:06d}" for i, (doc, *_) in enumerate(templates)}
        text = args.workload.read_text(encoding="utf-8")
        for doc, copy in first_copy.items():
            text = text.replace(f"source:{doc}", f"source:{copy}")
        args.workload_out.write_text(text, encoding="utf-8")
    print(f"{args.scale * len(templates)} documents, {total_lines} lines, {total_bytes} bytes in {args.out}")


if __name__ == "__main__":
    main()
