"""English attribution, thirtieth round (issue 12): constructions of news translated into
English that the rules missed (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_name, speaker_of

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


# A pointing sentence gives the words only to the one its verb of saying has as subject or
# "by"-agent (or "belong to" object): any other person of the sentence is not the speaker (the
# review's invented sentences; before, the first person of the sentence got the quotation).
NOT_THE_OWNER = (
    '"I have never seen anything like it, the flames were higher than the roof."\n\n'
    "That was what a neighbour told the police after the fire at the home of John Carter.\n",
    '"The prices will rise again in the autumn and the families will feel it."\n\n'
    "This is how the market looked on Monday, when John Carter opened his shop at six.\n",
    '"We did not expect so many visitors this year, the hotels are full."\n\n'
    "So the government put John Carter in charge of the tourism office.\n",
)


def test_a_person_the_pointing_verb_does_not_give_the_words_to_is_not_the_speaker() -> None:
    for tail in NOT_THE_OWNER:
        article = attributed("Summer in the town\n\nThe town had a busy summer.\n\n" + tail)
        for quote in article.quotes:
            assert speaker_name(article, quote) != "John Carter", (tail, quote.text)


def test_this_is_what_a_named_person_told_points_back_to_that_person() -> None:
    text = (
        "Summer in the town\n\nThe town had a busy summer.\n\n"
        '"We did not expect so many visitors this year, the hotels are full."\n\n'
        "This is what the hotel owner John Carter told the local radio on Monday.\n"
    )
    assert speaker_of(attributed(text), "so many visitors") == "John Carter"


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


# A quotation after a colon closing a clause about a named person, no verb of saying: before,
# it was not found at all inside its paragraph.
BRIDGE = (
    "The bridge over the Drava stays closed\n\n"
    "The inspection found the cracks in two pillars of the bridge in Osijek on Tuesday.\n\n"
    "The Minister of Transport Oleg Butković was short in the parliament: "
    '"The bridge will not open before the engineers sign the report." The minister also '
    "said that the ferry will run every hour.\n\n"
    "The union of the ferry workers welcomed the decision. Its bulletin said Oleg Butković had "
    'kept his word to the crews: "Our members will work in two shifts until the bridge opens '
    'again."\n'
)


def test_a_quotation_after_a_colon_goes_to_the_person_the_clause_opens_with() -> None:
    article = attributed(BRIDGE)
    assert speaker_of(article, "engineers sign the report") == "Oleg Butković"


def test_a_name_inside_what_a_clause_says_does_not_own_the_quotation_after_it() -> None:
    """ "Its bulletin said Oleg B. had kept his word: “…”": the bulletin's words, not his —
    the reading itself, with no other reading covering the quotation."""
    from newsprism.attribution.backends import english
    from newsprism.attribution.clause_colon_en import clause_colon_quotes
    from newsprism.attribution.model import Entity
    from newsprism.attribution.quotemarks import QuotedSpans, find_quoted

    nlp = english()
    for opening, owner in (("Its bulletin said Oleg Butković", None), ("Oleg Butković", "Oleg")):
        text = f'{opening} kept his word to the crews: "Our members will work in two shifts."'
        at = text.index("Oleg")
        name = Entity(at, at + 13, "Oleg Butković", "PER", "Oleg Butković", last="Butković")
        quoted = QuotedSpans(find_quoted(text, [(0, len(text))]))
        doc = nlp(text)
        found = clause_colon_quotes(
            text, quoted, [], [name], [(0, len(text))], lambda a, b, doc=doc: (0, doc[:])
        )
        assert [f.source.text.split()[0] for f in found if f.source] == ([owner] if owner else [])


# A name inside a prepositional phrase of the clause before the colon is not its subject, and
# not the one speaking (the review's invented sentences): before, the first person named near
# the sentence's start was given the quotation.
NOT_THE_SUBJECT = (
    "The widow of firefighter Mark Davis had one wish: "
    '"Remember him as the man who ran into the fire."',
    'The lawyer of Peter Novak, the accused, was short at the hearing: "My client has nothing '
    'to add to his statement."',
    'A spokesman for John Carter was blunt: "We will not pay for the new road this year."',
    'In an interview with Maria Lopez, the minister was blunt: "We will not pay a single cent '
    'to the contractor."',
)


def test_a_name_inside_a_phrase_of_the_clause_does_not_own_the_quotation_after_it() -> None:
    for sentence in NOT_THE_SUBJECT:
        text = (
            f"Fire in the harbour\n\nThe fire destroyed two warehouses on Sunday.\n\n{sentence}\n"
        )
        article = attributed(text)
        named = [
            p for p in ("Mark Davis", "Peter Novak", "John Carter", "Maria Lopez") if p in sentence
        ]
        for quote in article.quotes:
            assert speaker_name(article, quote) not in named, (sentence, quote.text)


def test_the_name_an_office_before_the_subject_ends_in_owns_the_quotation() -> None:
    """ "The mayor John Carter", "John Carter, the mayor", "The head of the city water
    department Peeter Saar": the name is the subject (the parser may hang it from "of")."""
    for opening in (
        "The mayor John Carter",
        "John Carter, the mayor,",
        "The head of the city water department John Carter",
    ):
        text = (
            "The road stays closed\n\nThe council met on Monday.\n\n"
            f'{opening} was blunt: "We will not pay for the new road this year."\n'
        )
        assert speaker_of(attributed(text), "new road this year") == "John Carter", opening


def test_the_inverted_so_and_the_owner_after_a_comma_still_point_back() -> None:
    """ "So explained the delay the engineer X" (the one saying stands last, the parse's
    object) and "These words belong to the oldest baker of the town, 70-year-old X" (the
    apposition the parser may hang on "words")."""
    for pointing in (
        "So explained the delay the engineer Martin Horvat, who built the bridge in 1990.",
        "These words belong to the oldest baker of the old town, 70-year-old Martin Horvat, "
        "who baked the bread for fifty years.",
    ):
        text = (
            "The bridge stays closed\n\nThe bridge was closed in May.\n\n"
            '"The steel came late, and the winter was long, so we lost three months."\n\n'
            f"{pointing}\n"
        )
        assert speaker_of(attributed(text), "steel came late") == "Martin Horvat", pointing
