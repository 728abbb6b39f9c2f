"""The learned English source ranker (``attribution/sources_en.py``): it lists the noun phrases
of a cue's sentence as candidate sources and replaces the rules' choice only where its model
clearly prefers another."""

from __future__ import annotations

from typing import Any

from newsprism.attribution import quotes_en, sources_en
from newsprism.attribution.backends import english
from newsprism.attribution.model import Found
from newsprism.attribution.quotemarks import QuotedSpans, find_quoted

TEXT = (
    "After the council vote on Tuesday, the mayor of Kilbride told reporters that the old "
    "bridge would reopen in May."
)


def _parsed(text: str) -> tuple[Any, Any]:
    doc = english()(text)
    quoted = QuotedSpans(find_quoted(text, [(0, len(text))]))
    return quotes_en._Reader(text, 0, quoted), next(iter(doc.sents))


def _found(text: str, source: Any = None) -> Found:
    a = text.index("that the old")
    c = text.index("told")
    return Found("indirect", a, len(text) - 1, (c, c + 4), source)


def _heads(cands: list[sources_en.Candidate]) -> dict[str, sources_en.Candidate]:
    return {c.token.text: c for c in cands}


def test_candidates_are_the_noun_phrases_outside_the_content() -> None:
    reader, sent = _parsed(TEXT)
    mayor = next(t for t in sent if t.text == "mayor")
    f = _found(TEXT, reader.source(mayor))
    heads = _heads(sources_en.candidates(reader, sent, f))
    assert {"mayor", "reporters"} <= set(heads)
    assert not {"bridge", "May"} & set(heads)  # inside the content: never a source
    assert heads["mayor"].chosen and not heads["reporters"].chosen
    assert heads["mayor"].features["dep=nsubj"] == 1.0
    assert heads["mayor"].features["head_is_cue=True"] == 1.0
    assert heads["reporters"].features["chosen=False"] == 1.0


def _model(weights: dict[str, float], margin: float = 0.1, threshold: float = 0.5) -> Any:
    return sources_en.SourceModel(weights, 0.0, margin, threshold)


def _rerank(model: Any, f: Found) -> Found:
    reader, sent = _parsed(TEXT)
    sources_en.rerank(model, [f], [(reader, sent, True)])
    return f


def test_the_rules_choice_stands_unless_the_model_clearly_prefers_another() -> None:
    reader, sent = _parsed(TEXT)
    rules = reader.source(next(t for t in sent if t.text == "mayor"))
    kept = _rerank(
        _model({"chosen=True": 2.0, "dep=dobj": 1.0, "dep=dative": 1.0}), _found(TEXT, rules)
    )
    assert kept.source is not None and kept.source.text == "the mayor of Kilbride"
    moved = _rerank(_model({"dep=dobj": 3.0, "dep=dative": 3.0}), _found(TEXT, rules))
    assert moved.source is not None and moved.source.text == "reporters"
    # a preference smaller than the margin leaves the rules' choice
    close = _rerank(_model({"dep=dobj": 0.1, "dep=dative": 0.1}, margin=0.2), _found(TEXT, rules))
    assert close.source is not None and close.source.text == "the mayor of Kilbride"
    assert _rerank(None, _found(TEXT, rules)).source is rules


def test_a_source_is_given_only_when_the_best_candidate_is_likely_enough() -> None:
    likely = _rerank(_model({"dep=nsubj": 3.0}), _found(TEXT))
    assert likely.source is not None and likely.source.text == "the mayor of Kilbride"
    unlikely = _rerank(_model({"dep=nsubj": 1.0}, threshold=0.9), _found(TEXT))
    assert unlikely.source is None


def test_the_shipped_model_loads_small_and_trusts_the_rules() -> None:
    from pathlib import Path

    model = sources_en.load()
    assert model is not None
    path = Path(sources_en.__file__).parent.parent / "data" / sources_en.MODEL_FILE
    assert path.stat().st_size < 200_000
    assert model.weights["chosen=True"] > model.weights.get("chosen=False", 0.0)
    assert 0.0 <= model.margin < 1.0


def test_a_whole_analysis_keeps_the_rules_source_of_a_plain_sentence() -> None:
    text = "The harbour master said the channel would be dredged before the summer season."
    analysis = quotes_en.analyse(english(), text, [(0, len(text))])
    (f,) = analysis.found
    assert f.source is not None and f.source.text == "The harbour master"


def test_the_path_features_name_the_grammar_between_candidate_and_cue() -> None:
    # "hoping" shares its subject with "raised": the path up from the cue passes an adverbial
    # clause, and the subject of the verb it hangs on is another speech word's subject
    text = (
        "Officials of the two groups said on Monday that they raised more money, "
        "hoping that the senator would lose."
    )
    reader, sent = _parsed(text)
    a = text.index("that the senator")
    c = text.index("hoping")
    f = Found("indirect", a, len(text) - 1, (c, c + 6), None)
    heads = _heads(sources_en.candidates(reader, sent, f))
    they = heads["they"].features
    assert any(k.startswith("chain=nsubj/") for k in they)
    assert they["meet_class=-"] == 1.0 or they.get("meet_class=speech") == 1.0
    officials = heads["Officials"].features
    assert officials["head_class|dep=speech|nsubj"] == 1.0
    # the cue's own side of the path: the same for every candidate of this cue
    chains = {k for h in heads.values() for k in h.features if k.startswith("cue_chain=")}
    assert len(chains) >= 1 and all(k != "cue_chain=" for k in they if k.startswith("cue_chain"))


def test_a_candidate_carries_the_class_of_its_head_noun() -> None:
    # the class comes from word lists (WordNet's person and organisation nouns, the offices
    # and documents the rules know), so a lemma never seen in training still gets a weight
    text = (
        "The popularity of the reform convinced the council, the survey of 900 farmers "
        "and the mayor said on Tuesday."
    )
    doc = english()(text)
    classes = {t.text: sources_en.noun_class(t) for t in doc if t.pos_ in ("NOUN", "PROPN")}
    assert classes["popularity"] == "thing"
    assert classes["council"] == "body"
    assert classes["survey"] == "document"
    assert classes["mayor"] == "person"
    assert classes["Tuesday"] == "name"
    reader, sent = _parsed(TEXT)
    mayor = next(t for t in sent if t.text == "mayor")
    heads = _heads(sources_en.candidates(reader, sent, _found(TEXT, reader.source(mayor))))
    assert heads["mayor"].features["noun_class=person"] == 1.0
    assert heads["reporters"].features["noun_class|dep=person|dobj"] == 1.0
