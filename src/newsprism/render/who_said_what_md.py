"""The "Who said what" section of the Markdown rendering."""

from __future__ import annotations

from collections.abc import Mapping

from ..article import Article, Claim
from .who_said_what import figure_in_context, groups


def who_said_what_markdown(
    article: Article, *, marks: Mapping[tuple[str, int], str] | None = None
) -> str | None:
    """A ``## Who said what`` section, or ``None`` when the article has no quotes or figures.

    Speakers list their confident quotes (:mod:`.confidence`); the rest come last, under
    "Uncertain attributions", each with the speaker the rules guessed and a question mark.

    Each item links to ``#s-N``, the id its sentence carries in the HTML rendering.  ``marks``:
    a note after a quote or a figure, by ``("quote" | "claim", id)`` ("corrected by a reader;
    newsprism said: …", "corrected by a reader: not a quote").
    """
    from .markdown import escape

    found = groups(article)
    if not found:
        return None
    lines = ["## Who said what"]
    for g in found:
        head = f"### {escape(g.title)}"
        if g.role:
            head += f" — {escape(g.role)}"
        if g.kind and g.kind != "person":
            head += f" ({g.kind})"
        lines += ["", head]
        if g.aliases:
            lines.append(f"*Also called: {escape(', '.join(g.aliases))}*")
        if g.same_as:
            lines.append(f"*Possibly the same as {escape(g.same_as)}*")
        lines.append("")
        for q in g.quotes:
            link = f" ([¶](#s-{q.sentences[0]}))" if q.sentences else ""
            cue = f" — *{escape(q.cue)}*" if q.cue else ""
            relayed = article.speaker(q.relayed_by)
            via = f" (relayed by {escape(relayed.name)})" if relayed else ""
            guess = article.speaker(q.speaker) if g.uncertain else None
            who = f" — uncertain: {escape(guess.name)}?" if guess else ""
            fixed = _note(marks, "quote", q.id)
            lines.append(f"- {q.kind}: {escape(_one_line(q.text))}{cue}{via}{who}{fixed}{link}")
        for q in g.relays:
            said = article.speaker(q.speaker)
            who = f" {escape(said.name)}" if said else ""
            link = f" ([¶](#s-{q.sentences[0]}))" if q.sentences else ""
            lines.append(
                f"- relays{who}: {escape(_one_line(q.text))}{_note(marks, 'quote', q.id)}{link}"
            )
        for c in g.claims:
            link = f" ([¶](#s-{c.sentence}))" if c.sentence is not None else ""
            src = f" — {escape(c.source)}" if c.source and (g.kind is None or g.uncertain) else ""
            if c.source and g.uncertain:
                # marked as its quote is (the HTML reader puts a question mark after it too)
                src = f" — uncertain: {escape(c.source)}?"
            lines.append(f"- figure: {_figure(article, c)}{src}{_note(marks, 'claim', c.id)}{link}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _figure(article: Article, claim: Claim) -> str:
    """The figure in bold among the words around it, with the sentence's own spacing."""
    from .markdown import escape

    f = figure_in_context(article, claim)
    before = _one_line(f.before) + (" " if f.before[-1:].isspace() else "")
    after = (" " if f.after[:1].isspace() else "") + _one_line(f.after)
    return (
        ("…" if f.cut_before else "")
        + escape(before)
        + f"**{escape(_one_line(f.figure))}**"
        + escape(after)
        + ("…" if f.cut_after else "")
    )


def _note(marks: Mapping[tuple[str, int], str] | None, item: str, item_id: int) -> str:
    from .markdown import escape

    note = (marks or {}).get((item, item_id))
    return f" — *{escape(note)}*" if note else ""
