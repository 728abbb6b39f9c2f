"""``match.same_story`` is the library's decision at both levels (thirty-eighth session): the
window by the reports' own times, the same text, the happening level, and at the running level
the happening level's decision or the running probability (without the rare-name shift), as
``choose.py`` links a new story to its running story.  Invented reports, English and Russian."""

from __future__ import annotations

import pytest

from newsprism.stories import match
from newsprism.stories.features import fingerprints
from newsprism.stories.lexical import DocumentFrequencies

DAY = 86_400.0
T0 = 1_790_000_000.0

BRIDGE = (
    "Road bridge over the Tyne closed after crack found",
    "Newcastle City Council closed the Redheugh Bridge to all traffic on Tuesday morning after "
    "engineers found a 40cm crack in one of its concrete piers during a routine inspection. "
    "Buses are being diverted over the Tyne Bridge and drivers are told to expect long delays.",
)
BRIDGE_COPY = (
    "Tyne road bridge shut after crack is found",
    "Newcastle City Council closed the Redheugh Bridge to all traffic on Tuesday morning after "
    "engineers found a 40cm crack in one of its concrete piers during a routine inspection. "
    "Buses are being diverted over the Tyne Bridge and drivers should expect long delays.",
)
BRIDGE_LATER = (
    "Redheugh Bridge to stay shut for months, council says",
    "The Redheugh Bridge in Newcastle will stay closed to traffic until the spring while "
    "engineers design a repair for the cracked pier, the city council said, adding that a "
    "temporary footbridge lane could open within weeks.",
)
RU_FIRE = (
    "В Самаре загорелся склад на Заводском шоссе",
    "Пожар на складе площадью 1,2 тысячи квадратных метров на Заводском шоссе в Самаре тушат "
    "12 расчётов, сообщили в региональном управлении МЧС. Пострадавших нет, причины возгорания "
    "устанавливаются.",
)


def df_of(*fps: object) -> DocumentFrequencies:
    df = DocumentFrequencies()
    for fp in fps:
        df.add(fp.terms, fp.names)  # type: ignore[attr-defined]
    return df


def test_reports_further_apart_than_the_window_are_never_one_story() -> None:
    """The library never compares them; a copy of the report four days later is no exception.
    Before, ``same_story`` left the window to its caller (``seconds_apart`` 0 by default) and
    called the two one story."""
    a, b = fingerprints([BRIDGE, BRIDGE_COPY], [T0, T0 + 4 * DAY])
    df = df_of(a, b)
    for level in ("happening", "running"):
        assert not match.same_story(a, b, df, level=level)
    near_a, near_b = fingerprints([BRIDGE, BRIDGE_COPY], [T0, T0 + 3600.0])
    for level in ("happening", "running"):
        assert match.same_story(near_a, near_b, df_of(near_a, near_b), level=level)
    # a gap the caller gives decides over the reports' times, as before
    assert match.same_story(a, b, df, seconds_apart=3600.0)


def test_undated_reports_are_compared() -> None:
    a, b = fingerprints([BRIDGE, BRIDGE_COPY])
    assert match.same_story(a, b, df_of(a, b))


def test_the_running_level_is_the_happening_level_or_the_running_probability() -> None:
    """Every pair the happening level joins is one running story (the library puts the report
    in its match's story); the other pairs are linked by the running probability, as
    ``choose.py`` links them (``match.running_probability`` against the running threshold)."""
    texts = [BRIDGE, BRIDGE_COPY, BRIDGE_LATER, RU_FIRE]
    times = [T0, T0 + 3600.0, T0 + 1.5 * DAY, T0 + 7200.0]
    fps = fingerprints(texts, times)
    df = df_of(*fps)
    for i, a in enumerate(fps):
        for b in fps[i + 1 :]:
            happening = match.same_story(a, b, df)
            running = match.same_story(a, b, df, level="running")
            if happening:
                assert running
            score = match.story_score(a, b, df)
            linked = match.running_probability(score, a, b, df) >= match.RUNNING_STORY
            same_text = match.text_similarity(a, b) >= match.SAME_TEXT
            assert running == (happening or same_text or linked)
    assert not match.same_story(fps[0], fps[3], df, level="running")  # a fire in Samara


def test_an_unknown_level_is_refused() -> None:
    a, b = fingerprints([BRIDGE, BRIDGE_COPY], [T0, T0 + 10 * DAY])
    with pytest.raises(ValueError):
        match.same_story(a, b, df_of(a, b), level="weekly")
