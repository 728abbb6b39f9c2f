"""HTML pages: the library (list, search, filters, add) and the reader."""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from ..article import Article
from ..errors import InputError, NewsprismError
from ..library.corrections import (
    add_correction,
    correction_marks,
    corrections,
    reader_speakers,
    remove_correction,
)
from ..library.provenance import provenance
from ..library.search import parse
from ..render.html import block_views, environment
from ..render.markdown import metadata_line
from ..urls import safe_url
from . import service
from .security import CSP, check_form_token, csrf_token, sanitize

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 30


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    # the web templates first, then the package's article templates (blocks, feature partials)
    base = environment()
    assert base.loader is not None
    env = base.overlay(
        loader=jinja2.ChoiceLoader(
            [jinja2.PackageLoader("newsprism.web", "templates"), base.loader]
        )
    )
    env.filters["marks"] = marks
    env.filters["as_written"] = _as_written
    env.filters["figure_value"] = _figure_value
    return env


def _figure_value(report: dict[str, Any]) -> str:
    from ..stories.view import figure_value

    return figure_value(report)


def _as_written(mention: Any) -> str:
    """A figure's words, with the unit a bare number leaves out ("25 (minute)")."""
    from ..trace.chart import figure_as_written

    return figure_as_written(mention.text, mention.unit)


def marks(snippet: str | None) -> Markup:
    """Search snippets mark matches with [brackets]; escape, then turn those into <mark>."""
    escaped = str(escape(snippet or ""))
    return Markup(re.sub(r"\[([^\[\]]+)\]", r"<mark>\1</mark>", escaped))


def page(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    # articles still waiting to be linked (set by service.catch_up): base.html.j2 says so
    context.setdefault("linking_left", getattr(request.state, "linking_left", 0))
    html = (
        templates().get_template(name).render(request=request, csrf=csrf_token(request), **context)
    )
    return HTMLResponse(
        html, status_code=status, headers={"Content-Security-Policy": csp_for(html)}
    )


_INLINE = re.compile(
    r"<(script|style)(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</\1>", re.S
)


def csp_for(html: str) -> str:
    """The strict policy, plus the hash of each inline script or style our templates put in.

    The feature templates shared with the self-contained page (the player) carry inline code;
    allowing exactly that code by its hash keeps every other inline script out.  Article text
    never reaches these elements: it is escaped, then sanitised.
    """
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for m in _INLINE.finditer(html):
        digest = base64.b64encode(hashlib.sha256(m.group(2).encode("utf-8")).digest()).decode(
            "ascii"
        )
        hashes[m.group(1)].append(f"'sha256-{digest}'")
    policy = CSP
    if hashes["script"]:
        policy = policy.replace(
            "script-src 'self'", "script-src 'self' " + " ".join(hashes["script"])
        )
    if hashes["style"]:
        policy = policy.replace("style-src 'self'", "style-src 'self' " + " ".join(hashes["style"]))
    return policy


def error_page(request: Request, error: NewsprismError, status: int) -> HTMLResponse:
    if request.headers.get("hx-request"):
        return page(request, "_error.html.j2", status=status, error=error)
    return page(request, "error.html.j2", status=status, error=error)


def check_form_csrf(request: Request, token: str | None) -> None:
    check_form_token(request, token)


@router.get("/", response_class=HTMLResponse)
def library_page(request: Request, q: str = "", page_no: int = 0) -> HTMLResponse:
    lib = service.library(request)
    error = None
    try:
        query = parse(q)
        items = lib.search(query, limit=PAGE_SIZE, offset=page_no * PAGE_SIZE)
    except NewsprismError as exc:
        items, error = [], exc
    context: dict[str, Any] = {
        "q": q,
        "items": items,
        "error": error,
        "total": lib.count(),
        "page_no": page_no,
        "page_size": PAGE_SIZE,
    }
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return page(request, "_results.html.j2", **context)
    return page(request, "library.html.j2", facets=lib.facets(), **context)


@router.post("/add")
async def add_page(
    request: Request,
    url: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    csrf: Annotated[str | None, Form()] = None,
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    check_form_csrf(request, csrf)
    data = None
    name = "upload"
    if file is not None and file.filename:
        from .app import MAX_UPLOAD_BYTES

        data = await file.read(MAX_UPLOAD_BYTES + 1)
        name = file.filename
    from starlette.concurrency import run_in_threadpool

    article_id = await run_in_threadpool(
        service.add_article, request, url=url or None, data=data, text=text or None, name=name
    )
    target = f"/articles/{article_id}"
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


@router.post("/articles/{article_id}/delete")
def delete_page(
    request: Request, article_id: int, csrf: Annotated[str | None, Form()] = None
) -> Response:
    check_form_csrf(request, csrf)
    with service.config(request).write_lock:
        service.library(request).remove(article_id)
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": "/"})
    return RedirectResponse("/", status_code=303)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader_page(request: Request, article_id: int) -> HTMLResponse:
    from .listen import cached_timings

    article = service.library(request).get(article_id)  # (an id out of range: 404, here)
    found = corrections(service.library(request), article_id)
    # a quote whose speaker a reader corrected is shown under that speaker, marked (as every
    # other view and export shows it)
    article, _ = reader_speakers(article, found)
    # without script the page offers the whole cached narration in the browser's own player
    has_audio = cached_timings(article, service.config(request).speech_engine) is not None
    return page(
        request,
        "reader.html.j2",
        article=article,
        article_id=article_id,
        body=article_body(article),
        views=block_views(article),  # the translation template pairs blocks with their translation
        meta=metadata_line(article),
        source_url=safe_url(article.metadata.url),
        has_highlights=any(s.highlight for s in article.sentences),
        audio_url=f"/api/articles/{article_id}/audio" if has_audio else None,
        origins=provenance(service.library(request), article_id),
        # the texts it had before an outlet's corrections, each with its word diff (the template
        # escapes every piece: article text never reaches the page as markup)
        revisions=_revisions(service.library(request), article_id),
        extra={
            "correct_url": f"/articles/{article_id}/corrections",
            # each quote and figure leads to its trace across outlets (web/trace.py)
            "trace_url": f"/trace/{{kind}}/{article_id}/{{id}}",
            "corrected": correction_marks(found),
        },
    )


@router.post("/articles/{article_id}/corrections")
def correction_page(
    request: Request,
    article_id: int,
    kind: Annotated[str, Form()] = "",
    item: Annotated[int, Form()] = -1,
    correct: Annotated[str, Form()] = "",
    csrf: Annotated[str | None, Form()] = None,
) -> Response:
    """A reader's "this is wrong": kept in the library, shown on the page from then on."""
    check_form_csrf(request, csrf)
    with service.config(request).write_lock:
        fix = add_correction(service.library(request), article_id, kind, item, correct)
    if request.headers.get("hx-request"):
        return page(request, "_corrected.html.j2", fix=fix)
    return RedirectResponse(f"/articles/{article_id}#who-said-what", status_code=303)


@router.post("/articles/{article_id}/corrections/{correction_id}/delete")
def undo_correction_page(
    request: Request,
    article_id: int,
    correction_id: int,
    csrf: Annotated[str | None, Form()] = None,
) -> Response:
    """Undo a reader's correction (there was no way to take one back but editing the file)."""
    check_form_csrf(request, csrf)
    with service.config(request).write_lock:
        remove_correction(service.library(request), correction_id, article_id)
    return RedirectResponse(f"/articles/{article_id}#who-said-what", status_code=303)


@router.post("/articles/{article_id}/listen")
async def listen_page(
    request: Request, article_id: int, csrf: Annotated[str | None, Form()] = None
) -> Response:
    """Without script: synthesise the whole narration (once), then show the page with it.

    With script the page streams the narration instead (``static/listen.js``, the JSON API's
    ``/narration``), so this waits only for readers whose browser runs no script.
    """
    from starlette.concurrency import run_in_threadpool

    from .listen import ensure_narration

    check_form_csrf(request, csrf)
    article = service.library(request).get(article_id)
    await run_in_threadpool(ensure_narration, article, service.config(request).speech_engine)
    return RedirectResponse(f"/articles/{article_id}#listen", status_code=303)


@router.post("/articles/{article_id}/translate")
async def translate_page(
    request: Request,
    article_id: int,
    csrf: Annotated[str | None, Form()] = None,
    to: Annotated[str, Form()] = "en",
) -> Response:
    """Translate the article with the installed model and store the translation: into
    ``to``, which the page sets to Russian for an English article and to English otherwise
    (English and Russian first; the reader offered English only before)."""
    from starlette.concurrency import run_in_threadpool

    check_form_csrf(request, csrf)
    if not re.fullmatch(r"[a-z]{2,3}", to):
        raise InputError(
            f"cannot translate into {to[:20]!r}: give the language as its code",
            hint="e.g. to=en or to=ru",
        )
    await run_in_threadpool(service.translate_article, request, article_id, to)
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Refresh": "true"})
    return RedirectResponse(f"/articles/{article_id}#translation", status_code=303)


def _revisions(lib: Any, article_id: int) -> list[Any]:
    from ..library.revisions import revision_count, revisions

    return revisions(lib, article_id) if revision_count(lib, article_id) > 1 else []


def article_body(article: Article) -> Markup:
    """The article's blocks as HTML, built from plain text and then sanitised with nh3."""
    html = (
        templates()
        .get_template("_blocks.html.j2")
        .render(article=article, views=block_views(article))
    )
    return Markup(sanitize(html))
