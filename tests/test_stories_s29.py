"""Stories, twenty-ninth session: one happening told from another angle on the same day — the
ruling, and the developer's bonds falling on it — is one story when the two were published
hours apart and their leads share the happening's rare name that a headline gives; not when one
of them has no publication time (the time it was added says nothing of when it happened)."""

from __future__ import annotations

from pathlib import Path

from newsprism.library import db
from newsprism.stories import Arrival, StoryIndex, match
from newsprism.stories.features import fingerprints
from newsprism.stories.lexical import DocumentFrequencies

# Written for these tests: an invented ruling told by three outlets from two angles
T = 1_790_000_000.0
VERDICT = (
    "Court orders Sibvektor to pay 412 flat buyers in Novosibirsk",
    "The arbitration court of the Novosibirsk region on Wednesday ordered the developer Sibvektor "
    "to pay 1.9 billion roubles to 412 people who bought flats in its unfinished Zarechny complex, "
    "where building stopped in 2036. Judge Irina Kolesova said the company had broken its "
    "contracts with the buyers. Sibvektor's lawyers said they would study the ruling before "
    "deciding whether to appeal.",
)
BONDS = (
    "Sibvektor bonds slump after court loss",
    "Bonds of the Siberian developer Sibvektor fell by a fifth on the Moscow Exchange on Wednesday "
    "afternoon, as traders weighed a ruling that leaves the company owing its buyers almost two "
    'billion roubles. "Nobody wants to hold this paper tonight," said Oleg Tarasov, a fixed-income '
    "trader at Veles Capital. The company's 2039 notes were quoted at 61 percent of face value by "
    "the close.",
)
BONDS_RU = (
    "Облигации «Сибвектора» подешевели после решения суда",
    "Облигации новосибирского застройщика «Сибвектор» в среду подешевели на Московской бирже "
    "почти на 20%, после того как арбитражный суд обязал компанию выплатить дольщикам около 2 млрд "
    "рублей. «Рынок закладывает риск дефолта», — сказал аналитик «Велес Капитала» Олег Тарасов.",
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
