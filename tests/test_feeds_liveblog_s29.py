"""Live-blog updates with neither an id nor a headline of their own, two published in one minute
(the review of session 28): neither may be stored as a second copy of the other, nor as a
revision of it; a corrected figure in one of them is still a revision of its own article."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.parse import parse
from newsprism.library import Library
from newsprism.library.revisions import revisions

ROADS = (
    "Road closures: the A91 between Milnathort and Kinross stays shut after {n} vehicles were "
    "caught in the drifts overnight, police said."
)
SCHOOLS = (
    "Schools: Perth and Kinross Council says 14 primary schools will open late on Thursday, and "
    "parents should check the council's website before setting off."
)


def _minute(t: float) -> str:
    """A publication time given to the minute, as many live blogs give it."""
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M+00:00")


def _live_page(updates: list[tuple[float, str]]) -> bytes:
    """A live blog whose updates carry no @id, url or headline: a time and a paragraph each."""
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Snow in Perth and Kinross: live",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "articleBody": text, "datePublished": _minute(t)}
            for t, text in updates
        ],
    }
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snow: live</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
        "</head><body><h1>Snow in Perth and Kinross: live</h1></body></html>"
    ).encode()


def _html(page: bytes) -> Reply:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page


def _texts(lib: Library) -> list[str]:
    return sorted(lib.get(i).text for i in lib.iter_ids())


def test_two_updates_of_one_minute_without_headlines_have_two_keys() -> None:
    t = 1_790_000_040.0
    one = parse(_live_page([(t, ROADS.format(n=40))]), "https://example.com/live").entries
    two = parse(
        _live_page([(t, ROADS.format(n=40)), (t + 20, SCHOOLS)]), "https://example.com/live"
    ).entries
    assert len({e.guid for e in two}) == 2
    # the first update keeps the key it had before the second appeared
    assert one[0].guid in {e.guid for e in two}


def _watch(
    lib: Library, site: Publisher, clock: SimulatedClock, then: list[Callable[[], None]]
) -> None:
    """Poll the live blog once, then again after each change in ``then`` (five minutes apart)."""
    add_feeds(lib, [site.url("/live")], now=clock.now())
    poller = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
    try:
        poller.refresh()
        for change in then:
            change()
            clock.sleep(300)
            poller.refresh()
        poller.drain()
    finally:
        poller.close()


def test_a_second_update_in_the_same_minute_is_neither_a_copy_nor_a_revision(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    pages = {"now": _live_page([(t0 - 60, ROADS.format(n=40))])}
    site.route("/live", lambda hit: _html(pages["now"]))
    # the next update, published in the same minute; a blog that shows its latest update only,
    # and then one that shows both
    latest = _live_page([(t0 - 40, SCHOOLS)])
    both = _live_page([(t0 - 60, ROADS.format(n=40)), (t0 - 40, SCHOOLS)])
    with Library.open(tmp_path / "lib.sqlite") as lib:
        _watch(lib, site, clock, [lambda: pages.update(now=latest), lambda: pages.update(now=both)])
        first = min(lib.iter_ids())
        assert len(list(lib.iter_ids())) == 2
        assert [r.text for r in revisions(lib, first)][-1] == ROADS.format(n=40)
        assert len(revisions(lib, first)) == 1
        assert sum("14 primary schools" in t for t in _texts(lib)) == 1


def test_a_corrected_figure_in_one_of_two_updates_of_a_minute_is_its_revision(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    state = {"n": "40"}

    def live(hit: Hit) -> Reply:
        return _html(_live_page([(t0 - 60, ROADS.format(n=state["n"])), (t0 - 40, SCHOOLS)]))

    site.route("/live", live)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        _watch(lib, site, clock, [lambda: state.update(n="400")])
        assert len(list(lib.iter_ids())) == 2
        roads = next(i for i in lib.iter_ids() if "A91" in lib.get(i).text)
        old, new = revisions(lib, roads)
        assert "after 40 vehicles" in old.text and "after 400 vehicles" in new.text
