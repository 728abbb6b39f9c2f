"""English attribution, thirty-second round (issue 12): mechanisms the development articles
showed failing (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.attribution.clusters import _surname_match
from newsprism.attribution.names import same_bare_spelling, without_diacritics

# A translated article writes a name once with its own letters and later in plain Latin (the
# agency's copy, the writer's keyboard). Before, the plain spelling made a second speaker, and
# its quotes went to a "person" the article never introduced.
HARBOUR = (
    "The ferry line to the islands stops for the winter\n\n"
    "SPLIT — The company Jadran Lines will stop the ferry line to the islands of Šolta and Drvenik "
    "from 1 December, the port authority informed on Monday.\n\n"
    "The director of the company Tomislav Vučković said that the line lost 400 thousand euros "
    "this year and the ministry did not pay the subsidy for the third year.\n\n"
    "The mayor of Šolta Ivana Kovač called the decision «the cutting of the last rope».\n\n"
    "«The old people go to the hospital in Split by this ferry. What do they do now?» she said.\n\n"
    "Vuckovic answered that the company will keep one ship a week on Saturdays.\n\n"
    "The ministry of the sea did not answer the questions of the agency.\n"
)


def test_a_name_written_again_without_its_diacritics_is_the_same_speaker() -> None:
    article = attributed(HARBOUR)
    assert speaker_of(article, "lost 400 thousand euros") == "Tomislav Vučković"
    assert speaker_of(article, "keep one ship a week") == "Tomislav Vučković"
    assert len([s for s in article.speakers if "Vu" in s.name]) == 1


def test_bare_spelling_is_latin_only_and_needs_a_difference() -> None:
    assert without_diacritics("Yalçınkaya") == "yalcinkaya"
    assert without_diacritics("Łukasz") == "lukasz"
    assert without_diacritics("Иванов") is None
    assert same_bare_spelling("Petrović", "Petrovic")
    assert not same_bare_spelling("Petrovic", "Petrovic")  # equal already: nothing to add
    assert not same_bare_spelling("Petrović", "Petrovich")  # another romanisation, not this rule
    assert _surname_match("Hadžić", "Hadzic")
    assert not _surname_match("Hadžić", "Hadžiomerović")
