"""Which sentences of the Russian key-sentence and story articles
``benchmarks/data/ru35n_numbers.jsonl`` annotates, and the loader that rebuilds them.

    python benchmarks/claims_ru35n_select.py [--pool]

The held-out Russian figures part of issue 13's thirty-fifth session, ``ru35n`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it).  BSNLP's pool ended with ``bsnlp34n``, so a new pool: every
Russian article of ``../shared/datasets/keysent/gazeta.dev.jsonl``, ``rbc.dev.jsonl`` and
``../shared/datasets/stories/tgcontest-pairs/articles.jsonl`` (``lang`` ru) of which no sentence
is in any figures label file ``benchmarks/data/*_numbers.jsonl`` as of the session's base commit
dcf5436e (the ids are read from the files at that commit, so later label files leave the pool
as it is); the articles in the order of the SHA-1 of ``ru35n/<id>``, an article left out when
the first 80 characters of its ``text`` (spaces collapsed) equal those of an earlier one of that
order; of each article's ``text`` (the title not counted) the first 3 sentences that hold a digit
or a Russian number word, split and tested as ``bsnlp30n`` does (``claims_keysent_select``'s
``ru_sentences`` and ``RU_HAS_NUMBER``: a line is at least one sentence); until 150 sentences
(fewer if the pool ends).  Prints the standoff keys (id, start and end in the article's ``text``)
only; labelled by hand from the printed sentences, blind to any system's output, in the
conventions of the earlier Russian parts (``bsnlp34n`` and before) and by docs/claims.md,
committed before any run (``claims_ru.py --ru35n``, scored only: its errors are never printed).
Selected and labelled by a colleague who reads neither the code measured nor any system's output
on these sentences.  Nothing of the texts is copied into the project.

The draw: 794 Russian articles (200, 202 and 392 of the three files), 45 of them with no sentence
in any label file at dcf5436e (17, 4 and 24, as the register said before the draw), 44 after one
repeated opening is left out; 26 of the 44 hold no sentence with a digit or a number word: **the
pool ends at 39 sentences of 18 articles**, not 150.  Labels: written by hand by a colleague (the
thirty-fifth session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 19 figures in 14 sentences.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_bsnlp30n_select import HEAD  # noqa: E402
from claims_keysent_select import RU_HAS_NUMBER, ru_sentences  # noqa: E402
from claims_np2014_select import labelled_sentences  # noqa: E402
from quotes_nerel import _collapsed  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "ru35n_numbers.jsonl"
#: the session's base commit: the label files as they stood before this part was drawn
BASE = "dcf5436e"
#: the article files of the pool, under ``../shared/datasets``
FILES = (
    "keysent/gazeta.dev.jsonl",
    "keysent/rbc.dev.jsonl",
    "stories/tgcontest-pairs/articles.jsonl",
)
PER_TEXT = 3
WANT = 150


def _key(article_id: str) -> str:
    return hashlib.sha1(f"ru35n/{article_id}".encode()).hexdigest()


def texts() -> dict[str, str]:
    """id -> ``text`` of every Russian article of the three files (the key-sentence files hold
    Russian only; the story file's rows say their ``lang``); empty when ``../shared`` is
    absent."""
    out: dict[str, str] = {}
    for name in FILES:
        path = datasets_dir() / name
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("lang", "ru") == "ru":
                    out[str(row["id"])] = str(row["text"])
    return out


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout


def labelled_ids(commit: str = BASE) -> set[str]:
    """The article ids of every figures label file (``benchmarks/data/*_numbers.jsonl``) as it
    stood at ``commit``; needs the project's git history (the selection only: the loader reads
    the label file alone)."""
    ids: set[str] = set()
    for path in _git("ls-tree", "--name-only", commit, "benchmarks/data/").split():
        if not path.endswith("_numbers.jsonl"):
            continue
        for line in _git("show", f"{commit}:{path}").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "id" in row:
                ids.add(str(row["id"]))
    return ids


def pool() -> tuple[list[str], dict[str, str]]:
    """The articles this part may draw, in its order (the labelled ones and repeated openings
    left out), and every article by id."""
    docs = texts()
    if not docs:
        return [], docs
    labelled = labelled_ids()
    order: list[str] = []
    openings: set[str] = set()
    for article_id in sorted((i for i in docs if i not in labelled), key=_key):
        opening = _collapsed(docs[article_id])[:HEAD]
        if opening not in openings:
            order.append(article_id)
        openings.add(opening)
    return order, docs


def select() -> list[dict[str, Any]]:
    """The standoff keys: the first ``PER_TEXT`` sentences holding a number of each article of
    the pool's order, until ``WANT``."""
    order, docs = pool()
    out: list[dict[str, Any]] = []
    for article_id in order:
        text = docs[article_id]
        chosen = [(a, b) for a, b in ru_sentences(text) if RU_HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_TEXT]:
            if len(out) < WANT:
                out.append({"id": article_id, "start": a, "end": b})
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the article id) and ``quantities``."""
    return labelled_sentences(LABELS, texts())


def main() -> None:
    if "--pool" in sys.argv:
        order, docs = pool()
        picked = select()
        print(
            f"pool: {len(docs)} Russian articles; {len(order)} of them unlabelled at {BASE} with"
            f" no repeated opening; {len(picked)} sentences of"
            f" {len({k['id'] for k in picked})} articles"
        )
        return
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
