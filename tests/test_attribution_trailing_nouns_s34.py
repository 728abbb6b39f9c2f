"""A reporting verb generated from the lexicon after a quote ("…," Dan shares.) is a plural noun
just as often in news copy ("Tesla shares fell", "the bank reports rose"): such a form is the
quote's cue only where it closes its clause after a quote that ends as quoted speech does (a
comma, "?", "!" or a dash).  The review of 35962d73 found a cue-less quote given to a company
by its share price.  Invented text."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution.trailing import trailing_cue


def _source(text: str) -> str | None:
    end = text.index("\u201d") + 1 if "\u201d" in text else text.index('"', 1) + 1
    found = trailing_cue(text, end)
    return found[1].text if found else None


def test_a_share_price_after_a_quote_names_no_speaker() -> None:
    assert _source('"We are not worried about demand." Tesla shares fell 4% on Thursday.') is None
    assert _source('"It was a clear miss." Apple shares dropped after the call.') is None
    assert _source('"It was reckless." Brown and Jones reports were published later.') is None
    assert _source('"Rates will stay high." The bank reports rose in March.') is None


def test_a_generated_reporting_verb_that_closes_its_clause_still_names_the_speaker() -> None:
    assert _source('"I have one at home," Dan shares. "It is simple."') == "Dan"
    assert _source('"It was a patchwork quilt," Chiou and Howlett write.') == "Chiou and Howlett"
    assert _source('"Why now?" Okafor wonders.') == "Okafor"
    # the verbs listed by hand keep reading wherever they stand
    assert _source('"Why should we pay for their mistakes?" Hale said of the bank.') == "Hale"


def test_a_quote_before_a_share_price_stays_without_the_companys_name() -> None:
    text = (
        "Tesla reported its quarterly deliveries on Wednesday, below what analysts expected.\n\n"
        '"We are not worried about demand in the second half." Tesla shares fell 4% in early '
        "trading on Thursday.\n"
    )
    article = attributed(text)
    quote = next((q for q in article.quotes if "second half" in q.text), None)
    if quote is not None:
        assert speaker_name(article, quote) != "Tesla"


def test_a_quote_with_its_speaker_after_it_keeps_the_speaker() -> None:
    text = (
        "The school opened a second library this week.\n\n"
        '"Children read more when the books are close to them," Okafor notes. '
        "The library holds four thousand books.\n"
    )
    article = attributed(text)
    assert speaker_name(article, quote_holding(article, "books are close")) == "Okafor"
