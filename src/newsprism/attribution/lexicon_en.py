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
    speculate clarify elaborate summarize summarise specify underline
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
    see view regard portray paint characterize characterise liken frame brand congratulate
    quote disagree love like pressure lash rip rebuke chide laud hammer
    challenge campaign press encourage congratulate cheer retweet email approve convince
    persuade balk vouch relish mandate recite plead beg authorize authorise expose
    push focus cast aim nominate identify promote compare attribute envision brag interpret
    side protest target rail
    """
)

#: verbs by which a body or a person gives its own figure ("The ministry counts 340 farms
#: without water", the English of «насчитывает»): a cue only in the present tense and the
#: active voice with a number in the object (:func:`.reader_cues_en._counts_a_figure`)
FIGURE_VERBS = frozenset(["count"])

#: verbs that mark relayed speech inside someone's quote ("a neighbour told me that …")
RELAY_VERBS = frozenset(
    ["say", "tell", "write", "add", "ask", "warn", "explain", "claim", "report", "announce"]
)

#: verbs that are cues only with a clausal complement or a quote (not "they called him",
#: "she knows the town", "he saw the car")
NEEDS_CLAUSE = words(
    """
    call describe charge accuse blame praise criticize criticise find show feel expect know
    learn realize realise understand remember notice hear see continue maintain view regard
    portray paint characterize characterise liken frame brand
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

#: prepositions some verbs take for what they are about, where others name a place or an
#: audience ("spoke about the plan" but "spoke at a rally", "spoke to reporters")
VERB_PREPS = {
    "speak": words("about of"),
    "talk": words("about of"),
    "vote": words("for against on"),
    "write": words("about of on"),
    "call": words("for on"),
    "push": words("for against"),
    "focus": words("on"),
    "aim": words("at"),
    "side": words("with against"),
    "rail": words("against at"),
    "cast": words("as"),
    "comment": words("on"),
}

#: sources whose bare object is what they state ("the poll shows Smith ahead")
EVIDENCE_NOUNS = words(
    "poll survey study report data result figure number record video footage photo image"
    " document analysis review census count audit chart map"
)

#: verbs misread by spaCy's lemmatizer, keyed by the word ("hoped" is not "hop")
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "retweeted": "retweet"}

#: verbs that attribute a view to an unnamed source when they take an infinitive or a clause
#: ("Trump appears to lead", "it seems that …")
RAISING_VERBS = words("seem appear")

#: adverbs that attribute the clause they modify to unnamed reports ("has reportedly spent")
REPORT_ADVERBS = words("reportedly allegedly purportedly supposedly")

#: adjectives of a stance held towards a complement ("confident that …", "critical of …",
#: "eager to …"); without a complement they only describe the person and are not cues
ATTITUDE_ADJECTIVES = words(
    """
    confident sure convinced aware unaware optimistic pessimistic hopeful skeptical
    sceptical critical supportive opposed upbeat concerned worried anxious nervous afraid fearful
    happy unhappy pleased glad proud angry furious upset eager keen unwilling
    reluctant adamant appreciative grateful thankful satisfied dissatisfied
    disappointed frustrated wary suspicious doubtful unsure uncertain enthusiastic excited
    comfortable uncomfortable intent insistent dismissive contemptuous fond
    """
)

#: verbs that link a subject to an attitude adjective ("is confident", "remains skeptical")
COPULAS = words("be remain seem appear feel become sound stay grow")

#: passive verbs whose agentless clause still attributes ("is expected to win", "is seen as")
RAISING_PASSIVES = words(
    """
    expect see consider know believe think say report rumor rumour allege view regard describe
    project predict estimate forecast schedule slate tip fear suspect understand
    """
)

#: nouns that name a statement or a held stance ("her claim that …", "his support for …",
#: "attacks on …", "the decision to …"); the pre-filter must let their sentences through
CUE_NOUNS = words(
    """
    support criticism attack call claim view decision plan endorsement opposition concern
    question statement announcement warning promise pledge request proposal accusation
    allegation complaint praise assertion argument belief hope fear vow insistence
    suggestion remark comment message reference mention denial admission condemnation objection
    rejection plea prediction opinion assessment estimate conclusion
    recommendation advice ruling verdict approval skepticism scepticism doubt worry
    refusal disagreement expectation assurance declaration denunciation reluctance
    hostility intention intent desire wish vision perception
    """
)

#: prepositions after a cue noun that introduce what it is about ("support for", "attacks on")
NOUN_PREPS = words("for on about against over to of")

#: cue nouns whose "of" phrase names the holder, not the content ("the view of voters")
HOLDER_OF_NOUNS = words("view opinion statement assessment belief perception")

#: verbs that make a cue noun the subject's own act ("voiced concern", "issued a warning")
LIGHT_VERBS = words(
    "make issue express voice raise have offer give deliver release share lodge file reiterate"
    " repeat renew register signal outline lay put"
)

#: nouns that make "in …" a cue: "in his view, …", "in a poll released Monday, …"
IN_NOUNS = words(
    """
    view opinion words eyes estimation judgment judgement poll survey study report interview
    statement letter speech address remarks op-ed column post tweet memo filing lawsuit
    testimony book essay editorial announcement
    """
)

#: every word above that can open a cue: what the parse pre-filter looks for (inflected)
CUE_LEMMAS = (
    SPEECH_VERBS
    | ATTITUDE_VERBS
    | ADDRESS_VERBS
    | STATEMENT_NOUNS
    | RAISING_VERBS
    | RAISING_PASSIVES
    | REPORT_ADVERBS
    | ATTITUDE_ADJECTIVES
    | CUE_NOUNS
    | IN_NOUNS
    | frozenset(LEMMA_FIXES.values())
    | {"read"}
    | FIGURE_VERBS
)


def cue_class(lemma: str) -> str:
    """What kind of cue word a lemma is — "speech", "attitude", "noun" or "-" — as the learned
    models (span tagger, source ranker) read it."""
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in ATTITUDE_VERBS:
        return "attitude"
    if lemma in CUE_NOUNS:
        return "noun"
    return "-"
