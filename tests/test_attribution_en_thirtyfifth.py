"""English attribution, thirty-fifth session (issue 12): the source-kind reading counts a
possessive "'s" as no contraction; a name of three words after its office is kept whole, and
the person is the one speaker of their first surname alone or both surnames.  Invented articles
only."""

from __future__ import annotations

from newsprism.attribution.source_kind_en import reads_translated, translated_score
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

#: translated-style English that writes possessives where the original had a genitive: until
#: this session each "'s" counted as a contraction and pulled the text towards native English
POSSESSIVES = """The ministry's plan for the heating season was approved

The region's government approved the ministry's plan for the heating season on Monday, the \
press service of the governor's administration reported. According to the plan, the city's \
boiler houses will receive the reserve of the fuel by the October, and the district's \
networks will be repaired by the end of the summer.

"The plan's main task is the uninterrupted supply of the heat to the residents," the head of \
the ministry's department Anton Sergeyev told the journalists. The governor's deputy Olga \
Lisina noted that the region's budget will finance the repair of the networks of the city. \
The company's director did not comment on the ministry's decision."""


def test_a_possessive_is_no_contraction() -> None:
    # a possessive changes the score no more than the same word without its apostrophe
    assert translated_score("the company's plan and the city's roads") == translated_score(
        "the companys plan and the citys roads"
    )
    # a contraction still lowers it
    assert translated_score("the plan and it's the road") < translated_score(
        "the plan and its the road"
    )


def test_translated_text_rich_in_possessives_reads_as_translated() -> None:
    assert reads_translated(POSSESSIVES)
    # its eleven possessives do not pull it towards native English
    assert translated_score(POSSESSIVES) == translated_score(POSSESSIVES.replace("'s", "s"))


#: translated-style English naming people with a given name and two surnames after the place of
#: their office, then calling them by the first surname or by both surnames
THREE_PART_NAMES = """The customs administrator of the airport was detained

The prosecutor of the anticorruption division of the department of La Paz Rodrigo Ayala \
Quisbert told at the press conference that the administrator received from the importers \
"from 500 to 3,000 dollars for each container".

"We have the bank transfers, and we have the witnesses," Ayala said.

The chairman of the Flour Mills Association of the Punjab Asim Raza Bhatti rejected the \
accusations of the importers. "If I pay more for the wheat, the bag of the flour costs more," \
Bhatti said.

The secretary of the culture of the municipality Rodrigo Méndez Arriaga said on Monday that \
the city government will not interfere. On Tuesday the newspaper published the interview in \
which Méndez Arriaga said that the inspection "will end earlier, in the silence"."""


def _speaker_names(text: str) -> dict[str, str | None]:
    article = Pipeline(["segment", "attribution"])(article_from_text(text, "en"))
    out = {}
    for q in article.quotes:
        sp = None if q.speaker is None else article.speaker(q.speaker)
        out[q.text[:30]] = None if sp is None else sp.name
    return out


def test_a_name_of_three_words_after_its_office_is_kept_whole() -> None:
    names = set(_speaker_names(THREE_PART_NAMES).values())
    assert "Rodrigo Ayala Quisbert" in names
    assert "Asim Raza Bhatti" in names
    assert "Ayala Quisbert" not in names and "Raza Bhatti" not in names


def test_a_person_called_by_the_first_surname_or_both_surnames_is_one_speaker() -> None:
    by_quote = _speaker_names(THREE_PART_NAMES)
    said = {v for k, v in by_quote.items() if k.startswith(('"We have', "that the inspection"))}
    assert said == {"Rodrigo Ayala Quisbert", "Rodrigo Méndez Arriaga"}


def test_two_people_of_one_surname_stay_two() -> None:
    # "Hillary and Bill": another given name is another person, not a first surname
    text = (
        "Maria Lopez Garcia said that the school will open in May. Her brother Pedro Garcia "
        'said that the roof is not ready. "We need two more weeks," Pedro Garcia said.'
    )
    names = set(_speaker_names(text).values())
    assert "Maria Lopez Garcia" in names and "Pedro Garcia" in names
