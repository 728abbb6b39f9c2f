"""Russian attribution, forty-first session (issue 12): the learned antecedent ranker
(:mod:`newsprism.attribution.coref_rank_ru`) chooses among the people named before a pronoun.
Our own invented sentences; the choice test fails with the ranker off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from newsprism.attribution import coref_rank_ru
from newsprism.attribution.clusters import Cluster
from newsprism.attribution.model import Found, SourceRef


@pytest.fixture
def ranker_off() -> Iterator[None]:
    coref_rank_ru.RU_RANKER = False
    yield
    coref_rank_ru.RU_RANKER = True


_TEXT = (
    "Сроки ремонта власти области обсуждали с подрядчиком Игорем Сидоровым.\n"
    "Губернатор Андрей Климов заявил, что дороги отремонтируют к осени. Деньги уже выделены, "
    "сказал Андрей Климов. По его словам, работы начнутся весной."
)


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(word), _TEXT)]
    return starts[nth], starts[nth] + len(word)


def _scene() -> tuple[SourceRef, Cluster, Cluster, list[tuple[Found, Cluster | None]]]:
    """The governor said two things and is the paragraph's subject; the contractor is named once,
    in the instrumental, in the paragraph before, and never speaks: «По его словам» is the
    governor's, whatever the rules chose."""
    governor = Cluster("person", "Андрей Климов", first="Андрей", last="Климов", gender="m")
    contractor = Cluster("person", "Игорь Сидоров", first="Игорь", last="Сидоров", gender="m")
    resolved: list[tuple[Found, Cluster | None]] = []
    for word, nth in (("Андрей Климов", 0), ("Андрей Климов", 1)):
        a, b = _span(word, nth)
        governor.add(a, b, word)
        said = Found("indirect", b + 1, b + 40, source=SourceRef(a, b, word, "name"))
        resolved.append((said, governor))
    contractor.add(*_span("Игорем Сидоровым"), "Игорем Сидоровым")
    a, b = _span("его", 0)
    src = SourceRef(a, b, "его", "pronoun", head="он", gender="m")
    return src, governor, contractor, resolved


def test_ranker_prefers_the_speaking_subject_to_a_nearer_oblique_name() -> None:
    src, governor, contractor, resolved = _scene()
    people = [governor, contractor]
    assert coref_rank_ru.choose(src, contractor, people, resolved, _TEXT) is governor


def test_without_the_ranker_the_rules_choice_stands(ranker_off: None) -> None:
    src, governor, contractor, resolved = _scene()
    people = [governor, contractor]
    assert coref_rank_ru.choose(src, contractor, people, resolved, _TEXT) is contractor


def test_a_choice_already_made_well_stands() -> None:
    src, governor, contractor, resolved = _scene()
    people = [governor, contractor]
    assert coref_rank_ru.choose(src, governor, people, resolved, _TEXT) is governor


def test_fitted_weights_cover_every_feature() -> None:
    n = len(coref_rank_ru.FEATURES)
    assert len(coref_rank_ru.WEIGHTS) == len(coref_rank_ru.MEANS) == len(coref_rank_ru.SCALES) == n
    assert all(s > 0 for s in coref_rank_ru.SCALES)


def test_english_and_no_choice_stand() -> None:
    src = SourceRef(10, 12, "he", "pronoun", head="he")
    assert coref_rank_ru.choose(src, None, [], [], "x" * 20) is None
    ru = SourceRef(10, 12, "он", "pronoun", head="он")
    assert coref_rank_ru.choose(ru, None, [], [], "x" * 20) is None
