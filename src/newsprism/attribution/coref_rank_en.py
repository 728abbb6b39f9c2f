"""A learned choice among the people an English pronoun refers to.

The rules of :mod:`.coref` and :mod:`.referents` decide *whether* "he", "she", "the minister" or
"the 54-year-old" calls back a person (each keeps its own tests: a gender, a stated office,
someone quoted before, a clause naming someone else) and pick among the people that pass them
the nearest by position, with a bonus for the already quoted.  That weighs recency against
nothing else a reader uses: whether the person opened their sentence (the subject, in news
English), whether they speak in this paragraph, whether they were named only inside someone's
quoted words, whether the pronoun's gender fits theirs, whether the description names their
stated office or clashes with it, whether the "person" has a given name at all (a town or an
outlet the name tagger took for a surname does not).  Here a small conditional logit scores
every person the rules admitted, named before the source within :data:`MAX_DISTANCE`, on such
features, and replaces the rules' choice when another scores clearly higher (:data:`MARGIN`)
(forty-second session, the English counterpart of :mod:`.coref_rank_ru`).  Its weights are
fitted by ``scripts/fit_coref_rank_en.py`` on half A of the translated-style development
articles only (``benchmarks/speakers_mt_en.py``; never half B, a held-out part or the part
scored only this session): on the choices the rules made there, a softmax over the candidates
of each source whose gold speaker is among them.

When the rules chose no person (an unnamed speaker of its own, a body), their choice stands:
the ranker only reorders the people they admitted.  It reorders pronouns only (:data:`KINDS`):
fitted on descriptions too, it lost more of half A's right speakers than it won.  And only in
text that reads as translated (:data:`TRANSLATED_ONLY`, the reading the calibration asks): that
is all it was fitted on.  PolNeAR's train split gives no speaker links (its sources are the
pronoun's own words), so it is not fitted on.
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

#: switch: off, the rules' choice stands (as before the forty-second session)
EN_RANKER = True
#: a person named further back than this is no candidate (as :data:`.coref.MAX_DISTANCE`)
MAX_DISTANCE = 3000
#: set to a list by the fitting script: each decision's candidates and features are appended
#: and the rules' own choice is returned unchanged (so the fit sees the rules' states)
RECORD: list[dict[str, Any]] | None = None
#: the source kinds the ranker reorders: pronouns only (it is called from
#: :func:`.coref.pronoun`) — called at the end of :mod:`.referents`' description branch too and
#: fitted with descriptions, it lost more of half A's right speakers than it won (1,923 -> 1,919
#: of 2,215 at the margin chosen out of fold; the rules' office tests decide those better)
KINDS = frozenset(["pronoun"])

#: only where the text reads as translated (:func:`.source_kind_en.reads_translated`, the
#: reading the calibration asks): the ranker was fitted on translated-style articles, and news
#: written as English (PolNeAR, real pages) is not what it learned from
TRANSLATED_ONLY = True

FEATURES = (
    "log_distance",  # characters back to the person's last mention, log
    "recency_rank",  # 0 for the nearest candidate, capped at 4
    "spoke",  # quoted before the source in this article
    "log_since_spoke",  # characters back to their last quote's source words, log (9: never)
    "opens_last",  # their last mention opens its sentence (the subject, in news English)
    "opens_recent",  # one of their last three mentions does
    "gender_fits",  # the source's gender and theirs agree
    "gender_clashes",  # they disagree
    "in_paragraph",  # last mentioned in the source's paragraph
    "in_sentence",  # last mentioned in the source's sentence
    "log_mentions",  # how often named before, log
    "first_paragraph",  # named in the article's first paragraph (its subject)
    # a description naming their stated office, as :func:`.coref.fits` reads it, and one that
    # does not while their office is stated: 0 for a pronoun (kept for :data:`KINDS` wider)
    "office_named",
    "office_clash",
    "given_name",  # a given name is known (a town or an outlet tagged as a surname has none)
    "in_quote_last",  # their last mention stands inside quotation marks (talked about)
)

#: how much higher (in the model's log-odds) another person must score than the rules' choice
#: to replace it: chosen on half A out of fold by ``scripts/fit_coref_rank_en.py``
MARGIN = 2.0
#: fitted by ``scripts/fit_coref_rank_en.py``: weights on standardised features, with the means
#: and scales that standardise them (empty: the ranker is off)
WEIGHTS: tuple[float, ...] = (
    -0.8423,
    -0.6871,
    0.1630,
    -0.4268,
    -0.5800,
    0.2564,
    0.7230,
    0.0000,
    1.1767,
    -0.2172,
    -0.3963,
    -0.0344,
    0.0000,
    0.0000,
    0.6972,
    -0.2549,
)
MEANS: tuple[float, ...] = (
    6.1826,
    2.1298,
    0.5965,
    7.4834,
    0.2386,
    0.4281,
    0.5228,
    0.0000,
    0.2491,
    0.0456,
    1.0493,
    0.0035,
    0.0000,
    0.0000,
    0.6982,
    0.0105,
)
SCALES: tuple[float, ...] = (
    1.2417,
    1.5197,
    0.4906,
    1.4628,
    0.4262,
    0.4948,
    0.4995,
    1.0000,
    0.4325,
    0.2086,
    0.3536,
    0.0591,
    1.0000,
    1.0000,
    0.4590,
    0.1021,
)

_LEADING = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,3}$")
_SENTENCE_END = re.compile(r"[.!?:][\"”]?\s+$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the words at ``start`` open their sentence, led by up to three capitalised words
    ("Deputy Mayor Anna Berg said")."""
    line = text.rfind("\n", 0, start) + 1
    before = _LEADING.sub("", text[max(line, start - 80) : start])
    return not before.strip() or _SENTENCE_END.search(before) is not None


def _in_quote(text: str, start: int) -> bool:
    """Whether ``start`` stands inside quotation marks within its paragraph."""
    para = text.rfind("\n", 0, start) + 1
    span = text[para:start]
    opened = span.count("“") - span.count("”")
    straight = span.count('"')
    return opened > 0 or straight % 2 == 1


@lru_cache(maxsize=8)
def _reads_translated(text: str) -> bool:
    from .source_kind_en import reads_translated  # read once per article text

    return reads_translated(text)


def candidates(
    pos: int,
    people: Sequence[Cluster],
    said: tuple[int, int] | None = None,
    aside: Sequence[tuple[int, int]] = (),
) -> list[tuple[Cluster, int]]:
    """The people named before ``pos`` within :data:`MAX_DISTANCE` (outside the words ``said``
    and ``aside`` when given, as the rules read them), nearest first, each with the start of
    their last such mention."""
    out: dict[int, tuple[Cluster, int]] = {}
    for c in people:
        if c.kind != "person" or id(c) in out:
            continue
        seen = c.seen_before(pos) if said is None else c.seen_outside(pos, said, aside)
        if seen >= 0 and pos - seen <= MAX_DISTANCE:
            out[id(c)] = (c, seen)
    return sorted(out.values(), key=lambda cs: pos - cs[1])


def features(
    src: SourceRef,
    c: Cluster,
    seen: int,
    rank: int,
    resolved: Sequence[tuple[Found, Cluster | None]],
    text: str,
) -> list[float]:
    pos = src.start
    before = sorted(m for m in c.mentions if m[0] < pos)
    spoke = [
        f.source.start
        for f, who in resolved
        if who is c and f.source is not None and f.source.start < pos
    ]
    para = text.rfind("\n", 0, pos) + 1
    sentence = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    first_break = text.find("\n")
    from .coref import fits  # the office a description names, read as the rules read it

    description = src.kind == "description"
    office = description and fits(src, c)
    stated = bool(c.role) or any(h for h in c.heads)
    return [
        math.log1p(pos - seen),
        float(min(rank, 4)),
        1.0 if spoke else 0.0,
        math.log1p(pos - max(spoke)) if spoke else 9.0,
        1.0 if _opens_sentence(text, seen) else 0.0,
        1.0 if any(_opens_sentence(text, m[0]) for m in before[-3:]) else 0.0,
        1.0 if src.gender and c.gender and src.gender == c.gender else 0.0,
        1.0 if src.gender and c.gender and src.gender != c.gender else 0.0,
        1.0 if seen >= para else 0.0,
        1.0 if seen >= sentence else 0.0,
        math.log1p(len(before)),
        1.0 if first_break < 0 or (before and before[0][0] < first_break) else 0.0,
        1.0 if office else 0.0,
        1.0 if description and stated and not office else 0.0,
        1.0 if c.first else 0.0,
        1.0 if _in_quote(text, seen) else 0.0,
    ]


def score(row: Sequence[float]) -> float:
    return sum(w * (x - m) / s for w, x, m, s in zip(WEIGHTS, row, MEANS, SCALES, strict=True))


def choose(
    src: SourceRef,
    current: Cluster | None,
    people: Sequence[Cluster],
    resolved: Sequence[tuple[Found, Cluster | None]],
    text: str,
    said: tuple[int, int] | None = None,
    aside: Sequence[tuple[int, int]] = (),
) -> Cluster | None:
    """The person the rules' choice ``current`` should be: the best scored of the admitted
    ``people`` named before ``src`` when ``current`` is one of them; ``current`` itself
    otherwise (no choice made by the rules, an unnamed speaker or a body chosen) and for a
    Russian source (:mod:`.coref_rank_ru`)."""
    if not EN_RANKER or not text or src.kind not in KINDS or re.search("[а-яё]", src.text.lower()):
        return current
    if current is None or current.kind != "person":
        return current
    if TRANSLATED_ONLY and not _reads_translated(text):
        return current
    pool = candidates(src.start, people, said, aside)
    index = next((k for k, (c, _) in enumerate(pool) if c is current), None)
    if index is None or len(pool) < 2:
        return current
    rows = [features(src, c, seen, k, resolved, text) for k, (c, seen) in enumerate(pool)]
    if RECORD is not None:
        RECORD.append(
            {
                "start": src.start,
                "end": src.end,
                "kind": src.kind,
                "names": [[c.name, *c.aliases] for c, _ in pool],
                "features": rows,
                "current": index,
            }
        )
        return current
    if not WEIGHTS:
        return current
    scores = [score(r) for r in rows]
    best = max(range(len(pool)), key=scores.__getitem__)
    # the rules' choice stands unless another person scores clearly higher (:data:`MARGIN`)
    return pool[best][0] if scores[best] - scores[index] > MARGIN else current
