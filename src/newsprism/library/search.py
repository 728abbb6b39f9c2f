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

from ..errors import NewsprismError
from .stemming import stem, words

OPERATORS = ("site", "lang", "speaker", "before", "after")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(NewsprismError):
    hint = "e.g. 'inflation site:example.com lang:en after:2024-01 speaker:\"Jane Doe\"'"


@dataclass
class Query:
    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    site: str | None = None
    lang: str | None = None
    speaker: str | None = None
    before: str | None = None
    after: str | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.terms or self.phrases)

    def stems(self) -> list[str]:
        return [stem(w) for t in self.terms + self.phrases for w in words(t)]

    def fts_expression(self) -> str | None:
        """The FTS5 MATCH expression, every user word quoted so nothing is read as syntax."""
        parts: list[str] = []
        for term in self.terms:
            for w in words(term):
                parts.append(f'stems : "{stem(w)}"')
        for phrase in self.phrases:
            tokens = words(phrase)
            if tokens:
                parts.append('{title body speakers quotes} : "' + " ".join(tokens) + '"')
        if not parts:
            return None
        expr = " AND ".join(parts)
        for term in self.excluded:
            for w in words(term):
                expr += f' NOT stems : "{stem(w)}"'
        return expr


def parse(text: str) -> Query:
    try:
        tokens = shlex.split(text, posix=True)
    except ValueError:  # an unbalanced quote: search for the words as given
        tokens = text.replace('"', " ").split()
    phrase_spans = set(re.findall(r'(?<![:\w])"([^"]+)"', text))
    q = Query()
    for token in tokens:
        name, sep, value = token.partition(":")
        if sep and name.lower() in OPERATORS and value:
            name = name.lower()
            if name in ("before", "after") and not _DATE.match(value):
                raise QueryError(
                    f"{name}: takes a date like 2024-03-14, 2024-03 or 2024, not {value!r}"
                )
            setattr(q, name, value)
        elif token.startswith("-") and len(token) > 1:
            q.excluded.append(token[1:])
        elif token in phrase_spans and " " in token:
            q.phrases.append(token)
        else:
            q.terms.append(token)
    return q


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
