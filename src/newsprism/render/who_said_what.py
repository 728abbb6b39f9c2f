"""The "Who said what" section as data: speakers with their quotes and figures, for renderers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article, Claim, Quote


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


def groups(article: Article) -> list[Group]:
    """One group per speaker who says something, then unattributed quotes, then other figures."""
    out = []
    for sp in article.speakers:
        g = Group(sp.name, sp.role, sp.kind, sp.aliases)
        g.quotes = [q for q in article.quotes if q.speaker == sp.id]
        g.relays = [q for q in article.quotes if q.relayed_by == sp.id]
        g.claims = [c for c in article.claims if c.speaker == sp.id]
        if g.quotes or g.relays or g.claims:
            out.append(g)
    loose = [q for q in article.quotes if q.speaker is None]
    if loose:
        out.append(Group("Speaker not identified", quotes=loose))
    claims = [c for c in article.claims if c.speaker is None]
    if claims:
        out.append(Group("Figures from cited sources and the article", claims=claims))
    return out


def first_sentence(q: Quote) -> int | None:
    return q.sentences[0] if q.sentences else None
