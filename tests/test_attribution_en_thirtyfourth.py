"""English attribution, thirty-fourth session (issue 12): the calibration reads only text of the
kind it was fitted on (English that reads as translated), and a verb the parser mis-tags after
a closing quote still names the speaker.  Invented articles only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.article import Article
from newsprism.attribution import calibration_en
from newsprism.attribution.source_kind_en import reads_translated, translated_score
from newsprism.attribution.stage import article_from_text
from newsprism.attribution.trailing import trailing_cue
from newsprism.pipeline import Pipeline

MT = Path(__file__).parent / "fixtures" / "attribution-mt"

#: English written as English: contractions, few articles
NATIVE = """Bakers brace for a costly winter

Ellie Marsh has run her bakery on Fore Street for eleven years, and she's never seen butter \
cost this much. "We've put our prices up twice since March and I don't think it's over," she \
said on Tuesday, pointing at a shelf of croissants that now sell for £2.40 each.

Her supplier, Tom Okafor, says farmers are paying more for feed and fuel. "It isn't greed," \
Okafor said. "Everyone's margins are thin, and we're passing on what we can't absorb."

Shoppers don't seem to mind yet. Queues still form before eight most mornings, and Marsh says \
weekend orders for birthday cakes are up on last year. But she's worried about January, when \
people usually cut back. "If trade drops off after Christmas, we'll have to think hard about \
opening hours," she said."""

#: English in the style of a machine translation from Russian: "the" before bare nouns
TRANSLATED = """The bakers of the region complain about the price of the butter

The price of the butter in the shops of the region rose by the third since the spring, the \
head of the association of the bakers Yelena Markova told the journalists on Tuesday. \
According to her, the bakeries of the region raised the prices for the bread twice.

"We raised the prices two times, and the people of the city buy the less of the bread," \
Markova said. The head of the department of the agriculture of the region Pavel Orlov said \
that the government of the region will give the subsidies to the bakeries in the winter.

The deputy of the regional council Igor Belov noted that the question of the subsidies will \
be considered at the session of the council in December. The council of the region did not \
comment on the size of the subsidies."""


def _analysed(text: str) -> Article:
    return Pipeline(["segment", "attribution"])(article_from_text(text, "en"))


def _speaker_of(article: Article, words: str) -> str | None:
    """The speaker's name of the first quote holding ``words``."""
    q = next(q for q in article.quotes if words in q.text)
    speaker = None if q.speaker is None else article.speaker(q.speaker)
    return None if speaker is None else speaker.name


def test_the_kind_of_english_is_read_off_the_text() -> None:
    assert not reads_translated(NATIVE)
    assert reads_translated(TRANSLATED)
    assert translated_score(TRANSLATED) > translated_score(NATIVE) + 5
    # a text too short to tell keeps the calibration
    assert reads_translated('"It isn\'t greed," Okafor said.')


def test_the_translated_style_development_articles_read_as_translated() -> None:
    # a gate on our own articles (half A and B alike; the benchmark source_kind_en.py prints
    # the reading on real pages and PolNeAR too): 210 of 214 read as translated this session
    # (mt1–mt214: the development articles; this session's held-out ones are never read here)
    names = sorted(p.stem for p in MT.glob("mt*.txt") if int(p.stem[2:]) <= 214)
    read = sum(reads_translated((MT / f"{n}.txt").read_text(encoding="utf-8")) for n in names)
    assert read >= 0.95 * len(names), (read, len(names))


def test_english_written_as_english_keeps_the_scorers_confidence() -> None:
    article = _analysed(NATIVE)
    assert article.quotes
    again = calibration_en.calibrate(article.text, article.quotes, article.speakers)
    assert again == article.quotes  # nothing lowered: the calibration does not read this text


def test_translated_text_is_still_calibrated(monkeypatch: pytest.MonkeyPatch) -> None:
    calibrated = _analysed(TRANSLATED)
    monkeypatch.setattr(calibration_en, "reads_translated", lambda text: False)
    raw = _analysed(TRANSLATED)
    pairs = list(zip(calibrated.quotes, raw.quotes, strict=True))
    assert pairs
    # the calibration only lowers, and on this text it lowers at least one quote
    assert all((c.confidence or 0) <= (r.confidence or 0) for c, r in pairs)
    assert any((c.confidence or 0) < (r.confidence or 0) for c, r in pairs)


def _trailing_source(text: str) -> str | None:
    end = text.index('," ') + 2
    found = trailing_cue(text, end)
    return None if found is None else found[1].text


def test_a_mistagged_reporting_verb_after_a_quote_names_the_speaker() -> None:
    # "clarifies", "shares" after an unknown surname are read as plural nouns by the parser
    assert _trailing_source('"It is a deep state of rest," Wilgus clarifies.') == "Wilgus"
    assert _trailing_source('"I have one at home," Dan shares. "It is simple."') == "Dan"
    assert _trailing_source('"It was a patchwork quilt," Chiou and Howlett write.') == (
        "Chiou and Howlett"
    )
    # a noun after the name is not a verb of saying
    assert _trailing_source('"It is late," Wilgus Holdings results show.') is None
    assert _trailing_source('"It was late," The Guardian reported.') is None


def test_the_speaker_named_after_a_quote_with_an_unknown_verb() -> None:
    text = (
        "Rest and sleep\n\nHolly Wilgus teaches yoga in Dayton. Marco Ruiz runs a sleep clinic.\n\n"
        '"Yoga nidra is a deep state of rest, not sleep," Ruiz clarifies.\n\n'
        '"I tried it once and slept for an hour," Wilgus shares.'
    )
    article = _analysed(text)
    assert _speaker_of(article, "deep state") == "Marco Ruiz"
    assert _speaker_of(article, "slept for an hour") == "Holly Wilgus"


def test_a_quotation_of_several_sentences_is_one_quote() -> None:
    text = (
        "Working apart\n\nMany firms now hire freelancers. Rafael Torres runs a design studio in "
        "Leeds.\n\n"
        "As Torres told me, “We are a largely in-person team, and we rely a lot on our culture. "
        "I would be lying if I said remote work is easy for us. This is why we prefer to hire "
        "freelancers on a per-project basis.”\n\n"
        "“Nobody expected the change. Clients stopped calling in March. By May we had lost half "
        "our orders,” Torres said."
    )
    article = _analysed(text)
    told = next(q for q in article.quotes if "in-person team" in q.text)
    assert "per-project basis" in told.text  # the whole quotation, not its first sentence
    said = next(q for q in article.quotes if "half our orders" in q.text)
    assert "Nobody expected" in said.text
    assert _speaker_of(article, "in-person team") == "Rafael Torres"
    assert _speaker_of(article, "half our orders") == "Rafael Torres"


def test_an_interrupted_quotation_stays_two_quotes() -> None:
    text = (
        "Harbour levy\n\nFiona Grant leads the council. Tom Reilly leads the opposition.\n\n"
        "“The levy is fair. It pays for the sea wall,” Grant said, but Reilly answered: “It is "
        "a tax on traders. Nobody asked us.”"
    )
    article = _analysed(text)
    fair = next(q for q in article.quotes if "levy is fair" in q.text)
    assert "traders" not in fair.text
    assert _speaker_of(article, "levy is fair") == "Fiona Grant"


def test_the_son_is_the_one_introduced_as_the_son() -> None:
    text = (
        "Wrestling federation\n\nThe old coach Kairat Dzhumabaev was among those not let in. He "
        "stood with his son, the member of the national team Nurlan Dzhumabaev, at the door.\n\n"
        "The old coach said that the list was changed overnight.\n\n"
        'The son said that he will not go to the championship "under the flag of this '
        'federation".\n\n'
        "The forward Artyom Bessonov and his father, the doctor of the team Yuri Bessonov, "
        "both work in the club. Yuri Bessonov said that the medical staff had not been paid. "
        'The son said that he "will stay with the team until the end of the year".'
    )
    article = _analysed(text)
    assert _speaker_of(article, "list was changed") == "Kairat Dzhumabaev"
    assert _speaker_of(article, "championship") == "Nurlan Dzhumabaev"
    assert _speaker_of(article, "medical staff") == "Yuri Bessonov"
    assert _speaker_of(article, "stay with the team") == "Artyom Bessonov"
