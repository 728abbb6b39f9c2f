"""English attribution, twentieth round (issue 12): who "he" is after a quote that names
someone else (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name, speaker_of

from newsprism.attribution.confidence import CONFIDENT
from newsprism.attribution.names import phonetic_key

AFTER_A_QUOTE = (
    "New tram line delayed again\n\n"
    "The minister of transport Farid Karimov said on Monday that the new line would open in "
    "the spring.\n\n"
    "The deputy Elchin Huseynli was not convinced. Speaking to the agency, Huseynli recalled the "
    'budget debate of last year: "Karimov promised us at this very table that the trams would '
    'run by the summer. Now it is autumn, and we hear about another year." He added that his '
    "faction would ask the audit chamber to check the contract."
)


def test_he_after_a_quote_is_its_speaker_not_the_man_it_names() -> None:
    """A man named only inside another man's quotation is talked about: the "He added" that
    follows carries on the quote's speaker, though the man named was quoted earlier."""
    article = attributed(AFTER_A_QUOTE)
    assert speaker_of(article, "audit chamber") == "Elchin Huseynli"
    assert speaker_of(article, "open in the spring") == "Farid Karimov"


INTERVIEW = (
    "A sugar plant in Talas closes\n\n"
    "The owners announced the closure of the plant on Wednesday.\n\n"
    "The city portal talked to the head of the regional labour office Aigul Temirova.\n\n"
    "— What will the workers receive?\n\n"
    "— Each of them gets three months' wages, paid in two parts before the new year.\n\n"
    "— Will there be other jobs?\n\n"
    "— The greenhouse farm nearby is hiring forty people. Nobody will be left alone.\n\n"
    "Radio Azattyk asked the economist Bakyt Osmonov about the closure.\n\n"
    "— Could the closure have been avoided?\n\n"
    "— It was late. The owners knew about the losses in the spring, — the economist said."
    "\n\n"
    "— What will happen to the staff?\n\n"
    "— Most of them will lose their jobs."
)


def test_interview_answers_are_the_interviewees() -> None:
    """A dialogue after "X talked to Y" / "X asked Y about …": each dash answer after a
    question is Y's; the questions are nobody's, and the introduction is no report."""
    article = attributed(INTERVIEW)
    assert speaker_of(article, "three months' wages") == "Aigul Temirova"
    assert speaker_of(article, "hiring forty people") == "Aigul Temirova"
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
    "A resident of the district Irina Sokolova told the portal that an operator of the heating "
    "company had told her by phone on Tuesday that the radiators in their block would stay "
    "cold until Sunday."
)


def test_the_telling_is_the_relayers_claim_and_the_words_are_passed_on() -> None:
    """ "X told the portal that the dispatcher had told her on Wednesday that …": that the
    dispatcher told her, and when, is her claim (never shown confident); what the dispatcher
    said is the dispatcher's, passed on by her."""
    article = attributed(TOLD_THAT_TOLD)
    telling = quote_holding(article, "had told her by phone on Tuesday")
    assert speaker_name(article, telling) == "Irina Sokolova"
    assert "stay cold" not in telling.text
    assert telling.confidence is not None and telling.confidence < CONFIDENT
    words = quote_holding(article, "radiators in their block")
    relayer = article.speaker(words.relayed_by)
    assert relayer is not None and relayer.name == "Irina Sokolova"


def test_azerbaijani_q_is_russian_g() -> None:
    assert phonetic_key("Quliyev") == phonetic_key("Guliyev")
    assert phonetic_key("Qasimov") == phonetic_key("Gasimov")
    assert phonetic_key("Quinn") != phonetic_key("Guinn")  # the English qu before a vowel


def test_belarusian_initial_u_is_russian_v() -> None:
    """Uladzimir / Vladimir (ў for a word-initial в): one given name, so one person."""
    article = attributed(
        "Milk exports from Belarus\n\n"
        "The deputy minister of agriculture Uladzimir Savitski said that the export quota would "
        "be cut in March.\n\n"
        "On Friday, Vladimir Savitsky said on the air of a morning show that the dairies "
        "had been warned a month ago."
    )
    assert speaker_of(article, "warned a month ago") == "Uladzimir Savitski"


def test_this_said_again_after_reported_words_is_no_new_quote() -> None:
    """ "He said this in a video message" after his reported words restates them."""
    article = attributed(
        "Heating returns to the town\n\n"
        "The mayor of the town Petro Hnatenko said that the heating will be restored within "
        "three days. He said this in a video message."
    )
    assert not any(q.text.startswith("this") for q in article.quotes)
    assert speaker_of(article, "restored within three days") == "Petro Hnatenko"


def test_they_after_two_people_with_their_parties_in_brackets() -> None:
    article = attributed(
        "A new tariff for pensioners\n\n"
        "The deputies of the regional assembly Oleg Markin (Green Party) and Ruslan Temirov "
        "(Liberal Union) called the tariff a blow to pensioners. They stated that their "
        "factions would demand a recount from the ministry."
    )
    assert speaker_of(article, "demand a recount") == "Oleg Markin and Ruslan Temirov"
