"""English attribution, twenty-sixth round (issue 12): a description that calls back a person
the article introduced — "the deputy chief referee", "the head of the village council of X" —
is that person, alone or named beside someone else ("A and the deputy mayor said", then "They
…"); a name followed by an apposition is the person it describes (invented articles, never
evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

WATER = (
    "In Vinnytsia the water supply was restored after three days\n\n"
    "The water supply in the right-bank districts was restored on Thursday evening after the "
    "accident on the main pipeline, the city council reported.\n\n"
    "The director of the municipal waterworks Mykola Hrytsenko said at the briefing that the "
    'pipe "broke because of its age, not because of the frost". The deputy mayor Oksana '
    "Lytvyniuk, who coordinated the headquarters, said that 46 thousand residents were without "
    "water.\n\n"
    "Hrytsenko and the deputy mayor said that the tariff will not change in December. They also "
    "said that the city will ask the state for 18 million hryvnias for a new pipe.\n"
)


def test_a_name_and_a_description_of_someone_introduced_are_the_two_of_them() -> None:
    """ "A and the deputy mayor said": the deputy mayor is the one the article introduced so,
    the words are the pair's — not A's alone — and so are those of "They also said"."""
    article = attributed(WATER)
    pair = "Mykola Hrytsenko and Oksana Lytvyniuk"
    assert speaker_of(article, "the tariff will not change") == pair
    assert speaker_of(article, "18 million hryvnias") == pair


MATCH = (
    "Referees of the cup final under review\n\n"
    "The chief referee of the final Pavlo Sorokin sent off the midfielder from Kherson Denys "
    "Shevchuk in the 70th minute after a dispute with the bench.\n\n"
    "Two referees worked on the pitch, Sorokin and the deputy chief referee from Lviv Iryna "
    "Bondar. The deputy chief referee said in an interview to the portal Football-West that she "
    '"missed the argument on the bench" and had not been asked. The chief referee '
    "told the newspaper Sport-Express that the rules leave no choice.\n"
)


def test_a_description_is_the_person_introduced_with_that_office() -> None:
    """ "The deputy chief referee said": the one introduced as deputy chief referee, not the
    last person named before; "the chief referee" is the one whose office has no "deputy"
    (the deputy was introduced with the words "chief referee" too)."""
    article = attributed(MATCH)
    assert speaker_of(article, "missed the argument") == "Iryna Bondar"
    assert speaker_of(article, "the rules leave no choice") == "Pavlo Sorokin"


PASTURE = (
    "Two villages dispute a pasture\n\n"
    "Two heads of village councils, Ivan Petrenko from Lozova and Olha Dudnyk from Balakliia, "
    "met on Monday at the district administration. The head of the village council of Balakliia "
    "told the portal Kharkiv-Today that the pasture has belonged to her village since 1990.\n\n"
    "The head of the laboratory of soils Oleh Kravets, a colleague of both heads for twenty "
    "years, said that the old maps show no border at all.\n"
)


def test_one_of_a_list_introduced_together_by_its_own_place() -> None:
    """ "Two heads of village councils, A from X and B from Y": "the head of the village
    council of Y" is B — the list's office is each one's, the place after B is B's own."""
    article = attributed(PASTURE)
    assert speaker_of(article, "belonged to her village") == "Olha Dudnyk"


def test_a_name_with_an_apposition_after_it_is_the_speaker() -> None:
    """ "The head of the laboratory B, a colleague of both heads for twenty years, said": B,
    whom the apposition describes."""
    article = attributed(PASTURE)
    assert speaker_of(article, "the old maps show no border") == "Oleh Kravets"
    assert speaker_name(article, quote_holding(article, "the old maps")) == "Oleh Kravets"


HARBOUR = (
    "Fishermen protest against the new quotas\n\n"
    "About forty fishermen gathered on Monday at the port of Kandalaksha.\n\n"
    "The head of the artel Mikhail Zorin, who has fished in the bay for thirty years, spoke to "
    "reporters outside the port office.\n\n"
    "— The quotas went to the big trawler companies, and the small boats got what was left.\n\n"
    "If nothing changes, the village will be empty by spring, — the veteran said.\n\n"
    "The keeper of the port museum Anna Lebedeva and her son, the harbour pilot Pavel Lebedev, "
    "came as well. The keeper said that the museum will collect the fishermen's stories.\n"
)


def test_dash_speech_closed_by_a_description_goes_to_who_the_paragraph_before_introduced() -> None:
    """ "X …, talked to reporters.", then "— …", "…, — the veteran said.": X's words, as
    they are with "— …, — he said." (the veteran names no one of the paragraph itself)."""
    article = attributed(HARBOUR)
    assert speaker_of(article, "the village will be empty") == "Mikhail Zorin"


def test_a_one_word_office_is_the_one_introduced_with_it_as_head() -> None:
    """ "The keeper said": the one introduced as "the keeper of the port museum", not her son
    named after her."""
    article = attributed(HARBOUR)
    assert speaker_of(article, "collect the fishermen's stories") == "Anna Lebedeva"


MINE = (
    "Miners' families ask for help\n\n"
    "The deputy of the regional council Olena Marchenko read out at the sitting a letter from "
    'the wives of miners from Pokrovsk: "Our husbands go down every night. We ask only for the '
    'shelters to be finished before the winter."\n'
)


def test_a_letter_of_wives_read_out_is_theirs_as_a_group() -> None:
    """ "a letter from the wives of miners": the wives speak as a group (a noun for a person
    in its irregular plural), the deputy only reads it out."""
    article = attributed(MINE)
    quote = quote_holding(article, "Our husbands go down every night")
    speaker = article.speaker(quote.speaker)
    assert speaker is not None and speaker.kind == "collective"
    relayer = article.speaker(quote.relayed_by)
    assert relayer is not None and relayer.name == "Olena Marchenko"


TRAVEL = (
    "How to save on a family holiday in Spain\n\n"
    "Travel insider Marta Gil, head of sales at Sol Journeys, shared when to book. According to "
    "the expert, the cheapest month to book is January, when most airlines run their sales.\n\n"
    "Marta is not the only insider with tips. Marketing manager at Sol Journeys Laura Pons, who "
    "has been to Spain thirty times, shared her own advice.\n\n"
    'Laura said: "Book the hotel and the flights together, it is almost always cheaper."\n\n'
    'The expert said: "Avoid the school holidays of both countries, the prices double."\n'
)


def test_a_one_word_epithet_is_not_taken_from_an_earlier_reference() -> None:
    """ "The expert said" after Laura's quote is Laura's: that Marta was called "the expert"
    before is no introduction of her as one (the writer calls either so)."""
    article = attributed(TRAVEL)
    assert speaker_of(article, "Avoid the school holidays") == "Laura Pons"


OUTLET = (
    "Power cuts in Sukhum\n\n"
    "The electricity was cut in three districts of the city on Monday evening.\n\n"
    'According to the agency "Apsny-Inform", energy minister Daur Khagba demanded "to restore '
    'the supply before the morning".\n'
)


def test_an_outlet_named_in_quotes_passes_on_the_official_it_quotes() -> None:
    """ "According to the agency "X", the minister Y demanded "…"": Y's words, which X passes
    on — the opening ends at the comma after the name's closing quotation mark."""
    article = attributed(OUTLET)
    quote = quote_holding(article, "restore the supply")
    assert speaker_of(article, "restore the supply") == "Daur Khagba"
    relayer = article.speaker(quote.relayed_by)
    assert relayer is not None and "Apsny-Inform" in relayer.name
