"""The thirty-sixth session's trace changes: «, а также» ("and also") adds a count and is no cut
before a rival's clause (:data:`newsprism.trace.bonds._CLAUSE_CUT`); a figure an article restates
from an earlier report ("As X reported on February 3, … had then …") counts from that report's
day (:mod:`newsprism.trace.restated`); a figure with two neighbouring digits swapped (1,800 /
8,100) is a candidate beyond the value span and agrees as one with the same digits does
(:func:`newsprism.trace.measures.transposed`)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_trace_bonds import _bonded_values as _bonded

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import (
    candidates,
    catch_up,
    drift,
    identity,
    measures,
    restated,
    sources,
    timeline,
)
from newsprism.trace.index import traces_with_value
from newsprism.trace.mentions import ClaimMention, Source


@pytest.mark.parametrize(
    "text",
    [
        # a second count of another thing, given by the same body: «насчитали» after «а также»
        # is no rival's verb for the first figure
        "Спасатели эвакуировали 320 жителей, сообщили в МЧС, а также насчитали 250 домов без "
        "света.",
        "В порту задержаны 1240 контейнеров, сообщили в администрации порта, а также назвали 980 "
        "грузовиков в очереди.",
    ],
)
def test_and_also_adds_a_count_and_does_not_bond(text: str) -> None:
    assert _bonded(text, "ru") == []


def test_a_rival_after_a_plain_a_still_bonds() -> None:
    """«, а» before another body's verb of counting still opens a rival's clause."""
    text = "Без света остаются 420 домов, сообщили в энергокомпании, а в мэрии называют 300 домов."
    assert _bonded(text, "ru") == [(420.0, 300.0)]


#: the day the later article appeared, and the day an earlier report gave its figure
FEB_17 = datetime(2043, 2, 17, 9, tzinfo=UTC).timestamp()
FEB_7 = datetime(2043, 2, 7, 9, tzinfo=UTC).timestamp()
RETRO_EN = "As Kuban Vesti reported on February 3, banks had then found 612 counterfeit notes."
RETRO_RU = (
    "Как сообщал yakutia-wire.example 22 января, по данным МЧС, на обоих берегах тогда "
    "застряли 180 грузовиков."
)


def _day(at: float | None) -> str | None:
    return None if at is None else datetime.fromtimestamp(at, UTC).date().isoformat()


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        (RETRO_EN, "612", "2043-02-03"),
        (RETRO_RU, "180", "2043-01-22"),
        # "3 February", and "wrote"
        ("As the Tarsk Courier wrote on 3 February, the city said 40 homes were flooded.", "40",
         "2043-02-03"),
        # a day after the article's own in the year is last year's
        ("As Kuban Vesti reported on December 28, banks had then found 90 notes.", "90",
         "2042-12-28"),
        # the figure before the clause, no day named, no report: the article's own time
        ("Banks had found 612 notes, as Kuban Vesti reported on February 3.", "612", None),
        ("As Kazakh Wire reported on the day of the leak, 320 workers had left.", "320", None),
        ("On February 3 banks found 612 counterfeit notes.", "612", None),
    ],
)  # fmt: skip
def test_the_day_an_earlier_report_gave_a_figure(
    sentence: str, figure: str, day: str | None
) -> None:
    assert _day(restated.reported_on(sentence, figure, FEB_17)) == day


def _claim(article: int, value: float, at: float, sentence: str) -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, "en", at)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence=sentence, value=value,
        value_high=None, unit="note", hedge="=", qualifier=None, about="counterfeit notes",
        period=None, speaker=None, asserted_by="article", confidence=None,
    )  # fmt: skip


def test_a_restated_figure_counts_from_its_reports_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten days after the count of 1,730, an article restates the first day's 612: four days
    apart as stated, so its pair is compared as mentions days apart are, not dropped as two
    claims weeks apart on weak evidence of their own."""
    risen = _claim(1, 1730, FEB_7, "The number of counterfeit notes found has risen to 1730.")
    retro = _claim(2, 612, FEB_17, RETRO_EN)
    weak = {name: 0.0 for name in identity.CLAIM_WEIGHTS if name != "bias"}
    assert identity.pair_score(weak) < identity.SAME_CLAIM
    assert not drift.apart_and_unlike(risen, retro, weak)
    assert identity._days_apart(risen, retro) < identity._days_apart(
        risen, _claim(3, 612, FEB_17, "Banks found 612 notes.")
    )
    monkeypatch.setattr(identity, "RESTATED_AT", False)
    assert drift.apart_and_unlike(risen, retro, weak)


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        (1800, 8100, True),
        (23, 32, True),
        (1_800_000, 8_100_000, True),
        (105, 150, True),
        (1800, 1080, True),
        (1800, 18000, False),  # another magnitude: measures.same_digits says that one
        (5, 50, False),
        (12, 12, False),
        (1800, 8200, False),
        (123, 321, False),  # two swaps, not one
    ],
)
def test_two_neighbouring_digits_swapped(a: float, b: float, swapped: bool) -> None:
    assert measures.transposed(a, b) is swapped
    assert measures.transposed(b, a) is swapped


def test_the_values_a_swap_gives() -> None:
    assert measures.transpositions(1800) == [8100.0]
    assert measures.transpositions(1250) == [2150.0, 1520.0]
    assert measures.transpositions(105) == [150.0]  # none opens with a zero
    assert measures.transpositions(7) == []


#: invented reports of one count of visitors, the second with the first two digits swapped
FESTIVAL = [
    (
        "dravawire.example",
        "2031-09-14",
        "The regional tourism office said 1,700 people had come to the lantern festival in "
        "Dravo on Saturday. Hotels in Dravo were full, the office said.",
    ),
    (
        "northpost.example",
        "2031-09-16",
        "The regional tourism office said 7,100 people had come to the lantern festival in "
        "Dravo on Saturday. The festival ends on Sunday.",
    ),
]


def test_a_figure_with_two_digits_swapped_joins_its_trace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """7,100 lies beyond the value span of 1,700 (a factor of 4): found by its digits and
    linked, its change flagged."""

    def trace_ids() -> set[int]:
        with Library.open(tmp_path / f"{len(list(tmp_path.iterdir()))}.sqlite") as lib:
            for n, (site, date, text) in enumerate(FESTIVAL):
                article = analyse(article_from_text(text, "en"))
                meta = dataclasses.replace(
                    article.metadata, site=site, published=date, url=f"https://{site}/f/{n}"
                )
                lib.add(dataclasses.replace(article, metadata=meta), link=False)
            catch_up(lib.conn)
            found = {t for v in (1700, 7100) for t in traces_with_value(lib.conn, [v])}
            if len(found) == 1:
                kinds = {f.kind for f in timeline(lib.conn, next(iter(found))).flags}
                assert kinds & {drift.FIGURE_CHANGED, drift.UPDATED}
            return found

    assert len(trace_ids()) == 1
    monkeypatch.setattr(candidates, "TRANSPOSITIONS", False)
    monkeypatch.setattr(identity, "TRANSPOSED", False)
    assert len(trace_ids()) == 2


def _ru_claim(sentence: str, text: str) -> ClaimMention:
    src = Source(1, "outlet.example", None, None, "ru", FEB_7)
    return ClaimMention(
        source=src, claim_id=0, text=text, sentence=sentence, value=31.0, value_high=None,
        unit=None, hedge="=", qualifier=None, about="", period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "source"),
    [
        ("В прокуратуре города насчитали 31 пострадавшего.", "31 пострадавшего",
         "прокуратуре города"),
        ("В профсоюзе медиков называют 600 пострадавших.", "600 пострадавших",
         "профсоюзе медиков"),
        ("У перевозчика насчитали 45 отменённых рейсов.", "45 отменённых рейсов", "перевозчика"),
        # a subject of its own, or no verb of counting: not read so
        ("На мелководье орнитологи насчитали 338 фламинго.", "338 фламинго", None),
        ("В больницах остаются 31 пострадавший.", "31 пострадавший", None),
    ],
)  # fmt: skip
def test_a_body_that_counts_by_its_place_is_the_source(
    sentence: str, text: str, source: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sources.source_of(_ru_claim(sentence, text)) == source
    monkeypatch.setattr(sources, "COUNTED_IN_BODY", False)
    assert sources.source_of(_ru_claim(sentence, text)) is None
