"""The English quote reader's contents (:class:`.quotes_en._Reader`): the clause or quoted passage
a cue introduces, and the bodies a report names by place."""

from __future__ import annotations

from typing import Any

from .demonstratives_en import REPORTS_BACK
from .lexicon_en import (
    ADDRESS_VERBS,
    ATTITUDE_VERBS,
    EVIDENCE_NOUNS,
    FIGURE_VERBS,
    NEEDS_CLAUSE,
    SPEECH_VERBS,
    STANCE_PREPS,
    STATEMENT_NOUNS,
    VERB_PREPS,
)
from .model import Found, QuoteKind, SourceRef
from .quote_heads_en import (
    _HEARER_VERBS,
    _NOT_BODIES,
    _SITE_NOUNS,
    _as_opening,
    _block_after,
    _is_title,
    _lemma,
    _owner,
)
from .quotemarks import trim_span
from .reader_base_en import _infinitive, _ReaderBase

#: the parser often hangs a speech verb's "that" clause on the last noun before it ("told the
#: journalists at the site that the bridge was inspected", "answered him from the place that
#: the police seized …", "said in response that …"): read such a clause as the verb's content
#: (:meth:`_ReaderClauses.clause_on_noun`; the switch for measuring it off and on)
CLAUSE_ON_NOUN = True

#: a clause the parser splits in two complements of the cue verb ("added that in her estimate
#: every fourth tenge withdrawn from the fund | this year went to the market": "withdrawn" and
#: "went" both hang on "added") is one content: the complement's yield runs on through the
#: complements that follow it without a word between (:meth:`_ReaderClauses.joined_complements`;
#: the switch for measuring it off and on)
ADJACENT_COMPLEMENTS = True

#: a content whose clause ends in a conjunction the parser left dangling ("objected that her
#: nephew had been in a cell for five weeks and | had not been charged even once": "and" hangs on
#: the clause, "charged" on the cue verb) runs on through the conjunct that follows it, unless
#: that one holds a speech verb of its own ("… called her on Monday and said: …"), which leaves
#: the conjunction out (:meth:`_ReaderClauses.joined_complements`; the switch for measuring it)
DANGLING_CONJUNCT = True

#: a clausal content after which the parser hangs the clause's own conjunct on the cue verb
#: ("wrote that the pier is sound, | but lacks proper railings"; "said we pay more every winter,
#: | and we get less heat for it": "but" and "lacks" hang on "wrote") runs on through it when the
#: grammar shows the conjunct continues the words, not the narrative: its subject repeats the
#: content clause's, or it has no subject and its verb is in the present under a cue in the past
#: (a narrative conjunct shares the cue's tense), never when it holds a speech or attitude verb
#: (another report: "…, but she has also cited his record")
#: (:meth:`_ReaderClauses.clause_conjunct`; the switch for measuring it off and on)
CONJUNCT_AFTER_CLAUSE = True

#: how far below the verb the noun a misattached clause hangs on may be: "told the journalists
#: [at [the site]]" is two steps (a preposition, its object)
_NOUN_DEPTH = 4

#: the relations by which the parser hangs a clause on a noun
_NOUN_CLAUSES = ("acl", "relcl", "ccomp")

#: the relations through which a noun hangs on the speech verb (its object, the person told,
#: a preposition's object, a noun in apposition, a bare noun of time)
_TO_NOUN = ("prep", "pobj", "dobj", "dative", "appos", "npadvmod", "compound")

#: the clause's relations that show "that" opens it rather than stands in it: a clause whose
#: "that" is its object or subject is a complement only if it has another object or subject
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


class _ReaderClauses(_ReaderBase):
    def clause_on_noun(self, verb: Any) -> list[Any]:
        """A speech verb's "that" clause the parser hung on a noun after the verb — its object,
        the person told, or a preposition's object ("told the journalists in the courthouse
        that the recount was made …").  A clause is taken only if "that" opens it as its
        complementiser: "that" is its marker and it has a subject of its own, or "that" is
        its object or subject and it has another ("… from the place that the police seized 14
        tonnes": "that" the object, "14 tonnes" another); a relative clause ("spoke at the
        meeting that took place", "told of the plan that the council adopted") has none and
        is left alone.  Only a verb of speech (:data:`.lexicon_en.SPEECH_VERBS`), only a clause
        after the verb, the nearest one; not inside a quotation (someone's words about what
        another "will report in a month that …" are no report the article gives)."""
        if not CLAUSE_ON_NOUN or _lemma(verb) not in SPEECH_VERBS:
            return []
        if self.quote_at(self.offset + verb.idx) is not None:
            return []
        todo = [(c, 1) for c in verb.children if c.dep_ in _TO_NOUN and c.i > verb.i]
        while todo:
            node, depth = todo.pop(0)
            for c in node.children:
                if c.dep_ in _NOUN_CLAUSES and c.i > node.i and _opens_with_that(c):
                    return [c]
            if depth < _NOUN_DEPTH:
                todo += [(c, depth + 1) for c in node.children if c.dep_ in _TO_NOUN]
        return []

    def reported_in(self, verb: Any) -> Any | None:
        """The body a passive report without "by" names by where it was said: "This was
        reported to Interfax in the press service of the court", "This is reported on the
        website of the Ministry …", "It was stated in the regional administration" — the
        English of «Об этом сообщили в пресс-службе …», «сообщается на сайте …».  Only an
        organisation (not "in the evening", "in Kyiv")."""
        if _lemma(verb) not in SPEECH_VERBS:
            return None
        for prep in verb.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at"):
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _SITE_NOUNS:
                of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                # "FIDE's website", "on the FIDE website"
                owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
                    (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
                )
                obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of else owner
            if obj is None or obj.ent_type_ in _NOT_BODIES:
                continue
            if self.source(obj).kind == "organization":
                return obj
        return None

    def body_they(self, verb: Any, subj: Any) -> SourceRef | None:
        """ "In the press service of the city council, they noted that …" (the English of
        «В пресс-службе … отметили»): an impersonal "they" speaks for the body named where
        it was said."""
        if subj.lower_ != "they":
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.i > subj.i:
                continue
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in _NOT_BODIES:
                continue
            source = self.source(obj)
            if source.kind == "organization":
                return source
        return None

    def as_reported(self, verb: Any) -> Found | None:
        """ "As reported by RIA Dagestan, about 300 people took part …", "As stated in the
        press service of the court, …": a reduced passive "as" clause names its source after
        "by" (or where it was said, :meth:`reported_in`); the clause it hangs on is said.  The
        main clause's subject (the parser's subject for the "as" verb) is not the source."""
        if _lemma(verb) not in SPEECH_VERBS or verb.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "as the ministry reported": the subject speaks, see verb_cue
        if _lemma(verb.head) in SPEECH_VERBS:
            return None  # "As reported by TASS, Tosunyan said …": he speaks, TASS passes it on
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if by is None:
            by = self.reported_in(verb)
        content = self.as_clause(verb)
        if by is None or content is None or self.quote_at(self.offset + verb.idx):
            return None
        kind, a, b = content
        return Found(kind, a, b, self.cue_span(verb), _owner(self.source(by)))

    def reported_before(self, sent: Any, verb: Any, subj: Any) -> tuple[QuoteKind, int, int] | None:
        """ "Since the beginning of the month, 38 vessels have left the ports, the Ministry of
        Infrastructure reports.": a speech verb that closes its sentence, its subject right
        after the last comma, says the clause before that comma (the parser often hangs such a
        verb on that clause as its complement and leaves it no content)."""
        if _lemma(verb) not in SPEECH_VERBS or verb.i < subj.i:
            return None
        doc = verb.doc
        first = subj.left_edge
        # the verb hangs on the clause before it, and says nothing of its own ("…, Mexico said
        # enough" and "…, a company that had declared bankruptcy" are not reports of it)
        hung = verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < first.i
        if not hung and verb.dep_ == "ROOT":
            # or the clause hangs on the verb, as a clause of its own, not "when …", "if …"
            # with a subject of its own: a participle's clause ("Having finished the meeting,
            # the leader announced.") says what the speaker did, not what was said
            hung = any(
                c.i < first.i
                and c.dep_ in ("advcl", "ccomp", "parataxis")
                and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
                and any(m.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for m in c.children)
                for c in verb.children
            )
        if not hung:
            return None
        if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
            return None
        if first.i - 1 <= sent.start or doc[first.i - 1].text != ",":
            return None
        after = doc[verb.i + 1 : sent.end]
        if len(after) > 6 or any(t.pos_ in ("VERB", "AUX") for t in after):
            return None  # only "on Monday", "in a statement" may follow the verb
        if any(t.text == "," for t in doc[first.i : verb.i]):
            return None
        before = doc[sent.start : first.i - 1]
        if len(before) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in before):
            return None
        a, b = self.span(before[0], before[-1])
        a, b = trim_span(self.text, a, b)
        if self.quote_at(a) is not None and self.quote_at(a) is self.quote_at(b - 1):
            return None  # a quotation: the direct-quote rules and their marks decide
        return "indirect", a, b

    def as_clause(self, verb: Any) -> tuple[QuoteKind, int, int] | None:
        """ "As the press service reported, more than 6,000 people …" / "…, as he said": the
        clause the "as" clause hangs on is what was said."""
        opening = _as_opening(verb)
        if opening is None:
            return None
        own = ("ccomp", "xcomp") if _lemma(verb) in _HEARER_VERBS else ("ccomp", "dobj", "xcomp")
        if any(c.dep_ in own for c in verb.children):
            # "as he told reporters that …" has its own content; "As Petrenko told the agency,
            # …" has none (the object of "tell" is who hears it), but "as the council raised
            # the fee, …" is no report
            return None
        first, main = opening
        doc = verb.doc
        last = verb.right_edge
        first = min(first, verb.left_edge, key=lambda t: t.i)
        if first.i > main.i:  # "…, as he said"
            start, end = main.left_edge, doc[first.i - 1]
        else:  # "As he said, …"
            start, end = doc[last.i + 1], main.right_edge
        while start.i < end.i and (start.is_punct or start.lower_ in ("and", "but")):
            start = doc[start.i + 1]
        while end.i > start.i and end.is_punct:
            end = doc[end.i - 1]
        if end.i - start.i < 3:
            return None
        a, b = self.span(start, end)
        return ("direct" if self.quote_at(a) else "indirect"), a, b

    def stance_object(self, verb: Any, subj: Any) -> tuple[QuoteKind, int, int] | None:
        """ "called for a ceasefire", "urged him to resign", "accused her of lying": a stance.

        The content runs over the verb's complements to its right (object, infinitive, object
        predicate, and the prepositional phrase a stance verb takes); a preposition right after
        the verb belongs to the cue ("called for", "spoke about").
        """
        v = self.offset + verb.idx
        lemma = _lemma(verb)
        parts: list[Any] = []
        for child in verb.rights:
            if child is subj or child.dep_ in ("prt", "dative", "advmod", "punct", "npadvmod"):
                continue
            if child.dep_ in ("dobj", "xcomp", "oprd", "ccomp"):
                target = child
            elif child.dep_ == "advcl" and parts and _infinitive(child):
                target = child  # "called for the minister to resign" parsed as an adverbial
            elif child.dep_ == "prep" and child.lower_ in VERB_PREPS.get(lemma, STANCE_PREPS):
                target = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), None)
                if target is None or target.ent_type_ in ("DATE", "TIME"):
                    continue
            else:
                continue
            if target.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            parts.append(child)
        if not parts:
            return None
        first = parts[0]
        if first.dep_ == "prep":
            if any(t.dep_ not in ("prt", "advmod") for t in verb.doc[verb.i + 1 : first.i]):
                return None  # "met with her on Monday": a prepositional phrase, not a stance
            first = next(o for o in first.children if o.dep_ in ("pobj", "pcomp"))
        only = len(parts) == 1 and first.dep_ == "dobj"
        # "The ministry reported this on Thursday": "this" stands for what was said before
        # (:func:`.demonstratives_en.demonstratives` gives it that content)
        back = only and first.lower_ in ("this", "that") and lemma in REPORTS_BACK
        if only and (first.pos_ == "PRON" and first.lower_ != "what") and not back:
            return None
        if (
            only
            and not back
            and lemma in NEEDS_CLAUSE
            and _lemma(subj) not in EVIDENCE_NOUNS
            and not any(
                c.dep_ in ("appos", "oprd") or c.dep_ == "prep" and c.lower_ in ("of", "for", "as")
                for c in first.children
            )
        ):
            return None  # "saw the car", "called him" (but "the poll shows Smith ahead")
        if (
            only
            and lemma in ADDRESS_VERBS
            and (
                first.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                or first.pos_ in ("PRON", "PROPN")
            )
        ):
            return None  # "told reporters", "urged Congress": whom it was said to
        a, b = self.span(first.left_edge, parts[-1].right_edge)
        if a < v or len(self.text[a:b].split()) < 2 and first.dep_ != "dobj":
            return None
        q = self.quote_at(a)
        if q is not None and q is self.quote_at(b - 1) and q.start >= v:
            return "direct", q.start, q.end
        return "indirect", a, b

    def parenthetical(self, verb: Any) -> tuple[QuoteKind, int, int] | None:
        """ "Union voters, Mr. Ruiz said, end up voting Democratic": the clause around the cue.

        The span runs over the whole clause, cue and source included (one span per quote);
        a quotation that makes up the clause is returned as the direct quote instead.
        """
        head = verb.head
        if (
            verb.dep_ != "parataxis"
            or head.pos_ not in ("VERB", "AUX")
            or _lemma(verb) not in SPEECH_VERBS
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            or self.quote_at(self.offset + verb.idx) is not None
        ):
            return None
        a, b = self.span(head.left_edge, head.right_edge)
        if len(self.text[a:b].split()) - len(list(verb.subtree)) < 4:
            return None
        v_start, v_end = self.span(verb.left_edge, verb.right_edge)
        said = (b - a) - (v_end - v_start)
        for q in self.quoted.touching(a, b):
            if q.end - q.start >= 0.6 * said:
                return "direct", q.start, q.end  # “We will win,” he said, “…”: the quote
        return "indirect", a, b

    def statement_clause(self, verb: Any) -> list[Any]:
        """ "said in a statement that …": the clause hangs on the noun, not the verb."""
        out = []
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in STATEMENT_NOUNS:
                    out += [
                        c
                        for c in noun.children
                        if c.dep_ in ("acl", "ccomp", "relcl")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ]
        return out

    def cue_through_preposition(
        self, verb: Any, cue: tuple[int, int], content_start: int
    ) -> tuple[int, int]:
        """ "called for", "spoke about": the preposition between verb and content is cue."""
        between = []
        for t in verb.doc[verb.i + 1 :]:
            at = self.offset + t.idx
            if at >= content_start:
                break  # the tokens run on in order: none after this one is before the content
            if cue[1] <= at:
                between.append(t)
        if 0 < len(between) <= 2 and all(t.pos_ in ("ADP", "PART", "ADV") for t in between):
            last = between[-1]
            return cue[0], self.offset + last.idx + len(last.text)
        return cue

    def cue_span(self, verb: Any) -> tuple[int, int]:
        last = verb
        for c in verb.children:
            if c.dep_ == "prt" and c.i == last.i + 1:
                last = c
        return self.offset + verb.idx, self.offset + last.idx + len(last.text)

    def that_clause_first(self, verb: Any, comps: list[Any]) -> tuple[QuoteKind, int, int] | None:
        """ "told the journalists only that the minister follows the case and the new rules
        will be presented in March": the parser may hang the "that" clause on the verb as an
        adverbial clause (after "only") and what follows its "and" as the complement; what is
        said runs from "that" to the complement's end."""
        first = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if first is None or not comps or any(c.i < first.i for c in comps):
            return None
        last = max(comps, key=lambda c: c.right_edge.i)
        mark = next(m for m in first.children if m.dep_ == "mark" and m.lower_ == "that")
        a, b = self.span(mark, last.right_edge)
        return "indirect", a, b

    def joined_complements(self, verb: Any, comp: Any, comps: list[Any]) -> Any:
        """The last token of the content that ``comp`` opens: its own right edge, or that of the
        clausal complements of ``verb`` that follow it with no word between (the parser's split of
        one clause in two: "that every fourth tenge withdrawn from the fund | this year went to
        the market"). Only after the verb, and never into a clause opened by a mark of its own
        ("said that A, because B") or one holding a cue of speech (another report). A dangling
        conjunction at the end takes in the conjunct the parser hung on ``verb`` right after it
        ("… for five weeks and | had not been charged"), unless that one holds a speech verb
        of its own (then the conjunction is left out)."""
        last = comp.right_edge
        if comp.i < verb.i:
            return last
        later = sorted((c for c in comps if c.i > comp.i), key=lambda c: c.i)
        for nxt in later if ADJACENT_COMPLEMENTS else []:
            if nxt.dep_ != "ccomp" or nxt.left_edge.i != last.i + 1:
                break
            if any(m.dep_ == "mark" for m in nxt.children):
                break
            if any(_lemma(t) in SPEECH_VERBS and t.pos_ == "VERB" for t in nxt.subtree):
                break
            last = nxt.right_edge
        if DANGLING_CONJUNCT and last.dep_ == "cc" and last.i > comp.i:
            doc = last.doc
            after = doc[last.i + 1] if last.i + 1 < len(doc) else None
            conj = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "conj" and after is not None and c.left_edge.i == after.i
                ),
                None,
            )
            if conj is not None and not any(
                _lemma(t) in SPEECH_VERBS
                and t.pos_ == "VERB"
                and not any(c.dep_ == "auxpass" for c in t.children)  # "was not questioned"
                for t in conj.subtree
            ):
                last = conj.right_edge
                while last.is_punct and last.i > conj.i:
                    last = doc[last.i - 1]
            elif last.i - 1 > comp.left_edge.i:
                last = doc[last.i - 1]
        if CONJUNCT_AFTER_CLAUSE and comp.dep_ == "ccomp":
            conj = self.clause_conjunct(verb, comp, last)
            if conj is not None:
                last = conj.right_edge
                while last.is_punct and last.i > conj.i:
                    last = last.doc[last.i - 1]
        return last

    def clause_conjunct(self, verb: Any, comp: Any, last: Any) -> Any | None:
        """The conjunct of ``verb`` that continues the clausal content ``comp`` (ending at
        ``last``): next after it with only punctuation and a conjunction between, in the same
        sentence, holding no speech or attitude verb, and either repeating the content's subject
        ("we pay more …, and we get less …") or in the present under a cue in the past ("wrote
        that the pier is sound, but lacks railings"); a narrative conjunct ("said …, and left")
        has neither."""
        doc = last.doc
        conj = next(
            (c for c in verb.children if c.dep_ == "conj" and c.i > last.i),
            None,
        )
        if conj is None or conj.sent.start != verb.sent.start:
            return None
        between = doc[last.i + 1 : conj.left_edge.i]
        if any(not (t.is_punct or t.dep_ == "cc") for t in between) or any(
            t.text in (";", ":", "(", ")") for t in between
        ):
            return None
        if any(
            (_lemma(t) in SPEECH_VERBS or _lemma(t) in ATTITUDE_VERBS) and t.pos_ == "VERB"
            for t in conj.subtree
        ):
            return None  # a cue of its own ("…, but she has also cited his record"): a report
        subjects = ("nsubj", "nsubjpass", "expl")
        own = next((c for c in conj.children if c.dep_ in subjects), None)
        inner = next((c for c in comp.children if c.dep_ in subjects), None)
        if own is not None and inner is not None and own.lower_ == inner.lower_:
            return conj
        tags = {conj.tag_} | {c.tag_ for c in conj.children if c.dep_ in ("aux", "auxpass")}
        present = bool(tags & {"VBZ", "VBP"}) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "can", "may", "must", "'ll")
            for c in conj.children
        )
        past = bool(tags & {"VBD"})
        # without a subject of its own, a verb in the present cannot go on a narrative in the past
        # ("said …, and left"); one with a subject of its own may ("…, and she will visit it")
        return conj if own is None and verb.tag_ == "VBD" and present and not past else None

    def content(
        self, sent: Any, verb: Any, subj: Any, any_verb: bool = False
    ) -> tuple[QuoteKind, int, int] | None:
        comps = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c is not subj]
        joined = self.that_clause_first(verb, comps)
        if joined is not None:
            return joined if len(self.text[joined[1] : joined[2]].split()) >= 2 else None
        if len(comps) > 1:
            # "The side denies this: the spokesman … stated that the drone hit …": the parse
            # hangs the clause before the colon on the verb too; the one "that" opens is said
            comps.sort(key=lambda c: not any(m.dep_ == "mark" and m.i < c.i for m in c.children))
        if not comps:
            comps = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "xcomp", "advcl")
                and self.quote_at(self.offset + c.idx) is not None
            ]
        if not comps:
            comps = self.statement_clause(verb) or self.clause_on_noun(verb)
        if comps:
            comp = comps[0]
            q = self.quote_at(self.offset + comp.idx)
            whole = self.span(comp.left_edge, comp.right_edge)
            if (
                q is not None
                and self.quote_at(self.offset + verb.idx) is not q
                and q.start <= whole[0]
                and whole[1] <= q.end
            ):
                return "direct", q.start, q.end
            first = comp.left_edge
            # PolNeAR's contents keep the complementiser: "said [that the plan failed]"
            a, b = self.span(first, self.joined_complements(verb, comp, comps))
            if b <= self.offset + verb.idx or a >= self.offset + verb.idx:
                if _lemma(verb) in NEEDS_CLAUSE and first.dep_ != "mark" and comp.dep_ != "ccomp":
                    return None
                qa, qb = self.quote_at(a), self.quote_at(b - 1)
                inside = self.quote_at(self.offset + verb.idx)
                if qa is not None and qa is qb and qa is not inside:
                    return "direct", qa.start, qa.end
                if qb is not None and a <= qb.start and b < qb.end <= self.offset + sent.end_char:
                    # 'said that "there is a law, but there is no one …"': the parse ends the
                    # clause at the comma; a content never stops inside a quotation it opened
                    b = qb.end
                return ("indirect", a, b) if len(self.text[a:b].split()) >= 2 else None
        around = self.parenthetical(verb)
        if around is not None:
            return around
        if (
            any_verb
            or _lemma(verb) in ATTITUDE_VERBS
            or _lemma(verb) in FIGURE_VERBS
            or _lemma(verb) in REPORTS_BACK
            and any(c.dep_ == "dobj" and c.lower_ in ("this", "that") for c in verb.children)
        ):
            stance = self.stance_object(verb, subj)
            if stance is not None:
                return stance
        # no complement: a quoted passage in the same sentence
        s_start, s_end = self.offset + sent.start_char, self.offset + sent.end_char
        v = self.offset + verb.idx
        near = [
            q
            for q in self.quoted.touching(s_start, s_end)
            if not q.start <= v < q.end
            and q.words(self.text) >= 3
            and not _is_title(self.text[q.inner_start : q.inner_end])
        ]
        if near:
            q = min(near, key=lambda q: min(abs(q.start - v), abs(q.end - v)))
            return "direct", q.start, q.end
        if self.text[s_start:s_end].rstrip().endswith(":"):
            # "Caddell continued:" and the quote follows in the next sentence or paragraph
            nxt = self.quoted.starting(s_end, s_end + 5)
            if nxt:
                return "direct", nxt[0].start, nxt[0].end
            # a speech verb right before the colon ("Hewitt writes:", "he said:"), not
            # "Here's where they stand:" or a list after "include:"
            near_colon = sent[-1].i - verb.i <= 3 and _lemma(verb) in SPEECH_VERBS
            block = _block_after(self.text, s_end) if near_colon else None
            if block is not None:
                return "direct", block[0], block[1]
        return None


def _opens_with_that(clause: Any) -> bool:
    """Whether "that" opens ``clause`` as its complementiser, not as a relative pronoun (see
    :meth:`_ReaderClauses.clause_on_noun`)."""
    first = clause.left_edge
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    deps = [c.dep_ for c in clause.children if c.i != first.i]
    if first.dep_ == "mark":
        return any(d in _SUBJECTS for d in deps)
    if first.dep_ in _SUBJECTS:
        return any(d in _SUBJECTS for d in deps)
    if first.dep_ == "dobj":
        return "dobj" in deps and any(d in _SUBJECTS for d in deps)
    return False
