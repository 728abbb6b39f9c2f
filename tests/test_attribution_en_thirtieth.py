"""English attribution, thirtieth round (issue 12): constructions of news translated into
English that the rules missed (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

# A quotation standing alone as a paragraph, its speaker named only in the paragraph after it
# by a sentence pointing back at the words (the English of «Эти слова принадлежат …», «Так
# прокомментировал …»): before, the quotation went to whoever spoke last.
LAKE = (
    "The lake near Tartu is drying: the city speaks about a dry summer, the fishermen about "
    "the dam\n\n"
    "TARTU — The water of the lake fell by 40 centimetres since May.\n\n"
    "The head of the city water department Peeter Saar said that the summer was the driest in "
    "twenty years.\n\n"
    '"My grandfather caught the pike here from the boat. Now I walk to the middle of the lake '
    'in the boots and I do not wet the knees."\n\n'
    "These words belong to the oldest fisherman of the village, 81-year-old Aadu Lepik, who "
    "fished on the lake for sixty years.\n\n"
    "«The dam was built without any study, and the river does not feed the lake any more. "
    "Nobody asked the village.»\n\n"
    "So the situation was explained to the radio by the hydrologist Kadri Mets, who measured "
    "the lake in 2019 and asked the city to open the sluices.\n"
)


def test_a_quotation_goes_to_the_person_the_next_paragraph_points_back_to() -> None:
    article = attributed(LAKE)
    assert speaker_of(article, "caught the pike here") == "Aadu Lepik"
    assert speaker_of(article, "built without any study") == "Kadri Mets"
    # the pointing sentence attributes the quotation; it is not a quote of its own, but the
    # relative clause after the name still reports on its own
    assert not any(q.text.startswith("the situation") for q in article.quotes)


SHOP = (
    "Market hours cut\n\n"
    "The council cut the hours of the market. The trader Mari Kask said that she would lose "
    "a third of her customers.\n\n"
    '"We open at six because the farmers come at six."\n\n'
    "So, the council will vote again in June, the chairman Toomas Ilves said.\n"
)


def test_a_so_opening_a_conclusion_points_back_to_nothing() -> None:
    """ "So," with a comma concludes: the bare quotation is not the chairman's."""
    article = attributed(SHOP)
    assert speaker_of(article, "farmers come at six") != "Toomas Ilves"


# "The agency quotes him as saying: “…”": the words are the one quoted, the agency passes
# them on; before, "saying" made the agency the speaker (shown confident) and the pronoun
# went to the last person-like name (a town NER took for a person).
HOSPITAL = (
    "A scanner for Keszthely\n\n"
    "The regional secretary for health of Zala Tamas Varga visited Hévíz on Monday. The "
    'agency MTI quotes him as saying: "The hospital will get the new scanner before the '
    'winter, and the patients will not travel to Budapest." He added that the county has 400 '
    "million forints for the equipment.\n\n"
    "The director of the hospital Eva Kiss told the portal that the old scanner broke twice "
    "in March.\n"
)


def test_the_one_an_agency_quotes_as_saying_is_the_speaker() -> None:
    article = attributed(HOSPITAL)
    assert speaker_of(article, "get the new scanner") == "Tamas Varga"
    assert speaker_of(article, "400 million forints") == "Tamas Varga"
    holding = [q for q in article.quotes if "new scanner" in q.text]
    assert len(holding) == 1  # one quote, read through "quotes" and "saying" alike
    relayer = article.speaker(holding[0].relayed_by)
    assert relayer is not None and "MTI" in relayer.name
