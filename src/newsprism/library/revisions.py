"""Every text an article has had: an outlet corrects a figure or a headline, and the old one stays.

The library keeps one analysed article per id (``articles``: what search, the traces and the
stories read).  When that article is stored again with another text or another title — a second
``add`` of the same URL, a feed item corrected under its GUID — the text it had is kept in
``article_revisions`` first: text, title, address, publication date, word count, when it was last
fetched and when it was replaced.  A fact-checker's question is "what did it say before", and the
answer is the text: an earlier revision is not analysed again (its analysis would double the
stored size of an article for every correction, and ``newsprism read`` of the text gives it when
wanted).

Revisions are numbered from 1, oldest first; the latest is the stored article itself.  Between
two consecutive revisions, :func:`word_diff` gives what changed, word by word, with a few words
of context on each side — plain strings, for the CLI, the JSON API and the web page (whose
template escapes them).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .store import Library

#: words of unchanged text shown on each side of a change
CONTEXT_WORDS = 8
#: two changes at most this many unchanged words apart are shown as one
MERGE_WORDS = CONTEXT_WORDS

_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True)
class Change:
    """One place where the text changed: ``removed`` became ``added`` between ``before`` and
    ``after`` (unchanged words; "" at the text's start or end)."""

    before: str
    removed: str
    added: str
    after: str
    #: whether the text goes on beyond the context shown (a "…" there)
    more_before: bool = False
    more_after: bool = False


@dataclass(frozen=True)
class Revision:
    number: int
    content_hash: str
    title: str | None
    text: str
    url: str | None
    published: str | None
    word_count: int
    #: when this text was last stored (fetched)
    fetched_at: str
    #: when a newer text took its place (``None``: the latest, the stored article)
    replaced_at: str | None
    #: what changed from the revision before (none for the first)
    title_before: str | None = None
    changes: tuple[Change, ...] = field(default=())

    @property
    def latest(self) -> bool:
        return self.replaced_at is None

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        data = asdict(self)
        data["latest"] = self.latest
        data["title_changed"] = self.number > 1 and self.title_before != self.title
        if not text:
            del data["text"]
        return data


def revisions(lib: Library, article_id: int) -> list[Revision]:
    """The article's revisions, oldest first; the last is the stored article (raises
    :class:`~newsprism.errors.ArticleNotFoundError` for an unknown id)."""
    current = lib.get(article_id)
    row = lib.conn.execute("SELECT updated_at FROM articles WHERE id = ?", (article_id,)).fetchone()
    raw: list[dict[str, Any]] = [
        dict(r)
        for r in lib.conn.execute(
            "SELECT content_hash, title, text, url, published, word_count, fetched_at, "
            "replaced_at FROM article_revisions WHERE article_id = ? ORDER BY replaced_at, fetched_at, id",
            (article_id,),
        )
    ]
    raw.append(
        {
            "content_hash": current.content_hash,
            "title": current.title,
            "text": current.text,
            "url": current.metadata.url,
            "published": current.metadata.published,
            "word_count": current.word_count,
            "fetched_at": row["updated_at"],
            "replaced_at": None,
        }
    )
    out: list[Revision] = []
    for number, r in enumerate(raw, start=1):
        before = raw[number - 2] if number > 1 else None
        out.append(
            Revision(
                number=number,
                **r,
                title_before=before["title"] if before else None,
                changes=tuple(word_diff(before["text"], r["text"])) if before else (),
            )
        )
    return out


#: what an export carries of each earlier revision (``export -f json``'s ``revisions`` list), and
#: what ``import json`` restores: the stored row, without the diff (it is computed on reading)
EXPORT_FIELDS = (
    "content_hash", "title", "text", "url", "published", "word_count", "fetched_at",
    "replaced_at",
)  # fmt: skip


def earlier_revisions(lib: Library, article_id: int) -> list[dict[str, Any]]:
    """The texts the article had before its latest, oldest first, as an export writes them."""
    return [
        dict(r)
        for r in lib.conn.execute(
            f"SELECT {', '.join(EXPORT_FIELDS)} FROM article_revisions WHERE article_id = ? "
            "ORDER BY replaced_at, fetched_at, id",
            (article_id,),
        )
    ]


def revision_rows(items: Any) -> list[list[Any]]:
    """An export's ``revisions`` list as rows of :data:`EXPORT_FIELDS`; raises
    :class:`~newsprism.errors.ArticleDataError` for a list that is not an export's (checked
    before the article is stored, so a bad file stores nothing)."""
    from ..errors import ArticleDataError

    if not isinstance(items, list):
        raise ArticleDataError('"revisions" is not a list of earlier texts')
    rows = []
    for n, item in enumerate(items, start=1):
        ok = (
            isinstance(item, dict)
            and all(
                isinstance(item.get(k), str)
                for k in ("content_hash", "text", "fetched_at", "replaced_at")
            )
            and all(isinstance(item.get(k), str | None) for k in ("title", "url", "published"))
            and isinstance(item.get("word_count", 0), int)
        )
        if not ok:
            raise ArticleDataError(
                f"earlier revision {n} is not an export's: it needs content_hash, text, "
                "fetched_at and replaced_at as text (title, url and published text or null, "
                "word_count a number)"
            )
        row = [item.get(k) for k in EXPORT_FIELDS]
        row[EXPORT_FIELDS.index("word_count")] = int(item.get("word_count") or 0)
        rows.append(row)
    return rows


def restore_revisions(lib: Library, article_id: int, items: Any) -> int:
    """Keep ``items`` (an export's ``revisions`` list) as earlier revisions of the article;
    return how many were new.  One the library already holds (the same text, title and time it
    was replaced: a second import of the same export) is not kept twice."""
    from . import db

    rows = revision_rows(items)
    added = 0
    with db.write_transaction(lib.conn) as conn:
        for row in rows:
            content_hash, title, replaced_at = row[0], row[1], row[-1]
            if conn.execute(
                "SELECT 1 FROM article_revisions WHERE article_id = ? AND content_hash = ? "
                "AND title IS ? AND replaced_at = ?",
                (article_id, content_hash, title, replaced_at),
            ).fetchone():
                continue
            conn.execute(
                f"INSERT INTO article_revisions(article_id, {', '.join(EXPORT_FIELDS)}) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (article_id, *row),
            )
            added += 1
    return added


def with_revisions(rendered: str, fmt: str, earlier: list[dict[str, Any]]) -> str:
    """An exported article with the texts it had before: a ``revisions`` list in JSON (the
    fields of :data:`EXPORT_FIELDS`, oldest first, which ``import json`` restores), a section
    in Markdown (each earlier title, times and text).  HTML pages show them through the page
    template's ``revisions`` (``render_html(article, revisions=...)``)."""
    if not earlier:
        return rendered
    if fmt == "json":
        data = json.loads(rendered)
        data["revisions"] = earlier
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        from ..render.markdown import escape

        lines = ["## Earlier revisions", ""]
        for n, r in enumerate(earlier, start=1):
            title = escape(r["title"]) if r["title"] else "(no title)"
            lines += [
                f"### {n}. {title}",
                "",
                f"Stored {r['fetched_at']}, replaced {r['replaced_at']}"
                + (f", at {r['url']}" if r["url"] else "")
                + ".",
                "",
                *(escape(p) + "\n" for p in r["text"].split("\n\n") if p.strip()),
            ]
        return rendered.rstrip("\n") + "\n\n" + "\n".join(lines).rstrip("\n") + "\n"
    return rendered


def revision_count(lib: Library, article_id: int) -> int:
    """How many texts the article has had (1: never changed)."""
    n = lib.conn.execute(
        "SELECT count(*) FROM article_revisions WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    return int(n) + 1


def word_diff(old: str, new: str) -> list[Change]:
    """What changed from ``old`` to ``new``, word by word, each change with its context.

    Words keep the spaces after them, so joining a change's parts gives the text back; a
    difference in spacing alone is no change.
    """
    a, b = _WORD.findall(old), _WORD.findall(new)
    ka, kb = [w.strip() for w in a], [w.strip() for w in b]
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    edits = [op for op in ops if op[0] != "equal"]
    if not edits:
        return []
    # changes separated by a few unchanged words read as one
    groups: list[list[int]] = [[edits[0][1], edits[0][2], edits[0][3], edits[0][4]]]
    for _tag, i1, i2, j1, j2 in edits[1:]:
        last = groups[-1]
        if i1 - last[1] <= MERGE_WORDS:
            last[1], last[3] = i2, j2
        else:
            groups.append([i1, i2, j1, j2])
    changes = []
    for i1, i2, j1, j2 in groups:
        changes.append(
            Change(
                before="".join(a[max(0, i1 - CONTEXT_WORDS) : i1]),
                removed="".join(a[i1:i2]),
                added="".join(b[j1:j2]),
                after="".join(a[i2 : i2 + CONTEXT_WORDS]),
                more_before=i1 > CONTEXT_WORDS,
                more_after=i2 + CONTEXT_WORDS < len(a),
            )
        )
    return changes


def revisions_json(lib: Library, article_id: int, *, text: bool = True) -> str:
    """The revisions as the CLI's ``--json`` and the API give them."""
    found = revisions(lib, article_id)
    data = {
        "article_id": article_id,
        "count": len(found),
        "revisions": [r.to_dict(text=text) for r in found],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def changes_text(revision: Revision) -> list[str]:
    """A revision's changes as lines for a terminal: ``…before [-removed-]{+added+} after…``
    (the notation of GNU wdiff)."""
    lines = []
    if revision.number > 1 and revision.title_before != revision.title:
        lines.append(f"title: [-{revision.title_before or ''}-]{{+{revision.title or ''}+}}")
    for c in revision.changes:
        removed = f"[-{c.removed.strip()}-]" if c.removed.strip() else ""
        added = f"{{+{c.added.strip()}+}}" if c.added.strip() else ""
        before = ("…" if c.more_before else "") + " ".join(c.before.split())
        after = " ".join(c.after.split()) + ("…" if c.more_after else "")
        lines.append(" ".join(p for p in (before, removed + added, after) if p))
    return lines
