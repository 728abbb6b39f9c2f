"""``newsprism trace`` (a figure or a quote across outlets, over time) and ``newsprism speaker``."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..errors import ConfigError, NewsprismError
from ..library.corrections import (
    Marked,
    corrected_article,
    corrected_mentions,
    mark_appearances,
    mark_text,
)
from ..render.output import write_output
from .app import JsonOption, app, counted, fail
from .library import DbOption, _open
from .linking import link_stored

#: the ConfigError's own hint names 'newsprism settings', a command that has nothing to do here
_HINT = "see 'newsprism trace --help'"
#: an article whose page names no outlet (a saved file without a site name)
NO_OUTLET = "(no outlet named)"


@app.command()
def trace(
    figure: Annotated[
        str | None,
        typer.Argument(
            help='A figure as written, e.g. "231 thousand" or «231 тыс.».', metavar="FIGURE"
        ),
    ] = None,
    quote: Annotated[
        str | None,
        typer.Option("--quote", "-q", help="Words of a quote to follow.", metavar="WORDS"),
    ] = None,
    trace_id: Annotated[
        int | None, typer.Option("--id", help="One trace by its id.", metavar="N")
    ] = None,
    same: Annotated[
        list[str] | None,
        typer.Option(
            "--same",
            help="Mark two mentions ARTICLE:ITEM as the same (give it twice).",
            metavar="A:I",
        ),
    ] = None,
    different: Annotated[
        list[str] | None,
        typer.Option(
            "--different", help="Mark two mentions as not the same (give it twice).", metavar="A:I"
        ),
    ] = None,
    kind: Annotated[
        str, typer.Option("--kind", help="claim or quote, for --same/--different.", metavar="KIND")
    ] = "claim",
    as_json: JsonOption = False,
    claim_review: Annotated[
        bool, typer.Option("--claim-review", help="schema.org ClaimReview JSON-LD.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Follow a figure or a quote from outlet to outlet: who said it first, every later mention,
    and what changed on the way (the figure, a hedge, the speaker, the cited source, the period)."""
    from .. import trace as tracing
    from ..trace import index
    from ..trace.search import figure_values, mention_ref

    try:
        with _open(db) as lib:
            link_stored(lib)
            if same or different:
                pair = same or different or []
                if len(pair) != 2 or kind not in ("claim", "quote"):
                    raise ConfigError(
                        "give exactly two mentions, and --kind claim or quote", hint=_HINT
                    )
                index.decide(
                    lib.conn, kind, mention_ref(pair[0]), mention_ref(pair[1]), same=bool(same)
                )
                typer.echo(
                    f"kept: {pair[0]} and {pair[1]} are {'' if same else 'not '}the same {kind}"
                )
                return
            if trace_id is not None:
                ids = [trace_id]
            elif quote:
                ids = index.traces_with_quote(lib.conn, quote)
            elif figure:
                ids = index.traces_with_value(lib.conn, figure_values(figure))
            else:
                raise ConfigError("give a FIGURE, --quote WORDS or --id N", hint=_HINT)
            timelines = [tracing.timeline(lib.conn, i) for i in ids]
            # the trace showed (and exported) a guessed speaker as plainly the author
            unsure = _unsure(lib, [a for tl in timelines for a in tl.appearances])
            # a quote whose speaker a reader corrected is listed under that speaker, marked; a
            # quote a reader says is none and a figure marked wrong are marked with what they said
            fixed = corrected_mentions(lib, [a for tl in timelines for a in tl.appearances])
            kinds = (
                _kinds(lib, [a for tl in timelines for a in tl.appearances]) if claim_review else {}
            )
    except NewsprismError as error:
        raise fail(error) from None
    if as_json or claim_review:
        rows = [
            tracing.to_claim_review(t, unsure, kinds)
            if claim_review
            else mark_appearances(tracing.to_json(t, unsure), fixed)
            for t in timelines
        ]
        write_output(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
        return
    if not timelines:
        typer.echo("no trace found", err=True)
        raise typer.Exit(1)
    for tl in timelines:
        typer.echo(_render(tl, unsure, fixed))


#: the longest words a line shows of a mention (a long quote is cut at a word, marked "…")
SHOWN_CHARS = 160


def _quoted(words: str) -> str:
    from ..render.quoting import quoted

    return quoted(words, SHOWN_CHARS)


def _unsure(lib: Any, appearances: list[Any]) -> set[tuple[str, int, int]]:
    """(kind, article, item) of the appearances their article's reader lists as uncertain (a
    quote a reader gave its speaker is certain)."""
    from ..render.who_said_what import uncertain_items

    return {
        (kind, article_id, item)
        for article_id in {a.mention.source.article_id for a in appearances}
        for kind, item in uncertain_items(corrected_article(lib, article_id)[0])
    }


def _kinds(lib: Any, appearances: list[Any]) -> dict[tuple[str, int, int], str]:
    """What each appearance's speaker is (person, organization, …), for ClaimReview authors."""
    from ..trace.timeline import speaker_kinds

    out: dict[tuple[str, int, int], str] = {}
    for article_id in {a.mention.source.article_id for a in appearances}:
        out |= speaker_kinds(article_id, corrected_article(lib, article_id)[0])
    return out


def _figure_as_written(m: Any) -> str:
    from ..trace.chart import figure_as_written

    return figure_as_written(m.text, m.unit)


def _render(tl: Any, unsure: set[tuple[str, int, int]], fixed: Marked | None = None) -> str:
    from ..trace.timeline import is_uncertain

    n = len(tl.appearances)
    lines = [f"trace {tl.trace_id} · {tl.kind} · {counted(n, 'mention')}"]
    for n, a in enumerate(tl.appearances):
        m = a.mention
        who = a.attributed_to or "(the outlet)"
        if a.attributed_to and is_uncertain(a, unsure):
            who = f"uncertain: {who}?"  # as the speaker command and the web pages mark it
        what = (fixed or {}).get((tl.kind, m.source.article_id, a.item_id))
        if what is not None:
            who = f"{who} ({mark_text(what)})"
        what = f"{_figure_as_written(m)}  " if tl.kind == "claim" else ""
        # no score: the mention the trace began with (the others were matched to it), not a
        # reader's decision (a decision moves a mention without marking it).  The score is
        # named, as the web page's "Match" column names it: a bare "0.82" beside a figure read
        # as another figure, and a bare "began" on a later line as a date's note
        tag = (
            "first"
            if n == 0
            else f"match {a.score:.2f}"
            if a.score is not None
            else "began the trace"
        )
        lines.append(
            f"  {a.when or '(no date)':<10}  {m.source.site or NO_OUTLET:<22} {who:<24} {what}"
            f"[{m.source.article_id}:{a.item_id}] {tag}".rstrip()
        )
        lines.append(f"      {_quoted(a.words)}")
    for f in tl.flags:
        lines.append(
            f"  ! {f.kind}: {f.detail}  ({f.earlier[0]}:{f.earlier[1]} → {f.later[0]}:{f.later[1]})"
        )
    return "\n".join(lines) + "\n"


@app.command()
def speaker(
    name: Annotated[str, typer.Argument(help="A name in any spelling or script.", metavar="NAME")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Everything attributed to one person across articles, spellings and languages, oldest first."""
    from .. import trace as tracing
    from ..trace.timeline import appearance_json

    if not name.strip():
        raise fail(ConfigError("give a NAME", hint="e.g. newsprism speaker 'Jane Doe'"))
    from ..trace.mentions import ClaimMention

    try:
        with _open(db) as lib:
            link_stored(lib)
            appearances = tracing.speaker_timeline(lib.conn, name)
            # what the article's reader lists as uncertain is marked "NAME?", as on the web page
            unsure = _unsure(lib, appearances)
            fixed = corrected_mentions(lib, appearances)
    except NewsprismError as error:
        raise fail(error) from None
    if as_json:
        rows = mark_appearances([appearance_json(a, unsure) for a in appearances], fixed)
        write_output(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
        return
    if not appearances:
        typer.echo(f"nothing attributed to {name} in the library", err=True)
        raise typer.Exit(1)
    for a in appearances:
        kind = "claim" if isinstance(a.mention, ClaimMention) else "quote"
        who = a.attributed_to
        if (kind, a.mention.source.article_id, a.item_id) in unsure:
            who = f"uncertain: {who}?"
        what = fixed.get((kind, a.mention.source.article_id, a.item_id))
        if what is not None:
            who = f"{who} ({mark_text(what)})"
        # two figures of one sentence gave two identical lines: a claim names its figure
        figure = (
            f"{_figure_as_written(a.mention)} — " if isinstance(a.mention, ClaimMention) else ""
        )
        typer.echo(
            f"{a.when or '(no date)':<10}  {a.mention.source.site or NO_OUTLET:<22} {who}: "
            f"{figure}{_quoted(a.words)}"
        )
