"""English direct quotations on real Wikinews articles (GUM news), newsprism beside textacy.

    nice python benchmarks/quotes_gum.py [--no-textacy] [--show]

Data: ``$NEWSPRISM_DATASETS/en-news-gum`` (the 24 ``GUM_news_*`` documents of the GUM corpus;
texts Wikinews CC BY 2.5, annotations CC BY 4.0).  GUM marks 84 direct quotations (``<quote>``)
in 14 of them and links every mention of an entity into a coreference chain, but names no
speakers.  ``benchmarks/data/gum_speakers.jsonl`` (ours, written by hand before newsprism was
ever run on GUM, standoff only) gives each quotation's speaker: its name, its chain (the smallest
mention id of the chain, chains joined over every GUM link type except bridging) and accepted
alternative chains (the organisation an official speaks for, the letter's sender), and whether the
article states the speaker plainly (79 of 84; the other 5 are phrases quoted inside the reporter's
own sentence, where the source is a judgement call).  No part of GUM was used to develop
anything: this is a held-out part.

The text is rebuilt from GUM's tokens: paragraphs (``<p>``, ``<head>``, ``<caption>``) become
blank-line-separated paragraphs; spacing follows the tags (no space inside ``<w>``, before
closing punctuation, clitics and closing quotation marks, or after opening ones).

Metrics, per gold quotation (GUM cuts a quotation at sentence ends, so several gold items may
fall inside one predicted quote; there is no one-to-one matching):

* found — some predicted quote holds at least half of the gold quotation's words (``\\w+``);
* right speaker of found / of all — the best-overlapping prediction names the gold speaker: the
  predicted speaker's name or an alias shares a word (titles and function words aside) with the
  gold speaker's name or with a proper-noun word of a mention in the gold chain (or an accepted
  chain); a prediction without a speaker entity is judged on its source words the same way, and a
  source that is itself a gold-chain mention ("he" where GUM links that "he" to the speaker) counts;
* confident — found with confidence ≥ ``CONFIDENT``: how many and how many of them right.

textacy's ``direct_quotations`` (spaCy's stock pipeline) runs on the same texts in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_en import Attribution, newsprism_predict, segmented, textacy_predict  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

from newsprism.attribution.confidence import CONFIDENT as CONF  # noqa: E402

WORD = re.compile(r"\w+")
GOLD = ROOT / "benchmarks" / "data" / "gum_speakers.jsonl"

#: words that do not identify a speaker on their own
NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "and",
        "in",
        "at",
        "to",
        "on",
        "'s",
        "s",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "mr",
        "ms",
        "mrs",
        "dr",
        "professor",
        "prof",
        "ambassador",
        "minister",
        "prime",
        "president",
        "secretary",
        "senator",
        "governor",
        "general",
        "director",
        "spokesperson",
        "spokeswoman",
        "spokesman",
        "coach",
        "editor",
        "ceo",
        "member",
        "team",
        "chairman",
        "undersecretary",
        "u",
        "us",
        "sc",
        "qc",
        "large",
        "home",
        "state",
        "former",
        "senior",
        "researcher",
    ]
)
#: GUM tokens that attach to the token before them
NO_SPACE_BEFORE = frozenset(
    [
        ",",
        ".",
        ";",
        ":",
        "?",
        "!",
        ")",
        "]",
        "%",
        "n't",
        "'s",
        "'ve",
        "'re",
        "'ll",
        "'d",
        "'m",
        "’s",
        "’re",
        "’m",
        "’ve",
        "’ll",
    ]
)


@dataclass
class Doc:
    name: str
    text: str
    #: character span of each GUM token
    offsets: list[tuple[int, int]]
    #: chain id -> character spans of its mentions
    chains: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def rebuild(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """The article's text from GUM's XML, and each token's character span."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    glue = True  # no space before the next token (start of text, paragraph, after an opener)
    in_w = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("<"):
            tag = re.match(r"</?(\w+)", line)
            name = tag.group(1) if tag else ""
            if name in ("p", "head", "caption", "item") and offsets:
                if not parts[-1].endswith("\n\n"):
                    parts.append("\n\n")
                    length += 2
                glue = True
            elif name == "w":
                in_w = not line.startswith("</")
                if in_w and not glue:
                    parts.append(" ")
                    length += 1
                    glue = True
            continue
        cols = line.split("\t")
        tok, tag = cols[0], cols[1] if len(cols) > 1 else ""
        closing = tag == "''" or tok in NO_SPACE_BEFORE or tag == "POS"
        if not glue and not closing and not in_w:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(tok)))
        parts.append(tok)
        length += len(tok)
        glue = tag == "``" or tok in ("(", "[", "$", "#") or in_w
    return "".join(parts).strip() + "\n", offsets


def read_chains(path: Path, offsets: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Coreference chains (every link type but bridging) as character spans of their mentions,
    keyed by the smallest mention id, as in ``gum_speakers.jsonl``."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    spans: dict[int, list[int]] = {}
    i = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        c = line.split("\t")
        for ent in c[3].split("|") if c[3] != "_" else []:
            m = re.search(r"\[(\d+)\]", ent)
            if m:
                spans.setdefault(int(m.group(1)), []).append(i)
                find(int(m.group(1)))
        if len(c) > 9 and c[9] not in ("_", ""):
            for kind, target in zip(c[8].split("|"), c[9].split("|"), strict=False):
                m = re.search(r"\[(\d+)_(\d+)\]", target)
                if m and not kind.startswith("bridge"):
                    parent[find(int(m.group(1)))] = find(int(m.group(2)))
        i += 1
    groups: dict[int, list[int]] = {}
    for mention in spans:
        groups.setdefault(find(mention), []).append(mention)
    chains: dict[int, list[tuple[int, int]]] = {}
    for members in groups.values():
        chains[min(members)] = [
            (offsets[min(spans[m])][0], offsets[max(spans[m])][1]) for m in sorted(members)
        ]
    return chains


def load() -> tuple[list[Doc], list[dict[str, Any]]]:
    base = datasets_dir() / "en-news-gum"
    if not base.is_dir():
        sys.exit(f"GUM news not found at {base}: set NEWSPRISM_DATASETS")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    docs = []
    for name in sorted({g["doc"] for g in gold}):
        text, offsets = rebuild(base / "xml" / f"{name}.xml")
        chains = read_chains(base / "coref-tsv" / f"{name}.tsv", offsets)
        docs.append(Doc(name, text, offsets, chains))
    return docs, gold


# -- scoring -----------------------------------------------------------------------------------


def name_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if w.lower() not in NOT_NAMES and len(w) > 1}


def gold_names(doc: Doc, g: dict[str, Any]) -> tuple[set[str], set[tuple[int, int]]]:
    """Words that name the gold speaker, and the spans of its mentions (all accepted chains)."""
    names = name_words(g["speaker"])
    mentions: set[tuple[int, int]] = set()
    for chain in (g["chain"], *g["alt_chains"]):
        for a, b in doc.chains.get(chain, []):
            mentions.add((a, b))
            names |= {w.lower() for w in WORD.findall(doc.text[a:b]) if w[0].isupper()}
    return names - NOT_NAMES, mentions


def speaker_right(doc: Doc, p: Attribution, g: dict[str, Any]) -> bool:
    names, mentions = gold_names(doc, g)
    if p.speaker_names:
        return any(name_words(n) & names for n in p.speaker_names)
    if not p.source:
        return False
    (a, b) = p.source[0]
    return bool(name_words(doc.text[a:b]) & names) or any(
        a <= m0 and m1 <= b or m0 <= a and b <= m1 for m0, m1 in mentions
    )


def words_in(text: str, a: int, b: int) -> set[int]:
    return {m.start() for m in WORD.finditer(text, a, b)}


@dataclass
class Tally:
    gold: int = 0
    clear: int = 0
    found: int = 0
    right: int = 0
    right_clear: int = 0
    found_clear: int = 0
    confident: int = 0
    confident_right: int = 0
    seconds: float = 0.0


def judge(doc: Doc, pred: list[Attribution], g: dict[str, Any], t: Tally, show: bool) -> None:
    a, b = doc.offsets[g["tokens"][0]][0], doc.offsets[g["tokens"][1] - 1][1]
    gw = words_in(doc.text, a, b)
    best, best_shared = None, 0
    for p in pred:
        shared = len(gw & set().union(*(words_in(doc.text, x, y) for x, y in p.content)))
        if shared > best_shared:
            best, best_shared = p, shared
    t.gold += 1
    t.clear += g["clear"]
    found = best is not None and best_shared >= 0.5 * len(gw)
    ok = found and best is not None and speaker_right(doc, best, g)
    t.found += found
    t.found_clear += found and g["clear"]
    t.right += ok
    t.right_clear += ok and g["clear"]
    if found and best is not None and best.confidence is not None and best.confidence >= CONF:
        t.confident += 1
        t.confident_right += ok
    if show:
        said = (
            sorted(best.speaker_names)[:1] or [doc.text[x:y] for x, y in best.source[:1]]
            if best
            else []
        )
        print(
            f"  {g['doc']} q{g['quote']}: found={found} right={ok} gold={g['speaker']} got={said}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--show", action="store_true", help="print each quotation's outcome")
    args = ap.parse_args()
    docs, gold = load()

    from newsprism.attribution.backends import stock_english

    by_doc = {d.name: d for d in docs}
    names = ["newsprism"] + ([] if args.no_textacy else ["textacy"])
    nlp = stock_english() if "textacy" in names else None
    for d in docs[:2]:  # warm both systems up, untimed
        newsprism_predict(segmented(d.text))
    tallies = {n: Tally() for n in names}
    for n in names:
        t = tallies[n]
        for d in docs:
            article = segmented(d.text) if n == "newsprism" else None
            t0 = time.process_time()
            pred = newsprism_predict(article) if n == "newsprism" else textacy_predict(nlp, d.text)
            t.seconds += time.process_time() - t0
            for g in gold:
                if g["doc"] == d.name:
                    judge(by_doc[d.name], pred, g, t, args.show and n == "newsprism")

    print(
        f"GUM news (Wikinews): {len(docs)} articles, {len(gold)} direct quotations, "
        f"{sum(g['clear'] for g in gold)} with a plainly stated speaker"
    )
    print(f"{'':40} " + " ".join(f"{n:>16}" for n in names))

    def row(label: str, cell: Any) -> None:
        print(f"{label:40} " + " ".join(f"{cell(tallies[n]):>16}" for n in names))

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} {100 * a / max(1, b):5.1f}%"

    row("quotation found", lambda t: pct(t.found, t.gold))
    row("right speaker, of found", lambda t: pct(t.right, t.found))
    row("right speaker, of all", lambda t: pct(t.right, t.gold))
    row("right speaker, of all plainly stated", lambda t: pct(t.right_clear, t.clear))
    row(f"confident (≥ {CONF}) among found", lambda t: pct(t.confident, t.found))
    row("right speaker among confident", lambda t: pct(t.confident_right, t.confident))
    base = tallies["newsprism"].seconds
    for n in names:
        print(f"cpu seconds, {n:10} {tallies[n].seconds:.2f} ({tallies[n].seconds / base:.2f}×)")
    print("textacy carries no confidence; newsprism time is the attribution stage alone.")


if __name__ == "__main__":
    main()
