"""Words an outlet passes on from a source it names, in English: "X, citing Y, reported that …".

Translated Russian and Ukrainian news credits most reports to an outlet that names its own
source: "The channel "Fakty", citing sources in the fire service, reported that …", "This was
reported by RBC with reference to two sources in the government", "The site quoted Y as saying
that …" (the English of «со ссылкой на», «цитирует»).  The parse takes the whole phrase before
the verb as the source, so the outlet — or "the channel …, citing sources …" as one name —
became the speaker of words it only relays.  Here the source named after "citing", "quoting",
"with reference to" or "referring to" becomes the speaker and the outlet the relayer (a reader
sees who said it and who passed it on); a reading of the same content with the outlet as its
speaker, where another reading already gives it as the relayer, is dropped.
"""

from __future__ import annotations

import re

from .model import Found, SourceKind, SourceRef

#: the relay inside a source's words: ", citing Y," / " with reference to Y" (to its end)
_RELAY = re.compile(
    r"(?P<sep>,?\s+)(?:citing|quoting|with\s+reference\s+to|referring\s+to)\s+"
    r"(?P<who>[^,;:.!?\"“”«»]+?)\s*(?:,|$)"
)
#: head words of a source that names nobody ("sources in the ministry", "an interlocutor")
_UNNAMED = frozenset(["source", "sources", "interlocutor", "interlocutors", "insider", "insiders"])
_DETERMINERS = frozenset(["a", "an", "the", "two", "three", "several", "its", "their", "own"])


#: an aside after a name on how an outlet writes it ("Hrytsiuk, as the site X spells her
#: name, added …"): the name is the source, the aside no part of it.  The parse may end the
#: source words inside the aside, so its verb is looked for after them too.
_AS_ASIDE = re.compile(r",\s+as\s+")
_SPELLS = re.compile(
    r"[^,;:]{0,60}?\b(?:spells|spelled|spelt|writes|calls|transliterates)\s+"
    r"(?:her|his|their|its|the)\s+(?:sur)?name\b"
)


def drop_spelling_asides(text: str, found: list[Found]) -> None:
    """Cut a spelling aside off each source's words (see :data:`_AS_ASIDE`); run after the
    source ranker, which may choose the longer words."""
    for f in found:
        _drop_aside(text, f)


def _drop_aside(text: str, f: Found) -> None:
    src = f.source
    if src is None or src.kind in ("pronoun", "document"):
        return
    m = _AS_ASIDE.search(text, src.start, src.end)
    if m is None or _SPELLS.match(text, m.end()) is None:
        return
    name = text[src.start : m.start()].strip()
    if not name[:1].isupper() or len(name.split()) > 4:
        return
    f.source = SourceRef(src.start, src.start + len(name), name, "name", name.split()[-1].lower())


def relayed_sources(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each source that names its own source split into the two (the module's
    text), and the outlet-as-speaker double of a relayed reading dropped."""
    split: list[Found] = []
    for f in found:
        src = f.source
        if src is None or f.relayed_by is not None or src.kind in ("pronoun", "document"):
            continue
        m = _RELAY.search(text, src.start, src.end)
        if m is None or m.end("who") > src.end:
            continue
        outlet_end = m.start("sep")
        outlet = text[src.start : outlet_end].strip()
        who = m.group("who").strip()
        if not outlet or not who:
            continue
        a = m.start("who")
        words = who.lower().split()
        first_word = words[0]
        kind: SourceKind
        if any(w in _UNNAMED for w in words[:3]) and first_word in _DETERMINERS | _UNNAMED:
            kind = "anonymous"
        elif who[:1].isupper():
            kind = "name"
        else:
            kind = "description"
        f.relayed_by = SourceRef(src.start, src.start + len(outlet), outlet, src.kind, src.head)
        f.source = SourceRef(a, a + len(who), who, kind, words[-1])
        split.append(f)
    # the outlet read as the speaker of the same words where the relay was read too ("The
    # site quoted Y as saying that …": the site's reading and Y's, relayed by the site); not
    # where a document speaks and its reader relays it (the reader's own reading stays)
    relayed = {
        (f.start, f.end, f.relayed_by.start)
        for f in found
        if f.relayed_by is not None and f.source is not None and f.source.kind != "document"
    }
    # "citing sources in the fire service" read as a report of its own: the relay's words
    named = [(f.relayed_by.start, f.source.end) for f in split if f.relayed_by and f.source]
    return [
        f
        for f in found
        if not any(a <= f.start and f.end <= b for a, b in named)
        and not (
            f.relayed_by is None
            and f.source is not None
            and any(
                (s, e, f.source.start) in relayed
                for s, e in ((f.start, f.end), (f.start, f.end + 1), (f.start, f.end - 1))
            )
        )
    ]
