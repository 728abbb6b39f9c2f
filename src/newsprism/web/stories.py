"""The story view and the feeds page, as HTML and JSON.

``/stories`` lists stories (articles are placed as they are stored; a backlog is placed a
bounded slice per request), ``/stories/{id}`` shows one — its articles by outlet and time, the first report, who said
what first and the figures that differ — and ``/feeds`` each watched feed's last and next fetch,
new items and errors.  ``/api/stories``, ``/api/stories/{id}`` and ``/api/feeds`` give the same
as JSON.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from . import service
from .pages import page

router = APIRouter()


def _assign_new(request: Request) -> None:
    service.catch_up(request)  # articles are placed as they are stored: only a backlog waits


#: the story level a request asks for (``newsprism.stories.view.LEVELS``)
LEVEL = Query("happening", pattern="^(happening|running)$")


def _stories(
    request: Request, limit: int, offset: int, min_size: int, level: str = "happening"
) -> list[dict[str, Any]]:
    from ..stories.view import list_stories

    _assign_new(request)
    return list_stories(
        service.library(request).conn, limit=limit, offset=offset, min_size=min_size, level=level
    )


@router.get("/api/stories", tags=["api"], summary="Stories, latest first")
def api_stories(
    request: Request,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    min_size: int = Query(1, ge=1),
    level: str = LEVEL,
) -> list[dict[str, Any]]:
    return _stories(request, limit, offset, min_size, level)


@router.get(
    "/api/stories/{story_id}",
    tags=["api"],
    summary="One story: articles by outlet and time, who said what first, figures that differ",
)
def api_story(request: Request, story_id: int, level: str = LEVEL) -> dict[str, Any]:
    from ..library.corrections import story_marks
    from ..stories.view import story_detail

    lib = service.library(request)
    # each quote and figure report a reader corrected carries ``reader_correction``
    return story_marks(lib, story_detail(lib.conn, story_id, level))


@router.get("/api/feeds", tags=["api"], summary="Watched feeds with last/next fetch and errors")
def api_feeds(request: Request) -> list[dict[str, Any]]:
    from ..library.feeds import FeedStore, item_problem_fields

    store = FeedStore(service.library(request).conn)
    problems = store.item_problems()
    return [{**f.to_dict(), **item_problem_fields(problems.get(f.id))} for f in store.all()]


STORIES_PAGE = 100


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(
    request: Request,
    min_size: int = Query(1, ge=1),
    level: str = LEVEL,
    page_no: int = Query(0, ge=0),
) -> HTMLResponse:
    # the page showed the latest 100 stories and no way past them: older ones one page on
    found = _stories(request, STORIES_PAGE + 1, page_no * STORIES_PAGE, min_size, level)
    return page(
        request,
        "stories.html.j2",
        stories=found[:STORIES_PAGE],
        older=len(found) > STORIES_PAGE,
        page_no=page_no,
        first_number=page_no * STORIES_PAGE + 1,
        min_size=min_size,
        level=level,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: int, level: str = LEVEL) -> HTMLResponse:
    from ..library.corrections import corrected_article, story_marks
    from ..render.who_said_what import uncertain_first_reports
    from ..stories.view import story_detail

    lib = service.library(request)
    detail = story_detail(lib.conn, story_id, level)
    # the first report of a quote whose article lists its speaker as uncertain is marked so, as
    # on the article and speaker pages (it stood here as plainly that person's words)
    # (as a reader corrected it: given its speaker by a reader, a quote is certain and marked)
    unsure = uncertain_first_reports(detail["quotes"], lambda i: corrected_article(lib, i)[0])
    # a reader's corrections (a quote's speaker, "not a quote", a wrong figure) marked on
    # each report, as in every other view
    detail = story_marks(lib, detail)
    return page(request, "story.html.j2", story=detail, uncertain=unsure)


@router.get("/feeds", response_class=HTMLResponse, include_in_schema=False)
def feeds_page(request: Request) -> HTMLResponse:
    return page(request, "feeds.html.j2", feeds=api_feeds(request))
