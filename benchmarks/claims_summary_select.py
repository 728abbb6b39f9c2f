"""Which sentences of the Russian editors' summaries ``benchmarks/data/gazetasum_numbers.jsonl``
annotates, and the loader that rebuilds them.

    python benchmarks/claims_summary_select.py [rbcsum]

The fresh held-out Russian claims part of issue 13's twenty-second session.  Every Russian news
text of ``../shared`` has been scored for figures: the article bodies of ``keysent/gazeta.dev.jsonl``
(gazeta, gazeta2, gazeta3) and ``keysent/rbc.dev.jsonl`` (rbc, rbc2), NEREL's three folders, the
tgcontest story pool.  What no claims part drew is the ``summary`` field of the same two files: the
summary a Gazeta.ru editor wrote for each article, and the overview an RBC.ru editor wrote (removed
from its body) — prose of other writers than the bodies', written to carry the article's figures.
(SemEval-2022's Russian texts are machine translations and were not taken, as in the twelfth
round.)

The rule, written and committed before any summary was read for numbers:
- the ``summary`` of every article of ``gazeta.dev.jsonl``, then (only if those give fewer than
  ``WANT`` sentences) of ``rbc.dev.jsonl``; a summary's id is its article's id (``gazeta_n2h:N``,
  ``rbc_n2h:N``); an empty summary or one equal to one already taken is skipped;
- within each file, summaries in the order of the SHA-1 of ``"summary-claims:<id>"``;
- the summary split into sentences by the Russian rule of ``claims_keysent_select``
  (``ru_sentences``); a sentence is kept when it holds a digit or a Russian number word
  (``RU_HAS_NUMBER``) and is 20 to 400 characters long;
- the first ``PER_SUMMARY`` (2) kept sentences of each summary, until ``WANT`` (150) sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``gazeta3_numbers.jsonl`` and docs/claims.md,
committed before any run (``claims_ru.py --gazetasum``, scored only: its errors are never
printed).

The draw: 150 sentences of 116 Gazeta.ru summaries (RBC's were not needed; the rule landed as
5e7a551 before any was printed).  Labels: written by the claims engineer of the twenty-second
session from the printed sentences, before anything ran on them, committed before the first run:
103 figures.  Choices where the docs are silent (invented examples): «полвека» is 0.5 century as
«полгода» is 0.5 year; «N-процентная доля» is a share in %; «миллионная аудитория» is 1 000 000
with no unit; «раз в три года» is 3 years; «за последние сутки» says when and is no figure;
«нападавший был один» counts «нападавший».  Said plainly: an editor's summary often repeats a
sentence of its own article, and the article bodies were drawn by gazeta, gazeta2 and gazeta3, so
a few sentences of this part are near copies of development sentences (counted in docs/claims.md).  Nothing of the texts is copied into the project; the loader reads them from ``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FILES = ("gazeta.dev.jsonl", "rbc.dev.jsonl")
PER_SUMMARY = 2
SHORTEST, LONGEST = 20, 400
WANT = 150
LABELS = ROOT / "benchmarks" / "data" / "gazetasum_numbers.jsonl"


def summaries(name: str) -> dict[str, str]:
    """Article id -> its editor's summary, for one file; empty when ``../shared`` is absent."""
    path = datasets_dir() / "keysent" / name
    if not path.is_file():
        return {}
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {r["id"]: r.get("summary") or "" for r in rows}


def _key(summary_id: str) -> str:
    return hashlib.sha1(f"summary-claims:{summary_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for name in FILES:
        texts = summaries(name)
        for summary_id in sorted(texts, key=_key):
            if len(out) >= WANT:
                return out
            text = texts[summary_id]
            if not text.strip() or text in seen:
                continue
            seen.add(text)
            chosen = [
                (a, b)
                for a, b in ru_sentences(text)
                if SHORTEST <= b - a <= LONGEST and RU_HAS_NUMBER.search(text[a:b])
            ]
            for a, b in chosen[:PER_SUMMARY]:
                if len(out) < WANT:
                    out.append({"id": summary_id, "start": a, "end": b})
    return out


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in FILES:
        out.update(summaries(name))
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the article id) and ``quantities`` (in
    ``ru_numbers.jsonl``'s fields)."""
    return labelled_sentences(LABELS, texts())


# -- rbcsum: the twenty-third session's held-out Russian part ------------------------------------
#
# The rule, written and committed before any of its text was read for numbers.  gazetasum (above)
# took its 150 sentences from the Gazeta.ru summaries alone; the **RBC.ru editors' overviews** (the
# ``summary`` of ``rbc.dev.jsonl``: an editor's overview of the article, removed from its body, so
# no sentence of it is a sentence of the rbc/rbc2 bodies) were never drawn or scored by any claims
# part.  Then, only if those give fewer than ``WANT`` sentences, the Gazeta.ru summaries gazetasum
# holds no sentence of.  Within each file, summaries in the order of the SHA-1 of
# ``"summary-claims23:<id>"``; an empty summary or one equal to one already taken skipped; the
# Russian sentence rule and number test and the 20-400 characters of gazetasum; the first
# ``PER_SUMMARY`` (2) kept sentences of each summary, until ``WANT`` (150).  Standoff keys only;
# labelled by hand, blind to newsprism's output, in ``rbcsum_numbers.jsonl`` in the conventions of
# ``gazetasum_numbers.jsonl``, committed before any run (``claims_ru.py --rbcsum``, scored only).
# The draw: 140 sentences, 139 of 112 RBC.ru overviews and 1 of a Gazeta.ru summary (the rule
# landed as 3275adb before any was printed); labels written by the claims engineer of the
# twenty-third session from the printed sentences before anything ran on them: 104 figures.
# Choices where the docs are silent (invented examples): «в двойном размере» is 2 times;
# «меньше чем через год» is 1 year with its qualifier; «по 20 книг» (each side, each person) is
# 20 with no qualifier; «половина» is 0.5 ``fraction``; «с 2 до 1,5% в день» after a change is two
# levels in ``%/day``.  8 of the 140 sentences (6 figures) are near copies (word Jaccard >= 0.5)
# of a sentence of rbc/rbc2, whose article bodies were development data.
RBCSUM_LABELS = ROOT / "benchmarks" / "data" / "rbcsum_numbers.jsonl"


def _key23(summary_id: str) -> str:
    return hashlib.sha1(f"summary-claims23:{summary_id}".encode()).hexdigest()


def select_rbcsum() -> list[dict[str, Any]]:
    drawn = {
        json.loads(line)["id"] for line in LABELS.read_text("utf-8").splitlines() if line.strip()
    }
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for name in ("rbc.dev.jsonl", "gazeta.dev.jsonl"):
        texts = summaries(name)
        for summary_id in sorted(texts, key=_key23):
            if len(out) >= WANT:
                return out
            text = texts[summary_id]
            if not text.strip() or text in seen or summary_id in drawn:
                continue
            seen.add(text)
            chosen = [
                (a, b)
                for a, b in ru_sentences(text)
                if SHORTEST <= b - a <= LONGEST and RU_HAS_NUMBER.search(text[a:b])
            ]
            for a, b in chosen[:PER_SUMMARY]:
                if len(out) < WANT:
                    out.append({"id": summary_id, "start": a, "end": b})
    return out


def load_rbcsum() -> list[dict[str, Any]]:
    """The twenty-third session's held-out part, as :func:`load`."""
    return labelled_sentences(RBCSUM_LABELS, texts())


def main() -> None:
    rule = select_rbcsum if sys.argv[1:] == ["rbcsum"] else select
    for key in rule():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
