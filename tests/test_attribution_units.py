"""Attribution building blocks that need no model: names, quotation marks, dash speech."""

from __future__ import annotations

import re

import pytest

from newsprism.attribution.dashspeech import find_dash_speech
from newsprism.attribution.names import phonetic_key, romanize, same_name
from newsprism.attribution.quotemarks import find_quoted


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Зеленский"),
        ("Navalny", "Navalnyi"),
        ("Navalny", "Навальный"),
        ("Khodorkovsky", "Hodorkovskiy"),
        ("Lavrov", "Лавров"),
    ],
)
def test_transliteration_variants_are_one_name(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"), [("Clinton", "Clifton"), ("Trump", "Truman"), ("Ivanov", "Petrov")]
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_romanize_and_initials() -> None:
    assert romanize("Щербаков") == "shcherbakov"
    assert phonetic_key("Зеленский") == phonetic_key("Zelenskiy")
    assert same_name("V.", "Vladimir") and not same_name("V.", "Sergei")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text, _paragraphs(text))]


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win.”",
        'He said "we will win."',
        "Он сказал «мы победим».",
        "Er sagte „wir gewinnen“.",
        "He said ‘we will win.’",
        "He said 'we will win.'",
    ],
)
def test_every_quotation_style(text: str) -> None:
    (found,) = _quoted(text)
    assert found[1:-1].strip(".") in ("we will win", "мы победим", "wir gewinnen")


def test_apostrophes_are_not_quotes() -> None:
    assert _quoted("Students’ union said it doesn’t care about O'Brien's plan.") == []


def test_quote_continues_into_next_paragraph() -> None:
    text = "He said: “We will win.\n\n“And we will rebuild,” he added. Then he left."
    (found,) = _quoted(text)
    assert found.startswith("“We will win") and found.endswith("rebuild,”")


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said “we are tired of waiting\n\nThe minister left."
    (found,) = _quoted(text)
    assert found == "“we are tired of waiting"


def test_nested_quotes_stay_inside() -> None:
    assert _quoted("«Мы „готовы“ к диалогу», — сказал он.") == ["«Мы „готовы“ к диалогу»"]


def _dash(text: str) -> tuple[list[str], list[str]]:
    d = find_dash_speech(text, 0, len(text))
    assert d is not None
    return [text[a:b] for a, b in d.speech], [text[a:b] for a, b in d.author]


def test_russian_dash_dialogue() -> None:
    speech, author = _dash("— Мы не допустим эскалации, — заявил Лавров. — Это наша позиция.")
    assert speech == ["Мы не допустим эскалации", "Это наша позиция."]
    assert author == ["заявил Лавров."]


def test_dash_speech_with_lost_dash_in_translation() -> None:
    speech, author = _dash(
        "— We will rebuild the bridge, the governor, Piotr Nowak, told the newspaper."
    )
    assert speech == ["We will rebuild the bridge"]
    assert author == ["the governor, Piotr Nowak, told the newspaper."]


def test_not_dash_speech() -> None:
    assert find_dash_speech("Text without a dash.", 0, 20) is None


def test_subtree_survives_a_cyclic_parse() -> None:
    """natasha's parser can link two tokens to each other; walking the tree must end."""
    from types import SimpleNamespace

    from newsprism.attribution.quotes_ru import _Sent

    a = SimpleNamespace(id="1_1", head_id="1_2", start=0)
    b = SimpleNamespace(id="1_2", head_id="1_1", start=5)
    assert [t.id for t in _Sent([a, b]).subtree(a)] == ["1_1", "1_2"]


def test_a_title_before_a_surname_is_not_a_first_name() -> None:
    from newsprism.attribution.names import split_honorific

    assert split_honorific(["Ms", "Doyle"]) == ("f", ["Doyle"], True)
    assert split_honorific(["Dr.", "Anna", "Berg"]) == (None, ["Anna", "Berg"], True)
    assert split_honorific(["Doyle"]) == (None, ["Doyle"], False)


def test_ms_doyle_is_margaret_doyle() -> None:
    import newsprism

    text = (
        "Council leader Margaret Doyle said the bridge would open in 2030.\n\n"
        "Repayments would be covered by a toll, Ms Doyle said.\n\n"
        "The ferry operator, Ellis Crossings, which carries a million passengers a year, said it was disappointed."
    )
    article = newsprism.analyse(newsprism.read(text.encode()), ["attribution"])
    names = {s.name: s for s in article.speakers}
    assert "Ms Doyle" in names["Margaret Doyle"].aliases and "Ms Doyle" not in names
    assert names["Ellis Crossings"].role == "the ferry operator"
