"""English attribution, twentieth round (issue 12): who "he" is after a quote that names
someone else (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

from newsprism.attribution.confidence import CONFIDENT
from newsprism.attribution.names import phonetic_key

AFTER_A_QUOTE = (
    "New metro line delayed again\n\n"
    "The minister of transport Vugar Aliyev said on Monday that the new line would open in "
    "the spring.\n\n"
    "The deputy Ramil Nabiyev was not convinced. Speaking to the agency, Nabiyev recalled the "
    'hearings of last year: "Aliyev promised us in this very hall that the stations would open '
    'by the holiday. Now it is December, and we hear about next year." He added that his '
    "faction would ask the audit chamber to check the contract."
)


def test_he_after_a_quote_is_its_speaker_not_the_man_it_names() -> None:
    """A man named only inside another man's quotation is talked about: the "He added" that
    follows carries on the quote's speaker, though the man named was quoted earlier."""
    article = attributed(AFTER_A_QUOTE)
    assert speaker_of(article, "audit chamber") == "Ramil Nabiyev"
    assert speaker_of(article, "open in the spring") == "Vugar Aliyev"


INTERVIEW = (
    "A bank in Osh lost its licence\n\n"
    "The national bank revoked the licence of the bank on Wednesday.\n\n"
    "The city portal talked to the director of the Deposit Agency Aigul Temirova.\n\n"
    "— When will people receive their money?\n\n"
    "— The payments will start within a month, through two agent banks. We will publish the "
    "list on our website.\n\n"
    "— Is there enough money in the fund?\n\n"
    "— The fund has four billion soms. Nobody needs to panic.\n\n"
    "Radio Azattyk asked the economist Bakyt Osmonov about the decision.\n\n"
    "— Was the decision right?\n\n"
    "— It was late. The regulator knew about the problems in the spring, — the economist said."
    "\n\n"
    "— What will happen to the staff?\n\n"
    "— Most of them will lose their jobs."
)


def test_interview_answers_are_the_interviewees() -> None:
    """A dialogue after "X talked to Y" / "X asked Y about …": each dash answer after a
    question is Y's; the questions are nobody's, and the introduction is no report."""
    article = attributed(INTERVIEW)
    assert speaker_of(article, "within a month") == "Aigul Temirova"
    assert speaker_of(article, "four billion soms") == "Aigul Temirova"
    assert speaker_of(article, "lose their jobs") == "Bakyt Osmonov"
    assert not any("?" in q.text for q in article.quotes)
    assert not any(q.cue in ("talked to", "asked") for q in article.quotes)


REPORTED_THIS = (
    "Bridge to close for repairs\n\n"
    "The bridge across the river will be closed to trucks from March until the end of next "
    "year. The regional ministry of transport reported this on Thursday.\n\n"
    "The factory stopped production in the spring. The company announced this on Friday."
)


def test_an_active_report_of_this_is_the_sentence_before() -> None:
    """ "The ministry reported this on Thursday": "this" is what the sentence before says (the
    English of «Об этом сообщило министерство»), as the passive "This was reported by" is."""
    article = attributed(REPORTED_THIS)
    assert speaker_of(article, "closed to trucks from March") == (
        "The regional ministry of transport"
    )
    assert speaker_of(article, "stopped production") == "The company"
    assert not any(q.text.startswith("this") for q in article.quotes)


TOLD_THAT_TOLD = (
    "Water cut in the district\n\n"
    "A resident of the district Irina Sokolova told the portal that a dispatcher of the water "
    "company had told her by phone on Wednesday that there would be no water in their street "
    "until Friday."
)


def test_the_telling_is_the_relayers_claim_and_the_words_are_passed_on() -> None:
    """ "X told the portal that the dispatcher had told her on Wednesday that …": that the
    dispatcher told her, and when, is her claim (never shown confident); what the dispatcher
    said is the dispatcher's, passed on by her."""
    article = attributed(TOLD_THAT_TOLD)
    telling = quote_holding(article, "had told her by phone on Wednesday")
    assert speaker_name(article, telling) == "Irina Sokolova"
    assert "no water" not in telling.text
    assert telling.confidence is not None and telling.confidence < CONFIDENT
    words = quote_holding(article, "no water in their street")
    relayer = article.speaker(words.relayed_by)
    assert relayer is not None and relayer.name == "Irina Sokolova"


def test_azerbaijani_q_is_russian_g() -> None:
    assert phonetic_key("Quliyev") == phonetic_key("Guliyev")
    assert phonetic_key("Qasimov") == phonetic_key("Gasimov")
    assert phonetic_key("Quinn") != phonetic_key("Guinn")  # the English qu before a vowel


def test_belarusian_initial_u_is_russian_v() -> None:
    """Uladzimir / Vladimir (ў for a word-initial в): one given name, so one person."""
    article = attributed(
        "Potato prices in Belarus\n\n"
        "The deputy minister of agriculture Uladzimir Savitski said that the export ban would "
        "stay until spring.\n\n"
        "On Friday, Vladimir Savitsky said on the air of the ONT channel that the first "
        "results of the ban would be visible in two weeks."
    )
    assert speaker_of(article, "visible in two weeks") == "Uladzimir Savitski"


def test_this_said_again_after_reported_words_is_no_new_quote() -> None:
    """ "He said this in a video message" after his reported words restates them."""
    article = attributed(
        "Water returns to the city\n\n"
        "The head of the council Oleksandr Vilkul said that the water supply will be restored "
        "within two weeks. He said this in a video message."
    )
    assert not any(q.text.startswith("this") for q in article.quotes)
    assert speaker_of(article, "restored within two weeks") == "Oleksandr Vilkul"


def test_they_after_two_people_with_their_parties_in_brackets() -> None:
    article = attributed(
        "A mortgage rate for families\n\n"
        "The deputies of the State Duma Nikita Plyusnin (New People) and Timur Abdulkhakimov "
        "(A Just Russia) called the initiative a blow to young families. They stated that their "
        "factions would send a joint request to the ministry."
    )
    assert speaker_of(article, "joint request") == "Nikita Plyusnin and Timur Abdulkhakimov"
