"""Names glued to the office before them: "Speaker of the Verkhovna Rada Ruslan Stefanchuk".

Translated news (Russian and Ukrainian word order, «Президент Украины Владимир Зеленский»)
puts a person's name right after the place or body of their office, with no comma:
"President of Ukraine Volodymyr Zelensky", "the deputy of the Verkhovna Rada Artem Dmytruk".
spaCy's small English model then reads one long proper name ("Ukraine Volodymyr Zelensky" as an
organisation, "Rada" as a person, "Dmytruk" alone with "Verkhovna Rada Artem" as his role) or
none at all.  A run of three or more capitalised words after "of" is an office's place and then
a name: the name is the run's last two words (three with a patronymic, or when the third from
the end is a given name that NER does not part from the last two), and the entities are set
again so that the rest of the reader sees one person.
"""

from __future__ import annotations

import re
from typing import Any

from .bodies_en import body_noun
from .given_names import given_name_gender, is_given_name
from .names import HONORIFICS, TITLES
from .person_nouns_data import PERSON_NOUNS
from .roles import EN_PERSON_NOUNS, ROLE_SYNONYMS

_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]*\.?$|^[A-Z]\.$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna|yevich|yevna)$"
)  # -ovych, -ivna: Ukrainian
#: words that end the name of a body, never a person's name
_BODY_WORDS = frozenset(
    [
        "rada",
        "duma",
        "council",
        "committee",
        "ministry",
        "parliament",
        "assembly",
        "party",
        "front",
        "platform",
        "union",
        "congress",
        "senate",
        "court",
        "office",
        "service",
        "forces",
        "army",
        "navy",
        "group",
        "bank",
        "agency",
        "administration",
        "government",
        "republic",
        "federation",
        "region",
        "oblast",
        "kingdom",
        "state",
        "states",
        "city",
    ]
)


#: lower-case nouns of office or occupation written right before a name ("ambassador-at-large
#: Rodion Miroshnik", "deputy Anna Skorokhod", "activist Maria K.")
ROLE_NOUNS = (
    TITLES
    | EN_PERSON_NOUNS
    | frozenset(ROLE_SYNONYMS)
    | frozenset(ROLE_SYNONYMS.values())
    | frozenset(
        [
            "deputy",
            "spokesman",
            "ombudsman",
            "blogger",
            "pensioner",
            "leader",
            "head",
            "chairman",
            "chairwoman",
            "commander",
            "speaker",
            "official",
            "representative",
            "director",
            "chief",
            "adviser",
            "advisor",
            "aide",
            "envoy",
            "diplomat",
            "journalist",
            "correspondent",
            "lawyer",
            "officer",
            "colonel",
            "soldier",
            "resident",
            "witness",
            "member",
            "politician",
            "minister",
            "president",
            "secretary",
            "senator",
            "congressman",
            "governor",
            "mayor",
        ]
    )
)


def split_name_runs(doc: Any) -> None:
    """Set ``doc.ents`` so that a name after "<office> of <place>" or right after a lower-case
    office ("ambassador-at-large Rodion Miroshnik") is one PERSON entity, and a name used as a
    modifier of an office ("Rada deputy Anna S.", "Trump aide Hope Hicks") is not a person."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    # the words NER read as part of a person before any run below was cut ("Lin Wen-hsiung":
    # a run of capitalised words stops at the hyphen, NER does not)
    ner_person = {t.i for e in ents if e.label_ == "PERSON" for t in e}
    changed = False
    # each token read once (a token is a new object at every ``doc[i]``; what makes it name-like,
    # its text and part of speech, does not change below)
    toks = list(doc)
    name_like = [_name_like(t) for t in toks]
    n = len(toks)
    i = 0
    while i < n:
        j = i
        while j < n and name_like[j]:
            j += 1
        applied = False
        after_of = j - i >= 3 and i > 0 and _after_office(doc, i)
        if after_of:
            size = 3 if _PATRONYMIC.search(doc[j - 2].text) or _three_names(doc, i, j) else 2
            start = j - size
            words = [t.lower_.rstrip(".") for t in doc[start:j]]
            of = i - 2 if doc[i - 1].lower_ == "the" else i - 1
            # "University of …" is one name; "the Committee on Defense Viktor Bondarev" read
            # as one organisation is a body and a person
            glued = doc[of].lower_ in ("on", "for")
            covering = [
                e for e in ents if e.start < of and e.end > i and not (glued and e.end == j)
            ]
            dated = any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:j])
            # "founder of Apex Financial Services": a run NER reads whole as an organisation
            # ends in a person only where that person's name starts with a given name
            body = any(e.label_ == "ORG" and e.start <= i and e.end >= j for e in ents)
            person_like = not body or is_given_name(doc[start].text)
            if (
                person_like
                and not covering
                and not dated
                and not set(words) & (_BODY_WORDS | TITLES)
            ):
                ents = [e for e in ents if e.end <= i or e.start >= j]
                if start > i:
                    place = {t.lower_ for t in doc[i:start]}
                    ents.append(Span(doc, i, start, label="ORG" if place & _BODY_WORDS else "GPE"))
                ents.append(Span(doc, start, j, label="PERSON"))
                doc.user_data.setdefault("office_of", {})[start] = _office(doc, start)
                changed = applied = True
        # "DTEK Dmytro Sakharuk": a name right after an acronym (the run starts at the name)
        glued = j - i == 2 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].text.isupper()
        long_run = j - i >= 3 or (glued and len(doc[i - 1].text) >= 2)
        if not applied and long_run and (named := _given_name_at(doc, i, j, glued)) is not None:
            # a run the rule above left alone, or one after no "of" ("… for Human Rights
            # Tatyana Moskalkova"): the name starts at its given name
            ents, did = _glued_name(doc, ents, named, j)
            changed = changed or did
        elif not after_of and 2 <= j - i <= 3 and i > 1 and doc[i - 1].text in ('"', "”", "»"):
            # 'the party "Revival" Vasile Tarlev': a name after a quoted name of a body
            if not _body_like(doc[i:j]) and not any(
                t.ent_type_ in ("DATE", "TIME") for t in doc[i:j]
            ):
                ents = [e for e in ents if e.end <= i or e.start >= j]
                ents.append(Span(doc, i, j, label="PERSON"))
                doc.user_data.setdefault("office_of", {})[i] = _office(doc, i)
                changed = True
        elif not after_of and _after_office_place(doc, i, j, ents):
            # "The akim of the Sairam district Nurlan Zhaksylykov": a given name and surname
            # right after the lower-case noun that ends an office's place
            ents = [e for e in ents if e.end <= i or e.start >= j]
            ents.append(Span(doc, i, j, label="PERSON"))
            doc.user_data.setdefault("office_of", {})[i] = _office(doc, i)
            changed = True
        elif not after_of and j - i >= 2 and i > 0 and _after_role_noun(doc[i - 1]):
            label = {e.label_ for e in ents if e.start < j and e.end > i}
            inside = all(e.start >= i and e.end <= j for e in ents if e.start < j and e.end > i)
            if label != {"PERSON"} and inside and not _body_like(doc[i:j]):
                ents = [e for e in ents if e.end <= i or e.start >= j]
                ents.append(Span(doc, i, j, label="PERSON"))
                changed = True
        elif not applied and 2 <= j - i <= 3 and _untagged_name(doc, i, j, ents):
            # "MPs Ihor Shevchuk and …": a given name from the name dictionary and a surname
            # that NER tagged as nothing (it knows few transliterated names)
            ents.append(Span(doc, i, j, label="PERSON"))
            changed = True
        i = max(j, i + 1)
    # "a serviceman from the Kharkiv region, Igor P.": a given name and a surname's initial
    # (news withholding a soldier's or a witness's surname) that NER left untagged
    for k in range(n - 1):
        first, initial = toks[k], toks[k + 1]
        if (
            _INITIAL.match(initial.text)
            and first.text[:1].isupper()
            and not first.ent_type_
            and not initial.ent_type_
            and is_given_name(first.text)
            and not any(e.start <= k + 1 and e.end > k for e in ents)
        ):
            ents.append(Span(doc, k, k + 2, label="PERSON"))
            changed = True
    # "Later Oleg Syniehubov added": an adverb opening the sentence glued to a name; what is
    # left is a person when someone of that surname is named elsewhere
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    for k, e in enumerate(ents):
        if len(e) < 3 or not e[0].is_sent_start:
            continue
        if e[0].pos_ not in ("ADV", "SCONJ", "CCONJ", "INTJ", "ADP"):
            continue
        rest = doc[e.start + 1 : e.end]
        person = all(map(_name_like, rest)) and rest[-1].lower_ in surnames
        ents[k] = Span(doc, e.start + 1, e.end, label="PERSON" if person else e.label_)
        changed = True
    # "Maria Lvova-Belova": a double-barrelled surname NER cut at its hyphen (spaCy splits the
    # word there); the capitalised word glued on after the hyphen belongs to the name
    # so is a lower-case syllable NER read as part of the name ("Lin Wen-hsiung")
    tails = {
        e.end
        for e in ents
        if e.label_ == "PERSON"
        and (
            _hyphen_tail(doc, e.end)
            or (
                HYPHEN_SYLLABLE and _hyphen_tail(doc, e.end, lower=True) and e.end + 1 in ner_person
            )
        )
    }
    if tails:
        ents = [
            Span(doc, e.start, e.end + 2, label="PERSON") if e.end in tails else e
            for e in ents
            if e.start - 1 not in tails
        ]
        changed = True
    if GIVEN_NAMES_BEFORE:
        ents, did = _given_names_before(doc, ents)
        changed = changed or did
    # "Rada deputy", "Kremlin spokesman": a name right before a lower-case office modifies it
    kept = [e for e in ents if not _modifier(doc, e)]
    if len(kept) != len(ents):
        ents, changed = kept, True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


#: a person's given names that NER left in the body or place before the name, or untagged, stay
#: in the name ("… of the National University of Piura Rosa Elena Cornejo Távara": NER reads
#: "… Piura Rosa Elena" as the university and the person as "Cornejo Távara"); and a person NER
#: cut in two ("Emmanuel Nii" "Ayitey Tetteh") is one (thirty-eighth session)
GIVEN_NAMES_BEFORE = True
#: and the untagged last words of a name NER ended early ("Alhaji Musa Dantata Bello") stay in it
#: (off: on PolNeAR's training half it also made "Trump Tower Commercial" of title-case lines)
NAME_TAIL = False
#: at most this many given names are taken back, and a name is at most this many words long
_MAX_GIVEN = 2
_MAX_NAME = 5


def _given_names_before(doc: Any, ents: list[Any]) -> tuple[list[Any], bool]:
    """Each PERSON entity grown to the left over the given names written right before it
    (capitalised words of the name dictionary, no punctuation between) where they are untagged
    or the last words of a longer entity (which keeps its first words), never a whole entity of
    their own ("the mayor of Paris Anne Hidalgo": "Paris" is the city, and NER says so); then
    two PERSON entities that touch, the second not starting with a given name, are one."""
    from spacy.tokens import Span

    ents = sorted(ents, key=lambda e: e.start)
    changed = False
    for n_e, e in enumerate(ents):
        if e.label_ != "PERSON" or _headline(e[0]):
            continue
        start = e.start
        glued = False
        before = ents[n_e - 1] if n_e > 0 else None
        while start > 0 and e.start - start < _MAX_GIVEN and e.end - start < _MAX_NAME:
            tok = doc[start - 1]
            if tok.whitespace_ == "" or not _name_like(tok) or not is_given_name(tok.text):
                break
            word = tok.lower_.rstrip(".")
            if word in _BODY_WORDS or word in ROLE_NOUNS or word in TITLES or word in HONORIFICS:
                break  # "Sen. Bernie Sanders": a title, not a given name ("Sen" is one too)
            if tok.text.endswith(".") or tok.ent_type_ in ("DATE", "TIME") or tok.is_sent_start:
                break
            if word in PERSON_NOUNS:
                break  # "Pastor Bradley Cranston": a common noun for a person ("Pastor" is a name)
            inside = before is not None and before.start <= start - 1 < before.end
            if (
                before is not None
                and inside
                and (start - 1 - before.start < 2 or before.label_ != "ORG")
            ):
                # a place, or a body of one or two words, keeps its words ("the mayor of La
                # Paz Rodrigo Ayala": "Paz" is a given name too); another person keeps hers
                break
            start -= 1
            glued = glued or inside
        if not glued:
            # only given names NER ran into the body or place before the person are taken back
            # (the translated order, "… of Piura Rosa Elena Cornejo Távara"); an untagged word
            # before a person in English news is as often a title or a word of a headline
            start = e.start
        end = e.end
        after = ents[n_e + 1].start if n_e + 1 < len(ents) else len(doc)
        while NAME_TAIL and end < after and end - start < _MAX_NAME and doc[end - 1].whitespace_:
            # "Alhaji Musa Dantata Bello": NER ends the person before the last untagged words
            tok = doc[end]
            if not _name_like(tok) or tok.pos_ != "PROPN" or tok.ent_type_:
                break
            if tok.lower_ in _BODY_WORDS or tok.lower_ in ROLE_NOUNS or tok.lower_ in TITLES:
                break
            end += 1
        if end < len(doc) and end > e.end and _name_like(doc[end]):
            end = e.end  # the words run on into a longer run of capitals: not clear
        if start == e.start and end == e.end:
            continue
        if before is not None and before.end > start:
            ents[n_e - 1] = Span(doc, before.start, start, label=before.label_)
        ents[n_e] = Span(doc, start, end, label="PERSON")
        changed = True
    merged: list[Any] = []
    for e in ents:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label_ == e.label_ == "PERSON"
            and prev.end == e.start
            and is_given_name(prev[0].text)
            and not is_given_name(e[0].text)
            and len(prev) + len(e) <= _MAX_NAME
            and not _headline(e[0])
            and not (e.end < len(doc) and _name_like(doc[e.end]))
        ):
            merged[-1] = Span(doc, prev.start, e.end, label="PERSON")
            changed = True
            continue
        merged.append(e)
    return merged, changed


def _headline(tok: Any) -> bool:
    """Whether ``tok`` stands in a line written in title case ("Ted Cruz Hints Trump Would Get
    Border Wall Contract"), where a capitalised word says nothing of a name: half or more of its
    words of three letters or more are capitalised, and it has at least four."""
    words = [t for t in tok.sent if t.is_alpha and len(t) >= 3]
    return len(words) >= 4 and 2 * sum(t.text[:1].isupper() for t in words) >= len(words)


def _three_names(doc: Any, i: int, j: int, after_of: bool = True) -> bool:
    """Whether the run ``doc[i:j]`` after an office's "of" ends in a name of three words, a
    given name and two surnames or names ("… of La Paz Rodrigo Ayala Quisbert", "… of the
    Punjab Asim Raza Bhatti"): the third word from the end is a given name, a word of the place
    stands before it, and NER does not end a place or a body right before the last two words
    ("… of South Carolina Lindsey Graham", "… of San Jose Matt Mahan": the place's last word
    is a given name too); not after a title ("Ms Nguyễn Thị Hồng Nhung") nor, in a run after no
    "of", after another given name."""
    if j - 3 <= i or not is_given_name(doc[j - 3].text):
        return False
    if doc[j - 3].lower_ in _BODY_WORDS or doc[j - 3].lower_ in ROLE_NOUNS:
        return False  # "… of the Verkhovna Rada Artem Dmytruk": "Rada" is a given name too
    if any(t.lower_.rstrip(".") in HONORIFICS or t.lower_ in TITLES for t in doc[i : j - 4]):
        return False  # "Ms Nguyễn Thị Hồng Nhung": a name of four words after a title
    titled = doc[j - 4].lower_.rstrip(".") in HONORIFICS or doc[j - 4].lower_ in TITLES
    if not after_of and not titled and is_given_name(doc[j - 4].text):
        return False  # a run after no "of": where the name starts is not clear
    return not any(
        (e.start < j - 2 and e.end == j - 2) or (e.start == j - 2 and e.label_ == "PERSON")
        for e in doc.ents
    )


def _hyphen_tail(doc: Any, end: int, *, lower: bool = False) -> bool:
    """Whether ``doc[end:end + 2]`` is "-Word" (with ``lower``, "-word") written without
    spaces right after a name."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return False
    tail = doc[end + 1]
    return not doc[end].whitespace_ and tail.is_alpha and (lower or tail.text[:1].isupper())


#: a romanised given name's second syllable after a hyphen ("Lin Wen-hsiung") stays in the name
#: where NER read it so, though a run of capitalised words cut it (thirty-seventh session)
HYPHEN_SYLLABLE = True


#: last words that make "Given Word" a place or a thing named after someone ("Maria Street",
#: "Taras Square"), not a given name and a surname
NAMED_AFTER = frozenset(
    ["street", "avenue", "square", "station", "bridge", "river", "lake", "airport", "stadium",
     "park", "prize", "award", "fund", "center", "centre", "museum", "theatre", "theater", "hall",
     "island", "bay", "cathedral", "monastery", "lane", "boulevard", "embankment", "district",
     "hospital", "school", "university", "church", "foundation", "institute"]
)  # fmt: skip


def _untagged_name(doc: Any, i: int, j: int, ents: list[Any]) -> bool:
    """Whether ``doc[i:j]`` is a given name then a surname (a patronymic between) that no
    entity covers: the given name from the dictionary, the rest no given name, no office, no
    body and no place named after someone."""
    if any(e.start < j and e.end > i for e in ents):
        return False
    if not is_given_name(doc[i].text) or any(is_given_name(t.text) for t in doc[i + 1 : j]):
        return False
    if j - i == 3 and not _PATRONYMIC.search(doc[i + 1].text):
        return False
    last = doc[j - 1].lower_.rstrip(".")
    if len(last) < 3 or not doc[j - 1].is_alpha or doc[j - 1].is_upper:
        return False  # an initial or an acronym: left to the rules for those
    return not (last in _BODY_WORDS or last in TITLES or last in ROLE_NOUNS or last in NAMED_AFTER)


def _given_name_at(doc: Any, i: int, j: int, glued: bool = False) -> int | None:
    """Where the name starts in a run of capitalised words ``doc[i:j]`` that ends in a given
    name and a surname ("Human Rights Tatyana Moskalkova", "Child Rehabilitation Daria
    Herasymchuk", with a patronymic "… Sergei Viktorovich Ivanov"), or ``None``."""
    three = _three_names(doc, i, j, after_of=False)
    size = 3 if _PATRONYMIC.search(doc[j - 2].text) or three else 2
    start = j - size
    if start < i or (start == i and not glued):
        return None
    last = doc[j - 1].lower_.rstrip(".")
    if last in _BODY_WORDS or last in TITLES or last in ROLE_NOUNS or len(last) < 2:
        return None
    if body_noun(last):
        return None  # "the American Heart Association": a body's name ends in a body's noun
    if not is_given_name(doc[start].text) or (start > i and is_given_name(doc[start - 1].text)):
        return None  # "… Anna Maria Rossi": where the name starts is not clear
    if last in ("jr", "sr", "ii", "iii", "iv") or (start > i and len(doc[start - 1].text) <= 2):
        return None  # "Morris J. Brooks Jr.": an initial or a suffix, one name already
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:j]):
        return None
    return start


def _glued_name(doc: Any, ents: list[Any], start: int, j: int) -> tuple[list[Any], bool]:
    """``doc[start:j]`` as one PERSON; an entity that ran into it from the office before keeps
    the office's part ("the Coordination Headquarters … of War" stays an organisation)."""
    from spacy.tokens import Span

    if any(e.start == start and e.end == j and e.label_ == "PERSON" for e in ents):
        return ents, False
    out = []
    for e in ents:
        if e.end <= start or e.start >= j:
            out.append(e)
            continue
        head = [t.lower_.rstrip(".") for t in doc[e.start : start]]
        if e.label_ == "PERSON" and head and all(w in TITLES or w in HONORIFICS for w in head):
            return ents, False  # "President Vladimir Putin": a title, already one person
        # "Campaigner Rob Ashworth": a noun for a person that NER ran into the name is its
        # office (WordNet's person nouns), not a one-word person of its own
        if e.start < start and not all(
            w in TITLES or w in ROLE_NOUNS or w in PERSON_NOUNS for w in head
        ):
            out.append(Span(doc, e.start, start, label=e.label_))
    out.append(Span(doc, start, j, label="PERSON"))
    doc.user_data.setdefault("office_of", {})[start] = _office(doc, start)
    return out, True


def office_of(doc: Any, first: Any) -> str | None:
    """The office written before a name the splitter found ("Speaker of the Verkhovna Rada")."""
    offices: dict[int, str] = doc.user_data.get("office_of", {})
    return offices.get(first.i)


def office_noun(word: str) -> bool:
    """Whether ``word`` can head an office written before a name: a noun of office, or any
    noun whose commonest sense is a person ("the chemist of the state laboratory Elona K.",
    "the head ranger of the park Einar T."), or a scientist's "-ologist" WordNet lacks
    ("glaciologist")."""
    word = word.lower().split("-")[0]
    return word in ROLE_NOUNS or word in PERSON_NOUNS or word.endswith("ologist")


def _office(doc: Any, start: int) -> str | None:
    """The words from the office noun to the name: "President of Ukraine", "deputy of the
    Verkhovna Rada" (a determiner before the office is left out)."""
    i = start
    while i > 0 and (
        doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PART")
        or doc[i - 1].lower_ in ("of", "the", "-")
        # "chairman of the Committee on Defense": a body named with a preposition
        # "Commissioner for Human Rights": an office named with a preposition
        or (
            i > 1
            and doc[i - 1].lower_ in ("on", "for")
            and (doc[i - 2].lower_ in _BODY_WORDS or doc[i - 2].lower_ in ROLE_NOUNS)
        )
        # "ambassador-at-large", "Russia's": words glued together
        or (
            i > 1
            and doc[i - 1].text not in (",", ";", ":", "(", ")")
            and (doc[i - 2].whitespace_ == "" or doc[i - 1].whitespace_ == "")
        )
        # "the Committee on National Security, Defense and Intelligence": a body named with a
        # preposition and a list of capitalised fields
        or _in_listed_body_name(doc, i)
    ):
        i -= 1
        if doc[i].sent.start == doc[i].i:
            break
    while i < start and doc[i].lower_ in ("the", "of", "-", '"', "”", "“"):
        i += 1
    if i >= start:
        return None
    office = str(doc[i:start].text).strip(' "”“')
    # "the resignation of Energy Minister X": the office starts at a noun of office
    parts = office.split(" of ")
    while len(parts) > 1 and not office_noun(parts[0].split()[-1]):
        parts = parts[1:]
    tail = parts[-1].split()
    if len(parts) > 1 and len(tail) == 1 and tail[0].islower() and office_noun(tail[0]):
        # "the widow of firefighter Mark D.": the name's own title (a bare noun, no article)
        # stands right before it; the words before its "of" are someone else's relation to
        # them ("the lawyer of the politician Natalia B." is the lawyer: translated news)
        parts = parts[-1:]
    return " of ".join(parts) or None


def _after_office_place(doc: Any, i: int, j: int, ents: list[Any]) -> bool:
    """Whether ``doc[i:j]`` is a name (two or three capitalised words opening with a given
    name, not yet a person) after a lower-case noun closing an office written before it
    ("the head of the Sairam district …", "the chairman of the regional council …")."""
    if not 2 <= j - i <= 3 or i < 3:
        return False
    prev = doc[i - 1]
    if prev.pos_ != "NOUN" or not prev.text.islower() or prev.lower_ in ROLE_NOUNS:
        return False  # after a role noun the rule of :func:`_after_role_noun` decides
    if not is_given_name(doc[i].text) or _body_like(doc[i:j]):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[i:j]):
        return False
    if any(e.label_ == "PERSON" and e.start == i and e.end == j for e in ents):
        return False
    office = _office(doc, i)
    return office is not None and office.split()[0].lower().split("-")[0] in ROLE_NOUNS


def _in_listed_body_name(doc: Any, i: int) -> bool:
    """Whether ``doc[i - 1]`` is a comma or "and" between capitalised words that go back to
    "<body> on|for" ("Committee on National Security, Defense and Intelligence")."""
    if i < 3 or doc[i - 1].lower_ not in (",", "and") or not doc[i].text[:1].isupper():
        return False
    k = i - 2
    while k > 0 and (doc[k].text[:1].isupper() or doc[k].lower_ in (",", "and")):
        k -= 1
    return (
        k > 0
        and k < i - 2
        and doc[k].lower_ in ("on", "for")
        and doc[k - 1].lower_ in _BODY_WORDS
        and doc[k - 1].text[:1].isupper()
    )


def _after_role_noun(tok: Any) -> bool:
    doc = tok.doc
    # "ambassador-at-large", "commander-in-chief": spaCy splits at the hyphens
    while tok.i >= 2 and doc[tok.i - 1].text == "-" and tok.text.islower():
        tok = doc[tok.i - 2]
    word = tok.lower_.split("-")[0]
    return bool(tok.text[:1].islower() and tok.pos_ in ("NOUN", "ADJ") and word in ROLE_NOUNS)


def office_before(doc: Any, first: Any) -> str | None:
    """ "The governor of the Belgorod region Vyacheslav Gladkov": the office written right
    before a name without a comma, when it holds a noun of office."""
    if first.i == 0 or doc[first.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    office = _office(doc, first.i)
    # a noun of rank anywhere in it, or any noun for a person heading it (the word before its
    # first "of": "chemist of the state laboratory"; not "Veteran 20-year state")
    if office and (
        any(w.lower().split("-")[0] in ROLE_NOUNS for w in office.split())
        or office_noun(office.split(" of ")[0].split()[-1])
    ):
        return office
    return None


def _body_like(span: Any) -> bool:
    return any(t.lower_ in _BODY_WORDS for t in span)


def _modifier(doc: Any, e: Any) -> bool:
    if e.label_ != "PERSON" or e.end >= len(doc):
        return False
    nxt = doc[e.end]
    if nxt.lower_ not in ROLE_NOUNS or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Rada deputy", "Kremlin spokesman"; "Moldovan President Maia Sandu"
    return bool(nxt.text[:1].islower() or len(e) == 1)


def _name_like(tok: Any) -> bool:
    return _name_word(tok.text) and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _name_word(text: str) -> bool:
    """A capitalised word (any script's letters: "Muižnieks", "Ruginienė"), or an initial."""
    if _NAME_WORD.match(text):
        return True
    word = text.removesuffix(".")
    rest = word[1:].replace("'", "").replace("’", "").replace("-", "")
    return bool(word) and word[0].isupper() and (not rest or (rest.isalpha() and rest.islower()))


def _after_office(doc: Any, i: int) -> bool:
    """The run follows "of" or "of the" ("President of Ukraine …"), or "on"/"for" after the
    name of a body ("the Committee on Defense Viktor Bondarev")."""
    prev = doc[i - 1]
    if prev.lower_ == "the" and i > 1:
        prev = doc[i - 2]
    if prev.lower_ in ("on", "for") and prev.i > 0:
        return doc[prev.i - 1].lower_ in _BODY_WORDS
    return bool(prev.lower_ == "of")


#: first names ending in "a" that are men's (Slavic diminutives and a few others)
_MALE_IN_A = frozenset(
    [
        "nikita",
        "ilya",
        "kuzma",
        "foma",
        "luka",
        "luca",
        "andrea",
        "joshua",
        "jonah",
        "noah",
        "ezra",
        "elijah",
        "isaiah",
        "zachariah",
        "micah",
        "mustafa",
        "musa",
        "isa",
        "yahya",
        "akira",
        "sasha",
        "misha",
        "grisha",
        "pasha",
        "kostya",
        "vanya",
        "tolya",
        "dima",
        "vova",
        "volodya",
        "seryozha",
        "zhenya",
        "valera",
        "borya",
        "lyosha",
        "slava",
        "garcia",
    ]
)


def first_name_gender(first: str) -> str | None:
    """ "f" for a first name ending in -a/-ia/-ya (Maria, Anna, Evghenia, Valentina) — the
    feminine ending of Slavic, Romance and many other names — unless it is a known man's name;
    otherwise unknown.  Only a fallback where the article states no title or pronoun."""
    word = first.lower().strip(".")
    known = given_name_gender(first.strip("."))
    if known is not None:
        return known  # the name dictionary, where it gives the name one gender
    if len(word) > 2 and word.endswith("a") and word not in _MALE_IN_A:
        return "f"
    return None
