"""Which key-sentence texts ``benchmarks/data/xsum_numbers.jsonl`` and ``rbc_numbers.jsonl``
annotate, and the loaders that rebuild their sentences.

    python benchmarks/claims_keysent_select.py xsum|rbc|cnndm|gazeta|gazeta2|rbc2|gazeta3|rbc3

The fresh held-out claims sets of issue 13's eighth round: real news nobody here had read for
numbers, the key-sentence evaluation texts in ``../shared/datasets/keysent/`` — ``xsum.dev.jsonl``
(BBC articles of 2010-2017, English) and ``rbc.dev.jsonl`` (RBC.ru, Russian).  The rule was written
before any text was read: the articles in the order of the SHA-1 of their id, each article's text
split into sentences (English: the newspaper-2014 selector's rule; Russian: the same rule with
Cyrillic capitals and Russian abbreviations), the first ``PER_ARTICLE`` sentences of each article
that hold a digit or a number word, articles taken until ``WANT`` sentences are reached.  Prints the
standoff keys (id, start, end) only: the annotation was written by hand from them.  Nothing of the
texts is copied into the project; the loaders read them from ``../shared`` (empty when absent).

Issue 13's ninth round took two more fresh held-out sets by the same rule, written down before
any of their text was read for numbers: ``cnndm.dev.jsonl`` (CNN and Daily Mail, English; its text
is PTB-tokenized and partly lower-cased, as the data set ships it) and ``gazeta.dev.jsonl``
(Gazeta.ru, Russian), annotated in ``cnndm_numbers.jsonl`` and ``gazeta_numbers.jsonl``.

The tenth round (twelfth session) took a fresh Russian held-out set, ``gazeta2``, from the Gazeta.ru
articles the ninth round did not draw, by a rule written and committed before any of their text was
read: the articles of ``gazeta.dev.jsonl`` in the order of the SHA-1 of their id, skipping every
article ``gazeta_numbers.jsonl`` holds a sentence of, the first ``FRESH_PER_ARTICLE`` (3) sentences
of each that hold a digit or a number word, until 120 sentences; annotated in
``gazeta2_numbers.jsonl`` in the convention of ``gazeta_numbers.jsonl``.

Issue 13's twentieth session took a fresh Russian held-out part, ``rbc2``, from the RBC.ru articles
the eighth round's ``rbc`` set did not draw (NEREL's three folders have all been scored, and the
tgcontest pool ran out in the eighteenth session), by a rule written and committed before any of
their text was read: the articles of ``rbc.dev.jsonl`` in the order of the SHA-1 of their id,
skipping every article ``rbc`` drew a sentence from, the first 2 sentences of each that hold a digit
or a number word (Russian split and test as above), until 150 sentences; labelled by hand, blind
to newsprism's output, in ``rbc2_numbers.jsonl`` in the convention of ``rbc_numbers.jsonl``:
150 sentences of 77 articles, 120 figures, committed before the first run.  Choices where the docs
are silent (invented examples): «несколько сотен X» is 100-1000, «несколько миллионов тонн»
1e6-1e7 (as the English golds read "hundreds of", "millions of"); «через два года» is a duration;
«полгода» is 0.5 year; a rate per thousand cubic metres is ``USD/1000 m³``; «превысила $N» and
«до N» after a change verb are the level (``=``, no qualifier), as in ``rbc_numbers.jsonl``;
«в пределах N%» keeps its qualifier; the market-quote widgets are no figures.

Issue 13's twenty-first session took a fresh Russian held-out part, ``gazeta3``, from the
Gazeta.ru articles neither ``gazeta`` (ninth round) nor ``gazeta2`` (tenth) drew a sentence from —
the only Russian news text of ``../shared`` no claims part has scored (RBC's rest went to ``rbc2``
last round, NEREL's three folders and the tgcontest pool are used up) — by a rule written and
committed before any of their text was read: the articles of ``gazeta.dev.jsonl`` in the order of
the SHA-1 of their id, skipping every article ``gazeta`` or ``gazeta2`` holds a sentence of, the
first 2 sentences of each that hold a digit or a number word (Russian split and test as above),
until 150 sentences; labelled by hand, blind to newsprism's output, in ``gazeta3_numbers.jsonl``
in the convention of ``rbc2_numbers.jsonl``, committed before the first run (``claims_ru.py
--gazeta3``, scored only).

Issue 13's twenty-fourth session took a fresh Russian held-out part, ``rbc3``, from the RBC.ru
article bodies neither ``rbc`` (eighth round) nor ``rbc2`` (twentieth session) drew a sentence from.
What every Russian part drew was checked first: gazeta, gazeta2, gazeta3 took 170 of the 200
Gazeta.ru bodies (30 left), rbc and rbc2 125 of the 202 RBC.ru bodies (77 left), gazetasum and
rbcsum the editors' summaries and overviews, NEREL's three folders and the tgcontest pool are
scored, SemEval's Russian texts are machine translations.  The 77 RBC.ru bodies are the largest
pool of real Russian news text no part scored; rbc2 stopped at its 150th sentence, so they are
simply the later articles of the same hash order (no selection by content).  Said plainly: rbcsum
drew the RBC editors' overviews of some of these articles, written apart from (and removed from) the
body, so a few body sentences may repeat an overview's figure.  The rule, written and committed
before any of their text was read: the articles of ``rbc.dev.jsonl`` in the order of the SHA-1 of
their id, skipping every article ``rbc`` or ``rbc2`` holds a sentence of, the first 2 sentences of
each that hold a digit or a number word (Russian split and test as above), until 150 sentences (the
pool gives 139 sentences of 72 articles); labelled by hand, blind to newsprism's output, in
``rbc3_numbers.jsonl`` in the convention of ``rbc2_numbers.jsonl`` and docs/claims.md (as decided in
the twenty-fourth session), committed before the first run (``claims_ru.py --rbc3``, scored only:
its errors are never printed).  The draw: 139 sentences of 72 articles (two articles of
``rbc.dev.jsonl`` hold one text under two ids, so four sentences are two pairs of copies, and
one sentence repeats an rbc2 sentence word for word).  Labels: written by the claims engineer of
the twenty-fourth session from the printed sentences, before anything ran on them, and committed
before the first run: 107 figures.  Choices where the docs are silent (invented examples): the
market-quote widgets and a linked article's headline in a photo caption are no figures; a
calibre («122-мм») is no figure of its own; «ни одна», «обе», «в пятёрке лучших» are no figures;
an idiom («в двух шагах», «на голову выше») is none; «до» after a verb of change is a level (no
qualifier), «и более» after a figure is its qualifier; «несколько сотен тысяч» is 1e5-1e6; «в
день» after a percent makes a rate (``%/day``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import HAS_NUMBER, sentences, standoff_sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 4
#: set -> (language, sentences wanted, text file, annotation file)
SETS = {
    "xsum": ("en", 260, "xsum.dev.jsonl", "xsum_numbers.jsonl"),
    "rbc": ("ru", 160, "rbc.dev.jsonl", "rbc_numbers.jsonl"),
    "cnndm": ("en", 260, "cnndm.dev.jsonl", "cnndm_numbers.jsonl"),
    "gazeta": ("ru", 160, "gazeta.dev.jsonl", "gazeta_numbers.jsonl"),
    "gazeta2": ("ru", 120, "gazeta.dev.jsonl", "gazeta2_numbers.jsonl"),
    "rbc2": ("ru", 150, "rbc.dev.jsonl", "rbc2_numbers.jsonl"),
    "gazeta3": ("ru", 150, "gazeta.dev.jsonl", "gazeta3_numbers.jsonl"),
    "rbc3": ("ru", 150, "rbc.dev.jsonl", "rbc3_numbers.jsonl"),
}
#: a fresh set drawn from the articles an earlier set of the same file did not take
EXCLUDES = {
    "gazeta2": ("gazeta",),
    "rbc2": ("rbc",),
    "gazeta3": ("gazeta", "gazeta2"),
    "rbc3": ("rbc", "rbc2"),
}
#: sentences a page of a fresh set of that kind gives
FRESH_PER_ARTICLE = {"gazeta2": 3, "rbc2": 2, "gazeta3": 2, "rbc3": 2}
#: the eighth round's names for its two sets
ALIASES = {"en": "xsum", "ru": "rbc"}

RU_NUMBER_WORDS = (
    "один|одна|одно|одного|одной|одному|одним|одну|два|две|двух|двум|двумя|три|трёх|трех|трём|"
    "трем|тремя|четыре|четырёх|четырех|четырьмя|пять|пяти|пятью|шесть|шести|семь|семи|восемь|"
    "восьми|девять|девяти|десять|десяти|\\w+надцат\\w*|двадцат\\w*|тридцат\\w*|сорок|сорока|"
    "пятьдесят|пятидесяти|шестьдесят|шестидесяти|семьдесят|семидесяти|восемьдесят|"
    "восьмидесяти|девяносто|девяноста|сто|ста|двести|двухсот|триста|трехсот|трёхсот|"
    "четыреста|пятьсот|пятисот|шестьсот|семьсот|восемьсот|девятьсот|сотн\\w*|сотен|тысяч\\w*|"
    "тыс|миллион\\w*|млн|миллиард\\w*|млрд|триллион\\w*|трлн|десятк\\w*|десяток|дюжин\\w*|"
    "половин\\w*|полтора|полторы|треть|трети|четверть|четверти|вдвое|втрое|вчетверо|впятеро|"
    "дважды|трижды|двое|трое|четверо|пятеро|шестеро|семеро|процент\\w*"
)
RU_HAS_NUMBER = re.compile(r"\d|\b(" + RU_NUMBER_WORDS + r")\b", re.IGNORECASE)
RU_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+(?=[\"«„(]?[А-ЯЁA-Z0-9])")
# a full stop that ends an abbreviation or an initial, not a sentence
RU_ABBREVIATION = re.compile(
    r"(\b(г|гг|им|ул|д|тыс|млн|млрд|трлн|руб|долл|ст|п|пп|см|др|т\.е|т\.д|т\.п|н\.э|проф|"
    r"акад|ген|св|[А-ЯЁA-Z])\.|\b(?:[А-ЯЁA-Z]\.){2,})$"
)


def ru_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        base, body, pos = para.start(), para.group(), 0
        for cut in RU_BOUNDARY.finditer(body):
            if RU_ABBREVIATION.search(body[pos : cut.start()]):
                continue
            spans.append((base + pos, base + cut.start()))
            pos = cut.end()
        spans.append((base + pos, base + len(body)))
    return [(a, b - (len(text[a:b]) - len(text[a:b].rstrip()))) for a, b in spans]


def _key(article_id: str) -> str:
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()


def articles(name: str) -> dict[str, str]:
    """id -> text of the set's articles; empty when ``../shared`` is absent."""
    path = datasets_dir() / "keysent" / SETS[ALIASES.get(name, name)][2]
    if not path.is_file():
        return {}
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {r["id"]: r["text"] for r in rows}


def select(name: str) -> list[dict[str, Any]]:
    language, want, _, _ = SETS[ALIASES.get(name, name)]
    texts = articles(name)
    split, has = (sentences, HAS_NUMBER) if language == "en" else (ru_sentences, RU_HAS_NUMBER)
    taken: set[str] = set()
    per_article = PER_ARTICLE
    if name in EXCLUDES:
        taken = {key["id"] for earlier in EXCLUDES[name] for key in select(earlier)}
        per_article = FRESH_PER_ARTICLE[name]
    out: list[dict[str, Any]] = []
    for article_id in sorted(texts, key=_key):
        if len(out) >= want:
            break
        if article_id in taken:
            continue
        text = texts[article_id]
        chosen = [(a, b) for a, b in split(text) if has.search(text[a:b])]
        for a, b in chosen[:per_article]:
            out.append({"id": article_id, "start": a, "end": b})
    return out


def load(name: str) -> list[dict[str, Any]]:
    """The annotated sentences of set ``name``: ``text``, ``page`` (the article id) and
    ``quantities`` (the English ones in NewsQuant's fields, the Russian ones in
    ``ru_numbers.jsonl``'s)."""
    texts = articles(name)
    if not texts:
        return []
    path = ROOT / "benchmarks" / "data" / SETS[ALIASES.get(name, name)][3]
    return standoff_sentences(path, texts)


def main() -> None:
    for key in select(sys.argv[1] if len(sys.argv) > 1 else "xsum"):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
