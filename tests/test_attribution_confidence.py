"""Confidence on quotes, speaker links and figures' sources; what readers show as confident."""

from __future__ import annotations

import json

from newsprism.article import Article, Block, Claim, Quote, Sentence, Speaker
from newsprism.attribution import scorer
from newsprism.attribution.confidence import CONFIDENT, is_confident
from newsprism.attribution.speakers import UNNAMED_CAP
from newsprism.attribution.stage import article_from_text
from newsprism.claims.attribute import ARTICLE_CONFIDENCE, CUED_SENTENCE_CONFIDENCE, asserted_by
from newsprism.pipeline import Pipeline
from newsprism.render.who_said_what import groups
from newsprism.render.who_said_what_md import who_said_what_markdown

TEXT = (
    "Mayor Ellen Porter said on Monday that the bridge would reopen in May.\n\n"
    "“We have spent 40 million dollars on it,” she told reporters.\n\n"
    "Some residents, it seemed, would prefer a ferry."
)


def _article(confidences: tuple[float | None, float | None, float | None]) -> Article:
    text = TEXT
    blocks, sentences = [], []
    for i, para in enumerate(text.split("\n\n")):
        start = text.index(para)
        blocks.append(Block(i, "paragraph", start, start + len(para), para))
        sentences.append(Sentence(i, i, start, start + len(para), para))
    spans = [
        "the bridge would reopen in May",
        "We have spent 40 million dollars on it",
        "would prefer a ferry",
    ]
    quotes = []
    for i, (span, conf) in enumerate(zip(spans, confidences, strict=True)):
        s = text.index(span)
        quotes.append(
            Quote(
                i,
                "indirect",
                s,
                s + len(span),
                span,
                speaker=0 if i < 2 else None,
                sentences=(i,),
                confidence=conf,
            )
        )
    speaker = Speaker(0, "Ellen Porter", role="Mayor")
    at = text.index("40 million")
    claim = Claim(
        0,
        at,
        at + 10,
        "40 million",
        40e6,
        speaker=0,
        source="Ellen Porter",
        sentence=1,
        source_confidence=confidences[1],
    )
    return Article(
        text=text,
        language="en",
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        speakers=(speaker,),
        quotes=tuple(quotes),
        claims=(claim,),
    )


def test_old_json_without_confidence_still_reads() -> None:
    data = _article((0.9, 0.5, None)).to_dict()
    for q in data["quotes"]:
        q.pop("confidence"), q.pop("speaker_confidence")
    for c in data["claims"]:
        c.pop("source_confidence")
    back = Article.from_dict(json.loads(json.dumps(data)))
    assert all(q.confidence is None for q in back.quotes)
    assert not any(is_confident(q) for q in back.quotes)  # unscored is not shown as confident


def test_confidence_round_trips() -> None:
    a = _article((0.9, 0.5, 0.2))
    assert Article.from_dict(a.to_dict()) == a


def test_per_speaker_lists_hold_confident_quotes_only() -> None:
    a = _article((0.95, CONFIDENT - 0.01, 0.99))
    found = {g.title: g for g in groups(a)}
    porter = found["Ellen Porter"]
    assert [q.id for q in porter.quotes] == [0]
    assert porter.claims == []  # the figure sits in the uncertain quote
    unsure = found["Uncertain attributions"]
    assert unsure.uncertain and [q.id for q in unsure.quotes] == [1]
    assert [c.id for c in unsure.claims] == [0]
    assert [q.id for q in found["Speaker not identified"].quotes] == [2]
    hidden = {g.title for g in groups(a, hide_uncertain=True)}
    assert "Uncertain attributions" not in hidden
    md = who_said_what_markdown(a) or ""
    assert "uncertain: Ellen Porter?" in md


def test_pipeline_scores_every_english_quote_and_figure() -> None:
    article = Pipeline(["segment", "attribution", "claims"], strict=True)(
        article_from_text(TEXT, "en")
    )
    assert article.quotes
    for q in article.quotes:
        assert q.confidence is not None and 0 <= q.confidence <= 1
        assert q.speaker_confidence is not None and 0 <= q.speaker_confidence <= 1
    # the plainly named mayor's "said that" is a textbook attribution
    said = next(q for q in article.quotes if "reopen" in q.text)
    assert is_confident(said)
    held = next(c for c in article.claims if "40" in c.text)
    quote = next(q for q in article.quotes if q.start <= held.start < q.end)
    assert held.speaker == quote.speaker and held.source_confidence == quote.confidence


def test_figure_outside_quotes_in_a_cued_sentence_is_uncertain() -> None:
    text = "Officials were worried, the ambassador told the newspaper, as 70% of residents left."
    a = Pipeline(["segment"])(article_from_text(text, "en"))
    at = text.index("70%")
    assert asserted_by(a, at, at + 3, text, "en") == (None, "article", ARTICLE_CONFIDENCE)
    cue = text.index("told")
    q = Quote(0, "indirect", 0, 22, text[:22], cue="told", cue_start=cue, cue_end=cue + 4)
    cued = Article(text=a.text, language="en", blocks=a.blocks, sentences=a.sentences, quotes=(q,))
    assert asserted_by(cued, at, at + 3, text, "en")[2] == CUED_SENTENCE_CONFIDENCE


def test_scorer_features_separate_the_cue_words() -> None:
    model = scorer.from_json(
        {"cues": ["said"], "heads": {"confidence": {"bias": 0.0, "weights": {"cue=said": 2.0}}}}
    )
    assert model.heads["confidence"].probability({"cue=said": 1.0}) > 0.85
    assert model.heads["confidence"].probability({"cue=<rare>": 1.0}) == 0.5


def test_weak_evidence_for_a_body_stays_below_the_confident_bar() -> None:
    """A plural pronoun resolved to one body, and a body made from a description that names no
    one, are shown uncertain; a body that is its own cue's subject keeps its confidence."""
    from attributed import attributed, quote_holding

    text = (
        "The Ministry of Transport of Moldova published new rules for intercity buses on "
        "Monday.\n\nThey said that the fares would rise by 10 percent in March and that new "
        "routes would open in the north.\n\nAccording to one of the contacts of the "
        "outlet, the ruling was made at a session of the government in October."
    )
    article = attributed(text)
    for phrase in ("fares would rise", "ruling was made"):
        q = quote_holding(article, phrase)
        speaker = article.speaker(q.speaker)
        assert speaker is not None and speaker.kind == "organization", phrase
        assert not is_confident(q), (phrase, q.confidence)
    own_subject = attributed(
        "The regional administration reported on Tuesday that the heating plant in Balti had "
        "been repaired after the accident, and that 4,000 flats had heat again."
    )
    # not capped as weak evidence (the cap is UNNAMED_CAP); the calibration alone may put a
    # one-sentence article's plain report just under the confident mark
    kept = quote_holding(own_subject, "heating plant").confidence
    assert kept is not None and kept > UNNAMED_CAP
