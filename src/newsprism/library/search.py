"""Search queries: free words and phrases, plus field operators.

``inflation "central bank" site:rbc.ru lang:ru speaker:Nabiullina after:2024-01-01 before:2024-07``

Words are matched on their Snowball stems (the ``stems`` shadow column) so that any form of a
word finds the others; a quoted phrase must also appear as written.  ``-word`` excludes.
Results are ranked by FTS5's bm25 with the title weighted above the body.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import date

from ..errors import NewsprismError
from .stemming import stem, words

OPERATORS = ("site", "lang", "speaker", "before", "after")
#: the forms a Russian surname or place in -ов/-ев/-ёв takes (Петров, Петрова, Петрову,
#: Петровым ...): matched as whole words, so «Иванов» does not find «Ивановская» or «Иваново»,
#: nor «Петров» «Петровка»
_OV_ENDINGS = ("", "а", "у", "ым", "ом", "е", "ой", "ы", "ых", "ыми")
#: such a name in one of those forms (Петров, Королёв, Ростове): Snowball takes the -ов of the
#: nominative for a genitive plural ending, so «Петров» stemmed to «петр» and found every «Пётр»
#: (one letter before the ending is enough: «Киев» stemmed to «ки», «Киеве» to «киев», and a
#: search for the city missed every article «в Киеве»; the walk, s28)
_OV_NAME = re.compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв))(?:" + "|".join(_OV_ENDINGS[1:]) + ")?$")
#: the same in small letters, a form a reader types («петров», «петровой»)
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_SMALL_OV_NAME = re.compile(r"[а-яё]{2,}(?:ов|ев|ёв)(?:" + "|".join(_OV_ENDINGS[1:]) + ")?")
#: the columns that hold the words as written (``stems`` holds their stems)
_AS_WRITTEN = "{title body speakers quotes}"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(NewsprismError):
    hint = "e.g. 'inflation site:example.com lang:en after:2024-01 speaker:\"Jane Doe\"'"


@dataclass
class Query:
    terms: list[str] = field(default_factory=list)
    #: terms joined by OR ("inflation OR prices"): each group needs one of its terms
    alternatives: list[list[str]] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    site: str | None = None
    lang: str | None = None
    speaker: str | None = None
    before: str | None = None
    after: str | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.terms or self.phrases or self.alternatives)

    def stems(self) -> list[str]:
        every = self.terms + self.phrases + [t for group in self.alternatives for t in group]
        return [stem(w) for t in every for w in words(t)]

    def excluded_expression(self) -> str | None:
        """An FTS5 expression matching any excluded word, for a query of exclusions alone."""
        parts = [e for e in map(_excluded_match, self.excluded) if e]
        return " OR ".join(parts) or None

    def fts_expression(self) -> str | None:
        """The FTS5 MATCH expression, every user word quoted so nothing is read as syntax."""
        parts: list[str] = []
        for term in self.terms:
            for w in words(term):
                parts.append(_word_match(w))
        for group in self.alternatives:
            options = [_option(term) for term in group if words(term)]
            if options:
                parts.append("(" + " OR ".join(options) + ")")
        for phrase in self.phrases:
            tokens = words(phrase)
            if tokens:
                parts.append(_phrase_match(tokens))
        if not parts:
            return None
        expr = " AND ".join(parts)
        for term in self.excluded:
            excluded = _excluded_match(term)
            if excluded:
                expr += f" NOT {excluded}"
        return expr


def _name_written_small(word: str) -> str | None:
    """How a lower-case «петров» (or «петровой», «киев») is read: ``"name"`` when every reading
    pymorphy3 knows of the spelling is a name's (a surname, a place, a given name's plural, a
    name's possessive), ``"both"`` when its first reading is a surname or a place but a common
    noun shares the spelling («волков»: of wolves; «киев»: of cues), ``None`` otherwise.  A
    reader typing a name in small letters means the name, and its Snowball stem is wrong for it:
    «петров» stems to «петр», every «Пётр»'s (the walk, s27), and «киев» to «ки» while «Киеве»
    stems to «киев» (the walk, s28)."""
    # any of the name's case forms (:data:`_OV_ENDINGS`): «петрову», «семёновым» were stemmed
    # to «петров» and found nothing, the index holding «Петрову» under «петр» (the walk, s28)
    if not _SMALL_OV_NAME.fullmatch(word):
        return None
    from ..speech.normalize_ru import morph  # the analyser the Russian stages load

    parses = morph().parse(word)
    if not parses or not {"Surn", "Geox"} & set(map(str, parses[0].tag.grammemes)):
        return None
    # an adjective guessed for a name the dictionary lacks («ежиковый» from «ежикова») is none
    analyser = morph()
    only_names = all(
        {"Surn", "Name", "Geox", "Poss"} & set(map(str, p.tag.grammemes))
        or not analyser.word_is_known(p.normal_form)
        for p in parses
    )
    return "name" if only_names else "both"


def _noun_form_stems(word: str) -> list[str]:
    """The stems of every case form of a Russian noun ``word`` may be, its own stem first.

    Snowball reads a noun's final «-ал»/«-ял» as a past-tense ending: «водоканал» stems to
    «водокана» and «водоканалу» to «водоканал», so a search in one case missed the others (the
    walk, s29: «квартал», «скандал», «канал», «портал» alike).  The index keeps Snowball's stems;
    the query asks for the stem of each form of the noun's lexeme (pymorphy3), which is what
    the index holds for whichever form an article used.  Other words keep their one stem."""
    own = stem(word)
    if not _CYRILLIC_WORD.fullmatch(word):
        return [own]
    from ..speech.normalize_ru import morph  # the analyser the Russian stages load

    stems = dict.fromkeys([own])
    for parse in morph().parse(word.lower()):
        if "NOUN" in parse.tag:
            stems.update(dict.fromkeys(stem(form.word) for form in parse.lexeme))
    return list(stems)


def _word_match(word: str) -> str:
    """Any form of ``word``: its stem, or for a capitalised Russian name in -ов/-ев/-ёв
    (:data:`_OV_NAME`) the name's own case forms as written (:data:`_OV_ENDINGS`), so «Петров»
    finds «Петрова» and «Петровым» but not «Пётр» (nor «Петровка»).  The tokenizer folds no
    Cyrillic letter, so the base is also tried with each «е» written «ё» (a word holds one «ё»
    at most).  A name typed in small letters that a common noun shares («волков») matches both
    the name's forms and the noun's stem: every reading stays."""
    small = _name_written_small(word)
    name = _OV_NAME.match(word.capitalize() if small else word)
    if not name:
        stems = _noun_form_stems(word)
        if len(stems) > 1:
            return "stems : (" + " OR ".join(f'"{s}"' for s in stems) + ")"
        return f'stems : "{stem(word)}"'
    # the capital too: «Ежиков» typed without its «Ё» found no «Ёжиков» (the walk, s28)
    base = name.group(1).replace("ё", "е").replace("Ё", "Е")
    spellings = [base] + [
        base[:i] + ("ё" if c == "е" else "Ё") + base[i + 1 :]
        for i, c in enumerate(base)
        if c in "еЕ"
    ]
    forms = " OR ".join(f'"{b}{e}"' for b in spellings for e in _OV_ENDINGS)
    if small == "both":
        return f'({_AS_WRITTEN} : ({forms}) OR stems : "{stem(word)}")'
    return f"{_AS_WRITTEN} : ({forms})"


def _phrase_match(tokens: list[str]) -> str:
    return f'{_AS_WRITTEN} : "' + " ".join(tokens) + '"'


def _option(term: str) -> str:
    """One side of an OR: a quoted phrase's words in a row, else every word of the term."""
    tokens = words(term)
    if " " in term.strip():
        return _phrase_match(tokens)
    return "(" + " AND ".join(_word_match(w) for w in tokens) + ")"


def _excluded_match(term: str) -> str | None:
    """What an excluded term matches: a word's stem, or the words of a phrase or a hyphenated
    word in a row (``-"new york"``, ``-covid-19``).  Before, each of its words was excluded on
    its own: ``-"new york"`` left out every article with "new" in it, ``-covid-19`` every one
    with a 19 (review, nineteenth session)."""
    tokens = words(term)
    if not tokens:
        return None
    if len(tokens) == 1:
        return _word_match(tokens[0])
    return _phrase_match(tokens)


def parse(text: str) -> Query:
    try:
        tokens = shlex.split(text, posix=True)
    except ValueError:  # an unbalanced quote: search for the words as given
        tokens = text.replace('"', " ").split()
    phrase_spans = set(re.findall(r'(?<![:\w])"([^"]+)"', text))
    q = Query()
    negate_next = join_next = False
    last_group: list[str] | None = None  # the OR group the previous token ended, if any
    # what the previous token was, if "OR" may join it: a plain word or a quoted phrase (not an
    # operator or an exclusion)
    last_kind: str | None = None
    for token in tokens:
        # the words a user knows from other search boxes, in capitals as they write them there:
        # "AND" is what words do anyway, "NOT x" is "-x", "a OR b" needs one of them
        if token == "AND":
            continue
        if token == "NOT":
            negate_next = True
            continue
        if token == "OR":
            join_next = bool(last_kind or last_group)  # else nothing to join: dropped
            continue
        previous_kind, last_kind = last_kind, None
        is_phrase = token in phrase_spans and " " in token
        if negate_next:
            negate_next = False
            q.excluded.append(token)
            last_group = None
            continue
        plain = " " not in token and ":" not in token and not token.startswith("-")
        if join_next and (plain or is_phrase):
            join_next = False
            if last_group is None and previous_kind is not None:
                # 'a OR "b c"', '"a b" OR c': a phrase is one side of an OR as a word is
                last_group = [(q.terms if previous_kind == "term" else q.phrases).pop()]
                q.alternatives.append(last_group)
            if last_group is not None:
                last_group.append(token)
                continue
        join_next = False
        last_group = None
        name, sep, value = token.partition(":")
        if sep and name.lower() in OPERATORS and value:
            name = name.lower()
            if name in ("before", "after") and not _is_date(value):
                raise QueryError(
                    f"{name}: takes a date like 2024-03-14, 2024-03 or 2024, not {value!r}"
                )
            setattr(q, name, value)
        elif token.startswith("-") and len(token) > 1:
            q.excluded.append(token[1:])
        elif is_phrase:
            q.phrases.append(token)
            last_kind = "phrase"
        else:
            q.terms.append(token)
            last_kind = "term"
    return q


def _is_date(value: str) -> bool:
    """A year, a month or a day that exists: '2026-13' or '2026-02-30' matched no article
    without a word, as if the library had none of the period."""
    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def highlight_snippet(text: str, stems: set[str], *, width: int = 240) -> str:
    """A window of ``text`` around the first matching word, matches wrapped in ``[`` ``]``.

    Plain brackets, not HTML: the CLI prints them and the web app turns them into ``<mark>``
    after escaping.
    """
    found = [m for m in re.finditer(r"[^\W_]+", text) if stem(m.group()) in stems]
    if not found:
        return _trim(text[:width])
    first = found[0].start()
    start = max(0, text.rfind(" ", 0, max(0, first - width // 3)) + 1) if first > width // 3 else 0
    end = min(len(text), start + width)
    out, pos = [], start
    for m in found:
        if m.start() < start or m.end() > end:
            continue
        out.append(text[pos : m.start()])
        out.append(f"[{m.group()}]")
        pos = m.end()
    out.append(text[pos:end])
    snippet = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + _trim(snippet) + ("…" if end < len(text) else "")


def _trim(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()
