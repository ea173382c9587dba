#!/usr/bin/env python3
"""@brief make_workload: writes the benchmark workload (class<TAB>query) drawn from the corpus itself.

Deterministic: the same corpus gives byte-identical output (a fixed seed, sorted inputs), so the
committed bench/workload/queries.tsv can be regenerated and diffed:

    python3 bench/make_workload.py --corpus corpus --stopwords stopwords/english.txt \
        > bench/workload/queries.tsv

Classes (40 queries each by default): word, multi (2-5 words as typed, stopwords included),
phrase, source (source:ID filter), note (note:N filter), wildcard, misspelling, acronym.
Standard library only.
"""
import argparse
import collections
import pathlib
import random
import re
import sys

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
WORD = re.compile(r"[A-Za-z]+")
# An acronym as the corpus writes it: two or more capitals, maybe a lower-case letter inside (MoD, IoT).
ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b")


def read_manifest(corpus):
    """(doc id, path) per document: corpus.tsv when present, else every *.txt named by its stem."""
    manifest = corpus / "corpus.tsv"
    if manifest.exists():
        rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()[1:] if line]
        return sorted((row[0], corpus / row[1]) for row in rows)
    return sorted((path.stem, path) for path in corpus.glob("*.txt"))


def body_lines(path):
    """The document's prose lines: not blank, not a note line ("- 12 …"), no URLs, markers removed."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("- ") or "http" in stripped:
            continue
        lines.append(stripped.translate({ord(c): None for c in SUPERSCRIPTS}))
    return lines


def note_numbers(path):
    """Note numbers the document's Notes section defines ("- 12 text")."""
    numbers = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*- (\d+) ", line)
        if match:
            numbers.append(int(match.group(1)))
    return sorted(set(numbers))


def phrase_windows(line):
    """Runs of plain words inside one line, broken at punctuation, so a phrase never spans a clause."""
    runs, run = [], []
    for token in line.split():
        word = token.strip("'‘’\"“”()")
        if WORD.fullmatch(word):
            run.append(word)
        else:
            clean = word.rstrip(".,;:!?")
            if WORD.fullmatch(clean):
                run.append(clean)
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def misspell(word, rng):
    """One edit a typist makes: two letters swapped, one dropped, or one doubled."""
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def spread(items, count):
    """`count` items evenly spaced through `items` (frequent to rare when sorted by frequency)."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def make_workload(corpus, stopwords, per_class, seed):
    rng = random.Random(seed)
    documents = read_manifest(corpus)
    lines = {doc: body_lines(path) for doc, path in documents}
    all_lines = [line for doc, _ in documents for line in lines[doc]]
    counts = collections.Counter(w.lower() for line in all_lines for w in WORD.findall(line))
    vocab = sorted((w for w in counts if len(w) >= 3 and w not in stopwords), key=lambda w: (-counts[w], w))
    queries = []

    def add(cls, items):
        queries.extend((cls, q) for q in items[:per_class])

    # Single words from the most frequent to the rarest, so the class covers long and short postings.
    add("word", spread(vocab, per_class))

    # Multi-word queries as a person types them: consecutive words of a sentence, 2 to 5 long.
    multi = []
    while len(multi) < per_class:
        words = WORD.findall(rng.choice(all_lines))
        length = 2 + len(multi) % 4
        if len(words) >= length:
            start = rng.randrange(len(words) - length + 1)
            multi.append(" ".join(words[start:start + length]))
    add("multi", multi)

    phrases = []
    while len(phrases) < per_class:
        runs = [r for r in phrase_windows(rng.choice(all_lines)) if len(r) >= 2]
        if runs:
            run = rng.choice(runs)
            length = min(len(run), 2 + len(phrases) % 3)
            start = rng.randrange(len(run) - length + 1)
            phrases.append('"' + " ".join(run[start:start + length]) + '"')
    add("phrase", phrases)

    sources = []
    for i in range(per_class):
        doc, _ = documents[i % len(documents)]
        words = [w.lower() for w in WORD.findall(rng.choice(lines[doc])) if w.lower() in counts
                 and w.lower() not in stopwords and len(w) > 2]
        sources.append(f"source:{doc} " + " ".join(words[:1 + i % 2]) if words else f"source:{doc} japan")
    add("source", sources)

    # note:N alone, within its document, and with a word: the three ways the --help shows it.
    notes = []
    cited = [(doc, n) for doc, path in documents for n in note_numbers(path)]
    for i, (doc, number) in enumerate(spread(cited, per_class)):
        shape = i % 3
        if shape == 0:
            notes.append(f"note:{number}")
        elif shape == 1:
            notes.append(f"source:{doc} note:{number}")
        else:
            notes.append(f"note:{number} {rng.choice(vocab[:200])}")
    add("note", notes)

    prefixes = sorted({w[:3 + i % 4] for i, w in enumerate(vocab[:400]) if len(w) >= 6})
    wildcards = [p + "*" for p in spread(prefixes, per_class // 2)]
    wildcards += [f"{rng.choice(vocab[:100])} {p}*" for p in spread(prefixes[1::2], per_class - len(wildcards))]
    add("wildcard", wildcards)

    long_words = [w for w in vocab if len(w) >= 6]
    misspellings = [misspell(w, rng) for w in spread(long_words, per_class)]
    add("misspelling", misspellings)

    found = collections.Counter(a for line in all_lines for a in ACRONYM.findall(line) if len(a) <= 6)
    acronyms = sorted(found, key=lambda a: (-found[a], a))
    acronym_queries = []
    for i in range(per_class):
        # The most frequent acronyms, each as written, in lower case and with a word.
        acronym = acronyms[(i // 3) % len(acronyms)]
        shape = i % 3
        acronym_queries.append([acronym, acronym.lower(), f"{acronym} {rng.choice(vocab[:50])}"][shape])
    add("acronym", acronym_queries)
    return queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus", type=pathlib.Path)
    parser.add_argument("--stopwords", default="stopwords/english.txt", type=pathlib.Path)
    parser.add_argument("--per-class", default=40, type=int)
    parser.add_argument("--seed", default=5, type=int)
    args = parser.parse_args()
    stopwords = {w.strip() for w in args.stopwords.read_text(encoding="utf-8").splitlines()
                 if w.strip() and not w.startswith("#")}
    out = sys.stdout
    out.write("class\tquery\n")
    for cls, query in make_workload(args.corpus, stopwords, args.per_class, args.seed):
        out.write(f"{cls}\t{query}\n")


if __name__ == "__main__":
    main()
