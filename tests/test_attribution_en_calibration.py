"""The English confidence calibration (issue 12, twenty-third round): what the output says about
how a speaker was found lowers the confidence where text the rules were not tuned on showed
it to be less sure.  Invented articles and objects only."""

from __future__ import annotations

from newsprism.article import Mention, Quote, Speaker
from newsprism.attribution import calibration_en
from newsprism.attribution.calibration_en import _Words, calibrate, features
from newsprism.attribution.confidence import is_confident
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

FLOUR = """Flour prices climb in the north

The head of the millers' association, Petra Lindqvist, said on Tuesday that the price of flour \
had risen by a fifth since the spring.

Ivan Morozov said that bakeries in the valley would raise the price of bread next month. She \
added that the association would ask the government for help."""


def _analysed(text: str):  # type: ignore[no-untyped-def]
    return Pipeline(["segment", "attribution"])(article_from_text(text, "en"))


def test_she_given_to_a_man_is_not_shown_confident() -> None:
    # the base code showed "She added …" under Ivan Morozov at 0.90, confident
    article = _analysed(FLOUR)
    names = {s.id: s.name for s in article.speakers}
    added = next(q for q in article.quotes if "ask the government" in q.text)
    if added.speaker is not None and "Morozov" in names[added.speaker]:
        assert not is_confident(added), added.confidence
    named = next(q for q in article.quotes if "raise the price of bread" in q.text)
    # his own named words keep far more of their confidence than the clashing pronoun's (the
    # thirty-third session's refit puts a plain "X said that" on translated text at about 0.8)
    assert named.confidence is not None and added.confidence is not None
    assert named.confidence >= 0.75 and named.confidence - added.confidence >= 0.3


def _quote(speaker: int, source: str, at: int, confidence: float = 0.95) -> Quote:
    return Quote(
        0,
        "indirect",
        at + len(source) + 6,
        at + len(source) + 40,
        "that the plant would close",
        speaker=speaker,
        source_text=source,
        source_start=at,
        source_end=at + len(source),
        confidence=confidence,
    )


def test_features_read_how_the_speaker_was_found() -> None:
    text = (
        "Marta Kovac runs the dairy. Its owner Dmitri Sokol and the buyer Aldo Ferri met on "
        "Friday. She said that the plant would close."
    )
    at = text.index("She said")
    marta = Speaker(0, "Marta Kovac", kind="person", mentions=(Mention(0, 11, "Marta Kovac"),))
    dmitri = Speaker(1, "Dmitri Sokol", kind="person", mentions=(Mention(38, 50, "Dmitri Sokol"),))
    words = _Words(text)
    f = features(_quote(0, "She", at), {0: marta, 1: dmitri}, words)
    assert f["pronoun"] == 1 and f["pron_rivals"] > 0 and f["pron_names_between"] > 0
    assert "gender_clash" not in f
    clash = features(_quote(1, "She", at), {0: marta, 1: dmitri}, words)
    assert clash.get("gender_clash") == 1


def test_a_common_noun_phrase_is_no_name_and_a_quoted_name_is_a_body() -> None:
    text = 'These numbers show a fall. The pharmacist of the network "Green Cross" said so.'
    words = _Words(text)
    figures = Speaker(
        0, "These numbers", kind="collective", mentions=(Mention(0, 13, "These numbers"),)
    )
    f = features(_quote(0, "These numbers", 0), {0: figures}, words)
    assert f["common_name"] == 1
    at = text.index("Green Cross")
    network = Speaker(
        1, "Green Cross", kind="person", mentions=(Mention(at, at + 11, "Green Cross"),)
    )
    g = features(_quote(1, "Green Cross", at), {1: network}, words)
    assert g["quoted_name"] == 1 and g["common_name"] == 0


def test_calibration_only_lowers() -> None:
    text = "Marta Kovac said that the plant would close."
    marta = Speaker(0, "Marta Kovac", kind="person", mentions=(Mention(0, 11, "Marta Kovac"),))
    for c in (0.1, 0.5, 0.9, 0.99):
        (q,) = calibrate(text, [_quote(0, "Marta Kovac", 0, c)], [marta])
        assert q.confidence is not None and q.confidence <= c
    unscored = Quote(0, "direct", 0, 5, "close", speaker=0)
    assert calibrate(text, [unscored], [marta])[0].confidence is None


def test_the_shipped_calibration_reads_only_features_the_code_writes() -> None:
    model = calibration_en.load()
    assert model is not None
    written = {
        "z", "indirect", "relayed", "no_speaker", "kind_person", "kind_organization",
        "kind_collective", "kind_other", "common_name", "one_word_name", "role",
        "digit_in_name", "quoted_name", "given_name_body", "no_source", "pronoun",
        "named_at_source", "gender_clash", "never_named_before", "reach", "pron_rivals",
        "desc_rivals", "pron_names_between", "desc_names_between", "report_inside",
        "source_two", "name_cut",
    }  # fmt: skip
    assert set(model.weights) <= written
    assert model.weights["z"] > 0  # the scorer's confidence still counts most


def test_real_pages_of_an_outside_test_set_never_fit_the_calibration() -> None:
    # the fundus and scrapinghub pages are evaluation data: they measure the model, never fit it
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_calibration_en.py"
    spec = importlib.util.spec_from_file_location("train_calibration_en", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    real_a = {"tag": "fundus3/page", "half": script.half("fundus3/page"), "real": True}
    ours_a = next(
        {"tag": f"fresh20/mt{i}", "half": "A", "real": False}
        for i in range(131, 137)
        if script.half(f"fresh20/mt{i}") == "A"
    )
    assert real_a["half"] == "A"
    assert not script.fits(real_a)
    assert script.fits(ours_a)


def test_a_report_inside_the_words_and_a_source_naming_two_are_read() -> None:
    # invented: the words shown hold another person's report ("the guard told her that …"), and
    # the source words name an outlet and a person together
    text = (
        "Olena Brandt runs the shop. She said that the guard told her that the door was open. "
        "According to the portal Vista, the mayor Ivo Hart said the road would close."
    )
    olena = Speaker(0, "Olena Brandt", kind="person", mentions=(Mention(0, 12, "Olena Brandt"),))
    at = text.index("She said")
    inside = Quote(
        0,
        "indirect",
        at + 9,
        at + 62,
        "that the guard told her that the door was open",
        speaker=0,
        source_text="She",
        source_start=at,
        source_end=at + 3,
        confidence=0.95,
    )
    f = features(inside, {0: olena}, _Words(text))
    assert f["report_inside"] == 1.0
    src = "the portal Vista, the mayor Ivo Hart"
    two = Quote(
        1,
        "indirect",
        0,
        10,
        "the road would close",
        speaker=0,
        source_text=src,
        source_start=text.index(src),
        source_end=text.index(src) + len(src),
        confidence=0.95,
    )
    g = features(two, {0: olena}, _Words(text))
    assert g["source_two"] == 1.0 and g["report_inside"] == 0.0
    plain = features(_quote(0, "Olena Brandt", 0), {0: olena}, _Words(text))
    assert plain["source_two"] == 0.0 and plain["report_inside"] == 0.0
    model = calibration_en.load()
    assert model is not None
    assert model.weights["report_inside"] < 0 and model.weights["source_two"] < 0
