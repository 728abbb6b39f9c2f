"""The English quote reader (:class:`.quotes_en._Reader`): a sentence's cues — reporting verbs,
"according to", read-out letters, dashes, colons, passives and inverted speakers."""

from __future__ import annotations

from typing import Any

from .bodies_en import body_noun, named_body
from .cues_en import adjective_cue, adverb_cue, noun_cue, prep_cue, raising_cue
from .dashspeech import DashSpeech
from .lexicon_en import (
    ADDRESS_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_VERBS,
    CUE_NOUNS,
    EVIDENCE_NOUNS,
    FIGURE_VERBS,
    RAISING_PASSIVES,
    RAISING_VERBS,
    RELAY_VERBS,
    REPORT_ADVERBS,
    SPEECH_VERBS,
)
from .model import Found, QuoteKind, SourceRef
from .person_nouns_data import PERSON_NOUNS
from .quote_heads_en import (
    _NORM_NOUNS,
    _QUOTE_MARKS,
    JUDGED_OBJECT_VERBS,
    _closing_comma,
    _holder,
    _lemma,
    _owner,
    _quoted_as_saying,
    _quoted_person,
    _share_of_people,
    _trailing_subject,
)
from .quote_spans_en import (
    _document_author,
    _named_author,
)
from .quotemarks import trim_span
from .reader_base_en import COLON_REACH
from .reader_clauses_en import _ReaderClauses
from .roles import (
    EN_DOCUMENTS,
)


class _Reader(_ReaderClauses):
    # -- cues --------------------------------------------------------------------------------

    def sentence(self, sent: Any) -> list[Found]:
        out = []
        for tok in sent:
            lemma = _lemma(tok)  # read once: each test below would build it again
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                f = self.according(sent, tok)
            elif tok.lemma_.lower() == "read" and tok.pos_ == "VERB":
                f = self.read_out(sent, tok)
            elif (
                (lemma in SPEECH_VERBS or lemma in ATTITUDE_VERBS)
                and tok.pos_
                in (
                    "VERB",
                    "AUX",
                )
                or (lemma in FIGURE_VERBS and tok.pos_ == "VERB" and _counts_a_figure(tok))
            ):
                f = self.verb_cue(sent, tok)
            elif tok.text == ":" and tok.i - sent.start <= COLON_REACH:
                f = self.colon_cue(sent, tok)
            elif lemma in RAISING_VERBS and tok.pos_ == "VERB":
                f = raising_cue(self, tok)
            elif tok.lower_ in REPORT_ADVERBS:
                f = adverb_cue(self, tok)
            elif tok.pos_ == "ADJ" and tok.lower_ in ATTITUDE_ADJECTIVES:
                f = adjective_cue(self, tok)
            elif tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
                f = noun_cue(self, tok)
            elif tok.lower_ == "in" and (
                tok.dep_ == "prep" or tok.dep_ == "ROOT" and tok.i == sent.start
            ):
                f = prep_cue(self, sent, tok)
            else:
                f = None
            if f is not None:
                out.append(f)
                self.cue_tokens.add(tok.i)
        return out

    def according(self, sent: Any, tok: Any) -> Found | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or objs[0].lemma_.lower() in _NORM_NOUNS:
            return None  # "according to the rules of X": a norm followed, no one's words
        source = self.source(_holder(objs[0]))
        p_start, p_end = self.span(tok, objs[0].right_edge)
        edge = objs[0].right_edge.i
        comma = _closing_comma(
            next((t for t in sent.doc[to.i + 2 : edge + 1] if t.text == ","), None)
            # "According to the agency "X-Inform", …": the parse may end the name before
            # its closing quotation mark, and the comma after it is the opening's end still
            or next(
                (
                    t
                    for t in sent.doc[edge + 1 : edge + 3]
                    if t.text == ","
                    and all(u.text in _QUOTE_MARKS for u in sent.doc[edge + 1 : t.i])
                ),
                None,
            )
            # "According to the agency "News.am", …": a name in quotation marks that the
            # tokenizer cut apart; the first comma after its closing mark ends the opening
            or next(
                (
                    t
                    for t in sent.doc[to.i + 2 : to.i + 12]
                    if t.text == ","
                    and t.i > edge
                    and any(u.text in _QUOTE_MARKS for u in sent.doc[to.i + 1 : t.i])
                    and self.quote_at(self.offset + t.idx) is None
                ),
                None,
            )
        )
        if tok.i == sent.start and comma is not None and source.start < self.span(comma, comma)[0]:
            # "According to the Central Bank, the assets of the bank were …": an opening
            # "according to X" ends at its comma, however the parse hangs what follows on X
            cut = self.span(comma, comma)[0]
            p_end = cut
            if source.end > cut:
                source.end = cut
                source.text = self.text[source.start : cut]
            elif (named := self.quoted.at(cut - 1)) is not None and named.start >= source.end - 1:
                # the outlet's name in quotation marks after its noun belongs to the source
                # ("the agency "News.am""), which the parse ended at the noun
                source.end = cut
                source.text = self.text[source.start : cut]
        s_start, s_end = self.span(sent[0], sent[-1])
        before = (s_start, p_start)
        after = (p_end, s_end)
        a, b = max(before, after, key=lambda r: r[1] - r[0])
        a, b = trim_span(self.text, a, b)
        if b - a < 8:
            return None
        kind: QuoteKind = "direct" if self.quote_at(a) and self.quote_at(b - 1) else "indirect"
        return Found(kind, a, b, (p_start, self.offset + to.idx + len(to.text)), source)

    def read_out(self, sent: Any, verb: Any) -> Found | None:
        """ "X read out a letter from Y: “…”": Y's words (or the letter's), relayed by X."""
        doc_noun = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EN_DOCUMENTS),
            None,
        )
        if doc_noun is None:
            # "read out at the hearing a letter …" (translated word order): the parser hangs
            # the letter on the place
            doc_noun = next(
                (
                    t
                    for p in verb.children
                    if p.dep_ == "prep"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for t in o.children
                    if t.dep_ in ("dobj", "appos") and t.lemma_.lower() in EN_DOCUMENTS
                ),
                None,
            )
        subj = self.subject_of(verb)
        if doc_noun is None or subj is None:
            return None
        content = self.content(sent, verb, subj)
        if content is not None and content[1] <= self.offset + doc_noun.idx < content[2]:
            content = None  # "read out at the hearing a letter that …": the letter, not its words
        if content is None:
            # the letter is quoted in the next sentence ("… a letter from a soldier. “…,” the
            # soldier wrote."): remembered for speaker resolution
            author_tok = self.letter_author(doc_noun)
            author_src = self.source(author_tok) if author_tok is not None else None
            end = self.offset + sent.end_char
            self.readings.append((end, self.source(subj), author_src))
            self.cue_tokens.add(verb.i)  # taken: not a cue for the learned finder either
            return None
        kind, a, b = content
        author = None
        for c in doc_noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                author = _document_author(c) or author
            elif c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "its", "my"):
                author = c
        named = _named_author(author) if author is not None else None
        if named is not None:
            source = self.source(named)
        elif author is not None:
            source = self.source(author)
            source.end = min(source.end, self.span(author.left_edge, author)[1])
            source.text = self.text[source.start : source.end]
        else:
            s, e = self.span(doc_noun.left_edge, doc_noun)
            source = SourceRef(s, e, self.text[s:e], "document", doc_noun.lemma_.lower())
        return Found(kind, a, b, self.cue_span(verb), source, relayed_by=self.source(subj))

    @staticmethod
    def letter_author(doc_noun: Any) -> Any | None:
        for c in doc_noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                author = _document_author(c)
                if author is not None:
                    return author
        return None

    def dash(self, doc: Any, dash: DashSpeech) -> Found | None:
        """A dash-speech paragraph: the cue and source are in the author's words."""
        for a, b in dash.author:
            for tok in doc:
                pos = self.offset + tok.idx
                if a <= pos < b and _lemma(tok) in SPEECH_VERBS and tok.pos_ == "VERB":
                    # the source is what stands between the dash's speech and the verb
                    who = doc.char_span(a - self.offset, pos - self.offset, alignment_mode="expand")
                    source = None
                    if who is not None and len(who) and who.text.strip(" ,"):
                        root = who.root
                        # "— …, — the director of the plant Fyodor I. said.": the parser may
                        # make the office and the name two subjects; the name right before the
                        # verb is who speaks, the office its description
                        named = next(
                            (
                                e
                                for e in doc.ents
                                if e.label_ == "PERSON"
                                and e.end == tok.i
                                and e.start > who.start
                                and e.root.head.i == tok.i
                                and root.i < e.start
                            ),
                            None,
                        )
                        root = named.root if named is not None else root
                        source = self.source(root)
                        if named is not None:
                            source.start = min(source.start, self.offset + who.start_char)
                        s, e = trim_span(self.text, max(source.start, a), min(source.end, pos))
                        source.start, source.end, source.text = s, e, self.text[s:e]
                    else:
                        subj = self.subject_of(tok)
                        if subj is not None and subj.idx + self.offset >= a:
                            source = self.source(subj)
                    return Found("direct", dash.start, dash.end, self.cue_span(tok), source)
        return None  # a dash without a speech verb: a list item or an aside, not speech

    def colon_cue(self, sent: Any, colon: Any) -> Found | None:
        """Headline style "Pat Caddell: Voters worried …"."""
        head = sent[0 : colon.i - sent.start]
        if not head or not all(
            t.ent_type_ in ("PERSON", "ORG")
            or t.is_punct
            or t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART")
            or t.lower_ in ("of", "and", "for")  # "The Ministry of Foreign Affairs of Azerbaijan"
            for t in head
        ):
            return None
        words = [t for t in head if not t.is_punct]
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words)
        short_name = len(words) <= 3 and all(t.pos_ == "PROPN" for t in words)
        # "Poll: Sanders leads nationally", "Newspaper: …"
        evidence = len(words) == 1 and _lemma(words[0]) in EVIDENCE_NOUNS | {"newspaper"}
        # "The court: the defendant can put pressure on witnesses", "The ministry: …" (the
        # translated news brief's subhead): a definite body or office, named by what it is
        body = (
            len(words) <= 4
            and words[0].lower_ == "the"
            # a body only: "The winner:", "The suspect:" open an explainer's labelled lines,
            # not a person's words (the person nouns moved neither A nor B; reviewer)
            and body_noun(_lemma(head.root))
        )
        if len(words) > 6 and not named:
            return None  # a long run before the colon is a title or a list, not a name
        if not (named or short_name or evidence or body):
            return None  # "The Long Night on the Ridge: …", "A World at War: …" are titles
        a, b = self.span(colon.nbor(1), sent[-1]) if colon.i + 1 < sent.end else (0, 0)
        if b - a < 8:
            return None
        c = self.offset + colon.idx
        src = self.source(head.root)
        if src.end > c:  # the head of a headline parse may span the whole line
            s, e = trim_span(self.text, src.start, c)
            src.start, src.end, src.text = s, e, self.text[s:e]
        kind: QuoteKind = "direct" if self.quote_at(a) else "indirect"
        return Found(kind, a, b, (c, c + 1), src)

    def passive_cue(self, verb: Any) -> Found | None:
        """ "The proposal was rejected by 64 percent of voters": the agent holds the stance.

        Without an agent, a verb of saying or thinking with an infinitive, a clause or an "as"
        predicate still attributes, to nobody named: "Trump is expected to win", "it is
        believed that …", "she is seen as a unifier".
        """
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if agent is None and target is not None and target.lower_ in ("this", "it"):
            # "This was stated in an interview with Ukrinform by X": the parser hangs the
            # agent on the nearer noun; a report that points back has no other "by"
            agent = next(
                (
                    t
                    for t in verb.subtree
                    if t.i > verb.i and (t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by")
                ),
                None,
            )
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if self.quote_at(self.offset + verb.idx):
            return None
        comps = [
            c
            for c in verb.rights
            if c.dep_ in ("xcomp", "ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"
        ]
        source = self.source(by) if by is not None else None
        if comps and _lemma(verb) in RAISING_PASSIVES:
            start = comps[0].left_edge
            if target is not None and target.lower_ not in ("it", "there") and target.i < verb.i:
                start = target.left_edge
            a, b = self.span(start, comps[-1].right_edge)
            if source is not None and a <= source.start < b:
                b = source.start  # "… as candidates by a quarter of voters"
                a, b = trim_span(self.text, a, b)
            if len(self.text[a:b].split()) >= 3:
                return Found("indirect", a, b, self.cue_span(verb), source)
        if by is None and _lemma(verb) in ADDRESS_VERBS | {"question"}:
            # "she was asked about the loan", "he was urged to resign": someone unnamed asked
            asked = self.stance_object(verb, target)
            if asked is not None:
                return Found(asked[0], asked[1], asked[2], self.cue_span(verb), None)
        if by is None and target is not None and target.lower_ in ("this", "it"):
            by = self.reported_in(verb)  # "This was reported in the press service of the court"
        if by is None or target is None:
            return None
        a, b = self.span(target.left_edge, target.right_edge)
        if b - a < 3 and not (target.lower_ == "it" and _lemma(verb) in SPEECH_VERBS):
            return None  # ("It was announced by …" stands for the sentence before, see below)
        return Found("indirect", a, b, self.cue_span(verb), _owner(self.source(by)))

    def verb_cue(self, sent: Any, verb: Any, any_verb: bool = False) -> Found | None:
        """A reporting or stance verb with its subject and content; ``any_verb`` reads any verb
        so (for :mod:`.learned_en`, which decides whether it is a cue)."""
        pos = self.offset + verb.idx
        outer = self.quote_at(pos)
        if any(c.dep_ == "auxpass" for c in verb.children):
            return self.passive_cue(verb)
        reported = self.as_reported(verb)
        if reported is not None:
            return reported
        if outer is None:
            inverted = self.inverted(sent, verb)
            if inverted is not None:
                return inverted
        subj = self.subject_of(verb)
        if subj is None:
            return None
        if outer is not None and (
            _lemma(verb) not in RELAY_VERBS
            or not (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in ("he", "she"))
        ):
            return None  # inside a quote only someone named or described relays words
        if verb.dep_ == "amod" or any(c.dep_ == "auxpass" for c in verb.children):
            return None
        cue = self.cue_span(verb)
        source = self.body_they(verb, subj) or self.source(subj)
        _share_of_people(self.text, source, cue[0])
        self.pair_before(verb, subj, source)
        content = self.as_clause(verb) or self.content(sent, verb, subj, any_verb)
        if content is None and outer is None:
            content = self.reported_before(sent, verb, subj)
        if content is None:
            return None
        kind, a, b = content
        if a <= source.start < b and source.end <= cue[0] and _trailing_subject(verb) == subj:
            b = self.offset + max(t.idx for t in verb.doc[: subj.left_edge.i] if t.text == ",")
            a, b = trim_span(self.text, a, b)
        if a <= source.start < b and not a <= cue[0] < b:
            return None
        cue = self.cue_through_preposition(verb, cue, a)
        found = Found(kind, a, b, cue, source)
        quoted = _quoted_as_saying(verb) or _quoted_person(verb)
        if quoted is not None and outer is None:
            # "X quoted the president as saying …": the president's words, passed on by X
            obj, saying = quoted
            said = next((c for c in saying.children if c.dep_ == "ccomp"), None)
            if said is not None and kind == "indirect" and saying is not verb:
                found.start, found.end = self.span(said.left_edge, said.right_edge)
            found.source, found.relayed_by = self.source(obj), source
        if outer is not None:
            # a reporting verb inside someone's quote: relayed speech, resolved by the caller
            if not (outer.start <= a and b <= outer.end):
                return None
            found.relayed_by = SourceRef(outer.start, outer.end, "", "name")
        return found

    def inverted(self, sent: Any, verb: Any) -> Found | None:
        """ "The tariff will rise in May, reported the press service of the agency.": a speech
        verb after a comma at the end of a sentence, with no subject and a body or a person
        after it, is said by that noun phrase (the verb before its subject, as in "…, said the
        minister", which the parser reads as an object and the verb as a second clause)."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != "," or verb.dep_ not in ("conj", "ROOT"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
            return None
        if _lemma(verb) == "tell" or _lemma(verb) in JUDGED_OBJECT_VERBS:
            # "…, told Rest of World", "…, criticised the governor": the object is whom it was
            # said to or of, never who said it (but "…, warned the ministry" is the ministry's
            # warning, the verb before its subject as translated text puts it)
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            return None
        if any(
            t.ent_type_ == "PERSON" and not self.quote_at(self.offset + t.idx)
            for t in sent[: verb.i - sent.start]
        ):
            return None  # "“…,” Jim C., who worked at X, added the firm": a subject is named
        if not all(t.is_punct for t in doc[obj.right_edge.i + 1 : sent.end]):
            return None  # the phrase runs to the sentence's end: nothing after it
        lemma = str(obj.lemma_).lower()
        if not (
            obj.ent_type_ in ("PERSON", "ORG")
            or body_noun(lemma)
            or lemma in PERSON_NOUNS
            or named_body(obj)
        ):
            return None  # "…, told the story": an object, not a speaker
        a, b = trim_span(
            self.text, self.offset + sent.start_char, self.offset + doc[verb.i - 1].idx
        )
        if b - a < 8:
            return None
        kind: QuoteKind = "direct" if self.quote_at(a) and self.quote_at(b - 1) else "indirect"
        return Found(kind, a, b, self.cue_span(verb), self.source(obj))


def _counts_a_figure(verb: Any) -> bool:
    """ "The ministry counts 340 farms without water": a body or a person giving its own figure
    (the English of «насчитывает»), read as its report only in the present tense and the active
    voice, with a subject and a number in the object — not "counts Apple among its clients",
    "Smith counts among the favourites", "with 90 percent of ballots counted", nor a story's
    "the boy counted five ships"."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
        for o in objects
        for t in o.subtree
        if t.i <= o.i  # the number stands before the counted noun
    )
