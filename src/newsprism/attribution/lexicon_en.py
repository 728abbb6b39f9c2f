"""The English words that signal an attribution: reporting verbs, stance verbs, cue nouns.

PolNeAR's notion of attribution (the one our benchmark measures) is broad: besides speech it
covers beliefs, knowledge, intentions, desires, stances for or against something, decisions
and rulings.  The lists below are lemmas; :mod:`.quotes_en` reads them off a spaCy parse, and a
cheap pre-filter that picks the sentences worth parsing inflects them, so every word that can
open a cue must be in one of these sets.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (lists read better as running text)."""
    return frozenset(text.split())


#: lemmas of verbs that report speech or a stated belief (their content is usually a clause)
SPEECH_VERBS = words(
    """
    say tell add write note report announce suggest argue believe think claim warn stress
    emphasize emphasise explain insist acknowledge admit deny predict state declare assert
    contend maintain observe remark reply respond answer ask recall conclude continue confirm
    reveal indicate tweet post allege complain concede caution agree promise vow pledge hope
    fear estimate find show testify mention comment propose urge recommend question wonder joke
    boast counter retort tout describe call charge accuse blame praise criticize criticise lament
    point worry feel expect disclose reiterate inform assure told signal hint opine muse
    speculate clarify elaborate summarize summarise
    know learn realize realise recognize recognise understand remember imagine doubt suspect
    guess assume reckon decide determine rule order demand insist request advise instruct
    shout yell scream whisper chant recount repeat reaffirm proclaim pronounce imply
    underscore highlight echo remind reassure notice hear forecast foresee anticipate swear
    guarantee apologize apologise thank wish dread acknowledge concede see
    """
)

#: verbs whose object states a stance the source takes ("called for a ceasefire", "wants out")
ATTITUDE_VERBS = words(
    """
    say write tweet ask argue note claim agree plan intend threaten decline favor favour lament
    want call support oppose urge criticize criticise praise accuse blame endorse propose
    reject deny announce cite refuse back defend dismiss question mock slam blast attack applaud
    welcome condemn demand seek promise pledge vow predict recommend describe discuss mention
    acknowledge admit reveal confirm express offer
    denounce decry echo highlight underscore tout champion advocate hail herald credit thank
    bemoan rebut dispute disavow deride lambaste lambast assail embrace consider weigh mull
    contemplate prefer vote talk speak refer reference invoke recount list outline detail
    repeat voice name label dub deem request recognize recognise accept wish hope expect
    anticipate dread insist remind promise order rule decide
    """
)

#: verbs that mark relayed speech inside someone's quote ("a neighbour told me that …")
RELAY_VERBS = frozenset(
    ["say", "tell", "write", "add", "ask", "warn", "explain", "claim", "report", "announce"]
)

#: verbs that are cues only with a clausal complement or a quote (not "they called him",
#: "she knows the town", "he saw the car")
NEEDS_CLAUSE = words(
    """
    call describe charge accuse blame praise criticize criticise find show feel expect know
    learn realize realise understand remember notice hear see continue maintain
    """
)

#: verbs whose bare object is the person addressed, not what is said ("told reporters")
ADDRESS_VERBS = words(
    "tell ask remind inform assure reassure warn urge thank advise instruct order"
)

#: nouns naming where a statement was made ("said in a statement that …")
STATEMENT_NOUNS = words(
    "statement interview letter post tweet email release note speech message briefing"
)

#: prepositions that tie a stance verb to what the stance is about ("called for", "spoke about")
STANCE_PREPS = words("for on about against of as to over with into at")

#: verbs misread by spaCy's lemmatizer, keyed by the word ("hoped" is not "hop")
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "retweeted": "retweet"}
