"""Translated-style English, fifteenth round: a document's issuer as its speaker, and a body
named before a colon as the speaker of a news brief (invented articles, no evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of


def test_the_post_speaks_for_whoever_wrote_it_just_before() -> None:
    """ "X wrote in his Telegram channel that … “…,” the post says": the post is X's."""
    article = attributed(
        "Floods in the Ural region: the water in the Ilek river rose by two metres overnight.\n\n"
        "The akim of the region Serik Tulegenov wrote in his Telegram channel that 900 people "
        "had been evacuated from four villages and that the dam near Alga was holding.\n\n"
        '"The rescuers are working through the night. I ask residents of the lower streets to '
        'leave their homes now and not to wait for the morning, the buses are ready," the post '
        "says.\n\n"
        "The head of the district hospital Aigul Sarsenova said that no one had been injured."
    )
    assert speaker_of(article, "The rescuers are working through the night") == "Serik Tulegenov"


def test_the_statement_is_its_issuer_named_inside_it() -> None:
    """ "The statement of the Ministry of Economy says": the ministry, not "the statement"; and
    "the letter says" after "X wrote": X's letter."""
    article = attributed(
        "The prices of bread in Chisinau rose by 12 percent in October.\n\n"
        "The statement of the Ministry of Economy of Moldova says that the bakeries raised the "
        "prices without any reason and that the inspectors will check 40 of them.\n\n"
        "The head of the bakers' union Vasile Ceban wrote to the prime minister on Wednesday that "
        "flour had become dearer by a third since the summer.\n\n"
        "«We cannot sell bread at a loss. Either the state compensates the flour, or the small "
        "bakeries will close by the spring,» the letter says."
    )
    who = article.speaker(quote_holding(article, "raised the prices without").speaker)
    assert who is not None and who.kind == "organization" and "Ministry" in who.name
    assert speaker_of(article, "We cannot sell bread at a loss") == "Vasile Ceban"


def test_an_appeal_of_the_residents_read_out_is_theirs_relayed_by_the_reader() -> None:
    """ "X read out the appeal of the residents: «…»": the residents speak, X relays."""
    article = attributed(
        "The road to the village of Bolnisi has not been repaired for three years.\n\n"
        "The head of the village council Levan Maisuradze read out to the journalists the appeal "
        "of the residents, signed by 140 people: «We do not ask for much. We ask that the bus "
        "comes to the village twice a day and that the road is repaired before the winter.»"
    )
    q = quote_holding(article, "We do not ask for much")
    who = article.speaker(q.speaker)
    relayer = article.speaker(q.relayed_by)
    assert who is not None and "residents" in who.name
    assert relayer is not None and relayer.name == "Levan Maisuradze"


def test_a_letter_of_complaint_is_not_written_by_a_complaint() -> None:
    """ "of" names the author only when it is someone: "a letter of complaint" has none."""
    article = attributed(
        "The deputy Ion Rusu read out at the session a letter of complaint from the parents of "
        "Cahul: «The school has no heating since November, the children sit in coats.»"
    )
    who = article.speaker(quote_holding(article, "The school has no heating").speaker)
    assert who is not None and "parents" in who.name


def test_a_body_before_a_colon_speaks_the_brief_after_it() -> None:
    """ "The court: the defendant can put pressure on witnesses" (a translated brief's subhead):
    the court says so; a title before a colon is no speaker."""
    article = attributed(
        "The Syunik court extended the arrest of the former mayor of Kapan by two months.\n\n"
        "The court: the defendant, being at liberty, can put pressure on witnesses who still work "
        "in the city hall.\n\n"
        "The Ministry of Territorial Administration and Infrastructure of Armenia: the audit of "
        "the road contracts will be finished by the end of January.\n\n"
        "A Long Winter in the Mountains: the villages of the region wait for the gas pipeline."
    )
    assert speaker_of(article, "can put pressure on witnesses") == "The court"
    who = article.speaker(quote_holding(article, "audit of the road contracts").speaker)
    assert who is not None and who.kind == "organization" and "Ministry" in who.name
    assert not any("wait for the gas pipeline" in q.text for q in article.quotes)
