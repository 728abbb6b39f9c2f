"""A model-free English part-of-speech guess, enough to find the counted noun after a figure and
the noun phrase a figure is about.

Closed word classes come from lists (determiners, prepositions, pronouns, auxiliaries, common
verbs and adverbs of news prose), open classes from suffixes and capitals.  It reads a sentence in
microseconds, where a statistical tagger takes milliseconds; the ``spacy`` tagger stays available
(``taggers.get("en-spacy")``) when precision matters more than speed.
"""

from __future__ import annotations

import re

from .quantity import Tag
from .tokens import words

DET = words(
    "the a an this that these those its their his her our your my each every all some any no "
    "another such what which whose both either neither"
)
ADP = words(
    "of in on at to for from by with about over under after before since during into onto "
    "through against between among per via than across along around amid despite toward "
    "towards within without upon behind beyond below above near off out like until till"
)
PRON = words(
    "i you he she it we they me him us them who whom whoever itself themselves himself "
    "herself one's mine yours theirs ours there here"
)
CCONJ = frozenset(["and", "or", "but", "nor", "yet", "so", "plus"])
SCONJ = words("that if because while when where although though whether unless as whereas once")
AUX = words(
    "is are was were be been being am has have had having will would could should may might "
    "can must shall do does did 's 're 've 'd 'll"
)
PART = frozenset(["not", "n't", "to"])
ADV = words(
    "also just only still even already nearly almost roughly about around up down more less "
    "most least very so too now then again ago back yet ever never here there however "
    "meanwhile instead later earlier today yesterday tomorrow soon well far much often "
    "sometimes always usually perhaps maybe quite rather some approximately"
)
VERB = words(
    "said says say told tell tells reported reports announced announces estimated estimates "
    "expects expected rose rise rises risen fell fall falls fallen grew grow grows grown "
    "gained gains lost lose loses jumped jumps climbed climbs dropped drops declined declines "
    "slid slides surged plunged plummeted tumbled sank soared increased increases decreased "
    "decreases reached reaches hit hits cost costs paid pay pays spent spend spends made make "
    "makes took take takes got get gets gave give gives went go goes came come comes saw see "
    "sees killed injured died kill dies employs employ employed hired hires cut cuts added "
    "adds raised raise raises sold sell sells bought buy buys won win wins scored score "
    "scores posted posts recorded records shows show showed fell stood stands stand totalled "
    "totaled totals amounted amounts worth valued values left leave leaves became become "
    "becomes remained remains remain produced produces produce earned earns earn owns own "
    "owned has includes include included received receives receive lived live lives needed "
    "needs need used uses use found finds find kept keeps keep brought brings bring eased "
    "eases shed sheds slipped dipped"
)
ADJ = words(
    "new old first last other more less large big small high low total annual average local "
    "national former current next previous major key top record full half early late few "
    "several many much additional extra further net gross real official final long short wide "
    "deep tall heavy light european american british russian chinese german french japanese "
    "australian canadian indian"
)
#: adverbs of place and frequency that follow a counted noun: "600 people worldwide"
ADV = ADV | {
    "worldwide", "nationwide", "overall", "apiece", "annually", "daily", "monthly", "weekly",
    "yearly", "globally", "abroad", "altogether", "combined", "total", "each",
}  # fmt: skip
#: participles that work as prepositions: "including private messages"
ADP = ADP | {"including", "excluding", "following", "according", "regarding", "concerning"}
_ING_NOUNS = words(
    "building buildings housing funding spending meeting morning evening ceiling training "
    "earnings savings holdings listing offering rating ranking warning filing ruling shooting "
    "bombing landing opening"
)
_ADJ_SUFFIX = re.compile(r"(?:ive|ous|ful|able|ible|ical|ese|ish|less)$")


def tag_words(text: str) -> dict[int, Tag]:
    """{start offset: (universal POS, lemma)} for every word in ``text``."""
    from .nlp import singular

    out: dict[int, Tag] = {}
    first = True
    for m in re.finditer(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d,.]*", text):
        w = m.group()
        lw = w.lower()
        if lw[0].isdigit():
            pos = "NUM"
        elif lw in DET:
            pos = "DET"
        elif lw in ADP:
            pos = "ADP"
        elif lw in PRON and not (w.isupper() and len(w) > 1):  # "US", "IT": names
            pos = "PRON"
        elif lw in CCONJ:
            pos = "CCONJ"
        elif lw in SCONJ:
            pos = "SCONJ"
        elif lw in AUX:
            pos = "AUX"
        elif lw in PART:
            pos = "PART"
        elif lw in VERB:
            pos = "VERB"
        elif lw in ADV or (lw.endswith("ly") and len(lw) > 4):
            pos = "ADV"
        elif w[0].isupper() and not first:
            pos = "PROPN"
        elif "-" in lw and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "-less")):
            pos = "NOUN"  # hyphenated plurals are nouns: "start-ups", "three-pointers", "by-elections"
        elif lw in ADJ or _ADJ_SUFFIX.search(lw) or "-" in lw:
            pos = "ADJ"
        elif (
            lw.endswith("ed")
            and len(lw) > 4
            and lw not in ("hundred",)
            or lw.endswith("ing")
            and len(lw) > 5
            and lw not in _ING_NOUNS
        ):
            pos = "VERB"
        else:
            pos = "NOUN"
        # a possessive's lemma is its noun's ("the 2014 season’s" → season), either apostrophe
        base = lw.replace("’", "'").removesuffix("'s")
        lemma = singular(base) if pos == "NOUN" else lw
        out[m.start()] = (pos, lemma)
        first = False
    return out
