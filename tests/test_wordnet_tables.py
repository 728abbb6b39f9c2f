"""The WordNet word tables shipped in the package are what their build scripts make today."""

from __future__ import annotations

import importlib

import pytest

pytest.importorskip("wn")


@pytest.mark.parametrize(
    "builder",
    [
        "newsprism.attribution.org_nouns_build",
        "newsprism.attribution.noun_senses_build",
        "newsprism.attribution.person_nouns_build",
        "newsprism.attribution.role_families_build",
        "newsprism.claims.changes_build",
        "newsprism.claims.things_build",
    ],
)
def test_shipped_table_is_what_its_builder_makes(builder: str) -> None:
    module = importlib.import_module(builder)
    assert module.build() == module.OUT.read_text(encoding="utf-8")
