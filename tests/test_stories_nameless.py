"""One report names someone, the other no one: the names' share is no evidence either way
(nineteenth session).

Invented feed items: a summary that names no one beside a report of the same landslide that
names the mayor, and the same pairs across scripts."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.stories import match
from newsprism.stories.features import fingerprints
from newsprism.stories.lexical import DocumentFrequencies

NAMELESS = (
    "Landslide buries road above the harbour",
    "A landslide buried the coast road above the harbour after two days of heavy rain; "
    "no one was hurt, the road will stay closed for a week.",
)
NAMED = (
    "Harbour road closed by landslide",
    "The coast road above the harbour of Porto Lenz is closed after a landslide buried it "
    "following two days of rain, mayor Ilse Varga said; no one was hurt.",
)
NAMELESS_RU = (
    "Оползень засыпал дорогу над гаванью",
    "Оползень засыпал прибрежную дорогу над гаванью после двух дней сильных дождей; "
    "никто не пострадал, дорога будет закрыта неделю.",
)


def frequencies(*fps: object) -> DocumentFrequencies:
    df = DocumentFrequencies()
    for fp in fps:
        df.add(fp.terms)  # type: ignore[attr-defined]
    return df


def test_a_side_without_names_counts_as_no_evidence_in_one_script() -> None:
    nameless, named = fingerprints([NAMELESS, NAMED])
    assert not nameless.names and named.names
    assert match.names_evidence(nameless, named) == match.NAMELESS_NAMES
    df = frequencies(nameless, named)
    features = match.story_features(nameless, named, df)
    assert features[match.FEATURES.index("names")] == match.NAMELESS_NAMES
    cosine = features[match.FEATURES.index("cosine")]
    assert features[match.FEATURES.index("names_cosine")] == pytest.approx(
        match.NAMELESS_NAMES * cosine
    )
    # the same probability as when the share was 0, raised by the names' two weights
    _, _, w_names, _, _, _, w_names_cos = match.WEIGHTS
    plain = list(features)
    plain[match.FEATURES.index("names")] = 0.0
    plain[match.FEATURES.index("names_cosine")] = 0.0
    lift = match._logit(features) - match._logit(plain)
    assert lift == pytest.approx((w_names + w_names_cos * cosine) * match.NAMELESS_NAMES)
    assert match.story_score(nameless, named, df) > match.probability(plain)


def test_names_on_both_sides_and_pairs_across_scripts_are_decided_as_before() -> None:
    nameless, named, nameless_ru = fingerprints([NAMELESS, NAMED, NAMELESS_RU])
    # both name someone: the share of the smaller set
    assert match.names_evidence(named, named) == 1.0
    # neither names anyone (two bare headlines): no share, as before
    assert match.names_evidence(nameless, nameless) == 0.0
    # across scripts a missing name is still no shared name: names are a translation's tie
    assert nameless_ru.script != named.script
    assert match.names_evidence(nameless_ru, named) == 0.0
    df = frequencies(nameless, named, nameless_ru)
    features = match.story_features(nameless_ru, named, df)
    assert features[match.FEATURES.index("names")] == 0.0


def test_the_fast_path_and_its_bound_agree_with_the_full_score() -> None:
    nameless, named, nameless_ru = fingerprints([NAMELESS, NAMED, NAMELESS_RU])
    df = frequencies(nameless, named, nameless_ru)
    for a, b in ((nameless, named), (named, nameless), (nameless_ru, named), (nameless, nameless)):
        cosine = float(a.vector @ b.vector)
        full = match.story_score(a, b, df)
        fast = match.score_if_close(a, b, df, cosine)
        if full >= match.RUNNING_STORY:
            assert fast == pytest.approx(full)
        else:
            assert fast is None
        cross = a.script != b.script
        one_named = bool(a.names) != bool(b.names)
        bound = match.NAMELESS_NAMES if one_named and not cross else 0.0
        reach = match.could_reach(
            np.array([cosine], dtype=np.float32),
            np.array([bound]),
            np.array([0.0]),
            np.array([cross]),
        )
        # the bound never rules out a pair the full score keeps
        assert reach[0] or full < match.RUNNING_STORY
