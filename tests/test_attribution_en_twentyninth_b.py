"""English attribution, twenty-ninth round, second part (issue 12): a pronoun after a person
introduced without a verb of saying, a speaker named inside another's reported words, an
inverted "said" with an office of several words, and a description of an office no named person
holds (invented articles, never evaluation text)."""

from __future__ import annotations

from typing import Any

from attributed import attributed, quote_holding, speaker_of

from newsprism.attribution.confidence import is_confident

FERRY = (
    "Ferry service cut to twice a week\n\n"
    "The island ferry will sail only on Mondays and Fridays from March, the port authority "
    "said on Tuesday.\n\n"
    '"The second vessel failed its inspection," harbour master Oskar Lind told reporters.\n\n'
    "The operator's managing director, Paul Greer, blamed the shipyard. "
    '"We were promised the hull by January," he said.\n\n'
    "The mayor backed Lind. He said the council would pay for a chartered boat until summer.\n"
)


def test_he_after_a_described_subject_is_not_the_person_named_after_it() -> None:
    """ "The mayor backed Lind. He said …": the mayor is the sentence's subject; Lind, named
    after him, is not whom "he" carries on, nor Greer, the last to speak."""
    article = attributed(FERRY)
    assert speaker_of(article, "chartered boat") not in ("Oskar Lind", "Paul Greer")


CLINIC = (
    "Clinic waits double in a year\n\n"
    "Patients at the Eastfield clinic waited an average of six weeks for an appointment in "
    "October, figures published on Monday show.\n\n"
    "One patient, 74-year-old Joan Marsh, waited eleven weeks for a scan. Her son, Tom Marsh, "
    "said the receptionist had told him twice that a cancellation was likely.\n\n"
    '"She could barely walk by then," he said. "Nobody called us back."\n'
)


def test_someone_inside_anothers_reported_words_is_not_the_next_he() -> None:
    """The receptionist speaks only inside what Tom Marsh says: the "he" of the next quote is
    Tom Marsh, the subject of the sentence before, not the receptionist."""
    article = attributed(CLINIC)
    assert speaker_of(article, "barely walk") == "Tom Marsh"


def _parsed_as_the_parser_misreads() -> Any:
    """'"Our crews will stay out," said network operations manager Dara Quinn.' as the small
    English model parses it when the office has several words: "manager" a verb of its own
    (a clause under "said") with the name as its object, so "said" has no subject."""
    import spacy
    from spacy.tokens import Doc

    words = ["“", "Our", "crews", "will", "stay", "out", ",", "”", "said", "network"]
    words += ["operations", "manager", "Dara", "Quinn", "."]
    heads = [8, 2, 4, 4, 8, 4, 8, 8, 8, 11, 11, 8, 13, 11, 8]
    deps = ["punct", "poss", "nsubj", "aux", "ccomp", "advmod", "punct", "punct", "ROOT"]
    deps += ["compound", "compound", "ccomp", "compound", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "NOUN"]
    pos += ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["“", "our", "crew", "will", "stay", "out", ",", "”", "say", "network"]
    lemmas += ["operation", "manage", "Dara", "Quinn", "."]
    ents = ["O"] * 12 + ["B-PERSON", "I-PERSON", "O"]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        ents=ents,
    )


def test_an_inverted_said_takes_an_office_of_several_words() -> None:
    from newsprism.attribution.quotes_en import _inverted_name

    doc = _parsed_as_the_parser_misreads()
    said = doc[8]
    who = _inverted_name(said)
    assert who is not None and who.text == "Quinn"
    # "said on Monday to Dara Quinn" has no office before the name: not read so
    assert _inverted_name(doc[4]) is None


RIVER = (
    "Water firm fined over river spills\n\n"
    "A water company was fined £2 million on Friday for pumping sewage into the River Alde. "
    'Judge Helen Marr said the firm had shown "contempt for the public".\n\n'
    "A Natural Resources Agency spokesperson said spills had tripled since 2020. "
    '"The firm was warned, and it did nothing," the spokesperson said.\n'
)


def test_a_described_office_does_not_go_to_a_person_of_another_office() -> None:
    """ "the spokesperson" after Judge Helen Marr is the agency's spokesperson, not the judge:
    someone whose office the article states, and which the description does not fit, is
    someone else."""
    article = attributed(RIVER)
    assert speaker_of(article, "it did nothing") != "Helen Marr"
    # the description calls back the agency's spokesperson, described so before
    assert speaker_of(article, "it did nothing") == speaker_of(article, "spills had tripled")


def test_a_pronoun_away_from_the_last_speaker_is_not_confident() -> None:
    """The subject of the sentence before is not the person quoted last: the reader is told
    the speaker is uncertain."""
    article = attributed(FERRY)
    assert not is_confident(quote_holding(article, "chartered boat"))


MEADOW = (
    "Council drops meadow housing plan\n\n"
    "The county council withdrew its plan for 300 homes on Harrow Meadow on Thursday.\n\n"
    "Campaigner Mark Dunn, from Keep Harrow Green, told the Gazette that the field floods "
    "every winter. "
    '"This is a win, but the next plan is already being drawn up," he said.\n'
)


def test_a_capitalised_person_noun_before_a_name_is_an_office() -> None:
    """ "Campaigner Mark Dunn": NER runs the noun into the name; it is his office, not a
    one-word person the next "he" can go to."""
    article = attributed(MEADOW)
    assert speaker_of(article, "field floods") == "Mark Dunn"
    assert speaker_of(article, "next plan") == "Mark Dunn"
    assert all(s.name != "Campaigner" for s in article.speakers)
