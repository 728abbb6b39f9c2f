"""Offline, sentence-aligned translation: CTranslate2 running Argos Translate or OPUS-MT models.

- :mod:`.stage` — the ``translate`` pipeline stage (opt-in; not among the default analysis stages);
- :mod:`.models` — installed models: list, find, install (file, folder or index name), remove, load;
- :mod:`.argos` / :mod:`.marian` — the two on-disk model layouts; :mod:`.engine` runs either;
- :mod:`.cache` — translations cached by sentence hash, model and settings;
- :mod:`.download` — the Argos package index, used only by ``models install translate-ru-en``.

Importing this package is cheap: ``ctranslate2`` and ``sentencepiece`` load with the first model.
"""

from __future__ import annotations
