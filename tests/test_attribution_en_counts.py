"""English 'count' read as a body's or a person's report of its own figure (issue 12,
thirty-third session): present tense, active voice, a subject and a number in the object —
the English of «насчитывает».  Every other 'count' stays no report (the thirty-second
session's guards in ``test_attribution_fixes_thirtysecond.py``).  Invented articles."""

from __future__ import annotations

from attributed import attributed, speaker_of

_FIGURES = (
    "Floods in the river valley\n\n"
    "The water rose by two metres overnight in the villages along the river.\n\n"
    "The regional emergency service counts 340 flooded houses in four districts.\n\n"
    "As a child, the farmer counted twelve storks on the roof of the barn.\n\n"
    "The software company counts Apple and Google among its clients.\n"
)


def test_a_body_counting_its_figure_reports_it() -> None:
    name = speaker_of(attributed(_FIGURES), "340 flooded houses")
    assert name is not None and "emergency service" in name


def test_a_story_past_and_a_list_of_clients_are_no_report() -> None:
    article = attributed(_FIGURES)
    shown = [q.text for q in article.quotes]
    assert not any("twelve storks" in t or "Apple and Google" in t for t in shown), shown
