"""Stage ``translate``: every sentence translated, each translation pointing at its source sentence.

Sentences already in the target language, and sentences without a letter in them ("2024", "—"),
are passed through unchanged: a model would only damage them.  The rest are grouped by language,
looked up in the cache, and the misses sent to the installed model for that pair in batches.

The article's own language must have a model; a stray sentence in a third language with no model
installed is kept as it is rather than failing the whole article.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from ..article import Article, Sentence, TranslatedSentence, Translation
from ..errors import LanguagePairError, ModelMissingError
from ..pipeline import Stage, register_stage
from .cache import TranslationCache, key
from .engine import EngineSettings
from .models import InstalledModel, find_model, get_model, install_hint, load_translator

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk"})
#: stands for the article's title among the sentences to translate
_TITLE = Sentence(id=-1, block=-1, start=0, end=0, text="")


def translate(
    article: Article,
    *,
    to: str = "en",
    model: str | None = None,
    beam_size: int = 4,
    batch_size: int = 16,
    compute_type: str = "int8",
    threads: int = 0,
    cache: bool | TranslationCache = True,
) -> Article:
    to = target_language(to)
    settings = EngineSettings(
        beam_size=beam_size, batch_size=batch_size, compute_type=compute_type, threads=threads
    )
    texts: dict[int, str] = {}
    pending: dict[str, list[Sentence]] = defaultdict(list)
    for s in article.sentences:
        language = s.language or article.language
        if language == to or not any(ch.isalpha() for ch in s.text) or _in_target(s, language, to):
            texts[s.id] = s.text
        else:
            pending[language or ""].append(s)

    title = article.title
    if title and article.language not in (None, to) and any(ch.isalpha() for ch in title):
        # the title is not among the sentences; it is in the article's own language
        pending[article.language or ""].append(_TITLE)

    models = _models_for(article, sorted(pending), to, model)
    store = cache if isinstance(cache, TranslationCache) else TranslationCache() if cache else None
    for language, sentences in pending.items():
        chosen = models.get(language)
        if chosen is None:  # a stray sentence in a language without a model: kept as written
            texts.update((s.id, s.text) for s in sentences)
            continue
        sources = [(article.title or "") if s is _TITLE else s.text for s in sentences]
        translated = _translate_texts(chosen, sources, settings, store)
        for s, text in zip(sentences, translated, strict=True):
            if s is _TITLE:
                title = text
            else:
                texts[s.id] = text

    used = list(dict.fromkeys(models[lang] for lang in pending if lang in models))
    return dataclasses.replace(
        article,
        translation=Translation(
            language=to,
            translator=" + ".join(dict.fromkeys(m.translator for m in used)) or "none",
            model={"name": used[0].name, "version": used[0].version} if used else {},
            sentences=tuple(
                TranslatedSentence(id=i, source=s.id, text=texts[s.id])
                for i, s in enumerate(article.sentences)
            ),
            title=title,
        ),
    )


def _in_target(sentence: Sentence, language: str | None, to: str) -> bool:
    """An English sentence inside a Russian paragraph ("The Kremlin declined to comment.").

    Languages are detected per block; a sentence of a Cyrillic-script language without a single
    Cyrillic letter is checked on its own.
    """
    if language not in _CYRILLIC_LANGUAGES or _CYRILLIC.search(sentence.text):
        return False
    from ..language import detect

    return detect(sentence.text) == to


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def target_language(to: str) -> str:
    """``to`` as a language code ("EN" and " ru" as typed are "en" and "ru").

    An empty or malformed one was reported as a missing model, with an install command for
    a package that cannot exist ('translate-en-').
    """
    code = to.strip().lower()
    if not _LANGUAGE_CODE.fullmatch(code):
        raise LanguagePairError(
            f"{to!r} is not a language code",
            hint="pass --to with a two- or three-letter code such as en, ru, de or uk",
        )
    return code


def _models_for(
    article: Article, languages: list[str], to: str, name: str | None
) -> dict[str, InstalledModel]:
    """The model for each language to translate from (raising when the main one has none)."""
    if not languages:
        return {}
    main = article.language or ""
    if name is not None:
        named = get_model(name)
        if named.target != to or (main and main not in (named.source, to)):
            raise LanguagePairError(
                f"model {name!r} translates {named.source}→{named.target}, "
                f"but this article is in {main or 'an unknown language'} and the target is {to}"
            )
        return dict.fromkeys(languages, named)
    if "" in languages and not main:
        raise LanguagePairError(
            "the language of this article is not known, so no model can be chosen",
            hint="pass a model by name (--model, see 'newsprism models list')",
        )
    chosen: dict[str, InstalledModel] = {}
    for language in languages:
        source = language or main
        try:
            chosen[language] = find_model(source, to)
        except ModelMissingError:
            if source == main:
                raise ModelMissingError(
                    f"no {source}→{to} translation model is installed; the other stages still run",
                    hint=install_hint(source, to),
                ) from None
    return chosen


def _translate_texts(
    model: InstalledModel,
    sources: list[str],
    settings: EngineSettings,
    store: TranslationCache | None,
) -> list[str]:
    setting_key = f"beam={settings.beam_size};compute={settings.compute_type}"
    keys = [key(model.model_id, setting_key, text) for text in sources]
    known = store.get_many(keys) if store is not None else {}
    # each missing text once: headlines and captions often repeat a sentence of the body
    missing = list(
        dict.fromkeys(text for text, k in zip(sources, keys, strict=True) if k not in known)
    )
    if missing:
        translated = load_translator(model, settings).translate(missing)
        fresh = dict(zip(missing, translated, strict=True))
        by_key = {k: fresh[text] for text, k in zip(sources, keys, strict=True) if text in fresh}
        if store is not None:
            store.put_many(by_key)
        known = {**known, **by_key}
    return [known[k] for k in keys]


STAGE = register_stage(
    Stage(
        name="translate",
        run=translate,
        requires=frozenset({"sentences"}),
        provides=frozenset({"translation"}),
        description="sentence-aligned machine translation (CTranslate2 with an Argos or OPUS-MT model); opt-in",
    )
)
