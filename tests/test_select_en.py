"""The English parse pre-filter (attribution/select_en.py): what it keeps, and that it loses no
quote or speaker on our own articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.article import Article
from newsprism.attribution import quotes_en
from newsprism.attribution.model import Entity
from newsprism.attribution.quotemarks import find_quoted
from newsprism.attribution.select_en import chunks_to_parse, inflections, mentions_outside
from newsprism.attribution.stage import article_from_text, attribute
from newsprism.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attribution"
ENGLISH = sorted(p.stem for p in FIXTURES.glob("en_*.txt"))


def test_inflections_regular_and_irregular() -> None:
    forms = inflections(
        ["say", "admit", "deny", "argue", "tell"], {"said": ["say"], "told": ["tell"]}
    )
    for form in ("says", "saying", "said", "admitted", "admits", "denied", "denies", "argued",
                 "arguing", "told", "tells"):  # fmt: skip
        assert form in forms, form
    assert "sold" not in forms and "walked" not in forms


def _article(text: str) -> Article:
    return Pipeline(["segment"])(article_from_text(text, "en"))


def _chunks(article: Article) -> list[str]:
    paragraphs = [(b.start, b.end) for b in article.blocks]
    quoted = find_quoted(article.text, paragraphs)
    forms = inflections(["say", "warn"], {"said": ["say"]})
    spans = chunks_to_parse(
        article.text, paragraphs, [(s.start, s.end) for s in article.sentences], quoted, forms
    )
    return [article.text[a:b] for a, b in spans]


def test_keeps_cue_sentences_and_the_antecedent_a_pronoun_needs() -> None:
    article = _article(
        "The harbour froze early this year. Boats stayed in port for a week.\n\n"
        "Mayor Lena Ortiz visited the docks on Monday. She said the city would pay for the "
        "repairs. The weather improved on Tuesday.\n\n"
        "Fishermen warned of losses. Prices rose at the market."
    )
    assert _chunks(article) == [
        "Mayor Lena Ortiz visited the docks on Monday. She said the city would pay for the repairs.",
        "Fishermen warned of losses.",
    ]


def test_a_description_needs_the_sentence_before_its_quotation() -> None:
    # "the akim said" refers back like "she said"; the quotation it closes began a sentence
    # earlier, so the antecedent is the sentence before the quotation opened
    article = _article(
        "Rain fell all week.\n\n"
        "The akim of the Sairam district Nurlan Beketov visited the school. “The children "
        "are safe. The canteen is closed,” the akim said. The weather improved on Tuesday."
    )
    assert _chunks(article) == [
        "The akim of the Sairam district Nurlan Beketov visited the school. “The children are "
        "safe. The canteen is closed,” the akim said."
    ]
    # a description that is no person ("the district") needs nothing before it
    article = _article("Rain fell all week. The district said the roads were open.")
    assert _chunks(article) == ["The district said the roads were open."]


def test_keeps_quotes_colons_and_dash_speech() -> None:
    article = _article(
        "Nothing happened here. The crowd cheered “as loud as a stadium”.\n\n"
        "Ortiz: the repairs start in May.\n\n"
        "— We are ready, the captain told the crew. The ship left at 10:30."
    )
    chunks = _chunks(article)
    assert "The crowd cheered “as loud as a stadium”." in chunks
    assert "Ortiz: the repairs start in May." in chunks
    assert "— We are ready, the captain told the crew. The ship left at 10:30." in chunks
    assert "Nothing happened here." not in chunks


def test_mentions_outside_the_parsed_sentences() -> None:
    text = "Lena Ortiz spoke first.\n\nOrtiz then toured the docks. Lena Ortiz left."
    ortiz = Entity(0, 10, "Lena Ortiz", "PER", "Lena Ortiz", first="Lena", last="Ortiz", gender="f")
    found, to_parse = mentions_outside(text, [ortiz], [(0, 23)], [(0, 23), (25, len(text))])
    assert to_parse == [(25, len(text))]  # "Lena Ortiz" again: NER must see the full name
    found, to_parse = mentions_outside(text, [ortiz], [(0, 23)], [(0, 23), (25, 54)])
    assert [(e.text, e.gender) for e in found] == [("Ortiz", "f")] and to_parse == []


@pytest.mark.parametrize("name", ENGLISH)
def test_same_quotes_and_speakers_as_parsing_everything(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    selective = attribute(article)
    whole = quotes_en.analyse
    monkeypatch.setattr(
        quotes_en,
        "analyse",
        lambda nlp, text, paragraphs, sentences=None: whole(nlp, text, paragraphs),
    )
    everything = attribute(article)

    def table(a: Article) -> list[tuple[str, str, str | None, str | None]]:
        out = []
        for q in a.quotes:
            who = a.speaker(q.speaker)
            out.append((q.kind, q.text, who.name if who else None, who.role if who else None))
        return out

    assert table(selective) == table(everything)
    assert {s.name for s in selective.speakers} == {s.name for s in everything.speakers}


def test_content_keeps_the_percent_sign_of_its_last_figure() -> None:
    article = attribute(
        _article("Tom Reilly said similar projects elsewhere had run over by 40-45%.")
    )
    assert [q.text for q in article.quotes] == ["similar projects elsewhere had run over by 40-45%"]


def test_unparsed_sentences_introducing_a_full_name_are_parsed() -> None:
    text = "The wall fell. The firm of Ingrid Solberg got the work. It rained.\n\nLater it fell."
    sentences = [(0, 14), (15, 54), (55, 64), (66, 80)]
    paragraphs = [(0, 64), (66, 80)]
    found, to_parse = mentions_outside(text, [], [(0, 14)], paragraphs, sentences)
    assert to_parse == [(15, 54)] and found == []
    # capitalised words that are no given name and a surname ask for no parse
    _, to_parse = mentions_outside(
        "The Harbour Board met. It rained.", [], [], [(0, 33)], [(0, 22), (23, 33)]
    )
    assert to_parse == []
