"""Interviews written as dialogue: the answers are the interviewee's.

    The Valley Courier talked to the head of the flood fund Dana Ormonova.

    — When will the families get the aid?

    — The first transfers go out next week. …

A paragraph that says who was interviewed ("X talked to Y", "X asked Y about …", "Y answered the
questions of X", "Y gave an interview to X", "In an interview with X, Y …" is left to the sentence reader) is followed by
dash paragraphs: those ending in "?" are the interviewer's questions (never annotated), and each
dash paragraph after a question, with no author of its own, is the interviewee's answer.  The
dialogue ends at the first paragraph that does not open with a dash.  Russian and Ukrainian
news translated into English write interviews so; the answers name no cue and no speaker, so
no other reader finds them (issue 12, session 20).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dashspeech import find_dash_speech
from .given_names import given_name_gender, is_given_name
from .model import Found, SourceRef
from .quotemarks import trim_span

_DASH = re.compile(r"\s*[—–]\s")
#: a turn of a dialogue: a dash, or a label of question or answer ("Q:", "Answer:")
_TURN = re.compile(r"\s*(?:[—–]\s|(?P<label>Q|A|Question|Answer)\s*[:.]\s)")
#: the labels of the interviewer's turns
_QUESTION_LABELS = frozenset(["Q", "Question"])
#: the interviewee after the interviewer's verb ("talked to the head of the fund Dana O.")
_TALKED_TO = re.compile(
    r"\b(?:talked|spoke|talks|speaks|has talked|has spoken)\s+(?:to|with)\s+"
    r"(?P<who>[^.?!:]+?)(?:\s+about\b[^.?!:]*)?[.:]\s*$"
)
_ASKED = re.compile(r"\b(?:asked|interviewed)\s+(?P<who>[^.?!:]+?)(?:\s+about\b[^.?!:]*)?[.:]\s*$")
#: the interviewee before the verb ("The minister answered the questions of Kun.uz.")
_ANSWERED = re.compile(
    r"(?:^|[.!?]\s+)(?P<who>[A-Z][^.?!:]*?)\s+answered\s+(?:the\s+)?questions\b[^.?!:]*[.:]\s*$"
)
#: the interviewee before "gave an interview to X" ("The director of the plant Y gave an
#: interview to the portal Z after the session.")
_GAVE = re.compile(
    r"(?:^|[.!?]\s+)(?P<who>[A-Z][^.?!:]*?)\s+(?:gave|granted|has given|has granted)\s+"
    r"(?:an?\s+)?(?:\w+\s+)?interview\s+to\b[^.?!:]*[.:]\s*$"
)
#: the words of an interviewee that name no one ("him", "her", "them", "journalists")
_NO_ONE = re.compile(r"(?i)^(?:him|her|them|us|me|reporters|journalists|the press)$")


def with_interviews(
    text: str, paragraphs: Sequence[tuple[int, int]], found: list[Found]
) -> list[Found]:
    """``found`` with the answers of every dialogue interview in ``text`` added, as direct
    quotes whose source is the interviewee named in the paragraph that introduces it, and
    without the introduction read as a report ("talked to the director …" is no statement)."""
    answers = interview_answers(text, paragraphs, found)
    followed, moved = _answered_after(text, paragraphs, found)
    if not answers and not followed:
        return found
    named = {(f.source.start, f.source.end) for f in answers if f.source is not None}
    named |= followed
    # (a report whose pronoun was just given the interviewee's words is the answer itself,
    # however close to the introduction it stands)
    kept = [
        f
        for f in found
        if id(f) in moved
        or not any(a <= f.start and f.end <= b + _ABOUT for a, b in named)
        or f.kind == "direct"
    ]
    # a report the sentence reader found inside an answer, sourced in the answer's own words
    # ("According to our data, …", "We have seen it") or not at all, is the interviewee's
    kept = [f for f in kept if not any(_within_answer(f, g) for g in answers)]
    # "Q: Does the state help?": a question's label is nobody who speaks
    kept = [f for f in kept if not _labelled_question(text, f)]
    return kept + answers


def _labelled_question(text: str, f: Found) -> bool:
    """Whether ``f`` is a turn labelled as the interviewer's ("Q:"), read as the label's."""
    src = f.source
    return (
        src is not None
        and src.text in _QUESTION_LABELS
        and text[src.end : src.end + 1] in (":", ".")
        and (src.start == 0 or text[src.start - 1] == "\n")
    )


#: a pronoun opening the paragraph after an interview's introduction ("According to him, …",
#: "He said that …"): the interviewee's answer, told in the writer's words
_OPENING_PRONOUN = frozenset(["he", "she", "him", "her"])


def _answered_after(
    text: str, paragraphs: Sequence[tuple[int, int]], found: Sequence[Found]
) -> tuple[set[tuple[int, int]], set[int]]:
    """Interviews told in the writer's words: a paragraph that says who was interviewed ("X
    asked the head of the service Y.", "X talked to Y.") and, opening the next one, a report of
    "he" or "she" ("According to him, …"): the pronoun is the interviewee (the one asked
    answers), not the outlet that asked.  Sets those reports' source to the interviewee's words
    and returns the spans of those words (the introduction is then no report of its own) and
    the ids of the reports moved.

    Only where the one asked is a person the pronoun can be: a given name of the pronoun's
    gender in their words ("… asked the head of the service Taras H." then "According to
    him").  "Governor Anna B. talked to the farmers." then "She said …" is the governor
    speaking, and "asked the minister Oleg P. for money" then "She said" is not Oleg."""
    out: set[tuple[int, int]] = set()
    moved: set[int] = set()
    for (start, end), (n_start, _) in zip(paragraphs, paragraphs[1:], strict=False):
        first = next(
            (
                f
                for f in found
                if f.source is not None
                and f.source.kind == "pronoun"
                and (f.source.head or f.source.text.lower()) in _OPENING_PRONOUN
                and n_start <= f.source.start < n_start + 16
            ),
            None,
        )
        if first is None or _DASH.match(text, start, end):
            continue
        who = _interviewee(text, start, end)
        if who is None or first.source is None:
            continue
        pronoun = (first.source.head or first.source.text).lower()
        if _named_gender(who.text) != ("m" if pronoun in ("he", "him") else "f"):
            continue
        first.source = who
        out.add((who.start, who.end))
        moved.add(id(first))
    return out, moved


def _named_gender(words: str) -> str | None:
    """The gender of the one given name among ``words`` (None with none, or two that differ)."""
    genders = {
        given_name_gender(w) for w in re.findall(r"\b[A-Z][a-z'-]+", words) if is_given_name(w)
    }
    return genders.pop() if len(genders) == 1 else None


def _within_answer(f: Found, answer: Found) -> bool:
    """Whether ``f`` lies inside ``answer`` with no source outside it."""
    if f is answer or not (answer.start <= f.start and f.end <= answer.end):
        return False
    return f.source is None or answer.start <= f.source.start < answer.end


#: how far past the interviewee's words a report read from the introduction may run ("asked
#: the economist X about the decision")
_ABOUT = 60


def interview_answers(
    text: str, paragraphs: Sequence[tuple[int, int]], found: Sequence[Found]
) -> list[Found]:
    """The answers of every dialogue interview in ``text`` as direct quotes whose source is the
    interviewee named in the paragraph that introduces it (none overlaps ``found``)."""
    out: list[Found] = []
    k = 0
    while k < len(paragraphs) - 1:
        # the cheap test first: most paragraphs are followed by no dash paragraph
        nxt = paragraphs[k + 1]
        who = _interviewee(text, *paragraphs[k]) if _TURN.match(text, *nxt) else None
        if who is None:
            k += 1
            continue
        turns = _turns(text, paragraphs, k + 1)
        # a dialogue whose interviewer asks nothing ("— The team is ninth." "— After eight
        # defeats …"): the turns alternate, the interviewer's first
        alternate = len(turns) >= 2 and not any(_is_question(text, a, b) for a, b in turns)
        if not alternate and not _is_question(text, *nxt):
            k += 1
            continue
        j = k + 1
        asked = False
        while j < len(paragraphs) and _TURN.match(text, paragraphs[j][0], paragraphs[j][1]):
            a, b = paragraphs[j]
            if _is_question(text, a, b) or alternate and not asked:
                asked = True
            elif asked:
                answer = _answer(text, a, b, found)
                if answer is not None:
                    out.append(Found("direct", *answer, cue=None, source=who))
                asked = False
            j += 1
        k = j
    return out


def _turns(text: str, paragraphs: Sequence[tuple[int, int]], first: int) -> list[tuple[int, int]]:
    """The dash paragraphs from ``paragraphs[first]`` on, up to the first that opens with none."""
    out = []
    for a, b in paragraphs[first:]:
        if _TURN.match(text, a, b) is None:
            break
        out.append((a, b))
    return out


def _interviewee(text: str, start: int, end: int) -> SourceRef | None:
    """Who the paragraph ``text[start:end]`` says is interviewed, as source words."""
    para = text[start:end].rstrip()
    for pattern in (_TALKED_TO, _ASKED, _ANSWERED, _GAVE):
        m = pattern.search(para)
        if m is None:
            continue
        a, b = start + m.start("who"), start + m.end("who")
        words = text[a:b].strip(" ,")
        a = text.index(words, a)
        if not words or _NO_ONE.match(words) or not any(w[:1].isupper() for w in words.split()):
            return None  # "talked to him": the person is named elsewhere, not guessed here
        if words.split()[0].lower() in ("the", "a", "an") or words[:1].islower():
            return SourceRef(a, a + len(words), words, "description")
        return SourceRef(a, a + len(words), words, "name")
    return None


def _is_question(text: str, start: int, end: int) -> bool:
    m = _TURN.match(text, start, end)
    if m is not None and m.group("label"):
        return m.group("label") in _QUESTION_LABELS
    para = text[start:end].rstrip()
    return m is not None and para.endswith("?")


def _answer(text: str, start: int, end: int, found: Sequence[Found]) -> tuple[int, int] | None:
    """The span of the answer in the dash paragraph ``text[start:end]`` (or the one labelled
    "A:"), or ``None`` when it names an author of its own or something else already holds it."""
    m = _TURN.match(text, start, end)
    if m is not None and m.group("label"):
        a, b = trim_span(text, m.end(), end)
        if a >= b:
            return None
    else:
        speech = find_dash_speech(text, start, end)
        if speech is None or speech.author:
            return None
        a, b = speech.start, speech.end
    answer = Found("direct", a, b, cue=None, source=None)
    if any(f.start < b and a < f.end and not _within_answer(f, answer) for f in found):
        return None
    return a, b
