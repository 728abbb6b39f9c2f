"""English attribution, thirty-fifth session (issue 12): the source-kind reading counts a
possessive "'s" as no contraction.  Invented articles only."""

from __future__ import annotations

from newsprism.attribution.source_kind_en import reads_translated, translated_score

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
