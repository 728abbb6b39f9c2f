"""Russian cue verbs grown from word embeddings (``data/attribution-cues-ru.json``).

The hand-written list in :mod:`.quotes_ru` missed common speech and evaluation verbs
(«прокомментировал», «назвал решение ошибкой», «осудил», «обвинил в …»).  Rather than adding
the ones met in our development articles, ``scripts/build_cues_ru.py`` takes the nearest
neighbours of the hand-written verbs in natasha's news embeddings, keeps the verbs that
neighbour several of them, and a single review keeps those whose subject states something.
``SPEECH`` verbs report a clause, an «о» phrase or a colon like the hand-written ones;
``EVALUATION`` verbs also report their noun object and what is said of it («назвал Маркса
величайшим мыслителем», «обвинил журнал в …»).
"""

from __future__ import annotations

import json
from importlib import resources

CUES_FILE = "attribution-cues-ru.json"
#: verbs whose first Wiktionary sense is defined by a verb of saying
#: (``scripts/build_cues_ru_wiktionary.py``: «провозгласить — торжественно объявить»)
WIKTIONARY_FILE = "attribution-cues-ru-wiktionary.json"


def _load() -> tuple[frozenset[str], frozenset[str]]:
    raw = resources.files("newsprism").joinpath("data", CUES_FILE).read_text("utf-8")
    data = json.loads(raw)
    return frozenset(data["speech"]), frozenset(data["evaluation"])


def _load_wiktionary() -> frozenset[str]:
    raw = resources.files("newsprism").joinpath("data", WIKTIONARY_FILE).read_text("utf-8")
    return frozenset(json.loads(raw)["speech"])


#: the other aspect of the listed verbs (``scripts/build_cues_ru_aspects.py``: «провозглашать»
#: for «провозгласить», «озвучить» for «озвучивать»)
ASPECTS_FILE = "attribution-cues-ru-aspects.json"


def _load_aspects() -> tuple[frozenset[str], frozenset[str]]:
    path = resources.files("newsprism").joinpath("data", ASPECTS_FILE)
    if not path.is_file():  # before the build script has written it
        return frozenset(), frozenset()
    raw = path.read_text("utf-8")
    data = json.loads(raw)
    return frozenset(data["speech"]), frozenset(data["evaluation"])


GROWN_SPEECH, EVALUATION_VERBS = _load()
WIKTIONARY_SPEECH = _load_wiktionary()
ASPECT_SPEECH, ASPECT_EVALUATION = _load_aspects()
