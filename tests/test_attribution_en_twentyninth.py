"""English attribution, twenty-ninth round (issue 12): a description with a relative clause is
someone else than the person the clause names ("The official who replaced Ivo Kaas told
reporters …" is not Kaas's; "The deputy mayor who replaced Ivo Kaas, Marta Lepp, said" is
Lepp's, however the parser hangs her name) (invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, speaker_of

PORT = (
    "Harbour fees to rise\n\n"
    "TALLINN — The port board met on Monday.\n\n"
    "Mayor Ivo Kaas resigned in May after a tender scandal. The official who replaced Ivo Kaas "
    "as chairman of the board told reporters that fees would rise by a tenth.\n\n"
    "The lawyer who represents Maria Saar, the port's former director, said she would sue.\n"
)


def test_the_person_a_relative_clause_names_is_not_the_one_it_describes() -> None:
    article = attributed(PORT)
    assert speaker_of(article, "fees would rise") != "Ivo Kaas"
    assert speaker_of(article, "she would sue") not in ("Ivo Kaas", "Maria Saar")


COUNCIL = (
    "City council reshuffle\n\n"
    "TALLINN — The city council met on Tuesday after a long debate.\n\n"
    "Mayor Ivo Kaas left office last month. The deputy mayor who replaced Ivo Kaas, Marta "
    "Lepp, said the budget would protect schools.\n\n"
    "The new head of the port board who succeeded Jaan Tamm in the spring, Rein Kask, told "
    "reporters that fees would rise.\n\n"
    '"We cannot cut teachers again," the deputy mayor said.\n'
)


def test_a_name_set_off_after_the_relative_clause_is_the_one_who_speaks() -> None:
    """The name after the clause hangs on the clause's object or on the head noun in the
    parse; either way it names the deputy mayor, and the deputy mayor said it later."""
    article = attributed(COUNCIL)
    assert speaker_of(article, "protect schools") == "Marta Lepp"
    assert speaker_of(article, "fees would rise") == "Rein Kask"
    assert speaker_of(article, "cut teachers again") == "Marta Lepp"
