"""The text after the last block readability confirms: the article's continuation (several
paragraphs of running text on the body's subject, not made of links) stays; a page's tail
(comments on other things, an author's bio, link teasers) still goes.  Since round 45 a model
fitted on the development halves (``newsprism.extract.tail_model``) also keeps a long tail of
running text the rule misses.  Invented text."""

from __future__ import annotations

from newsprism.extract import merge as merge_module
from newsprism.extract.assemble import RawBlock
from newsprism.extract.merge import Candidate, merge, shingle_set
from newsprism.extract.tail_model import FEATURES, TAIL_WEIGHTS

BODY = [
    "The city council voted on Tuesday to close the old bridge for six months of repairs.",
    "Engineers found cracks in two of the supporting piers during an inspection in May.",
    "Traffic will be diverted over the new crossing two kilometres downstream.",
]
#: the article goes on in a second container (questions readers asked), after an inline box
CONTINUATION = [
    "Will buses still cross the river? Buses will use the new crossing downstream, and the "
    "council says the diverted routes will add about ten minutes to each journey.",
    "When will the repairs begin? Engineers will start on the supporting piers in June, once "
    "the river is low enough for the divers to inspect the cracks again.",
    "Can cyclists use the old bridge? No: the whole bridge will be closed to traffic, bicycles "
    "and walkers while the repairs go on, the council said on Tuesday.",
    "Who pays for the repairs? The council will pay for the piers from its own budget, and "
    "will ask the regional government for help with the cost of the diverted traffic.",
]
#: readers' comments about something else
COMMENTS = [
    "My grandmother used to sell flowers at the market every Saturday, and I still remember "
    "the smell of the lilacs she brought from her garden in the spring.",
    "Does anyone know whether the swimming pool on the east side is open on public holidays "
    "this year? The website says nothing about opening hours at all.",
    "I think the football team should have kept its old coach, who won the cup twice and "
    "knew every young player in the academy by his first name.",
    "The new cafe next to the library makes the best cinnamon rolls in town, although the "
    "queue on Sunday mornings is long and there are never enough chairs.",
]


def _p(*texts: str) -> list[RawBlock]:
    return [RawBlock("paragraph", t) for t in texts]


def _merge(tail: list[str], links: set[tuple[str, ...]] | None = None) -> list[str]:
    primary = _p(*BODY, *tail, "Most read today")
    pool = links if links is not None else set()
    blocks, how = merge(Candidate.of(primary), Candidate.of(_p(*BODY)), links=lambda: pool)
    assert how == "trafilatura+readability"
    return [b.text for b in blocks]


def test_a_continuation_of_several_paragraphs_on_the_bodys_subject_stays() -> None:
    # (the line of chrome after the continuation's last paragraph still goes)
    assert _merge(CONTINUATION) == BODY + CONTINUATION


def test_paragraphs_about_other_things_after_the_body_go() -> None:
    assert _merge(COMMENTS) == BODY


def test_one_or_two_paragraphs_after_the_body_go() -> None:
    # an author's bio, a disclaimer: too little to be the article running on
    assert _merge(CONTINUATION[:2]) == BODY


def test_paragraphs_that_are_the_pages_links_go() -> None:
    # teasers of other stories: their text is the text of links on the page
    links = set().union(*(shingle_set(t) for t in CONTINUATION))
    assert _merge(CONTINUATION, links) == BODY


#: the article goes on after an advertisement in three long paragraphs: too few for the rule
#: (four), long enough for the model (round 45)
SECOND_HALF = [
    "The inspectors lowered cameras along each of the six piers and measured every crack they "
    "found with a laser, a survey that took three weeks, two boats and a team of divers from "
    "the port authority. Their report, published on Monday, says the bridge is safe for walkers "
    "for now. Heavy lorries, it says, must stop using it before the winter floods arrive and the "
    "river rises against the piers. The worst crack runs for almost two metres along the third "
    "pier, just above the waterline, and has widened since the last survey four years ago. The "
    "engineers who wrote the report say that the piers were last strengthened in the nineteen "
    "sixties, when the town was a third of its size and no lorry weighed more than ten tonnes.",
    "Drivers coming from the north will turn left at the market square and follow the yellow "
    "signs to the new crossing, which adds about four kilometres to the trip at the busiest "
    "hours. Buses on three routes will take the same way. The council expects the queues to be "
    "longest on Friday evenings and has asked employers in the town centre to let their staff "
    "leave earlier while the works go on. A ferry for cyclists and walkers will run every twenty "
    "minutes from seven in the morning until ten at night, and it will be free for residents. "
    "Shopkeepers on the old bridge road fear that they will lose most of their customers for "
    "half a year, and their association has asked the council to lower their rents until then.",
    "The repairs will cost about four million euros, most of it for the steel frames the "
    "engineers want to fit around the damaged piers before new stone is laid. The regional "
    "government has promised half of the money. The rest will come from the council's own "
    "reserves, which the mayor said were set aside for exactly this kind of emergency. Work is "
    "due to start in June, when the river is at its lowest and the divers can reach the "
    "foundations safely, and the bridge should open again before the Christmas market. If the "
    "divers find more damage below the riverbed, the engineers warn, the work could take until "
    "the spring, and the council would then have to decide whether to build a new bridge.",
]


def test_a_long_continuation_the_rule_misses_stays_by_the_model() -> None:
    primary = Candidate.of(_p(*BODY, *SECOND_HALF))
    confirmed = primary.against(Candidate.of(_p(*BODY))).confirmed
    assert not merge_module._continues(primary, 0, len(BODY) - 1, lambda: set())
    assert confirmed[: len(BODY)] == [True] * len(BODY)
    assert _merge(SECOND_HALF) == BODY + SECOND_HALF


def test_a_long_tail_of_the_pages_links_still_goes() -> None:
    links = set().union(*(shingle_set(t) for t in SECOND_HALF))
    assert _merge(SECOND_HALF, links) == BODY


def test_the_model_reads_the_features_merge_names() -> None:
    assert len(TAIL_WEIGHTS) == len(FEATURES)
    assert FEATURES[merge_module.LINK_SHARE] == "link share of the tail"
