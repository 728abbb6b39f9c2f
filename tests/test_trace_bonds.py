"""Two figures of one article that its grammar makes one count (:mod:`newsprism.trace.bonds`): a
rival source's figure right after the first ("The volunteer service counted 3,100.", «В
профсоюзе называют 600 пострадавших»), and the earlier value of a change ("has risen to 880, up
from 340 on Monday"), share one trace; look-alikes do not bond."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import bonds, catch_up, drift, timeline
from newsprism.trace.index import traces_with_value
from newsprism.trace.mentions import claim_mentions


def _bonded_values(text: str, lang: str) -> list[tuple[float, float]]:
    article = analyse(article_from_text(text, lang))
    claims = claim_mentions(article, 1)
    return [(claims[j].value, claims[k].value) for j, k in bonds.bonds(article, claims)]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "About 2,300 people have sought medical help after the smog since Friday, the city "
            "health department said on Monday. The volunteer rescue service counted 3,100.",
            "en",
            (2300.0, 3100.0),
        ),
        (
            "Some 140 homes in Darnley have lost their roofs, the county council said. The "
            "residents' association put the number at 210.",
            "en",
            (140.0, 210.0),
        ),
        (
            "С начала месяца с отравлением в больницы Тарска обратились 410 человек, сообщили в "
            "областном минздраве. В профсоюзе медиков называют 600 пострадавших.",
            "ru",
            (410.0, 600.0),
        ),
        (
            "The number of households without heating in Kessa has risen to 880, up from 340 on "
            "Monday, the district heating company said on Friday.",
            "en",
            (880.0, 340.0),
        ),
    ],
)
def test_one_count_stated_twice_in_one_article_bonds(
    text: str, lang: str, pair: tuple[float, float]
) -> None:
    assert _bonded_values(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another year's figure: two claims
        (
            "Tiras harvested 5.1 million tonnes of wheat, down from 5.5 million tonnes last "
            "year, the farm ministry said.",
            "en",
        ),
        # a rival's verb, but a sum of money after a count of flights
        (
            "Some 2,050 flights were cancelled over the weekend, the air navigation service "
            "said. The airlines put their losses at nearly 80 million euros.",
            "en",
        ),
        # a short sentence with a verb of its own: another count, not the first restated
        (
            "Some 300 people marched through Velsund on Saturday, the organisers said. Police "
            "said 12 officers had been injured.",
            "en",
        ),
        # the same source again: no rival
        (
            "В посёлке Лесной без света остаются 420 домов, сообщили в энергокомпании. В "
            "энергокомпании называют и другую цифру — 450 домов.",
            "ru",
        ),
        # the review's: "put … at" over another counted thing, a cost, is no rival count
        (
            "Some 60 homes were flooded in Darnley, the county council said. Insurers put the "
            "number of claims at 150.",
            "en",
        ),
        (
            "The strike closed 60 schools on Monday, the teachers' union said. The ministry put "
            "the cost at 90.",
            "en",
        ),
    ],
)
def test_look_alikes_do_not_bond(text: str, lang: str) -> None:
    assert _bonded_values(text, lang) == []


#: invented reports of one count of people taken ill, the health department's and a union's
SMOG = [
    (
        "tarskwire.example",
        "2031-11-03",
        "en",
        "About 2,300 people have sought medical help after the smog in Tarsk since Friday, the "
        "city health department said on Monday. The doctors' union counted 3,100.\n\nSchools in "
        "Tarsk will stay closed until Wednesday.",
    ),
    (
        "sibvesti.example",
        "2031-11-03",
        "ru",
        "С пятницы из-за смога в Тарске за медицинской помощью обратились 2300 человек, "
        "сообщили в городском департаменте здравоохранения. В профсоюзе врачей называют 3100 "
        "пострадавших.\n\nШколы Тарска будут закрыты до среды.",
    ),
    (
        "northpost.example",
        "2031-11-05",
        "en",
        "The number of people who sought medical help after the smog in Tarsk has risen to "
        "4,100, up from 2,300 on Monday, the city health department said on Wednesday.",
    ),
]


def test_a_rival_count_and_a_grown_count_stay_in_one_trace(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite") as lib:
        for n, (site, date, lang, text) in enumerate(SMOG):
            article = analyse(article_from_text(text, lang))
            meta = dataclasses.replace(
                article.metadata, site=site, published=date, url=f"https://{site}/smog/{n}"
            )
            lib.add(dataclasses.replace(article, metadata=meta), link=False)
        catch_up(lib.conn)
        traces = {t for v in (2300, 3100, 4100) for t in traces_with_value(lib.conn, [v])}
        assert len(traces) == 1
        tl = timeline(lib.conn, traces.pop())
    assert len(tl.appearances) == 6
    kinds = {f.kind for f in tl.flags}
    assert drift.SOURCES_DIFFER in kinds


def test_so_called_is_no_verb_of_counting() -> None:
    """«так называемой» ("so-called") gives no figure to the words before it (the review's)."""
    article = analyse(
        article_from_text(
            "Без воды\n\nЖители так называемой красной зоны Лесного 30 дней жили без воды.", "ru"
        )
    )
    mentions = claim_mentions(article, 1)
    assert mentions
    assert not any(bonds.given_by_subject(m) for m in mentions)
