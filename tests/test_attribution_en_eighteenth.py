"""English attribution, eighteenth round: "he" and "she" after two people named together
(invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

# two people of different genders named in one sentence, each then quoted by a pronoun, over
# three paragraphs: the people of an earlier paragraph (already quoted) must not take the
# pronouns of a paragraph that names new people
REPORT = (
    "Two research institutes to merge in January\n\n"
    "The ministry of science announced the merger of three institutes on Monday.\n\n"
    "The director of the Institute of Soil Science Marina Lobanova and the head of its "
    "laboratory of hydrology Pavel Demidov see the merger differently. She said that the "
    "institute had asked for the merger itself. He said that the laboratories had learned "
    "about the plan from a draft order.\n\n"
    "The deputy minister Irina Sokolova and her adviser Oleg Tarasov presented the plan at a "
    "briefing. She said that no researcher would lose a position. He said that the savings "
    "would go to new equipment.\n\n"
    "The engineer Peter Walsh and the union steward Mary Collins met the reporters. He said "
    "that the workshop had not been consulted. She said that the union would ask for a delay."
)


def test_he_after_she_goes_to_the_man_named_with_her() -> None:
    """ "A (f) and B (m) differ. She said …. He said …": the sentence before speaks of her by
    a pronoun, which bears out the name's gender: "he" is the other person."""
    article = attributed(REPORT)
    assert speaker_of(article, "asked for the merger itself") == "Marina Lobanova"
    assert speaker_of(article, "learned about the plan") == "Pavel Demidov"


def test_a_paragraph_that_names_new_people_keeps_its_pronouns() -> None:
    """Someone quoted in an earlier paragraph does not outweigh a person of the pronoun's
    gender named in the pronoun's own paragraph."""
    article = attributed(REPORT)
    assert speaker_of(article, "no researcher would lose") == "Irina Sokolova"
    assert speaker_of(article, "savings would go") == "Oleg Tarasov"
    assert speaker_of(article, "workshop had not been consulted") == "Peter Walsh"
    assert speaker_of(article, "ask for a delay") == "Mary Collins"
