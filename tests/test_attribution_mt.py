"""Speakers on our translated-style English articles (``tests/fixtures/attribution-mt/``).

The floors hold what `benchmarks/speakers_mt_en.py --part devall` measured on mt01–mt18 (94.8%
right speakers, 94.8% of the confident ones right, no person split; each held-aside part was
scored once before it was developed on, see docs/attribution.md) with a margin.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from attributed import attributed, speaker_of

from newsprism.article import Article, Quote
from newsprism.attribution.confidence import is_confident
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

DATA = Path(__file__).resolve().parent / "fixtures" / "attribution-mt"
# the gate reads mt01–mt18 only: mt85–mt94, written by a colleague, are held aside for
# benchmarks/speakers_mt_en.py --part fresh13 / fresh13b, and nothing here is tuned on them
NAMES = [f"mt{i:02}" for i in range(1, 19)]


@cache
def analysed(name: str) -> tuple[Article, dict[str, Any]]:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "en")), gold


def _words_in(expected: str, actual: str) -> bool:
    have = actual.lower().replace(",", " ").split()
    return all(w in have for w in expected.lower().split())


def _right(article: Article, q: Quote, want: dict[str, Any]) -> bool:
    if want["contains"] not in q.text:
        return False
    if "relayed_by" in want:
        relayer = article.speaker(q.relayed_by)
        if relayer is None or not _words_in(want["relayed_by"], relayer.name):
            return False
    sp = article.speaker(q.speaker)
    if "speaker" in want and (sp is None or not _words_in(want["speaker"], sp.name)):
        return False
    return not ("speaker_kind" in want and (sp is None or sp.kind != want["speaker_kind"]))


@pytest.mark.gate
def test_gate_right_speakers_and_confident_precision() -> None:
    expected = right = confident = confident_right = 0
    for name in NAMES:
        article, gold = analysed(name)
        wants = gold["quotes"]
        expected += len(wants)
        right += sum(any(_right(article, q, w) for q in article.quotes) for w in wants)
        for q in article.quotes:
            if is_confident(q):
                confident += 1
                confident_right += any(_right(article, q, w) for w in wants)
    assert right / expected >= 0.90, (right, expected)
    # 45: the thirty-third session's refit of the calibration shows 48 (all right) where 50+ were
    assert confident >= 45 and confident_right / confident >= 0.88, (confident_right, confident)


@pytest.mark.gate
@pytest.mark.parametrize("name", NAMES)
def test_gate_one_speaker_per_person(name: str) -> None:
    article, gold = analysed(name)
    for person in gold["people"]:
        entries = [
            s.name
            for s in article.speakers
            if " and " not in s.name
            and any(_words_in(v, n) for v in person["variants"] for n in (s.name, *s.aliases))
        ]
        assert len(entries) <= 1, (person["name"], entries)


def test_name_split_from_office_and_coordinated_speakers() -> None:
    article, _ = analysed("mt01")
    names = {s.name: s for s in article.speakers}
    assert "Ruslan Stefanchuk" in names
    assert names["Ruslan Stefanchuk"].role == "Speaker of the Verkhovna Rada"
    assert "Artem Dmitruk" in names["Artem Dmytruk"].aliases
    assert "The MP" in names["Artem Dmytruk"].aliases  # an office resolved to its holder
    article, _ = analysed("mt03")
    they = next(q for q in article.quotes if "gas transit" in q.text)
    group = article.speaker(they.speaker)
    assert group is not None and group.name == "Jeanne Shaheen and Lindsey Graham"
    assert not any(s.name == "Rada" for s in article.speakers)  # "Rada deputy Anna S."


def test_a_name_after_the_place_of_an_office_and_a_description_of_it() -> None:
    # "the head of the <place> autonomy Firstname Surname": NER reads "Gagauz autonomy …"
    # as no person; the given name after the office's place starts the name
    article = attributed(
        "Teachers went on strike in Comrat on Monday.\n\n"
        "The head of the Gagauz autonomy Irina Vlah wrote on Telegram that the budget had been "
        "blocked. “Our nurses have not been paid for two months,” the bashkan added."
    )
    assert speaker_of(article, "Our nurses") == "Irina Vlah"


def test_the_chairman_of_a_committee_is_its_head_named_before() -> None:
    # an office whose body lists its fields ("on National Security, Defense and Intelligence")
    # is kept whole, and "the chairman of the committee" is the head of a committee
    article = attributed(
        "The Rada postponed the vote.\n\n"
        "The head of the Verkhovna Rada Committee on Energy, Housing and Utilities Andriy "
        "Herus said that the bill would return in May. “We need one more month,” the chairman "
        "of the committee explained."
    )
    herus = next(s for s in article.speakers if s.name == "Andriy Herus")
    assert herus.role == "head of the Verkhovna Rada Committee on Energy, Housing and Utilities"
    assert speaker_of(article, "one more month") == "Andriy Herus"


def test_according_to_him_is_the_one_person_the_sentence_before_names() -> None:
    # the ambassador spoke last, but "According to him" opens the sentence after the one that
    # names the freed soldier (by given name and the initial of his surname)
    article = attributed(
        "Ambassador-at-large Roman Avdeev said that 90 prisoners had been exchanged. "
        "“The talks were difficult,” Avdeev said.\n\n"
        "Among the freed soldiers was a marine from the Odesa region, Taras K. According to "
        "him, the guards beat the prisoners every week."
    )
    assert speaker_of(article, "the guards beat") == "Taras K."


def test_a_name_before_for_her_part_is_the_source() -> None:
    article = attributed(
        "Schools in Narva lack teachers.\n\n"
        "The mayor of Narva Katri Raik said that classes would start on time. The mayor of "
        "Tartu Urmas Klaas, for his part, admitted that the city lacks teachers."
    )
    assert speaker_of(article, "the city lacks teachers") == "Urmas Klaas"
    assert [s.name for s in article.speakers].count("Urmas Klaas") == 1


def test_a_lone_surname_read_as_a_body_is_the_person_named_before() -> None:
    # spaCy tags nothing at "Popko" in the second sentence and the source reader takes the
    # word for a body: it is the surname of the person the first sentence names
    article = attributed(
        "As the head of the Kyiv City Military Administration Serhiy Popko wrote on Telegram, "
        "the debris fell on a kindergarten. Popko added that nobody was injured."
    )
    assert speaker_of(article, "nobody was injured") == "Serhiy Popko"
    assert [s.name for s in article.speakers] == ["Serhiy Popko"]


def test_the_head_of_diplomacy_is_the_head_of_the_foreign_ministry() -> None:
    article = attributed(
        "The head of the Ministry of Foreign Affairs of Latvia Baiba Braze stated that Riga "
        "would close two border crossings. The head of Latvian diplomacy also said that the "
        "decision was agreed with Lithuania."
    )
    assert speaker_of(article, "agreed with Lithuania") == "Baiba Braze"


def test_they_after_two_people_joined_by_and_with_an_office() -> None:
    article = attributed(
        "The Finnish Interior Minister Mari Rantanen and the head of the Border Guard Pasi "
        "Kostamovaara visited the closed checkpoint in Vaalimaa. They said that the border "
        "would stay closed until spring."
    )
    assert speaker_of(article, "stay closed") == "Mari Rantanen and Pasi Kostamovaara"


def test_a_lone_surname_opening_a_sentence_read_as_a_group_is_the_person() -> None:
    # "Lubinets said …" opening its sentence is read as a plural group (the -s), and a
    # spelling variant ("Likhachyov" after "Likhachev") too: each is the surname of the
    # person the sentence before names
    article = attributed(
        "Prisoners came home from captivity on Sunday.\n\n"
        "The ombudsman Dmytro Lubinets welcomed the exchange. Lubinets said that 95 soldiers "
        "came home."
    )
    assert speaker_of(article, "95 soldiers") == "Dmytro Lubinets"
    article = attributed(
        "The plant will be built by 2035.\n\n"
        "The head of Rosatom Alexey Likhachev said the site was chosen. Likhachyov also "
        "specified that "
        "about 200 engineers will be trained abroad."
    )
    assert speaker_of(article, "200 engineers") == "Alexey Likhachev"
    assert [s.name for s in article.speakers] == ["Alexey Likhachev"]


def test_they_after_two_people_the_second_with_a_long_office_naming_a_body() -> None:
    # the second one's office names a body ("… of the Ministry of Health"), and the body is
    # named again after the pair: "They" is the pair, not the ministry
    article = attributed(
        "Hospitals in Sumy moved their patients to basements.\n\n"
        "The chief doctor of the regional hospital Ivan Morozenko and the director of the "
        "regional department of the Ministry of Health Svitlana Bondar wrote a joint appeal "
        "to the Ministry of Health. They asked to send two more generators to the city."
    )
    assert speaker_of(article, "two more generators") == "Ivan Morozenko and Svitlana Bondar"


def test_they_after_two_ministers_is_not_the_ministry_in_an_office() -> None:
    article = attributed(
        "Estonia will buy more electricity from Finland.\n\n"
        "The Minister of Climate Kristen Michal and the Minister of Economic Affairs Tiit Riisalo "
        "met the head of Elering on Friday. They proposed to double the capacity of the cable."
    )
    assert speaker_of(article, "double the capacity") == "Kristen Michal and Tiit Riisalo"


def test_the_woman_is_not_the_outlet_she_told() -> None:
    # NER reads the outlet after "told" as a person; "the woman" is the mother named before,
    # not the one she spoke to
    article = attributed(
        "Pupils in Kherson were taken to Crimea.\n\n"
        "The mother of a boy from Oleshky, Iryna Kovalenko, told Suspilne that the boy came back "
        "in October. According to the woman, the children were not allowed to call home."
    )
    assert speaker_of(article, "not allowed to call home") == "Iryna Kovalenko"


def test_an_ombudswoman_refers_back_like_an_ombudsman() -> None:
    article = attributed(
        "Armenia recorded new damage in Tegh.\n\n"
        "The Human Rights Defender of Armenia Anahit Manasyan stated that four houses were "
        "damaged. The ombudswoman noted that she would inform the Council of Europe."
    )
    assert speaker_of(article, "inform the Council of Europe") == "Anahit Manasyan"


def test_a_description_ending_in_a_name_ner_missed_is_that_person() -> None:
    # spaCy tags neither name: the first description ends in a given name and a surname (its
    # relative clause aside), so it is that person, and the second deputy is not the first
    article = attributed(
        "Shooting was heard near Tegh again.\n\n"
        "The former deputy of the National Assembly from the Tegh constituency Artur Sargsyan, "
        "whose house is 200 meters from the border, said that the shots were heard at night. "
        "The deputy of the bloc Artsvik Minasyan claimed that there had been at least six such "
        "incidents."
    )
    assert speaker_of(article, "heard at night") == "Artur Sargsyan"
    assert speaker_of(article, "six such incidents") != "Artur Sargsyan"


def test_according_to_his_data_is_his() -> None:
    # «по его данным»: the holder of the data speaks, not "his data"
    article = attributed(
        "The occupation authorities announced an evacuation.\n\n"
        "The head of the Russian-installed administration Yevgeny Balitsky claimed that the "
        "evacuation was voluntary. According to his data, about 70 thousand people have left."
    )
    assert speaker_of(article, "70 thousand people") == "Yevgeny Balitsky"
    assert not any(s.name.lower() == "his data" for s in article.speakers)


def test_a_content_does_not_stop_inside_its_quotation() -> None:
    article = attributed(
        "The law on teachers was adopted.\n\n"
        'The deputy Nina Ostanina supported it. Ostanina said that "there is a law, but there '
        'is no one to carry it out."'
    )
    assert speaker_of(article, "no one to carry it out") == "Nina Ostanina"


def test_the_clause_that_opens_with_that_is_what_is_said_after_a_colon() -> None:
    # the parse hangs "The Ukrainian side denies this" on "stated" as well
    article = attributed(
        "Drones hit the water station in Mykolaiv.\n\n"
        "The Ukrainian side denies this: the spokesman of the Air Force Yuriy Ihnat stated that "
        "the drone hit a civilian pumping station."
    )
    assert speaker_of(article, "the drone hit a civilian") == "Yuriy Ihnat"


def test_a_person_never_named_is_never_shown_confident() -> None:
    from newsprism.article import Speaker
    from newsprism.attribution.speakers import UNNAMED_CAP, unnamed_person

    assert unnamed_person(Speaker(0, "The leader of the Liberal Democratic Party"))
    assert unnamed_person(Speaker(0, "the farmer", aliases=("the farmer",)))
    assert not unnamed_person(Speaker(0, "the woman", aliases=("Halyna Moroz",)))
    assert not unnamed_person(Speaker(0, "Anahit Manasyan"))
    # a name the office was not split from is still a name
    assert not unnamed_person(Speaker(0, "The head of the district Petro Vasylenko, at a briefing"))
    assert not unnamed_person(Speaker(0, "the ministry", kind="organization"))
    article = attributed(
        "Farmers blocked the road to Izmail for a third day.\n\n"
        "The leader of the farmers' association said that the blockade would go on until the "
        "compensation was paid. The head of the district, Petro Vasylenko, promised to help."
    )
    quote = next(q for q in article.quotes if "blockade would go on" in q.text)
    speaker = article.speaker(quote.speaker)
    assert speaker is not None and unnamed_person(speaker)
    assert quote.confidence is not None and quote.confidence <= UNNAMED_CAP
    assert not is_confident(quote)


def _relayer_of(article: Article, phrase: str) -> str | None:
    q = next(q for q in article.quotes if phrase in q.text)
    who = article.speaker(q.relayed_by)
    return who.name if who else None


def test_a_report_that_opens_a_report_is_relayed() -> None:
    # "X said that Y told him that …": Y's words, passed on by X; evidence X cites
    # ("according to the union's calculations") and a pronoun for X himself stay X's own
    article = attributed(
        "Miners in Kryvyi Rih have not been paid since August.\n\n"
        "The head of the local trade union Serhii Kravets told Ukrinform that a mine foreman had "
        "told him that the wages would be paid only after the new year. Kravets added that, "
        "according to the union's calculations, the debt exceeds 40 million hryvnias.\n\n"
        "The director of the plant Ihor Datsenko said that the regional administration had "
        "assured him that the money will be transferred next week. He said that he had written "
        "to the ministry twice."
    )
    assert _relayer_of(article, "only after the new year") == "Serhii Kravets"
    assert speaker_of(article, "only after the new year") != "Serhii Kravets"
    assert speaker_of(article, "40 million hryvnias") == "Serhii Kravets"
    assert _relayer_of(article, "40 million hryvnias") is None
    assert _relayer_of(article, "transferred next week") == "Ihor Datsenko"
    assert "administration" in (speaker_of(article, "transferred next week") or "")
    assert speaker_of(article, "written to the ministry twice") == "Ihor Datsenko"
    # passed on: never confident, but not scored as a non-attribution either (PolNeAR's weight
    # for nested reports is taken out, see stage._capped)
    from newsprism.attribution.stage import RELAYED_CAP

    relayed = next(q for q in article.quotes if "only after the new year" in q.text)
    assert relayed.confidence is not None and 0.4 <= relayed.confidence <= RELAYED_CAP


def test_a_body_named_by_what_it_is_is_an_organisation() -> None:
    # WordNet's organisation nouns: "the state enterprise", "the water utility", a name after
    # such a noun; a person's name after an office naming a body stays a person
    article = attributed(
        "Water was cut off in three districts of Mykolaiv.\n\n"
        "The municipal enterprise reported that repairs would take two days. This was stated "
        "by the water company Mykolaivvodokanal. The head of the city administration Oleksandr "
        "Senkevych said that tankers would bring water to every school."
    )
    for phrase in ("repairs would take two days", "tankers would bring water"):
        q = next(q for q in article.quotes if phrase in q.text)
        who = article.speaker(q.speaker)
        assert who is not None, phrase
        if phrase.startswith("repairs"):
            assert who.kind == "organization", who
        else:
            assert who.kind == "person" and who.name == "Oleksandr Senkevych", who


def test_a_name_then_where_it_was_said_between_commas_is_one_person() -> None:
    # ", in an interview with …," between the name and the verb: the same person as "Koval"
    article = attributed(
        "Bread prices rose again in Minsk.\n\n"
        "The Ministry of Agriculture denies the shortage. The head of the department of food "
        "safety of the ministry Taras Petrovych Koval, in an interview with the TV channel LTB, "
        "stated that flour had become 30% more expensive since spring. Koval also said that "
        "small bakeries may close by winter."
    )
    entries = [s.name for s in article.speakers if "Koval" in s.name or "Koval" in s.aliases]
    assert entries == ["Taras Petrovych Koval"], entries


def test_this_was_stated_by_takes_a_sentence_whose_own_verb_reports_nothing() -> None:
    # «Об этом заявил»: the sentence before is X's, though its verb ("pushed") is a cue of the
    # lexicon's with a subject;
    # a sentence with a speech verb of its own stays that speaker's
    article = attributed(
        "Checkpoints closed.\n\n"
        "Polish border guards pushed back 40 migrants at two crossings on Tuesday night. This was "
        "stated by the head of the State Border Guard Service of Ukraine Andriy Demchenko.\n\n"
        "The regional administration said that 600 trucks are waiting in line. This was "
        "confirmed by the drivers' union."
    )
    assert speaker_of(article, "40 migrants at two crossings") == "Andriy Demchenko"
    assert "administration" in (speaker_of(article, "600 trucks") or "")


def test_quoted_as_saying_is_the_words_of_the_one_quoted() -> None:
    article = attributed(
        "Gas talks stalled.\n\n"
        "Interfax quoted the energy minister Serhiy Rybak as saying that the talks would resume "
        'in May. "We are not in a hurry," the agency quoted Rybak as saying.'
    )
    assert speaker_of(article, "would resume in May") == "Serhiy Rybak"
    assert _relayer_of(article, "would resume in May") == "Interfax"
    assert speaker_of(article, "We are not in a hurry") == "Serhiy Rybak"
