"""The English quote reader's ground (:class:`.quotes_en._Reader`): spans, entities, roles and
the source a subject names."""

from __future__ import annotations

import re
from typing import Any

from .anonymity_en import asks_anonymity
from .bodies_en import body_noun, named_body
from .model import Entity, SourceKind, SourceRef
from .name_runs import first_name_gender, office_before, office_of
from .names import HONORIFICS, TITLES, split_honorific, strip_suffix
from .owners_en import owner_lead, relation_role
from .person_nouns_data import PERSON_NOUNS
from .quote_heads_en import (
    _DASHES,
    _NOT_IN_NAMES,
    _NOT_NAMES_OF_PEOPLE,
    _OWNER_POSSESSIVES,
    _POSSESSIVE_PRONOUNS,
    _VERBS_BEFORE_NAMES,
    _according_apposition,
    _after_dateline,
    _body_named,
    _given_named,
    _inverted_name,
    _name_after_clause,
    _name_closing_description,
    _quoting_verb,
    _titled_person,
    _trailing_subject,
)
from .quotemarks import QuotedSpan, QuotedSpans
from .roles import (
    EN_ANONYMOUS,
    EN_COLLECTIVE,
    EN_DOCUMENTS,
    EN_FEMALE,
    EN_GROUPS,
    EN_MALE,
    EN_ORGANIZATIONS,
    EN_PERSON_NOUNS,
    ROLE_SYNONYMS,
)
from .roles_en import describe

#: a relation noun's owner takes as role only the words before their name inside the relation
#: phrase, and a name right after the owner takes the whole phrase (thirty-seventh session)
OWNER_ROLES = True

_PRONOUNS = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": (None, False),
    "i": (None, False),
    "we": (None, True),
    # "According to him", "according to them"
    "him": ("m", False),
    "her": ("f", False),
    "them": (None, True),
}
#: the hyphen of an office with a bound prefix ("vice-mayor", "co-chairman", "ex-minister"): the
#: small model splits it into three tokens and often makes the prefix the subject and the
#: office a stray apposition, so the source of "The first vice-president of X Ivan P. told …"
#: became "The first vice".  The parser reads the hyphen as a space ("vice mayor", a compound
#: it knows); the offsets stay those of the text, whose own words the sources quote.
_PREFIX_HYPHEN = re.compile(r"(?i)\b(?:vice|co|ex)(-)(?=[a-z])")
_PREFIX_SPACE = re.compile(r"(?i)\b(?:vice|co|ex) (?=[a-z])")


#: how many words a colon may follow and still close a speaker's name ("The Ministry of Natural
#: Resources, Ecology and Technical Supervision: …", a body's full name in a news brief)
COLON_REACH = 12


#: a transliterated patronymic is the middle of a name, never its surname (a switch for measuring)
PATRONYMICS = True
#: a woman's patronymic ("Petrovna", "Ivanivna"); a man's ("Petrovich") only between a given
#: name and a surname, as "-ovich" ends surnames too ("Dario Petrovich")
_PATRONYMIC_F = re.compile(r"[A-Z][a-z]+(?:ovna|evna|ivna|yivna|ichna)")
_PATRONYMIC_M = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ovych|evych|ich)")


def _patronymic(word: str, n_words: int) -> bool:
    if _PATRONYMIC_F.fullmatch(word):
        return True
    return n_words == 3 and _PATRONYMIC_M.fullmatch(word) is not None


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: nouns that name a body when singular and definite, though WordNet also lists them as people
#: ("an authority on Roman law"); thirty-eighth session
_BODY_WHEN_DEFINITE = frozenset(["authority"])
DEFINITE_AUTHORITY = True


#: an investigation named by what it is speaks for the body that conducts it ("According to the
#: investigation", "the inquiry found"): a body, not a document (forty-first session; a switch)
FINDINGS_AS_BODY = True
FINDINGS_OF_A_BODY = frozenset(["investigation", "inquiry", "probe"])


class _ReaderBase:
    def __init__(self, text: str, offset: int, quoted: list[QuotedSpan]) -> None:
        self.text = text
        self.offset = offset
        self.quoted = quoted if isinstance(quoted, QuotedSpans) else QuotedSpans(quoted)
        self.readings: list[tuple[int, SourceRef, SourceRef | None]] = []
        #: indices of the tokens that opened a rule's attribution (the learned finder skips them)
        self.cue_tokens: set[int] = set()

    # -- spans -------------------------------------------------------------------------------

    def span(self, first: Any, last: Any) -> tuple[int, int]:
        """Character span of tokens ``first..last`` trimmed of punctuation at both ends."""
        doc = first.doc
        i, j = first.i, last.i
        while i < j and (doc[i].is_punct and doc[i].text not in "“\"«‘'" or doc[i].is_space):
            i += 1
        # a closing quotation mark stays, and so does a sign that is part of a figure ("40-45%")
        while j > i and (doc[j].is_punct and doc[j].text not in "”\"»’'%‰" or doc[j].is_space):
            j -= 1
        return self.offset + doc[i].idx, self.offset + doc[j].idx + len(doc[j].text)

    def quote_at(self, pos: int) -> QuotedSpan | None:
        return self.quoted.at(pos)

    # -- entities ----------------------------------------------------------------------------

    def entities(self, doc: Any) -> list[Entity]:
        out = []
        for ent in doc.ents:
            label = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "NORP": "ORG"}.get(ent.label_)
            if label is None and ent.label_ in _NOT_NAMES_OF_PEOPLE:
                # "Nino Beridze" read as a building: a transliterated name NER has not seen
                label = "PER" if _given_named(list(ent)) else None
            if label is None:
                continue
            if ent.label_ == "NORP" and not ent.text.endswith("s"):
                continue  # "Democratic", "British": an adjective, not a group that speaks
            tokens = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or t.text == "’s")]
            if label == "PER":
                # a headline in capitals runs on: "Mayor Might Not Have Meant …"
                cut = next((i for i, t in enumerate(tokens) if t.lower_ in _NOT_IN_NAMES), None)
                tokens = tokens[:cut] if cut is not None else tokens
                while tokens and tokens[0].lower_ in _VERBS_BEFORE_NAMES:
                    tokens = tokens[1:]  # "Stated Roger Stone: …"
                if tokens and tokens[-1].lower_ in EN_ORGANIZATIONS:
                    label = "ORG"  # "the White House": NER may call it a person
                elif tokens and _body_named(doc, tokens):
                    label = "ORG"  # "The South Caucasus Railway", "the service Kyrgyzhydromet"
            if label == "ORG":
                titled = _titled_person(tokens)
                if titled is not None:
                    label, tokens = "PER", titled  # "Major-Gen Gopaul Govender": NER said ORG
                elif ent.label_ != "NORP" and _given_named(tokens):
                    label = "PER"  # "Nino Beridze": a transliterated name NER took for a body
            if not tokens:
                continue
            if label == "PER" and len(tokens) == 1 and tokens[0].i > 0:
                # "Artem Dmitruk, a member of …": NER took the surname only
                prev = doc[tokens[0].i - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and prev.is_alpha
                    and prev.dep_ == "compound"
                    and prev.head.i == tokens[0].i
                    and not prev.ent_type_
                    and prev.lower_ not in TITLES
                    and prev.lower_ not in HONORIFICS
                ):
                    tokens = [prev, *tokens]
            start, end = self.span(tokens[0], tokens[-1])
            name = self.text[start:end]
            words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
            if not words:
                continue
            ent_out = Entity(start, end, name, label, name)
            ent_out.plural = ent.label_ == "NORP" or tokens[-1].tag_ == "NNPS"
            if label == "PER":
                title_gender, words, _ = split_honorific(words)
                words = strip_suffix(words)
                ent_out.last = words[-1]
                ent_out.first = words[0] if len(words) > 1 else None
                if PATRONYMICS and len(words) in (2, 3) and _patronymic(words[1], len(words)):
                    # "Nina Petrovna" after "Nina Petrovna Zaitseva": a given name and a
                    # patronymic (a Russian or Ukrainian way to call someone), no surname
                    ent_out.middle = words[1]
                    ent_out.last = words[2] if len(words) == 3 else None
                ent_out.role, ent_out.gender = self.role_of(tokens[0], tokens[-1])
                before = office_before(doc, tokens[0])
                owned = owner_lead(before + " ") if before and OWNER_ROLES else None
                if owned is not None:
                    # "The coach of tennis player Anna Kovac": her role is what precedes her
                    # name inside the relation phrase, not the coach's "coach of tennis player"
                    before = owned.strip()
                given = (ent_out.role or "").lower()
                if before and " of " in before and " - " not in before and given in before.lower():
                    ent_out.role = before  # "mayor of the Lviv region", not "the Lviv region"
                ent_out.role = office_of(doc, tokens[0]) or ent_out.role or before
                relation = relation_role(tokens[0]) if OWNER_ROLES else None
                if relation is not None:
                    # "Adviser to President Volodymyr Zelensky Mykhailo Podolyak": the relation
                    # phrase with its owner is his role, not the owner's title and name
                    ent_out.role = relation
                # a title ("Mr", "Ms") says more than the name dictionary's guess
                ent_out.gender = ent_out.gender or title_gender
                if ent_out.gender is None and ent_out.first:
                    ent_out.gender = first_name_gender(ent_out.first)
                    ent_out.gender_guessed = ent_out.gender is not None
            elif label == "ORG":
                # also kept for names NER took for organisations ("opposition politician
                # Alexei Navalny"), which speaker resolution turns back into people
                ent_out.role = self.role_of(tokens[0], tokens[-1])[0]
            if ent_out.role:
                ent_out.role = self._as_written(ent_out.role, tokens[0].sent)
            out.append(ent_out)
        return out

    def role_of(self, first: Any, last: Any) -> tuple[str | None, str | None]:
        """The description written next to a name, and a gender it implies."""
        doc = first.doc
        parts = describe(first, last)
        role = self._as_written(", ".join(parts), first.sent) if parts else None
        gender = None
        # "Her son, Tom Marsh": a possessive that opens the description is its owner's gender,
        # not the person's (in "who lost her job" the pronoun is the person's own)
        role_words = {
            w.lower().strip(".,")
            for part in parts
            for k, w in enumerate(part.split())
            if k > 0 or w.lower() not in _OWNER_POSSESSIVES
        }
        before = doc[first.i - 1].text.lower().rstrip(".") if first.i > 0 else ""
        if role_words & EN_FEMALE or before in ("ms", "mrs", "miss"):
            gender = "f"
        elif role_words & EN_MALE or before == "mr":
            gender = "m"
        return role, gender

    def _as_written(self, part: str, sent: Any) -> str:
        """A description read from the parser's tokens as the text writes it: the hyphen the
        parser read as a space (:func:`for_parser`) given back ("vice-premier")."""
        hyphened = _PREFIX_SPACE.sub(lambda m: m.group(0)[:-1] + "-", part)
        if hyphened == part:
            return part
        written = self.text[self.offset + sent.start_char : self.offset + sent.end_char].lower()
        return hyphened if hyphened.lower() in written and part.lower() not in written else part

    # -- sources -----------------------------------------------------------------------------

    def source(self, root: Any) -> SourceRef:
        if root.is_punct and root.i > 0 and not root.nbor(-1).is_punct:
            # "Martin Luther King Sr. said": the tokenizer split the abbreviation's full stop
            # off and the parser made it the subject; the name before it is meant
            before = root.nbor(-1)
            ent = next((e for e in root.doc.ents if e.start <= before.i < e.end), None)
            root = ent.root if ent is not None else before
            if ent is not None:
                start, end = self.span(ent[0], ent[-1])
                text = self.text[start:end]
                if ent.label_ == "PERSON":
                    return SourceRef(start, end, text, "name", root.text.lower())
                return SourceRef(start, end, text, "organization", root.text.lower())
        left = root.left_edge
        for tok in root.doc[left.i : root.i]:
            # "KILBRIDE (Harbour Wire) - Council leader Fiona Grant": not the dateline
            if (
                tok.text in _DASHES
                and tok.i > 0
                and tok.i - tok.sent.start <= 12
                and tok.nbor(-1).text == ")"
            ):
                left = tok.nbor(1)
        start, end = self.span(left, root.right_edge)
        edge = root.right_edge
        if edge.dep_ == "case" and edge.head.i == root.i and edge.i > left.i:
            # "according to the council's own figures": the possessor speaks, named without
            # its case ending (the walk found a speaker "the council's" beside "The council")
            end = self.span(left, edge.nbor(-1))[1]
        # "The deputy mayor who replaced Ivo Kaas, Marta Lepp, said": a name in apposition after
        # the relative clause is the one who speaks (the parse may hang it on the clause's
        # object, but a name is no apposition of another name); the source keeps it
        after_clause = _name_after_clause(root) or _name_closing_description(root)
        # a source does not run on into a relative clause or a long apposition
        for child in root.rights if after_clause is None else ():
            if child.dep_ in ("relcl", "acl") and child.idx + self.offset < end:
                if child.n_lefts:
                    last = list(child.lefts)[0]
                else:
                    # "The press secretary of X Natalia E., answering a question, stated": up to
                    # the participle, not to the head noun (the name stands between them)
                    last = root.doc[max(root.i, child.i - 1)]
                    while last.i > root.i and last.is_punct:
                        last = last.nbor(-1)
                end = self.span(root.left_edge, last)[1]
                break
        reflexive = [c for c in root.rights if c.lower_ in ("himself", "herself", "themselves")]
        if reflexive:
            end = self.span(root.left_edge, root.doc[reflexive[0].i - 1])[1]
        text = self.text[start:end]
        lower = root.text.lower()
        # "his support for …", "their decision to …": the possessor of a cue noun speaks
        lower = _POSSESSIVE_PRONOUNS.get(lower, lower) if root.dep_ == "poss" else lower
        if root.pos_ == "PRON" and lower == "you":
            return SourceRef(start, end, text, "pronoun", lower)  # the reader: nobody named
        if root.pos_ == "PRON" and lower in _PRONOUNS:
            gender, plural = _PRONOUNS[lower]
            ref = SourceRef(start, end, text, "pronoun", lower, gender, plural)
            if lower == "they":
                ref.antecedent = self.plural_subject_before(root)
            return ref
        ents = [e for e in root.doc.ents if left.i <= e.start and e.end <= root.right_edge.i + 1]
        lemma = root.lemma_.lower()
        # a person named as the head, in apposition or in a list ("Cruz and Rubio"); not one
        # named only as a possessor or object ("Grayson's spokeswoman", "the popularity of Trump")
        heads = [root] + [c for c in root.children if c.dep_ in ("appos", "conj")]
        if after_clause is not None:
            heads.append(after_clause)
        people = [
            e
            for e in ents
            if e.label_ == "PERSON"
            and (
                any(e.start <= t.i < e.end for t in heads)
                # "the deputy of the Verkhovna Rada Artem Dmytruk": the office, then the name
                # (a name the splitter of name runs found after "of", nothing else)
                or (
                    e.end == root.right_edge.i + 1
                    and e.start > root.i
                    and office_of(root.doc, e[0]) is not None
                )
            )
        ]
        dets = {c.lower_ for c in root.children if c.dep_ in ("det", "poss")}
        plural = root.tag_ in ("NNS", "NNPS")
        if not people and asks_anonymity(root):
            # "One of the guides of the company, who asked not to be named": nobody to name
            return SourceRef(start, end, text, "anonymous", lemma, plural=plural)
        if root.lower_ in EN_ORGANIZATIONS and root.i > root.left_edge.i:
            # "the Obama White House", "the Clinton campaign": NER may call it a person
            return SourceRef(start, end, text, "organization", root.lower_, plural=plural)
        if named_body(root):
            # "the energy company Ukrenergo", “"Dagestanenergo" reported”: NER may call it a person
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if people and (
            root.ent_type_ == "PERSON"
            or root.pos_ == "PROPN"
            or lemma not in EN_COLLECTIVE
            or any(e.start > root.i for e in people)  # "chief economist Ana Ruiz"
        ):
            return SourceRef(start, end, text, "name", lemma, plural=plural)
        missed = next(
            (
                c
                for c in root.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.text[:1].isupper()
                and c.ent_type_ in ("", "PERSON")
                and c.i > root.i
            ),
            None,
        )
        if missed is not None and not any(e.start <= missed.i < e.end for e in ents):
            # "Northbank's chief economist Ana Ruiz": a name NER missed, with its role
            first = missed
            while first.i > root.i + 1 and root.doc[first.i - 1].dep_ == "compound":
                first = root.doc[first.i - 1]
            a, b = self.span(first, missed)
            words = self.text[a:b].split()
            person = Entity(a, b, self.text[a:b], "PER", self.text[a:b], last=words[-1])
            person.first = words[0] if len(words) > 1 else None
            person.role, person.gender = self.role_of(first, missed)
            ref = SourceRef(start, end, text, "name", lemma, plural=plural)
            ref.entities.append(person)
            return ref
        if FINDINGS_AS_BODY and lemma in FINDINGS_OF_A_BODY and dets & {"the", "this", "its"}:
            # "According to the investigation, the contractor replaced …" (the translated «по
            # данным следствия»): the investigating body's words, not a document whose issuer
            # is to be found elsewhere
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_DOCUMENTS:
            return SourceRef(start, end, text, "document", lemma)
        if dets & {"the", "this", "that"} and (lemma in TITLES or lemma in ROLE_SYNONYMS):
            return SourceRef(start, end, text, "description", lemma)  # "The MP", "the Senator"
        if lemma in EN_ORGANIZATIONS and root.text[:1].isupper() and root.ent_type_ != "PERSON":
            # "The Coordination Headquarters for …": a body's name, not a person's
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        bare = not dets and not plural and root.is_title and root.i == root.left_edge.i
        if (root.pos_ == "PROPN" or bare) and not root.ent_type_ and root.text[:1].isupper():
            return SourceRef(start, end, text, "name", lemma, plural=plural)  # a name NER missed
        named_org = any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in root.children)
        if (
            root.ent_type_ in ("ORG", "GPE", "NORP")
            or (ents and root.pos_ == "PROPN")
            or named_org  # "the ferry operator, Ellis Crossings"
        ):
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_ORGANIZATIONS:
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_PERSON_NOUNS and not plural:
            # "the economist" refers back to someone; "an economist" stays anonymous
            definite = bool(dets & {"the", "this", "that"})
            kind: SourceKind = "description" if definite else "anonymous"
            return SourceRef(start, end, text, kind, lemma)
        if plural and lemma in EN_GROUPS:
            return SourceRef(start, end, text, "collective", lemma, plural=plural)
        if lemma in EN_ANONYMOUS and not dets & {"the", "this", "that", "his", "her", "their"}:
            return SourceRef(start, end, text, "anonymous", lemma, plural=plural)
        if (
            root.text[:1].isupper()
            and root.is_alpha
            and root.i > root.sent.start
            and root.i == left.i
            and lemma not in EN_COLLECTIVE
        ):
            # "…,” Lubinets wrote": a capitalised word inside a sentence, alone, is a name
            return SourceRef(start, end, text, "name", lemma)
        if (
            DEFINITE_AUTHORITY
            and lemma in _BODY_WHEN_DEFINITE
            and not plural
            and dets & {"the", "this", "that", "its"}
        ):
            # "According to the authority, …" after "the Zambia Revenue Authority": the body (a
            # noun that is a person only as "an authority on …"); one named before is found by
            # the speakers' back-reference to bodies
            return SourceRef(start, end, text, "organization", lemma)
        if lemma in EN_COLLECTIVE and body_noun(lemma):
            # "the police", "the authorities": a body (WordNet), not a crowd of people
            return SourceRef(start, end, text, "organization", lemma, plural=plural)
        if lemma in EN_COLLECTIVE or (plural and not dets & {"the"}):
            return SourceRef(start, end, text, "collective", lemma, plural=plural)
        if not plural and body_noun(lemma):
            return SourceRef(start, end, text, "organization", lemma)  # "the state enterprise"
        gender = "f" if lemma in EN_FEMALE else "m" if lemma in EN_MALE else None
        return SourceRef(start, end, text, "description", lemma, gender, plural)

    def plural_subject_before(self, they: Any) -> tuple[int, int] | None:
        """The subject of the sentence before a "They" that opens its own, when it names people
        together ("A and the head of the FAO office B visited …") or as a group of people ("The
        relatives of the miner came …"): what "They" most plainly refers to."""
        sent = they.sent
        if they.i != sent.start or sent.start == 0:
            return None
        before = they.doc[sent.start - 1].sent
        verb = before.root
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        # people joined anywhere in the subject ("The head of the union A and the council
        # member B"), not inside a clause that describes them
        conj = any(
            t.dep_ == "conj"
            and not any(u.dep_ in ("relcl", "acl", "ccomp") for u in t.ancestors if u.i != subj.i)
            for t in subj.subtree
        )
        people = subj.tag_ in ("NNS", "NNPS") and subj.lemma_.lower() in PERSON_NOUNS
        if not (conj or people):
            return None
        return self.span(subj.left_edge, subj.right_edge)

    def pair_before(self, verb: Any, subj: Any, source: SourceRef) -> None:
        """ "A and the deputy of the faction "X" B C said": the parser may make B C a second
        subject of the verb and "A and the deputy" the first; both are the source, two people
        named together (the subject next to the verb alone would drop A)."""
        before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < subj.i]
        if len(before) != 1 or not any(c.dep_ == "conj" for c in before[0].children):
            return
        first = before[0]
        if subj.left_edge.i - first.right_edge.i != 1 or subj.pos_ != "PROPN":
            return
        start = self.span(first.left_edge, first.left_edge)[0]
        if start < source.start and source.kind == "name":
            source.start = start
            source.text = self.text[start : source.end]
            source.entities = []

    def subject_of(self, verb: Any) -> Any | None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
        if subjects and subjects[0].dep_ == "expl":
            return None
        if len(subjects) > 1:
            # "Speaking in Salem, New Hampshire, Trump went …": the parser may hang a place on
            # the verb as a second subject; the one next to the verb speaks
            before = [c for c in subjects if c.i < verb.i]
            subjects = [max(before, key=lambda c: c.i)] if before else subjects
        for child in subjects:
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "the official who said …": the antecedent speaks
            return _after_dateline(child, verb)
        quoted = _quoting_verb(verb)
        if quoted is not None:
            # "The agency quotes him as saying: …": the one quoted says it (object control);
            # the agency only passes it on (the reading of "quotes" gives it as the relayer)
            obj = next((c for c in quoted.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        # "…, adding that …" / "he laughed and said …": the subject of the verb it hangs on
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head is not verb:
            return self.subject_of(verb.head)
        if verb.dep_ == "prep" and verb.pos_ == "ADP" and verb.head.i != verb.i:
            # "opened the hearing by accusing …", "after saying …": the gerund's subject
            # is the subject of the clause its preposition hangs on (subject control)
            return self.subject_of(verb.head)
        return _trailing_subject(verb) or _according_apposition(verb) or _inverted_name(verb)
