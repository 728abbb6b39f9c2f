"""Token and span helpers of the English quote reader (:mod:`.quotes_en`): block quotes after a
colon, titled and named people, quoting and hearer verbs, owners and inverted names."""

from __future__ import annotations

import re
from typing import Any

from .bodies_en import body_noun, named_body
from .given_names import is_given_name
from .lexicon_en import LEMMA_FIXES, SPEECH_VERBS
from .model import Entity, SourceRef
from .names import HONORIFICS, TITLES
from .person_nouns_data import PERSON_NOUNS
from .quotemarks import trim_span
from .roles import EN_ORGANIZATIONS, EN_TITLE_ABBREVIATIONS

_MIN_QUOTE_WORDS = 4


def _lemma(tok: Any) -> str:
    """The token's lemma, lower-cased, with spaCy's known slips corrected."""
    return LEMMA_FIXES.get(tok.lower_) or str(tok.lemma_).lower()


#: a block quote after "He adds:" is one paragraph of this many words
_BLOCK_WORDS = (4, 250)


def _block_after(text: str, end: int) -> tuple[int, int] | None:
    """ "He adds:" and, on the next line, a paragraph of his words without quotation marks (a
    block quote, as magazines and blogs set a longer quotation): that paragraph."""
    a = end
    while a < len(text) and text[a].isspace():
        a += 1
    if "\n" not in text[end:a] or a >= len(text):
        return None
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    b = trim_span(text, a, b)[1]
    n = len(text[a:b].split())
    return (a, b) if _BLOCK_WORDS[0] <= n <= _BLOCK_WORDS[1] else None


#: words written before a name that make it a person's: titles, honorifics, military ranks
_PERSON_TITLES = (
    TITLES
    | frozenset(HONORIFICS)
    | frozenset(EN_TITLE_ABBREVIATIONS)
    | frozenset(EN_TITLE_ABBREVIATIONS.values())
    | frozenset(["major", "brigadier", "marshal", "constable", "lieutenant-general"])
)


def _body_named(doc: Any, tokens: list[Any]) -> bool:
    """Whether a name NER took for a person's is a body's: its last word a noun for a body
    ("The South Caucasus Railway") or the name set after such a noun in lower case ("the
    hydrometeorological service Kyrgyzhydromet"), and its first word no given name."""
    if is_given_name(tokens[0].text):
        return False
    if len(tokens) > 1 and tokens[-1].is_title and body_noun(tokens[-1].lower_):
        return True
    i = tokens[0].i
    return (
        i > 0
        and doc[i - 1].is_lower
        and doc[i - 1].pos_ == "NOUN"
        and body_noun(doc[i - 1].lower_)
        and len(tokens) == 1
    )


def _titled_person(tokens: list[Any]) -> list[Any] | None:
    """The name words of an entity NER labelled an organisation that is a titled person:
    titles or ranks ("Major-Gen", "Dr", "Lt. Col.") then a name of two or three title-case
    words, none of them a word of bodies ("General Motors", "Justice Department" stay)."""
    k = 0
    while k < len(tokens) and (
        tokens[k].lower_.rstrip(".") in _PERSON_TITLES or tokens[k].text in _DASHES
    ):
        k += 1
    name = tokens[k:]
    if k == 0 or not 2 <= len(name) <= 3:
        return None
    if any(
        not (t.is_title and t.text.replace("-", "").replace("'", "").isalpha())
        or t.lower_ in EN_ORGANIZATIONS
        for t in name
    ):
        return None
    return name


#: the quotation marks that may close a name in quotes before an opening's comma
_QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»", "„", "'", "’"])


def _closing_comma(comma: Any) -> Any:
    """The comma an opening "According to X," ends at, given the first after X: past a
    description of X set off by a pair of commas ("According to John Smith, a spokesman for the
    agency, the bridge …"; "According to Mary Jones, who inspected it, …"), the second."""
    if comma is None or comma.i + 1 >= len(comma.doc):
        return comma
    nxt = comma.doc[comma.i + 1]
    for d in (nxt, *nxt.ancestors):
        if d.i <= comma.i or d.left_edge.i != nxt.i:
            break
        if d.dep_ in ("appos", "relcl", "acl") and d.head.i < comma.i:
            close = d.right_edge.i + 1
            if close < len(comma.doc) and comma.doc[close].text == ",":
                return comma.doc[close]
            break
    return comma


#: the labels spaCy's small model gives transliterated names it has not seen besides ORG
_NOT_NAMES_OF_PEOPLE = frozenset(["FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"])


def _given_named(tokens: list[Any]) -> bool:
    """Whether an entity NER labelled an organisation is a person's name: two or three
    title-case words opening with a given name of the name dictionary, none a word of bodies,
    neither in quotation marks nor right after a body's noun ("the company Marina Trade")."""
    if not 2 <= len(tokens) <= 3 or not is_given_name(tokens[0].text):
        return False
    if any(
        not (t.is_title and t.text.replace("-", "").replace("'", "").isalpha())
        or t.lower_ in EN_ORGANIZATIONS
        or body_noun(t.lower_)
        for t in tokens
    ):
        return False
    doc = tokens[0].doc
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if before is not None and (before.text in '"“”«»„' or body_noun(before.lower_)):
        return False
    return not named_body(tokens[-1])


def _same_person_names(entities: list[Entity]) -> list[Entity]:
    """An organisation entity written exactly as the surname or full name of a person the
    article names ("Govender said" after "Gopaul Govender"): NER labels one name two ways on
    names it has seen little of; the person is meant."""
    people: dict[str, Entity] = {}
    # a given name alone ("Irina and Andrei Tkach"), when one person of the article has it
    first_names: dict[str, set[str]] = {}
    for e in entities:
        if e.label == "PER" and e.last and e.first:
            people.setdefault(e.last, e)
            people.setdefault(e.text, e)
            first_names.setdefault(e.first, set()).add(e.last)
    for first, lasts in first_names.items():
        if len(lasts) == 1 and is_given_name(first):
            people.setdefault(first, next(e for e in entities if e.first == first))
    out = []
    for e in entities:
        known = people.get(e.text) if e.label == "ORG" and not e.plural else None
        if known is not None:
            e = Entity(
                e.start, e.end, e.text, "PER", e.text,
                first=known.first if e.text in (known.text, known.first) else None,
                last=known.last, gender=known.gender, role=e.role,
                gender_guessed=known.gender_guessed,
            )  # fmt: skip
        out.append(e)
    return out


_DASHES = ("-", "–", "—", "--")
#: words no personal name contains (a title-case headline NER ran a name into)
_NOT_IN_NAMES = frozenset(
    [
        *("not", "have", "has", "had", "is", "are", "was", "were", "been", "would"),
        *("could", "should", "must", "says", "said", "tells", "told", "to", "the"),
        *("in", "on", "for", "with", "or", "but"),
    ]
)
#: reporting verbs NER may take into the name after them ("Continued Stone: …")
_VERBS_BEFORE_NAMES = frozenset(
    ["stated", "added", "continued", "noted", "asked", "said", "wrote", "explained"]
    + ["declared", "replied", "quipped", "tweeted", "concluded", "argued", "insisted"]
)
#: a possessive pronoun as a source, read as its subject form
#: norms that something is done "according to" ("according to the rules of the federation",
#: "according to the law", "according to the schedule"): what is followed, not what is said
_NORM_NOUNS = frozenset(
    ["rule", "law", "regulation", "schedule", "plan", "procedure", "standard", "requirement"]
    + ["norm", "protocol", "constitution", "code", "charter", "timetable", "tradition"]
)
#: what someone holds rather than who speaks: "according to his data" («по его данным»),
#: "according to the estimates of the ministry" («по оценкам министерства»)
_HELD_NOUNS = frozenset(
    [
        "data",
        "datum",
        "word",
        "words",
        "information",
        "estimate",
        "estimates",
        "calculation",
        "calculations",
        "opinion",
        "view",
        "assessment",
        "assessments",
        "figures",
        "count",
    ]
)


def _quoting_verb(saying: Any) -> Any | None:
    """The verb "quote" of "quotes him as saying", given its "saying", else ``None``."""
    if saying.dep_ != "pcomp" or saying.head.lower_ != "as" or saying.head.dep_ != "prep":
        return None
    verb = saying.head.head
    return verb if verb.lemma_.lower() == "quote" else None


def _quoted_as_saying(verb: Any) -> tuple[Any, Any] | None:
    """(who is quoted, the "saying" verb) of "quoted the minister as saying", else ``None``."""
    if verb.lemma_.lower() != "quote":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and obj is not None:
            saying = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if saying is not None and saying.lemma_.lower() in ("say", "tell", "write", "add"):
                return obj, saying
    return None


#: verbs whose object is whom they judge ("praised the director", "accused the mayor"): after
#: a comma at a sentence's end the object is not the speaker (:meth:`_Reader.inverted`)
JUDGED_OBJECT_VERBS = frozenset(
    ["praise", "criticize", "criticise", "accuse", "blame", "charge", "condemn", "congratulate"]
)

#: who may be quoted: a person's pronoun (not "it", "this": a document quoted is its issuer's)
_QUOTED_PRONOUNS = frozenset(["him", "her", "them"])


def _quoted_person(verb: Any) -> tuple[Any, Any] | None:
    """(who is quoted, the verb) of "the site quotes him that …", "quoted her: «…»", "quoted the
    director saying …": a verb of quoting reports the words of its object, not its subject's
    (the subject only passes them on, as with "quoted X as saying")."""
    if verb.lemma_.lower() != "quote":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lower_ in _QUOTED_PRONOUNS:
        return obj, verb
    person = obj.ent_type_ == "PERSON" or str(obj.lemma_).lower() in PERSON_NOUNS
    return (obj, verb) if person and obj.pos_ in ("NOUN", "PROPN") else None


def _holder(obj: Any) -> Any:
    """The one who holds the data, words or estimates ``obj`` names, else ``obj`` itself."""
    if obj.lower_ not in _HELD_NOUNS and str(obj.lemma_).lower() not in _HELD_NOUNS:
        return obj
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return held if held is not None else obj


_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "my": "i",
    "our": "we",
}


#: where a body publishes: "on the website of the Ministry", "in the Telegram channel of …"
#: where a body's words were published: "on the website of", "in the press release of"
_SITE_NOUNS = frozenset(
    ["website", "site", "page", "channel", "account", "portal", "release", "statement", "message"]
    # «говорится в постановлении Кабмина»: a body's document speaks for the body
    + ["resolution", "decree", "order", "document", "report", "letter", "appeal", "decision"]
)
_NOT_BODIES = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL"])


def _owner(source: SourceRef) -> SourceRef:
    """The owner without its possessive ending ("on the federation's website")."""
    for ending in ("'s", "’s"):
        if source.text.endswith(ending):
            source.end -= len(ending)
            source.text = source.text[: -len(ending)].rstrip()
            if source.normal and source.normal.endswith(ending):
                source.normal = source.normal[: -len(ending)].rstrip()
    return source


def _trailing_subject(verb: Any) -> Any | None:
    """ "…, 11 people were injured, including two children, the head of the regional
    administration Oleh Synehubov said.": the parser hangs the speaker on the clause before it
    (as an apposition); the noun phrase between the last comma and a sentence-final verb that
    ends in a person's name is its subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or doc[verb.i - 1].ent_type_ != "PERSON":
        return None
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    comma = next((t.i for t in reversed(doc[: verb.i]) if t.text == ","), None)
    if comma is None or not any(c.dep_ == "ccomp" and c.i < comma for c in verb.children):
        return None
    top = doc[verb.i - 1]
    while comma < top.head.i < verb.i and top.head is not top:
        top = top.head
    return top if top.i > comma and top.pos_ in ("NOUN", "PROPN") else None


#: the possessives that open a description through its owner ("Her son", "his lawyer")
_OWNER_POSSESSIVES = frozenset(["her", "his", "their"])

#: how many words of an office may stand between an inverted verb and the name it ends in
_INVERTED_OFFICE_WORDS = 5


def _inverted_name(verb: Any) -> Any | None:
    """'"Our engineers will work through the night," said operations director Lorna Keyes.':
    a speech verb right after a quote or a comma, with no subject, followed to the sentence's
    end by words of an office and a person's name, is said by that person.  The parser reads a
    role of several words as a clause of its own ("director" a verb with the name its object),
    so the name is not the verb's subject; with one word of office it is."""
    doc = verb.doc
    if _lemma(verb) not in SPEECH_VERBS or verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    end = next((t.i for t in doc[verb.i + 1 :] if t.is_sent_start), len(doc))
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end <= verb.i + 2 or doc[end - 1].ent_type_ != "PERSON":
        return None
    start = end - 1
    while start > verb.i + 1 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    office = doc[verb.i + 1 : start]
    if not 0 < len(office) <= _INVERTED_OFFICE_WORDS:
        return None  # no office: the parse reads "said Lorna Keyes" itself
    if any(
        t.is_punct or t.pos_ in ("ADP", "PRON", "AUX", "PART", "SCONJ", "CCONJ") for t in office
    ):
        return None  # "said on Monday to Lorna Keyes", "said that …": not an office before a name
    return doc[end - 1]


#: verbs of saying whose object is who hears the words, not what is said
_HEARER_VERBS = frozenset(["tell", "inform", "assure", "remind", "brief", "notify"])


def _as_opening(verb: Any) -> tuple[Any, Any] | None:
    """The "as" that opens ``verb``'s clause and the verb of the clause it hangs on: its mark
    ("As the press service reported, …"), or the sentence's first word when the parser read
    "As the deputy from the faction X wrote in his channel, …" as a preposition whose noun the
    verb is a relative clause of (the verb having a subject of its own, not "who")."""
    if verb.dep_ == "advcl":
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return verb, verb.head
        return None
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in verb.children
    ):
        return None
    for up in verb.ancestors:
        if up.lower_ == "as" and up.dep_ == "prep" and up.i == up.sent.start:
            main = up.head
            return (
                (up, main) if main.i > verb.right_edge.i and main.pos_ in ("VERB", "AUX") else None
            )
    return None


def _name_after_clause(root: Any) -> Any | None:
    """The head of a person's name that closes ``root``'s noun phrase after its relative clause,
    set off by a comma: "The deputy mayor who replaced Ivo Kaas, Marta Lepp, said" (Lepp).  The
    parser hangs that name on the root or on the clause's last name; either way it is the
    root's, since a name set beside another name is another person.  None when there is no
    relative clause or no such name."""
    clause = next((c for c in root.rights if c.dep_ == "relcl"), None)
    if clause is None or root.ent_type_ == "PERSON":
        return None
    edge = root.right_edge
    while edge.is_punct and edge.i > clause.i:
        edge = edge.nbor(-1)
    if edge.ent_type_ != "PERSON" or edge.dep_ != "appos":
        return None
    if edge.head.i != root.i and edge.head.ent_type_ != "PERSON":
        return None  # "…, a former ally": an apposition to the clause's own words
    first = edge
    while first.ent_iob_ != "B" and first.i > clause.i:
        first = first.nbor(-1)
    return edge if first.i > 0 and first.nbor(-1).text == "," else None


#: a name set off at the end of a person's description is that person's own, though the parse
#: hangs it on the noun after the preposition ("An aide to the former senator, Paul Reyes,
#: said": Reyes is the aide; thirty-eighth session)
NAME_CLOSING_DESCRIPTION = True


def _name_closing_description(root: Any) -> Any | None:
    """The head of a person's name that closes ``root``'s noun phrase, set off by a comma, when
    ``root`` is a common noun for a person with a prepositional dependent ("An aide to the
    former senator, Paul Reyes, said", "The head of the department of culture, Lars Bech
    Mikkelsen, said").  The parser hangs the name on the preposition's noun; a news sentence
    that gave the senator's name would write "former Senator Paul Reyes", and a name the
    writer sets off after the whole description is the described one's.  None otherwise (the
    name right after the owner's title, "The wife of footballer Tom Baker", is the owner's:
    :mod:`.owners_en`)."""
    from .person_nouns_data import PERSON_NOUNS

    if not NAME_CLOSING_DESCRIPTION or root.ent_type_ or root.pos_ != "NOUN":
        return None
    if root.lemma_.lower() not in PERSON_NOUNS:
        return None
    if not any(c.dep_ == "prep" and c.i > root.i for c in root.children):
        return None
    edge = root.right_edge
    while edge.is_punct and edge.i > root.i:
        edge = edge.nbor(-1)
    if edge.ent_type_ != "PERSON" or edge.dep_ != "appos" or edge.head.i <= root.i:
        return None
    if edge.head.ent_type_ or edge.head.pos_ != "NOUN":
        # "A spokesman for Defence Secretary Ben Wallace, Tom Hardy": owners_en; "The wife of
        # the defender of the club Mehdi Haddouchi, Sarah Lambotte": a name after a name
        return None
    first = edge
    while first.ent_iob_ != "B" and first.i > root.i:
        first = first.nbor(-1)
    if first.i <= root.i + 2 or first.nbor(-1).text != ",":
        return None
    after = edge.nbor(1) if edge.i + 1 < len(edge.doc) else None
    if after is not None and after.text not in (",", "—", "–") and not after.is_sent_end:
        return None  # the name does not close the description
    return edge


def _according_apposition(verb: Any) -> Any | None:
    """ "According to the portal X, the deputy minister Y said that …": the parser may take the
    noun phrase after the comma for an apposition of X and leave the verb without a subject;
    the phrase that runs up to the verb is its subject (the outlet passes on Y's words)."""
    doc = verb.doc
    for prep in verb.children:
        if prep.lower_ != "according" or prep.i > verb.i:
            continue
        to = next((c for c in prep.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if obj is None:
            continue
        for appos in obj.children:
            if appos.dep_ != "appos" or appos.pos_ not in ("NOUN", "PROPN"):
                continue
            between = doc[
                obj.right_edge.i + 1
                if obj.right_edge.i < appos.i
                else obj.i + 1 : appos.left_edge.i
            ]
            if not any(t.text == "," for t in between):
                continue  # "the portal AgroPolis" itself, not a new phrase after a comma
            gap = doc[appos.right_edge.i + 1 : verb.i]
            if all(t.pos_ == "ADV" for t in gap):
                return appos
    return None


#: a share of people as the subject ("About 61% of owners", "Nearly half of the drivers"):
#: the share, then "of" and the people, up to the cue
_SHARE = re.compile(
    r"(?i)(?:(?:about|nearly|almost|over|more than|less than|some|around|roughly|just)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s?cent\b)|half|a third|a quarter|two thirds|three quarters"
    r"|the majority|a majority)"
)
_OF_PEOPLE = re.compile(r"\s+of\s+[^,;:.!?\"“”()]{1,60}?\s*")


def _share_of_people(text: str, source: SourceRef, cue_start: int) -> None:
    """ "About 61% of owners said": the parser may make the share alone the subject ("61%", a
    body of that name, two different shares one speaker); the source is the share of those
    people, a group (a collective, not an organisation)."""
    share = _SHARE.match(text, source.start, source.end)
    if share is None:
        return
    if share.end() == source.end:  # the share alone: "of" and the people follow, up to the cue
        if _OF_PEOPLE.fullmatch(text, source.end, cue_start) is None:
            return
        end = cue_start
        while end > source.end and text[end - 1].isspace():
            end -= 1
        source.end = end
    elif not re.match(r"\s+of\s", text[share.end() : source.end]):
        return  # "Half the staff", "50% cheaper": no share of people named
    source.text = text[source.start : source.end]
    source.kind = "collective"
    source.plural = True
    source.entities = []


def _after_dateline(subj: Any, verb: Any) -> Any:
    """ "PARIS (AFP) - Marie Duval said": the parser may take the dateline for the
    subject; the subject is what stands between the dateline's dash and the verb."""
    doc = subj.doc
    start = subj.sent.start
    for dash in doc[subj.i + 1 : verb.i]:
        if dash.text in _DASHES and dash.i - start <= 12 and doc[dash.i - 1].text == ")":
            if dash.i + 1 >= verb.i:
                return subj
            head = doc[dash.i + 1 : verb.i].root
            return head if head.pos_ in ("NOUN", "PROPN", "PRON") else subj
    return subj


def _is_title(words: str) -> bool:
    """ "Meet the Press", "Fareed Zakaria GPS": a quoted name, not a quotation."""
    ws = [w for w in words.strip(" ,.").split() if w[:1].isalpha()]
    small = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with"}
    return bool(ws) and all(w[0].isupper() or w in small for w in ws) and len(ws) <= 6
