"""The trace index in the library: every claim and quote mention, grouped into traces as
articles arrive.

A *trace* is one claim (or one quote) followed across articles.  An arriving mention is compared
with the mentions that could be the same (candidates drawn from indexes, never the whole
library): for a figure, those whose value lies within a factor of :data:`VALUE_SPAN` (a sum of
money in either unit of its currency: 50 cents or $0.50) and that appeared within
:data:`WINDOW_DAYS`; for a quote, those of the same speaker, or sharing rare words
(full-text index), in the same window.  A mention joins the trace whose candidates it
matches best on average, at or above
:data:`~.identity.SAME_CLAIM` (or ``SAME_QUOTE``); else it starts a trace.  A person's decision ("the same" / "not the
same") is kept in ``trace_decisions`` and outranks the score, also when the article is read again.

Articles are linked on arrival by :func:`catch_up`, which reads only articles that have no trace
rows yet (or whose text changed); removing an article removes its mentions (foreign keys), their
words in the full-text index and the traces left empty (triggers, see ``library.db``).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from ..article import Article
from ..library import db
from ..library.corrections import corrected_speakers
from ..library.stemming import stem_text
from ..threads import single_threaded_blas
from . import fates, identity, owners, sources, vectors
from .apart import KINDS_APART as KINDS_APART
from .apart import kinds_apart as kinds_apart
from .apart import past_apart as past_apart
from .apart import periods_apart as periods_apart
from .candidates import OTHER_UNITS as OTHER_UNITS
from .candidates import VALUE_SPAN as VALUE_SPAN
from .candidates import WINDOW_DAYS as WINDOW_DAYS
from .candidates import Mention as Mention
from .candidates import _candidates as _candidates
from .candidates import (
    _cosines,
    _Kept,
)
from .candidates import _in_other_currencies as _in_other_currencies
from .candidates import _rare_words as _rare_words
from .candidates import _speaker_quotes as _speaker_quotes
from .candidates import _window as _window
from .mentions import (
    ClaimMention,
    QuoteMention,
    claim_mentions,
    quote_mentions,
    speaker_key,
)
from .revisions import (
    MERGE_REVISED,
    REVISIONS_JOIN,
    _revised_trace,
)
from .revisions import _merge_all as _merge_all
from .stored import (
    _apply_decisions,
    _refused,
)
from .stored import claim_evidence as claim_evidence
from .stored import decide as decide
from .stored import mention_from_row as mention_from_row
from .stored import role_cosine as role_cosine
from .stored import speaker_rows as speaker_rows
from .stored import trace_mentions as trace_mentions
from .stored import trace_of as trace_of
from .stored import traces_with_quote as traces_with_quote
from .stored import traces_with_value as traces_with_value

#: two figures of one article join one trace only when they are one figure (see
#: :func:`_claim_traces`); chosen by cross-validated linking (``benchmarks/trace.py --fit``) on
#: half A of the development stories once they held two owners of most kinds of count, and
#: checked with the shipped weights on both halves: claims F1 A 0.75 -> 0.79, B 0.84 -> 0.87,
#: "figure changed" correct A 64% -> 75%, B 81% -> 88%, found A 76% -> 70%, B 79% -> 72%
ONE_PER_ARTICLE = True
#: ... except two figures of one article given to two sources (:mod:`.sources`): "the audit
#: office puts the cost at €365 million, against the ministry's €318 million" states one count
#: disputed, both figures of one claim (twelfth session: changed figures found on development
#: half A 188 -> 195 of 288, B 219 -> 220 of 340, flags correct unchanged, links unchanged)
DISPUTE_SHARES = True

#: a figure whose owner (:mod:`.owners`) is known matches a candidate of another known owner
#: with 0, whatever else they share: two owners' counts (Nordair's passengers and Baltavia's)
#: are two claims, and the other owner's figure counts against its trace's average
OWNERS_APART = True
#: likewise a figure whose period contradicts a candidate's (:func:`.periods.conflict`: March
#: and the first quarter, a week and the year) matches it with 0 unless the two figures agree:
#: two periods' counts of one thing differ, while a period restated on the way (a month's
#: figure given as "this year's") keeps its number, and stays linked to be flagged.  A rule,
#: nothing fitted (thirteenth session; half A, where it was written: claims F1 0.75 -> 0.79, P
#: 0.75 -> 0.83, changed figures found 214 of 315 kept, correct 64% -> 69%, wrong "period
#: changed" 69 -> 0; half B, the check: 0.82 -> 0.83, found 231 -> 229 of 357, correct 80% ->
#: 81%, wrong "period changed" 15 -> 6)
PERIODS_APART = True
#: likewise two figures counting people of two different fates (:mod:`.fates`: trapped and
#: rescued, injured and killed, ill and dead) match with 0: two counts of one event
#: (eighteenth session)
FATES_APART = True

#: likewise a figure of a named year before both articles appeared against one that names no
#: period, the story's own time (:func:`.periods.past_against_now`: "In 2031 a mudflow
#: destroyed 36 houses" beside "36 houses destroyed", the count of the day): another event's
#: count, however alike.  The flags read it since the twentieth session (:data:`.drift
#: .PAST_APART`); the link since the twenty-ninth
PAST_APART = True


def catch_up(conn: sqlite3.Connection, *, limit: int | None = None) -> int:
    """Link every stored article not linked yet (or changed since); returns how many."""
    rows = conn.execute(
        "SELECT a.id, a.json FROM articles a LEFT JOIN trace_articles t ON t.article_id = a.id "
        "WHERE t.article_id IS NULL OR t.content_hash != a.content_hash ORDER BY a.id"
        + (f" LIMIT {int(limit)}" if limit else "")
    ).fetchall()
    for row in rows:
        link_article(conn, int(row["id"]), Article.from_dict(json.loads(row["json"])))
    return len(rows)


def link_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """(Re)place an article's mentions in the index, each in its trace."""
    # one BLAS thread: the products here (a few hundred candidates' cosines, a fallback
    # parse) are small, and a pool's threads spin after each one; on a busy machine they
    # tripled the CPU time of a link (docs/trace.md, Scale)
    with single_threaded_blas():
        _link(conn, article_id, article)


def _link(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    # a quote's speaker as a reader corrected it ("this is wrong" / the right speaker): the
    # library relinks an article when a reader corrects or undoes a speaker (library/corrections)
    article = corrected_speakers(conn, article, article_id)
    claims = claim_mentions(article, article_id)
    quotes = quote_mentions(article, article_id)
    words = vectors.encode_words(sorted({w for c in claims if c.role for w in c.role.split()}))
    # a quote of several sentences is encoded sentence by sentence too: an outlet that quotes
    # one of them (or its translation) quotes the same words (see identity.quote_sentences)
    # both from the quote's words alone, its quotation marks left out (identity.spoken)
    parts = [[identity.spoken(p) for p in identity.quote_sentences(q.text)] for q in quotes]
    texts = [c.what for c in claims] + [c.sentence for c in claims]
    texts += [identity.spoken(q.text) for q in quotes]
    vecs = vectors.encode_once(texts + [p for ps in parts for p in ps])
    n = len(claims)
    part_vecs, at = [], len(texts)
    for ps in parts:
        part_vecs.append(vecs[at : at + len(ps)] if ps else None)
        at += len(ps)
    with db.write_transaction(conn):
        _forget(conn, article_id)
        roles = [
            vectors.pack_many([words[w] for w in c.role.split()]) if c.role else None
            for c in claims
        ]
        merges: list[tuple[int, int]] = []
        # the rows this link reads, each once (see _Kept)
        kept = _Kept()
        joins = _claim_traces(
            conn, claims, [[vecs[i], vecs[n + i]] for i in range(n)], roles, merges, kept=kept
        )
        bonded: list[tuple[int, int]] = []
        follow = _bonded(article, claims, joins, bonded) if BONDS else {}
        placed: dict[int, int] = {}
        # a figure that follows its bond's partner is stored after it, in the trace it went to
        for i in sorted(range(n), key=lambda i: i in follow):
            join: tuple[int, float | None] | None = joins[i]
            if i in follow and (join is None or follow[i][1]):
                join = (placed[follow[i][0]], None)
            placed[i] = _insert(
                conn, "claim", claims[i].claim_id, claims[i], [vecs[i], vecs[n + i]], roles[i], join
            )
        _merge_all(conn, merges)
        # the traces two bonded figures joined apart are one claim's, begun when they may
        _merge_all(conn, bonded, after=0.0)
        for j, q in enumerate(quotes):
            vec = [vecs[2 * n + j], part_vecs[j]]
            best = _best_trace(conn, "quote", q, vec, kept=kept)
            _insert(conn, "quote", q.quote_id, q, vec, None, best)
        conn.execute(
            "INSERT OR REPLACE INTO trace_articles(article_id, content_hash) VALUES (?, ?)",
            (article_id, article.content_hash),
        )
        _apply_decisions(conn, article_id)


def _forget(conn: sqlite3.Connection, article_id: int) -> None:
    # the library's triggers take the mentions' words out of the full-text index and drop the
    # traces left empty (as they do when an article is removed and its mentions cascade away)
    conn.execute("DELETE FROM trace_mentions WHERE article_id = ?", (article_id,))


def _payload(m: Mention) -> str:
    # the fields as they stand, not ``asdict``'s deep copy: a mention's fields are text, numbers
    # and tuples of text, which JSON writes alike (the same payload, a tenth of the cost)
    data = {f.name: getattr(m, f.name) for f in fields(m) if f.name != "source"}
    return json.dumps(data, ensure_ascii=False)


def _trace_scores(
    conn: sqlite3.Connection,
    kind: str,
    m: Mention,
    vecs: list[Any],
    role: bytes | None = None,
    *,
    seen: list[tuple[sqlite3.Row, float]] | None = None,
    kept: _Kept | None = None,
) -> dict[int, float]:
    """Each candidate trace's average match with ``m`` (a person's "not the same" excluded;
    for a figure, over the best :data:`TOP_SHARE` of the trace's candidates).  ``seen``, when
    given, receives every candidate compared and its pair score; ``kept``: the link's rows
    read so far (:class:`_Kept`).

    A mention joins the trace it matches on average, not the one holding its single best match:
    one figure or quote that happens to look alike must not pull a whole other claim in, nor
    chain the short quotes of one story into one trace."""
    src = m.source
    item = m.claim_id if isinstance(m, ClaimMention) else m.quote_id
    refused = _refused(conn, kind, src.article_id, item)
    by_trace: dict[int, list[float]] = {}
    for cand, s in _scored(conn, kind, m, vecs, role, kept=kept):
        if (cand["article_id"], cand["item_id"]) not in refused:
            by_trace.setdefault(int(cand["trace_id"]), []).append(s)
            if seen is not None:
                seen.append((cand, s))
    if kind == "claim" and TOP_SHARE < 1.0:
        return {t: _top_mean(ss, TOP_SHARE) for t, ss in by_trace.items()}
    return {t: sum(ss) / len(ss) for t, ss in by_trace.items()}


#: a figure joins the trace whose candidates it matches best on average over the best
#: :data:`TOP_SHARE` of them: a quarter of a trace may be figures it matches less (the other
#: source's figure of a disputed count, a restatement in other words) without keeping it out,
#: while one look-alike still cannot pull it in.  Twelfth session, against the plain average:
#: development half B claims F1 0.82 -> 0.83 (ru-ru 0.76 -> 0.78), changed figures found 227 ->
#: 228 of 340 (81% correct kept); half A 0.74 -> 0.75 (ru-ru 0.75 -> 0.73), 200 -> 208 of 288
#: (65% kept); a half (0.5) lost on both
TOP_SHARE = 0.75


def _top_mean(scores: list[float], share: float) -> float:
    """The mean of the best ``share`` of ``scores`` (at least one)."""
    top = sorted(scores, reverse=True)[: max(1, math.ceil(len(scores) * share))]
    return sum(top) / len(top)


def _best_trace(
    conn: sqlite3.Connection,
    kind: str,
    m: Mention,
    vecs: list[Any],
    *,
    kept: _Kept | None = None,
) -> tuple[int, float] | None:
    threshold = identity.SAME_CLAIM if kind == "claim" else identity.SAME_QUOTE
    scores = _trace_scores(conn, kind, m, vecs, kept=kept)
    best = max(scores.items(), key=lambda kv: kv[1], default=None)
    return best if best is not None and best[1] >= threshold else None


def same_figure(a: ClaimMention, b: ClaimMention) -> bool:
    """One figure stated twice in one article (the lede and the body): one value, one unit."""
    return a.value == b.value and a.value_high == b.value_high and a.unit == b.unit


#: two figures of one sentence with a word of attribution between them are two sources' figures
#: too (:func:`.sources.cited_apart`; seventeenth session)
CITED_APART = True


def disputed(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures of one article given to two sources (a count disputed, one claim)."""
    return sources.differ(a, b) or (CITED_APART and sources.cited_apart(a, b))


def _claim_traces(
    conn: sqlite3.Connection,
    claims: list[ClaimMention],
    vecs: list[list[Any]],
    roles: list[bytes | None],
    merges: list[tuple[int, int]] | None = None,
    *,
    kept: _Kept | None = None,
) -> list[tuple[int, float] | None]:
    """Which trace each of an article's figures joins (``None``: a trace of its own).
    ``merges``, when given, receives (trace joined, trace revised) for each figure that joined
    one trace while revising a figure of another (:data:`MERGE_REVISED`).

    With :data:`ONE_PER_ARTICLE`, two figures of one article join one trace only when they are
    one figure (:func:`same_figure`): an article that gives two airlines' passengers, or a
    half-year's and the year's gas, states two counts, whichever one trace both resemble.  The
    (figure, trace) pairs are taken best first, so each figure gets the best trace left to it."""
    options = []
    seen: list[list[tuple[sqlite3.Row, float]]] = [[] for _ in claims]
    for k, (c, v, r) in enumerate(zip(claims, vecs, roles, strict=True)):
        for trace, score in _trace_scores(conn, "claim", c, v, r, seen=seen[k], kept=kept).items():
            if score >= identity.SAME_CLAIM:
                options.append((score, k, trace))
    joins: list[tuple[int, float] | None] = [None] * len(claims)
    holder: dict[int, int] = {}

    def may_join(k: int, trace: int) -> bool:
        return not (
            ONE_PER_ARTICLE
            and trace in holder
            and not same_figure(claims[k], claims[holder[trace]])
            and not (DISPUTE_SHARES and disputed(claims[k], claims[holder[trace]]))
        )

    for score, k, trace in sorted(options, key=lambda o: -o[0]):
        if joins[k] is not None or not may_join(k, trace):
            continue
        joins[k] = (trace, score)
        holder.setdefault(trace, k)
    if REVISIONS_JOIN:
        for k, c in enumerate(claims):
            revised = _revised_trace(c, roles[k], seen[k], joins[k])
            if revised is None:
                continue
            trace, score = revised
            joined = joins[k]
            if joined is None and may_join(k, trace):
                joins[k] = (trace, score)
                holder.setdefault(trace, k)
            elif joined is not None and MERGE_REVISED and merges is not None:
                merges.append((joined[0], trace))
    return joins


#: two figures of one article that its grammar makes one count (:mod:`.bonds`: a rival source's
#: "put the number at 1,580" after the ministry's 1,240; "has risen to 880, up from 340") share a
#: trace, whatever their scores (thirty-second session; docs/trace.md)
BONDS = True


def _bonded(
    article: Article,
    claims: list[ClaimMention],
    joins: list[tuple[int, float] | None],
    merges: list[tuple[int, int]],
) -> dict[int, tuple[int, bool]]:
    """Which of an article's figures follow another into its trace (:mod:`.bonds`): figure ->
    (the figure it follows, whether it leaves the trace it joined on its own).  Each bonded
    group follows its first member that joined a trace (else its first member, whose new trace
    the others join); a trace another member joined on its own is merged into that one
    (``merges``: the same claim, the rival's earlier figures with it)."""
    from . import bonds

    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for j, k in bonds.bonds(article, claims):
        parent[root(k)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(root(i), []).append(i)
    follow: dict[int, tuple[int, bool]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        joined = [i for i in members if joins[i] is not None]
        leader = joined[0] if joined else members[0]
        target = joins[leader]
        for i in members:
            if i == leader:
                continue
            own = joins[i]
            leaves = own is not None and target is not None and own[0] != target[0]
            if leaves and own is not None and target is not None:
                merges.append((own[0], target[0]))
            follow[i] = (leader, own is None or leaves)
    return follow


def _insert(
    conn: sqlite3.Connection,
    kind: str,
    item: int,
    m: Mention,
    vecs: list[Any],
    role: bytes | None,
    join: tuple[int, float | None] | None,
) -> int:
    """Store a mention in the trace it joins (``join``: trace id and score), or in a new one.
    ``role``: a claim's counted role, its words' vectors packed (:func:`.vectors.pack_many`).
    ``vecs``: a claim's what-is-counted and sentence vectors; a quote's vector and its
    sentences' vectors (a matrix, ``None`` for a quote of one sentence), stored packed in vec2."""
    src = m.source
    score: float | None = None
    if join is not None:
        trace_id, score = join
    else:
        label = m.text if isinstance(m, QuoteMention) else m.sentence
        trace_id = int(
            conn.execute(
                "INSERT INTO traces(kind, label) VALUES (?, ?)", (kind, label[:300])
            ).lastrowid
            or 0
        )
    speaker = speaker_key(m.speaker)
    value = m.value if isinstance(m, ClaimMention) else None
    cur = conn.execute(
        "INSERT INTO trace_mentions(kind, article_id, item_id, trace_id, score, value, speaker_key,"
        " language, site, url, title, at, data, vec1, vec2, vec3)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            kind, src.article_id, item, trace_id, score, value, speaker, src.language, src.site,
            src.url, src.title, src.at, _payload(m),
            vectors.pack(vecs[0]), _pack_second(kind, vecs), role,
        ),
    )  # fmt: skip
    if isinstance(m, QuoteMention):
        conn.execute(
            "INSERT INTO trace_quote_words(rowid, words) VALUES (?, ?)",
            (cur.lastrowid, stem_text(m.text)),
        )
    return trace_id


def _pack_second(kind: str, vecs: list[Any]) -> bytes | None:
    if len(vecs) < 2 or vecs[1] is None:
        return None
    return vectors.pack_many(list(vecs[1])) if kind == "quote" else vectors.pack(vecs[1])


def _scored(
    conn: sqlite3.Connection,
    kind: str,
    m: Mention,
    vecs: list[Any],
    role: bytes | None = None,
    *,
    kept: _Kept | None = None,
) -> Iterator[tuple[sqlite3.Row, float]]:
    import numpy as np

    rows = _candidates(conn, kind, m, kept=kept)
    if not rows:
        return
    v1 = np.frombuffer(b"".join(r["vec1"] for r in rows), dtype=np.int8).reshape(len(rows), -1)
    s1 = _cosines(v1, vecs[0])
    if isinstance(m, ClaimMention):
        v2 = np.frombuffer(b"".join(r["vec2"] for r in rows), dtype=np.int8).reshape(len(rows), -1)
        s2 = _cosines(v2, vecs[1])
        s3 = _role_cosines(rows, role)
        ceiling = identity.claim_ceiling(s1, s2, s3)
        threshold = identity.SAME_CLAIM
    else:
        # the meaning of two quotes: their vectors' cosine, or where one quotes a part of the
        # other, the shorter's with the closest sentence of the longer
        s1 = np.maximum(s1, _part_cosines(rows, vecs[0], vecs[1] if len(vecs) > 1 else None))
        s2 = s3 = s1
        ceiling = identity.quote_ceiling(s1)
        threshold = identity.SAME_QUOTE
    weighed = identity.weighed_claim_features() if isinstance(m, ClaimMention) else None
    for row, a, b, c, top in zip(rows, s1, s2, s3, ceiling, strict=True):
        if top < threshold:  # no value, unit or speaker agreement could lift it to a link:
            # not read any further; it counts in its trace's average at that best it could be
            yield row, float(top)
            continue
        other = mention_from_row(row)
        if isinstance(m, ClaimMention) and isinstance(other, ClaimMention):
            if OWNERS_APART and owners.owners_differ(m.owner, other.owner):
                yield row, 0.0
                continue
            if PERIODS_APART and periods_apart(m, other):
                yield row, 0.0
                continue
            if FATES_APART and fates.apart(m, other):
                yield row, 0.0
                continue
            if PAST_APART and past_apart(m, other):
                yield row, 0.0
                continue
            if KINDS_APART and kinds_apart(m, other):
                yield row, 0.0
                continue
            r = None if math.isnan(float(c)) else float(c)
            yield row, identity.claim_score(m, other, float(a), float(b), r, weighed)
        elif isinstance(m, QuoteMention) and isinstance(other, QuoteMention):
            yield row, identity.quote_match(m, other, float(a)).score


#: read a quote's sentences (:func:`.identity.quote_sentences`): a part of a quote, or its
#: translation, matches the sentence it takes; ``False``: only the whole quotes' vectors
QUOTE_PARTS = True


def _part_cosines(rows: list[sqlite3.Row], whole: Any, parts: Any) -> Any:
    """Each candidate quote's best cosine as a part of ``m`` or ``m`` as a part of it: its
    vector with ``m``'s sentences (``parts``, a matrix or ``None``), and ``m``'s vector
    (``whole``) with its sentences (stored packed in vec2); -1 where neither has sentences."""
    import numpy as np

    out = np.full(len(rows), -1.0, dtype=np.float32)
    if not QUOTE_PARTS or not rows:
        return out
    if parts is not None and len(parts):
        v1 = np.frombuffer(b"".join(r["vec1"] for r in rows), dtype=np.int8)
        v1 = v1.reshape(len(rows), -1).astype(np.float32)
        norms = np.linalg.norm(v1, axis=1)
        norms[norms == 0] = 1.0
        out = np.maximum(out, (np.asarray(parts) @ v1.T).max(axis=0) / norms)
    have = [k for k, r in enumerate(rows) if r["vec2"] is not None]
    if have:
        blobs = [rows[k]["vec2"] for k in have]
        sims = vectors.unpack_many(b"".join(blobs)) @ whole
        starts = np.cumsum([0] + [len(b) // vectors.PACKED_BYTES for b in blobs])[:-1]
        out[have] = np.maximum(out[have], np.maximum.reduceat(sims, starts))
    return out


def quote_meaning(a: sqlite3.Row, b: sqlite3.Row) -> float:
    """The meaning match of two stored quote mentions, as linking reads it (:func:`_scored`):
    their vectors' cosine, or the best of one as a part of the other."""
    va = vectors.unpack(a["vec1"])
    parts = vectors.unpack_many(a["vec2"]) if a["vec2"] is not None else None
    whole = float(va @ vectors.unpack(b["vec1"]))
    return max(whole, float(_part_cosines([b], va, parts)[0]))


def _role_cosines(rows: list[sqlite3.Row], role: bytes | None) -> Any:
    """Each candidate's role cosine with ``role`` (:func:`.vectors.best_pair`, all at once);
    NaN where either has no role."""
    import numpy as np

    out = np.full(len(rows), np.nan, dtype=np.float32)
    have = [k for k, r in enumerate(rows) if r["vec3"] is not None]
    if role is None or not have:
        return out
    blobs = [rows[k]["vec3"] for k in have]
    sims = (vectors.unpack_many(b"".join(blobs)) @ vectors.unpack_many(role).T).max(axis=1)
    starts = np.cumsum([0] + [len(b) // vectors.PACKED_BYTES for b in blobs])[:-1]
    out[have] = np.maximum.reduceat(sims, starts)
    return out
