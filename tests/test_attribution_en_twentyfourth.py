"""English attribution, twenty-fourth round (issue 12): an outlet's "according to X" around
an official's request, names NER reads as bodies or places, people described as a group
(invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution.confidence import is_confident

OUTLET_REQUEST = (
    "Flooded district left without water for a third day\n\n"
    "The governor of the Tomsk region Ivan Petrenko visited the flooded district on Friday and "
    "met the families in the school gym. According to Interfax, the governor demanded from the "
    'water utility "to restore the supply within a day" and warned that its managers would '
    "answer for any further delay.\n\n"
    "The mayor of the town said on Saturday that the utility had asked the region for 40 "
    "million rubles to replace the pumps."
)


def test_an_outlets_according_to_passes_on_the_officials_request() -> None:
    """ "According to AGENCY, OFFICIAL demanded … and warned that …": both are the official's,
    passed on by the agency, which is never shown as their confident speaker."""
    article = attributed(OUTLET_REQUEST)
    for phrase in ("restore the supply within a day", "answer for any further delay"):
        q = quote_holding(article, phrase)
        assert speaker_name(article, q) == "Ivan Petrenko"
        relay = article.speaker(q.relayed_by)
        assert relay is not None and relay.name == "Interfax"
    assert not any(
        is_confident(q) and speaker_name(article, q) == "Interfax" for q in article.quotes
    )


def test_a_request_someone_tells_of_stays_their_claim() -> None:
    """ "X said that the utility had asked for money" tells of an act: X's claim, not the
    utility's words relayed by X."""
    article = attributed(OUTLET_REQUEST)
    q = quote_holding(article, "asked the region for 40 million rubles")
    assert q.relayed_by is None


NAMES_READ_AS_PLACES = (
    "Parents protest against the annulled exam\n\n"
    "The examination center annulled the results of 120 pupils on Thursday.\n\n"
    "The mother of a pupil Nino Gelashvili and her brother Giorgi Gelashvili came to the office "
    "on Saturday with a poster. They said that the boy had prepared for the exam for two years "
    "and would now have to write it again.\n\n"
    "The baker Irina Marchenko has sold bread next to the school for twenty years. Irina and "
    "Oleg Marchenko came to the office together on Monday. They said that the center should "
    "let the pupils choose the day of the new exam."
)


def test_a_transliterated_name_ner_reads_as_a_place_is_a_person() -> None:
    """spaCy's small model reads "Nino Gelashvili" as a place and "Irina" as a body: a name
    opening with a given name of the name dictionary is a person, and "They" after two people
    named together is both of them."""
    article = attributed(NAMES_READ_AS_PLACES)
    pair = speaker_name(article, quote_holding(article, "prepared for the exam"))
    assert pair is not None and "Nino Gelashvili" in pair and "Giorgi Gelashvili" in pair
    couple = speaker_name(article, quote_holding(article, "choose the day"))
    assert couple is not None and "Irina" in couple and "Oleg Marchenko" in couple


GROUPS_OF_PEOPLE = (
    "Miners still trapped after the collapse\n\n"
    "Rescuers reached the second gallery of the mine on Thursday night.\n\n"
    "The relatives of the electrician Marat Sabirov came from Ufa on Wednesday. They told "
    "journalists that the company had warned them about the collapse only a day later.\n\n"
    "The head of the union Elena Vorobyova and the council member from the Green Party Pavel "
    "Sedov, who rarely agree, came to the mine together. They proposed to pay every family "
    "a month's wages at once.\n\n"
    "The chairman of the parents' committee read out at the meeting the appeal of the parents "
    'of the miners\' children: "We ask the company to tell us the truth every morning."'
)


def test_they_after_a_group_of_people_is_that_group() -> None:
    """ "The relatives of X came …. They told …": the relatives, as a group (not X, whose
    relatives they are, nor a body named earlier)."""
    article = attributed(GROUPS_OF_PEOPLE)
    q = quote_holding(article, "warned them about the collapse")
    who = article.speaker(q.speaker)
    assert who is not None and who.kind == "collective" and "relatives" in who.name.lower()


def test_they_after_two_people_with_their_offices_is_the_pair() -> None:
    """Two people named together, the second with an office naming a party, then "They": the
    pair speaks, not the party."""
    article = attributed(GROUPS_OF_PEOPLE)
    pair = speaker_name(article, quote_holding(article, "a month's wages"))
    assert pair is not None and "Elena Vorobyova" in pair and "Pavel Sedov" in pair


def test_a_plural_description_no_one_named_is_a_collective() -> None:
    """The parents whose appeal is read out are a group of people, not one person."""
    article = attributed(GROUPS_OF_PEOPLE)
    q = quote_holding(article, "tell us the truth every morning")
    who = article.speaker(q.speaker)
    assert who is not None and who.kind == "collective" and "parents" in who.name


OPENING_ACCORDING = (
    "Regulator revokes the licence of a regional bank\n\n"
    "The central bank revoked the licence of the Tver bank Volga-Kredit on Friday and appointed "
    "a temporary administration.\n\n"
    "According to the Central Bank, the assets of the bank on November 1 were 9.4 billion "
    "rubles, and the hole in its capital is estimated at 3 billion rubles."
)


def test_an_opening_according_to_ends_at_its_comma() -> None:
    """ "According to X, the assets of the bank … were …": X is the source and the assets are
    what X says, though the parse hangs them on X as an apposition."""
    article = attributed(OPENING_ACCORDING)
    q = quote_holding(article, "9.4 billion")
    assert q.source_text == "the Central Bank"
    assert "the assets of the bank" in q.text


DESCRIBED_BODY_COLON = (
    "A protest after the last round\n\n"
    "The runner-up filed a protest against the result on Sunday night.\n\n"
    "The press service of the chess federation: the complaint has not been received yet; if "
    "it comes, it will be considered within a month."
)


def test_a_body_written_in_lower_case_before_a_colon_states_what_follows() -> None:
    """ "The press service of the chess federation: the complaint has not been received …":
    the service's statement, though its name is written in lower case."""
    article = attributed(DESCRIBED_BODY_COLON)
    q = quote_holding(article, "the complaint has not been received")
    who = article.speaker(q.speaker)
    assert who is not None and who.kind == "organization" and "press service" in who.name


DESCRIBED_ACCORDING = (
    "Old bridge closed for repairs\n\n"
    "The town's old bridge over the Lena was closed to traffic on Monday morning.\n\n"
    "According to John Harlow, a spokesman for the roads agency, the bridge needs repairs that "
    "will take at least two months.\n\n"
    "According to Mary Ellison, who inspected the bridge last week, two of its piers have "
    "cracked below the waterline."
)


def test_an_opening_according_to_ends_after_the_description_of_its_source() -> None:
    """ "According to X, a spokesman for Y, …" and "According to X, who …, …": the description
    set off by a pair of commas is X's, not part of what X says."""
    article = attributed(DESCRIBED_ACCORDING)
    q = quote_holding(article, "at least two months")
    assert speaker_name(article, q) == "John Harlow"
    assert q.text.startswith("the bridge needs repairs"), q.text
    q = quote_holding(article, "below the waterline")
    assert speaker_name(article, q) == "Mary Ellison"
    assert q.text.startswith("two of its piers"), q.text


PEOPLE_OF_TWO = (
    "Appeal filed in the harbour fraud case\n\n"
    "The lawyers of Pavel Orlov and Irina Volkova filed an appeal with the regional court on "
    "Tuesday. They said the verdict ignored the testimony of two dock workers."
)


def test_they_after_the_people_of_two_named_is_that_group() -> None:
    """ "The lawyers of A and B … They said": the lawyers speak, not the two they act for."""
    article = attributed(PEOPLE_OF_TWO)
    q = quote_holding(article, "ignored the testimony")
    name = speaker_name(article, q) or ""
    assert name.lower().startswith("the lawyers"), name
