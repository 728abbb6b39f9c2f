"""Stories, forty-first session: a count given again on a later day, told by the two reports'
own counts (the counted noun and the figure of each headline, by the claims stage), not by a
closed list of what may be counted nor by a verb of rising."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsprism.library import db
from newsprism.stories import Arrival, StoryIndex, match
from newsprism.stories.features import fingerprints
from newsprism.stories.revised import count_given_again, headline_counts

TUESDAY_10 = 1_791_284_400.0  # Tuesday 2026-10-06 10:00 UTC
HOUR = 3600.0

# Written for these tests: a leak of a utility's customer records told on Tuesday, its count
# given again on Wednesday with no verb of rising; Wednesday's development (a fine); and a
# norovirus outbreak at a school counted again in Russian
LEAK_EN = (
    "Severn Water breach exposes 1.2 million customer records",
    "Hackers took the names, addresses and bank details of about 1.2 million customers of "
    "Severn Water, the utility said on Tuesday, after it found an intrusion into its billing "
    "system over the weekend. The company has told the Information Commissioner's Office.",
)
LEAK_AGAIN_EN = (
    "Severn Water now puts stolen data at 3.4 million records",
    "Severn Water said the attack on its billing system reached 3.4 million customer records, "
    "nearly three times its first estimate, as investigators finished going through the logs. "
    "The utility has set up a helpline for customers worried about fraud.",
)
LEAK_LESS_EN = (
    "Severn Water says 900,000 records were taken in billing hack",
    "Severn Water said the attack on its billing system reached 900,000 customer records, "
    "fewer than feared, as investigators finished going through the logs. The utility has set "
    "up a helpline for customers worried about fraud.",
)
OUTBREAK_RU = (
    "В школе Твери 14 учеников заразились норовирусом",
    "В понедельник в одной из школ Твери норовирусом заразились 14 учеников начальных классов, "
    "сообщил региональный Роспотребнадзор. Занятия в трёх классах приостановлены, в здании "
    "проводят дезинфекцию.",
)
OUTBREAK_AGAIN_RU = (
    "Норовирус в тверской школе: уже 31 ученик",
    "Число заразившихся норовирусом в школе Твери достигло 31, сообщил во вторник региональный "
    "Роспотребнадзор. Школа закрыта на карантин до конца недели.",
)


@pytest.mark.parametrize(
    ("headline", "noun"),
    [
        (LEAK_EN[0], "record"),
        (LEAK_AGAIN_EN[0], "record"),
        ("Measles cases in Bradford climb to 26", None),  # the figure counts nothing named
        ("Measles outbreak in Bradford grows to 26 cases", "case"),
        (OUTBREAK_RU[0], "ученик"),
        (OUTBREAK_AGAIN_RU[0], "ученик"),
    ],
)
def test_the_counted_noun_of_a_headline(headline: str, noun: str | None) -> None:
    got = {n for n, _ in headline_counts(headline)}
    assert (noun in got) if noun else not got


@pytest.mark.parametrize(
    "headline",
    [
        "Inflation rises to 3.4% in October",  # a share
        "Storm damage put at $2bn",  # money
        "Ferry delayed by 40 minutes in fog",  # a measure
        "Three charged over Severn Water hack that exposed 3 million records",  # a development
        "Severn Water breach: customers told to watch their accounts",  # no figure
    ],
)
def test_no_count_of_a_happening(headline: str) -> None:
    assert headline_counts(headline) == ()


def test_a_larger_count_is_the_count_again() -> None:
    first = (("record", 1_200_000.0),)
    assert count_given_again(first, (("record", 3_400_000.0),))
    # one outlet counts records, the next customers, or in another language
    assert count_given_again(first, (("customer", 3_400_000.0),))
    assert count_given_again((("ученик", 14.0),), (("pupil", 31.0),))
    assert not count_given_again(first, (("record", 900_000.0),))  # smaller: not a rise
    assert not count_given_again(first, (("record", 1_200_000.0),))  # the same figure
    assert not count_given_again((), (("record", 3_400_000.0),))
    assert not count_given_again(first, ())


def test_the_later_count_says_nothing_against_the_first_day() -> None:
    first, again, less = fingerprints(
        [LEAK_EN, LEAK_AGAIN_EN, LEAK_LESS_EN],
        [TUESDAY_10, TUESDAY_10 + 27 * HOUR, TUESDAY_10 + 27 * HOUR],
    )
    assert match.day_evidence(first, again) == 0
    assert match.day_evidence(again, first) == 0
    # a smaller figure a day later is not read as the count given again
    assert match.day_evidence(first, less) == -1
    # nor is the first report's count when it is the later one
    early_again, late_first = fingerprints(
        [LEAK_AGAIN_EN, LEAK_EN], [TUESDAY_10, TUESDAY_10 + 27 * HOUR]
    )
    assert match.day_evidence(early_again, late_first) == -1


def test_the_counts_are_read_only_when_a_pair_asks() -> None:
    """A report's headline counts are not parsed on arrival, only when a pair the evidence of
    when would part asks (the claims stage's parse of a Russian headline is costly)."""
    first, again = fingerprints([LEAK_EN, LEAK_AGAIN_EN], [TUESDAY_10, TUESDAY_10 + 27 * HOUR])
    assert "head_counts" not in vars(first) and "head_counts" not in vars(again)
    assert match.later_counts_again(first, again)
    assert first.head_counts == (("record", 1_200_000.0),)


def test_the_library_reads_the_stored_counts(tmp_path: Path) -> None:
    """A report placed after the first one was stored (read back from the library, not the
    fingerprint in memory) is compared with the counts of the stored report's headline."""
    path = tmp_path / "lib.sqlite"
    conn: sqlite3.Connection = db.connect(path)
    # published: the library reads a stored report as dated by its article's publication time
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json, published) VALUES (?,?,?,?)",
        [
            (1, "h1", json.dumps({"title": OUTBREAK_RU[0]}), "2026-10-05T14:00:00Z"),
            (2, "h2", json.dumps({"title": OUTBREAK_AGAIN_RU[0]}), "2026-10-06T16:00:00Z"),
        ],
    )
    StoryIndex(conn, window=match.WINDOW_SECONDS).assign(
        [Arrival(1, *OUTBREAK_RU, TUESDAY_10 - 20 * HOUR, dated=True)]
    )
    index = StoryIndex(conn, window=match.WINDOW_SECONDS)
    index.assign([Arrival(2, *OUTBREAK_AGAIN_RU, TUESDAY_10 + 6 * HOUR, dated=True)])
    rows = dict(conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())
    conn.close()
    assert rows[1] == rows[2]
