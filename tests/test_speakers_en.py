"""English speaker table details: roles read off the parse, sources that are not the speaker.

The texts are our own; each assertion pins one rule of :mod:`newsprism.attribution.roles_en`
or of source classification in :mod:`newsprism.attribution.quotes_en`.
"""

from __future__ import annotations

import pytest

from newsprism.article import Article
from newsprism.attribution.names import clean_alias
from newsprism.attribution.roles import role_heads
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


def analyse(text: str) -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "en"))


def speaker_of(article: Article, phrase: str) -> str | None:
    quote = next(q for q in article.quotes if phrase in q.text)
    sp = article.speaker(quote.speaker)
    return sp.name if sp else None


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Tom Reilly, who leads the Independent group, said the levy was unfair.",
            "Tom Reilly",
            "leader of the Independent group",
        ),
        (
            "Dr Samuel Okoye, who is a lecturer at Bristol University, said the study was flawed.",
            "Samuel Okoye",
            "a lecturer at Bristol University",
        ),
        (
            "Peter Walsh, 54, a farmer from Kilbride, said the road had been closed.",
            "Peter Walsh",
            "a farmer from Kilbride",
        ),
        (
            "Northbank's chief economist Ana Ruiz said inflation would ease.",
            "Ana Ruiz",
            "Northbank's chief economist",
        ),
        (
            "Professor Helen Marsh of the University of Kent said the data were clear.",
            "Helen Marsh",
            "Professor of the University of Kent",
        ),
        (
            "Maria Lopez, the head of the Harbour Traders Association, said jobs would go.",
            "Maria Lopez",
            "the head of the Harbour Traders Association",
        ),
    ],
)
def test_role_read_off_the_parse(sentence: str, name: str, role: str) -> None:
    article = analyse("Harbour row\n\n" + sentence)
    sp = next(s for s in article.speakers if s.name == name)
    assert sp.role == role


def test_role_stops_before_relative_clause_and_quote() -> None:
    article = analyse(
        "Levy vote\n\n“We will not back down,” said Jane Holloway, a Democratic senator from "
        "Ohio who has opposed the levy since 2019."
    )
    sp = next(s for s in article.speakers if s.name == "Jane Holloway")
    assert sp.role == "a Democratic senator from Ohio"
    assert all("who" not in a.split() for a in sp.aliases)


def test_past_event_in_relative_clause_is_not_a_role() -> None:
    article = analyse("Vote\n\nParker Eaton, who voted for the levy, said he regretted it.")
    sp = next(s for s in article.speakers if s.name == "Parker Eaton")
    assert sp.role is None


def test_dateline_is_not_the_source() -> None:
    article = analyse(
        "Levy\n\nKILBRIDE (Harbour Wire) - Council leader Fiona Grant said on Monday that the "
        "levy would raise £2 million."
    )
    quote = article.quotes[0]
    assert quote.source_text == "Council leader Fiona Grant"
    assert speaker_of(article, "levy would raise") == "Fiona Grant"


def test_possessor_is_not_the_speaker() -> None:
    article = analyse(
        "Levy\n\nFiona Grant opened the meeting. Grant's spokeswoman said the model would be "
        "released in March."
    )
    quote = next(q for q in article.quotes if "released in March" in q.text)
    sp = article.speaker(quote.speaker)
    assert sp is not None and sp.kind == "anonymous" and sp.name == "Grant's spokeswoman"


def test_definite_person_noun_refers_back() -> None:
    article = analyse(
        "Prices\n\nNorthbank's chief economist Ana Ruiz said prices would rise. The economist "
        "warned that repair costs were underestimated. An analyst said the forecast was bold."
    )
    assert speaker_of(article, "repair costs") == "Ana Ruiz"
    quote = next(q for q in article.quotes if "forecast was bold" in q.text)
    sp = article.speaker(quote.speaker)
    assert sp is not None and sp.kind == "anonymous"


def test_uncued_quote_after_someone_in_same_paragraph_is_theirs() -> None:
    article = analyse(
        "Levy\n\n“The levy is a tax on people who already struggle,” said Maria Lopez, adding "
        "that traders had not been consulted. “Nobody asked us what we thought.”"
    )
    assert speaker_of(article, "Nobody asked us") == "Maria Lopez"


def test_uncued_quote_after_another_name_is_not_guessed() -> None:
    article = analyse(
        "Levy\n\nMaria Lopez said that traders had not been consulted at all. Tom Reilly "
        "shook his head. “Nobody asked any of us what we thought.”"
    )
    assert speaker_of(article, "Nobody asked") != "Maria Lopez"


def test_adjective_nationality_is_not_an_organisation() -> None:
    article = analyse(
        "Talks\n\nThe British delegation arrived late. It said the talks would resume on Friday."
    )
    assert all(s.name != "British" for s in article.speakers)


def test_role_heads() -> None:
    assert role_heads("a veteran Democratic pollster") == {"pollster"}
    assert role_heads("the head of the Independent group") == {"head"}
    assert role_heads("Sen.") == {"senator"}
    assert role_heads("глава МИД") == {"глава", "мид"}


def test_clean_alias() -> None:
    assert clean_alias("a Democratic senator from Ohio who") == "a Democratic senator from Ohio"
    assert clean_alias("Tom Reilly, who") == "Tom Reilly"


def test_cue_after_a_question_quote() -> None:
    article = analyse(
        "Apple\n\nMaria Lopez spoke first. “Why should we pay for their mistakes?” Tom Reilly said of the "
        "company in February.\n\n“Is this what the harbour deserves?” asked Ms Lopez."
    )
    assert speaker_of(article, "Why should we pay") == "Tom Reilly"
    assert speaker_of(article, "what the harbour deserves") == "Maria Lopez"
    quote = next(q for q in article.quotes if "Why should we pay" in q.text)
    assert quote.cue == "said" and quote.source_text == "Tom Reilly"


def test_trailing_words_that_are_not_a_cue() -> None:
    from newsprism.attribution.trailing import trailing_cue

    text = "“Who knows?” The council said nothing."
    assert trailing_cue(text, text.index("”") + 1) is None
    text = "“Who knows?” she asked."
    found = trailing_cue(text, text.index("”") + 1)
    assert found is not None and found[1].kind == "pronoun" and found[1].gender == "f"


def test_possessive_pronoun_source_and_you() -> None:
    from newsprism.attribution import coref
    from newsprism.attribution.model import SourceRef

    you = SourceRef(0, 3, "you", "pronoun", "you")
    assert coref.pronoun(you, [], [], []) is None


def test_described_speaker_after_exclamation_and_outlet_between() -> None:
    article = analyse(
        "Vote\n\n“Blink twice if you are in trouble!” one person tweeted.\n\n"
        "“She is a mother of three,” a friend, Mariam Okafor, told the Harbour Post. “She "
        "taught every Sunday for ten years.”"
    )
    quote = next(q for q in article.quotes if "Blink twice" in q.text)
    sp = article.speaker(quote.speaker)
    assert sp is not None and sp.kind == "anonymous" and quote.cue == "tweeted"
    assert speaker_of(article, "taught every Sunday") == "Mariam Okafor"


def test_headline_does_not_run_into_a_name() -> None:
    article = analyse(
        "Harbour Chief Reilly Has Not Resigned\n\nTom Reilly said on Monday that he would stay."
    )
    assert all("Has" not in s.name for s in article.speakers)


def test_name_and_colon_before_a_quote() -> None:
    from newsprism.attribution.trailing import leading_colon

    text = "More from Jeffrey Jones: “The partisanship of a state is a starting point.”"
    name = (text.index("Jeffrey"), text.index(":"))
    assert leading_colon(text, text.index("“"), [name]) == name
    assert leading_colon(text, text.index("“"), [(0, 4)]) is None
    article = analyse("Stone\n\n" + "Stated Roger Stone: “I think the stakes are very high now.”")
    assert speaker_of(article, "the stakes are very high") == "Roger Stone"


def test_suffixes_and_offices_do_not_split_a_person() -> None:
    from newsprism.attribution.names import split_honorific, strip_suffix

    assert strip_suffix(["Joseph", "R.", "Biden", "Jr."]) == ["Joseph", "R.", "Biden"]
    assert split_honorific(["Representative", "Brooks"]) == (None, ["Brooks"], True)
    article = analyse(
        "Trade\n\nMorris J. Brooks Jr. said the tariffs had cost jobs in his district. "
        "Representative Brooks said the plant would close. Later, Brooks, who had opposed "
        "the deal, said he would vote against it."
    )
    people = [s for s in article.speakers if s.kind == "person"]
    assert [s.name for s in people] == ["Morris J. Brooks Jr."]
    assert people[0].role == "Representative"


def test_quote_paragraph_after_indirect_speech_goes_on_with_its_speaker() -> None:
    article = analyse(
        "Levy\n\nMaria Lopez said the levy was unfair, adding that traders had not been asked."
        "\n\n“We found out about it from the newspaper like everybody else.”"
    )
    assert speaker_of(article, "from the newspaper") == "Maria Lopez"


def test_place_parsed_as_a_second_subject_is_not_the_speaker() -> None:
    article = analyse(
        "Debate\n\nSpeaking at a town hall meeting in Dover, New Hampshire, Tom Reilly went after "
        "his rival, calling him “a total stiff who cannot lead.”"
    )
    quote = next(q for q in article.quotes if "total stiff" in q.text)
    sp = article.speaker(quote.speaker)
    assert sp is not None and sp.name == "Tom Reilly"


def test_dateline_dash_is_not_part_of_a_role() -> None:
    article = analyse(
        "Vote\n\nJERUSALEM - Israeli Prime Minister Benjamin Netanyahu said the talks would "
        "resume.\n\nVeteran 20-year state Sen. Pat Miller said the vote was close."
    )
    roles = {s.name: s.role for s in article.speakers}
    assert roles["Benjamin Netanyahu"] == "Israeli Prime Minister"
    assert roles["Pat Miller"] == "20-year state Sen."


def test_things_that_say_something_are_documents() -> None:
    article = analyse(
        "Fleet\n\nA review by the Harbour Post showed that the ferry had failed two inspections. "
        "Tom Reilly's remarks suggested that the council knew about the failures."
    )
    kinds = {s.name: s.kind for s in article.speakers}
    assert kinds.get("A review by the Harbour Post") == "document"
    assert kinds.get("Tom Reilly's remarks") == "document"


def test_he_does_not_refer_back_to_a_document() -> None:
    # "The indictment" speaks first; the man who speaks next is named only by "He" (no one else
    # is named before him): "He" must not become the report
    text = (
        "The indictment claims that the riots were planned by the harbour union.\n\n"
        "The first witness at Tuesday's hearing was an engineer from the port authority.\n\n"
        "He said the steel had been ordered a year too late."
    )
    article = analyse(text)
    assert "indictment" in (speaker_of(article, "riots were planned") or "").lower()
    said = speaker_of(article, "steel had been ordered")
    assert said is None or "indictment" not in said.lower()


def test_a_titled_name_ner_calls_an_organisation_is_a_person() -> None:
    # spaCy's small model reads "Major-Gen Sipho Ndlovu" as an organisation: the rank makes it
    # a person, so the next "He said" is his, not the accused woman's
    article = analyse(
        "Thandiwe Mokoena pleaded not guilty on Monday. The indictment claims that she "
        "organised the unrest through her posts.\n\n"
        "The state's first witness was Hawks head Major-Gen Sipho Ndlovu, who led the "
        "national investigation.\n\n"
        "He said the accused had been watched for months before the riots began.\n\n"
        "Ndlovu said two of her three accounts were fake."
    )
    assert speaker_of(article, "watched for months") == "Sipho Ndlovu"
    assert speaker_of(article, "accounts were fake") == "Sipho Ndlovu"
    assert sum(s.name == "Sipho Ndlovu" for s in article.speakers) == 1


def test_a_person_introduced_in_a_sentence_without_a_cue_is_registered() -> None:
    # no sentence before "She said" names her, and hers has no speech verb: it is parsed
    # because it introduces a given name and a surname
    article = analyse(
        "The harbour wall collapsed in March. The contract went to a firm owned by Ingrid "
        "Solberg. Work began in May and the budget has since doubled.\n\n"
        "The council blamed the weather.\n\n"
        "She said the delays were not her fault."
    )
    assert speaker_of(article, "not her fault") == "Ingrid Solberg"


def test_a_quoted_paragraph_after_an_indirect_statement_continues_its_speaker() -> None:
    article = analyse(
        "The port authority wants a new pipeline by 2030.\n\n"
        "Its engineering chief, Nomvula Dube, says theft is the main risk.\n\n"
        "“We lose fuel every month to people who tap the lines at night.\n\n"
        "“A hydrogen line would be far more dangerous to tamper with.”\n\n"
        "The board meets again in June."
    )
    assert speaker_of(article, "tap the lines at night") == "Nomvula Dube"


def test_a_body_after_of_in_an_apposition_is_not_a_person() -> None:
    # "founder of Harbour Mutual Insurance": NER reads the run as one organisation and no
    # given name starts its last two words, so no person "Mutual Insurance" is split off
    article = analyse(
        "“Nobody reads the small print until the storm comes,” said Dana Whitfield, a broker "
        "and founder of Harbour Mutual Insurance in Leeds."
    )
    assert speaker_of(article, "small print") == "Dana Whitfield"


def test_a_speaker_pronoun_does_not_refer_to_a_name_inside_its_own_quote() -> None:
    # the name nearest to "he" is inside the quote "he" speaks: the speaker names himself "I"
    article = analyse(
        "Owen Pryce has sat in the state Senate since 2004. At a crowded meeting of farmers "
        "and teachers in the north of the state on Friday evening, the senator told reporters "
        "that the race had tightened.\n\n"
        "“A month ago we were behind by six points in every poll we saw, and now the race is "
        "much closer than anyone expected. The unions are angry about the pension plan, the "
        "farmers are angry about the water charges, and the teachers have not been paid on time "
        "since the spring. People in the north feel forgotten, and they will vote that way, and "
        "so the unions are angry with Governor Mark Hale,” he said."
    )
    assert speaker_of(article, "behind by six points") == "Owen Pryce"


def test_they_does_not_refer_to_a_group_named_inside_its_own_quote() -> None:
    article = analyse(
        "The River Council sent a letter to the water board on Tuesday.\n\n"
        "“These charges fall hardest on Farmers in the valley and must be reviewed,” they wrote."
    )
    assert speaker_of(article, "These charges fall") != "Farmers"


@pytest.mark.parametrize("body", ["Northside General Hospital"])
def test_a_body_tagged_as_a_person_is_no_referent_for_she(body: str) -> None:
    article = analyse(
        f"Priya Raman spent her childhood in a harbour town, where an aunt nursed at {body}. "
        "She recalled in a book, “I was nine years old and the winter frightened me.”"
    )
    assert speaker_of(article, "nine years old") == "Priya Raman"
    assert all(body not in s.name for s in article.speakers)


def test_a_mostly_female_given_name_does_not_rule_out_he() -> None:
    # "Lindsey" is mostly a woman's name in the name dictionary: not enough to refuse "he"
    article = analyse(
        "Lindsey Carrow, the county treasurer, met the mayor, Dan Whitby, on Monday. "
        "Carrow said the budget was short.\n\n"
        "“We cannot pay for the new bridge this year,” he said."
    )
    assert speaker_of(article, "new bridge") == "Lindsey Carrow"


def test_a_guessed_gender_does_not_overrule_the_one_person_named_before() -> None:
    # "Dali" is a woman's name in the name dictionary; "He" opening the paragraph still refers
    # to the one person the sentence before names (an invented inquiry)
    article = analyse(
        "Advocate Dali Ndlovu spent the afternoon with the inspector, Major Sipho Khumalo. "
        "Khumalo told the inquiry that his officers had tracked the group's chat messages in "
        "June.\n\n"
        "On the chat messages, Ndlovu argued that not one of them called for harm.\n\n"
        "He said he had read every message of his client himself and asked if that made him "
        "an offender too."
    )
    assert speaker_of(article, "read every message") == "Dali Ndlovu"


def test_a_description_after_a_quote_skips_names_inside_it() -> None:
    article = analyse(
        "Councillor Ruth Adebayo spent the morning at the flooded school in Eastfield. "
        '"We met the head teacher, Paul Morrow, and the parents this morning, and we will '
        'rebuild the hall before winter," the councillor said.'
    )
    assert "Adebayo" in (speaker_of(article, "rebuild the hall") or "")


def test_a_pronoun_chain_keeps_its_topic_over_a_guessed_gender() -> None:
    # the sentence before names only Ellison, but speaks of "her": the topic goes on with her
    article = analyse(
        "Governor Lena Marsh is running against Donald Ellison in the primary. The race has not "
        "gone her way, and Ellison leads in every poll. She signalled months ago that she would "
        "support Ellison if he wins the nomination."
    )
    assert speaker_of(article, "would support Ellison") == "Lena Marsh"
