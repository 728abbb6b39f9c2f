"""Words and surface cues of sentences, for the importance scorer.

Everything here is cheap and deterministic: Unicode word tokens, Snowball stems (cached, since
news vocabulary repeats), stop words, and the cues that mark a sentence as unlikely to carry the
article's point — a question, a quote of a secondary speaker, site boilerplate — or likely to
(figures, a concrete event verb).  Both English and Russian are covered; another language gets
the same cues minus stemming and stop words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")

# Small hand-written lists: the function words that dominate every sentence's bag of words and
# would make any two sentences look alike.  (NLTK's lists need a download; these are enough.)


def _listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _listed(
        """a about above after again against all also am an and any are aren as at be because been
        before being below between both but by can could did didn do does doesn doing don down during
        each few for from further had hadn has hasn have haven having he her here hers herself him
        himself his how i if in into is isn it its itself just ll me more most mustn my myself no nor
        not now of off on once only or other our ours ourselves out over own re s said same say says
        she should so some such t than that the their theirs them themselves then there these they
        this those through to too under until up us ve very was wasn we were weren what when where
        which while who whom why will with won would wouldn you your yours yourself yourselves mr mrs
        ms one two new told according would"""
    ),
    "ru": _listed(
        """а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже
        для до его ее её ей ему если есть еще ещё же за здесь и из или им их к как ко когда кто ли
        либо мне может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно
        от очень по под при с со так также такой там те тем то того тоже той только том ты у уже хотя
        чего чей чем что чтобы чье чья эта эти это этого этой этом этот я который которая которые
        которое которых котором которой которого также сказал сказала заявил заявила отметил
        отметила по словам сообщил сообщила сообщает пишет передает передаёт будет будут может
        могут этом этих свой своей своих своим свою себя был была были млн млрд тыс"""
    ),
}

_STEMMERS = {"en": "english", "ru": "russian"}


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Callable[[str], str] | None:
    name = _STEMMERS.get(language)
    if name is None:
        return None
    import snowballstemmer

    stemmer = snowballstemmer.stemmer(name)
    # news vocabulary repeats within and across articles: a per-word cache makes stemming ~free
    return lru_cache(maxsize=200_000)(stemmer.stemWord)


def language_of(text: str, language: str | None) -> str:
    """``language`` if given, else a script-based guess (enough to pick stems and stop words)."""
    if language:
        return language
    cyrillic = len(re.findall(r"[\u0400-\u04ff]", text[:2000]))
    return "ru" if cyrillic > len(text[:2000]) * 0.2 else "en"


def words(text: str) -> list[str]:
    """Lower-case Unicode word tokens."""
    return _WORD.findall(text.lower())


def content_terms(text: str, language: str) -> list[str]:
    """Stems of the content words (stop words and one-letter tokens dropped)."""
    stop = STOP_WORDS.get(language, frozenset())
    stem = _stemmer(language)
    out = []
    for w in words(text):
        if w in stop or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(stem(w) if stem is not None else w)
    return out


# --- cues --------------------------------------------------------------------------------------

_OPEN_QUOTES = "\"“”«„'‘’"
# Cue words are matched by their Snowball stems, so one entry covers "vote/voted/votes" and
# «погиб/погибли/погибших»; phrases of site chrome are matched as lower-case substrings.
_ATTRIBUTION_WORDS = {
    "en": "said says told added asked explained noted insisted tweeted wrote",
    "ru": "сказал заявил отметил добавил пояснил подчеркнул рассказал написал считает уверен признал",
}
_EVENT_WORDS = {
    "en": """signed passed approved voted elected killed died dead injured wounded arrested charged
        sentenced convicted announced launched won lost resigned fired banned rose fell raised
        agreed rejected ruled confirmed evacuated closed""",
    "ru": """подписал принял приняла приняли одобрил утвердил проголосовал избран погиб погибли
        погибших умер скончался ранен ранены пострадал пострадали задержан арестован осужден
        приговорил объявил запустил выиграл уволен запретил вырос выросла снизил снизилась повысил
        сократил согласовал отклонил постановил подтвердил обнаружен рухнул эвакуированы""",
}
_BOILERPLATE = (
    "click here",
    "sign up",
    "subscribe",
    "newsletter",
    "follow us",
    "read more",
    "share this",
    "all rights reserved",
    "©",
    "copyright",
    "cookie",
    "advertisement",
    "related:",
    "watch:",
    "pictured:",
    "photo:",
    "image:",
    "video:",
    "published:",
    "updated:",
    "last modified",
    "scroll down",
    "for confidential support",
    "читайте также",
    "подписывайтесь",
    "подпишитесь",
    "реклама",
    "фото:",
    "видео:",
    "источник:",
    "все права защищены",
    "при использовании материалов",
    "следите за новостями",
    "telegram",
    "телеграм",
    "дзен",
)


_BOILERPLATE_RE = re.compile("|".join(map(re.escape, _BOILERPLATE)))


@lru_cache(maxsize=8)
def _stems(table: str, language: str) -> frozenset[str]:
    source = {"attribution": _ATTRIBUTION_WORDS, "event": _EVENT_WORDS}[table].get(language, "")
    stem = _stemmer(language)
    return frozenset(stem(w) if stem else w for w in source.split())


_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|(?:^|\s)'\s[^']*'")
_QUESTION_END = re.compile(r"\?[\s\"“”«»'’)]*$")


@dataclass(frozen=True, slots=True)
class Cues:
    """Surface cues of one sentence, each 0..1."""

    #: the sentence asks something
    question: float
    #: share of the sentence inside quotation marks
    quoted: float
    #: a quote attributed in the same sentence ("…," he said)
    attributed: float
    #: site chrome that slipped into the body
    boilerplate: float
    #: states a figure (a number, a date, an amount)
    figures: float
    #: names a concrete event (a law signed, a vote, deaths, an arrest)
    event: float
    n_words: int


def cues(text: str, language: str) -> Cues:
    stripped = text.strip()
    low = stripped.lower()
    tokens = _WORD.findall(low)
    stem = _stemmer(language)
    stems = {stem(w) for w in tokens} if stem else set(tokens)
    quoted = _quoted_share(stripped)
    attributed = quoted > 0.3 and not stems.isdisjoint(_stems("attribution", language))
    return Cues(
        question=1.0 if _QUESTION_END.search(stripped) else 0.0,
        quoted=quoted,
        attributed=1.0 if attributed else 0.0,
        boilerplate=1.0 if len(tokens) < 3 or _BOILERPLATE_RE.search(low) else 0.0,
        figures=1.0 if _DIGIT.search(stripped) else 0.0,
        event=0.0 if stems.isdisjoint(_stems("event", language)) else 1.0,
        n_words=len(tokens),
    )


def _quoted_share(text: str) -> float:
    """Roughly how much of the sentence is a quotation (0..1)."""
    if not text:
        return 0.0
    # guillemets and curly quotes pair up unambiguously; straight quotes by counting
    inside = sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    if text[0] in "—–-" and len(text) > 2:  # Russian dash-introduced direct speech
        inside = max(inside, len(text) // 2)
    return min(1.0, inside / len(text))
