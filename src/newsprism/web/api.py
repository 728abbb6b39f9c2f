"""The JSON API, mirroring the Python API: articles, search, speakers, quotes, claims."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel

from ..errors import ArticleNotFoundError
from ..library.store import MAX_INTEGER
from . import service

router = APIRouter(prefix="/api", tags=["api"])

#: an offset past SQLite's largest integer is answered 422 by validation, not 500 by the driver
Offset = Query(0, ge=0, le=MAX_INTEGER)


class AddRequest(BaseModel):
    url: str | None = None
    text: str | None = None


class Added(BaseModel):
    id: int
    href: str


@router.get("/articles", summary="List articles, newest first, or search them with q")
def list_articles(
    request: Request,
    q: str | None = None,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Offset,
) -> list[dict[str, Any]]:
    lib = service.library(request)
    items = (
        lib.search(q, limit=limit, offset=offset)
        if q
        else lib.list_articles(limit=limit, offset=offset)
    )
    return [i.to_dict() for i in items]


@router.get(
    "/search", summary="Full-text search with field operators (site: lang: speaker: before: after:)"
)
def search(
    request: Request, q: str, limit: int = Query(20, ge=1, le=500), offset: int = Offset
) -> list[dict[str, Any]]:
    return [h.to_dict() for h in service.library(request).search(q, limit=limit, offset=offset)]


@router.post(
    "/articles", status_code=201, summary="Add an article by URL or text (send the CSRF header)"
)
def add(request: Request, body: AddRequest) -> Added:
    article_id = service.add_article(request, url=body.url, text=body.text)
    return Added(id=article_id, href=f"/articles/{article_id}")


@router.get(
    "/articles/{article_id}",
    summary="One article in the newsprism.article/1 JSON format, as its readers corrected it "
    "(each corrected quote and figure marked corrected_by_reader, what newsprism said in "
    "analysed, the corrections in corrections), the same JSON as 'export -f json'",
)
def article(request: Request, article_id: int) -> dict[str, Any]:
    from ..library.corrections import stored_article_json

    return stored_article_json(service.library(request), article_id)


@router.get(
    "/articles/{article_id}/revisions",
    summary="Every text the article has had, oldest first, with what changed word by word",
)
def revisions(request: Request, article_id: int) -> dict[str, Any]:
    import json

    from ..library.revisions import revisions_json

    data: dict[str, Any] = json.loads(revisions_json(service.library(request), article_id))
    return data


@router.delete("/articles/{article_id}", status_code=204, summary="Remove an article")
def remove(request: Request, article_id: int) -> None:
    with service.config(request).write_lock:
        service.library(request).remove(article_id)


@router.get("/articles/{article_id}/speakers")
def speakers(request: Request, article_id: int) -> list[dict[str, Any]]:
    return [
        s | {"id": s.pop("speaker_id")}
        for s in service.library(request).speakers(article_id=article_id)
    ]


@router.get(
    "/articles/{article_id}/quotes", summary="The article's quotes, readers' marks included"
)
def quotes(request: Request, article_id: int) -> list[dict[str, Any]]:
    return _marked(request, article_id, "quotes")


@router.get(
    "/articles/{article_id}/claims", summary="The article's figures, readers' marks included"
)
def claims(request: Request, article_id: int) -> list[dict[str, Any]]:
    return _marked(request, article_id, "claims")


def _marked(request: Request, article_id: int, key: str) -> list[dict[str, Any]]:
    # the rows hold the corrected speakers already; the marks come from the article's JSON
    from ..library.corrections import marked_rows, stored_article_json

    lib = service.library(request)
    data = stored_article_json(lib, article_id)  # 404 for an unknown article
    rows = lib.quotes(article_id) if key == "quotes" else lib.claims(article_id)
    return marked_rows(rows, data, key)


# Synthesis costs minutes of CPU and fills the cache: it is a state change, so it is a POST
# (CSRF-checked like every other); GET only serves a narration that exists, so that an <audio>
# element or a link on another site cannot start one.


@router.post(
    "/articles/{article_id}/audio",
    status_code=201,
    summary="Synthesise the narration (once; later calls find it cached; send the CSRF header)",
)
def make_audio(request: Request, article_id: int) -> dict[str, str]:
    from .listen import ensure_narration

    ensure_narration(
        service.library(request).get(article_id), service.config(request).speech_engine
    )
    return {
        "audio": f"/api/articles/{article_id}/audio",
        "timings": f"/api/articles/{article_id}/timings",
    }


@router.get("/articles/{article_id}/audio", summary="The narration (Ogg Opus), once synthesised")
def audio(request: Request, article_id: int) -> FileResponse:
    from .listen import audio_path

    article = service.library(request).get(article_id)
    _narrated(request, article_id)
    return FileResponse(
        audio_path(article, service.config(request).speech_engine), media_type="audio/ogg"
    )


@router.get(
    "/articles/{article_id}/timings", summary="Per-sentence timings of the narration, in seconds"
)
def timings(request: Request, article_id: int) -> list[dict[str, Any]]:
    return _narrated(request, article_id)


def _narrated(request: Request, article_id: int) -> list[dict[str, Any]]:
    from .listen import cached_timings

    found = cached_timings(
        service.library(request).get(article_id), service.config(request).speech_engine
    )
    if found is None:
        raise ArticleNotFoundError(
            f"article {article_id} has no narration yet",
            hint=f"POST /api/articles/{article_id}/audio (with the X-CSRF-Token header) to make it",
        )
    return found


@router.post(
    "/articles/{article_id}/narration",
    summary="Start narrating the article (streamed: clips are ready one sentence at a time)",
)
def start_narration(request: Request, article_id: int) -> dict[str, Any]:
    from .listen import start_narration as start

    job = start(service.library(request).get(article_id), service.config(request).speech_engine)
    return job.state()


@router.get(
    "/articles/{article_id}/narration",
    summary="The narration's progress: its clips so far, how many are planned, done or not",
)
def narration(request: Request, article_id: int) -> dict[str, Any]:
    # a GET never starts a synthesis: without a job (or a cached narration) it says so
    from .listen import has_narration
    from .listen import start_narration as start

    article = service.library(request).get(article_id)
    engine = service.config(request).speech_engine
    if not has_narration(article, engine):
        return {"done": False, "planned": 0, "clips": [], "error": None, "started": False}
    return start(article, engine).state() | {"started": True}


@router.get("/articles/{article_id}/narration/{index}.wav", summary="One clip of the narration")
def narration_clip(request: Request, article_id: int, index: int) -> FileResponse:
    from ..errors import ArticleNotFoundError
    from .listen import start_narration as start

    article = service.library(request).get(article_id)
    engine = service.config(request).speech_engine
    from .listen import has_narration

    if not has_narration(article, engine):
        raise ArticleNotFoundError(
            f"article {article_id} has no narration yet", hint="start it with POST …/narration"
        )
    job = start(article, engine)
    if not 0 <= index < len(job.clips):
        raise ArticleNotFoundError(
            f"clip {index} of article {article_id} is not ready", hint="wait for it, then ask again"
        )
    return FileResponse(job.clip_path(index), media_type="audio/wav")


@router.get("/speakers", summary="Speakers across the library, optionally by name")
def all_speakers(request: Request, name: str | None = None) -> list[dict[str, Any]]:
    return service.library(request).speakers(name=name)
