"""Russian quotes, cues and sources from natasha's morphology, syntax and NER.

Cues are reporting verbs (заявил, сообщил, отметил, подчеркнул, рассказал «Коммерсанту»,
считает, добавил), the short adjectives уверен/убеждён, and the phrases «по словам X»,
«по данным X», «по мнению X», «как сообщил X».  Content is the verb's clausal complement, the
clause a parenthetical cue hangs on, or a quoted or dash-introduced passage.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from ..budget import check_time, checked
from . import according_ru, contents_ru, nouns_ru, places_ru, sentences_ru, sources_ru, verbs_ru
from . import flags_ru as flags
from .cues_ru import GROWN_SPEECH as GROWN_SPEECH
from .dashspeech import find_dash_speech
from .lexicon_ru import ACCORDING_NOUNS, SPEECH_NOUNS
from .lexicon_ru import EVALUATION_VERBS as EVALUATION_VERBS
from .lexicon_ru import HAND_SPEECH_VERBS as HAND_SPEECH_VERBS
from .lexicon_ru import INSTRUCTION_VERBS as INSTRUCTION_VERBS
from .lexicon_ru import MINED_SPEECH_VERBS as MINED_SPEECH_VERBS
from .lexicon_ru import OUTLET_VERBS as OUTLET_VERBS
from .lexicon_ru import SPEECH_VERBS as SPEECH_VERBS
from .lexicon_ru import _cue_lexicon as _cue_lexicon
from .lexicon_ru import reporting_nouns as reporting_nouns
from .model import Analysis, Found
from .names_ru import join_abbreviations
from .quotemarks import QuotedSpan, QuotedSpans, find_quoted
from .tokens_ru import _morph_vocab
from .tokens_ru import _Sent as _Sent


def analyse(nlp: Any, text: str, paragraphs: Sequence[tuple[int, int]]) -> Analysis:
    """Quotes and named entities of a Russian text split into ``paragraphs``."""
    from natasha import Doc

    if flags.MASK_LINKS:
        text = mask_links(text)

    quoted = QuotedSpans(
        q
        for q in find_quoted(text, list(paragraphs), straight_nesting=flags.STRAIGHT_NESTING)
        if q.words(text) >= 1
    )
    found: list[Found] = []
    introduced: list[Found] = []
    # one natasha document for the whole body: its models run in batches, not per paragraph
    body_start, body_end = paragraphs[0][0], paragraphs[-1][1]
    doc = Doc(text[body_start:body_end])
    _segment(doc, nlp.segmenter, [(a - body_start, b - body_start) for a, b in paragraphs])
    # the text between paragraphs (a caption, a photo credit) is in no sentence, so its tokens
    # get no tags, and natasha's lemmatizer fails on an untagged token: keep sentence tokens only
    every_token = doc.tokens
    doc.tokens = [t for s in doc.sents for t in s.tokens]
    _tag_ner(doc, nlp.ner_tagger, [a - body_start for a, _ in paragraphs], every_token)
    parsed = _parse_selected(doc, nlp, text, body_start, paragraphs)
    doc.spans = [s for s in doc.spans if s.tokens and all(t.pos for t in s.tokens)]
    sents = [_Sent(s.tokens) for s in parsed]
    spans = [(body_start + s.start, body_start + s.stop) for s in doc.sents]
    reader = _Reader(text, body_start, quoted, sents)
    entities = reader.entities(doc, nlp)
    join_abbreviations(entities)
    in_paragraph = _by_first_token(sents, body_start)
    led: set[tuple[int, int]] = set()
    for p_start, p_end in paragraphs:
        inside = in_paragraph(p_start, p_end)
        para = _Reader(text, body_start, quoted, inside, spans, every=sents)
        dash = find_dash_speech(text, p_start, p_end)
        if dash is not None:
            found.append(para.dash(dash))
        for sent in inside:
            here = para.sentence(sent, dash_span=(dash.start, dash.end) if dash else None)
            found.extend(here)
            if flags.COLON_OVERRIDE_CUED:
                # «Директор заявил:» with the next paragraph as its content: that paragraph is
                # his words whole, whatever is said inside it
                para.colon_led.update(
                    (f.start, f.end) for f in here if f.start >= p_end and f.kind == "direct"
                )
            f = para.colon_paragraph(sent, here)
            if f is not None:
                introduced.append(f)
                if flags.COLON_OVERRIDE:
                    para.colon_led.add((f.start, f.end))
        led |= para.colon_led
        if para.split:
            # the whole of a quote split at the author's words, also cued from outside it
            # («…, — сказал X. — …», — добавил он), is no third quote
            found = [f for f in found if (f.start, f.end) not in para.split]
    # a paragraph introduced by a colon is spoken there only if nothing in it is attributed,
    # unless the colon phrase names its speaker alone («По её словам:»): then what is said
    # inside is reported speech within that speaker's words
    found = [
        f
        for f in found
        if not any(a <= f.start and f.end <= b and (f.start, f.end) != (a, b) for a, b in led)
    ]
    found.extend(
        f
        for f in introduced
        if (f.start, f.end) in led or not any(g.start < f.end and f.start < g.end for g in found)
    )
    answers = (
        _answering(sents, body_start, _cue_lexicon(nlp.morph_vocab)[0])
        if flags.QUOTE_AFTER_REPORT
        else {}
    )
    found = _attach_quotes(text, found, quoted, paragraphs, answers)
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for f in found:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
    return Analysis(found=out, entities=entities, subjects=_subjects(sents, body_start))


#: the relations that carry a subject's head on to the rest of its name («Депутат» → «Иван» →
#: «Петров»; «глава МИД Сергей Лавров»)
_NAME_CHAIN = frozenset(["appos", "flat:name", "flat", "flat:foreign"])


def _subjects(sents: Sequence[_Sent], offset: int) -> frozenset[int]:
    """The offsets (in the text) of the words of every subject's name in the parsed sentences:
    a word the parse makes a subject (``nsubj``, ``nsubj:pass``) and the words hung on it by
    apposition or as the rest of a name (:data:`_NAME_CHAIN`)."""
    out: set[int] = set()
    for sent in sents:
        stack = [t for t in sent.tokens if t.rel in ("nsubj", "nsubj:pass")]
        seen = {t.id for t in stack}
        while stack:
            t = stack.pop()
            out.add(offset + t.start)
            for k in sent.kids(t):
                if k.rel in _NAME_CHAIN and k.id not in seen:
                    seen.add(k.id)
                    stack.append(k)
    return frozenset(out)


#: a wiki-style external link, «[http://… сообщается]»: its address and brackets are markup
_LINK = re.compile(r"\[(?:https?://|ftp://|www\.)[^\s\]]*[ \t]+([^\]\n]{1,80})\]")


def mask_links(text: str) -> str:
    """``text`` with the markup of wiki-style external links blanked, offsets kept: in
    «клевете, [https://youtu.be/… сообщает] второй участник» the parser reads the label
    «сообщает» as a verb among words, not inside a bracketed address (twenty-first
    session).  Only the brackets and the address become spaces; the label stays."""
    if "[" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        label_at = m.start(1) - m.start()
        whole = m.group()
        return " " * label_at + m.group(1) + " " * (len(whole) - label_at - len(m.group(1)))

    return _LINK.sub(blank, text)


def _any_in(sorted_positions: list[int], a: int, b: int) -> bool:
    """Whether a position of the sorted list lies in ``[a, b)``."""
    k = bisect_left(sorted_positions, a)
    return k < len(sorted_positions) and sorted_positions[k] < b


def _by_first_token(sents: list[_Sent], offset: int) -> Any:
    """``inside(a, b)``: the sentences whose first token starts in ``[a, b)``, in order; by
    bisection, since they come in text order (a scan of them all per paragraph was quadratic)."""
    kept = [s for s in sents if s.tokens]
    firsts = [offset + s.tokens[0].start for s in kept]
    ordered = all(x <= y for x, y in zip(firsts, firsts[1:], strict=False))

    def inside(a: int, b: int) -> list[_Sent]:
        if not ordered:
            return [s for s, x in zip(kept, firsts, strict=True) if a <= x < b]
        return kept[bisect_left(firsts, a) : bisect_left(firsts, b)]

    return inside


#: parse every sentence, not only those :mod:`.select_ru` picks (tests compare the two)
PARSE_ALL = False


def _parse_selected(
    doc: Any, nlp: Any, text: str, offset: int, paragraphs: Sequence[tuple[int, int]]
) -> list[Any]:
    """Tag, parse and lemmatize the sentences that can hold an attribution or a name; the
    others keep their tokens untagged.  Returns the parsed sentences."""
    from natasha.doc import inject_morph, inject_syntax, offset_syntax, sent_words

    from .select_ru import cue_forms, needs_parse

    forms, paired = _cue_lexicon(nlp.morph_vocab)
    after_po = cue_forms(nlp.morph_vocab, ACCORDING_NOUNS)
    dash_paras = [(a, b) for a, b in paragraphs if find_dash_speech(text, a, b) is not None]
    named = sorted(s.start for s in doc.spans if s.type == "PER")
    chosen = []
    for i, sent in enumerate(doc.sents):
        start = offset + sent.start
        if PARSE_ALL or needs_parse(
            [t.text for t in sent.tokens],
            sent.text,
            forms,
            after_po,
            any(a <= start < b for a, b in dash_paras),
            _any_in(named, sent.start, sent.stop),
            paired,
        ):
            chosen.append((i, sent))
    if not chosen:
        return []
    words = [sent_words(s) for _, s in chosen]
    # the models take a batch of sentences at a time, asking for them one by one: the budget
    # is checked for each, so a long body is interruptible between batches
    for (_, sent), markup in zip(chosen, nlp.morph_tagger.map(checked(words)), strict=True):
        inject_morph(sent.tokens, markup.tokens)
    for (i, sent), markup in zip(chosen, nlp.syntax_parser.map(checked(words)), strict=True):
        inject_syntax(sent.tokens, markup.tokens)
        offset_syntax(i + 1, sent.tokens)
    for _, sent in checked(chosen):
        for tok in sent.tokens:
            if tok.pos:
                tok.lemma = _lemma(nlp.morph_vocab, tok.text, tok.pos, tok.feats)
    return [s for _, s in chosen]


#: parts of speech whose lemma is the word itself, as far as the rules care («по», «что», «и»)
_AS_WRITTEN = frozenset(["PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "X", "INTJ"])
_LEMMAS: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = {}
#: lemmas kept: an article has a few thousand words at most, and a long run of random text
#: (a fuzz run, a feed of junk) must not fill memory with them (20,000: ~50 MB)
LEMMA_CACHE = 20_000


def _lemma(vocab: Any, word: str, pos: str, feats: dict[str, str]) -> str:
    """natasha's lemma, remembered per (word, tag): news repeats its words, and pymorphy's
    scoring of each analysis against the tag is the costly part."""
    if pos in _AS_WRITTEN:
        return word.lower()
    key = (word, pos, tuple(sorted(feats.items())))
    lemma = _LEMMAS.get(key)
    if lemma is None:
        if len(_LEMMAS) > LEMMA_CACHE:
            _LEMMAS.clear()
        lemma = _LEMMAS[key] = vocab.lemmatize(word, pos, feats)
    return lemma


def _segment(doc: Any, segmenter: Any, paragraphs: list[tuple[int, int]]) -> None:
    """natasha's segmentation, with sentences split per paragraph: a headline with no full stop
    must not run into the paragraph after it."""
    from natasha.doc import DocSent, adapt_token

    doc.tokens = [adapt_token(t) for t in segmenter.tokenize(doc.text)]
    sents = []
    for a, b in paragraphs:
        for s in segmenter.sentenize(doc.text[a:b]):
            sents.append(DocSent(a + s.start, a + s.stop, s.text))
    doc.sents = sents
    doc.envelop_sent_tokens()


#: characters natasha's NER tags in one call; the time budget (and Ctrl-C) is checked between
#: calls, so a long body cannot hold a worker inside one
NER_CHUNK = 20_000
#: characters of context on each side of a run: the tagger reads words in their neighbours'
#: light, so a run tagged without them gets other names near its edges
NER_CONTEXT = 1_000


def _tag_ner(doc: Any, tagger: Any, paragraphs: list[int], tokens: list[Any] | None = None) -> None:
    """``doc.tag_ner(tagger)`` a run of whole paragraphs at a time (a run of sentences inside a
    paragraph longer than that), instead of the whole body in one uninterruptible call.

    Each run is tagged with :data:`NER_CONTEXT` characters of text around it (whole sentences)
    and keeps the names that start inside it: the names of the whole body (a test compares
    them on our fixtures with a run per paragraph).  ``tokens``: every token of ``doc.text``
    as the segmenter cut it (also those in no sentence), which the tagger then reads instead
    of cutting the text again.
    """
    from natasha.doc import adapt_spans

    if not doc.text.strip():
        doc.spans = []
        return
    starts = sorted({s.start for s in doc.sents} | {0})
    tokens = tokens or []
    token_starts = [t.start for t in tokens]
    spans: list[tuple[int, int, str]] = []
    for a, b in _runs(len(doc.text), paragraphs, starts, NER_CHUNK):
        check_time()
        left = starts[max(0, bisect_right(starts, a - NER_CONTEXT) - 1)]
        k = bisect_left(starts, b + NER_CONTEXT)
        right = starts[k] if k < len(starts) else len(doc.text)
        i, j = bisect_left(token_starts, left), bisect_left(token_starts, right)
        found = None
        if tokens and (i == 0 or tokens[i - 1].stop <= left):
            found = _ner_on_tokens(tagger, doc.text, left, right, tokens[i:j])
        if found is None:
            found = [
                (left + x.start, left + x.stop, x.type) for x in tagger(doc.text[left:right]).spans
            ]
        spans.extend(x for x in found if a <= x[0] < b)
    doc.spans = list(adapt_spans(doc, spans))
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


def _ner_on_tokens(
    tagger: Any, text: str, left: int, right: int, tokens: list[Any]
) -> list[tuple[int, int, str]] | None:
    """natasha's NER over ``text[left:right]`` from the words the segmenter already cut there,
    instead of cutting them again (razdel's tokenizer is a tenth of the Russian stage's time).

    The same words as ``tagger(text[left:right])`` would cut: razdel joins atoms only where no
    space parts them, and the run starts at a sentence start after a space and ends before
    one.  ``None`` where that does not hold (a token running over an edge; the caller then
    tags the text itself)."""
    from slovnet.markup import bio_spans

    edges_apart = (left == 0 or text[left - 1].isspace()) and (
        right == len(text) or text[right - 1].isspace()
    )
    if not tokens or not edges_apart or tokens[-1].stop > right:
        return None
    infer = tagger.infer
    words = [t.text for t in tokens]
    tags = next(iter(infer.decoder(infer.process(infer.encoder([words])))))
    return [(x.start, x.stop, x.type) for x in bio_spans(tokens, tags)]


def _runs(
    length: int, paragraphs: list[int], sentences: list[int], size: int
) -> list[tuple[int, int]]:
    """``[0, length)`` cut at paragraph starts into runs of about ``size`` characters, and at
    sentence starts inside a paragraph four times as long."""
    firsts = set(paragraphs)
    cuts = [0]
    for start in sentences:
        grown = start - cuts[-1]
        if start > 0 and (grown >= size and start in firsts or grown >= 4 * size):
            cuts.append(start)
    return list(zip(cuts, [*cuts[1:], length], strict=True))


class _Reader:
    """A Russian text's attributions, read sentence by sentence.  The methods live in
    :mod:`.sources_ru`, :mod:`.sentences_ru`, :mod:`.according_ru`, :mod:`.verbs_ru`,
    :mod:`.places_ru`, :mod:`.contents_ru` and :mod:`.nouns_ru`, one group each."""

    def __init__(
        self,
        text: str,
        offset: int,
        quoted: list[QuotedSpan],
        sents: list[_Sent],
        all_spans: list[tuple[int, int]] | None = None,
        every: list[_Sent] | None = None,
    ) -> None:
        self.text = text
        self.offset = offset
        self.quoted = quoted if isinstance(quoted, QuotedSpans) else QuotedSpans(quoted)
        #: the sentences parsed (those that can hold an attribution)
        self.sents = sents
        self._sent_of: dict[str, _Sent] | None = None
        #: where every sentence of the article is, parsed or not, for «об этом»
        self.all_spans = all_spans or []
        #: quotes split at the author's words: no cue outside them takes them whole
        self.split: set[tuple[int, int]] = set()
        #: every parsed sentence of the article, for a document's issuer named before (a
        #: paragraph's reader is given them; the article's reader has them as ``sents``)
        self.every: list[_Sent] = sents if every is None else every
        self._seeking = False
        #: paragraphs a colon phrase introduces as one speaker's words: what is said inside
        #: them is that speaker's report, not an attribution of its own
        self.colon_led: set[tuple[int, int]] = set()
        vocab = _morph_vocab() if flags.REPORTING_NOUNS else None
        #: nouns of saying (:func:`reporting_nouns`)
        self.reporting = reporting_nouns(vocab) if vocab is not None else SPEECH_NOUNS

    def pos(self, tok: Any) -> int:
        return self.offset + int(tok.start)

    def span(self, tokens: list[Any]) -> tuple[int, int]:
        if not tokens:
            return self.offset, self.offset
        toks = [t for t in tokens if t.pos != "PUNCT" or t.text in '«»„“"']
        # a quotation mark belongs to the span only when its pair does too
        while toks and toks[0].text in '»“"' and not any(t.text in "«„" for t in toks[1:]):
            toks = toks[1:]
        while toks and toks[-1].text in "«„":
            toks = toks[:-1]
        if not toks:
            toks = tokens
        return self.pos(toks[0]), self.offset + int(toks[-1].stop)

    def quote_at(self, pos: int) -> QuotedSpan | None:
        return self.quoted.at(pos)

    entities = sources_ru.entities
    role_of = sources_ru.role_of
    verb_gender = sources_ru.verb_gender
    _role_tokens = sources_ru._role_tokens
    _words = sources_ru._words
    source = sources_ru.source
    _in_nominative = sources_ru._in_nominative
    _name_after = sources_ru._name_after
    _named_outlet = sources_ru._named_outlet
    _named = sources_ru._named

    sentence = sentences_ru.sentence
    _words_after_information = sentences_ru._words_after_information
    _outlet_relays = sentences_ru._outlet_relays
    _back_before_colon = sentences_ru._back_before_colon
    _split_at_colon = sentences_ru._split_at_colon
    _split_at_author = sentences_ru._split_at_author
    _relayed = sentences_ru._relayed
    known = sentences_ru.known
    colon_paragraph = sentences_ru.colon_paragraph
    _about_antecedent = sentences_ru._about_antecedent
    _of_antecedent = sentences_ru._of_antecedent
    _colon_according = sentences_ru._colon_according
    colon_quote = sentences_ru.colon_quote
    _name_colon_line = sentences_ru._name_colon_line

    _according_to = according_ru._according_to
    according = according_ru.according
    _crossed_words = according_ru._crossed_words
    _document_owner = according_ru._document_owner
    _owners = according_ru._owners
    _according_found = according_ru._according_found
    _cue_before = according_ru._cue_before
    _cut_at_according = according_ru._cut_at_according
    _clause_apart = according_ru._clause_apart
    _inserted_into = according_ru._inserted_into
    read_out = according_ru.read_out

    verb_cue = verbs_ru.verb_cue
    _subject_not_owner = verbs_ru._subject_not_owner
    _passive_agent = verbs_ru._passive_agent
    _denies = verbs_ru._denies
    _reflexive_report = verbs_ru._reflexive_report
    _dropped_subject = verbs_ru._dropped_subject
    _gerund_subject = verbs_ru._gerund_subject
    _information_back = verbs_ru._information_back
    _main_verb = verbs_ru._main_verb
    _coordinated_subject = verbs_ru._coordinated_subject
    _quoted_party = verbs_ru._quoted_party
    _author_words = verbs_ru._author_words
    _gerund_cue = verbs_ru._gerund_cue
    _pointing_back = verbs_ru._pointing_back
    _light_noun = verbs_ru._light_noun
    _blamed = verbs_ru._blamed
    _clause_content = verbs_ru._clause_content

    place_source = places_ru.place_source
    issuer = places_ru.issuer
    _issuer = places_ru._issuer
    _body_said_before = places_ru._body_said_before
    _verbs_before = places_ru._verbs_before
    _subject_of = places_ru._subject_of
    _institution_place = places_ru._institution_place
    _without_case = places_ru._without_case

    cue_span = contents_ru.cue_span
    content = contents_ru.content
    _trailing_cue = contents_ru._trailing_cue
    _that_after = contents_ru._that_after
    _inserted_cue = contents_ru._inserted_cue
    _that_clause_end = contents_ru._that_clause_end
    _cut_before_clause = contents_ru._cut_before_clause
    _cut_at_next_cue = contents_ru._cut_at_next_cue
    _indirect_question = contents_ru._indirect_question
    _content = contents_ru._content
    _addressee_start = contents_ru._addressee_start
    _call_to = contents_ru._call_to
    _about_after = contents_ru._about_after
    _words_outside = contents_ru._words_outside
    _next_paragraph = contents_ru._next_paragraph
    _previous_paragraph = contents_ru._previous_paragraph
    _reports_speech = contents_ru._reports_speech
    _before_captions = contents_ru._before_captions
    _caption_line = contents_ru._caption_line
    _previous_sentence = contents_ru._previous_sentence

    _judged_as = nouns_ru._judged_as
    _said_of = nouns_ru._said_of
    _as_phrase = nouns_ru._as_phrase
    _as_object = nouns_ru._as_object
    _naming = nouns_ru._naming

    _own_subject = verbs_ru._own_subject
    _adjacent_subject = verbs_ru._adjacent_subject
    _subject_after = verbs_ru._subject_after

    _noun_content = nouns_ru._noun_content
    speech_noun = nouns_ru.speech_noun
    _carrier = nouns_ru._carrier
    _with_noun_subject = nouns_ru._with_noun_subject

    dash = sources_ru.dash


#: a sentence's end, then white space and a new sentence or the paragraph's end
_NEXT_SENTENCE = re.compile(r"\s*(?:$|\n|[«\"„A-ZА-ЯЁ0-9])")


def _whole_sentence(text: str, q: QuotedSpan) -> bool:
    """Whether the quoted passage ``q`` is a sentence on its own: a sentence ended before it
    and it ends one («… россиян. «От индексации …». Далее …»)."""
    before = text[: q.start].rstrip(" \t")
    if not before.endswith((".", "!", "?", "…")):
        return False
    after = text[q.end :]
    if after[:1] in (".", "!", "?", "…"):
        return _NEXT_SENTENCE.match(after, 1) is not None
    inner = text[q.inner_start : q.inner_end].rstrip()
    return inner.endswith((".", "!", "?", "…")) and _NEXT_SENTENCE.match(after) is not None


#: words that point back at what was said before («Так прокомментировал …», «Об этом сказал …»,
#: «С этим не согласен …», «На это ответил …»): a demonstrative pronoun or «так» on the predicate
_POINTING_BACK = frozenset(["это", "этот", "так"])
#: a cue's own content in its sentence («заявил, что …», «заявил: …»)
_OWN_CONTENT = frozenset(["ccomp", "parataxis", "csubj"])


def _answering(
    sents: Sequence[_Sent], offset: int, forms: frozenset[str]
) -> dict[int, frozenset[str]]:
    """Sentences that attribute what went before to a speaker of their own, by their start in
    the text: the words of that speaker's name.

    A predicate with a named or described subject (not a pronoun, who may be the reporter) that
    is either a cue of the lexicon with no content of its own in the sentence («Так
    прокомментировал слова министра депутат Игорь Лапин»; not «Губернатор заявил, что …»), or
    anything pointing back at the words before by a demonstrative («С этим не согласен
    депутат …»).  Such a sentence claims the quoted sentence before it, which is then no
    continuation of an earlier report (:func:`_attach_quotes`).  Only parsed sentences are
    read (:func:`_parse_selected`: a cue word or a person's name), so «С этим не согласны в
    министерстве» goes unseen."""
    out: dict[int, frozenset[str]] = {}
    for sent in sents:
        for pred in sent.tokens:
            subj = next((k for k in sent.kids(pred) if k.rel == "nsubj"), None)
            if subj is None or subj.pos not in ("NOUN", "PROPN"):
                continue
            kids = sent.kids(pred)
            cue = pred.text.lower() in forms and not any(k.rel in _OWN_CONTENT for k in kids)
            back = any(
                (k.lemma or "").lower() in _POINTING_BACK and k.pos in ("PRON", "ADV") for k in kids
            )
            if not (cue or back):
                continue
            name, stack = [subj], [subj]
            while stack:
                for k in sent.kids(stack.pop()):
                    if k.rel in _NAME_CHAIN and k not in name:
                        name.append(k)
                        stack.append(k)
            out[offset + sent.tokens[0].start] = frozenset(t.text.lower() for t in name)
            break
    return out


def _claimed_after(
    text: str,
    q: QuotedSpan,
    reporter: Found,
    paragraph_end: int,
    answers: dict[int, frozenset[str]],
) -> bool:
    """Whether the sentence right after the quoted sentence ``q`` (in its paragraph) gives the
    words a speaker other than ``reporter``'s source (:func:`_answering`)."""
    nxt = _NEXT_WORD.search(text, q.end, paragraph_end)
    if nxt is None:
        return False
    words = answers.get(nxt.start())
    if words is None:
        return False
    source = reporter.source
    if source is None:
        return True
    said = {w.lower() for w in re.findall(r"\w+", source.text)}
    # the reporter named again («Об этом Соколова сказала журналистам»)
    return not (words & said)


def _paragraph_end(paragraphs: Sequence[tuple[int, int]], pos: int) -> int:
    """The end of the paragraph holding ``pos`` (``pos`` itself if none does: no next sentence)."""
    k = bisect_right(paragraphs, pos, key=lambda p: p[0]) - 1
    return paragraphs[k][1] if k >= 0 and pos < paragraphs[k][1] else pos


#: the first word of the next sentence
_NEXT_WORD = re.compile(r"\w")


def _attach_quotes(
    text: str,
    found: list[Found],
    quoted: list[QuotedSpan],
    paragraphs: Sequence[tuple[int, int]],
    answers: dict[int, frozenset[str]] | None = None,
) -> list[Found]:
    """Quoted passages no cue claimed: merge interrupted quotes, continue the last speaker.

    ``found`` stays sorted by start and the passages come in text order: what starts before a
    passage is a prefix of ``found``, whose furthest end says whether a quote covers the
    passage's start (a scan of every quote per passage was quadratic in long texts).
    """
    found.sort(key=lambda f: f.start)
    done = 0  # found[:done] start at or before the passage
    reach = -1  # the furthest end among them
    for q in sorted(quoted, key=lambda q: q.start):
        while done < len(found) and found[done].start <= q.start:
            reach = max(reach, found[done].end)
            done += 1
        if q.words(text) < 4 or reach > q.start:
            continue
        first = bisect_left(found, q.start, hi=done, key=lambda f: f.start)
        if bisect_left(found, q.end, lo=done, key=lambda f: f.start) > first:
            continue  # a quote that starts inside the passage
        prev = next(
            (
                found[k]
                for k in range(done - 1, -1, -1)
                if found[k].end <= q.start and found[k].relayed_by is None
            ),
            None,
        )
        if prev is not None and prev.kind == "direct":
            gap = text[prev.end : q.start]
            if "\n" not in gap and len(gap.split()) <= 12 and prev.cue and prev.cue[0] < q.start:
                prev.end = q.end
                reach = max(reach, q.end)
                continue
            if gap.count("\n") <= 3:
                found.insert(done, Found("direct", q.start, q.end, continues_previous=True))
                done, reach = done + 1, max(reach, q.end)
                continue
        if (
            flags.QUOTE_AFTER_REPORT
            and prev is not None
            and prev.kind == "indirect"
            and prev.cue
            and "\n" not in text[prev.end : q.start]
            and _whole_sentence(text, q)
            and not _claimed_after(
                text, q, prev, _paragraph_end(paragraphs, q.start), answers or {}
            )
        ):
            # «Министр сообщила, что … . «От индексации зависят …»»: a quoted sentence of its
            # own right after a report, in the same paragraph, is the reporter's own words
            found.insert(done, Found("direct", q.start, q.end, continues_previous=True))
            done, reach = done + 1, max(reach, q.end)
            continue
        if q.words(text) >= 6 and any(ch in text[q.inner_start : q.inner_end] for ch in ".!?"):
            found.insert(done, Found("direct", q.start, q.end))
            done, reach = done + 1, max(reach, q.end)
    return found
