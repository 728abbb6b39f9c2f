"""English attribution: a capitalised common word opening a sentence is no mention of the
person whose surname it is ("Rice prices rose …" in an article naming Helen Rice), while the
surname opening a sentence as its subject still is (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

# Helen Rice and Tom Young are named and quoted first; later sentences open with "Rice" and
# "Young" as a noun and an adjective just before a quote attributed by a pronoun, whose
# speaker is the person of that gender named last (Maria Lopez, Peter Hale)
HARVEST = (
    "Grain costs climb for a third month\n\n"
    "The farm minister Helen Rice opened the harvest fair in Dalton on Friday. Rice said that "
    "the ministry would buy seed for small farms.\n\n"
    "The baker Maria Lopez has run her shop on Mill Street for twenty years. "
    "Rice prices rose again in March, she said. "
    "\u201cWe cannot raise the price of bread every week,\u201d she said.\n\n"
    "The union steward Tom Young spoke after the minister. Young, who has farmed in the valley "
    "since 1990, said that the fair was smaller than last year.\n\n"
    "Peter Hale keeps the co-operative's books. Young farmers are leaving the valley. "
    "\u201cWe have lost nine members this year,\u201d he said."
)


def test_a_sentence_opening_with_a_common_noun_is_no_mention_of_the_namesake() -> None:
    article = attributed(HARVEST)
    assert speaker_of(article, "price of bread every week") == "Maria Lopez"
    assert speaker_of(article, "nine members this year") == "Peter Hale"


def test_the_surname_opening_a_sentence_as_its_subject_is_the_person() -> None:
    article = attributed(HARVEST)
    assert speaker_of(article, "buy seed for small farms") == "Helen Rice"
    assert speaker_of(article, "smaller than last year") == "Tom Young"
    rice = next(s for s in article.speakers if s.name == "Helen Rice")
    opening = [m.start for m in rice.mentions if article.text[m.start : m.end] == "Rice"]
    # "Rice said …" is hers; "Rice prices rose …" is not
    assert opening == [article.text.index("Rice said")]


def test_the_tagger_tells_a_common_word_from_a_name_at_a_sentence_start() -> None:
    from newsprism.attribution.backends import english
    from newsprism.attribution.quotes_en import common_openers

    text = (
        "Price rises have hit every stall. Price declined to comment. Mark the date. "
        "Rice, the minister, said nothing. Wood said the plan was fair."
    )
    found = {text[a : a + 4] + "@" + str(a) for a in common_openers(english()(text), 0)}
    assert "Pric@0" in found  # "Price rises": a noun modifying the noun after it
    assert "Mark@" + str(text.index("Mark")) in found  # an imperative verb
    assert "Pric@" + str(text.index("Price declined")) not in found  # the subject: a person
    assert "Rice@" + str(text.index("Rice")) not in found
    assert "Wood@" + str(text.index("Wood")) not in found
