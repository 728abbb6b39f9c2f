"""The "Who said what" section as data: speakers with their quotes and figures, for renderers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..article import Article, Claim, Quote
from ..attribution import merge_ru
from ..attribution.confidence import CONFIDENT, is_confident


@dataclass
class Group:
    title: str
    role: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    quotes: list[Quote] = field(default_factory=list)
    #: quotes this speaker passes on for someone else (a letter read out)
    relays: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: the group of attributions below the confidence threshold (each quote keeps its guessed
    #: speaker id, for a reader to show as "uncertain: X?")
    uncertain: bool = False
    #: the name of the speaker this one most likely is the same person or body as
    #: (``Speaker.person``): its quotes stay under their own words, the reader is told
    same_as: str | None = None


def groups(
    article: Article, threshold: float = CONFIDENT, *, hide_uncertain: bool = False
) -> list[Group]:
    """One group per speaker who says something (confident quotes only), then quotes whose
    speaker is not identified, then the uncertain attributions (unless hidden), then figures
    from cited sources and the article."""
    confident = [q for q in article.quotes if is_confident(q, threshold)]
    unsure = [q for q in article.quotes if not is_confident(q, threshold)]
    sure_ids = {q.id for q in confident}
    out = []
    for sp in article.speakers:
        g = Group(sp.name, sp.role, sp.kind, sp.aliases)
        other = article.speaker(sp.person) if sp.person is not None else None
        # shown only where the model is sure enough for a reader (review R2): a grouping below
        # the display threshold, or one recorded without its probability, stays in the JSON
        sure = sp.person_p is not None and sp.person_p >= merge_ru.DISPLAY_THRESHOLD
        g.same_as = other.name if other is not None and other.id != sp.id and sure else None
        g.quotes = [q for q in confident if q.speaker == sp.id]
        g.relays = [q for q in confident if q.relayed_by == sp.id]
        # a figure follows its quote: in an uncertain quote it is not listed under the speaker
        g.claims = [
            c
            for c in article.claims
            if c.speaker == sp.id and _claim_quote(article, c) in sure_ids | {-1}
        ]
        if g.quotes or g.relays or g.claims:
            out.append(g)
    loose = [q for q in confident if q.speaker is None]
    if loose:
        out.append(Group("Speaker not identified", quotes=loose))
    unsure_claims = [
        c
        for c in article.claims
        if c.speaker is not None and _claim_quote(article, c) not in sure_ids | {-1}
    ]
    if (unsure or unsure_claims) and not hide_uncertain:
        out.append(
            Group("Uncertain attributions", quotes=unsure, claims=unsure_claims, uncertain=True)
        )
    claims = [c for c in article.claims if c.speaker is None]
    if claims:
        out.append(Group("Figures from cited sources and the article", claims=claims))
    return out


def uncertain_items(article: Article) -> set[tuple[str, int]]:
    """("quote" | "claim", id) of what a reader lists under "Uncertain attributions"; the
    speaker pages (web and CLI) mark those rows the same way."""
    out: set[tuple[str, int]] = set()
    for g in groups(article):
        if g.uncertain:
            out |= {("quote", q.id) for q in g.quotes} | {("claim", c.id) for c in g.claims}
    return out


def uncertain_first_reports(
    quotes: Iterable[Mapping[str, Any]], get: Callable[[int], Article]
) -> set[tuple[str, int, int]]:
    """("quote", article id, quote id) of a story's "who said what first" rows whose first report
    its article lists as uncertain (the story views mark that speaker "uncertain: X?").

    Only the articles holding a row's first report with a speaker are read (``get``): the views
    read every article of the story before, 300 of them for a large story's page.
    """
    firsts = {int(q["first"]["article_id"]) for q in quotes if q.get("speaker")}
    return {
        (kind, article_id, item)
        for article_id in sorted(firsts)
        for kind, item in uncertain_items(get(article_id))
        if kind == "quote"
    }


def _claim_quote(article: Article, claim: Claim) -> int:
    """The id of the innermost quote holding the figure (``-1``: none, a speaker found otherwise)."""
    best: Quote | None = None
    for q in article.quotes:
        inside = q.start <= claim.start and claim.end <= q.end
        if inside and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best.id if best is not None else -1


def first_sentence(q: Quote) -> int | None:
    return q.sentences[0] if q.sentences else None


#: words of the sentence kept on each side of a figure
CONTEXT_WORDS = 7


@dataclass(frozen=True)
class FigureInContext:
    """A figure with the words around it in its sentence: what it counts, in the writer's words.

    The claims stage's ``about`` guess ("night to build", "run") reads as noise to a reader; the
    sentence itself says what is counted, so the list shows a few of its words on each side.
    """

    before: str
    figure: str
    after: str
    #: the sentence goes on before / after what is shown
    cut_before: bool
    cut_after: bool


def figure_in_context(
    article: Article, claim: Claim, words: int = CONTEXT_WORDS
) -> FigureInContext:
    sentence = next((s for s in article.sentences if s.start <= claim.start < s.end), None)
    if sentence is None:
        return FigureInContext("", claim.text, "", False, False)
    # the sentence's own spacing and punctuation around the figure: "(about 850 metres long)."
    head = article.text[sentence.start : claim.start]
    tail = article.text[claim.end : sentence.end]
    starts = [m.start() for m in re.finditer(r"\S+", head)]
    ends = [m.end() for m in re.finditer(r"\S+", tail)]
    before = head[starts[-words] :] if len(starts) > words else head
    after = tail[: ends[words - 1]] if len(ends) > words else tail
    return FigureInContext(
        before=" ".join(before.split(" ")) if before.strip() else "",
        figure=claim.text,
        after=after.rstrip() if after.strip() else "",
        cut_before=len(starts) > words,
        cut_after=len(ends) > words,
    )
