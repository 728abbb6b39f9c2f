"""What the pages and the API both do: add an article from a URL, an upload or pasted text."""

from __future__ import annotations

import logging

from starlette.requests import Request

from ..article import Article
from ..budget import time_budget
from ..errors import InputError, ModelMissingError, PrivateAddressError, as_newsprism_error
from ..library import Library
from .app import MAX_UPLOAD_BYTES, MAX_URL_LENGTH, WebConfig

log = logging.getLogger("newsprism.web")


def library(request: Request) -> Library:
    lib: Library = request.app.state.library
    return lib


def config(request: Request) -> WebConfig:
    cfg: WebConfig = request.app.state.config
    return cfg


def add_article(
    request: Request,
    *,
    url: str | None = None,
    data: bytes | None = None,
    text: str | None = None,
    name: str = "upload",
) -> int:
    """Read, analyse and store one article; return its id.  Exactly one of url/data/text.

    The work runs under the configured time budget, so that one page cannot hold a worker; any
    failure, a bug included, reaches the caller as a newsprism error.
    """
    cfg = config(request)
    try:
        with time_budget(cfg.timeout, "the article"):
            article = _read(cfg, url=url, data=data, text=text, name=name)
    except PrivateAddressError as exc:
        # its hint names the CLI's flag and Python's argument; here it is the server's option
        raise PrivateAddressError(
            exc.message,
            hint="the server fetches private, loopback and link-local addresses only when "
            "started with 'newsprism serve --allow-private'",
        ) from None
    except Exception as exc:  # noqa: BLE001 - translated for the error handler
        error = as_newsprism_error(exc)
        if error is exc:
            raise
        raise error from exc
    with cfg.write_lock:
        lib = library(request)
        article_id = lib.add(article, link=False)  # linked below, its failure logged
        _link(lib, article_id, article)
        return article_id


def _link(lib: Library, article_id: int, article: Article) -> None:
    """Link a stored article into the traces and its story now, so no page pays for it later
    (a failure is recorded and logged; the article stays stored)."""
    from ..linking import failures_line, link_articles

    warning = failures_line(link_articles(lib, [(article_id, article)]))
    if warning:
        log.warning(warning)


def _read(
    cfg: WebConfig, *, url: str | None, data: bytes | None, text: str | None, name: str
) -> Article:
    from ..api import read_document
    from ..library.ingest import default_process
    from ..sources import decode, load
    from ..walls import refuse_wall

    given = [
        what
        for what, there in (
            ("a URL", bool(url and url.strip())),
            ("a file", data is not None),
            ("pasted text", bool(text and text.strip())),
        )
        if there
    ]
    if len(given) > 1:
        # reading one and dropping the other without a word left a reader wondering where the
        # pasted text went: which one was meant is theirs to say
        raise InputError(
            f"the form holds {' and '.join(given)}: newsprism adds one article at a time",
            hint="clear the ones you do not mean and add again "
            "(to keep pasted text, leave the URL field empty)",
        )
    if url:
        url = url.strip()
        if len(url) > MAX_URL_LENGTH:
            raise InputError(
                "the URL is too long", hint=f"URLs may have at most {MAX_URL_LENGTH} characters"
            )
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(
                f"{url!r} is not an http(s) URL",
                hint="paste the article's address, starting with https://",
            )
        doc = load(url, allow_private=cfg.allow_private)
    elif data is not None:
        if len(data) > MAX_UPLOAD_BYTES:
            raise InputError("the file is more than 20 MB", hint="upload just the article page")
        doc = decode(data, source=name)
    elif text is not None and text.strip():
        # JSON may carry a lone surrogate ("\ud800"), which UTF-8 cannot hold: it becomes U+FFFD
        # (as a broken byte of a saved page does) instead of failing the whole paste
        pasted = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")
        if len(pasted) > MAX_UPLOAD_BYTES:
            raise InputError("the text is more than 20 MB", hint="paste just the article")
        doc = decode(pasted, source="pasted text")
    else:
        raise InputError("nothing to add", hint="give a URL, a file or the article's text")
    article: Article = read_document(doc)
    refuse_wall(article, doc, storing=True)  # a URL that gave a bot check or a consent wall
    if cfg.analyse:
        article = default_process(article)  # as `add` analyses what it stores
    return article


def translate_article(request: Request, article_id: int, to: str = "en") -> None:
    """Run the translate stage on a stored article and store the result in its place."""
    from ..pipeline import get_stage

    lib = library(request)
    article = lib.get(article_id)
    try:
        translated = get_stage("translate").configure(to=to)(article)
    except ModelMissingError as exc:
        # the stage's message is the CLI's ("the other stages still run"): in the reader it
        # only matters that this computer has no model for the pair, and how to install one
        source = article.language or "this language"
        raise ModelMissingError(
            f"no {source}→{to} translation model is installed on this computer", hint=exc.hint
        ) from None
    with config(request).write_lock:
        _link(lib, lib.add(translated, link=False), translated)


def catch_up(request: Request) -> None:
    """Link a slice of what waits (a library from an older newsprism, a relinking migration):
    at most ``linking.VIEW_SECONDS`` per request, so a page never hangs silently; how many
    articles still wait goes to the page (``request.state.linking_left``).

    A slice per request rather than a background thread: the library's one connection and its
    write lock stay with the request that holds them, nothing runs after the server is asked to
    stop, and every visit moves the backlog on."""
    from ..linking import VIEW_SECONDS, failures_line, link_pending

    lib = library(request)
    with config(request).write_lock:
        report = link_pending(lib, seconds=VIEW_SECONDS)
    request.state.linking_left = report.remaining
    warning = failures_line(report)
    if warning:
        log.warning(warning)
