"""The s19 audit of translate and listen as a user types them: a language code in capitals, an
empty or malformed one.  Invented text only; no model or voice is needed for these."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsprism
from newsprism.errors import LanguagePairError, ModelMissingError
from newsprism.speech import synth
from newsprism.translate.stage import translate


@pytest.fixture(autouse=True)
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPRISM_HOME", str(tmp_path / "home"))


ARTICLE = newsprism.read(b"The ferry will run twice a day from June, the harbour master said.")


@pytest.mark.parametrize("to", ["", "  ", "e", "english", "en-", "ru→en", "'; --"])
def test_a_malformed_target_language_is_named_not_sent_to_an_install_command(to: str) -> None:
    # was: "no en→ translation model is installed — run 'newsprism models install translate-en-'"
    with pytest.raises(LanguagePairError, match="not a language code") as err:
        translate(ARTICLE, to=to)
    assert "--to" in str(err.value.hint)


def test_a_target_in_capitals_is_the_language_it_names() -> None:
    with pytest.raises(ModelMissingError) as err:
        translate(ARTICLE, to=" RU")
    assert "en→ru" in str(err.value) and "translate-en-ru" in str(err.value.hint)
    # the article's own language in capitals: nothing to translate, no model needed
    assert translate(ARTICLE, to="EN").translation is not None


def test_a_speech_language_in_capitals_chooses_that_languages_voice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    class Engine:
        def voice_for(self, language: str) -> str | None:
            asked.append(language)
            return None

    monkeypatch.setattr(synth.speech_engines, "get", lambda name: Engine())
    with pytest.raises(newsprism.errors.NewsprismError):
        synth.choose_voice("EN")
    assert asked and set(asked) == {"en"}
