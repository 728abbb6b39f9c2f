"""A learned ranker of the words that name an English attribution's source.

The rules (:mod:`.quotes_en`) take a cue's source from one dependency reading: the verb's
subject, a passive's "by" phrase, a noun's possessor.  Where the parse hangs a sentence
differently ("…, he told reporters after Trump spoke", a subject two clauses up, a name in
apposition), that reading names the wrong words or none.  This step lists, for each attribution
with a cue, every noun phrase of the cue's sentence outside the content (its head word: a subject,
object, possessor, "by" or "according to" phrase, apposition …) and scores each with a logistic
model over what the parse says of it and of its path to the cue: its label and part of speech,
entity type, pronoun or not, whether it hangs below the cue word, how many links and words lie
between them and on which side, whether it stands inside quotation marks, what found the
attribution (rules, cue finder, tagger) and whether it is the rules' own choice.

It replaces the rules' source only when the model's best candidate is clearly likelier than the
rules' choice (a margin chosen by cross-validation on PolNeAR *train*), and gives a source to an
attribution that has none when the best candidate is likely enough.  Weights are trained by
``scripts/train_attribution.py`` and shipped as ``data/attribution-sources-en.json`` (model card:
``docs/attribution-model.md``); without that file the rules' sources stand.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .lexicon_en import cue_class
from .model import Found, SourceRef
from .name_runs import ROLE_NOUNS
from .org_nouns_data import ORG_NOUNS
from .packaged import packaged_json
from .person_nouns_data import PERSON_NOUNS
from .roles import EN_DOCUMENTS

if TYPE_CHECKING:
    from .quotes_en import _Reader

MODEL_FILE = "attribution-sources-en.json"
#: the labels of a noun phrase's head that can name who speaks
HEAD_DEPS = frozenset(
    [
        "nsubj",
        "nsubjpass",
        "pobj",
        "dobj",
        "poss",
        "appos",
        "conj",
        "attr",
        "npadvmod",
        "dative",
        "ROOT",
        "nmod",
        "oprd",
    ]
)
PARTS = frozenset(["NOUN", "PROPN", "PRON"])
#: pronouns that never name a source ("it said" is an organisation, kept; "that" is not)
NOT_SOURCES = frozenset(["that", "which", "this", "what", "who", "whom", "there", "something"])


@dataclass(frozen=True)
class SourceModel:
    weights: dict[str, float]
    bias: float
    #: replace the rules' source when the best candidate beats it by this much (probability)
    margin: float
    #: give a source to an attribution without one when the best candidate reaches this
    threshold: float


@cache
def load() -> SourceModel | None:
    data = packaged_json(MODEL_FILE)
    if data is None:
        return None
    return SourceModel(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        margin=float(data["margin"]),
        threshold=float(data["threshold"]),
    )


@dataclass
class Candidate:
    token: Any
    start: int
    end: int
    features: dict[str, float]
    #: whether the rules chose this one
    chosen: bool


#: findings that speak in news ("the report found", "a poll shows"), beside the documents
REPORT_NOUNS = frozenset(
    ["report", "study", "survey", "poll", "analysis", "research", "paper", "review", "audit"]
    + ["investigation", "ruling", "indictment", "findings", "data", "article", "editorial"]
)


def noun_class(tok: Any) -> str:
    """What a candidate's head word can be, from WordNet's noun senses (the shipped person and
    organisation lists) and the offices and documents the rules know: a person, a body, a
    document, a name, a pronoun, or a thing that cannot speak ("the popularity of X", "the name
    change", "assimilation").  It lets the ranker weigh a class of words, not each lemma seen
    often enough in training."""
    if tok.pos_ == "PRON":
        return "pronoun"
    if tok.pos_ == "PROPN":
        return "name"
    lemma = str(tok.lemma_).lower()
    if lemma in PERSON_NOUNS or lemma in ROLE_NOUNS:
        return "person"
    if lemma in ORG_NOUNS:
        return "body"
    if lemma in EN_DOCUMENTS or lemma in REPORT_NOUNS:
        return "document"
    return "thing"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "far"


def _path(a: Any, b: Any) -> tuple[int, int]:
    """Links up from ``a`` and from ``b`` to their lowest common ancestor."""
    up_a = [a, *a.ancestors]
    up_b = {t.i: k for k, t in enumerate([b, *b.ancestors])}
    for k, t in enumerate(up_a):
        if t.i in up_b:
            return k, up_b[t.i]
    return len(up_a), len(up_b)


def _chain(a: Any, b: Any) -> tuple[str, str, Any]:
    """The dependency labels on the way up from ``a`` and from ``b`` to their lowest common
    ancestor (at most three each, nearest first): the grammar that links a candidate to the
    cue ("nsubj" over "xcomp": a subject that controls the cue verb; "conj": a coordinated
    verb sharing its subject; "relcl": a relative clause's antecedent)."""
    up_b = {t.i for t in [b, *b.ancestors]}
    labels_a: list[str] = []
    top = a
    for t in [a, *a.ancestors]:
        if t.i in up_b:
            top = t
            break
        labels_a.append(t.dep_)
    labels_b = []
    for t in [b, *b.ancestors]:
        if t.i == top.i:
            break
        labels_b.append(t.dep_)
    return "|".join(labels_a[:3]), "|".join(labels_b[:3]), top


def candidates(
    reader: _Reader, sent: Any, f: Found, refs: dict[tuple[int, int], SourceRef] | None = None
) -> list[Candidate]:
    """The noun-phrase heads of ``sent`` outside ``f``'s content, with their features
    (``refs`` keeps each token's source reading across the attributions of one article)."""
    refs = {} if refs is None else refs
    if f.cue is None:
        return []
    offset = reader.offset
    cue = next((t for t in sent if offset + t.idx >= f.cue[0] and not t.is_punct), None)
    if cue is None:
        return []
    origin = "tagged" if f.tagged else "learned" if f.learned is not None else "rules"
    rules = f.source
    cue_lemma = str(cue.lemma_).lower()
    out = []
    for tok in sent:
        if tok.pos_ not in PARTS or tok.dep_ not in HEAD_DEPS or tok.i == cue.i:
            continue
        if tok.lower_ in NOT_SOURCES or not tok.is_alpha:
            continue
        at = offset + tok.idx
        if f.start <= at < f.end:
            continue
        key = (id(reader), tok.i)
        ref = refs.get(key)
        if ref is None:
            ref = refs[key] = reader.source(tok)
        if f.start <= ref.start < f.end or f.start < ref.end <= f.end:
            continue
        chosen = rules is not None and ref.start <= rules.start < ref.end and rules.end <= ref.end
        chosen = chosen or (rules is not None and rules.start <= at < rules.end)
        up, down = _path(tok, cue)
        cand_chain, cue_chain, top = _chain(tok, cue)
        side = "left" if tok.i < cue.i else "right"
        q = reader.quote_at(at)
        inside = q is not None and q.inner_start <= at < q.inner_end
        feats = {
            f"dep={tok.dep_}": 1.0,
            f"pos={tok.pos_}": 1.0,
            f"ent={tok.ent_type_ or '-'}": 1.0,
            f"pron={tok.lower_ if tok.pos_ == 'PRON' else '-'}": 1.0,
            f"kind={ref.kind}": 1.0,
            f"path={_bucket(up)}/{_bucket(down)}": 1.0,
            f"head_is_cue={tok.head.i == cue.i}": 1.0,
            f"dep|head_is_cue={tok.dep_}|{tok.head.i == cue.i}": 1.0,
            f"dep|side={tok.dep_}|{side}": 1.0,
            f"side={side}": 1.0,
            f"dist={_bucket(abs(tok.i - cue.i))}": 1.0,
            f"quoted={inside}": 1.0,
            f"origin={origin}": 1.0,
            f"cue={cue_class(cue_lemma)}|{cue.pos_}": 1.0,
            f"chosen={chosen}": 1.0,
            f"chosen|origin={chosen}|{origin}": 1.0,
            f"rules_has_source={rules is not None}": 1.0,
            f"quote_kind={f.kind}": 1.0,
            f"head_dep={tok.head.dep_}": 1.0,
            f"first_in_sentence={tok.i == sent.start}": 1.0,
            f"lemma={str(tok.lemma_).lower()}": 1.0,
            f"subject_of_cue_verb={tok.dep_.startswith('nsubj') and tok.head.i == cue.head.i}": 1.0,
            f"cue_dep|dep={cue.dep_}|{tok.dep_}": 1.0,
            f"content_side={'before' if at < f.start else 'after'}": 1.0,
            f"words={_bucket(len(ref.text.split()))}": 1.0,
            f"chain={cand_chain}/{cue_chain}": 1.0,
            f"cue_chain={cue_chain}": 1.0,
            # another speech or attitude word above the candidate or where the paths meet
            f"head_class|dep={cue_class(str(tok.head.lemma_).lower())}|{tok.dep_}": 1.0,
            f"meet_class={cue_class(str(top.lemma_).lower()) if top.i != cue.i else 'cue'}": 1.0,
            f"named={bool(ref.entities) or tok.ent_type_ == 'PERSON'}": 1.0,
            f"noun_class={noun_class(tok)}": 1.0,
            f"noun_class|dep={noun_class(tok)}|{tok.dep_}": 1.0,
            f"noun_class|cue={noun_class(tok)}|{cue_class(cue_lemma)}": 1.0,
        }
        out.append(Candidate(tok, ref.start, ref.end, feats, chosen))
    # which of them comes nearest the cue, among those of its kind
    for rank, c in enumerate(sorted(out, key=lambda c: abs(c.token.i - cue.i))):
        c.features[f"rank={min(rank, 4)}"] = 1.0
    return out


def probability(model: SourceModel, features: dict[str, float]) -> float:
    z = model.bias + sum(model.weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rerank(
    model: SourceModel | None,
    found: list[Found],
    sents: list[tuple[_Reader, Any, bool]],
    rows: list[tuple[Found, list[Candidate]]] | None = None,
) -> None:
    """Replace each attribution's source by the model's choice where it is clearly likelier
    (see the module's text); with ``rows``, only collect the candidates (for training)."""
    if model is None and rows is None:
        return
    spans = sorted(
        (r.offset + s.start_char, r.offset + s.end_char, i) for i, (r, s, _) in enumerate(sents)
    )
    starts = [a for a, _, _ in spans]
    longest = max((b - a for a, b, _ in spans), default=0)
    refs: dict[tuple[int, int], SourceRef] = {}
    for f in found:
        if f.cue is None:
            continue
        # the first sentence (in the list's order) that holds the cue: only sentences starting
        # within a sentence's length before it are asked (asking all, for every report, was
        # quadratic on long articles)
        at = f.cue[0]
        lo = bisect_left(starts, at - longest + 1)
        held = [i for a, b, i in spans[lo : bisect_right(starts, at)] if a <= at < b]
        if not held:
            continue
        here = sents[min(held)][:2]
        cands = candidates(here[0], here[1], f, refs)
        if rows is not None:
            rows.append((f, cands))
            continue
        if not cands or model is None or f.relayed_by is not None:
            continue  # a relayed report's source stands inside the relayer's words: kept
        scored = [(probability(model, c.features), c) for c in cands]
        p, best = max(scored, key=lambda pc: pc[0])
        if best.chosen:
            continue
        rules_p = max((q for q, c in scored if c.chosen), default=None)
        if (rules_p is None and f.source is None and p >= model.threshold) or (
            rules_p is not None and p - rules_p >= model.margin
        ):
            f.source = here[0].source(best.token)
