"""Translated-style English, twelfth round: constructions of Russian and Ukrainian reporting
that the English rules read now (invented articles; see docs/attribution.md, twelfth round)."""

from __future__ import annotations

from attributed import attributed, speaker_of

from newsprism.article import Article
from newsprism.attribution.given_names import given_name_gender, is_given_name


def _kind_of(article: Article, phrase: str) -> str | None:
    q = next(q for q in article.quotes if phrase in q.text)
    who = article.speaker(q.speaker)
    return who.kind if who else None


def test_dash_speech_over_two_paragraphs_is_its_closing_author_s() -> None:
    # the first paragraph opens with a dash and names nobody; the second has no dash of its
    # own and ends with ", — <author> said."
    article = attributed(
        "Floods in the Carpathians\n\n"
        "The water in the Tysa rose by two metres overnight.\n\n"
        "— In the morning the neighbours knocked on the door and said that the bridge was gone. "
        "We took the documents and went up the hill. The cow stayed in the barn.\n\n"
        "We have already dried the first floor. Without a new bridge the village is cut off, so "
        "we need help now, — Mykola Hutsuliak said."
    )
    assert speaker_of(article, "We took the documents") == "Mykola Hutsuliak"
    assert speaker_of(article, "We have already dried") == "Mykola Hutsuliak"


def test_a_dash_paragraph_before_another_dash_turn_is_not_joined() -> None:
    # an interview: each paragraph opening with a dash is its own turn
    article = attributed(
        "An interview with the mayor\n\n"
        "— How many shelters are ready for the winter? Will the schools open?\n\n"
        "— Forty of the fifty are ready, the rest will be ready by December, — Taras Bilyk said."
    )
    q = next(q for q in article.quotes if "Forty of the fifty" in q.text)
    assert "shelters" not in q.text


def test_a_quote_left_open_is_closed_by_the_next_paragraph_s_cue() -> None:
    article = attributed(
        "The verdict\n\n"
        "The widow of the driver Svitlana Moroz said that the sentence was too lenient.\n\n"
        '"He crossed that dam every morning. Everyone knew that it was cracking.\n\n'
        'Five years is nothing for a life. We will appeal," Moroz told journalists.'
    )
    assert speaker_of(article, "Everyone knew that it was cracking") == "Svitlana Moroz"
    assert speaker_of(article, "Five years is nothing") == "Svitlana Moroz"


def test_as_reported_by_a_body_and_a_trailing_body_that_reports() -> None:
    article = attributed(
        "Grain exports\n\n"
        "As reported by the regional energy company, about 4,000 households were left without "
        "electricity on Monday.\n\n"
        "Since the beginning of the month, 41 trains with grain have crossed the border, the "
        "Ministry of Infrastructure of Ukraine reports."
    )
    assert speaker_of(article, "4,000 households") == "the regional energy company"
    assert _kind_of(article, "41 trains with grain") == "organization"
    assert "Ministry of Infrastructure" in (speaker_of(article, "41 trains with grain") or "")


def test_as_reported_by_an_outlet_leaves_the_speaker_it_quotes() -> None:
    # the outlet passes the words on: the person who said them is the speaker
    article = attributed(
        "Banks\n\n"
        "As reported by Interfax, the head of the bankers' union Petro Lysenko said that the "
        "demand for loans has fallen by a third since January."
    )
    assert speaker_of(article, "demand for loans") == "Petro Lysenko"


def test_this_was_reported_stands_for_the_paragraph_before_it() -> None:
    article = attributed(
        "Strike on Lviv\n\n"
        "As a result of a night strike on the center of Lviv, the building of the city library "
        "was damaged. The blast wave knocked out windows on three floors. This was reported by "
        "the head of the regional military administration Maksym Kozytskyi.\n\n"
        "The Board of the National Bank on Friday kept the discount rate at 13% per annum. This "
        "is stated in the press release of the regulator."
    )
    assert speaker_of(article, "building of the city library") == "Maksym Kozytskyi"
    assert speaker_of(article, "knocked out windows") == "Maksym Kozytskyi"
    assert speaker_of(article, "kept the discount rate") == "the regulator"


def test_a_website_s_owner_and_they_in_a_press_service() -> None:
    article = attributed(
        "Chess\n\n"
        "The council of the federation allowed teams of Belarusian players to take part in "
        "the tournament. This was announced on the federation's website.\n\n"
        "In the press service of the city council, they noted that all boiler houses will be "
        "launched by October 15."
    )
    assert speaker_of(article, "teams of Belarusian players") == "the federation"
    assert speaker_of(article, "boiler houses") == "the press service of the city council"


def test_given_names_in_ukrainian_spelling_are_found_through_the_transliteration_key() -> None:
    # the name dictionary has Galina, Gennadi, Viktoria; not "Holy", "Hall" or a city
    assert is_given_name("Halyna") and given_name_gender("Halyna") == "f"
    assert is_given_name("Hennadii") and given_name_gender("Hennadii") == "m"
    assert is_given_name("Viktoriia")
    assert not is_given_name("Holy") and not is_given_name("Hall")
    assert not is_given_name("Odesa") and not is_given_name("Kharkiv")


def test_a_given_name_and_surname_ner_missed_or_read_as_a_body_is_a_person() -> None:
    article = attributed(
        "Water supply\n\n"
        "MPs Ihor Shevchuk and Larysa Melnyk visited the village on Tuesday. They warned that "
        "the plant threatens the river.\n\n"
        "We have already covered the windows with film. Without heating, the house will not "
        "survive the winter, — Hanna Kravets said.\n\n"
        "The wife of a soldier of the 72nd brigade, Olena Tkachuk, who came to the Rada with "
        'other women, said that her husband has not been home for two years. "We are tired, '
        'but we are holding on," Tkachuk said.'
    )
    assert speaker_of(article, "threatens the river") == "Ihor Shevchuk and Larysa Melnyk"
    assert _kind_of(article, "will not survive the winter") == "person"
    tkachuk = [s for s in article.speakers if "Tkachuk" in s.name]
    assert len(tkachuk) == 1 and tkachuk[0].kind == "person", tkachuk


def test_according_to_between_a_subject_and_its_verb_relays_the_subject_s_words() -> None:
    article = attributed(
        "Banks\n\n"
        "The president of the association Petro Lysenko said that loans had become more "
        "expensive. The bankers themselves, according to Lysenko, expect the rate to be reduced "
        '"not earlier than the second quarter".'
    )
    q = next(q for q in article.quotes if "second quarter" in q.text)
    speaker, relayer = article.speaker(q.speaker), article.speaker(q.relayed_by)
    assert speaker is not None and speaker.name == "The bankers"
    assert relayer is not None and relayer.name == "Petro Lysenko"


def test_two_people_parted_by_a_relative_clause_speak_together() -> None:
    article = attributed(
        "Football\n\n"
        "The goalkeeper Dmytro Reva, who was loaned to the club in the summer, and the defender "
        "Artur Voloshyn told Football 24 that the dressing room supports the coach. They said "
        "that the players had asked the president to keep him until the winter."
    )
    assert speaker_of(article, "keep him until the winter") == "Dmytro Reva and Artur Voloshyn"


def test_a_statement_and_a_forecast_speak_for_the_body_that_issued_them() -> None:
    article = attributed(
        "Key rate\n\n"
        "The Board of the National Bank on Friday kept the discount rate at 13% per annum. This "
        'is stated in the press release of the regulator. "Inflationary pressure is decreasing, '
        'but remains high," the statement says. According to the updated forecast of the NBU, '
        "inflation will be 9.2% at the end of the year."
    )
    assert _kind_of(article, "Inflationary pressure") == "organization"
    assert speaker_of(article, "inflation will be 9.2%") == "NBU"


def test_in_his_words_opening_a_sentence_the_parser_roots_at_in() -> None:
    article = attributed(
        "Schools\n\n"
        "The head of the Duma Committee on Labor Yaroslav Nilov told Izvestia that about 150 "
        "thousand children of migrants study in Russian schools. In his words, in some schools "
        "of the Moscow region such children make up more than a third of the class."
    )
    assert speaker_of(article, "more than a third of the class") == "Yaroslav Nilov"
