"""The FastAPI application: HTML pages (``pages``) and the JSON API (``api``) over one library.

Writes go through one lock, so the web app is a single writer; the CLI's ``add`` running at the
same time waits on SQLite's busy timeout rather than failing (see ``library.db``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import (
    ArticleNotFoundError,
    FeedNotFoundError,
    FetchError,
    InputError,
    NewsprismError,
    NoArticleTextError,
    StoryNotFoundError,
)
from ..library import Library
from .security import HEADERS, make_middleware

#: upload and pasted-text limits (a saved page is rarely more than a few MB)
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_URL_LENGTH = 2048


@dataclass
class WebConfig:
    db: Path | str | None = None
    token: str | None = None
    allow_private: bool = False
    #: run the analysis stages on articles added through the web
    analyse: bool = True
    #: speech engine for Listen (None: piper for English when installed, else espeak-ng)
    speech_engine: str | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)


def create_app(
    db: Path | str | None = None,
    *,
    token: str | None = None,
    allow_private: bool = False,
    analyse: bool = True,
    speech_engine: str | None = None,
) -> FastAPI:
    config = WebConfig(
        db=db,
        token=token,
        allow_private=allow_private,
        analyse=analyse,
        speech_engine=speech_engine,
    )
    library = Library.open(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        library.close()

    app = FastAPI(
        title="newsprism",
        version=__version__,
        lifespan=lifespan,
        description="The JSON API of the newsprism web reader: articles, search, speakers, quotes, claims.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.config = config
    app.state.library = library
    app.middleware("http")(make_middleware(token))
    static = resources.files("newsprism.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    from . import api, pages, stories

    @app.get("/assets/article.css", include_in_schema=False)
    def article_css() -> Response:
        # the article typography is shared with the self-contained HTML page
        css = resources.files("newsprism").joinpath("templates/article.css").read_text("utf-8")
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    app.include_router(api.router)
    app.include_router(stories.router)
    app.include_router(pages.router)

    @app.exception_handler(NewsprismError)
    async def newsprism_error(request: Request, exc: NewsprismError) -> JSONResponse:
        status = 400
        if isinstance(exc, ArticleNotFoundError | StoryNotFoundError | FeedNotFoundError):
            status = 404
        elif isinstance(exc, NoArticleTextError):
            status = 422
        elif isinstance(exc, FetchError):
            status = 502
        elif not isinstance(exc, InputError):
            status = 500
        if request.headers.get("hx-request") or "text/html" in request.headers.get("accept", ""):
            from .pages import error_page

            return error_page(request, exc, status)  # type: ignore[return-value]
        return JSONResponse(exc.to_dict(), status_code=status, headers=HEADERS)

    return app
