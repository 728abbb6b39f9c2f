"""A trace's timeline (first appearance, every later mention, the flags between them) and its
exports: JSON, and schema.org ``ClaimReview``-compatible JSON-LD."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import TraceNotFoundError
from . import drift, measures, money
from .identity import currency, other_currency
from .index import Mention, claim_evidence, role_cosine, speaker_rows, trace_mentions
from .mentions import ClaimMention, QuoteMention

if TYPE_CHECKING:
    from ..article import Article


@dataclass(frozen=True)
class Appearance:
    mention: Mention
    #: the link score to the trace when it joined (``None`` for the first, or by decision)
    score: float | None

    @property
    def item_id(self) -> int:
        m = self.mention
        return m.claim_id if isinstance(m, ClaimMention) else m.quote_id

    @property
    def when(self) -> str | None:
        at = self.mention.source.at
        return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d") if at is not None else None

    @property
    def words(self) -> str:
        m = self.mention
        return m.text if isinstance(m, QuoteMention) else m.sentence

    @property
    def attributed_to(self) -> str | None:
        m = self.mention
        return m.speaker if isinstance(m, QuoteMention) else drift.attributed_to(m)


@dataclass
class Timeline:
    trace_id: int
    kind: str
    label: str
    appearances: list[Appearance] = field(default_factory=list)
    flags: list[drift.Flag] = field(default_factory=list)

    @property
    def values(self) -> list[tuple[str | None, float, str | None]]:
        """(date, value, outlet) of each figure, for a chart where they differ; of a sum given in
        several currencies, only those in the first currency named (no exchange rate to put €45m
        and £38.5m on one axis: the "other currency" flags say where the rest are)."""
        return [(when, value, site) for when, value, site, _, _ in self.points]

    @property
    def points(self) -> list[tuple[str | None, float, str | None, str, str | None]]:
        """:attr:`values` with each figure as its article writes it ("£2.3bn", «2,3 млрд
        рублей») and its unit: the value places a point, the words label it (a bare
        2,300,000,000 or a 6 without its "percent" tells a reader less than the figure read)."""
        figures = [
            (a.when, a.mention) for a in self.appearances if isinstance(a.mention, ClaimMention)
        ]
        # the first currency named: a figure given without one ("45m") may come first; a sum
        # in another unit of it (50 cents beside $0.60) is drawn in the first one's unit
        first = next((m for _, m in figures if currency(m) is not None), None)
        if first is None:  # one measure in two units (tonnes, kg) drawn in the first one's
            unit = figures[0][1].unit if figures else None
            return [
                (when, measures.converted(m.value, m.unit, unit), m.source.site, m.text, m.unit)
                for when, m in figures
            ]
        return [
            (when, money.converted(m.value, m.unit, first.unit), m.source.site, m.text, m.unit)
            for when, m in figures
            if currency(m) is None or not other_currency(m, first)
        ]


def timeline(conn: sqlite3.Connection, trace_id: int) -> Timeline:
    rows = trace_mentions(conn, trace_id)
    if not rows:
        raise TraceNotFoundError(f"no trace {trace_id} in the library")
    first_row, first = rows[0]
    label = first.sentence if isinstance(first, ClaimMention) else first.text
    tl = Timeline(trace_id, str(first_row["kind"]), label)
    previous: Mention | None = None
    previous_row: sqlite3.Row | None = None
    for row, mention in rows:
        tl.appearances.append(Appearance(mention, row["score"]))
        if previous is not None and previous_row is not None:
            if isinstance(previous, ClaimMention) and isinstance(mention, ClaimMention):
                role = role_cosine(previous_row, row)
                # the flag confidence is read only where a figure could be called changed
                evidence = (
                    claim_evidence(previous_row, row, previous, mention)
                    if drift.figure_changed(previous, mention, role)
                    else None
                )
                tl.flags += drift.claim_flags(previous, mention, role, evidence)
            elif isinstance(previous, QuoteMention) and isinstance(mention, QuoteMention):
                tl.flags += drift.quote_flags(previous, mention)
        previous, previous_row = mention, row
    return tl


def speaker_timeline(conn: sqlite3.Connection, name: str) -> list[Appearance]:
    """Everything attributed to one person, across articles and spellings, oldest first."""
    return [Appearance(m, r["score"]) for r, m in speaker_rows(conn, name)]


#: (kind, article id, item id) of the mentions whose article lists them as uncertain
Unsure = Collection[tuple[str, int, int]]


#: (kind, article id, item id) → the kind of its speaker in its article (person, organization,
#: collective, anonymous, document)
SpeakerKinds = Mapping[tuple[str, int, int], str]


def speaker_kinds(article_id: int, article: Article) -> dict[tuple[str, int, int], str]:
    """What each quote's and figure's speaker is, by the article's own analysis."""
    kinds = {s.id: s.kind for s in article.speakers}
    out = {
        ("quote", article_id, q.id): kinds[q.speaker]
        for q in article.quotes
        if q.speaker is not None and q.speaker in kinds
    }
    for c in article.claims:
        if c.speaker is not None and c.speaker in kinds:
            out["claim", article_id, c.id] = kinds[c.speaker]
    return out


def is_uncertain(a: Appearance, unsure: Unsure) -> bool:
    kind = "claim" if isinstance(a.mention, ClaimMention) else "quote"
    return (kind, a.mention.source.article_id, a.item_id) in unsure


def appearance_json(a: Appearance, unsure: Unsure = ()) -> dict[str, Any]:
    m = asdict(a.mention)
    return {
        "kind": "claim" if isinstance(a.mention, ClaimMention) else "quote",
        "article": a.mention.source.article_id,
        "item": a.item_id,
        "outlet": a.mention.source.site,
        "url": a.mention.source.url,
        "title": a.mention.source.title,
        "date": a.when,
        "attributed_to": a.attributed_to,
        # the article's reader lists who said it under "Uncertain attributions"
        "uncertain": is_uncertain(a, unsure),
        "words": a.words,
        "score": a.score,
        "mention": {k: v for k, v in m.items() if k != "source"},
    }


def to_json(tl: Timeline, unsure: Unsure = ()) -> dict[str, Any]:
    return {
        "trace": tl.trace_id,
        "kind": tl.kind,
        "label": tl.label,
        "first_appearance": appearance_json(tl.appearances[0], unsure),
        "appearances": [appearance_json(a, unsure) for a in tl.appearances],
        "flags": [asdict(f) for f in tl.flags],
    }


def to_claim_review(
    tl: Timeline, unsure: Unsure = (), kinds: SpeakerKinds | None = None
) -> dict[str, Any]:
    """schema.org ``ClaimReview`` JSON-LD with ``itemReviewed`` a ``Claim`` whose ``appearance``
    lists every mention and ``firstAppearance`` the earliest.  No ``reviewRating``: newsprism
    traces a claim, it does not rate it; a fact-checker adds the verdict.  An author the article
    lists as uncertain (``unsure``) is left out: schema.org has no "perhaps", and a published
    ClaimReview would name as the claim's author whoever newsprism only guessed.  An author is
    a ``Person`` unless its article's analysis (``kinds``) calls it an organisation or a group
    (an ``Organization``: a union was published as a person) or a document (no author: a
    report is not one, and ``author`` takes only people and organisations)."""

    def author(a: Appearance) -> dict[str, Any] | None:
        if not a.attributed_to or is_uncertain(a, unsure):
            return None
        kind = "claim" if isinstance(a.mention, ClaimMention) else "quote"
        said_by = (kinds or {}).get((kind, a.mention.source.article_id, a.item_id))
        if said_by == "document":
            return None
        group = said_by in ("organization", "collective")
        return {"@type": "Organization" if group else "Person", "name": a.attributed_to}

    def work(a: Appearance) -> dict[str, Any]:
        out: dict[str, Any] = {"@type": "CreativeWork", "text": a.words}
        if a.mention.source.url:
            out["url"] = a.mention.source.url
        if a.when:
            out["datePublished"] = a.when
        if a.mention.source.site:
            out["publisher"] = {"@type": "Organization", "name": a.mention.source.site}
        if (by := author(a)) is not None:
            out["author"] = by
        return out

    first = tl.appearances[0]
    claim: dict[str, Any] = {
        "@type": "Claim",
        "firstAppearance": work(first),
        "appearance": [work(a) for a in tl.appearances],
    }
    if (by := author(first)) is not None:
        claim["author"] = by
    if first.when:
        claim["datePublished"] = first.when
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": tl.label,
        "itemReviewed": claim,
    }
