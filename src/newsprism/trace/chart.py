"""A small SVG chart of a figure's values over its mentions, drawn only where the values differ.

Server-side SVG (no script, no external asset) so that the strict Content-Security-Policy holds and
the chart prints.  Points are in order of appearance, labelled with outlet and date.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .timeline import Timeline

WIDTH, HEIGHT, PAD = 640, 220, 40


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) and abs(v) < 1e15 else f"{v:,.4g}"


def value_chart(tl: Timeline) -> Markup | None:
    points = [(when, value, site) for when, value, site in tl.values]
    if len({v for _, v, _ in points}) < 2:
        return None
    lo, hi = min(v for _, v, _ in points), max(v for _, v, _ in points)
    span = (hi - lo) or 1.0
    step = (WIDTH - 2 * PAD) / max(len(points) - 1, 1)
    xy = [
        (PAD + i * step, HEIGHT - PAD - (v - lo) / span * (HEIGHT - 2 * PAD))
        for i, (_, v, _) in enumerate(points)
    ]
    parts = [
        f'<svg class="trace-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="The figure in each mention, from {_fmt(points[0][1])} to {_fmt(points[-1][1])}">',
        '<polyline fill="none" stroke="currentColor" stroke-width="2" points="'
        + " ".join(f"{x:.0f},{y:.0f}" for x, y in xy)
        + '"/>',
    ]
    for (x, y), (when, value, site) in zip(xy, points, strict=True):
        label = escape(f"{_fmt(value)} · {site or '?'} {when or ''}".strip())
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4"><title>{label}</title></circle>')
        parts.append(
            f'<text x="{x:.0f}" y="{y - 8:.0f}" text-anchor="middle" font-size="11">'
            f"{escape(_fmt(value))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
