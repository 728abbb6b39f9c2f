"""Claim and speaker pages, as HTML and JSON: a trace's timeline with its flags and a chart of
the figure where it changed, everything one person is quoted as saying, and the decisions a
reader takes on two mentions ("the same" / "not the same").

``/trace/{claim|quote}/{article}/{item}`` leads from a figure or a quote in the reader to its
trace.  Articles are linked as they are stored; a backlog (a library from an older newsprism)
is linked a bounded slice per request, and the page says how many articles still wait.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from ..errors import ConfigError, TraceNotFoundError
from ..library.corrections import (
    Marked,
    corrected_article,
    corrected_mentions,
    mark_appearances,
    mark_text,
)
from . import service
from .pages import page
from .security import check_form_token

router = APIRouter()


def _conn(request: Request) -> Any:
    service.catch_up(request)
    return service.library(request).conn


def _find(request: Request, figure: str | None, quote: str | None) -> list[int]:
    from ..trace.index import traces_with_quote, traces_with_value
    from ..trace.search import figure_values

    conn = _conn(request)
    if quote:
        return traces_with_quote(conn, quote)
    if figure:
        return traces_with_value(conn, figure_values(figure))
    return []


@router.get("/api/traces", tags=["api"], summary="Traces holding a figure or a quote")
def api_traces(
    request: Request,
    figure: str | None = Query(None, max_length=200),
    quote: str | None = Query(None, max_length=2000),
) -> list[dict[str, Any]]:
    from ..trace import timeline, to_json

    conn = service.library(request).conn
    found = [timeline(conn, t) for t in _find(request, figure, quote)]
    return [
        mark_appearances(
            to_json(tl, _uncertain(request, tl.appearances)), _fixed(request, tl.appearances)
        )
        for tl in found
    ]


@router.get("/api/traces/{trace_id}", tags=["api"], summary="One trace: timeline and flags")
def api_trace(request: Request, trace_id: int) -> dict[str, Any]:
    from ..trace import timeline, to_json

    tl = timeline(_conn(request), trace_id)
    marked: dict[str, Any] = mark_appearances(
        to_json(tl, _uncertain(request, tl.appearances)), _fixed(request, tl.appearances)
    )
    return marked


@router.get(
    "/api/traces/{trace_id}/claim-review",
    tags=["api"],
    summary="One trace as schema.org ClaimReview JSON-LD",
)
def api_claim_review(request: Request, trace_id: int) -> JSONResponse:
    from ..trace import timeline, to_claim_review
    from ..trace.timeline import speaker_kinds

    tl = timeline(_conn(request), trace_id)
    lib = service.library(request)
    kinds: dict[tuple[str, int, int], str] = {}
    for article_id in {a.mention.source.article_id for a in tl.appearances}:
        kinds |= speaker_kinds(article_id, corrected_article(lib, article_id)[0])
    review = to_claim_review(tl, _uncertain(request, tl.appearances), kinds)
    return JSONResponse(review, media_type="application/ld+json")


@router.get(
    "/api/speakers/{name:path}", tags=["api"], summary="Everything attributed to one person"
)
def api_speaker(request: Request, name: str) -> list[dict[str, Any]]:
    from ..trace.timeline import appearance_json, speaker_timeline

    appearances = speaker_timeline(_conn(request), name)
    unsure = _uncertain(request, appearances)
    rows = [appearance_json(a, unsure) for a in appearances]
    marked: list[dict[str, Any]] = mark_appearances(rows, _fixed(request, appearances))
    return marked


@router.get("/trace/{kind}/{article_id}/{item_id}", include_in_schema=False)
def trace_of_mention(
    request: Request, kind: str, article_id: int, item_id: int
) -> RedirectResponse:
    from ..trace.index import trace_of

    if kind not in ("claim", "quote"):
        raise ConfigError(f"no {kind!r} mentions", hint="use /trace/claim/… or /trace/quote/…")
    trace_id = trace_of(_conn(request), kind, article_id, item_id)
    if trace_id is None:
        raise TraceNotFoundError(f"{kind} {item_id} of article {article_id} is in no trace")
    return RedirectResponse(f"/traces/{trace_id}", status_code=303)


@router.get("/traces", response_class=HTMLResponse, include_in_schema=False)
def traces_page(
    request: Request,
    figure: str | None = Query(None, max_length=200),
    quote: str | None = Query(None, max_length=2000),
) -> HTMLResponse:
    from ..trace import timeline

    conn = service.library(request).conn
    found = [timeline(conn, t) for t in _find(request, figure, quote)] if figure or quote else []
    return page(request, "traces.html.j2", timelines=found, figure=figure or "", quote=quote or "")


@router.get("/traces/{trace_id}", response_class=HTMLResponse, include_in_schema=False)
def trace_page(request: Request, trace_id: int) -> HTMLResponse:
    from ..trace import timeline
    from ..trace.chart import value_chart

    tl = timeline(_conn(request), trace_id)
    # the page named a guessed speaker plainly, where the article and the speaker page mark it
    return page(
        request,
        "trace.html.j2",
        tl=tl,
        chart=value_chart(tl),
        uncertain=_uncertain(request, tl.appearances),
        corrected=_marks(request, tl.appearances),
    )


@router.post("/traces/{trace_id}/decide", include_in_schema=False)
def decide_page(
    request: Request,
    trace_id: int,
    csrf: str = Form(""),
    kind: str = Form(...),
    a: str = Form(...),
    b: str = Form(...),
    same: str = Form(...),
) -> RedirectResponse:
    from ..trace import decide
    from ..trace.search import mention_ref

    check_form_token(request, csrf)
    if kind not in ("claim", "quote"):
        raise ConfigError("kind is claim or quote")
    conn = service.library(request).conn
    with service.config(request).write_lock:
        decide(conn, kind, mention_ref(a), mention_ref(b), same=same == "yes")
    return RedirectResponse(f"/traces/{trace_id}", status_code=303)


@router.get("/speakers/{name:path}", response_class=HTMLResponse, include_in_schema=False)
def speaker_page(request: Request, name: str) -> HTMLResponse:
    from ..trace.timeline import speaker_timeline

    appearances = speaker_timeline(_conn(request), name)
    return page(
        request,
        "speaker.html.j2",
        speaker=name,
        shown=_shown_name(name, appearances),
        appearances=appearances,
        uncertain=_uncertain(request, appearances),
        corrected=_marks(request, appearances),
    )


def _shown_name(name: str, appearances: list[Any]) -> str:
    """The name the page is headed with: the name as the articles give it, when the one asked
    for is none of them (a Russian name asked in another case, «Набиуллиной», headed the page
    "Attributed to Набиуллиной" above rows that say «Эльвира Набиуллина»)."""
    names = Counter(str(a.attributed_to) for a in appearances if a.attributed_to)
    if not names or name.strip().casefold() in {n.casefold() for n in names}:
        return name
    return names.most_common(1)[0][0]


def _uncertain(request: Request, appearances: list[Any]) -> set[tuple[str, int, int]]:
    """(kind, article, item) of the appearances the article's reader lists under "Uncertain
    attributions": the speaker page showed them as plainly this person's words."""
    from ..render.who_said_what import uncertain_items

    lib = service.library(request)
    return {
        (kind, article_id, item)
        for article_id in {a.mention.source.article_id for a in appearances}
        for kind, item in uncertain_items(corrected_article(lib, article_id)[0])
    }


def _fixed(request: Request, appearances: list[Any]) -> Marked:
    """The appearances a reader corrected, by (kind, article, item): a quote given another
    speaker (listed under it: the trace links the corrected article), a quote that is none, a
    figure marked wrong."""
    return corrected_mentions(service.library(request), appearances)


def _marks(request: Request, appearances: list[Any]) -> dict[tuple[str, int, int], str]:
    """What the pages print beside each corrected appearance ("corrected by a reader: …")."""
    return {key: mark_text(what) for key, what in _fixed(request, appearances).items()}
