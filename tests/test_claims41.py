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
