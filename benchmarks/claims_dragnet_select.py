"""Which sentences of Dragnet's 2012 news and blog articles ``benchmarks/data/dragnet_numbers.jsonl``
annotates, and the loader that rebuilds them.

    python benchmarks/claims_dragnet_select.py

The fresh held-out English claims part of issue 13's sixteenth session: a second new kind of source.
Dragnet (``../shared/datasets/extraction-wceb/dragnet``, the corrected gold texts of seomoz's
Dragnet data, 1,381 news articles and blog posts collected in 2012) is read by the extraction
capability for page bodies; no claims selection, benchmark or doc has drawn from it.  Earlier claims
parts came from PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM, scrapinghub, the 2020
story sets and L3S-GN1 (2008); this one is of another year, mixes blogs with news, and its texts
were corrected by other annotators.

The rule, written and committed before any of these texts was read for numbers:
- the text is each page's ``articleBody`` cut before the comments marker line (``!@#$%^&*()
  COMMENTS``) when it has one, so that readers' comments are not read as article sentences;
- pages in the order of the SHA-1 of ``"dragnet:<id>"``; a page whose text is empty or equal to one
  already taken is skipped;
- **English only, by a language test**: of the text's letters at least 97 % are ASCII, and the words
  "the", "and", "of", "to", "a", "in", "is" make at least 8 % of its words (lower-cased, split on
  anything that is not a letter or an apostrophe); a page that fails is skipped;
- the text split into sentences by the newspaper-2014 selector's rule; a line of the text that does
  not end in ``.``, ``!``, ``?`` or a closing quote after one of them is left out (headlines,
  bylines, captions and list furniture: the part measures reading article sentences, not telling
  chrome apart);
- a sentence is kept when it holds a digit or a number word (the same test as the other English
  parts) and is 20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200)
  sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``l3s_numbers.jsonl`` (NewsQuant's fields; a
counted noun keeps its modifiers; "N ago", dates, times, ordinals, scores, names, "one of", "the two
parties" and "all N" are no figure, per docs/claims.md).  Nothing of the texts is copied into the
project; the loader reads them from ``../shared`` (empty when absent).

Labels: written by the claims engineer of the sixteenth session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 200 sentences, 146
figures.  Choices where the docs are silent: a rate keeps its period in the unit ("$1.08 million a
year", "$5 billion ... annually" -> dollar per year; "300 million visitors per month" -> visitor per
month); a count out of a group takes the named noun with its adjectives but not a degree word
("two of his most frequent collaborators" -> frequent collaborator); "a week or two" is 2 week;
"a pair of" is 2; "nearly"/"almost"/"about"/"or so" are ``~``; batting averages and OPS are figures
without a unit; a race split written as a clock ("62:53") and a golf score are no figure; an idiom
that states a number ("worth a thousand words", "three score years and ten") is a figure; "a town of
12,000" leaves the unit ``-``.  The Russian part of the same session (``stories16_ru_numbers.jsonl``,
120 sentences, 101 figures) was labelled the same way in ``stories15_ru_numbers.jsonl``'s fields;
a range of negative temperatures is written low to high ("-16... -21" -> -21..-16).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "dragnet_numbers.jsonl"
COMMENTS = "!@#$%^&*()  COMMENTS"
FUNCTION_WORDS = frozenset({"the", "and", "of", "to", "a", "in", "is"})
#: a line that ends a sentence: its last mark, maybe inside a closing quote or bracket
ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def pages() -> dict[str, str]:
    """Page id -> its corrected article text (comments cut off); empty when the data is absent."""
    path = datasets_dir() / "extraction-wceb" / "dragnet" / "ground-truth.json"
    if not path.is_file():
        return {}
    truth = json.loads(path.read_text("utf-8"))
    return {
        page_id: (row.get("articleBody") or "").split(COMMENTS)[0] for page_id, row in truth.items()
    }


def is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.97 * len(letters):
        return False
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    return bool(words) and sum(w in FUNCTION_WORDS for w in words) >= 0.08 * len(words)


def _key(page_id: str) -> str:
    return hashlib.sha1(f"dragnet:{page_id}".encode()).hexdigest()


def _sentence_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the lines that end a sentence."""
    return [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if ENDS_SENTENCE.search(m.group())
    ]


def select() -> list[dict[str, Any]]:
    return two_a_page(
        pages(),
        _key,
        page_test=is_english,
        lines=_sentence_lines,
        per_page=PER_ARTICLE,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
