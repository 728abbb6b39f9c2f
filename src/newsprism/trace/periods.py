"""Whether two periods contradict: another year, or another part of a year.

A count of a half-year is not the year's count, and a quarter's revenue is not the nine months'.
Periods are the keys :func:`.mentions.period_key` gives the claims stage's ``when`` ("2025",
"2025 H1", "Q3", "since 2022", "2024 M03"); a period without a year ("H1") does not contradict
the same part of a named year ("2025 H1"), and "since …" contradicts nothing (its extent depends
on the date).

A grammar reading each figure's period from its own sentence ("in the first quarter of 2026",
«за девять месяцев», "last year" from the article's date; each period expression given to the
figure nearest to it) was built and measured as evidence of identity in this session and not
shipped: fitted on half A of the development stories it lowered claim linking on half B
(docs/trace.md); it is in the project's history (``period_of`` in commit 400cf49, "trace:
owners of a count read from the parse …").
"""

from __future__ import annotations


def _split(period: str) -> tuple[str | None, str | None]:
    """``"2026 H1"`` → ("2026", "H1"); also the claims stage's ``period_key`` forms ("2025",
    "2025 H1", "since 2022", "M01")."""
    words = period.split()
    year = next((w for w in words if w.isdigit()), None)
    part = next((w for w in words if not w.isdigit() and w not in ("-", "since")), None)
    if "since" in words:
        part = "YTD"
    if part is None and year is not None:
        part = "Y"
    return year, part


def _parts_agree(a: str, b: str) -> bool:
    if a == b or "YTD" in (a, b):
        return True
    # "the half-year" / "the quarter" not saying which: either one
    return (
        (a == "H" and b in ("H1", "H2"))
        or (b == "H" and a in ("H1", "H2"))
        or (a == "Q" and b[:1] == "Q")
        or (b == "Q" and a[:1] == "Q")
    )


def conflict(a: str | None, b: str | None) -> bool:
    """Two periods that cannot be one: another year, or another part of a year (a half-year
    and the year, the third quarter and the nine months)."""
    if not a or not b:
        return False
    (ya, pa), (yb, pb) = _split(a), _split(b)
    if ya is not None and yb is not None and ya != yb and "YTD" not in (pa, pb):
        return True
    return pa is not None and pb is not None and not _parts_agree(pa, pb)
