"""Candidates of the trace index: the stored mentions an arriving one is compared with, drawn
from indexes, never the whole library (for a figure, those whose value lies within a factor of
:data:`VALUE_SPAN` in :data:`WINDOW_DAYS`; for a quote, those of the same speaker or sharing rare
words).  Split from :mod:`.index`, which links with them and re-exports these names.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..library.stemming import stem_text
from . import identity, measures, money
from .mentions import (
    ClaimMention,
    QuoteMention,
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
#: and the figures of its digits with two neighbours swapped beyond the value span (1,800 /
#: 8,100: :func:`.measures.transpositions`), as few
TRANSPOSITIONS = True

Mention = ClaimMention | QuoteMention


def _window(at: float | None) -> tuple[str, list[Any]]:
    if at is None:
        return "", []
    span = WINDOW_DAYS * 86400
    return " AND (at IS NULL OR at BETWEEN ? AND ?)", [at - span, at + span]


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
            for r in _in_band(conn, v, within, [*args, m.source.article_id], kept):
                rows[r["id"]] = r
        # the same number with two neighbouring digits swapped (1,800 / 8,100), where that
        # lies beyond the value span: only those figures, in a narrow band (thirty-sixth
        # session, measures.transposed)
        for v in measures.transpositions(m.value) if TRANSPOSITIONS else ():
            if m.value > 0 and max(v, m.value) / min(v, m.value) <= VALUE_SPAN:
                continue
            for r in _in_band(conn, v, within, [*args, m.source.article_id], kept):
                rows[r["id"]] = r
        # the same quantity in another unit of its measure far from it as written (3,200 tonnes
        # / 7 million pounds, 20 minutes / half an hour, 25 m/s / 56 mph): the nearest values
        # to the conversion, kept when they are in that unit
        for unit, v in _in_other_units(m) if OTHER_UNITS else ():
            for r in _nearest_in_unit(conn, v, unit, within, [*args, m.source.article_id], kept):
                rows[r["id"]] = r
        # a multiple against a share in per cent ("doubled" / "up 90%", «втрое больше» /
        # "up 200%"): the nearest figures in the other unit to each reading
        for unit, v in _as_multiple_or_share(m):
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


def _in_band(
    conn: sqlite3.Connection, v: float, within: str, args: list[Any], kept: _Kept | None
) -> list[sqlite3.Row]:
    """At most :data:`MAGNITUDE_CANDIDATES` figures of the very value ``v`` (a band of a
    thousandth either side; ``within``: the time window's condition; ``args``: its values and
    the article left out)."""
    lo, hi = sorted((v * 0.999, v * 1.001))
    return _select(
        conn,
        f"SELECT id FROM trace_mentions WHERE kind = 'claim' AND value BETWEEN ? AND ?"
        f"{within} AND article_id != ? LIMIT {MAGNITUDE_CANDIDATES}",
        [lo, hi, *args],
        kept,
    )


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


def _as_multiple_or_share(m: ClaimMention) -> list[tuple[str, float]]:
    """A multiple's readings as shares in per cent, a share's as multiples
    (:data:`.measures.SHARES_AND_MULTIPLES`), each with the unit to search it in."""
    if not measures.SHARES_AND_MULTIPLES:
        return []
    if m.unit == measures.TIMES:
        return [(measures.PERCENT, v) for v in measures.multiple_as_shares(m.value) if v > 0]
    if m.unit == measures.PERCENT:
        return [(measures.TIMES, v) for v in measures.share_as_multiples(m.value)]
    return []


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
