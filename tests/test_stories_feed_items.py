"""Feed items (a headline and a one-sentence summary): the evidence of a short report."""

from __future__ import annotations

import math

import numpy as np

from newsprism.stories import match
from newsprism.stories.features import Fingerprint, fingerprints, overlap
from newsprism.stories.lexical import DocumentFrequencies

# invented feed items: one dam breach told by two outlets, and another event in another country
# that names the same minister (one shared name, nothing else)
DAM_A = (
    "Dam breach floods villages on the Zeravshan river",
    "An earth dam on the Zeravshan river gave way overnight, flooding three villages and forcing "
    "Minister Rustam Nabiyev to order an evacuation.",
)
DAM_B = (
    "Three villages under water after Zeravshan dam gives way",
    "Rescuers evacuated hundreds of residents after an earth dam on the Zeravshan burst "
    "overnight, Minister Rustam Nabiyev said.",
)
OTHER = (
    "Nabiyev opens new rail link to the Fergana valley",
    "Minister Rustam Nabiyev opened a new 120-kilometre railway line that cuts the journey to the "
    "Fergana valley by two hours.",
)
LONG_TAIL = (
    " The regional administration said damage to roads and power lines would be assessed once the "
    "water receded, and that the state reserve had sent tents, drinking water and blankets. "
    "Engineers from the water ministry were on their way to inspect the remaining dams upstream, "
    "which were built in the 1970s and had not been repaired since, according to local residents. "
    "Farmers said the flood had destroyed the cotton harvest in the lower fields."
)


def prints(*items: tuple[str, str]) -> list[Fingerprint]:
    return fingerprints(list(items))


def page(item: tuple[str, str]) -> tuple[str, str]:
    """The item as its page gives it: the summary and the rest of the report."""
    return item[0], item[1] + LONG_TAIL * 2


def test_a_feed_item_is_short_and_a_page_is_not() -> None:
    short, long = prints(DAM_A, page(DAM_A))
    assert match.is_short(short)
    assert not match.is_short(long)


def test_one_name_shared_of_one_counts_for_less_between_short_reports() -> None:
    a, other = prints(DAM_A, OTHER)
    long_a, long_other = prints(page(DAM_A), page(OTHER))
    shared = a.names & other.names
    assert shared  # the minister
    smaller = min(len(a.names), len(other.names))
    assert match.names_share(a, other) == len(shared) / (smaller + match.SHORT_NAMES_PRIOR)
    assert match.names_share(a, other) < len(shared) / smaller
    # two pages: the share of the smaller set, as before
    assert not match.is_short(long_a) and not match.is_short(long_other)
    expected = len(long_a.names & long_other.names) / min(len(long_a.names), len(long_other.names))
    assert match.names_share(long_a, long_other) == expected


def probability_for(happening: float, a: Fingerprint, b: Fingerprint) -> float:
    """The probability whose happening-level value (the smoothed names) is ``happening``."""
    z = math.log(happening / (1.0 - happening)) - match.short_names_shift(a, b)
    return 1.0 / (1.0 + math.exp(-z))


def test_a_short_pair_in_one_script_has_its_own_bar_at_the_happening_level() -> None:
    short_a, short_b = prints(DAM_A, DAM_B)
    long_a, long_b = prints(page(DAM_A), page(DAM_B))
    between = (match.SHORT_HAPPENING + match.LEVELS["happening"]) / 2
    assert match.reaches("happening", probability_for(between, short_a, short_b), short_a, short_b)
    # a feed item beside a page
    assert match.reaches("happening", probability_for(between, short_a, long_b), short_a, long_b)
    assert not match.reaches("happening", between, long_a, long_b)
    below = match.SHORT_HAPPENING - 0.05
    assert not match.reaches(
        "happening", probability_for(below, short_a, short_b), short_a, short_b
    )


def test_the_running_level_counts_the_plain_share_of_names() -> None:
    # the smoothing is the happening level's: the probability (what the running level compares
    # and the library stores) counts one name shared of one in full, the happening level less
    a, other = prints(DAM_A, OTHER)
    long_a, long_other = prints(page(DAM_A), page(OTHER))
    df = DocumentFrequencies()
    for fp in (a, other):
        df.add(fp.terms)
    plain = overlap(a.names, other.names)
    assert match.story_features(a, other, df)[2] == plain > match.names_share(a, other)
    assert match.short_names_shift(a, other) < 0.0
    p = match.story_score(a, other, df)
    assert match.happening_probability(p, a, other) < p
    running = match.LEVELS["running"]
    assert match.reaches("running", running, a, other)
    assert not match.reaches("running", running - 0.01, a, other)
    # two pages: nothing to take off
    assert match.short_names_shift(long_a, long_other) == 0.0
    assert match.happening_probability(0.7, long_a, long_other) == 0.7


def test_the_fast_score_is_the_combiner_s() -> None:
    a, b, other = prints(DAM_A, DAM_B, OTHER)
    df = DocumentFrequencies()
    for fp in (a, b, other):
        df.add(fp.terms)
    for x, y in ((a, b), (a, other), (b, other)):
        full = match.story_score(x, y, df)
        fast = match.score_if_close(x, y, df, float(x.vector @ y.vector))
        if fast is not None:
            assert np.isclose(fast, full)
        else:
            assert full < match.RUNNING_STORY


def test_two_feed_items_of_one_event_join_and_a_look_alike_with_one_name_does_not() -> None:
    a, b, other = prints(DAM_A, DAM_B, OTHER)
    df = DocumentFrequencies()
    for fp in (a, b, other):
        df.add(fp.terms)
    assert match.same_story(a, b, df)
    assert not match.same_story(a, other, df)
    assert not match.same_story(b, other, df)
