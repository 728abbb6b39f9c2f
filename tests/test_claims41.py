"""Issue 13, forty-first session: a counted noun's lemma (invented sentences, none from an
evaluation set)."""

from __future__ import annotations

from newsprism.claims.extract import find_quantities


def _units(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "en")]


def test_a_capitalised_plural_in_is_is_a_peoples_name_in_i() -> None:
    # "Israelis", "Iraqis", "Somalis": the spelling rules keep "-is" ("crisis", "analysis"), so
    # a people's name was counted as "israelis"
    assert _units("Two Israelis and three Iraqis were hurt in the crash.") == [
        (2.0, "israeli"),
        (3.0, "iraqi"),
    ]
    assert _units("Police said 14 Somalis had been rescued at sea.") == [(14.0, "somali")]
    # guard: a lower-case noun in -is is no plural of a word in -i
    assert _units("The city opened five crisis centres.") == [(5.0, "crisis centre")]


def test_rights_modifies_the_plural_after_it() -> None:
    # "rights groups", as "arms dealers" and "sales figures": a noun English writes plural when
    # it modifies another; the head is the plural after it
    assert _units("More than 40 civil rights groups signed the letter.") == [
        (40.0, "civil rights group")
    ]


def test_a_period_then_a_count_are_both_denominators() -> None:
    # "per person per day" was read; the period first, then what the rate is over, now is too,
    # and a chain of slashes as a chain of "per"
    assert _units("Tuition can top $9,000 a year per pupil.") == [(9000.0, "USD/year/pupil")]
    assert _units("Patients got 30 mg/kg/day of the drug.") == [(30.0, "mg/kg/day")]
    # guard: the order the writer gave stays
    assert _units("The plan costs $8 per seat per month.") == [(8.0, "USD/seat/month")]


def test_a_spaced_hyphen_joins_a_count_whose_noun_is_left_out() -> None:
    # a dash typed as one or two hyphens, as "—" already did: "58 shots - 21 on target"
    assert _units("United had 58 shots -- 21 on target.") == [(58.0, "shot"), (21.0, "shot")]
    assert _units("United had 58 shots - 21 on target.") == [(58.0, "shot"), (21.0, "shot")]


def test_age_before_a_range_is_an_age_as_ages_is() -> None:
    # "ages 18 to 35" was an age range; "age 18 to 35" was a bare range
    found = find_quantities("The poll covered voters age 18 to 29.", "en")
    assert [(q.value, q.value_high, q.unit) for q in found] == [(18.0, 29.0, "years old")]
