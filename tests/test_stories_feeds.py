"""Stored feed items join their stories in one batch per pass over the pending items (a pass
fetches one item per host; a live blog's updates need no request, so one pass stores them all)."""

from __future__ import annotations

from pathlib import Path

import pytest
from publisher import LiveBlog, Publisher

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library
from newsprism.stories import StoryIndex


def _rows(lib: Library) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in lib.conn.execute(
            "SELECT article_id, story_id, relation, related_to FROM story_articles "
            "ORDER BY article_id"
        )
    ]


def test_a_pass_assigns_its_stored_items_in_one_batch_as_one_at_a_time_would(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    t0 = clock.now()
    updates = [
        "The river at the Millbrook gauge rose to 4.2 metres overnight, and the county evacuated "
        "120 homes on Mill Lane and Station Road, emergency officials said.",
        "Millbrook county officials said the river peaked at 4.4 metres at the gauge on Tuesday "
        "morning; 120 homes remain evacuated and two schools are closed.",
        "The Harbour Bridge will close to traffic for six weeks from Monday for repairs to its "
        "deck, the city transport department announced.",
        "Buses will be diverted over the Old Ferry crossing while the Harbour Bridge is shut, "
        "the transport department said; the works cost 3.1 million pounds.",
    ]
    LiveBlog(
        site,
        "/live",
        [(t0 - 4 * 600 + i * 600, f"Update {i}", text) for i, text in enumerate(updates)],
    )
    batches: list[int] = []
    assign = StoryIndex.assign

    def counting(self: StoryIndex, arrivals):  # type: ignore[no-untyped-def]
        batches.append(len(arrivals))
        return assign(self, arrivals)

    monkeypatch.setattr(StoryIndex, "assign", counting)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=True)
        result = p.refresh()[0]
        assert result.stored == 4
        # every stored item is in a story once the pass is over, assigned in one call
        assert batches == [4]
        batched = _rows(lib)
        assert [r[0] for r in batched] == [1, 2, 3, 4]
        # and linked into the trace index in the same call (newsprism.linking): no view waits
        traced = lib.conn.execute("SELECT article_id FROM trace_articles ORDER BY 1").fetchall()
        assert [r[0] for r in traced] == [1, 2, 3, 4]
        p.close()
        # the same articles assigned one at a time, in the order stored, into a fresh index
        lib.conn.execute("DELETE FROM story_bands")
        lib.conn.execute("DELETE FROM story_articles")
        lib.conn.execute("DELETE FROM stories")
        lib.conn.commit()
        index = StoryIndex(lib.conn)
        for article_id in (1, 2, 3, 4):
            index.assign_articles([(article_id, lib.get(article_id))])
        assert batches == [4, 1, 1, 1, 1]
        assert _rows(lib) == batched
