"""Make spaCy's small English pipeline cheaper without changing a single annotation.

Measured on PolNeAR articles (about 830 words) on this project's machines, one core, CPU time:
tok2vec 72 ms, parser 27 ms, attribute ruler 32 ms, lemmatizer 32 ms, NER 97 ms.  Two changes:

* **Matrix products through NumPy.**  thinc's CPU ops multiply with the BLIS build bundled in
  the ``blis`` wheel, three times slower here than NumPy's OpenBLAS on the same shapes (26 against
  77 GFLOP/s).  :class:`NumpyGemmOps` routes ``gemm`` to ``numpy.matmul``: tok2vec takes half the
  time, NER two thirds, and tags, parses and entities are identical (45,113 tokens compared).
  Call it inside :func:`newsprism.threads.single_threaded_blas`, or OpenBLAS takes every core.
* **Part of speech and lemma by lookup.**  The attribute ruler runs a token matcher over 179
  patterns and the rule lemmatizer re-derives every lemma, for every token of every document.
  Both are functions of the word, its tag and its dependency label, so :class:`TagLemmaCache`
  runs spaCy's own ruler and lemmatizer once per (word, tag, label) on a one-word document and
  then sets ``pos`` and ``lemma`` from a dict.  On the same 45,113 tokens 3 differ (the ruler's
  two-word "let's" pattern); ``token.morph`` is no longer set (nothing here reads it).
  The ruler's one label rule is applied the same way: a whitespace token's label is "dep"
  (the parser makes a document's leading whitespace a ROOT; the ruler relabels it).

Together: 0.26 s of CPU per article becomes 0.16 s, attribution's main cost.

* **The transition loop with the GIL held.**  spaCy's wheel is built with Cython 3, which
  checks for a Python error after every call of the parser state's small C++ methods
  (``StateC::B`` and the like) by taking the GIL — and ``greedy_parse`` runs its loop with the
  GIL released, so each check locks and unlocks the interpreter's mutex.  NER asks every one
  of its 74 moves whether it is valid at every token, each asking the state a few times: two
  thirds of NER's time went to those locks.  :class:`GilHeldParser` runs the same greedy loop
  from Python (spaCy's own ``ParserStepModel.predict`` and ``transition_states``, the path its
  beam search and training take), where the checks find the GIL already held.  NER's CPU time
  per news article 41 → 18 ms, the parser's 12.5 → 6 ms; parses and entities identical
  (690 chunks of 60 articles compared, and the tests' fixtures token by token).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from thinc.api import NumpyOps

#: the name our replacement component is registered under
TAG_LEMMA = "newsprism_tag_lemma"
#: the factory of :class:`GilHeldParser` (the component keeps the name it replaces)
GIL_HELD = "newsprism_gil_held_parser"
#: how many (word, tag) pairs the lookup keeps before starting afresh
_CACHE_LIMIT = 200_000


class NumpyGemmOps(NumpyOps):  # type: ignore[misc]  # thinc is untyped here
    """thinc's NumPy ops with matrix products done by ``numpy.matmul``."""

    name = "numpy"

    def gemm(
        self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def use_numpy_gemm(nlp: Any) -> None:
    """Give every model of the pipeline :class:`NumpyGemmOps`."""
    ops = NumpyGemmOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


class TagLemmaCache:
    """``pos`` and ``lemma`` for each token from (word, tag, dependency label), computed once by
    spaCy's own attribute ruler and lemmatizer on a one-word document and then looked up."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        one_token = [
            rule
            for rule in ruler.patterns
            if len(rule["patterns"]) == 1
            and len(rule["patterns"][0]) == 1
            and "DEP" in rule["patterns"][0][0]
        ]
        #: the ruler's one-token patterns that look at the dependency label, with the POS they set
        self.dep_rules = [
            (r["patterns"][0][0], r["attrs"]["POS"]) for r in one_token if "POS" in r["attrs"]
        ]
        #: and those that set the label itself (a whitespace token's label is "dep")
        self.label_rules = [
            (r["patterns"][0][0], r["attrs"]["DEP"]) for r in one_token if "DEP" in r["attrs"]
        ]
        #: (word, tag, label) -> (POS, lemma, label)
        self.cache: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def __call__(self, doc: Any) -> Any:
        cache = self.cache
        if len(cache) > _CACHE_LIMIT:
            # a fresh table rather than clear(): a document another thread is annotating (the
            # web app analyses uploads in a thread pool) keeps reading the one it learnt into
            cache = self.cache = {}
        # each token's key read once (a token's attributes are Cython properties)
        tokens = list(doc)
        keys = [(t.orth, t.tag, t.dep) for t in tokens]
        missing = {k: t for k, t in zip(keys, tokens, strict=True) if k not in cache}
        if missing:
            self._learn(doc.vocab, list(missing.values()), cache)
        expl = doc.vocab.strings["expl"]
        after_expl = False
        for token, key in zip(tokens, keys, strict=True):
            token.pos, token.lemma, dep = cache[key]
            if dep != key[2]:
                token.dep = dep
            # the ruler's one two-word pattern: "there is" makes "is" a verb, not an auxiliary
            if after_expl and token.lower_ in _BE:
                token.pos_ = "VERB"
            after_expl = key[2] == expl
        return doc

    def _learn(self, vocab: Any, tokens: list[Any], cache: dict[Any, tuple[int, int, int]]) -> None:
        from spacy.tokens import Doc

        words = Doc(vocab, words=[t.text for t in tokens], tags=[t.tag_ for t in tokens])
        words = self.ruler(words)
        for token, word in zip(tokens, words, strict=True):
            for pattern, pos in self.dep_rules:
                if _matches(pattern, token):
                    word.pos_ = pos
        words = self.lemmatizer(words)
        for token, word in zip(tokens, words, strict=True):
            dep = token.dep
            for pattern, label in self.label_rules:
                if _matches(pattern, token):
                    dep = vocab.strings.add(label)
            cache[(token.orth, token.tag, token.dep)] = (word.pos, word.lemma, dep)


_BE = frozenset(["is", "are", "was", "were", "'s", "'re"])


def _matches(pattern: dict[str, Any], token: Any) -> bool:
    """Whether a one-token matcher pattern over TAG, LOWER, DEP and IS_SPACE matches ``token``."""
    values = {
        "TAG": token.tag_,
        "LOWER": token.lower_,
        "DEP": token.dep_,
        "IS_SPACE": token.is_space,
    }
    for attr, want in pattern.items():
        have = values.get(attr)
        if have is None:
            return False  # an attribute this reading does not know: never guess
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


def replace_tag_lemma(nlp: Any) -> None:
    """Swap the attribute ruler and lemmatizer for one :class:`TagLemmaCache` component."""
    from spacy.language import Language

    if not Language.has_factory(TAG_LEMMA):
        Language.factory(TAG_LEMMA, func=_make_tag_lemma)
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.add_pipe(TAG_LEMMA, after="lemmatizer", config={})
    nlp.get_pipe(TAG_LEMMA).setup(ruler, lemmatizer)
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")


class _TagLemmaComponent:
    """The pipeline component; its tables are filled by :func:`replace_tag_lemma`."""

    def __init__(self) -> None:
        self.impl: TagLemmaCache | None = None

    def setup(self, ruler: Any, lemmatizer: Any) -> None:
        self.impl = TagLemmaCache(ruler, lemmatizer)

    def __call__(self, doc: Any) -> Any:
        assert self.impl is not None, "replace_tag_lemma sets the component up"
        return self.impl(doc)


def _make_tag_lemma(nlp: Any, name: str) -> _TagLemmaComponent:
    return _TagLemmaComponent()


class GilHeldParser:
    """A spaCy parser or NER component whose greedy loop runs with the GIL held (see the module
    docstring); everything else — labels, model, annotations, serialisation — is the wrapped
    component's own."""

    def __init__(self) -> None:
        self.component: Any = None

    def setup(self, component: Any) -> None:
        self.component = component

    def __getattr__(self, name: str) -> Any:
        component = self.__dict__.get("component")
        if component is None:
            raise AttributeError(name)
        return getattr(component, name)

    def __call__(self, doc: Any) -> Any:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Any, *, batch_size: int = 256) -> Any:
        """As ``Parser.pipe``: batches in order, each parsed in sub-batches sorted by length."""
        from spacy.util import minibatch

        error_handler = self.component.get_error_handler()
        for in_order in minibatch(docs, batch_size):  # type: ignore[no-untyped-call]
            try:
                by_length = sorted(in_order, key=len)
                for sub in minibatch(by_length, max(batch_size // 4, 2)):  # type: ignore[no-untyped-call]
                    self.component.set_annotations(sub, self.predict(sub))
                yield from in_order
            except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in spaCy
                error_handler(self.component.name, self, in_order, e)

    def predict(self, docs: list[Any]) -> Any:
        """``Parser.greedy_parse`` step by step from Python: the same scores, the same moves."""
        parser = self.component
        if parser.cfg.get("beam_width", 1) != 1 or not any(len(doc) for doc in docs):
            return parser.predict(docs)
        parser._ensure_labels_are_added(docs)
        batch = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        scores = _step_scores(model)
        states = [state for state in batch if not state.is_final()]
        while states:
            states = parser.transition_states(states, scores(states))
        model.clear_memory()
        return batch


def _step_scores(model: Any) -> Any:
    """``model.predict`` of a ``ParserStepModel`` (the scores of each state's moves) without
    thinc's per-call machinery: the same three operations, the same arithmetic — state
    features through the precomputed hidden layer, then the output layer's ``W`` and ``b`` as
    thinc's ``Linear`` applies them.  Falls back to ``model.predict`` where the model masks
    classes it never saw in training or has no output layer."""
    if not model.attrs["has_upper"] or not model._class_mask.all():
        return model.predict
    upper = model.vec2scores
    weights, bias = upper.get_param("W"), upper.get_param("b")
    hidden, ops = model.state2vec, upper.ops

    def scores(states: list[Any]) -> Any:
        out = ops.gemm(hidden.predict(model.get_token_ids(states)), weights, trans2=True)
        out += bias
        return out

    return scores


def hold_gil_in_parsers(nlp: Any, names: tuple[str, ...] = ("parser", "ner")) -> None:
    """Swap each of ``names`` in the pipeline for a :class:`GilHeldParser` around it, under the
    same name and at the same place — only once it has parsed :data:`_PROBES` exactly as the
    component itself does.  The loop leans on spaCy internals that a patch release within our
    pin may change (``transition_states``, ``ParserStepModel``'s precomputed hidden layer): a
    component it does not reproduce stays spaCy's own, with a :class:`SpacyInternalsWarning`."""
    from spacy.language import Language

    if not Language.has_factory(GIL_HELD):
        Language.factory(GIL_HELD, func=_make_gil_held)
    for name in names:
        if name not in nlp.pipe_names:
            continue
        component = nlp.get_pipe(name)
        if isinstance(component, GilHeldParser):
            continue
        wrapper = GilHeldParser()
        wrapper.setup(component)
        problem = _differs_from_spacy(nlp, name, component, wrapper)
        if problem is not None:
            warnings.warn(
                f"spaCy's {name!r} keeps its own parsing loop (a little slower, same output): "
                f"newsprism's faster loop does not reproduce it with spaCy {_spacy_version()} "
                f"({problem}); please report this with your spaCy version",
                SpacyInternalsWarning,
                stacklevel=2,
            )
            continue
        temporary = f"{name}_{GIL_HELD}"
        nlp.add_pipe(GIL_HELD, name=temporary, after=name, config={})
        nlp.get_pipe(temporary).setup(component)
        nlp.remove_pipe(name)
        nlp.rename_pipe(temporary, name)


class SpacyInternalsWarning(RuntimeWarning):
    """spaCy's internals are not what :class:`GilHeldParser` was written for; the stock
    component is used instead."""


#: what the wrapped loop must parse exactly as the component does before it replaces it: no
#: text, one word, punctuation only, several sentences with quotes and names, and one long
#: sentence without a full stop (the shapes where a changed state or feature layout shows)
_PROBES = (
    "",
    "Yes",
    "...",
    "\u201cWe will not resign,\u201d Mayor Anna Kovacs told reporters in Leeds on Monday. "
    "The council voted 31 to 12.  Critics, including the Green Party, said the plan was rushed!",
    " ".join(
        f"the {n}th committee of the Ministry of Transport in Berlin met and" for n in range(4, 16)
    ),
)


def _differs_from_spacy(nlp: Any, name: str, component: Any, wrapper: GilHeldParser) -> str | None:
    """Why ``wrapper`` cannot stand in for ``component`` (``None``: it parses :data:`_PROBES`
    identically, batched and one at a time)."""
    from spacy.pipeline.transition_parser import Parser

    if not isinstance(component, Parser):
        return f"{type(component).__name__} is not a spaCy transition parser"
    try:
        docs = [nlp.make_doc(text) for text in _PROBES]
        for before, earlier in nlp.pipeline:  # the annotations the component reads
            if before == name:
                break
            docs = [earlier(doc) for doc in docs]
        want = [_parse_of(component(doc.copy())) for doc in docs]
        batched = [_parse_of(d) for d in wrapper.pipe([doc.copy() for doc in docs], batch_size=4)]
        alone = [_parse_of(wrapper(doc.copy())) for doc in docs]
    except Exception as exc:  # noqa: BLE001 - any failure means: keep spaCy's own loop
        return f"{type(exc).__name__}: {exc}"
    if batched != want or alone != want:
        return "a different parse or different entities on a test sentence"
    return None


def _parse_of(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.dep, t.head.i, t.is_sent_start, t.ent_iob, t.ent_type) for t in doc]


def _spacy_version() -> str:
    from importlib.metadata import version

    return version("spacy")


def _make_gil_held(nlp: Any, name: str) -> GilHeldParser:
    return GilHeldParser()


def verb_exceptions(nlp: Any) -> dict[str, list[str]]:
    """spaCy's irregular English verb forms, ``{"said": ["say"], …}`` (empty for other pipelines)."""
    for _, component in nlp.components:
        lemmatizer = getattr(getattr(component, "impl", None), "lemmatizer", None)
        if lemmatizer is not None:
            table: dict[str, list[str]] = lemmatizer.lookups.get_table("lemma_exc")["verb"]
            return table
    return {}
