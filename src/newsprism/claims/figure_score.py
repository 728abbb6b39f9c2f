"""Is this number a figure? A learned second opinion on what the rules found (English, Russian).

The rules (:mod:`.quantities_en`, :mod:`.quantities_ru`, the refusals) decide what a number is; a
few kinds of number that are no figure still pass them — a score line, "from day 1", "steps 1 to
3", a name with a number in it («сеть 5G»), a list's rank.  Each kind is rare, and a rule written
from one sentence of a kind has not moved data nobody read (issue 13, forty-first session).  So
this module scores each figure the language's model judges (:func:`judged`, by the scope of its
weights: English only figures with nothing counted, Russian also counts, never a measurement) by
a logistic model over the figure's own features — the number's written shape and size, the unit
found and of what kind, the change and bound read, the words, parts of speech and punctuation on
each side, whether the line reads as a title, how many figures the sentence holds — and drops the
ones it scores below the margin of the language's weights (``figure_score_<language>_data``).

The weights are fitted by ``scripts/fit_figure_score.py`` on development data only (English: the
A halves of ``benchmarks/claims_en.py``, session 42; Russian: the A halves and the parts developed
on whole of ``benchmarks/claims_ru.py``, session 43; never a B half, a held-out part or a part
scored only in the session of the fit); the script reproduces them byte for byte and writes the
data module, whose docstring names the parts, the counts, the scope and the margin chosen out of
fold.  A feature joins the model only if it occurs in at least two of the fitted parts, so no
feature names one sentence.  A language without weights keeps every figure.  Never judged,
whatever the scope: a side of dimensions, a number alone in brackets, and a difference («на 2
больше», a figure by the conventions).
"""

from __future__ import annotations

import importlib
import math
import re
from functools import cache

from .headlines_en import is_title_case
from .quantity import Quantity, Tag
from .units import EN_UNITS, RU_UNITS

_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*|\d[\d.,]*")
_UNIT_NAMES = frozenset(EN_UNITS.values()) | frozenset(RU_UNITS.values())
_MONEY = re.compile(r"[A-Z]{3}\b")
#: off while the model is fitted (scripts/fit_figure_score.py reads what the rules found)
ENABLED = True


def _shape(text: str) -> str:
    """The written shape of the number's first token: digits d, letters a/A, runs collapsed
    ("$1,250.5" -> "$d,d.d", "2KY" -> "dA", "five-star" -> "a-a")."""
    token = text.split()[0] if text.split() else text
    out: list[str] = []
    for ch in token[:12]:
        c = "d" if ch.isdigit() else "A" if ch.isupper() else "a" if ch.isalpha() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _magnitude(q: Quantity) -> str:
    v = abs(q.value)
    if v == 0:
        return "0"
    if v == 1:
        return "1"
    if v != int(v):
        return "frac" if v < 1 else "dec"
    if 1900 <= v <= 2100 and q.unit is None:
        return "yearlike"
    return f"e{min(int(math.log10(v)), 7)}"


#: a dimensions sign and a number after a figure: «4х5 метров», "55 x 40 x 20 cm"
_DIMENSION_AFTER = re.compile(r"\s*[×xх*]\s*\d")
#: a number alone in brackets: a footnote's mark or a count the conventions keep ("Complaints
#: about the bins (4)", tests/test_claims_s17.py) — the golds split, so the model never decides
_BRACKETED = re.compile(r"\(\s*$")


#: a difference's preposition before a bare number: «на 2 больше», a figure by the conventions
#: (tests/test_claims40.py) whatever its neighbours, so no model judges it
_DIFFERENCE_BEFORE = re.compile(r"(?:^|[^\w])на\s+$", re.IGNORECASE)

#: what a language's model judges (``JUDGES`` of its data module): ``"bare"`` only figures with no
#: unit and no counted noun; ``"counts"`` also those with a counted noun, never a unit of measure,
#: a currency or a percent; ``"every"`` every figure
SCOPES = ("bare", "counts", "every")


def _measure(q: Quantity) -> bool:
    return q.unit is not None and (
        q.unit == "%" or q.unit in _UNIT_NAMES or bool(_MONEY.match(q.unit))
    )


def judged(
    q: Quantity, sentence: str, tags: dict[int, Tag] | None = None, scope: str = "bare"
) -> bool:
    """Whether a model of ``scope`` (:data:`SCOPES`) judges ``q``.  Never judged: a side of
    dimensions whose unit is written once after the last («4х5 метров»), a number alone in
    brackets (:data:`_BRACKETED`), and a difference the conventions keep — «на N» before a
    comparative by the tagger (``COMP``: больше, меньше, дороже).  ``"bare"`` judges only a
    figure the rules found nothing for to count ("1 angry word" in a headline counts words; a
    score line, "from day 1" or "steps 1 to 3" count nothing)."""
    if scope == "bare" and q.unit is not None:
        return False
    if scope == "counts" and _measure(q):
        return False
    # what comes before the figure, read in a short window: a page with no full stop is one long
    # sentence, and a search from its start for each figure would cost its length squared
    before = sentence[max(0, q.start - 16) : q.start]
    if _BRACKETED.search(before) and sentence[q.end : q.end + 1] == ")":
        return False
    if _DIMENSION_AFTER.match(sentence, q.end):
        return False
    if tags and _DIFFERENCE_BEFORE.search(before):
        after = _WORD.search(sentence, q.end, q.end + 40)
        tag = tags.get(after.start()) if after else None
        if tag and tag[0] == "COMP":
            return False
    return True


def _unit_kind(q: Quantity, sentence: str) -> list[str]:
    if q.unit is None:
        return ["unit:none"]
    if q.unit == "%":
        return ["unit:pct"]
    if _MONEY.match(q.unit):
        return ["unit:money"]
    if q.unit in _UNIT_NAMES:
        return ["unit:lex"]
    out = ["unit:noun", f"unit:words{min(len(q.unit.split()), 3)}"]
    if q.noun_start is not None and q.noun_end is not None:
        noun = sentence[q.noun_start : q.noun_end]
        if any(w[:1].isupper() for w in noun.split()):
            out.append("unit:capital")
    out.append(f"unit:head={q.unit.split()[-1].lower()}")
    return out


def _neighbour(
    sentence: str, start: int, end: int, tags: dict[int, Tag] | None
) -> tuple[list[str], list[str]]:
    """The two words before ``start`` and after ``end`` (lowercased) with their tags."""
    before = list(_WORD.finditer(sentence, 0, start))[-2:]
    after = list(_WORD.finditer(sentence, end))[:2]
    feats_b: list[str] = []
    feats_a: list[str] = []
    for i, m in enumerate(reversed(before)):
        w = m.group().lower().rstrip(".,")
        w = "<num>" if w[:1].isdigit() else w
        feats_b.append(f"w-{i + 1}={w}")
        if i == 0:
            if m.group()[:1].isupper() and m.start() > 0:
                feats_b.append("w-1:capital")
            tag = tags.get(m.start()) if tags else None
            feats_b.append(f"p-1={tag[0] if tag else '?'}")
    if not before:
        feats_b.append("w-1=<start>")
    for i, m in enumerate(after):
        w = m.group().lower().rstrip(".,")
        w = "<num>" if w[:1].isdigit() else w
        feats_a.append(f"w+{i + 1}={w}")
        if i == 0:
            if m.group()[:1].isupper():
                feats_a.append("w+1:capital")
            tag = tags.get(m.start()) if tags else None
            feats_a.append(f"p+1={tag[0] if tag else '?'}")
    if not after:
        feats_a.append("w+1=<end>")
    return feats_b, feats_a


def features(
    sentence: str, q: Quantity, tags: dict[int, Tag] | None, title: bool, n_found: int
) -> list[str]:
    """The figure's features, as names (a present feature counts 1)."""
    text = sentence[q.start : q.end]
    prev_char = sentence[: q.start].rstrip()[-1:] or "^"
    next_char = sentence[q.end :].lstrip()[:1] or "$"
    feats = [
        f"shape={_shape(text)}",
        f"mag={_magnitude(q)}",
        f"change={q.change}",
        f"prevch={prev_char if not prev_char.isalnum() else 'w'}",
        f"nextch={next_char if not next_char.isalnum() else 'w'}",
        f"nfig={min(n_found, 4)}",
    ]
    feats += _unit_kind(q, sentence)
    if text[:1].isalpha():
        feats.append("spelled")
    if q.qualifier:
        feats.append("qualified")
    if q.value_high is not None:
        feats.append("range")
    if q.relative:
        feats.append("relative")
    if title:
        feats.append("title")
    if q.start <= 1:
        feats.append("first")
    b, a = _neighbour(sentence, q.start, q.end, tags)
    return feats + b + a


@cache
def model(language: str) -> tuple[float, float, dict[str, float]]:
    """The language's (bias, margin, weights); no weights: every figure kept."""
    try:
        data = importlib.import_module(f"{__package__}.figure_score_{language}_data")
    except ModuleNotFoundError:
        return 0.0, float("-inf"), {}
    return data.BIAS, data.MARGIN, data.WEIGHTS


@cache
def scope(language: str) -> str:
    """What the language's model judges (:data:`SCOPES`; a data module without ``JUDGES``:
    ``"bare"``, the English model of session 42)."""
    try:
        data = importlib.import_module(f"{__package__}.figure_score_{language}_data")
    except ModuleNotFoundError:
        return "bare"
    return str(getattr(data, "JUDGES", "bare"))


def score(feats: list[str], language: str) -> float:
    """The model's log-odds that the figure is one."""
    bias, _, weights = model(language)
    return bias + sum(weights.get(f, 0.0) for f in feats)


def kept(
    sentence: str, found: list[Quantity], tags: dict[int, Tag] | None, language: str
) -> list[Quantity]:
    """``found`` without the figures the model scores below its margin."""
    if not found or not ENABLED:
        return found
    _, margin, weights = model(language)
    if not weights:
        return found
    judges = scope(language)
    doubtful = [q for q in found if judged(q, sentence, tags, judges)]
    if not doubtful:
        return found  # most figures count or measure something: nothing to judge
    title = language == "en" and is_title_case(sentence)
    dropped = {
        id(q)
        for q in doubtful
        if score(features(sentence, q, tags, title, len(found)), language) < margin
    }
    return [q for q in found if id(q) not in dropped]
