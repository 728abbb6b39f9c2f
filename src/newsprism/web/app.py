"""The FastAPI application: HTML pages (``pages``) and the JSON API (``api``) over one library.

Writes go through one lock, so the web app is a single writer; the CLI's ``add`` running at the
same time waits on SQLite's busy timeout rather than failing (see ``library.db``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..budget import DEFAULT_SECONDS
from ..errors import (
    ArticleNotFoundError,
    BudgetExceededError,
    ConfigError,
    CSRFError,
    EngineMissingError,
    FeedNotFoundError,
    FetchError,
    InputError,
    ModelMissingError,
    NewsprismError,
    NoArticleTextError,
    PageNotFoundError,
    PrivateAddressError,
    StoryNotFoundError,
    TraceNotFoundError,
    UploadTooLargeError,
    as_newsprism_error,
)
from ..library import Library
from ..threads import one_blas_thread_for_process
from .security import HEADERS, host_allowed, make_middleware

#: upload and pasted-text limits (a saved page is rarely more than a few MB)
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_URL_LENGTH = 2048
#: a request body may hold a 20 MB upload plus its multipart wrapping; larger ones are refused
#: (413) as they arrive, before they are written anywhere
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024


@dataclass
class WebConfig:
    db: Path | str | None = None
    token: str | None = None
    allow_private: bool = False
    #: run the analysis stages on articles added through the web
    analyse: bool = True
    #: speech engine for Listen (None: piper for English when installed, else espeak-ng)
    speech_engine: str | None = None
    #: seconds one article added through the web may take (None: no limit)
    timeout: float | None = DEFAULT_SECONDS
    write_lock: threading.Lock = field(default_factory=threading.Lock)


def create_app(
    db: Path | str | None = None,
    *,
    token: str | None = None,
    allow_private: bool = False,
    analyse: bool = True,
    speech_engine: str | None = None,
    allowed_hosts: Iterable[str] = (),
    timeout: float | None = DEFAULT_SECONDS,
) -> FastAPI:
    """The web reader over the library at ``db``.

    ``allowed_hosts``: host names besides the loopback ones that requests may name in ``Host``.
    """
    # a server's process: no OpenBLAS pool spinning between requests' small products (threads)
    one_blas_thread_for_process()
    config = WebConfig(
        db=db,
        token=token,
        allow_private=allow_private,
        analyse=analyse,
        speech_engine=speech_engine,
        timeout=timeout,
    )
    library = Library.open(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        library.close()

    app = _App(
        title="newsprism",
        version=__version__,
        lifespan=lifespan,
        description="The JSON API of the newsprism web reader: articles, search, speakers, quotes, claims.",
        # Swagger UI loads its script from a CDN, which the CSP forbids (and which would tell a
        # third party that you read): /api/docs is a page of our own, see api_docs.py
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        max_body_size=MAX_BODY_BYTES,
        # Starlette caps a form's text field at 1 MB; pasted text may be as large as a file
        form_limits={"max_part_size": MAX_UPLOAD_BYTES},
    )
    app.state.config = config
    app.state.allowed_hosts = frozenset(
        h.strip().lower().strip("[]") for h in allowed_hosts if h.strip()
    )
    app.state.library = library
    app.middleware("http")(make_middleware(token, allowed_hosts))
    static = resources.files("newsprism.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    from . import api, api_docs, pages, stories, trace

    @app.get("/assets/article.css", include_in_schema=False)
    def article_css() -> Response:
        # the article typography is shared with the self-contained HTML page
        css = resources.files("newsprism").joinpath("templates/article.css").read_text("utf-8")
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    app.include_router(api.router)
    app.include_router(stories.router)
    app.include_router(trace.router)
    app.include_router(api_docs.router)
    app.include_router(pages.router)

    @app.exception_handler(NewsprismError)
    async def newsprism_error(request: Request, exc: NewsprismError) -> Response:
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        # a bad query value or form field: one line that names it, as a page in a browser (it
        # was FastAPI's bare JSON list there), the same 422 for API clients
        return error_response(request, invalid_input(exc))

    @app.exception_handler(StarletteHTTPException)
    async def no_such_page(request: Request, exc: StarletteHTTPException) -> Response:
        # an address that names no page showed a browser FastAPI's bare {"detail":"Not Found"};
        # API clients keep that answer
        if exc.status_code == 404 and "text/html" in request.headers.get("accept", ""):
            return error_response(request, PageNotFoundError(f"no page at {request.url.path}"))
        return await http_exception_handler(request, exc)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # a bug: the user gets the one-line InternalError, not a bare "Internal Server Error"
        return error_response(request, as_newsprism_error(exc))

    return app


class _App(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        return _UploadTooLargePage(super().build_middleware_stack())


class _UploadTooLargePage:
    """A request whose Content-Length is past the limit gets our error page (or JSON), 413.

    FastAPI's body limit, outside every middleware of ours, answers it with a bare "Content
    Too Large" (and replaces any answer of ours): a browser's add form showed that line alone,
    with no limit and nothing to do.  The body is not read.

    A body sent without a length (chunked) is read here first, up to the limit, and handed on
    whole; past the limit it gets the same page.  Reading it inside the app instead would raise
    the limit's error inside our CSRF middleware, where no handler of ours answers it.  Browsers
    send a length with every form and fetch, so this holds at most one body of the limit's size
    per chunked request (an API client's), which the app would hold anyway.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = Headers(scope=scope).get("content-length", "")
            request = Request(scope, receive)
            ours = host_allowed(request.headers.get("host", ""), request.app.state.allowed_hosts)
            if ours and length.isdigit() and int(length) > MAX_BODY_BYTES:
                await self._refuse(request, scope, receive, send, int(length), "")
                return
            if ours and not length and scope.get("method") in ("POST", "PUT", "PATCH"):
                chunks: list[bytes] = []
                size = 0
                while True:
                    message = await receive()
                    if message["type"] != "http.request":
                        return  # the client went away
                    chunks.append(message.get("body", b""))
                    size += len(chunks[-1])
                    if size > MAX_BODY_BYTES:
                        await self._refuse(request, scope, receive, send, size, "at least ")
                        return
                    if not message.get("more_body", False):
                        break
                replayed = False

                async def replay() -> Message:
                    nonlocal replayed
                    if replayed:
                        return await receive()  # a disconnect, when the client leaves
                    replayed = True
                    return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

                await self.app(scope, replay, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(
        request: Request, scope: Scope, receive: Receive, send: Send, size: int, bound: str
    ) -> None:
        error = UploadTooLargeError(
            f"the upload is {bound}{size / 2**20:.1f} MB, more than the "
            f"{MAX_UPLOAD_BYTES // 2**20} MB limit"
        )
        response = error_response(request, error)
        for name, value in HEADERS.items():  # our middleware, which adds them, is inside
            response.headers.setdefault(name, value)
        await response(scope, receive, send)


class InvalidRequestError(InputError):
    """A query value or field the route does not take (FastAPI's validation failed)."""

    hint = "check the address or the form; /api/docs lists every parameter and its values"


def invalid_input(exc: RequestValidationError) -> InvalidRequestError:
    problems = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "the request"
        problems.append(f"{where}: {error.get('msg', 'invalid')}")
    return InvalidRequestError("invalid request — " + "; ".join(problems))


def http_status(exc: NewsprismError) -> int:
    from ..library.search import QueryError

    if isinstance(exc, InvalidRequestError):
        return 422
    if isinstance(exc, UploadTooLargeError):
        return 413
    if isinstance(exc, PrivateAddressError):
        return 400  # the address asked for is refused: the request's fault, not a bad gateway
    if isinstance(
        exc,
        ArticleNotFoundError
        | StoryNotFoundError
        | FeedNotFoundError
        | TraceNotFoundError
        | PageNotFoundError,
    ):
        return 404
    if isinstance(exc, CSRFError):
        return 403
    if isinstance(exc, NoArticleTextError):
        return 422
    if isinstance(exc, FetchError):
        return 502
    if isinstance(exc, ModelMissingError | EngineMissingError):
        return 503  # nothing is wrong with the request or the code: this computer lacks a part
    if isinstance(exc, BudgetExceededError):
        return 422
    if isinstance(exc, InputError | QueryError | ConfigError):
        return 400
    return 500


def error_response(request: Request, exc: NewsprismError) -> Response:
    status = http_status(exc)
    if request.headers.get("hx-request") or "text/html" in request.headers.get("accept", ""):
        from .pages import error_page

        return error_page(request, exc, status)
    return JSONResponse(exc.to_dict(), status_code=status, headers=HEADERS)
