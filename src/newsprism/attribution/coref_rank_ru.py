"""A learned choice among the people a Russian pronoun or short description refers to.

The rules of :mod:`.coref` decide *whether* «он», «она», «министр» or «эксперт» calls back a
person (each keeps its own test: a gender, a stated office, someone quoted before); which person
was the nearest by position, with a bonus for the already quoted.  That weighs recency against
nothing a reader uses: whether the person was the subject of their sentence (named in the
nominative), whether they speak in this paragraph, whether the pronoun's gender fits, whether
the description names their stated office.  Here a small conditional logit scores every person
named before the source within :data:`.coref.MAX_DISTANCE` on such features and picks the best
(forty-first session), and replaces the rules' choice when it scores clearly higher
(:data:`MARGIN`).  Its weights are fitted by ``scripts/fit_coref_rank_ru.py`` on half A of
the Russian development data only (``benchmarks/quotes_nerel.py``; never half B, a held-out or a
scored-only part): on the choices the rules made there, a softmax over the candidates of each
source whose gold speaker is among them.

When the rules' own choice is not a named person (an anonymous source, a body), it stands: the
ranker only reorders people.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .model import Found, SourceRef

if TYPE_CHECKING:
    from .clusters import Cluster

#: switch: off, the rules' nearest person stands (as before the forty-first session)
RU_RANKER = True
#: a person named further back than this is no candidate (as :data:`.coref.MAX_DISTANCE`)
MAX_DISTANCE = 3000
#: set to a list by the fitting script: each decision's candidates and features are appended
#: and the rules' own choice is returned unchanged (so the fit sees the rules' states)
RECORD: list[dict[str, Any]] | None = None

FEATURES = (
    "log_distance",  # characters back to the person's last mention, log
    "recency_rank",  # 0 for the nearest candidate, capped at 4
    "spoke",  # quoted before the source in this article
    "log_since_spoke",  # characters back to their last quote's source words, log (9: never)
    "nominative_last",  # their last mention reads as a nominative (pymorphy3)
    "nominative_recent",  # one of their last three mentions does
    "gender_fits",  # the source's gender and theirs agree
    "gender_clashes",  # they disagree
    "in_paragraph",  # last mentioned in the source's paragraph
    "in_sentence",  # last mentioned in the source's sentence
    "log_mentions",  # how often named before, log
    "first_paragraph",  # named in the article's first paragraph (its subject)
    "office_named",  # a description naming their stated office, as :func:`.coref.fits` reads it
)

#: how much higher (in the model's log-odds) another person must score than the rules' choice to
#: replace it: chosen on half A out of fold by ``scripts/fit_coref_rank_ru.py`` (0: always the
#: ranker's best — 139 of 171 decisions right against the rules' 145; 0.5: 146; 0.75: 147;
#: 1.0 and more: 144)
MARGIN = 0.75
#: fitted by ``scripts/fit_coref_rank_ru.py`` (half A, l2 1.0): weights on standardised
#: features, with the means and scales that standardise them
WEIGHTS: tuple[float, ...] = (
    -0.3509,
    -0.0149,
    -0.3487,
    -0.8895,
    0.1172,
    0.0311,
    0.1689,
    -0.2313,
    0.4899,
    -0.3367,
    0.1333,
    -0.2529,
    0.5281,
)
MEANS: tuple[float, ...] = (
    5.5905,
    1.6122,
    0.4694,
    7.3474,
    0.5289,
    0.6088,
    0.7534,
    0.2160,
    0.5051,
    0.0221,
    1.0979,
    0.3078,
    0.0952,
)
SCALES: tuple[float, ...] = (
    1.0991,
    1.4878,
    0.4991,
    1.8986,
    0.4992,
    0.4880,
    0.4310,
    0.4115,
    0.5000,
    0.1470,
    0.4463,
    0.4616,
    0.2935,
)


@lru_cache(maxsize=4096)
def _nominative(word: str) -> bool:
    from .bodies_ru import _analyzer

    return "nomn" in _analyzer().parse(word)[0].tag


def _nominative_at(text: str, start: int, end: int) -> bool:
    words = re.findall(r"[А-ЯЁа-яё-]+", text[start:end])
    return bool(words) and _nominative(words[-1])


def candidates(pos: int, people: Sequence[Cluster]) -> list[Cluster]:
    """The people named before ``pos`` within :data:`MAX_DISTANCE`, nearest first."""
    out = []
    for c in people:
        seen = c.seen_before(pos)
        if c.kind == "person" and seen >= 0 and pos - seen <= MAX_DISTANCE and c not in out:
            out.append(c)
    return sorted(out, key=lambda c: pos - c.seen_before(pos))


def features(
    src: SourceRef,
    c: Cluster,
    rank: int,
    resolved: Sequence[tuple[Found, Cluster | None]],
    text: str,
) -> list[float]:
    pos = src.start
    before = sorted(m for m in c.mentions if m[0] < pos)
    last = before[-1]
    spoke = [
        f.source.start
        for f, who in resolved
        if who is c and f.source is not None and f.source.start < pos
    ]
    para = text.rfind("\n", 0, pos) + 1
    sentence = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    first_break = text.find("\n")
    from .coref import fits  # the office a description names, read as the rules read it

    office = src.kind == "description" and fits(src, c)
    return [
        math.log1p(pos - last[0]),
        float(min(rank, 4)),
        1.0 if spoke else 0.0,
        math.log1p(pos - max(spoke)) if spoke else 9.0,
        1.0 if _nominative_at(text, *last) else 0.0,
        1.0 if any(_nominative_at(text, *m) for m in before[-3:]) else 0.0,
        1.0 if src.gender and c.gender and src.gender == c.gender else 0.0,
        1.0 if src.gender and c.gender and src.gender != c.gender else 0.0,
        1.0 if last[0] >= para else 0.0,
        1.0 if last[0] >= sentence else 0.0,
        math.log1p(len(before)),
        1.0 if first_break < 0 or before[0][0] < first_break else 0.0,
        1.0 if office else 0.0,
    ]


def score(row: Sequence[float]) -> float:
    return sum(w * (x - m) / s for w, x, m, s in zip(WEIGHTS, row, MEANS, SCALES, strict=True))


def choose(
    src: SourceRef,
    current: Cluster | None,
    people: Sequence[Cluster],
    resolved: Sequence[tuple[Found, Cluster | None]],
    text: str,
) -> Cluster | None:
    """The person the rules' choice ``current`` should be: the best scored of the people named
    before ``src`` when ``current`` is one of them; ``current`` itself otherwise (no choice made
    by the rules, or an anonymous source or a body chosen) and for an English source."""
    if not RU_RANKER or current is None or not text or not re.search("[а-яё]", src.text.lower()):
        return current
    pool = candidates(src.start, people)
    if current not in pool or len(pool) < 2:
        return current
    rows = [features(src, c, k, resolved, text) for k, c in enumerate(pool)]
    if RECORD is not None:
        RECORD.append(
            {
                "start": src.start,
                "end": src.end,
                "kind": src.kind,
                "mentions": [[m for m in c.mentions if m[0] < src.start] for c in pool],
                "features": rows,
                "current": pool.index(current),
            }
        )
        return current
    if not WEIGHTS:
        return current
    scores = [score(r) for r in rows]
    best = max(range(len(pool)), key=scores.__getitem__)
    # the rules' choice stands unless another person scores clearly higher (:data:`MARGIN`)
    return pool[best] if scores[best] - scores[pool.index(current)] > MARGIN else current
