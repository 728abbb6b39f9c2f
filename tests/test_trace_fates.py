"""What happened to the people a figure counts (trace/fates.py): two counts of one event --
trapped and rescued, injured and killed -- are two claims, in English, in Russian and across the
two.  Sentences and articles written for these tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism import analyse
from newsprism.attribution.stage import article_from_text
from newsprism.library import Library
from newsprism.trace import catch_up, drift, fates, identity, index
from newsprism.trace.mentions import ClaimMention, Source


def _claim(text: str, sentence: str, unit: str | None = "people", **kw: object) -> ClaimMention:
    src = Source(1, "outlet.example", None, None, "en", 0.0)
    fields: dict[str, object] = {
        "claim_id": 0, "text": text, "sentence": sentence, "value": 1.0, "value_high": None,
        "unit": unit, "hedge": "=", "qualifier": None, "about": None, "period": None,
        "speaker": None, "asserted_by": "article", "confidence": None,
    }  # fmt: skip
    fields.update(kw)
    return ClaimMention(source=src, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "sentence", "unit", "fate"),
    [
        ("35", "Twelve workers were killed and 35 wounded in the blast.", None, "injured"),
        (
            "Twelve workers",
            "Twelve workers were killed and 35 wounded in the blast.",
            None,
            "killed",
        ),
        ("3 человека", "Погибли 3 человека, ранены ещё 12.", "people", "killed"),
        ("12", "Погибли 3 человека, ранены ещё 12.", None, "injured"),
        ("146 people", "The gondola stopped with 146 people on board.", "people", "trapped"),
        ("58 человек", "Спасатели эвакуировали 58 человек из поезда.", "people", "rescued"),
        (
            "9 человек",
            "По последним данным, 9 человек числятся пропавшими без вести.",
            "people",
            "missing",
        ),
        (
            "214 passengers",
            "By Friday 214 passengers had fallen ill on the ship.",
            "passenger",
            "ill",
        ),
        ("17 suspects", "Police have detained 17 suspects so far.", "suspect", "detained"),
        # a sum for the families of the dead counts money, not people
        ("€2 million", "A fund of €2 million will help the families of the dead.", "EUR", None),
        ("31%", "Turnout was 31%, the commission said.", "%", None),
        ("4,000 people", "About 4,000 people attended the memorial.", "people", None),
        # "wound up" is ended: no fate (the review's case)
        ("40 people", "The count wound up at 40 people, organisers said.", "people", None),
        ("40 wounded", "The blast left 40 wounded.", None, "injured"),
    ],
)
def test_the_fate_of_the_people_counted(
    text: str, sentence: str, unit: str | None, fate: str | None
) -> None:
    assert fates.fate(_claim(text, sentence, unit)) == fate


def test_two_fates_are_two_claims_and_no_changed_figure() -> None:
    trapped = _claim("146 people", "The gondola stopped with 146 people on board.", value=146.0)
    rescued = _claim("112 человек", "К полуночи спасатели эвакуировали 112 человек.", value=112.0)
    also_trapped = _claim(
        "150 человек", "В кабине застряли 150 человек, сообщил оператор.", value=150.0
    )
    assert fates.apart(trapped, rescued)
    assert not fates.apart(trapped, also_trapped)
    # unknown on one side says nothing either way
    assert not fates.apart(trapped, _claim("140", "Some 140 were there.", None, value=140.0))
    assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(trapped, rescued)}
    assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(trapped, also_trapped)}


ARTICLES = [
    (
        "en",
        "2031-02-10",
        "A ferry with 212 people on board ran aground off the island of Velt on Monday, the "
        "coast guard of Marrow said. Rescue boats brought 186 people ashore by the evening, the "
        "coast guard said.",
    ),
    (
        "ru",
        "2031-02-11",
        "Паром, на борту которого находились 212 человек, сел на мель у острова Вельт, сообщила "
        "береговая охрана Марроу. К вечеру спасатели эвакуировали 190 человек.",
    ),
]


def _traces(tmp_path: Path) -> dict[float, int]:
    with Library.open(tmp_path / "library.sqlite") as lib:
        for n, (language, date, text) in enumerate(ARTICLES):
            article = analyse(article_from_text(text, language))
            meta = dataclasses.replace(
                article.metadata, site=f"outlet{n}.example", published=date, url=f"https://o/{n}"
            )
            lib.add(dataclasses.replace(article, metadata=meta))
        catch_up(lib.conn)
        rows = lib.conn.execute("SELECT value, trace_id FROM trace_mentions WHERE kind = 'claim'")
        return {float(r["value"]): int(r["trace_id"]) for r in rows}


def test_aboard_and_rescued_stay_in_two_traces_across_languages(tmp_path: Path) -> None:
    traces = _traces(tmp_path)
    assert traces[212.0] != traces[186.0]
    assert traces[212.0] != traces[190.0]


def test_without_the_fates_the_counts_share_a_trace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the test above can fail: with the rule off, the rescued join the people aboard
    monkeypatch.setattr(index, "FATES_APART", False)
    traces = _traces(tmp_path)
    assert traces[190.0] in (traces[212.0], traces[186.0]) or traces[186.0] == traces[212.0]


def test_a_measure_and_a_count_of_things_are_no_changed_figure() -> None:
    fuel = _claim("48 tonnes", "The rocket carried 48 tonnes of fuel.", "tonne", value=48.0)
    fragments = _claim(
        "37 обломков", "Береговая охрана подняла 37 обломков ракеты.", "обломок", value=37.0
    )
    more_fuel = _claim("60 tonnes", "The rocket carried 60 tonnes of fuel.", "tonne", value=60.0)
    share = _claim("85%", "85% of trains were cancelled.", "%", value=85.0)
    trains = _claim("140 trains", "140 trains were cancelled in January.", "train", value=140.0)
    people = _claim("140 people", "140 people were evacuated.", "people", value=140.0)
    assert identity.measure_and_count(fuel, fragments)
    assert identity.measure_and_count(share, trains)
    assert not identity.measure_and_count(fuel, more_fuel)
    assert not identity.measure_and_count(trains, people)  # people are counted things
    assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(fuel, fragments)}
    assert drift.FIGURE_CHANGED not in {f.kind for f in drift.claim_flags(share, trains)}
    assert drift.FIGURE_CHANGED in {f.kind for f in drift.claim_flags(fuel, more_fuel)}
