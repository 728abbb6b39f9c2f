"""A learned second opinion on the short lines of a scraped story's body: heading or not.

The rules of :mod:`.scraped` decide every line; this scorer looks again at the *decision
lines* (:func:`decision_lines`: after the title, from the first to the last paragraph the rules
keep, twelve words or fewer, that the rules made a heading, a paragraph or chrome) and may
overrule the rules' heading decision where a logistic model fitted on the development pages is
sure (:data:`~.scraped_line_score_data.MARGIN`).  The features are a line's shape (length, last
character, case, a colon head, a question) and its relation to its neighbours (the first-pass
kind of the lines around it: running text under a short unpunctuated line is a heading's
company), with the rules' own decision, so the model learns where the rules go wrong rather
than relearning them.

The weights are written by ``scripts/fit_scraped_lines.py`` (its docstring says on what);
with :data:`~.scraped_line_score_data.MARGIN` ``None`` the scorer is off and the rules stand.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from . import scraped_line_score_data as data
from .scraped_labels import CHROME, HEADING, PARAGRAPH, SHORT, TEXT, TITLE, Labelled, word_count

#: the longest line the scorer looks at (a heading is a phrase)
DECISION_MAX_WORDS = 12
#: a running paragraph of the story: first-pass text of this many words or more
RUNNING_MIN_WORDS = 15
_DECIDED = (HEADING, PARAGRAPH, CHROME)
#: "Subject: what of it" — a head of up to three words and a colon, then more words
_COLON_HEAD = re.compile(r"^[^\W\d_][^:]{0,30}:\s+\S")
_ENDS = {".": "stop", "?": "q", "!": "excl", ":": "colon", ",": "comma", ";": "comma", "…": "dots"}
_CLOSERS = '»"”’)] '

#: what the fit collects instead of rescoring (set by the fitting script only)
COLLECT: list[tuple[int, list[str], str, str]] | None = None


def decision_lines(labs: list[Labelled]) -> list[int]:
    """The short lines of the body the rules made a heading, a paragraph or chrome."""
    title = next((i for i, o in enumerate(labs) if o.label == TITLE), -1)
    kept = [i for i, o in enumerate(labs) if o.label == PARAGRAPH]
    if not kept:
        return []
    first, last = max(title + 1, kept[0]), kept[-1]
    return [
        i
        for i in range(first, last + 1)
        if labs[i].label in _DECIDED
        and word_count(labs[i].text) <= DECISION_MAX_WORDS
        and labs[i].reason != "after the page footer"
    ]


def _kind(labs: list[Labelled], alone: list[str], j: int) -> str:
    """The first-pass kind of line ``j`` (running text told from a short sentence)."""
    if j < 0 or j >= len(labs):
        return "none"
    kind = alone[j]
    if kind == TEXT:
        return "running" if word_count(labs[j].text) >= RUNNING_MIN_WORDS else "text"
    return kind if kind in (SHORT, "item", "figure", "credit", "date", "byline") else "other"


class _Page:
    """What the features need of the whole page, counted once a page."""

    def __init__(self, labs: list[Labelled]) -> None:
        self.texts = Counter(o.text.strip() for o in labs)
        self.shapes = Counter(_shape(o.text) for o in labs if o.label in _DECIDED)
        self.headings = sum(o.label == HEADING for o in labs)


def features(
    labs: list[Labelled], alone: list[str], i: int, page: _Page | None = None
) -> list[str]:
    """The features of decision line ``i``: its shape, its neighbours', the rules' decision."""
    page = page or _Page(labs)
    text = labs[i].text.strip()
    words = text.split()
    last = text.rstrip(_CLOSERS)[-1:]
    end = _ENDS.get(last, "none")
    n = word_count(text)
    prev, nxt = _kind(labs, alone, i - 1), _kind(labs, alone, i + 1)
    rule = labs[i].label
    capitals = sum(w[:1].isupper() for w in words) / max(1, len(words))
    out = [
        f"words={min(n, 12) // 2}",
        f"end={end}",
        f"prev={prev}",
        f"next={nxt}",
        f"next2={_kind(labs, alone, i + 2)}",
        f"rule={rule}",
        f"rule={rule}|end={end}",
        f"rule={rule}|next={nxt}",
        f"reason={labs[i].reason}",
        f"prev={prev}|next={nxt}",
        "script=cyr" if re.search("[а-яё]", text, re.I) else "script=lat",
    ]
    if text[:1].islower():
        out.append("lower_first")
    if capitals > 0.6 and len(words) > 1:
        out.append("title_case")
    if text.isupper():
        out.append("caps")
    if re.search(r"\d", text):
        out.append("digit")
    if _COLON_HEAD.match(text):
        out += ["colon_head", f"colon_head|next={nxt}", f"colon_head|rule={rule}"]
    if page.texts[text] > 1:
        out.append("twice")
    # the page's other lines of the same shape: section heads come several to a page, each
    # over its own text ("Сети: …", "Родители: …"), a field or a lone label once
    # (the line itself is one of its shape: a decision line's label is one of _DECIDED)
    siblings = page.shapes[_shape(text)] - 1
    out.append(f"siblings={min(siblings, 2)}")
    out.append(f"siblings={min(siblings, 2)}|rule={rule}")
    if page.headings - (rule == HEADING) > 0:
        out.append("page_has_headings")
    # a heading names what the text under it is about: a word of it recurs there (a section's
    # subject, «Сети: …» over a paragraph on the chains); a label of the page's does not
    stems = _stems(text)
    if i + 1 < len(labs) and _echoes(stems, labs[i + 1].text):
        out += ["echo_below", f"echo_below|rule={rule}"]
    if i > 0 and _echoes(stems, labs[i - 1].text):
        out.append("echo_above")
    return out


def _shape(text: str) -> str:
    """A short line's shape: its length band, its last character, a colon head."""
    text = text.strip()
    n = word_count(text)
    if n > DECISION_MAX_WORDS:
        return "long"
    colon = "colon" if _COLON_HEAD.match(text) else ""
    return f"{min(n, 8) // 3}{_ENDS.get(text.rstrip(_CLOSERS)[-1:], 'none')}{colon}"


#: a word's stem: its first letters but its last, five at most (enough to join a Russian
#: word's forms, «сети»/«сетей», «родители»/«родителей»), three at least
STEM_LETTERS = 5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    return {w.lower()[: min(STEM_LETTERS, len(w) - 1)] for w in _CONTENT_WORD.findall(text)}


def _echoes(stems: set[str], other: str) -> bool:
    """A word of ``other`` begins with one of the stems."""
    if not stems:
        return False
    words = {w.lower() for w in _CONTENT_WORD.findall(other)}
    return any(w.startswith(s) for w in words for s in stems)


#: the classes of a decision line, and the label each gives it
CLASSES = {"heading": HEADING, "paragraph": PARAGRAPH, "drop": CHROME}


def probabilities(feats: list[str]) -> dict[str, float]:
    """Each class's one-against-the-rest probability, normalised to sum to one."""
    raw = {}
    for cls in CLASSES:
        weights = data.WEIGHTS[cls]
        z = data.BIAS[cls] + sum(weights.get(f, 0.0) for f in feats)
        raw[cls] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    total = sum(raw.values()) or 1.0
    return {cls: p / total for cls, p in raw.items()}


def rescore(labs: list[Labelled], alone: list[str]) -> None:
    """Overrule the rules on a decision line where the model is sure of another class."""
    if COLLECT is None and data.MARGIN is None:
        return
    lines = decision_lines(labs)
    if not lines:
        return
    page = _Page(labs)
    if COLLECT is not None:
        for i in lines:
            COLLECT.append((i, features(labs, alone, i, page), labs[i].label, labs[i].text.strip()))
        return
    margin = data.MARGIN
    if margin is None:
        return
    for i in lines:
        probs = probabilities(features(labs, alone, i, page))
        best = max(probs, key=lambda c: probs[c])
        if CLASSES[best] != labs[i].label and probs[best] > 1.0 - margin:
            labs[i].relabel(CLASSES[best], f"the learned line scorer: {best}")
