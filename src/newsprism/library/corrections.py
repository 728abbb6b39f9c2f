"""A reader's corrections: "this is wrong" on a quote, a speaker link or a figure.

Kept in the library beside the article, shown by the reader from then on, exported with the
article and counted.  A newsroom's corrections are the best evaluation data it will ever have,
so each one keeps what newsprism said and the span it said it about, not just an id:
``newsprism corrections export`` writes them as JSON Lines, one correction a line, ready to
score a new version against.

Kinds: ``quote`` (this is not a quote, or not these words), ``speaker`` (the quote is not this
person's), ``figure`` (the figure, or who asserts it, is wrong).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ..article import Article, Claim, Speaker
from ..errors import ArticleNotFoundError, InputError
from . import db
from .store import Library

KINDS = {"quote": "quote", "speaker": "quote", "figure": "claim"}
#: the corrections that change who an item is attributed to, so the trace index and the
#: speaker rows hold them (a "not a quote" mark changes nobody's words: views mark it)
_MOVING = ("speaker", "figure")
#: what a reader can say is right, at most this long
MAX_CORRECT = 500


@dataclass(frozen=True)
class Correction:
    id: int
    article_id: int
    kind: str
    #: "quote" or "claim": what the correction is about, and its id in the article
    item: str
    item_id: int
    start: int
    end: int
    text: str
    #: what newsprism said: the speaker's name, or the figure's source
    said: str | None
    #: what the reader says is right ("Tom Reilly", "not a quote"), if they said
    correct: str | None
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def matches(self, item: str, item_id: int, start: int, end: int) -> bool:
        """Whether this correction is about that item (by span when the ids have moved)."""
        return self.item == item and (start, end) == (self.start, self.end)


def _where_the_ids_are(what: str, ids: list[int]) -> str:
    """The hint of a correction naming no item: said to the command line as well as to the web
    reader ('reload the page and try again' told a user of 'corrections add' nothing)."""
    if not ids:
        have = f"it has no {what}s"
    elif len(ids) == 1:
        have = f"its only {what} is {ids[0]}"
    else:
        have = f"its {what}s are {ids[0]}–{ids[-1]}"
    return (
        f"{have} ('newsprism show ID -f json' lists them by id); "
        "in the web reader, reload the page and try again"
    )


def _said(article: Article, kind: str, item_id: int) -> tuple[int, int, str, str | None]:
    if KINDS[kind] == "quote":
        quote = next((q for q in article.quotes if q.id == item_id), None)
        if quote is None:
            raise ArticleNotFoundError(
                f"the article has no quote {item_id}",
                hint=_where_the_ids_are("quote", [q.id for q in article.quotes]),
            )
        speaker = article.speaker(quote.speaker)
        return quote.start, quote.end, quote.text, speaker.name if speaker else None
    claim = next((c for c in article.claims if c.id == item_id), None)
    if claim is None:
        raise ArticleNotFoundError(
            f"the article has no figure {item_id}",
            hint=_where_the_ids_are("figure", [c.id for c in article.claims]),
        )
    speaker = article.speaker(claim.speaker)
    return claim.start, claim.end, claim.text, speaker.name if speaker else claim.source


def add_correction(
    lib: Library, article_id: int, kind: str, item_id: int, correct: str | None = None
) -> Correction:
    """Record that ``kind`` is wrong for item ``item_id`` of the article; return the correction."""
    if kind not in KINDS:
        raise InputError(
            f"{kind!r} is not something that can be corrected",
            hint="say what is wrong: quote, speaker or figure",
        )
    correct = (correct or "").strip() or None
    if correct is not None and len(correct) > MAX_CORRECT:
        raise InputError(
            f"the correction is longer than {MAX_CORRECT} characters", hint="say it in fewer words"
        )
    article = lib.get(article_id)
    start, end, text, said = _said(article, kind, item_id)
    with db.write_transaction(lib.conn) as conn:
        cur = conn.execute(
            'INSERT INTO corrections(article_id, kind, item, item_id, start, "end", text, said, '
            "correct) VALUES (?,?,?,?,?,?,?,?,?)",
            (article_id, kind, KINDS[kind], item_id, start, end, text, said, correct),
        )
        row = conn.execute("SELECT * FROM corrections WHERE id = ?", (cur.lastrowid,)).fetchone()
        if kind in _MOVING:
            _relink(conn, article_id)
    if kind in _MOVING:
        lib.rewrite_index(article_id)
    return _correction(row)


def remove_correction(
    lib: Library, correction_id: int, article_id: int | None = None
) -> Correction:
    """Undo a correction (a reader's slip of the mouse): delete it and return what it was.

    ``article_id``, when given, must be the correction's article (the web form names both, so
    a stale page cannot undo another article's correction).
    """
    with db.write_transaction(lib.conn) as conn:
        row = conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        if row is None or (article_id is not None and int(row["article_id"]) != article_id):
            raise ArticleNotFoundError(
                f"no correction {correction_id}"
                + (f" on article {article_id}" if article_id is not None else ""),
                hint="'newsprism corrections list' shows the corrections and their ids",
            )
        conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        if row["kind"] in _MOVING:
            _relink(conn, int(row["article_id"]))
    if row["kind"] in _MOVING:
        lib.rewrite_index(int(row["article_id"]))
    return _correction(row)


def _relink(conn: sqlite3.Connection, article_id: int) -> None:
    """Have the next linking pass link the article again: its mentions in the trace index
    carry each quote's and figure's speaker, and a reader's speaker or figure correction can
    change who that is (the trace, ``newsprism speaker`` and the speaker pages list it under
    the corrected speaker).  Every view links what is pending before it reads."""
    conn.execute("DELETE FROM trace_articles WHERE article_id = ?", (article_id,))


def corrections(lib: Library, article_id: int | None = None) -> list[Correction]:
    """The corrections of one article, or of the whole library, oldest first."""
    sql, params = "SELECT * FROM corrections", []
    if article_id is not None:
        sql, params = sql + " WHERE article_id = ?", [article_id]
    return [_correction(r) for r in lib.conn.execute(sql + " ORDER BY id", params)]


def iter_export(lib: Library) -> Iterator[dict[str, Any]]:
    """Every correction with the article it belongs to (URL, title), for evaluation."""
    rows = lib.conn.execute(
        "SELECT c.*, a.url AS article_url, a.title AS article_title, a.content_hash "
        "FROM corrections c JOIN articles a ON a.id = c.article_id ORDER BY c.id"
    )
    for r in rows:
        yield _correction(r).to_dict() | {
            "article_url": r["article_url"],
            "article_title": r["article_title"],
            "content_hash": r["content_hash"],
        }


def counts(lib: Library) -> dict[str, int]:
    """How many corrections of each kind the library holds."""
    found = {k: 0 for k in KINDS}
    for kind, n in lib.conn.execute("SELECT kind, count(*) FROM corrections GROUP BY kind"):
        found[kind] = int(n)
    return found


def _correction(row: Any) -> Correction:
    return Correction(
        id=int(row["id"]),
        article_id=int(row["article_id"]),
        kind=row["kind"],
        item=row["item"],
        item_id=int(row["item_id"]),
        start=int(row["start"]),
        end=int(row["end"]),
        text=row["text"],
        said=row["said"],
        correct=row["correct"],
        created_at=row["created_at"],
    )


def with_corrections(rendered: str, fmt: str, found: list[Correction]) -> str:
    """An exported Markdown article with its corrections in a section (JSON carries them in
    :func:`article_json`; HTML pages show them through the page template's ``corrected``
    marks)."""
    if not found:
        return rendered
    if fmt == "md":
        from ..render.markdown import escape

        lines = ["## Corrections", ""]
        for c in found:
            said = f" (newsprism said: {escape(c.said)})" if c.said else ""
            right = f" — right: {escape(c.correct)}" if c.correct else ""
            what = {"quote": "not a quote", "speaker": "wrong speaker", "figure": "wrong figure"}
            lines.append(f"- {what[c.kind]}: {escape(' '.join(c.text.split()))}{said}{right}")
        return rendered.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    return rendered


def correction_marks(found: list[Correction]) -> dict[str, Correction]:
    """Corrections by ``"item:start:end"``, the key the page template looks items up by."""
    return {f"{c.item}:{c.start}:{c.end}": c for c in found}


#: how every view marks a quote or a figure a reader corrected
CORRECTED_MARK = "corrected by a reader"
#: what a reader said is wrong, as the marks name it (a speaker correction moves the quote
#: to the right speaker, so its mark needs no word of what was wrong)
WHAT_WAS_WRONG = {"quote": "not a quote", "figure": "wrong figure"}


@dataclass(frozen=True)
class ReaderView:
    """An article as its readers corrected it: the one reading of a mention's reader-corrected
    state that every view (article page, trace, speaker index, story, show and export) uses.

    ``article``: quotes under the speakers readers gave them, figures under the speaker a
    reader named for them; ``speaker_fixes``: the speaker corrections by quote id; ``marks``:
    by ``("quote" | "claim", id)``, what a reader said of that item ("" for a speaker
    correction, whose quote and the figures in it simply moved; "not a quote"; "wrong figure —
    right: …").  Shown by :func:`mark_text`."""

    article: Article
    speaker_fixes: dict[int, Correction]
    marks: dict[tuple[str, int], str]


def reader_view(article: Article, found: Sequence[Correction]) -> ReaderView:
    """The article with its readers' corrections applied (:class:`ReaderView`).

    A quote whose speaker a reader corrected is the corrected speaker's (the article's speaker
    of that name or alias, else one added), or nobody's when the reader named no one; it is
    certain (a reader said so, it is no longer an "uncertain attribution"); the figures inside
    it that were its speaker's follow it.  A figure a reader marked wrong goes to the speaker
    the reader named when the article has one of that name (else it stays where it was, marked
    with what the reader said is right: "340 млн рублей", "from the 2019 report").  A quote a
    reader says is not a quote is marked, not dropped: every view still shows what newsprism
    read, beside what the reader said.  The stored analysis is left as it was: the article
    page, the speaker index, the trace and the exports each apply the corrections when they
    show the article, so an undone correction leaves no trace and an export keeps what
    newsprism said beside what is right.  The latest correction of an item wins; one whose
    span the article no longer holds (the outlet changed the text) applies to nothing.
    """
    by_quote: dict[int, Correction] = {}
    own: dict[tuple[str, int], Correction] = {}  # the latest quote/figure correction of each
    for c in found:
        items = article.quotes if c.item == "quote" else article.claims
        hit = next((x for x in items if c.matches(c.item, x.id, x.start, x.end)), None)
        if hit is None:
            continue
        if c.kind == "speaker":
            by_quote[hit.id] = c
        else:
            own[c.item, hit.id] = c
    if not by_quote and not own:
        return ReaderView(article, {}, {})
    marks: dict[tuple[str, int], str] = {}
    speakers = list(article.speakers)
    quotes = list(article.quotes)
    claims = list(article.claims)
    for i, q in enumerate(quotes):
        fix = by_quote.get(q.id)
        if fix is None:
            continue
        speaker = _speaker_named(speakers, fix.correct) if fix.correct else None
        quotes[i] = dataclasses.replace(
            q,
            speaker=speaker.id if speaker else None,
            confidence=1.0,
            speaker_confidence=1.0,
            relayed_by=None if speaker and q.relayed_by == speaker.id else q.relayed_by,
        )
        marks["quote", q.id] = ""
        for j, claim in enumerate(claims):
            inside = q.start <= claim.start and claim.end <= q.end
            if inside and claim.speaker == q.speaker and claim.speaker is not None:
                claims[j] = _given_to(claim, speaker)
                marks["claim", claim.id] = ""
    for (item, item_id), fix in own.items():
        marks[item, item_id] = _what_was_wrong(fix)
        if item != "claim" or not fix.correct:
            continue
        speaker = _speaker_known(speakers, fix.correct)
        j = next(n for n, c in enumerate(claims) if c.id == item_id)
        if speaker is not None and claims[j].speaker != speaker.id:
            claims[j] = _given_to(claims[j], speaker)
    corrected = dataclasses.replace(
        article, speakers=tuple(speakers), quotes=tuple(quotes), claims=tuple(claims)
    )
    return ReaderView(corrected, by_quote, marks)


def _given_to(claim: Claim, speaker: Speaker | None) -> Claim:
    return dataclasses.replace(
        claim,
        speaker=speaker.id if speaker else None,
        source=speaker.name if speaker else None,
        source_confidence=1.0,
    )


def _what_was_wrong(fix: Correction) -> str:
    right = f" — right: {' '.join(fix.correct.split())}" if fix.correct else ""
    return WHAT_WAS_WRONG.get(fix.kind, fix.kind) + right


def mark_text(what: str) -> str:
    """The mark a list shows beside a corrected item: "corrected by a reader", with what the
    reader said was wrong when it was more than the speaker ("…: not a quote")."""
    return f"{CORRECTED_MARK}: {what}" if what else CORRECTED_MARK


def reader_speakers(
    article: Article, found: Sequence[Correction]
) -> tuple[Article, dict[int, Correction]]:
    """The article as its readers corrected it (:func:`reader_view`), and the quotes whose
    speaker a reader corrected, by id."""
    view = reader_view(article, found)
    return view.article, view.speaker_fixes


def _speaker_known(speakers: Sequence[Speaker], name: str) -> Speaker | None:
    """The speaker of ``speakers`` a reader's name means — by its name or an alias, in any case;
    else by surname when one person of the article alone bears it ("Reilly" for "Tom Reilly")."""
    from ..trace.mentions import same_speaker

    wanted = " ".join(name.split()).casefold()
    for sp in speakers:
        if wanted in {sp.name.casefold(), *(a.casefold() for a in sp.aliases)}:
            return sp
    alike = [sp for sp in speakers if sp.kind == "person" and same_speaker(sp.name, name)]
    return alike[0] if len(alike) == 1 else None


def _speaker_named(speakers: list[Speaker], name: str) -> Speaker:
    """The speaker of ``speakers`` a reader's name means (:func:`_speaker_known`), or a new
    speaker of that name, appended to ``speakers``."""
    known = _speaker_known(speakers, name)
    if known is not None:
        return known
    new = Speaker(id=max((sp.id for sp in speakers), default=-1) + 1, name=" ".join(name.split()))
    speakers.append(new)
    return new


def corrected_article(lib: Library, article_id: int) -> tuple[Article, dict[int, Correction]]:
    """A stored article as its readers corrected it (:func:`reader_view`)."""
    return reader_speakers(lib.get(article_id), corrections(lib, article_id))


def corrected_speakers(conn: sqlite3.Connection, article: Article, article_id: int) -> Article:
    """The article the trace links and the speaker rows hold: its quotes and figures under the
    speakers readers gave them."""
    rows = conn.execute(
        "SELECT * FROM corrections WHERE article_id = ? AND kind IN (?, ?) ORDER BY id",
        (article_id, *_MOVING),
    ).fetchall()
    return reader_view(article, [_correction(r) for r in rows]).article if rows else article


#: (kind, article id, item id) of a corrected item → what the reader said (:func:`mark_text`)
Marked = dict[tuple[str, int, int], str]


def corrected_mentions(lib: Library, appearances: Sequence[Any]) -> Marked:
    """The trace's appearances (anything with a ``mention.source.article_id``) a reader
    corrected (:func:`corrected_items`)."""
    return corrected_items(lib, {a.mention.source.article_id for a in appearances})


def corrected_items(lib: Library, ids: Iterable[int]) -> Marked:
    """Every item of these articles a reader corrected, by (kind, article id, item id), with
    what the reader said (:class:`ReaderView`'s marks): quotes given another speaker and the
    figures that followed them, quotes that are no quotes, figures marked wrong."""
    held = {int(r[0]) for r in lib.conn.execute("SELECT DISTINCT article_id FROM corrections")}
    out: Marked = {}
    for article_id in sorted(set(ids) & held):
        view = reader_view(lib.get(article_id), corrections(lib, article_id))
        out |= {(kind, article_id, item): what for (kind, item), what in view.marks.items()}
    return out


def mark_appearances(rows: Any, fixed: Marked) -> Any:
    """The trace's JSON (an appearance, a timeline or a list of either) with
    ``corrected_by_reader`` on every appearance (true where a reader corrected it) and, where
    one did, ``reader_correction``: "speaker", "not a quote" or "wrong figure — right: …"."""
    if isinstance(rows, list):
        return [mark_appearances(r, fixed) for r in rows]
    if isinstance(rows, dict):
        if {"kind", "article", "item"} <= rows.keys():
            key = (rows["kind"], rows["article"], rows["item"])
            if key not in fixed:
                return rows | {"corrected_by_reader": False}
            return rows | {
                "corrected_by_reader": True,
                "reader_correction": fixed[key] or "speaker",
            }
        return {
            k: mark_appearances(v, fixed) if k in ("first_appearance", "appearances") else v
            for k, v in rows.items()
        }
    return rows


def mark_story(detail: dict[str, Any], fixed: Marked) -> dict[str, Any]:
    """A story's detail (``stories.view.story_detail``) with each quote and figure report a
    reader corrected marked ``reader_correction`` (:func:`mark_text`), for its JSON and pages."""
    for q in detail.get("quotes", ()):
        for r in [q["first"], *q.get("reports", ())]:
            what = fixed.get(("quote", r["article_id"], r["quote_id"]))
            if what is not None:
                r["reader_correction"] = mark_text(what)
    for f in detail.get("figures", ()):
        for r in f.get("reports", ()):
            what = fixed.get(("claim", r["article_id"], r["claim_id"]))
            if what is not None:
                r["reader_correction"] = mark_text(what)
    return detail


def story_marks(lib: Library, detail: dict[str, Any]) -> dict[str, Any]:
    """:func:`mark_story` with the corrections of the story's articles."""
    ids = {r["article_id"] for q in detail.get("quotes", ()) for r in [q["first"], *q["reports"]]}
    ids |= {r["article_id"] for f in detail.get("figures", ()) for r in f["reports"]}
    return mark_story(detail, corrected_items(lib, ids))


def mark_note(fix: Correction) -> str:
    """The note beside a quote whose speaker a reader corrected, in every view."""
    said = f"; newsprism said: {fix.said}" if fix.said else ""
    return f"{CORRECTED_MARK}{said}"


def corrected_json(article: Article, found: Sequence[Correction]) -> dict[str, Any]:
    """The article's JSON with its readers' corrections applied (:func:`reader_view`), each
    corrected quote and figure marked ``corrected_by_reader`` with ``reader_correction`` (what
    the reader said: "speaker", "not a quote", "wrong figure — right: …") and, where the
    correction moved it, what newsprism said in ``analysed`` (its speaker id and confidences),
    each speaker a reader added marked ``added_by_reader``: a JSON reader finds the quote under
    the right speaker, and ``import json`` restores the analysis (:func:`analysed_json`) before
    it records the corrections again."""
    view = reader_view(article, found)
    data = view.article.to_dict()
    if not view.marks:
        return data
    before = article.to_dict()
    for key, item, fields in (
        ("quotes", "quote", _QUOTE_FIELDS),
        ("claims", "claim", _CLAIM_FIELDS),
    ):
        was_by_id = {x["id"]: x for x in before[key]}
        for x in data[key]:
            what = view.marks.get((item, x["id"]))
            if what is None:
                continue
            was = was_by_id[x["id"]]
            x["corrected_by_reader"] = True
            x["reader_correction"] = what or "speaker"
            if any(was.get(k) != x.get(k) for k in fields):
                x["analysed"] = {k: was.get(k) for k in fields}
    known = {sp.id for sp in article.speakers}
    for sp in data["speakers"]:
        if sp["id"] not in known:
            sp["added_by_reader"] = True
    return data


#: the fields :func:`reader_speakers` changes, restored by :func:`analysed_json`
_QUOTE_FIELDS = ("speaker", "confidence", "speaker_confidence", "relayed_by")
_CLAIM_FIELDS = ("speaker", "source", "source_confidence")


def analysed_json(data: dict[str, Any]) -> dict[str, Any]:
    """An exported article's JSON as newsprism analysed it: :func:`corrected_json` undone (the
    corrections themselves travel in the export's ``corrections`` list)."""
    for key in ("quotes", "claims"):
        for item in data.get(key) or []:
            if isinstance(item, dict) and item.pop("corrected_by_reader", False):
                item.pop("reader_correction", None)
                was = item.pop("analysed", None)
                if isinstance(was, dict):
                    item.update(was)
    if isinstance(data.get("speakers"), list):
        data["speakers"] = [
            sp
            for sp in data["speakers"]
            if not (isinstance(sp, dict) and sp.get("added_by_reader"))
        ]
    return data


def article_json(article: Article, found: Sequence[Correction]) -> dict[str, Any]:
    """The one JSON of a stored article every export and the web API give: the article as its
    readers corrected it (:func:`corrected_json`: each corrected quote and figure marked
    ``corrected_by_reader``, what newsprism said kept in ``analysed``) and, when readers
    corrected anything, the corrections themselves in ``corrections``.  ``import json`` reads
    it back (:func:`analysed_json`)."""
    data = corrected_json(article, found)
    if found:
        data["corrections"] = [c.to_dict() for c in found]
    return data


def stored_article_json(lib: Library, article_id: int) -> dict[str, Any]:
    """:func:`article_json` of a stored article with its corrections (``/api/articles/{id}``)."""
    return article_json(lib.get(article_id), corrections(lib, article_id))


def marked_rows(rows: list[dict[str, Any]], data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The library's rows of an article's quotes or figures (``key``) with the reader marks
    :func:`article_json` gave the same items (``corrected_by_reader``, ``reader_correction``,
    ``analysed``): ``/api/articles/{id}/quotes`` and ``…/claims`` say what the article's JSON
    says."""
    marks = {
        x["id"]: {
            k: x[k] for k in ("corrected_by_reader", "reader_correction", "analysed") if k in x
        }
        for x in data.get(key, ())
    }
    return [r | (marks.get(r["id"]) or {"corrected_by_reader": False}) for r in rows]


def render_corrected(article: Article, fmt: str, found: list[Correction], **extra: Any) -> str:
    """The article rendered as its readers corrected it, with their corrections: a quote whose
    speaker a reader corrected is listed under that speaker, marked (``show`` and ``export``;
    ``extra`` goes to the HTML page, e.g. ``revisions``)."""
    import json

    from ..render import render

    if fmt == "json":
        return json.dumps(article_json(article, found), ensure_ascii=False, indent=2) + "\n"
    view = reader_view(article, found)
    if fmt == "md":
        from ..render.markdown import render_markdown

        marks = {
            key: mark_note(view.speaker_fixes[key[1]])
            if key[0] == "quote" and key[1] in view.speaker_fixes
            else mark_text(what)
            for key, what in view.marks.items()
        }
        return with_corrections(render_markdown(view.article, marks=marks), fmt, found)
    if fmt == "html":
        from ..render.html import render_html

        return render_html(view.article, corrected=correction_marks(found), **extra)
    return render(view.article, fmt)
