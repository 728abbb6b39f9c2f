"""Stories, thirty-sixth session: a short report that gives the happening's count again a day
later is not kept apart by the feed items' smoothing of one shared name; the headline grammars
parse only the words that may be a form of their lemmas."""

from __future__ import annotations

from newsprism.stories import match
from newsprism.stories.features import fingerprints

MONDAY_9 = 1_791_190_800.0  # Monday 2026-10-05 09:00 UTC
HOUR = 3600.0


# Written for these tests: feed items (a headline and a sentence) of a poisoning told on
# Monday; on Tuesday its toll given again, and, for the contrast, Tuesday's arrest
WARNING = (
    "Жителей Шадринска просят не покупать водку на рынке",
    "Горздрав Шадринска призвал жителей не покупать спиртное с рук после отравлений.",
)
TOLL = (
    "Число жертв отравления суррогатом в Шадринске выросло до семи",
    "В больнице скончались ещё трое отравившихся, сообщил горздрав.",
)
ARREST = (
    "Продавца водки задержали в Шадринске",
    "Полиция задержала торговца, продававшего спиртное с рук на рынке.",
)


def test_a_count_given_again_is_not_smoothed_apart() -> None:
    warning, toll, arrest = fingerprints(
        [WARNING, TOLL, ARREST], times=[MONDAY_9, MONDAY_9 + 23 * HOUR, MONDAY_9 + 23 * HOUR]
    )
    assert match.is_short(warning) and match.is_short(toll)
    assert match.later_revises(warning, toll) and not match.later_revises(warning, arrest)
    p = 0.66
    # the count given again keeps its probability: one shared name between two feed items is
    # weak evidence, but the revised count ties the later report to the happening
    assert match.happening_probability(p, warning, toll) == p
    # the next day's development is still lowered (smoothing and the evidence of when)
    assert match.happening_probability(p, warning, arrest) < match.SHORT_HAPPENING


def _forms(lemma: str) -> set[str]:
    """Every form pymorphy3's dictionary gives the lemma, in each paradigm it has, «ё» as «е»."""
    from newsprism.claims.nlp import russian_parses

    return {
        str(f.word).replace("ё", "е")
        for p in russian_parses(lemma)
        if str(p.normal_form).replace("ё", "е") == lemma
        for f in p.lexeme
    }


def test_every_form_of_the_headline_lexicons_is_parsed() -> None:
    """The headline grammars parse only the words that begin as a form of their lemmas may:
    every dictionary form of every lemma begins so (a missing beginning would make a word of
    the lexicon unread)."""
    from newsprism.stories import revised, when

    lemmas = set(when._AFTERMATH_RU) | {
        w for head, partners in when._AFTERMATH_RU_PAIRS for w in (head, *partners)
    }
    read = 0
    for lemma in sorted(lemmas):
        # «возбужденный» is no reading's normal form (the participle's is «возбудить»)
        forms = _forms(lemma)
        read += bool(forms)
        assert all(f.startswith(when._AFTERMATH_RU_BEGINNINGS) for f in forms), lemma
    assert read >= len(lemmas) - 1
    read = 0
    for lemma in sorted(revised._RISE_RU):
        # «достичь» is read as «достигнуть»
        forms = _forms(lemma)
        read += bool(forms)
        assert all(f.startswith(revised._RISE_RU_BEGINNINGS) for f in forms), lemma
    assert read >= len(revised._RISE_RU) - 1
