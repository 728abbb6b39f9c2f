"""What kind of body a source is — its *head* — in English and Russian: "the agency" and
"National Roads Agency", «больница» and "Lennert University Hospital", "coast guard" and
«Береговая охрана» are bodies of one kind.

A report names a body in full once and then by its kind ("the agency said", «в компании
сообщили»), and a translation names it in the other language's words.  The multilingual sentence
vectors, which compare two figures' sources (:mod:`.sources`), put such pairs below the bar of
one source: a head alone carries too little for them ("agency" / "National Roads Agency" 0.54,
"city" / «мэрия» 0.53, "Customs" / «таможенная служба» 0.48), and for some kinds they are a weak
dictionary ("coast guard" / «Береговая охрана» 0.63).  So a source's head is read from a
bilingual table of the kinds of body news names, and a source that is *only* a head (the kind
alone, "the agency", «компания») is one source with any source of that kind: the body the
article named in full.  Two sources that both name more than their kind are still compared by
their words (two ministries, two companies' names), and two kinds are never one here.

The table holds kinds of public and private bodies, each with its English and Russian nouns
(a Russian noun in any case: «больнице», «таможни»); a phrase is matched before a word of it
("emergency service" before "service").  No names of bodies, places, people or outlets.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

#: each kind of body and the words (regular expressions over a lowercased source, whole words)
#: that name it in English and in Russian
HEADS: dict[str, tuple[str, ...]] = {
    "emergency service": (
        r"emergency services?",
        r"rescue services?",
        r"rescuers",
        r"служб\w* спасения",
        r"спасател\w*",
    ),
    "weather service": (
        r"weather service",
        r"meteorological (?:service|office)",
        r"метеослужб\w*",
        r"гидрометцентр\w*",
    ),
    "coast guard": (r"coast ?guard", r"берегов\w+ охран\w*"),
    "customs": (r"customs(?: service)?", r"тамож\w*(?: служб\w*)?"),
    "audit office": (r"audit office", r"auditors?", r"сч[её]тн\w+ палат\w*"),
    "city hall": (r"city hall", r"city", r"town hall", r"мэри[яиюей]"),
    "ministry": (r"ministry", r"министерств\w*"),
    "agency": (r"agency", r"агентств\w*"),
    "inspectorate": (r"inspectorate", r"инспекци\w*"),
    "department": (r"department", r"департамент\w*"),
    "committee": (r"committee", r"комитет\w*"),
    "service": (r"service", r"служб\w*"),
    "police": (r"police", r"полици\w*"),
    "prosecutors": (r"prosecutors?", r"prosecutor's office", r"прокуратур\w*"),
    "government": (r"government", r"правительств\w*"),
    "administration": (r"administration", r"администраци\w*"),
    "union": (r"(?:trade |labour |labor )?union", r"профсоюз\w*"),
    "association": (r"association", r"ассоциаци\w*"),
    "company": (r"company", r"firm", r"компани\w*", r"фирм\w*"),
    "hospital": (r"hospital", r"clinic", r"больниц\w*", r"клиник\w*"),
    "observatory": (r"observatory", r"обсерватори\w*"),
    "operator": (r"operator", r"оператор\w*"),
    "exchange": (r"exchange", r"бирж\w*"),
}

#: words that only point at a body already named: "the agency", "its press service"
_POINTERS = frozenset({"the", "a", "an", "this", "that", "its", "их", "эта", "этой", "эту"})


@cache
def _pattern() -> re.Pattern[str]:
    forms = sorted(
        ((form, kind) for kind, fs in HEADS.items() for form in fs),
        key=lambda fk: -len(fk[0]),
    )
    _KINDS.extend(kind for _, kind in forms)
    alternatives = "|".join(f"(?P<k{i}>{form})" for i, (form, _) in enumerate(forms))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


_KINDS: list[str] = []


@lru_cache(maxsize=16384)  # pure, asked for both sources of every pair of figures compared
def head(source: str) -> tuple[str, bool] | None:
    """The kind of body ``source`` names (a key of :data:`HEADS`) and whether it names only that
    (``True`` for "the agency", «компания»; ``False`` for "National Roads Agency"); ``None`` when
    it names no kind the table knows.  An English name's head is its last kind word ("the city's
    health department": a department), a Russian name's its first («управление … мэрии»)."""
    text = source.casefold().replace("’", "'")
    found = list(_pattern().finditer(text))
    if not found:
        return None
    russian = bool(re.search(r"[а-яё]", text))
    match = found[0] if russian else found[-1]
    kind = _KINDS[int(str(match.lastgroup)[1:])]
    rest = (text[: match.start()] + " " + text[match.end() :]).split()
    bare = all(w.strip(".,'\"«»()") in _POINTERS or not w.strip(".,'\"«»()") for w in rest)
    return kind, bare


def one_kind_named(a: str, b: str) -> bool:
    """Two sources of one kind of body, one of them naming only its kind ("the agency" and
    "National Roads Agency", «мэрия» and "city hall"): one source."""
    ha, hb = head(a), head(b)
    return ha is not None and hb is not None and ha[0] == hb[0] and (ha[1] or hb[1])
