"""English attribution, twenty-first round (issue 12): speech over several dash paragraphs,
interview answers holding reports of their own, and words passed on after an act (invented
articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

DASH_PARAGRAPHS = (
    "Ferry to the island cancelled for the winter\n\n"
    "The regional council cancelled the winter ferry to Kargin island on Tuesday.\n\n"
    "— Forty families live there all year round. In January they will be cut off from the "
    "hospital and the school.\n\n"
    "— The council saves two million on fuel and pays five for the helicopter, — the council "
    "deputy Marat Aliyev told the portal.\n\n"
    "— Why was the island not asked?\n\n"
    "— The council decides on the budget, — the chairman Ruslan Sadykov answered."
)


def test_dash_speech_over_two_dash_paragraphs_is_the_authors() -> None:
    """ "— …. // — …, — X said.": one speech written in two dash paragraphs, its author named
    once at its end; a question before an answer is another's turn and stays out."""
    article = attributed(DASH_PARAGRAPHS)
    assert speaker_of(article, "Forty families live there") == "Marat Aliyev"
    assert speaker_of(article, "pays five for the helicopter") == "Marat Aliyev"
    assert not any("Why was the island" in q.text for q in article.quotes)


INTERVIEW_WITH_REPORTS = (
    "Wages at the bus depot\n\n"
    "The drivers of the city bus depot stopped work on Monday.\n\n"
    "The city portal talked to the director of the depot Timur Bekov, who has run it since "
    "2019.\n\n"
    "— How many drivers stopped work?\n\n"
    "— According to our records, about 140 drivers did not come out on Monday. Most of them "
    "work on the night routes.\n\n"
    "— When will they be paid?\n\n"
    "— We have seen the money in the budget. The transfer goes out on Friday, we are not "
    "hiding anything."
)


def test_interview_answers_hold_their_own_reports() -> None:
    """An answer that opens "According to our records, …" or holds "We have seen …" is still
    the interviewee's answer (the sentence reader's report inside it gives way)."""
    article = attributed(INTERVIEW_WITH_REPORTS)
    assert speaker_of(article, "about 140 drivers did not come out") == "Timur Bekov"
    assert speaker_of(article, "transfer goes out on Friday") == "Timur Bekov"


ACT_THEN_WORDS = (
    "Savings bank closes its branch\n\n"
    "A pensioner from the village, Gulnara Sadykova, told the portal that an employee of the "
    "bank had called her on Monday and told her that her savings were safe.\n\n"
    "A student, Arman, told the radio that the rector had gathered the students on Friday and "
    "said that the exams would be moved to June.\n\n"
    "The chairwoman of the tenants' union Vera Orlova said that in Karaganda the mayor had "
    "promised the tenants on Friday that the lifts would be repaired by March.\n\n"
    "The farmer Bolat Zhaksylykov said that the akim had promised to answer the farmers "
    "within a week."
)


def test_words_passed_on_after_an_act_are_the_inner_speakers() -> None:
    """ "X told the portal that Y had called her and told her that …", "that in <place> Y had
    promised … that …": what Y said is Y's, passed on by X; the call is X's claim."""
    article = attributed(ACT_THEN_WORDS)
    for phrase, relayer in (
        ("her savings were safe", "Gulnara Sadykova"),
        ("exams would be moved to June", "Arman"),
        ("lifts would be repaired by March", "Vera Orlova"),
    ):
        words = quote_holding(article, phrase)
        assert words.relayed_by is not None, phrase
        who = article.speaker(words.relayed_by)
        assert who is not None and who.name == relayer, phrase
    call = quote_holding(article, "had called her on Monday")
    assert speaker_name(article, call) == "Gulnara Sadykova"
    assert "savings were safe" not in call.text


def test_a_promise_to_act_is_no_words_passed_on() -> None:
    """ "X said that Y had promised to answer …": a promise to do something, X's claim."""
    article = attributed(ACT_THEN_WORDS)
    claim = quote_holding(article, "promised to answer the farmers")
    assert speaker_name(article, claim) == "Bolat Zhaksylykov"
    assert claim.relayed_by is None


THIS_POINTS_BACK = (
    "Changes for conscripts\n\n"
    "The conscripts of the spring call-up will be informed of their garrison a week before "
    "the dispatch. This was stated by the head of the press service of the ministry Levon "
    "Arakelyan.\n\n"
    "From March 1, the border posts will accept only electronic permits for trucks. This is "
    "stated in the resolution of the Cabinet of Ministers published on Friday.\n\n"
    "The republic will have to buy at least 2 million tonnes of coal before the spring. This "
    "was stated in an interview with the agency by the deputy head of the energy company "
    "Timur Sultanov."
)


def test_this_was_stated_points_back_past_told_documents_and_interviews() -> None:
    """ "This was stated by X" takes the sentence before though its subject "will be
    informed" (told, not telling); "This is stated in the resolution of the Cabinet" speaks
    for the Cabinet; the parser's "by" hung on "interview" is still the agent."""
    article = attributed(THIS_POINTS_BACK)
    assert speaker_of(article, "informed of their garrison") == "Levon Arakelyan"
    assert speaker_of(article, "accept only electronic permits") == "the Cabinet of Ministers"
    assert speaker_of(article, "2 million tonnes of coal") == "Timur Sultanov"


TWO_THEN_SHE_AND_HE = (
    "Market traders and the new tills\n\n"
    "The deputy Talgat Omurov said on Friday that the tills would be free for the traders.\n\n"
    "The chairwoman of the traders' union Gulzada Kerimbekova and the representative of the "
    "food rows Ulukbek Abdrakhmanov met with the deputies on Monday. She said that the traders "
    "need a year to learn the tills. He said that half of the sellers have no smartphones."
)


def test_she_and_he_after_two_named_together_follow_the_gender() -> None:
    """ "A (her name a woman's) and B (unknown) met …. She said …. He said …": she is A, he is
    the other one of the two, not a man named elsewhere in the article."""
    article = attributed(TWO_THEN_SHE_AND_HE)
    assert speaker_of(article, "need a year to learn") == "Gulzada Kerimbekova"
    assert speaker_of(article, "have no smartphones") == "Ulukbek Abdrakhmanov"


READ_OUT = (
    "Trawler held in port\n\n"
    "The deputy minister of fisheries Oksana Petrenko read out the statement of the ministry on "
    'the morning show: "The detention is illegal. The ministry demands the release of the crew."'
    "\n\n"
    "On the air of the radio station, the deputy Ostapenko read out a message from the "
    'boatswain of the trawler Ivan Kuzmenko, sent over a satellite phone: "We are fed, nobody '
    'touches us. Tell our wives not to worry."'
)


def test_a_document_read_out_is_its_authors_named_in_its_description() -> None:
    """ "X read out the statement of the ministry: “…”" is the ministry's, "a message from the
    boatswain of the trawler Ivan K.: “…”" Ivan K.'s — each relayed by the reader."""
    article = attributed(READ_OUT)
    statement = quote_holding(article, "The detention is illegal")
    body = article.speaker(statement.speaker)
    assert body is not None and body.kind == "organization"
    assert speaker_of(article, "nobody touches us") == "Ivan Kuzmenko"
    message = quote_holding(article, "nobody touches us")
    reader = article.speaker(message.relayed_by)
    assert reader is not None and reader.name.endswith("Ostapenko")


def test_an_abbreviation_speaker_is_an_organisation() -> None:
    """ "This was reported by the Unified Pension Savings Fund (UPSF)": the abbreviation the NER
    labelled a person is the body it abbreviates."""
    article = attributed(
        "Pension savings\n\n"
        "In January–October, 312 thousand residents of the country used a part of their pension "
        "savings to buy housing, and the total sum of the payments amounted to 512 billion tenge. "
        "This was reported by the Unified Pension Savings Fund (UPSF) on Thursday."
    )
    who = article.speaker(quote_holding(article, "512 billion tenge").speaker)
    assert who is not None and who.kind == "organization", who
