"""What a story shows: its articles by outlet and time, who said what first, figures that differ.

- *Who said what first*: quotes are grouped by speaker (names compared by the transliterated
  consonant skeleton of :func:`~.features.name_key`, so «Набиуллина» and "Nabiullina" are one
  person) and, within a speaker, by wording (difflib ratio ≥ 0.7 within a language) or, across
  languages, by meaning (the multilingual sentence vectors' cosine ≥ :data:`QUOTE_TRANSLATION`:
  a quote and its translation); each group names the outlet that carried it first.
- *Figures that differ*: two outlets' figures of one count that the trace package's own
  comparison calls one claim and flags (:func:`_traced_figures`: "figure changed", "sources
  differ", "updated"), across languages too ("48 million roubles" against «45 млн рублей»);
  beside them, numeric claims grouped by unit and what they count (the first stem of
  ``about``), shown when the outlets give different values.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from typing import Any

from ..errors import StoryNotFoundError
from ..feeds.clock import iso
from ..library.stemming import stem
from . import match
from .features import name_key

QUOTE_SIMILARITY = 0.7
#: cosine of the multilingual sentence vectors at or above which two quotes of one speaker in
#: different languages are one quote translated.  Chosen on English sentences beside their
#: machine translations into Russian (SemEval-2022 en↔ru, dev half by article: F1 0.875, the
#: other sentences of the same article the negatives); on the test half P 0.905, R 0.893
#: (docs/stories.md)
QUOTE_TRANSLATION = 0.55


#: the levels a reader can list stories at (those :data:`.match.LEVELS` has a threshold for):
#: one happening, or one running story (the happenings a reader follows over days, grouped by
#: ``stories.running_id``)
LEVELS = tuple(match.LEVELS)


def _group_column(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    return "s.id" if level == "happening" else "s.running_id"


def _title(group: str) -> str:
    """The story's title, else what the library lists its first article by (its opening words):
    a story of untitled articles was "(untitled)" while its article was listed by its words."""
    return (
        f"coalesce((SELECT title FROM stories f WHERE f.id = {group}), "
        "(SELECT coalesce(a1.display_title, a1.title) FROM story_articles s1 "
        f"JOIN articles a1 ON a1.id = s1.article_id WHERE s1.story_id = {group} "
        "ORDER BY s1.at, a1.id LIMIT 1))"
    )


def list_stories(
    conn: sqlite3.Connection,
    *,
    limit: int = 50,
    offset: int = 0,
    min_size: int = 1,
    level: str = "happening",
) -> list[dict[str, Any]]:
    """Stories, latest first; at the ``running`` level a story's id is its first happening's."""
    group = _group_column(level)
    rows = conn.execute(
        f"SELECT {group} AS id, {_title(group)} AS title, "
        "min(s.first_seen) AS first_seen, max(s.last_seen) AS last_seen, "
        "count(DISTINCT sa.article_id) AS size, count(DISTINCT s.id) AS happenings, "
        "group_concat(DISTINCT coalesce(a.site, a.url)) AS outlets, "
        "group_concat(DISTINCT a.language) AS languages "
        "FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
        # the aggregate itself, not the alias: SQLite reads ``size`` in HAVING as the column
        # ``stories.size`` of one arbitrary happening, which left out a running story of several
        # small happenings
        f"JOIN articles a ON a.id = sa.article_id GROUP BY {group} "
        "HAVING count(DISTINCT sa.article_id) >= ? "
        "ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?",
        (min_size, limit, offset),
    ).fetchall()
    return [
        {
            "id": r["id"],
            "title": r["title"],
            "first_seen": iso(r["first_seen"]),
            "last_seen": iso(r["last_seen"]),
            "articles": r["size"],
            "happenings": r["happenings"],
            "outlets": _count_outlets(r["outlets"]),
            "languages": sorted((r["languages"] or "").split(",")) if r["languages"] else [],
        }
        for r in rows
    ]


def story_detail(
    conn: sqlite3.Connection, story_id: int, level: str = "happening"
) -> dict[str, Any]:
    group = _group_column(level)
    story = conn.execute(
        f"SELECT {group} AS id, {_title(group)} AS title, "
        "min(s.first_seen) AS first_seen, max(s.last_seen) AS last_seen, sum(s.size) AS size, "
        f"group_concat(s.id) AS happenings FROM stories s WHERE {group} = ? GROUP BY {group}",
        (story_id,),
    ).fetchone()
    if story is None:
        raise StoryNotFoundError(f"no story {story_id} in the library")
    happenings = sorted(int(x) for x in str(story["happenings"]).split(","))
    articles = [
        {
            "id": r["id"],
            "title": r["title"],
            # what the library lists an article by: its opening words when it has no title (the
            # story showed such an article as "(untitled)", the list by its words)
            "display_title": r["display_title"] or r["title"],
            "site": r["site"] or _host(r["url"]),
            "url": r["url"],
            "language": r["language"],
            "published": r["published"],
            "seen": iso(r["at"]),
            "relation": r["relation"],
            "related_to": r["related_to"],
            "score": r["score"],
            "story": r["story_id"],
        }
        for r in conn.execute(
            "SELECT a.id, a.title, a.display_title, a.site, a.url, a.language, a.published, sa.at, "
            "sa.relation, "
            "sa.related_to, sa.score, sa.story_id FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id "
            f"WHERE sa.story_id IN ({','.join('?' * len(happenings))}) ORDER BY sa.at, a.id",
            happenings,
        )
    ]
    by_id = {a["id"]: a for a in articles}
    outlets: dict[str, list[int]] = {}
    for a in articles:
        outlets.setdefault(a["site"] or "?", []).append(a["id"])
    return {
        "id": story["id"],
        "title": story["title"],
        "first_seen": iso(story["first_seen"]),
        "last_seen": iso(story["last_seen"]),
        "size": story["size"],
        "level": level,
        "happenings": happenings,
        "first": articles[0] if articles else None,
        "articles": articles,
        "outlets": [{"site": s, "articles": ids} for s, ids in outlets.items()],
        "quotes": _quotes(conn, by_id),
        "figures": _figures(conn, by_id),
    }


def _quotes(conn: sqlite3.Connection, articles: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    if not articles:
        return []
    ids = list(articles)  # in order of time
    rows = conn.execute(
        "SELECT q.article_id, q.quote_id, q.text, q.kind, s.name FROM quotes q LEFT JOIN speakers s "
        "ON s.article_id = q.article_id AND s.speaker_id = q.speaker_id "
        f"WHERE q.article_id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    order = {a: n for n, a in enumerate(ids)}
    rows = sorted(rows, key=lambda r: order[r["article_id"]])
    vectors = _translation_vectors(rows, articles)
    groups: list[dict[str, Any]] = []
    # a speaker's groups in the order they began: a quote is only ever compared with its own
    # speaker's groups, so looking them up by key skips the rest without changing which matches
    by_key: dict[str, list[dict[str, Any]]] = {}
    norms: list[str] = []
    matcher = _WordingMatcher()
    for n, r in enumerate(rows):
        speaker = r["name"] or ""
        key = " ".join(sorted(name_key(w) for w in re.findall(r"\w+", speaker) if len(w) > 2))
        art = articles[r["article_id"]]
        entry = {"article_id": r["article_id"], "quote_id": r["quote_id"], "site": art["site"], "seen": art["seen"],
                 "language": art["language"], "text": r["text"], "kind": r["kind"], "speaker": speaker}  # fmt: skip
        norms.append(_norm(entry["text"]))
        matcher.compare_with(norms[n])
        for g in by_key.get(key, ()):
            if any(
                matcher.similar(norms[m])
                if e["language"] == entry["language"]
                else vectors is not None and float(vectors[m] @ vectors[n]) >= QUOTE_TRANSLATION
                for e, m in zip(g["reports"], g["rows"], strict=True)
            ):
                g["reports"].append(entry)
                g["rows"].append(n)
                break
        else:
            group = {
                "speaker": speaker or None,
                "speaker_key": key,
                "reports": [entry],
                "rows": [n],
            }
            groups.append(group)
            by_key.setdefault(key, []).append(group)
    out = []
    for g in groups:
        first = g["reports"][0]
        out.append(
            {
                "speaker": g["speaker"],
                "text": first["text"],
                "first": {k: first[k] for k in ("article_id", "quote_id", "site", "seen")},
                "reports": g["reports"],
                "outlets": len({e["site"] for e in g["reports"]}),
            }
        )
    out.sort(key=lambda g: (-g["outlets"], g["first"]["seen"] or ""))
    return out


def _translation_vectors(
    rows: list[sqlite3.Row], articles: dict[int, dict[str, Any]]
) -> Any | None:
    """The quotes' sentence vectors when the story has quotes in more than one language (else
    None: nothing to compare across languages, nothing to encode)."""
    if len({articles[r["article_id"]]["language"] for r in rows}) < 2:
        return None
    from .. import sentence_vectors

    return sentence_vectors.encode([r["text"] or "" for r in rows])


class _WordingMatcher:
    """Whether an earlier quote is worded as the new one: difflib's ratio of their words
    (earlier first, new second) ≥ :data:`QUOTE_SIMILARITY`, or the same words.

    A story of 300 articles compares tens of thousands of pairs; difflib's ``ratio`` on each took
    seconds.  The new quote is difflib's second sequence, indexed once (``set_seq2``), and each
    pair passes cheap upper bounds of ``ratio`` before ``ratio`` itself: the shorter length
    (``real_quick_ratio``), then the longest common subsequence (rapidfuzz, in C: difflib's
    matching blocks are a common subsequence, so they never match more characters than it).  A
    bound below the threshold means ``ratio`` is below it too, so no decision changes.
    """

    def __init__(self) -> None:
        from rapidfuzz.distance import LCSseq

        self._common = LCSseq.similarity
        self._matcher = difflib.SequenceMatcher(None)
        self._b = ""

    def compare_with(self, normalised: str) -> None:
        self._b = normalised
        self._matcher.set_seq2(normalised)

    def similar(self, normalised: str) -> bool:
        a, b = normalised, self._b
        if a == b:
            return True
        total = len(a) + len(b)
        # the same arithmetic as difflib's ratio (2.0 * matches / total), so a bound compares
        # with the threshold exactly as ratio would
        if 2.0 * min(len(a), len(b)) / total < QUOTE_SIMILARITY:
            return False
        if 2.0 * self._common(a, b) / total < QUOTE_SIMILARITY:
            return False
        self._matcher.set_seq1(a)
        return self._matcher.ratio() >= QUOTE_SIMILARITY


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _figures(conn: sqlite3.Connection, articles: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures the outlets give differently: first those the trace's comparison flags
    (each with ``flags``: what changed, in the trace's words), then the groups of one unit and
    one stem of what is counted that hold figures no flagged group holds."""
    if not articles:
        return []
    ids = list(articles)
    rows = conn.execute(
        "SELECT article_id, claim_id, value, value_high, unit, about, qualifier, text FROM claims "
        f"WHERE article_id IN ({','.join('?' * len(ids))}) AND unit IS NOT NULL",
        ids,
    ).fetchall()
    reports: dict[tuple[int, int], dict[str, Any]] = {}
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        about = r["about"] or ""
        words = re.findall(r"\w+", about)
        key = (r["unit"], stem(words[0]) if words else "")
        art = articles[r["article_id"]]
        report = {
            "article_id": r["article_id"],
            "claim_id": r["claim_id"],
            "site": art["site"],
            "seen": art["seen"],
            "value": r["value"],
            "value_high": r["value_high"],
            "qualifier": r["qualifier"],
            "about": r["about"],
            "text": r["text"],
        }  # fmt: skip
        reports[r["article_id"], r["claim_id"]] = report
        groups.setdefault(key, []).append(report)
    out = _traced_figures(conn, articles, reports) if TRACED_FIGURES else []
    shown = {(e["article_id"], e["claim_id"]) for g in out for e in g["reports"]}
    for (unit, _), group in groups.items():
        values = {(e["value"], e["value_high"]) for e in group}
        if len(values) > 1 and len({e["article_id"] for e in group}) > 1:
            if all((e["article_id"], e["claim_id"]) in shown for e in group):
                continue  # said already, with what the trace found
            # no flags: the trace did not call them one claim, so it says nothing of what
            # changed (the web page read ``flags`` of every group and failed on these: the walk)
            out.append({"unit": unit, "about": group[0]["about"], "reports": group, "flags": []})
    return out


#: the story view's figures that differ include the pairs the trace package's comparison flags
#: (twenty-eighth session: two outlets' "48 million roubles" and «45 млн рублей» of one sum,
#: grouped apart by the words of what they count, were not shown: two walks found it)
TRACED_FIGURES = True
#: pairs of figures the view compares at most (the earliest first): a story of hundreds of
#: reports would otherwise compare every figure with every other on each view
TRACED_PAIRS = 4000


def _traced_figures(
    conn: sqlite3.Connection,
    articles: dict[int, dict[str, Any]],
    reports: dict[tuple[int, int], dict[str, Any]],
) -> list[dict[str, Any]]:
    """Figures of two articles of the story that the trace's comparison calls one claim and
    flags as differing.  Each pair of stored claim mentions (:mod:`newsprism.trace.index`) of two
    articles, of values within the trace's candidate span of one another and units that can
    agree, is one claim when its link features score at the trace's link bar
    (:data:`~newsprism.trace.identity.SAME_CLAIM`); :func:`~newsprism.trace.drift.claim_flags`
    then says what changed (a changed figure needs the flag confidence the trace asks, an
    update its source's later figure).  The trace links an arriving figure to the trace it
    matches on average; here the story already holds the reports together, so each pair is
    judged on its own evidence.  Pairs flagged together form one group, oldest report first."""
    from ..trace import drift, identity
    from ..trace.index import VALUE_SPAN, claim_evidence, mention_from_row, role_cosine
    from ..trace.mentions import ClaimMention

    ids = list(articles)
    rows = conn.execute(
        "SELECT * FROM trace_mentions WHERE kind = 'claim' AND value IS NOT NULL "
        f"AND article_id IN ({','.join('?' * len(ids))}) ORDER BY at IS NULL, at, article_id, item_id",
        ids,
    ).fetchall()
    rows = [r for r in rows if (r["article_id"], r["item_id"]) in reports]
    mentions = [m for m in map(mention_from_row, rows) if isinstance(m, ClaimMention)]
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    # the figures each article gives (value, unit): a figure the other report gives too is
    # kept there, not changed — a copy that changed one figure shares the rest, and its
    # unchanged "1,200 homes" paired with the changed "520 people" was flagged as well
    given: dict[int, set[tuple[float, str | None]]] = {}
    for r, m in zip(rows, mentions, strict=True):
        given.setdefault(int(r["article_id"]), set()).add((m.value, m.unit))
    found: list[tuple[int, int, drift.Flag]] = []
    compared = 0
    for i, (ra, ma) in enumerate(zip(rows, mentions, strict=True)):
        if compared > TRACED_PAIRS:
            break
        for j in range(i + 1, len(rows)):
            rb, mb = rows[j], mentions[j]
            if ra["article_id"] == rb["article_id"] or ma.value == mb.value:
                continue
            low, high = sorted((abs(ma.value), abs(mb.value)))
            if low == 0 or high / low > VALUE_SPAN or identity.unit_agreement(ma, mb) == 0:
                continue
            compared += 1
            if compared > TRACED_PAIRS:
                break
            if _bound_holds(ma, mb) or _bound_holds(mb, ma):
                continue  # "more than 80 houses" beside 86: one count, both right
            if (ma.value, ma.unit) in given[int(rb["article_id"])] or (
                mb.value,
                mb.unit,
            ) in given[int(ra["article_id"])]:
                continue  # one of the two is given unchanged by the other report
            evidence = claim_evidence(ra, rb, ma, mb)
            if identity.pair_score(evidence) < identity.SAME_CLAIM:
                continue
            for flag in drift.claim_flags(ma, mb, role_cosine(ra, rb), evidence):
                # a figure two outlets give differently (not a hedge or a range alone)
                if flag.kind in (drift.FIGURE_CHANGED, drift.SOURCES_DIFFER, drift.UPDATED):
                    found.append((i, j, flag))
                    parent[root(j)] = root(i)
    groups: dict[int, dict[str, Any]] = {}
    for i, j, flag in found:
        group = groups.setdefault(root(i), {"members": set(), "flags": []})
        group["members"] |= {i, j}
        group["flags"].append({"kind": flag.kind, "detail": flag.detail,
                               "earlier": list(flag.earlier), "later": list(flag.later)})  # fmt: skip
    out = []
    for group in groups.values():
        members = sorted(group["members"])
        first = reports[rows[members[0]]["article_id"], rows[members[0]]["item_id"]]
        out.append(
            {
                "unit": mentions[members[0]].unit,
                "about": first["about"],
                "reports": [reports[rows[m]["article_id"], rows[m]["item_id"]] for m in members],
                "flags": group["flags"],
            }
        )
    return out


def _bound_holds(bound: Any, other: Any) -> bool:
    """``bound`` is a bound ("more than 80", «до 200»: the claims stage's ``>`` / ``<``) that
    ``other``'s value, or its whole range, keeps to: the two do not disagree, though the trace
    compares the numbers (a changed figure, with "hedge added" beside it)."""
    low = other.value
    high = other.value_high if other.value_high is not None else other.value
    if bound.hedge == ">":
        return bool(min(low, high) >= bound.value)
    if bound.hedge == "<":
        return bool(max(low, high) <= bound.value)
    return False


def _count_outlets(joined: str | None) -> int:
    """Distinct outlets: the site a page names, else its host (feed items often name none)."""
    if not joined:
        return 0
    return len({(_host(x) if "://" in x else x) or x for x in joined.split(",")})


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def figure_value(report: dict[str, Any]) -> str:
    """A differing figure's value for a reader: '48,000,000', '3–5' (it was printed with ``%g``,
    '4.8e+07' for 48 million roubles)."""

    def plain(v: float) -> str:
        return f"{v:,.0f}" if v == int(v) and abs(v) < 1e15 else f"{v:,.4g}"

    low, high = report["value"], report.get("value_high")
    return plain(low) + (f"–{plain(high)}" if high is not None else "")
