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


def _ru(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, "ru")]


def test_ru_data_rates_milliseconds_and_speeds_by_their_symbols() -> None:
    # «Гбит/с», «терабит в секунду», «миллисекунд»: named as the golds and the English reader
    # name them, not by the Russian lemma
    assert _ru("Пиковая скорость достигала 2,4 Гбит/с.") == [(2.4, None, "Gbit/s")]
    assert _ru("Канал передаёт 40 терабит в секунду.") == [(40.0, None, "Tbit/s")]
    assert _ru("Отклик — 8 миллисекунд.") == [(8.0, None, "ms")]
    # «км в час» is «км/ч»; a rate per second is /s however it is written
    assert _ru("Ветер дул со скоростью 60 км в час.") == [(60.0, None, "km/h")]
    assert _ru("Ракета разгоняется до 7,9 км/с.") == [(7.9, None, "km/s")]
    assert _ru("Ветер 15 метров в секунду.") == [(15.0, None, "m/s")]


def test_km_per_hour_is_km_h_in_both_languages() -> None:
    # "km per hour" / "km an hour" gave km/hour while Russian «км в час» gives km/h (as «км/ч»):
    # trace then kept the two languages' figures apart as two different measures (review R14)
    from newsprism.trace.identity import _units_agree

    en = _units("Gusts reached 120 km per hour on the coast.")
    ru = [(q.value, q.unit) for q in find_quantities("Порывы достигали 120 км в час.", "ru")]
    assert en == ru == [(120.0, "km/h")]
    assert _units("The train runs at 90 km an hour.") == [(90.0, "km/h")]
    assert _units("The wind blew at 15 m per second.") == [(15.0, "m/s")]
    assert _units("The bus kept to 30 mi per hour.") == [(30.0, "mph")]
    assert _units_agree(en[0][1], ru[0][1]) == 1.0
    # guard: another distance over a period stays a rate written out
    assert _units("The river rose 3 cm per hour.") == [(3.0, "cm/hour")]
