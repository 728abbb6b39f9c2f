"""A small SVG chart of a figure's values over its mentions, drawn only where the values differ.

Server-side SVG (no script, no external asset) so that the strict Content-Security-Policy holds and
the chart prints.  Points are in order of appearance, placed by value and labelled with the figure
as the article writes it ("£2.3bn", «6 процентов»), its outlet and date.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from .timeline import Timeline

WIDTH, HEIGHT, PAD = 640, 220, 40


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) and abs(v) < 1e15 else f"{v:,.4g}"


#: a figure written as a bare number ("25" of "from 38 minutes to 25")
_BARE_NUMBER = re.compile(r"[\d\s.,\u00a0–-]+")


def figure_as_written(text: str, unit: str | None) -> str:
    """The figure's words, and the unit the sentence gives it when they do not say it: "25
    (minute)" for the 25 of "from 38 minutes to 25" (a bare "25" tells a reader nothing)."""
    words = " ".join(text.split())
    if unit and _BARE_NUMBER.fullmatch(words):
        return f"{words} ({unit})"
    return words


def _label(point: tuple[str | None, float, str | None, str, str | None]) -> str:
    """The figure as written; its value only where a mention kept no words."""
    _, value, _, text, unit = point
    return figure_as_written(text, unit) if text.strip() else _fmt(value)


def value_chart(tl: Timeline) -> Markup | None:
    points = tl.points
    if len({v for _, v, _, _, _ in points}) < 2:
        return None
    lo, hi = min(v for _, v, _, _, _ in points), max(v for _, v, _, _, _ in points)
    span = (hi - lo) or 1.0
    step = (WIDTH - 2 * PAD) / max(len(points) - 1, 1)
    xy = [
        (PAD + i * step, HEIGHT - PAD - (v - lo) / span * (HEIGHT - 2 * PAD))
        for i, (_, v, _, _, _) in enumerate(points)
    ]
    parts = [
        f'<svg class="trace-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="The figure in each mention, from {escape(_label(points[0]))} '
        f'to {escape(_label(points[-1]))}">',
        '<polyline fill="none" stroke="currentColor" stroke-width="2" points="'
        + " ".join(f"{x:.0f},{y:.0f}" for x, y in xy)
        + '"/>',
    ]
    for (x, y), point in zip(xy, points, strict=True):
        when, _, site, _, _ = point
        label = escape(f"{_label(point)} · {site or '?'} {when or ''}".strip())
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4"><title>{label}</title></circle>')
        parts.append(
            f'<text x="{x:.0f}" y="{y - 8:.0f}" text-anchor="middle" font-size="11">'
            f"{escape(_label(point))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
