"""Stories, twenty-ninth session: one happening told from another angle on the same day — a
regulator's decision, and the passengers it strands — is one story when the two were published
hours apart and their leads share the happening's rare name that a headline gives; not when one
of them has no publication time (the time it was added says nothing of when it happened).

(Rewritten by the lead at the end of the session: the first version retold a held-out story of
``stories_written29``; this event is invented apart from every written part.)"""

from __future__ import annotations

from pathlib import Path

from newsprism.library import db
from newsprism.stories import Arrival, StoryIndex, match
from newsprism.stories.features import fingerprints
from newsprism.stories.lexical import DocumentFrequencies

# Written for these tests: an invented regulator's decision told by three outlets from two angles
T = 1_790_000_000.0
VERDICT = (
    "Regulator suspends Baltomar ferry licence over safety checks",
    "The federal transport regulator on Tuesday suspended the licence of the ferry operator "
    "Baltomar for 30 days after inspectors found lifeboats that could not be lowered on two of its "
    "vessels in Kaliningrad. The head of the regulator's maritime department, Pavel Orekhov, said "
    "the company had ignored three earlier warnings. Baltomar said it would replace the davits and "
    "ask for an early inspection.",
)
BONDS = (
    "Baltomar passengers stranded at Kaliningrad terminal",
    "Hundreds of travellers waited at the Baltiysk ferry terminal on Tuesday evening after Baltomar "
    "cancelled every crossing to Ust-Luga, leaving lorry drivers and families with tickets bought "
    'weeks ago. "Nobody told us anything until we reached the gate," said Marina Lebedeva, who had '
    "planned to take her car across. The company promised refunds within ten days.",
)
BONDS_RU = (
    "Пассажиры «Балтомара» застряли на паромном терминале",
    "Сотни пассажиров во вторник вечером ждали на паромном терминале в Балтийске после того, как "
    "«Балтомар» отменил все рейсы в Усть-Лугу. «Нам ничего не сказали до самого выхода на посадку», "
    "— сказала пассажирка Марина Лебедева. Компания пообещала вернуть деньги за билеты в течение "
    "десяти дней.",
)


def _stories(tmp_path: Path, arrivals: list[tuple[tuple[str, str], float, bool]]) -> list[int]:
    conn = db.connect(tmp_path / "lib.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?,?,'{}')",
        [(n + 1, f"h{n}") for n in range(len(arrivals))],
    )
    index = StoryIndex(conn)
    done = index.assign(
        [
            Arrival(n + 1, title, text, at, dated=dated)
            for n, ((title, text), at, dated) in enumerate(arrivals)
        ]
    )
    conn.close()
    return [a.story_id for a in sorted(done, key=lambda a: a.article_id)]


def test_another_angle_of_the_same_day_joins_the_story(tmp_path: Path) -> None:
    stories = _stories(
        tmp_path, [(VERDICT, T, True), (BONDS, T + 5 * 3600, True), (BONDS_RU, T + 6 * 3600, True)]
    )
    assert stories[0] == stories[1] == stories[2]


def test_without_a_publication_time_the_angle_is_not_joined(tmp_path: Path) -> None:
    stories = _stories(tmp_path, [(VERDICT, T, True), (BONDS, T + 5 * 3600, False)])
    assert stories[0] != stories[1]


def test_the_rare_name_counts_only_near_in_time_and_when_few_reports_name_it() -> None:
    verdict, bonds, later = fingerprints([VERDICT, BONDS, BONDS], [T, T + 5 * 3600, T + 30 * 3600])
    df = DocumentFrequencies()
    for fp in (verdict, bonds):
        df.add(fp.terms, fp.names)
    assert match.rare_name_shift(verdict, bonds, df) == match.RARE_NAME_LOGIT
    assert match.rare_name_shift(verdict, later, df) == 0.0
    for _ in range(match.RARE_NAME_DOCUMENTS):  # a name many reports of the window give
        df.add(bonds.terms, bonds.names)
    assert match.rare_name_shift(verdict, bonds, df) == 0.0
