"""English attribution, twenty-seventh round (issue 12): what kind of text a paragraph is —
words signed after them with a dash and a name (an epigraph, a reader's review), a transcript's
turns opened by the speaker's name and a colon — and two translated-style constructions: an
outlet's quoted name with a full stop in "According to the agency "X", …", and "A and the deputy
of the faction "X" B said" (invented articles, never evaluation text)."""

from __future__ import annotations

import dataclasses

from attributed import attributed, quote_holding, speaker_name, speaker_of

from newsprism.article import Article

BLOG = (
    "What a year of running taught me\n\n"
    "I started running last January, mostly to have an excuse to leave the house before work.\n\n"
    "“A river cuts through rock not because of its power but because of its persistence.” "
    "– Petra Lindqvist\n\n"
    "The first month was the hardest. I ran three kilometres twice a week and walked half of "
    "them.\n\n"
    "Rest days matter as much as the runs. Nobody believes it until the knees complain. "
    "— Tomasz Wierzbicki, Coach\n\n"
    "By the summer I could run ten kilometres without stopping.\n"
)


def test_words_signed_with_a_dash_and_a_name_are_the_signers() -> None:
    """An epigraph in quotation marks and a paragraph without them, each closed by "– Name"
    (a comma and what the signer is after it), are the signer's words."""
    article = attributed(BLOG)
    assert speaker_of(article, "persistence") == "Petra Lindqvist"
    assert speaker_of(article, "Rest days matter") == "Tomasz Wierzbicki"


REVIEWS = (
    "Five invoicing tools for small firms\n\n"
    "We compared five invoicing tools on price, support and how long the first invoice took.\n\n"
    "What users say\n\n"
    "“Set up in ten minutes and the reminders actually get us paid.” – Orla M., Small Business "
    "(under 50 staff)\n\n"
    "“Support answered on a Sunday, which I did not expect.” – Bruno T., Mid-Market\n\n"
    "Pricing starts at $12 a month – Ledgerly Blog\n"
)


def test_a_reviews_signature_names_its_author_before_what_they_are() -> None:
    """A review signed "– Orla M., Small Business (…)" is Orla M.'s; a line that is no
    sentence before its dash ("Pricing starts at … – Ledgerly Blog") is no signed quote."""
    article = attributed(REVIEWS)
    assert speaker_of(article, "reminders actually get us paid") == "Orla M."
    assert speaker_of(article, "answered on a Sunday") == "Bruno T."
    assert not any("Pricing starts" in q.text for q in article.quotes)


PODCAST = (
    "Harbour Talk, episode 12: transcript\n\n"
    "Dana Reyes: Welcome back to Harbour Talk. My guest spent eleven years running the port "
    "of Saltmere.\n\n"
    "Tom Okafor: Thanks for having me, Dana. As you said on the phone, nobody plans to work in "
    "a port.\n\n"
    "I came for a summer job and stayed, because the work changes every week.\n\n"
    "Dana Reyes: What was the hardest decision you made there?\n\n"
    "Tom Okafor: Closing the old grain terminal. My deputy, Ruth Adler, said the town would "
    "never forgive us, and for a year she was right.\n\n"
    "Dana Reyes: Thank you, Tom.\n"
)


def test_a_transcripts_turns_are_their_speakers() -> None:
    """Each paragraph opened by "Name:" and those after it up to the next name are that
    person's; "as you said" in a turn is the other person's, and someone else's report inside
    a turn stays theirs."""
    article = attributed(PODCAST)
    assert speaker_of(article, "spent eleven years running the port") == "Dana Reyes"
    assert speaker_of(article, "came for a summer job") == "Tom Okafor"
    assert speaker_of(article, "Closing the old grain terminal") == "Tom Okafor"
    assert passed_on(article, "nobody plans to work") == [("Dana Reyes", "Tom Okafor")]
    assert passed_on(article, "never forgive us") == [("Ruth Adler", "Tom Okafor")]


def passed_on(article: Article, phrase: str) -> list[tuple[str | None, str | None]]:
    """(speaker, who passes it on) of the quotes holding ``phrase`` that someone passes on."""
    return [
        (
            speaker_name(article, q),
            speaker_name(article, dataclasses.replace(q, speaker=q.relayed_by)),
        )
        for q in article.quotes
        if phrase in q.text and q.relayed_by is not None
    ]


PRODUCT = (
    "Review: the Brightline 400 coffee grinder\n\n"
    "Price: $149 at most retailers, often on sale in spring.\n\n"
    "Design: A heavy steel body and a hopper that holds 250 grams.\n\n"
    "Price: Worth it if you grind every day, less so for a weekly bag.\n\n"
    "Design: The dial clicks through 40 settings and never slips.\n"
)


def test_labels_of_a_product_page_are_no_speakers() -> None:
    """ "Price: …" and "Design: …" open paragraphs twice each, but they name no person: the
    page is no transcript and nothing in it is anyone's quote."""
    article = attributed(PRODUCT)
    assert article.quotes == ()


BORDER = (
    "Trucks wait three days at the border\n\n"
    "The queue of trucks before the checkpoint grew to 600 on Sunday.\n\n"
    'According to the agency "Caspia.info", the deputy minister of transport Rustam Aliyev '
    'said that the ministry "will ask the neighbours to open a second lane until Friday".\n\n'
    "The drivers sleep in their cabs.\n"
)


def test_an_outlets_quoted_name_with_a_full_stop_relays_the_official() -> None:
    """'According to the agency "Caspia.info", the deputy minister … said that …': the
    official's words, passed on by the agency (the opening had run on to the official's quote
    and the outlet took his words, the tokenizer having cut its name at the full stop)."""
    article = attributed(BORDER)
    q = quote_holding(article, "open a second lane")
    assert speaker_name(article, q) == "Rustam Aliyev"
    relay = article.speaker(q.relayed_by)
    assert relay is not None and "Caspia.info" in relay.name


COUNCIL = (
    "School canteen contract questioned\n\n"
    "The deputy of the city council Pavel Sorin visited the school on Tuesday after the "
    "complaints of the parents.\n\n"
    'Sorin and the deputy of the faction "Green Town" Alla Drozd said that the council will '
    "invite the director of the caterer to the commission. They also said that the contract "
    '"was extended in August without a tender".\n'
)


def test_a_name_and_an_office_with_a_quoted_faction_before_a_name_are_a_pair() -> None:
    """'A and the deputy of the faction "X" B C said': both are the source (the parser made
    "B C" a subject of its own and A was dropped), and "They also said" is the pair's."""
    article = attributed(COUNCIL)
    pair = "Pavel Sorin and Alla Drozd"
    assert speaker_of(article, "invite the director") == pair
    assert speaker_of(article, "without a tender") == pair


CLUB = (
    "Volleyball club dismisses its coach\n\n"
    'The volleyball club "Dvina-Vitebsk" on Monday dismissed the head coach Oleg Markov. The '
    "club informed about this on its site and thanked the coach for the work. The decision was "
    'taken "after the results of the autumn", it is said in the message.\n\n'
    "The Ministry of Sport distributed a message in the evening. "
    '"The club will keep its place in the league," it is said in the message.\n'
)


def test_it_is_said_in_the_message_is_the_issuing_bodys() -> None:
    """ "…, it is said in the message": the words of the message, and so of the body that
    issued it a sentence before (the impersonal passive had no reader)."""
    article = attributed(CLUB)
    assert speaker_of(article, "after the results of the autumn") == "The club"
    assert speaker_of(article, "keep its place in the league") == "The Ministry of Sport"
