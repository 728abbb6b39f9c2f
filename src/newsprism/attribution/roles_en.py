"""The role or affiliation an English article states next to a person's name.

Read off spaCy's dependency parse around the name:

* words before it that hang on it: "veteran Republican strategist Dana Whitlock",
  "Northbank's chief economist Ana Ruiz", "Senator Jane Holloway";
* the noun the name is in apposition to: "the Chinese envoy, Li Wei,";
* an apposition after it, skipping an age: "Peter Walsh, 54, a farmer from Kilbride,";
* an organisation it is "of" or "at": "Professor Helen Marsh of the University of Kent";
* a relative clause that states a position: "who is a lecturer at Bristol University" gives
  "a lecturer at Bristol University"; "who leads the Independent group" gives "leader of the
  Independent group" for the few verbs whose agent noun is regular and unambiguous (lead, head,
  chair, direct, manage, own, found …), and the verb phrase as written ("runs a bakery in
  Leeds") for other present-tense verbs.  A past-tense clause ("who voted for Kennedy") tells
  what someone did, not what they are, and is left out.

Every piece stops at a nested relative clause, a quotation mark or a long tail, so a role never
carries the quote or the rest of the sentence with it.
"""

from __future__ import annotations

from typing import Any

from .names import HONORIFICS
from .owners_en import ACTING_NOUNS, relation_head

#: verbs in "who leads X" and the noun for someone who does that ("leader of X")
AGENT_NOUNS = {
    "lead": "leader",
    "head": "head",
    "chair": "chair",
    "direct": "director",
    "manage": "manager",
    "own": "owner",
    "found": "founder",
    "co-found": "co-founder",
    "cofound": "co-founder",
    "represent": "representative",
    "coach": "coach",
    "edit": "editor",
    "coordinate": "coordinator",
    "organise": "organiser",
    "organize": "organizer",
    "govern": "governor",
    "command": "commander",
    "supervise": "supervisor",
    "captain": "captain",
    "advise": "adviser",
}
#: other verbs whose present tense states what someone is ("who runs a bakery in Leeds");
#: the rest ("who has 44 percent", "who wants a recount") say what someone does or thinks
ROLE_VERBS = frozenset(["run", "work", "teach", "study", "live", "own", "operate", "host"])
#: verbs whose past tense still states a standing role ("who founded the charity")
_PAST_ROLES = frozenset(["found", "co-found", "cofound"])
#: a role longer than this many words is cut at its first comma or dropped
MAX_ROLE_WORDS = 12
_REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself", "myself"])
_QUOTES = set("\"“”«»„‘’'")
#: honorifics that say nothing about a role ("Dr", "Mr"); "Professor" and "Rev" do
_NOT_ROLES = frozenset(k for k in HONORIFICS if k not in ("professor", "prof", "rev"))


#: a name set off after a relation noun's owner ("A spokesman for X, Tom Hardy,") has the relation
#: noun's words for its role, and the owner no role from it (thirty-seventh session)
ACTING_ROLES = True


def describe(first: Any, last: Any) -> list[str]:
    """Role phrases written around the name spanning tokens ``first..last``."""
    return [p for p in _describe(first, last) if _readable(p)]


def _readable(phrase: str) -> bool:
    """No unbalanced bracket or quotation mark: a role is a phrase, not a cut-off clause."""
    if phrase.count("(") != phrase.count(")") or phrase.startswith("-"):
        return False
    return not any(q in phrase for q in _QUOTES if q not in "'’")


def _describe(first: Any, last: Any) -> list[str]:
    doc = first.doc
    parts: list[str] = []
    before = _before(first, last)
    if before:
        parts.append(before)
    head = last
    if (
        head.dep_ == "appos"
        and head.head.pos_ == "NOUN"
        and head.head.i < first.i
        and (doc[first.i - 1].text == "," or head.head.i == first.i - 1)
    ):
        # "The Chinese envoy, Li Wei,": the name is an apposition of its role
        noun = relation_head(head.head) if ACTING_ROLES else head.head
        # up to the comma before the name: "Sen. Laura Beck's chief of staff, Tom Ruiz"
        end = first.i - 2 if doc[first.i - 1].text == "," else noun.i
        words = list(doc[noun.left_edge.i : end + 1])
        if words and not before and len(words) <= MAX_ROLE_WORDS:
            role = _text(words[0], words[-1])
            if words[0].dep_ == "det":
                role = role[0].lower() + role[1:]  # "The ferry operator, Ellis Crossings,"
            parts.append(role)
    owner = head.head if head.dep_ == "appos" and head.head.i < first.i else None
    if (
        ACTING_ROLES
        and owner is not None
        and owner.ent_type_ == "PERSON"
        and owner.dep_ == "pobj"
        and owner.head.lower_ in ("of", "for", "to")
        and owner.head.head.pos_ == "NOUN"
        and owner.head.head.lower_ in ACTING_NOUNS
        and doc[first.i - 1].text == ","
        and not before
    ):
        # "A spokesman for Defence Secretary Ben Wallace, Tom Hardy,": the parse hangs the
        # name on the owner; Hardy's role is the spokesman's words, Wallace's owns nothing
        noun = owner.head.head
        words = list(doc[noun.left_edge.i : first.i - 1])
        if len(words) <= MAX_ROLE_WORDS:
            parts.append(_text(words[0], words[-1]))
    for child in head.rights:
        if (
            child.dep_ == "appos"
            and not _is_age(child)
            and child.pos_ in ("NOUN", "PROPN")
            and doc[child.left_edge.i - 1].text == ","
            # a person's name set off after a name is another person, not a role
            and not (ACTING_ROLES and child.ent_type_ == "PERSON")
        ):
            phrase = _phrase(child)
            if phrase:
                parts.append(phrase)
            break
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "ORG":
                phrase = _phrase(obj)
                if phrase:
                    parts.append(f"{parts.pop()} {child.text} {phrase}" if parts else phrase)
            break
    for child in head.rights:
        if child.dep_ == "relcl":
            phrase = _relative(child)
            if phrase:
                parts.append(phrase)
            break
    return parts


def _before(first: Any, last: Any) -> str | None:
    """ "longtime Democratic pollster", "Northbank's chief economist", "Senator"."""
    doc = first.doc
    span = range(first.i, last.i + 1)
    i = first.i - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod", "det", "poss", "punct", "case"):
        tok = doc[i]
        if tok.dep_ == "case" and tok.head.i == i - 1:
            i -= 1  # "'s" of a possessor: keep walking to the possessor
            continue
        if tok.head.i not in span and tok.head.i <= i:
            break
        if tok.is_punct and (tok.text != "-" or tok.whitespace_ or doc[i - 1].whitespace_ != ""):
            break  # a dash between words is a dateline's or an aside's, not "20-year"
        i -= 1
    start = i + 1
    if 1 <= start < first.i and doc[start].text == "-" and doc[start - 1].like_num:
        start -= 1  # "20-year state senator"
    elif 2 <= start < first.i and doc[start - 1].text == "-" and doc[start - 2].like_num:
        start -= 2
    words = [
        t for t in doc[start : first.i] if t.dep_ != "det" and (t.text == "-" or not t.is_punct)
    ]
    while words and words[0].dep_ == "case":
        words = words[1:]
    # honorifics at the front of the role say nothing ("Dr", "Mr")
    while words and words[0].lower_.rstrip(".") in _NOT_ROLES:
        words = words[1:]
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].ent_type_:
        return None
    if any(t.text[:1] in "@#" for t in words):
        return None
    if words[0].dep_ == "poss" and not words[0].ent_type_ and words[0].pos_ != "PROPN":
        words = [w for w in words if w.dep_ not in ("poss", "case")]  # "his longtime aide"
    return _text(words[0], words[-1]) if words else None


def _is_age(tok: Any) -> bool:
    return bool(tok.like_num) or tok.ent_type_ in ("DATE", "CARDINAL")


def _phrase(root: Any) -> str | None:
    """The words of ``root``'s subtree up to a nested clause, a quotation mark or a comma."""
    doc = root.doc
    end = root.right_edge.i
    for child in root.rights:
        if child.dep_ in ("relcl", "acl", "appos", "advcl") or child.text in _QUOTES:
            end = min(end, child.left_edge.i - 1)
    start = root.left_edge.i
    for tok in doc[start : end + 1]:
        if tok.text in _QUOTES or (tok.text == "," and tok.i > root.i):
            end = tok.i - 1
            break
    while end > start and (doc[end].is_punct or doc[end].lower_ in ("who", "which", "that")):
        end -= 1
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-":
        end += 2  # a compound the tokenizer split ("co-author"), not cut in half
    if end - start + 1 > MAX_ROLE_WORDS:
        # "a former All-Star pitcher and one of the best-known analysts on ESPN": the first
        cc = next((c for c in root.children if c.dep_ == "cc" and c.i > root.i), None)
        if cc is not None:
            end = cc.i - 1
    if end < start or end - start + 1 > MAX_ROLE_WORDS:
        return None
    if any(t.text[:1] in "@#" or t.lower_ in _REFLEXIVES for t in doc[start : end + 1]):
        return None  # "herself", a handle or a hashtag: not a role
    return _text(doc[start], doc[end])


def _relative(verb: Any) -> str | None:
    """ "who is a lecturer at X" → "a lecturer at X"; "who leads X" → "leader of X"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("who", "that"):
        return None
    lemma = verb.lemma_.lower()
    present = verb.tag_ in ("VBZ", "VBP")
    if lemma == "be":
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        return _phrase(attr) if attr is not None and present else None
    if lemma == "serve" and present:
        # "who serves as the city's treasurer"
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
        return _phrase(obj) if obj is not None else None
    if not present and lemma not in _PAST_ROLES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in AGENT_NOUNS and obj is not None:
        what = _phrase(obj)
        if what:
            prep = "to" if lemma == "advise" else "of"
            return f"{AGENT_NOUNS[lemma]} {prep} {what}"
    if lemma not in ROLE_VERBS:
        return None
    # the verb phrase as written: "runs a bakery in Leeds"
    last = max(
        (c.right_edge for c in verb.rights if c.dep_ not in ("punct", "cc", "conj")),
        key=lambda t: t.i,
        default=verb,
    )
    doc = verb.doc
    end = last.i
    for tok in doc[verb.i : last.i + 1]:
        if tok.text in _QUOTES or tok.text == ",":
            end = tok.i - 1
            break
    if end - verb.i + 1 > MAX_ROLE_WORDS:
        return None
    return _text(verb, doc[end])


def _text(first: Any, last: Any) -> str:
    doc = first.doc
    return str(doc.text[first.idx : last.idx + len(last.text)])
