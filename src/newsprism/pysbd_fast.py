"""pysbd's English sentence splitter, without two costs that give nothing back.

pysbd (0.3) spends most of its time outside its rules:

* after splitting, ``Segmenter.segment`` looks every sentence up again in the text with a
  regular expression built from that sentence (``re.escape(sentence)``), to return character
  spans, even when the caller asked for none.  Each of those patterns is new, so each is
  compiled.  :func:`sentences` stops after the split; :func:`newsprism.sentences.split` finds
  each sentence in the text itself (pysbd's non-destructive mode leaves them verbatim);
* its abbreviation rules build a pattern per abbreviation found in each line (``re.findall(
  r"(?:^|\\s|\\r|\\n){abbr}", …)``).  They are the same few hundred patterns for every text,
  but more than the 512 that Python's ``re`` keeps compiled, so on a news article most of them
  are compiled again and again.  The ``re`` that pysbd's modules see here is this module's
  :class:`_CachedRe`, which keeps every pattern it has compiled (bounded: pysbd's own
  pattern vocabulary, a few thousand at most);
* its rules (``Text.apply``: a pattern string and its replacement, some fifty per line) go
  through ``re.sub`` one by one, each looking its pattern up again; :func:`_apply` keeps each
  rule's compiled pattern at hand (about 5 % of the sentence stage on news pages);
* most of those substitutions, and of the searches pysbd makes through ``re``, look for a
  character the line does not hold (the placeholders its earlier steps put in, "?!", "...");
  each pattern's characters that every match needs are worked out once
  (:func:`_required_characters`) and a line without one of them is not handed to ``re``
  (pysbd's CPU −12 to −15 % on 10,503 lines of news pages, round 15);
* half of pysbd's patterns open with a look-behind before one literal character (its
  abbreviations' ``(?<=\\sMr)\\.``), which ``re`` tries at every character of the line; each is
  compiled with the look-behind moved after the character (:func:`_literal_first`: the same
  matches, found from the character at C speed; pysbd −13 % on 18,154 pieces, round 40).

The split itself is pysbd's, unchanged (a test holds the output to pysbd's own).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=8192)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(_literal_first(pattern), flags)


#: a pattern that opens with a look-behind (without groups) followed by one literal character
#: that no quantifier follows: ``(?<=\sMr)\.(?=…)``, ``(?<=\d)\.(?=\S)``, ``(?<=\s)'…``
_LOOK_BEHIND_THEN_LITERAL = re.compile(
    r"\(\?<=((?:[^()\\]|\\.)*)\)(\\[^\w\s]|[^\\()\[\]{}.*+?|^$\s])(?![*+?{])"
)


def _literal_first(pattern: str) -> str:
    r"""``pattern`` with its opening look-behind moved after the literal character it guards:
    ``(?<=B)cREST`` becomes ``c(?<=(?:B)c)REST``.

    Why: a match of either form is the same text at the same place (``c`` at p with B ending at
    p is ``c`` at p with ``Bc`` ending at p + 1), but re can only skip ahead at C speed to the
    first character of a pattern that opens with a literal; before a look-behind it tries every
    position of the text.  Half of pysbd's patterns open so (its abbreviations'
    ``(?<=\sMr)\.``, its numbers' ``(?<=\d)\.``), and each is run over every line it is
    given."""
    m = _LOOK_BEHIND_THEN_LITERAL.match(pattern)
    if m is None:
        return pattern
    body, literal = m.groups()
    return f"{literal}(?<=(?:{body}){literal}){pattern[m.end() :]}"


@lru_cache(maxsize=8192)
def _needs(pattern: str, flags: int) -> str:
    """:func:`_required_characters` of a pattern pysbd passes as a string."""
    return _required_characters(_compiled(pattern, flags))


def _lacks(pattern: Any, flags: int, string: str) -> bool:
    """``string`` lacks a character every match of the pattern needs: it cannot match."""
    if isinstance(pattern, re.Pattern):
        return False  # (pysbd passes strings here; a compiled pattern is simply run)
    for char in _needs(pattern, flags):  # noqa: SIM110 (a loop: any() with a generator costs more)
        if char not in string:
            return True
    return False


class _CachedRe:
    """The parts of :mod:`re` that pysbd calls with a pattern string, over a larger cache."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
        if _lacks(pattern, flags, string):
            return []
        return _pattern(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern: Any, string: str, flags: int = 0) -> Any:
        return _pattern(pattern, flags).finditer(string)

    @staticmethod
    def search(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        if _lacks(pattern, flags, string):
            return None
        return _pattern(pattern, flags).search(string)

    @staticmethod
    def match(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return _pattern(pattern, flags).match(string)

    @staticmethod
    def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        return _pattern(pattern, flags).split(string, maxsplit)

    @staticmethod
    def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        if _lacks(pattern, flags, string):
            return string  # (re.sub's result when nothing matches: the same text)
        return _pattern(pattern, flags).sub(repl, string, count)


def _pattern(pattern: Any, flags: int) -> re.Pattern[str]:
    if isinstance(pattern, re.Pattern):
        return pattern
    return _compiled(pattern, flags)


#: pysbd's modules whose functions build patterns at call time
_MODULES = ("abbreviation_replacer", "processor", "between_punctuation", "lists_item_replacer",
            "utils", "exclamation_words", "punctuation_replacer")  # fmt: skip


#: each of pysbd's rules' pattern (its ``Rule.pattern``: a fixed set), compiled, with the
#: characters every match of it needs (:func:`_required_characters`)
_RULE_PATTERNS: dict[Any, tuple[re.Pattern[str], str]] = {}


def _required_characters(pattern: re.Pattern[str]) -> str:
    """Characters that every match of ``pattern`` needs in the text (in itself or in a positive
    look-around): the literals of its top-level sequence, of groups, and of repeats of at least
    one.  Alternatives, classes, negative look-arounds and case-insensitive parts give none.

    Why: most of pysbd's rules are about the placeholder characters its earlier steps put in
    ("∯", "&ᓰ&", "☉") or about a mark ("?!", "...") that a line rarely holds; a substitution
    whose pattern needs a character the line lacks leaves the line as it is, and testing for
    that character first costs less than the call to ``sub`` (about a quarter of pysbd's time
    went to such calls on news pages)."""
    import re._constants as sre
    import re._parser as sre_parse

    if pattern.flags & re.IGNORECASE:
        return ""
    found: list[str] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is sre.LITERAL:
                found.append(chr(av))
            elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
                walk(av[-1])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                walk(av[2])
            elif op is sre.ASSERT:
                walk(av[1])

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return "".join(dict.fromkeys(c for c in found if c not in " "))


def _apply(text: str, *rules: Any) -> str:
    """pysbd 0.3's ``Text.apply``: each rule's substitution in turn (``re.sub(rule.pattern,
    rule.replacement, text)``), with each rule's pattern compiled once, and skipped when the
    text lacks a character every match needs (:func:`_required_characters`)."""
    for rule in rules:
        entry = _RULE_PATTERNS.get(rule.pattern)
        if entry is None:
            pattern = rule.pattern
            compiled = (
                pattern if isinstance(pattern, re.Pattern) else re.compile(_literal_first(pattern))
            )
            entry = _RULE_PATTERNS[pattern] = (compiled, _required_characters(compiled))
        compiled, required = entry
        for char in required:
            if char not in text:
                break
        else:
            text = compiled.sub(rule.replacement, text)
    return text


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import importlib

    import pysbd
    import pysbd.utils

    pysbd.utils.Text.apply = _apply  # the same substitutions (see above)

    shim = _CachedRe()
    for name in _MODULES:
        try:
            module = importlib.import_module(f"pysbd.{name}")
        except ImportError:  # a module a later pysbd renamed: it keeps the plain re
            continue
        if getattr(module, "re", None) is re:
            module.re = shim  # type: ignore[attr-defined]
    _skip_list_step_where_it_cannot_act()
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _english_with_fewer_abbreviation_searches(segmenter.language_module)
    return segmenter


#: what pysbd's list step (``ListItemReplacer.add_line_break``) acts on: its placeholders, a
#: closing bracket ("a)", "(ii)", "3)"), a lone lower-case letter before a full stop ("a."),
#: a number of one or two digits before a full stop and a space or bracket ("2. ", "4.)")
_LIST_CUE = re.compile(r"[♨☝)]|(?<!\S)[a-z](?=\.)|\d(?=\.[\s)])")


def _list_step_cannot_act(text: str) -> bool:
    """Whether pysbd's list step returns ``text`` unchanged: it holds fewer than two of the
    cues it looks for, and neither of its placeholders.

    Why: each of the step's passes renumbers a list only where it finds two consecutive items
    (``scan_lists``; ``iterate_alphabet_array`` compares an item with its neighbour, and a lone
    item is its own neighbour), and its last rules only rewrite its own placeholders ("♨",
    "☝").  The step ran seven searches and a dozen Python calls on every piece, list or not (a
    quarter of pysbd's time on news pieces, issue 11 round 39); the pieces with a list go
    through it as before."""
    if "♨" in text or "☝" in text:
        return False
    first = _LIST_CUE.search(text)
    return first is None or _LIST_CUE.search(text, first.end()) is None


def _skip_list_step_where_it_cannot_act() -> None:
    from pysbd.lists_item_replacer import ListItemReplacer

    if getattr(ListItemReplacer.add_line_break, "_newsprism", False):
        return
    full = ListItemReplacer.add_line_break

    def add_line_break(self: Any) -> str:
        if _list_step_cannot_act(self.text):
            return str(self.text)
        return str(full(self))

    add_line_break._newsprism = True  # type: ignore[attr-defined]
    # pysbd's own step kept beside it, for the test that holds the two equal
    add_line_break.pysbds_own = full  # type: ignore[attr-defined]
    ListItemReplacer.add_line_break = add_line_break


def _english_with_fewer_abbreviation_searches(english: Any) -> Any:
    """pysbd's English, whose abbreviation step skips the abbreviations it cannot act on.

    For every line, pysbd's ``search_for_abbreviations_in_string`` takes each of its few hundred
    abbreviations that occurs in the line as a substring ("a", "no", "st" occur in nearly every
    line), finds its occurrences with two regular expressions, and for each asks a third whether
    the abbreviation is followed by a full stop, the only case it changes.  An abbreviation
    without a full stop right after it anywhere in the line is skipped here before those
    searches (abbreviations written with an inner "." are a pattern to pysbd, not a string:
    they take pysbd's own path).  The split is the same (a test holds it to pysbd's).
    """

    base = english.AbbreviationReplacer

    class AbbreviationReplacer(base):  # type: ignore[misc,valid-type]
        def search_for_abbreviations_in_string(self, text: str) -> str:
            # pysbd 0.3's own loop over the abbreviations that pass its substring test, with the
            # skip above; both tests answered at once by :func:`_abbreviations_to_scan`
            lowered = text.lower()
            if "." not in lowered:
                return text  # every replacement it makes is of a full stop
            for stripped in _abbreviations_to_scan(lowered, self.lang.Abbreviation.ABBREVIATIONS):
                abbrev_match = _CachedRe.findall(
                    rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE
                )
                if not abbrev_match:
                    continue
                next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
                char_array = _CachedRe.findall(next_word_start, text)
                for ind, match in enumerate(abbrev_match):
                    text = self.scan_for_replacements(text, match, ind, char_array)
            return text

        def replace_abbreviation_as_sentence_boundary(self) -> str:
            # pysbd builds this pattern from its sentence starters on every call; every match
            # of it holds "∯" (its placeholder for an abbreviation's full stop), so a text
            # without one is left as it is (the same text, without building the pattern)
            if "∯" not in self.text:
                return str(self.text)
            return str(super().replace_abbreviation_as_sentence_boundary())

    return type("English", (english,), {"AbbreviationReplacer": AbbreviationReplacer})


class _Abbreviations:
    """pysbd's abbreviation list, indexed for :func:`_abbreviations_to_scan`."""

    def __init__(self, abbreviations: list[str]) -> None:
        self.source = abbreviations
        stripped = [a.strip() for a in abbreviations]
        self.order = {a: i for i, a in reversed(list(enumerate(stripped)))}  # first place
        self.stripped = stripped
        self.plain = frozenset(a for a in stripped if "." not in a)
        self.dotted = [a for a in stripped if "." in a]
        self.longest = max((len(a) for a in self.plain), default=0)


_INDEXED: list[_Abbreviations] = []


def _abbreviations_to_scan(lowered: str, abbreviations: list[str]) -> list[str]:
    """The abbreviations, in pysbd's order, that pysbd's loop acts on in a line (``lowered``: the
    line in lower case): an abbreviation written with an inner full stop that occurs in the line,
    and any other that occurs in it with a full stop right after it.

    pysbd tests each of its ~190 abbreviations as a substring of the line, and the skip above
    tests each once more with its full stop; here the few places before a full stop are looked
    up instead (an abbreviation followed by a full stop ends just before one).  The same list,
    in the same order, as the two tests give (a test holds the two equal).
    """
    index = next((i for i in _INDEXED if i.source is abbreviations), None)
    if index is None:
        index = _Abbreviations(abbreviations)
        _INDEXED.append(index)
    found = {a for a in index.dotted if a in lowered}
    if "" in index.plain:  # (an empty entry: a substring of every line)
        found.add("")
    dot = lowered.find(".")
    while dot >= 0:
        for length in range(1, min(index.longest, dot) + 1):
            before = lowered[dot - length : dot]
            if before in index.plain:
                found.add(before)
        dot = lowered.find(".", dot + 1)
    if len(index.stripped) != len(index.order):  # a list with repeats: pysbd visits each copy
        return [a for a in index.stripped if a in found]
    return sorted(found, key=index.order.__getitem__)


def sentences(text: str) -> list[str]:
    """pysbd's English sentences of ``text``, each verbatim as it stands in the text."""
    if not text:
        return []
    segmenter = _segmenter()
    return [str(s) for s in segmenter.processor(text).process()]
