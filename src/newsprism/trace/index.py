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

import dataclasses
import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import fields
from functools import lru_cache
from typing import Any

from ..article import Article
from ..library import db
from ..library.corrections import corrected_speakers
from ..library.stemming import stem_text
from ..threads import single_threaded_blas
from . import fates, identity, measures, money, owners, periods, sources, vectors
from .mentions import (
    ClaimMention,
    QuoteMention,
    Source,
    claim_mentions,
    quote_mentions,
    speaker_key,
)

VALUE_SPAN = 4.0
WINDOW_DAYS = 120
#: candidates compared per mention, at most
CANDIDATES = 200
#: and per other magnitude of its digits (:func:`.measures.magnitudes`, four of them): few, as
#: only a figure with the very same digits is one (the search costs a link about 10 ms of CPU
#: at a million mentions with 50, see docs/trace.md, Scale)
MAGNITUDE_CANDIDATES = 10
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

Mention = ClaimMention | QuoteMention


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


#: a figure its own source gives anew on a later day (:func:`.drift.updated`: the ministry's 41
#: after its 23 of Monday) belongs to the trace of the figure it revises: it joins that trace
#: rather than start one of its own, and where it joined another trace (the other mentions of
#: the new figure), that trace is merged into the one that began first (:func:`_merge`).  Without
#: it, once an owner's day-two figure started a trace, every later mention of the new value
#: joined that trace, which its value matches best: the *cascade* behind most missed changed
#: figures (twentieth session's count).  The pair must match as one claim at
#: :data:`REVISION_SCORE` and count one thing by the grammar (:data:`REVISION_ROLE`), and the
#: traces must have begun on two days.  Twenty-first session, development halves (A, where it
#: was written and its bar chosen: 0.5 against 0.25 and 0.7; B, the check): changed figures
#: found A 456 -> 487 of 815, B 360 -> 379 of 592; every figure flag right A 376/683 (55.0%) ->
#: 394/712 (55.3%), B 339/429 (79.0%) -> 358/451 (79.4%); claims F1 A 0.74 -> 0.75, B 0.81 ->
#: 0.82.  Dropped on the way: keeping the traces apart when one article gives a figure of
#: each (A and B found fewer, A right fewer: "41, up from 23" is one count revised)
REVISIONS_JOIN = True
MERGE_REVISED = True
#: the revising pair's match (:func:`.identity.claim_match`), at least
REVISION_SCORE = 0.5
#: and the cosine of the two figures' counted roles (:mod:`.roles`; both must be read)
REVISION_ROLE = 0.6
#: two traces merge only when they began this far apart (a day-two trace, not two outlets'
#: wordings of one announcement; as :data:`.drift.UPDATE_AFTER`)
MERGE_AFTER = 12 * 3600.0


def _merge_all(
    conn: sqlite3.Connection, merges: list[tuple[int, int]], after: float | None = None
) -> None:
    """Merge each (trace joined, trace revised) pair of :func:`_claim_traces`, following a trace
    merged away to the one it went into."""
    kept: dict[int, int] = {}
    for joined, revised in merges:
        while joined in kept:
            joined = kept[joined]
        while revised in kept:
            revised = kept[revised]
        gone = _merge(conn, joined, revised, MERGE_AFTER if after is None else after)
        if gone is not None:
            kept[gone] = revised if gone == joined else joined


def _merge(conn: sqlite3.Connection, a: int, b: int, after: float = MERGE_AFTER) -> int | None:
    """Merge two claim traces into the one that began first, unless they began within
    :data:`MERGE_AFTER` or a person said a mention of one is not the same as a mention of the
    other; returns the trace merged away (``None``: none)."""
    if a == b:
        return None
    first = {
        int(r[0]): r[1]
        for r in conn.execute(
            "SELECT trace_id, min(coalesce(at, 1e18)) FROM trace_mentions WHERE trace_id IN (?, ?)"
            " GROUP BY trace_id",
            (a, b),
        )
    }
    if len(first) < 2 or abs(first[a] - first[b]) < after:
        return None
    refused = conn.execute(
        "SELECT 1 FROM trace_decisions d JOIN trace_mentions x ON x.kind = d.kind AND "
        "x.article_id = d.a_article AND x.item_id = d.a_item JOIN trace_mentions y ON "
        "y.kind = d.kind AND y.article_id = d.b_article AND y.item_id = d.b_item "
        "WHERE d.decision = 'different' AND "
        "((x.trace_id = ? AND y.trace_id = ?) OR (x.trace_id = ? AND y.trace_id = ?)) LIMIT 1",
        (a, b, b, a),
    ).fetchone()
    if refused:
        return None
    keep, gone = (a, b) if (first[a], a) <= (first[b], b) else (b, a)
    conn.execute("UPDATE trace_mentions SET trace_id = ? WHERE trace_id = ?", (keep, gone))
    return gone


def _revised_trace(
    c: ClaimMention,
    role: bytes | None,
    seen: list[tuple[sqlite3.Row, float]],
    join: tuple[int, float] | None,
) -> tuple[int, float] | None:
    """The trace holding the figure ``c`` revises (its own source's earlier figure of one count,
    :func:`.drift.updated`, matched at :data:`REVISION_SCORE`, its counted role alike), with that
    pair's score; ``None`` if none (or if it is the trace ``c`` joined)."""
    from . import drift

    best: tuple[int, float] | None = None
    for row, score in seen:
        trace = int(row["trace_id"])
        if score < max(identity.SAME_CLAIM, REVISION_SCORE) or (
            join is not None and trace == join[0]
        ):
            continue
        other = mention_from_row(row)
        if not isinstance(other, ClaimMention) or not drift.updated(other, c):
            continue
        if not (row["vec3"] and role) or vectors.best_pair(row["vec3"], role) < REVISION_ROLE:
            continue
        if best is None or score > best[1]:
            best = (trace, score)
    return best


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


def _window(at: float | None) -> tuple[str, list[Any]]:
    if at is None:
        return "", []
    span = WINDOW_DAYS * 86400
    return " AND (at IS NULL OR at BETWEEN ? AND ?)", [at - span, at + span]


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


#: likewise two figures of two kinds: a measure against a count of things ("9 tonnes of fuel"
#: and "9 people", :func:`.identity.measure_and_count`), or two measures no conversion joins
#: ("12%" and "8 tonnes", :func:`.identity.unit_agreement` 0) unless they are money in two
#: currencies (no rate is known offline).  The flags read both since the eighteenth and
#: twentieth sessions (:data:`.drift.MEASURE_APART`, :data:`.drift.UNITS_APART`); the link
#: since the twenty-ninth
KINDS_APART = True


def kinds_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures that cannot count one thing: a measure and a count, or two measures.  Two
    sums of money never are (their currencies, or what each is per — "EUR/car" and
    "EUR/машина", a price per cubic metre given without its "per" — decide nothing here), nor
    an age and a span of years, nor two temperature scales, nor a unit the claims stage wrote
    out in words ("metre per second")."""
    ua, ub = _kind_of(a.unit), _kind_of(b.unit)
    if ua is None or ub is None or ua == ub:
        return False
    if money.currencies(ua) is not None and money.currencies(ub) is not None:
        return False
    if " per " in f"{ua} {ub} " or {ua, ub} <= _TEMPERATURES:
        return False
    a2, b2 = dataclasses.replace(a, unit=ua), dataclasses.replace(b, unit=ub)
    if identity.measure_and_count(a2, b2):
        return True
    return identity.unit_agreement(a2, b2) == 0.0


_TEMPERATURES = frozenset({"°C", "°F"})


def _kind_of(unit: str | None) -> str | None:
    """What a unit measures for :func:`kinds_apart`: an age ("years old") as its span ("year")."""
    if unit is not None and unit.endswith("s old"):
        return unit[: -len("s old")]
    return unit


def past_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """One figure counts a named past year, the other the story's own time (no period)."""
    return periods.past_against_now(a.period, b.period, _year(a), _year(b))


def _year(m: ClaimMention) -> int | None:
    """The year the figure's article appeared (UTC), ``None`` when not known."""
    from datetime import UTC, datetime

    at = m.source.at
    return None if at is None else datetime.fromtimestamp(at, UTC).year


def periods_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures of contradicting periods whose values differ: two periods' counts."""
    return periods.conflict(a.period, b.period) and identity.value_agreement(a, b) < 1.0


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


def _cosines(packed: Any, vector: Any) -> Any:
    """Cosines of int8-packed unit vectors (rows) with one float unit vector."""
    import numpy as np

    rows = packed.astype(np.float32)
    norms = np.linalg.norm(rows, axis=1)
    norms[norms == 0] = 1.0
    return (rows @ vector) / norms


class _Kept:
    """The rows one link reads, each read once.  A link asks the index for each of an article's
    figures and quotes, and their candidates overlap (figures of one story lie in one range of
    values; every quote of the article has its date): each query reads only the ids, and a row
    is read whole the first time one of them names it.  A row does not change while it is kept:
    the figures are all scored before any is stored or a trace merged, and the quotes compare
    only quotes, of other articles."""

    def __init__(self) -> None:
        self.rows: dict[int, sqlite3.Row] = {}
        self.queries: dict[tuple[Any, ...], list[int]] = {}

    def select(self, conn: sqlite3.Connection, sql: str, args: Sequence[Any]) -> list[sqlite3.Row]:
        """The rows of ``sql`` (a query of ids, ``SELECT id`` / ``SELECT m.id``), in its order."""
        key = (sql, *args)
        ids = self.queries.get(key)
        if ids is None:
            ids = self.queries[key] = [int(r[0]) for r in conn.execute(sql, args)]
        missing = [i for i in ids if i not in self.rows]
        for at in range(0, len(missing), 500):
            chunk = missing[at : at + 500]
            marks = ",".join("?" * len(chunk))
            for r in conn.execute(f"SELECT * FROM trace_mentions WHERE id IN ({marks})", chunk):
                self.rows[int(r["id"])] = r
        return [self.rows[i] for i in ids]


def _select(
    conn: sqlite3.Connection, sql: str, args: Sequence[Any], kept: _Kept | None
) -> list[sqlite3.Row]:
    """``sql``'s rows: read by their ids through ``kept`` when given, else whole at once."""
    if kept is not None:
        return kept.select(conn, sql, args)
    whole = sql.replace("SELECT m.id ", "SELECT m.* ", 1).replace("SELECT id ", "SELECT * ", 1)
    return conn.execute(whole, args).fetchall()


def _candidates(
    conn: sqlite3.Connection,
    kind: str,
    m: Mention,
    *,
    kept: _Kept | None = None,
) -> list[sqlite3.Row]:
    """The stored mentions ``m`` is compared with (see the module's docstring); ``kept``: the
    link's rows read so far (:class:`_Kept`)."""
    within, args = _window(m.source.at)
    rows: dict[int, sqlite3.Row] = {}
    if isinstance(m, ClaimMention):
        for k, v in enumerate(_values_to_search(m)):
            lo, hi = (v / VALUE_SPAN, v * VALUE_SPAN) if v > 0 else (v * VALUE_SPAN, v / VALUE_SPAN)
            half = CANDIDATES // 2
            for op, order, bound in ((">=", "ASC", hi), ("<", "DESC", lo)):
                cond = "value <= ?" if op == ">=" else "value >= ?"
                for r in _select(
                    conn,
                    f"SELECT id FROM trace_mentions WHERE kind = 'claim' AND value {op} ? AND "
                    f"{cond}{within} AND article_id != ? ORDER BY value {order} LIMIT {half}",
                    [v, bound, *args, m.source.article_id],
                    kept,
                ):
                    # in the other unit's span only sums of the same currency are candidates:
                    # a count a hundredfold off is not one, and would weigh in a trace's average
                    if k == 0 or money.one_currency(json.loads(r["data"])["unit"], m.unit):
                        rows[r["id"]] = r
        # the same digits at another magnitude (14,200 / 142,000; 2,600 kg / 2.6 tonnes):
        # only those figures, in a narrow band (see measures.same_digits)
        for v in measures.magnitudes(m.value) if identity.SAME_DIGITS is not None else ():
            lo, hi = sorted((v * 0.999, v * 1.001))
            for r in _select(
                conn,
                f"SELECT id FROM trace_mentions WHERE kind = 'claim' AND value BETWEEN ? AND ?"
                f"{within} AND article_id != ? LIMIT {MAGNITUDE_CANDIDATES}",
                [lo, hi, *args, m.source.article_id],
                kept,
            ):
                rows[r["id"]] = r
        # the same quantity in another unit of its measure far from it as written (3,200 tonnes
        # / 7 million pounds, 20 minutes / half an hour, 25 m/s / 56 mph): the nearest values
        # to the conversion, kept when they are in that unit
        for unit, v in _in_other_units(m) if OTHER_UNITS else ():
            for r in _nearest_in_unit(conn, v, unit, within, [*args, m.source.article_id], kept):
                rows[r["id"]] = r
        # the same sum in another currency at rough rates (€45m / £38.5m / 4 bn roubles): the
        # nearest values to each conversion, kept when their currency is that one
        for code, v in _in_other_currencies(m) if identity.ROUGH_RATES else ():
            for r in _nearest(conn, v, within, [*args, m.source.article_id], kept):
                unit = json.loads(r["data"])["unit"]
                ratio = money.rough_log_ratio(m.value, m.unit, float(r["value"]), unit)
                if money.currencies(unit) == frozenset({code}) and ratio is not None:
                    rows[r["id"]] = r
        return list(rows.values())
    key = speaker_key(m.speaker)
    if key:
        for r in _select(
            conn,
            _speaker_quotes(within),
            [key, *args, m.source.article_id],
            kept,
        ):
            rows[r["id"]] = r
    if m.source.at is not None:  # a translation shares neither words nor, when misattributed,
        # the speaker: the quotes of the days around it are compared by meaning
        day = 86400.0
        for r in _select(
            conn,
            "SELECT id FROM trace_mentions WHERE kind = 'quote' AND at BETWEEN ? AND ? "
            f"AND article_id != ? ORDER BY at DESC LIMIT {CANDIDATES}",
            [m.source.at - 7 * day, m.source.at + day, m.source.article_id],
            kept,
        ):
            rows[r["id"]] = r
    words = _rare_words(m.text)
    if words:
        for r in _select(
            conn,
            "SELECT m.id FROM trace_quote_words w JOIN trace_mentions m ON m.id = w.rowid "
            f"WHERE trace_quote_words MATCH ? AND m.article_id != ? LIMIT {CANDIDATES // 2}",
            [words, m.source.article_id],
            kept,
        ):
            rows[r["id"]] = r
    return list(rows.values())


def _nearest(
    conn: sqlite3.Connection, v: float, within: str, args: list[Any], kept: _Kept | None
) -> list[sqlite3.Row]:
    """The :data:`MAGNITUDE_CANDIDATES` figures nearest ``v`` on either side (``within``: the
    time window's condition; ``args``: its values and the article left out), whatever their
    unit: the caller keeps those in the unit or currency it searched ``v`` in."""
    out: list[sqlite3.Row] = []
    for op, order in ((">=", "ASC"), ("<", "DESC")):
        out += _select(
            conn,
            f"SELECT id FROM trace_mentions WHERE kind = 'claim' AND value {op} ?"
            f"{within} AND article_id != ? ORDER BY value {order} "
            f"LIMIT {MAGNITUDE_CANDIDATES}",
            [v, *args],
            kept,
        )
    return out


def _nearest_in_unit(
    conn: sqlite3.Connection,
    v: float,
    unit: str,
    within: str,
    args: list[Any],
    kept: _Kept | None,
) -> list[sqlite3.Row]:
    """The :data:`MAGNITUDE_CANDIDATES` figures in ``unit`` nearest ``v`` on either side, within
    :data:`VALUE_SPAN` of it (``v`` > 0).  The unit is asked in the query, before the limit: the
    nearest values whatever their unit, filtered after (as until the thirtieth session), were
    crowded out in a large library, where the ten figures nearest two weeks' 2 are 2 % and 2
    tonnes, and the figure in weeks was never compared."""
    out: list[sqlite3.Row] = []
    for op, order, bound in ((">=", "ASC", "<="), ("<", "DESC", ">=")):
        edge = v * VALUE_SPAN if op == ">=" else v / VALUE_SPAN
        out += _select(
            conn,
            f"SELECT id FROM trace_mentions WHERE kind = 'claim' AND value {op} ? AND value "
            f"{bound} ? AND json_extract(data, '$.unit') = ?{within} AND article_id != ? "
            f"ORDER BY value {order} LIMIT {MAGNITUDE_CANDIDATES}",
            [v, edge, unit, *args],
            kept,
        )
    return out


def _speaker_quotes(within: str) -> str:
    """The ids of a speaker's quotes, newest first (``within``: a time window's condition).
    By the speaker's index: left to itself, SQLite reads every quote by time for the ORDER BY
    (5 ms a query on a library of 3,700 quotes, against 0.03); both indexes give the rows of one
    time newest id first, so the rows and their order are the same (twenty-third session)."""
    return (
        "SELECT id FROM trace_mentions INDEXED BY trace_mentions_speaker WHERE kind = 'quote' "
        f"AND speaker_key = ?{within} AND article_id != ? ORDER BY at DESC "
        f"LIMIT {CANDIDATES // 2}"
    )


def _values_to_search(m: ClaimMention) -> list[float]:
    """The figure as stored, and for a sum of money the same sum in the currency's other unit
    (values are stored as written: "50 cents" as 50, "$0.60" as 0.6)."""
    codes = money.currencies(m.unit)
    if codes is None:
        return [m.value]
    if money.share(m.unit) < 1.0:
        return [m.value, m.value * money.MINOR_SHARE]
    if any(codes & divides for divides in money.minor_units().values()):
        return [m.value, m.value / money.MINOR_SHARE]
    return [m.value]


#: search a figure's candidates in the other units of its measure too (:func:`_in_other_units`;
#: twenty-ninth session): a conversion whose factor lies outside :data:`VALUE_SPAN` ("about
#: 2.6 million pounds" of 1,200 tonnes, "12 acres" of 4.8 hectares, "two weeks" of 14 days)
#: was never compared, though the link score reads values in one unit (:func:`.measures
#: .converted`)
OTHER_UNITS = True


def _in_other_units(m: ClaimMention) -> list[tuple[str, float]]:
    """The figure's value in each other unit of its measure that lies further than
    :data:`VALUE_SPAN` from it as written (nearer ones the value search finds already)."""
    if m.value <= 0:
        return []
    return [
        (unit, m.value * f)
        for unit, f in measures.other_units(m.unit)
        if f > VALUE_SPAN or f < 1.0 / VALUE_SPAN
    ]


def _in_other_currencies(m: ClaimMention) -> list[tuple[str, float]]:
    """A sum's value in each other currency of :data:`.money.ROUGH_SEARCHED` (none if not
    money, or in a currency the table does not know)."""
    usd = money.rough_usd(m.value, m.unit)
    codes = money.currencies(m.unit) or frozenset()
    if usd is None:
        return []
    return [
        (code, usd / money.ROUGH_USD[code]) for code in money.ROUGH_SEARCHED if code not in codes
    ]


def _rare_words(text: str) -> str | None:
    """An FTS5 query: any of the quote's longer stems (the words that make it this quote)."""
    # longest first, stems of one length in alphabetical order: ordered by length alone, the
    # twelve taken from a set depended on the process's string hashing, and a quote with more
    # long stems than that met other candidates from one run to the next (twenty-fourth session)
    stems = sorted(
        {s for s in stem_text(text).split() if len(s) >= 5 and s.isalpha()},
        key=_longest_first,
    )[:12]
    return " OR ".join(f'"{s}"' for s in stems) or None


def _longest_first(stem: str) -> tuple[int, str]:
    return -len(stem), stem


def _any_words(text: str) -> str | None:
    """An FTS5 query: any of the words' stems, whatever their length."""
    stems = sorted({s for s in stem_text(text).split() if s.isalpha()}, key=_longest_first)
    return " OR ".join(f'"{s}"' for s in stems[:12]) or None


def role_cosine(a: sqlite3.Row, b: sqlite3.Row) -> float | None:
    """How close two stored claim mentions' counted roles are (the best cosine of a word of one
    with a word of the other); ``None`` when either has none."""
    if a["vec3"] is None or b["vec3"] is None:
        return None
    return vectors.best_pair(a["vec3"], b["vec3"])


def claim_evidence(
    a: sqlite3.Row, b: sqlite3.Row, ma: ClaimMention, mb: ClaimMention
) -> dict[str, float]:
    """The link features of two stored claim mentions (``ma``, ``mb``: the rows' mentions),
    from their stored vectors: what the flags between them weigh (:func:`.drift.claim_flags`)."""
    what = float(vectors.unpack(a["vec1"]) @ vectors.unpack(b["vec1"]))
    context = float(vectors.unpack(a["vec2"]) @ vectors.unpack(b["vec2"]))
    return identity.claim_features(ma, mb, what, context, role_cosine(a, b))


def mention_from_row(row: sqlite3.Row) -> Mention:
    return _mention(
        row["kind"], row["data"], int(row["article_id"]), row["site"], row["url"],
        row["title"], row["language"], row["at"],
    )  # fmt: skip


# the mention a stored row holds, a pure function of the row's values: one link compares its
# figures with largely the same candidates, and the next article with many of them again (a
# tenth of a link's CPU went to reading each candidate's JSON afresh); the mentions are frozen
@lru_cache(maxsize=8192)
def _mention(
    kind: str,
    payload: str,
    article_id: int,
    site: str | None,
    url: str | None,
    title: str | None,
    language: str | None,
    at: float | None,
) -> Mention:
    data = json.loads(payload)
    src = Source(article_id, site, url, title, language, at)
    if kind == "claim":
        data["names"] = tuple(data.get("names", ()))  # JSON gives a list; the mention is frozen
        data["owner"] = tuple(data.get("owner", ()))
        return ClaimMention(source=src, **data)
    return QuoteMention(source=src, **data)


# -- a person's decisions --------------------------------------------------------------------


def _refused(
    conn: sqlite3.Connection, kind: str, article_id: int, item: int
) -> set[tuple[int, int]]:
    out = set()
    for r in conn.execute(
        "SELECT a_article, a_item, b_article, b_item FROM trace_decisions WHERE kind = ? AND "
        "decision = 'different' AND ((a_article = ? AND a_item = ?) OR (b_article = ? AND b_item = ?))",
        (kind, article_id, item, article_id, item),
    ):
        a, b = (r[0], r[1]), (r[2], r[3])
        out.add(b if a == (article_id, item) else a)
    return out


def decide(
    conn: sqlite3.Connection, kind: str, a: tuple[int, int], b: tuple[int, int], same: bool
) -> None:
    """Record that mentions ``a`` and ``b`` (article id, item id) are (not) the same, and apply it.

    "Not the same" takes ``b`` out of ``a``'s trace.  The pair was sorted by article id first, so
    when the reader on a trace page marked a later row as not the first's, the first mention —
    the figure being followed — left the trace instead, and the row marked stayed in it.
    """
    with db.write_transaction(conn):
        # one decision per pair, whichever way round it is given (the later one counts)
        conn.execute(
            "DELETE FROM trace_decisions WHERE kind = ? AND a_article = ? AND a_item = ? AND "
            "b_article = ? AND b_item = ?",
            (kind, *b, *a),
        )
        conn.execute(
            "INSERT OR REPLACE INTO trace_decisions(kind, a_article, a_item, b_article, b_item, "
            "decision) VALUES (?,?,?,?,?,?)",
            (kind, *a, *b, "same" if same else "different"),
        )
        _apply_decisions(conn, a[0])
        _apply_decisions(conn, b[0])


def trace_of(conn: sqlite3.Connection, kind: str, article: int, item: int) -> int | None:
    """The trace a claim or quote of a stored article belongs to (``None``: not linked)."""
    row = conn.execute(
        "SELECT trace_id FROM trace_mentions WHERE kind = ? AND article_id = ? AND item_id = ?",
        (kind, article, item),
    ).fetchone()
    return int(row[0]) if row else None


def _apply_decisions(conn: sqlite3.Connection, article_id: int) -> None:
    rows = conn.execute(
        "SELECT kind, a_article, a_item, b_article, b_item, decision FROM trace_decisions "
        "WHERE a_article = ? OR b_article = ?",
        (article_id, article_id),
    ).fetchall()
    for kind, aa, ai, ba, bi, decision in rows:
        ta, tb = trace_of(conn, kind, aa, ai), trace_of(conn, kind, ba, bi)
        if ta is None or tb is None:
            continue  # one side is not in the library (now): kept for when it returns
        if decision == "same" and ta != tb:
            conn.execute("UPDATE trace_mentions SET trace_id = ? WHERE trace_id = ?", (ta, tb))
        elif decision == "different" and ta == tb:
            new = conn.execute(
                "INSERT INTO traces(kind, label) SELECT kind, label FROM traces WHERE id = ?", (ta,)
            ).lastrowid
            conn.execute(
                "UPDATE trace_mentions SET trace_id = ?, score = NULL WHERE kind = ? AND "
                "article_id = ? AND item_id = ?",
                (new, kind, ba, bi),
            )


# -- reading -------------------------------------------------------------------------------


def trace_mentions(conn: sqlite3.Connection, trace_id: int) -> list[tuple[sqlite3.Row, Mention]]:
    """A trace's mentions in the order they appeared (undated ones last)."""
    rows = conn.execute(
        "SELECT * FROM trace_mentions WHERE trace_id = ? ORDER BY at IS NULL, at, article_id, item_id",
        (trace_id,),
    ).fetchall()
    return [(r, mention_from_row(r)) for r in rows]


def traces_with_value(
    conn: sqlite3.Connection, values: Sequence[float], *, limit: int = 20
) -> list[int]:
    """Traces holding a figure equal to one of ``values`` (within 0.5 %), most mentioned first."""
    ids: dict[int, int] = {}
    for v in values:
        lo, hi = sorted((v * 0.995, v * 1.005))
        for r in conn.execute(
            "SELECT trace_id, count(*) FROM trace_mentions WHERE kind = 'claim' AND value "
            "BETWEEN ? AND ? GROUP BY trace_id",
            (lo, hi),
        ):
            ids[int(r[0])] = ids.get(int(r[0]), 0) + int(r[1])
    return [t for t, _ in sorted(ids.items(), key=lambda kv: -kv[1])][:limit]


def traces_with_quote(conn: sqlite3.Connection, text: str, *, limit: int = 20) -> list[int]:
    from rapidfuzz import fuzz

    # of a quote of short words alone ("stays one town") those words: the linking's query of
    # longer stems had none, and such a quote was found nowhere
    query = _rare_words(text) or _any_words(text)
    if not query:
        return []
    scored: dict[int, float] = {}
    for r in conn.execute(
        "SELECT m.trace_id, m.data FROM trace_quote_words w JOIN trace_mentions m ON m.id = w.rowid "
        "WHERE trace_quote_words MATCH ? LIMIT 500",
        (query,),
    ):
        words = json.loads(r["data"])["text"]
        score = fuzz.partial_ratio(text.casefold(), words.casefold())
        scored[int(r[0])] = max(scored.get(int(r[0]), 0.0), score)
    ranked = sorted((t for t, s in scored.items() if s >= 60), key=lambda t: -scored[t])
    return ranked[:limit]


def speaker_rows(conn: sqlite3.Connection, name: str) -> list[tuple[sqlite3.Row, Mention]]:
    key = speaker_key(name)
    if key is None:
        return []
    rows = conn.execute(
        "SELECT * FROM trace_mentions WHERE speaker_key = ? ORDER BY at IS NULL, at, article_id",
        (key,),
    ).fetchall()
    return [(r, mention_from_row(r)) for r in rows]
