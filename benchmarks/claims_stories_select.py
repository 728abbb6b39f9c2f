"""Which sentences of the story-pair sets ``benchmarks/data/stories_en_numbers.jsonl`` and
``stories_ru_numbers.jsonl`` annotate, and the loader that rebuilds them.

    python benchmarks/claims_stories_select.py en|ru [fresh|fresh14|...|fresh18]

The fresh held-out claims parts of issue 13's twelfth round (thirteenth session): real news from a
source no claims round has read for numbers, the article texts of the story benchmarks in
``../shared/datasets/stories/`` (the stories capability reads them whole for same-story pairs; no
claims selection, benchmark or doc has drawn from them):

- **English**: the ``en`` articles of ``semeval2022-en-sample`` (SemEval-2022 Task 8, real scrapes
  of many outlets, 2020) and of ``tgcontest-pairs`` (Telegram contest 2020), one pool;
- **Russian**: the ``ru`` articles of ``tgcontest-pairs`` (real Russian outlets; ``semeval``'s
  Russian texts are machine translations and are not used).

The rule, written and committed before any of these texts was read for numbers: the articles of
the pool in the order of the SHA-1 of ``"<set>:<id>"``; an article whose text equals one already
taken is skipped; each text split into sentences (English: the newspaper-2014 selector's rule;
Russian: the key-sentence selector's Russian rule); the first sentence of a SemEval text is
dropped (HFL stored the headline and the body as one string, so it holds the headline); a
sentence is kept when it holds a digit or a number word (the same tests) and is 20 to 400
characters long (longer spans are headlines run into a body or a head/tail seam); the first
``PER_ARTICLE`` (2) kept sentences of each article, articles taken until ``WANT`` sentences
(English 200, Russian 120).  Two a text, not three or four as before, so that a part of this size
spreads over 60-100 articles.  Prints the standoff keys (id, start, end) only: the annotation is
written by hand from them, blind to newsprism's output.  Nothing of the texts is copied into the
project; the loader reads them from ``../shared`` (empty when absent).

Labels (written by the claims engineer of the thirteenth session from the printed sentences, before
anything of newsprism or a peer was run on them, and committed before the first run): English in
NewsQuant's fields as ``polnear_numbers.jsonl`` writes them (a counted noun keeps its modifiers;
"N ago", dates, times, ordinals, scores, names, "one of", "the two parties" and "all N" are no
figure, per docs/claims.md); Russian as ``gazeta_numbers.jsonl`` (the counted noun's lemma without
its adjectives, ``years old`` for an age, ``times`` for a multiple).  200 English sentences, 129
figures; 120 Russian sentences, 80 figures.

**The fourteenth session's fresh parts (``fresh14``, ``stories14_en_numbers.jsonl`` and
``stories14_ru_numbers.jsonl``).**  The rule, written and committed before any sentence of them was
printed or read: the same pool, order, splitting, length and number tests and two sentences an
article as above, but every article that gave a sentence to the twelfth round's part (an ``id`` in
``stories_en_numbers.jsonl`` / ``stories_ru_numbers.jsonl``) is left out, and so is an article whose
text equals one already taken (of either part); articles taken in hash order until 200 English and
120 Russian sentences.  Labelled by the claims engineer of the fourteenth session from the printed
sentences, blind to newsprism's output, in the same fields and conventions as the twelfth round's
part, committed before the first run: 200 English sentences, 165 figures; 120 Russian sentences,
84 figures.

**The fifteenth session's fresh Russian part (``fresh15``, ``stories15_ru_numbers.jsonl``).**  No
Russian news source is left that no claims round has drawn from (the key-sentence sets, NEREL and
the story sets all have), so the rule is the fourteenth's once more, written and committed before
any sentence of it was printed: the same pool, order, splitting, tests and two sentences an
article, leaving out every article that gave a sentence to either earlier part (an ``id`` in
``stories_ru_numbers.jsonl`` or ``stories14_ru_numbers.jsonl``) and any text equal to one of
theirs, until 120 Russian sentences.  (The English fresh part of that session is drawn from L3S-GN1
instead, ``claims_l3s_select.py``.)  Labelled by the claims engineer of the fifteenth session from
the printed sentences, blind to newsprism's output, in the same fields, committed before the first
run: 120 sentences, 92 figures.

**The sixteenth session's fresh Russian part (``fresh16``, ``stories16_ru_numbers.jsonl``).**  Still
no unused Russian news source, so the same rule once more, written and committed before any sentence
of it was printed: the same pool, order, splitting, tests and two sentences an article, leaving out
every article that gave a sentence to any earlier part (an ``id`` in ``stories_ru_numbers.jsonl``,
``stories14_ru_numbers.jsonl`` or ``stories15_ru_numbers.jsonl``) and any text equal to one of
theirs, until 120 Russian sentences.  (The English fresh part of that session is drawn from
Dragnet, ``claims_dragnet_select.py``.)

**The seventeenth session's fresh Russian part (``fresh17``, ``stories17_ru_numbers.jsonl``).**  The
same rule once more, written and committed before any sentence of it was printed: the same pool,
order, splitting, tests and two sentences an article, leaving out every article that gave a sentence
to any earlier part (an ``id`` in ``stories_ru_numbers.jsonl``, ``stories14_ru_numbers.jsonl``,
``stories15_ru_numbers.jsonl`` or ``stories16_ru_numbers.jsonl``) and any text equal to one of
theirs, until 120 Russian sentences (fewer if the pool runs out; the count is reported).  (The
English fresh part of that session is drawn from WCXB's 2025 article pages,
``claims_wcxb_select.py``.)

**The eighteenth session's fresh Russian part (``fresh18``, ``stories18_ru_numbers.jsonl``).**  The
same rule once more, written and committed before any sentence of it was printed: the same pool,
order, splitting, tests and two sentences an article, leaving out every article that gave a sentence
to any earlier part (an ``id`` in ``stories_ru_numbers.jsonl``, ``stories14_ru_numbers.jsonl``,
``stories15_ru_numbers.jsonl``, ``stories16_ru_numbers.jsonl`` or ``stories17_ru_numbers.jsonl``) and
any text equal to one of theirs, until 120 Russian sentences (fewer if the pool runs out; the count
is reported).  (The English fresh part of that session is drawn from the Readability and
CleanPortalEval pages of the extraction benchmark, ``claims_rcp_select.py``.)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import HAS_NUMBER, labelled_sentences, sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
#: language -> (story sets pooled, sentences wanted, annotation file)
PARTS = {
    "en": (("semeval2022-en-sample", "tgcontest-pairs"), 200, "stories_en_numbers.jsonl"),
    "ru": (("tgcontest-pairs",), 120, "stories_ru_numbers.jsonl"),
}
#: language -> annotation file of the fourteenth session's fresh part (``fresh14``)
FRESH14 = {"en": "stories14_en_numbers.jsonl", "ru": "stories14_ru_numbers.jsonl"}
#: the fifteenth session's fresh Russian part (``fresh15``)
FRESH15 = {"ru": "stories15_ru_numbers.jsonl"}
#: the sixteenth session's fresh Russian part (``fresh16``)
FRESH16 = {"ru": "stories16_ru_numbers.jsonl"}
#: the seventeenth session's fresh Russian part (``fresh17``)
FRESH17 = {"ru": "stories17_ru_numbers.jsonl"}
#: the eighteenth session's fresh Russian part (``fresh18``)
FRESH18 = {"ru": "stories18_ru_numbers.jsonl"}
#: the parts a fresh part leaves out: every earlier one
LATER_PARTS = ("fresh14", "fresh15", "fresh16", "fresh17", "fresh18")
#: the story set whose texts open with their headline
HEADLINE_FIRST = {"semeval2022-en-sample"}


def _key(story_set: str, article_id: str) -> str:
    return hashlib.sha1(f"{story_set}:{article_id}".encode()).hexdigest()


def articles(language: str) -> list[tuple[str, str, str]]:
    """(story set, id, text) of the pool's articles in ``language``; empty when absent."""
    out: list[tuple[str, str, str]] = []
    for story_set in PARTS[language][0]:
        path = datasets_dir() / "stories" / story_set / "articles.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["lang"] == language:
                    out.append((story_set, row["id"], row["text"]))
    return out


def _used_ids(language: str, part: str = "fresh14") -> set[str]:
    """The articles the earlier parts drew from (read from their standoff files): the twelfth
    round's for ``fresh14``, the twelfth and fourteenth's for ``fresh15``."""
    files = [PARTS[language][2]]
    if part in ("fresh15", "fresh16", "fresh17", "fresh18"):
        files.append(FRESH14[language])
    if part in ("fresh16", "fresh17", "fresh18"):
        files.append(FRESH15[language])
    if part in ("fresh17", "fresh18"):
        files.append(FRESH16[language])
    if part == "fresh18":
        files.append(FRESH17[language])
    used: set[str] = set()
    for file in files:
        path = ROOT / "benchmarks" / "data" / file
        lines = path.read_text("utf-8").splitlines() if path.is_file() else []
        used |= {json.loads(line)["id"] for line in lines if line.strip()}
    return used


def select(language: str, part: str = "fresh") -> list[dict[str, Any]]:
    """The standoff keys of ``part``: ``fresh`` (the twelfth round's), ``fresh14`` (the same
    rule over the articles the twelfth round's part did not draw from) or ``fresh15`` (over the
    articles neither earlier part drew from)."""
    _, want, _ = PARTS[language]
    split, has = (sentences, HAS_NUMBER) if language == "en" else (ru_sentences, RU_HAS_NUMBER)
    pool = sorted(articles(language), key=lambda a: _key(a[0], a[1]))
    used = _used_ids(language, part) if part in LATER_PARTS else set()
    seen: set[str] = set()
    if used:
        # a text equal to one the earlier part took is the same article under another id
        seen = {hashlib.sha1(t.encode("utf-8")).hexdigest() for _, i, t in pool if i in used}
    out: list[dict[str, Any]] = []
    for story_set, article_id, text in pool:
        if len(out) >= want:
            break
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest in seen or article_id in used:
            continue
        seen.add(digest)
        spans = split(text)
        if story_set in HEADLINE_FIRST:
            spans = spans[1:]
        chosen = [
            (a, b) for a, b in spans if SHORTEST <= b - a <= LONGEST and has.search(text[a:b])
        ]
        for a, b in chosen[:PER_ARTICLE]:
            if len(out) < want:
                out.append({"id": article_id, "start": a, "end": b})
    return out


def load(language: str, part: str = "fresh") -> list[dict[str, Any]]:
    """The annotated sentences of ``language``'s ``part`` (``fresh`` or ``fresh14``): ``text``,
    ``page`` (the article id) and ``quantities`` (English in NewsQuant's fields, Russian in
    ``ru_numbers.jsonl``'s)."""
    texts = {article_id: text for _, article_id, text in articles(language)}
    file = {
        "fresh": PARTS[language][2],
        "fresh14": FRESH14[language],
        "fresh16": FRESH16.get(language, ""),
        "fresh17": FRESH17.get(language, ""),
        "fresh18": FRESH18.get(language, ""),
    }.get(part)
    if file is None:
        file = FRESH15[language]
    path = ROOT / "benchmarks" / "data" / file
    return labelled_sentences(path, texts)


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    for key in select(language, sys.argv[2] if len(sys.argv) > 2 else "fresh"):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
