"""English cue kinds beyond "X said": stances, raising verbs, passives, adverbs, adjectives,
nouns.  Sentences written for these tests (fictional people and places), real spaCy model."""

from __future__ import annotations

import pytest

from newsprism.attribution import quotes_en
from newsprism.attribution.backends import models
from newsprism.attribution.model import Found


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(cue, content, source) of every attribution found in a one-paragraph text."""
    analysis = quotes_en.analyse(models.get("en"), text, [(0, len(text))])

    def cue(f: Found) -> str:
        return text[f.cue[0] : f.cue[1]] if f.cue else ""

    return [
        (cue(f), text[f.start : f.end], f.source.text if f.source else None) for f in analysis.found
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Mayor Ilse Varga urged the council to close the old bridge.",
            "urged",
            "the council to close the old bridge",
            "Mayor Ilse Varga",
        ),
        (
            "The union accused the port authority of hiding the accident.",
            "accused",
            "the port authority of hiding the accident",
            "The union",
        ),
        (
            "Residents have called for a new ferry service.",
            "called for",
            "a new ferry service",
            "Residents",
        ),
        (
            "Varga said that the bridge would stay shut until spring.",
            "said",
            "that the bridge would stay shut until spring",
            "Varga",
        ),
        # subject control: a gerund after a preposition has no subject of its own
        (
            "Mayor Ilse Varga closed the meeting by accusing the port authority of hiding the "
            "accident.",
            "accusing",
            "the port authority of hiding the accident",
            "Mayor Ilse Varga",
        ),
        (
            "Councillor Tomas Brel opened the session by criticizing the ferry company for its "
            "delays.",
            "criticizing",
            "the ferry company for its delays",
            "Councillor Tomas Brel",
        ),
    ],
)
def test_verb_cues_take_the_whole_complement(
    text: str, cue: str, content: str, source: str
) -> None:
    assert (cue, content, source) in _found(text)


def test_raising_and_agentless_passive_have_no_source() -> None:
    found = _found("The ferry company is expected to raise its fares in March.")
    assert ("expected", "The ferry company is expected to raise its fares in March", None) in found
    found = _found("The new pier appears to have been built without a permit.")
    assert any(c == "appears" and s is None and "without a permit" in t for c, t, s in found)


def test_report_adverb_attributes_the_clause() -> None:
    (found,) = _found("The harbour master has reportedly resigned over the dispute.")
    assert found[0] == "reportedly" and found[2] is None
    assert found[1].startswith("The harbour master") and found[1].endswith("over the dispute")


def test_attitude_adjective_needs_a_complement() -> None:
    found = _found("Fishermen in Lorvik are optimistic that the catch will recover.")
    assert ("are optimistic", "that the catch will recover", "Fishermen in Lorvik") in found
    assert _found("Fishermen in Lorvik are optimistic.") == []


def test_cue_noun_with_possessor_and_light_verb() -> None:
    found = _found("Varga's claim that the ferry was unsafe angered the company.")
    assert ("claim", "that the ferry was unsafe", "Varga") in found
    found = _found("The council raised concerns about the cost of the new pier.")
    assert any(
        c.startswith("concerns") and t == "the cost of the new pier" and s == "The council"
        for c, t, s in found
    )


def test_cues_inside_a_quote_belong_to_the_quote() -> None:
    text = "“I am sure the bridge will hold,” Varga said."
    found = _found(text)
    assert [c for c, _, _ in found] == ["said"]


def test_in_someones_view_and_in_a_poll() -> None:
    found = _found("In Varga's view, the ferry company has broken its promises.")
    assert ("In Varga's view", "the ferry company has broken its promises", "Varga") in found
    found = _found("In a survey released on Monday, most residents backed the new pier.")
    assert any(c.startswith("In") and t.startswith("most residents") for c, t, _ in found)


def test_asked_in_the_passive_has_no_named_asker() -> None:
    found = _found("The harbour master was asked whether the pier would reopen.")
    assert ("asked", "whether the pier would reopen", None) in found


def test_parenthetical_said_takes_the_clause_around_it() -> None:
    text = "In the end, the harbour master said, the ferry will have to be replaced."
    assert any(
        c == "said" and t.startswith("In the end") and t.endswith("replaced") and s is not None
        for c, t, s in _found(text)
    )
    text = "“The pier is safe,” Varga said, “and it will stay open all winter.”"
    kinds = [t for c, t, _ in _found(text) if c == "said"]
    assert kinds and kinds[0].startswith("“The pier is safe")


def _stage(text: str) -> list[tuple[str, str | None]]:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    article = Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "en"))
    return [(q.text, q.source_text) for q in article.quotes]


def test_a_passive_speech_verb_with_this_attributes_the_sentence_before() -> None:
    # translated news: "This was reported by …" stands for the sentence before it
    text = (
        "Floodwater cut off four villages in the Tisza valley overnight. This was reported "
        "by the regional emergency service on Tuesday.\n\n"
        "Schools in the district stay closed. It was announced by the education office."
    )
    found = _stage(text)
    assert (
        "Floodwater cut off four villages in the Tisza valley overnight",
        "the regional emergency service",
    ) in found, found
    assert ("Schools in the district stay closed", "the education office") in found, found


def test_this_stays_when_the_sentence_before_is_someone_elses() -> None:
    text = (
        "According to the harbour master, the ferry will sail again on Friday. This was also "
        "reported by the port's press office."
    )
    found = _stage(text)
    assert ("the ferry will sail again on Friday", "the harbour master") in found, found
    assert all(
        t != "the ferry will sail again on Friday" or s == "the harbour master" for t, s in found
    )


def test_quote_resumed_after_a_long_attribution_is_one_quote() -> None:
    """“A,” said X, <a clause about X>. “B.” — B continues A (one attribution, as PolNeAR
    annotates it); a resumed passage with a cue of its own stays apart."""
    one = (
        "“The water has reached the first floor of every house on the river,” said Tomas Elling, "
        "who has run the volunteer fire brigade in Marsk for nineteen years. “We moved the "
        "pensioners out on Friday night.”"
    )
    found = _found(one)
    assert len(found) == 1, found
    cue, content, source = found[0]
    assert cue == "said" and source is not None and source.startswith("Tomas Elling")
    assert content.startswith("“The water") and content.endswith("Friday night.”")
    two = (
        "“The water has reached the first floor of every house on the river,” said Tomas Elling, "
        "who has run the volunteer fire brigade in Marsk for nineteen years. “The dam will "
        "hold until Monday,” the regional governor Anna Brodsky said."
    )
    found = _found(two)
    assert len(found) == 2, found
    assert "Anna Brodsky" in (found[1][2] or "") and found[1][1].startswith("“The dam")


def test_block_quote_after_a_colon_is_the_content() -> None:
    """ "He adds:" with the quotation set as its own paragraph, without quotation marks."""
    text = (
        "The critic Lena Marr calls the film the bravest comedy of the year. She adds:\n\n"
        "It mocks a dictator not by explaining him but by making him small, which is the one "
        "thing such a man cannot forgive.\n\nThe studio has not commented."
    )
    analysis = quotes_en.analyse(models.get("en"), text, [(0, 77), (79, 195), (197, len(text))])
    got = [(text[f.start : f.end], f.source.text if f.source else None) for f in analysis.found]
    assert any(c.startswith("It mocks a dictator") and s == "She" for c, s in got), got
    assert not any("studio" in c for c, _ in got), got
