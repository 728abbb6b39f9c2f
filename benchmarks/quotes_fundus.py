"""Who said what on real 2023-26 news (fundus's English test pages), newsprism beside textacy.

    NEWSPRISM_FRESH_FUNDUS=/path nice python benchmarks/quotes_fundus.py [--no-textacy]
    NEWSPRISM_FRESH_FUNDUS=/path python benchmarks/quotes_fundus.py --select   # the pages, by rule
    NEWSPRISM_FRESH_FUNDUS=/path nice python benchmarks/quotes_fundus.py --part fundus2

Data: the article bodies of fundus's parser test data (``$NEWSPRISM_FRESH_FUNDUS``, see
``benchmarks/extraction_sets.py``: per publisher a ``<Publisher>.json`` with one entry per parser
version; the text is fundus's own plain text of the body, :func:`extraction_sets.fundus_gold`;
nothing of it is copied here; the benchmark is skipped when the variable is unset).  The
attributions are ours: ``benchmarks/data/fundus_speakers.jsonl``, standoff only, in the scheme of
``np2014_speakers.jsonl`` (see ``quotes_np2014.py``), ``doc`` being ``<country>/<Publisher>/<version>``.

Which pages (the rule was written and committed with this file before any page was read):
every entry of every publisher in the folders of English-speaking countries (:data:`COUNTRIES`)
whose body is English (lingua) and at least 300 words long; at most one page per publisher (its
first in the order below); ordered by the SHA-256 of ``quotes-fundus1/<doc>``.  Pages are
annotated in that order; a page without any attribution is skipped (and named in the data's
``skipped`` line); within a page, the first 15 attributions in text order are annotated (so no
one long article outweighs the rest).  Annotation stops after the page on which both 10 pages
and 80 attributions are reached.  Part ``fundus1``: held out in issue 12's English round of
session 9, scored once before any change and once after the last: 10 pages (The Gateway Pundit,
The Intercept, TimesLive, The Mirror, the Times of India, The Namibian, Business Insider,
Canada.com, the Ottawa Citizen, iNews; Rolling Stone's page skipped), 121 attributions (38
direct, 83 indirect, 19 over several sentences; 4 continuations without a cue of their own),
annotated and committed before newsprism was run on any of them.

Part ``fundus2`` (issue 12's English round of session 10; the rule written and committed before
any page was read): the same rule with the order of the SHA-256 of ``quotes-fundus2/<doc>``, over
publishers not in ``fundus1`` (nor its skipped page), so that no page of it was read for quotes
before; the same stopping rule (10 pages and 80 attributions, 15 per page).  Most English pages
were read by a colleague for figures only (``fundus_numbers.jsonl``, issue 13); those are allowed
(excluding them leaves two English pages of 300 words) and named in the docs.  Annotated: 10
pages (CBC News, CNBC, the Washington Free Beacon, Daily Maverick, Nine News, Reuters, Euronews,
Occupy Democrats, The Sun, Fox News; none skipped), 132 attributions (35 direct, 97 indirect, 12
over several sentences; 7 continuation paragraphs without a cue of their own), committed before
newsprism was run on any of them.  Scored
once with the session's base code and once at the end; no per-item output read before.

Part ``fundus3`` (issue 12's English round of session 11; this rule written and committed before
any page was read): the same rule with the order of the SHA-256 of ``quotes-fundus3/<doc>``, over
publishers in neither ``fundus1`` nor ``fundus2`` (nor a skipped page's), so that no page of it
was read for quotes before; the same stopping rule (10 pages and 80 attributions, 15 per page).
The English pages were read by a colleague for figures only (``fundus_numbers.jsonl``, issue
13); those are allowed, as for ``fundus2``.  It is the held-out part of that round, scored once
with the base code d7067f4 and once at the end.  Annotated: 10 pages (the Daily Star, the Lesotho
Times, the Financial Post, the National Post, Metro, the Daily Mail, the Washington Times (an AP
story), Nature, TechCrunch, AP News; The Province's wine column skipped), 122 attributions (57
direct, 65 indirect, 24 over several sentences), committed before newsprism was run on any of them.
Part ``fundus4`` (issue 12's English round of session 12; this rule written and committed before
any page was read): the same rule with the order of the SHA-256 of ``quotes-fundus4/<doc>``, over
publishers in none of ``fundus1``-``fundus3`` (nor a skipped page's), so that no page of it was
read for quotes before; the same stopping rule (10 pages and 80 attributions, 15 per page).  Pages
read by a colleague for figures only are allowed, as for ``fundus2``.  It is the held-out part of
that round, annotated blind (before newsprism is run on any of its pages), scored once with the
base code c92e6f9 beside textacy and once at the end.  Annotated: 10 pages (TechRadar, the Los
Angeles Times (a list of the Coliseum's plaques, their quoted words counted), the Evening Standard,
the Daily News of Tanzania, World Truth, Voice of America (an AP story), The Citizen, Rest of World,
The Telegraph (a product review), The Nation; none skipped), 94 attributions (37 direct, 57
indirect, 12 over several sentences; 3 quotes without a cue of their own), committed before
newsprism was run on any of them.
Part ``fundus5`` (issue 12's English round of session 13; this rule written and committed before
any page was read): the same rule with the order of the SHA-256 of ``quotes-fundus5/<doc>``, over
publishers in none of ``fundus1``-``fundus4`` (nor a skipped page's), so that no page of it was
read for quotes before; the same stopping rule (10 pages and 80 attributions, 15 per page).  Pages
read by a colleague for figures only are allowed, as for ``fundus2``.  It is the held-out part of
that round, annotated blind (before newsprism is run on any of its pages), scored once with the
base code 7dc5805 beside textacy and once at the end.  Annotated: 10 pages (BBC, The West
Australian, The Globe and Mail (a newsletter), The Washington Post, Malay Mail, Durban Local, the
Express (a live blog, its headlines counted), Wired (a product guide), Global News (an AP story),
The New Yorker; none skipped), 104 attributions (31 direct, 73 indirect, 12 over several
sentences; 9 quotes without a cue of their own), committed before newsprism was run on any of them.
Part ``fundus6`` (issue 12's English round of session 14; this rule written and committed before
any page was read): the same rule with the order of the SHA-256 of ``quotes-fundus6/<doc>``, over
publishers in none of ``fundus1``-``fundus5`` (nor a skipped page's), so that no page of it was
read for quotes before; the same stopping rule (10 pages and 80 attributions, 15 per page).  Pages
read by a colleague for figures only are allowed, as for ``fundus2``.  It is the held-out part of
that round, annotated blind (before newsprism is run on any of its pages), scored once with the
base code a144259 beside textacy and once at the end.  That rule leaves no page: the English
countries' publishers are all used.  So, amended before any page was read (the --select listing
was empty): fundus6 draws on every country folder of fundus's test data (not only
:data:`COUNTRIES`: Politico Europe, the Japan News ... write English), and excludes *pages*, not
publishers: a page annotated or skipped in ``fundus1``-``fundus5`` is out, but another version's
page of the same publisher (another article) is in; still English (lingua), at least 300 words,
at most one page per publisher, ordered by the SHA-256 of ``quotes-fundus6/<doc>``; the same
stopping rule.  Annotated: 10 pages (The Mirror (a gardening piece), Euronews, TimesLive, Daily
Maverick (an opinion piece, one attribution), Politico Europe, TechCrunch, the Lesotho Times, The
Japan News, The Namibian, Nine News; none skipped), 119 attributions (37 direct, 82 indirect, 18
over several sentences; 6 quotes without a cue of their own), committed before newsprism was run
on any of them.
Part ``fundus7`` (issue 12's English round of session 15; this rule written and committed before
any page was read): fundus6's rule with the order of the SHA-256 of ``quotes-fundus7/<doc>``,
excluding every page annotated or skipped in ``fundus1``-``fundus6`` (another version's page of
the same publisher is in); every country folder, English (lingua), at least 300 words, at most
one page per publisher; the same stopping rule (10 pages and 80 attributions, 15 per page). It is
the held-out part of that round, annotated blind (before newsprism is run on any of its pages),
scored once with the base code c8e1762 beside textacy and once at the end.  Annotated: 10 pages
(the Times of India, The Nation (a union profile), The Telegraph, iNews (tennis), the Taipei Times,
The Mirror (a true-crime piece), the Evening Standard (an interview), Rolling Stone, Business
Insider (a fashion ranking, one attribution), the BBC (an explainer); none skipped), 123
attributions (68 direct, 55 indirect, 37 over several sentences; 14 quotes without a cue of their
own), committed before newsprism was run on any of them.  Its own choices: a document's verb of
showing or confirming counts when the subject names its issuer ("the NCRB data confirms"), not the
writer's inference from "the data"; "X accused Y of Z" is an attribution with Z as content; the
interviewer's own questions are not annotated; song lyrics sung by a named singer are.
Part ``fundus8`` (issue 12's English round of session 16; this rule written and committed before
any page was read): fundus7's rule with the order of the SHA-256 of ``quotes-fundus8/<doc>``,
excluding every page annotated or skipped in ``fundus1``-``fundus7`` (another version's page of
the same publisher is in); every country folder, English (lingua), at least 300 words, at most
one page per publisher; the same stopping rule (10 pages and 80 attributions, 15 per page).  It
is the held-out part of that round, annotated blind (before newsprism is run on any of its
pages), scored once with the base code c3e5d7d beside textacy and once at the end.  That rule
leaves 7 pages (the --select listing, names and word counts only, was read).  So, amended before
any page was read: after those 7 come the article bodies of the scrapinghub extraction set
(``../shared/datasets/extraction-scrapinghub/ground-truth.json``, 2019 news and blog pages; read
before only for figures, issue 13, never for attributions), ``doc`` = ``scrapinghub/<id>``:
English (lingua), at least 300 words, at most one page per host of its URL, ordered by the
SHA-256 of ``quotes-fundus8/scrapinghub/<id>``; the same annotation order, skipping and stopping
rule (10 pages and 80 attributions, 15 per page) over the 7 fundus pages and these together.
Annotated: 10 pages (Metro (the King's Speech), the Daily Star, Nature (universities in exile),
the National Post (an AP live page), The Intercept, The Portugal News (a press release), Mexico
News Daily; from scrapinghub: VOA's Polygraph.info, an Audi launch review, an AP election story;
one business-coaching blog skipped), 125 attributions (50 direct, 75 indirect, 18 over several
sentences; 1 quote without a cue of its own), committed before newsprism was run on any of them.
Its own choices: words one person relays from another ("Epstein told her: ...", as she tells it)
accept either as the speaker; "X accused Y of Z" and "rejected the assertion that Z" are
attributions; a noun of saying counts with its owner ("his vow that ..."); a firm's "recorded" or
a product's "promises" does not.
Part ``fundus9`` (issue 12's English round of session 17; this rule written and committed before
any page was read): the continuation of fundus8's second source.  The scrapinghub listing of
fundus8 (:func:`scrapinghub_selected`: English (lingua), at least 300 words, at most one page per
host of its URL, ordered by the SHA-256 of ``quotes-fundus8/scrapinghub/<id>``), minus every page
annotated or skipped in ``fundus1``-``fundus8`` (so no host of fundus8's scrapinghub pages comes
again: the listing holds one page per host); the same annotation order, skipping and stopping
rule (10 pages and 80 attributions, the first 15 per page in text order).  It is the held-out
part of session 17, annotated blind (before newsprism is run on any of its pages), scored once
with the base code b5ac90a beside textacy ("before") and once at the end ("after").
Annotated: 11 pages (the 10th page closed at 77 attributions, so the 11th was read to reach 80):
Space.com (NASA's lunar landers), Inexhibit (a light-festival release, one attribution),
Billboard, a New York Times opinion column (polls), pv magazine, The Hill, the Deccan Herald (a
Reuters trade story), The Hollywood Reporter, the CT Post (an AP auto-show round-up), Phys.org
(an ESA release, quotes over cue-less paragraphs), the BBC; none skipped. 92 attributions (39
direct, 53 indirect, 23 over several sentences; 6 without a cue of their own), committed before
newsprism was run on any of them.  Its own choices: a poll with its issuer named is a speaker
("A new ABC News poll shows"), and so are its respondents' shares ("51 percent say");
"promised to", "accused X of", "denied <doing>", "described X as", "sees X as <quoted word>",
"cited X as proof that" and a panel's "recommended X as" are attributions; an embedded tweet's
text is its author's (source the signature line, no cue); "expect", "wondered", a plan
"unveiled" and a denial with no proposition are not.
Annotated: 10 pages (Wired (an opinion column), Al Bawaba (Assange), VentureBeat (a Reuters
story), National Review (an opinion column), Dear Abby, The Space Review, ZDNet (a gadget list,
one attribution), Quanta Magazine, a company blog's interview with its new CEO (questions and
answers, no cue), PolitiFact; a recipe blog skipped), 91 attributions (38 direct, 53 indirect, 13
over several sentences; 17 without a cue of their own), committed before newsprism was run on
any of them.  Its own choices: an interview's answers after the interviewer's questions are the
interviewee's; a paragraph whose "he" the page leaves between two people (its body text moved a
paragraph) accepts either; a denial with no proposition ("denied both allegations") and a study
or poll with no issuer named are not attributions.
Part ``fundus10`` (issue 12's English round of session 18; this rule written and committed before
any page was read): fundus9's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus9``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order).  It is the held-out part of session 18, annotated blind (before newsprism
is run on any of its pages), scored once with the base code 3b06a3a beside textacy ("before") and
once at the end ("after").
Part ``fundus11`` (issue 12's English round of session 19; this rule written and committed before
any page was read): fundus10's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus10``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; if fewer than 10 pages remain, all that remain, said so here).  It is the
held-out part of session 19, annotated blind (before newsprism is run on any of its pages),
scored once with the base code 5d3e2cf beside textacy ("before") and once at the end ("after").
Annotated: 12 pages (the 10th page closed at 67 attributions, so two more were read to reach 80):
ScienceAlert (water on Europa), Forbes (a case report), MSN (the same case, an interview with its
doctor), AutoIndustriya (a car launch), Sportsnet (an AP Davis Cup story), the Washington Examiner
(an opinion column), my6sense (a press release), News Nation (a fact check), The Verge (film
news from other outlets' reports), Business Insider (early retirement advice), The Republic (a
police brief), CBS Sports; Healthline's advice list and the Times Union's hockey round-up
skipped.  82 attributions (40 direct, 42 indirect, 27 over several sentences; 1 without a cue of
its own), committed before newsprism was run on any of them.  Its own choices: an outlet's
report is its speaker ("according to The Wrap", "Deadline reports"); a case report or paper
accepts its authors; a question reported ("demanded how ...") and "suggests <doing>" are
attributions, "encourages <doing>", "lobbied for", a hypothetical "as X would say" and an
unsourced "according to reports" are not.  From session 19 ``fundus10`` is development data
(real half B: ``fundus2``/``4``/``6``/``8``/``10``; half A: ``fundus1``/``3``/``5``/``7``/``9``).
Part ``fundus12`` (issue 12's English round of session 20; this rule written and committed before
any page was read): fundus11's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus11``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; pages past the 10th read until 80 attributions are reached, at most 12
pages in all; if fewer pages remain, all that remain, said so here).  It is the held-out part of
session 20, annotated blind (before newsprism is run on any of its pages), scored once with the
base code 09b1a61 beside textacy ("before") and once at the end ("after").  From session 20
``fundus11`` is development data and joins real half A (the odd parts:
``fundus1``/``3``/``5``/``7``/``9``/``11``; half B keeps the even ones).
Annotated: 11 pages (the 10th page closed at 78 attributions, so an 11th was read to reach 80):
Gizmodo (an opinion piece on a laptop teardown, one attribution), CRN (a CEO's fireside chat),
NBC DFW (a police rescue video), Smithsonian (plague cases, reports of reports), Live Science (a
simulation study), Rolling Stone (a tour announcement), Snopes (a fact check), Dealbreaker (a
newsletter item), Digg (a round-up of review excerpts each signed by its outlet), SpaceNews (a
contract award), Reuters (a markets report); none skipped.  84 attributions (35 direct, 49
indirect, 24 over several sentences; 13 without a cue of their own, the round-up's excerpts),
committed before newsprism was run on any of them.  Its own choices: a review excerpt followed by
its outlet's name in brackets is the outlet's (source the signature, no cue); a reporter's report
of a body's statement ("X said, according to Reuters") accepts either; "introduced X as <quoted
words>", "remembered <quoted words>", "voiced concerns that" and "cited X as a reason" are
attributions; "admitted to the flawed design", "confessed to the crime", "announced the tour" (no
proposition), a writer's own "we found" and an unsigned tweet are not.
Part ``fundus13`` (issue 12's English round of session 21; this rule written and committed before
any page was read): fundus12's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus12``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; pages past the 10th read until 80 attributions are reached, at most 12
pages in all; if fewer pages remain, all that remain, said so here).  It is the held-out part of
session 21, annotated blind (before newsprism is run on any of its pages), scored once with the
base code ed3e3b0 beside textacy ("before") and once at the end ("after").  From session 21
``fundus12`` is development data and joins real half B (the even parts:
``fundus2``/``4``/``6``/``8``/``10``/``12``; half A keeps the odd ones).
Annotated: 10 pages (Ascom (a press release), CNN (an analysis of the President's health), Dawgs
by Nature (a football snap-count page with embedded tweets), Slate (a long feature on a novelist),
the Twin Cities Pioneer Press (an NHL game story), Moneycontrol (a markets analysis), Wccftech (a
game-streaming item citing two reviews), NBC News (a guilty plea), the Los Angeles Times (a
business column), the Daily Express (plague cases); a theatre's blog post and VG247's game review,
each in the writer's own voice, skipped).  92 attributions (46 direct, 46 indirect, 28 over
several sentences; 4 without a cue of their own: a signed pull quote, a signed tweet, a quoted
continuation), committed before newsprism was run on any of them.  Its own choices: unnamed
"experts say" and "sources told" are attributions with those words as the speaker; a firm's
"reported a loss of" is one; "called X a Y", "blasted X as", "eulogize X as" and "attributed X to
Y" are; a quote one person relays from another ("the office said he said ...", "according to AFP,
one user posted") accepts either; "dubbed" a name, "declined to comment", "expressed confidence"
with no content and "a saying that goes" are not.
Part ``fundus14`` (issue 12's English round of session 22; this rule written and committed before
any page was read): fundus13's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus13``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; pages past the 10th read until 80 attributions are reached, at most 12
pages in all; if fewer pages remain, all that remain, said so here).  It is the held-out part of
session 22, annotated blind (before newsprism is run on any of its pages), scored once with the
base code a0c1a04 beside textacy ("before") and once at the end ("after").  From session 22
``fundus13`` is development data and joins real half A (the odd parts:
``fundus1``/``3``/``5``/``7``/``9``/``11``/``13``; half B keeps the even ones).
Annotated: 10 pages (USA Today (two prison officers charged), 9to5Mac (a gift guide in the writer's
voice, two attributions), City A.M. (a share listing, two reports of Reuters), Al Jazeera (NASA's
lander contracts), The Sun (plague cases), CBS News (a kidnapping sentence), the New York Post (a
hostage swap), Fox News (a dance show), the Houston Chronicle (car sales), Barron's (a retailer's
results); Florida Today's school results list and BGR's deals list skipped).  88 attributions (27
direct, 61 indirect, 18 over several sentences; 2 without a cue of their own, a quote's second
paragraph), committed before newsprism was run on any of them.  Its own choices: "according to
court records / evidence presented at trial" names the records as the speaker; a firm's
"reported <figure>" and a health authority's "reported its third case" are attributions; "confirmed
that", "admitting that", "admitted to <doing>", "points out <reasons>", "citing <reason>",
"described as", "let me know how ..." and a quoted question ("... ?" she asked) are; a noun of
saying with its owner ("X's announcement that", "a declaration by X that") is; "declined to
comment", "expect(s)", "predicted <figure>", "believes" without a quoted word, a video that
"shows" with no issuer, and "announced the exchange" with no proposition are not.
Part ``fundus15`` (issue 12's English round of session 23; this rule written and committed before
any page was read): fundus14's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus14``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; pages past the 10th read until 80 attributions are reached, at most 12
pages in all; if fewer pages remain, all that remain, said so here).  It is the held-out part of
session 23, annotated blind (from the page text, before newsprism is run on any of its pages),
the labels committed before any run, scored once with the base code bb956e5 beside textacy
("before") and once at the end ("after").  From session 23 ``fundus14`` is development data and
joins real half B (the even parts: ``fundus2``/``4``/.../``14``; half A keeps the odd ones).
Annotated: 10 pages (Sputnik (a columnist on a royal's interview), mySanAntonio (an AP basketball
story), Vox (Delhi's air pollution), Sky News (a manager's appointment, a club statement and two
signed posts), IndieWire (a film song's writers), the Guardian (an editorial on Hong Kong),
PanARMENIAN.Net (an Amnesty report on Iran), CNBC (two market strategists), the Spokesman-Review
(three advertising people on a campaign), the Detroit News (college football notes, 3
attributions); IGN's deals list and Beachbody's meal plan skipped).  87 attributions (48 direct,
39 indirect, 33 over several sentences; 4 without a cue of their own: three signed posts and a
quote's second paragraph), labelled from the page text and committed before newsprism was run on
any of them.  Its own choices: a noun of saying with its owner ("his claim that", "directives
from X to") is an attribution, as in ``fundus14``; a signed post is its signer's; "threatened
to", "demanding", "note that", "unveiled" are; "was said to", "believes", "fear that", "saw as"
and footage that "shows" are not; where the page writes "she said" after a man's quote (the son's
words), the gold names him.
Part ``fundus16`` (issue 12's English round of session 24; this rule written and committed before
any page was read): fundus15's rule continued. The scrapinghub listing of fundus8
(:func:`scrapinghub_selected`, the same SHA-256 order of ``quotes-fundus8/scrapinghub/<id>``),
minus every page annotated or skipped in ``fundus1``-``fundus15``: the next pages in that order;
the same annotation order, skipping and stopping rule (10 pages and 80 attributions, the first 15
per page in text order; pages past the 10th read until 80 attributions are reached, at most 12
pages in all; if fewer pages remain, all that remain, said so here).  It is the held-out part of
session 24, annotated blind (from the page text, before newsprism is run on any of its pages),
the labels committed before any run, scored once with the base code 0b58cf9 beside textacy
("before") and once at the end ("after").  From session 24 ``fundus15`` is development data and
joins real half A (the odd parts: ``fundus1``/``3``/.../``15``; half B keeps the even ones).
The listing held only 6 pages (the scrapinghub source is used up), so all were read.  Annotated: 5
pages (an NJ.com item on a state's anti-drug slogan and the posts about it, AppleInsider's laptop
review (four attributions to the maker), an AP preview of a presidential debate (one attribution),
The Real Deal on layoffs at an office-space firm, Newsweek on a cannabis study; GiveWell's grant
post, in its own voice, skipped).  39 attributions (16 direct, 23 indirect, 8 over several
sentences; 5 without a cue of their own: signed posts), labelled from the page text and committed
before newsprism was run on any of them.  Its own choices: a website's "statement" shared by an
official accepts either; a reviewer's "Apple tells us" and a document whose issuer is named
("Apple's service numbers ... bear out") are attributions; "warning X against <doing>", "urged X to",
"demanded <noun>" and an owner's "promise to" are; "according to a study" with no issuer, "worry",
"fear", "remain skeptical", "pointed it out" with no proposition and a writer's own "our testing
suggests" are not.
Part ``wcxb25`` (issue 12's English round of session 25; this rule written and committed before
any page was read for quotes): a source no attribution part drew on before, WCXB's 2025 pages
(``$NEWSPRISM_FRESH_WCXB``, the ``test`` split; the loader of ``claims_wcxb_select.pages``: pages
whose ground truth's page type is ``article``, the text its ``main_content``; two sentences of
many of them were read for figures only by the claims part of session 17, allowed as for
``fundus2``).  ``doc`` = ``wcxb/<file_id>``.  A page is a candidate when its text is English
(lingua), at least 300 words long, and holds at least 3 matches of the words "said", "says",
"told" or "according to" (case-insensitive, whole words: a mechanical test, so that guides and
product pages without any report are passed over unread); at most one page per domain (the
host of its URL, ``www.`` dropped); ordered by the SHA-256 of ``quotes-wcxb25/<doc>``.  Pages are
annotated in that order; a page without any attribution is skipped (named in the data's
``skipped`` line); within a page, the first 15 attributions in text order are annotated.
Annotation stops after the 6th annotated page.  It is the second held-out part of session 25,
annotated blind (from the page text, before newsprism is run on any of its pages), the labels
committed before any run, scored once with the base code f6cae03 beside textacy ("before") and
once at the end ("after").  ``fundus16`` is development data from session 25 and joins real half
B (the even parts).  Annotated: 6 pages (a home-organising guide quoting two experts, a climate-tech
investment newsletter citing reports and data, a list of book clubs' picks with each club's words, a
financial firm's retirement guide citing its own data, a photographer's blog in his own voice (two
attributions), a weight-loss guide quoting four dietitians and trainers; a history of coffee skipped).
49 attributions (25 direct, 24 indirect, 19 over several sentences; 2 without a cue of their own: a
signed quote, a club's words after a colon), labelled from the page text and committed before
newsprism was run on any of them.  Its own choices: unnamed "experts agree" is an attribution with
those words as the speaker (as ``fundus13``'s "experts say"); "recommends <doing>", "suggests
<doing>", "acknowledges", "reveals" (data whose issuer is named) and "confirms" (a report whose
issuers are named) are; "believes" without a quoted word, "aims to" with quoted words, a legend's
"according to one story", a passive "I was told" and the writer's own "I told myself" are not.
Part ``wcxb26`` (issue 12's English round of session 26; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb25``'s rule continued — the same
candidate test and the same order (SHA-256 of ``quotes-wcxb25/<doc>``, :func:`wcxb_selected`),
starting after the last page ``wcxb25`` read (annotated or skipped), leaving out every page of a
domain ``wcxb25`` annotated (:func:`wcxb26_selected`; ``--select --part wcxb26`` lists the ids
only); the first 15 attributions of a page in text order; a page without an attribution skipped
and named; stop after the 6th annotated page.  It is the held-out part of session 26, labelled
blind from the page text in the standoff form of ``wcxb25`` and committed before newsprism was
run on any of its pages, scored once with the base code ef18667 beside textacy ("before") and once
at the end ("after").  ``wcxb25`` is development data from session 26.  Annotated: 6 pages (a
profile of a tent maker quoting its founder, a podcast transcript with an economist (his turns,
the people he quotes), a fitness blog with signed epigraphs, a software vendor's comparison page
with signed user reviews, a personal-finance blog in its writer's voice (three attributions), a
meetup report quoting five founders; none skipped), 72 attributions (49 direct, 23 indirect, 21
over several sentences; 32 without a cue of their own: signed quotes and reviews, the
interviewee's turns, one cue-less continuation).  Its own choices: an interview's turns are the
interviewee's (the interviewer's own turns are not annotated, a claim he reports is); a signed
epigraph or user review is its signer's, "Anonymous" is no speaker, an anonymous "Verified User"
is; words the speaker relays from another (what a parent once told the speaker to do) are the other's;
a passive "was told by others (...)" with its agent named, "people kept saying", "most blogs
mention the rule as" and "the companies shared how" are attributions; "it is said that", advice
without a proposition and the writer's own "as I mentioned" are not.
Part ``wcxb27`` (issue 12's English round of session 27; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb26``'s rule continued — the same
candidate test and order (``wcxb25``'s listing), starting after the last page ``wcxb26`` read
(annotated or skipped), leaving out every page of a domain ``wcxb25`` or ``wcxb26`` annotated
(:func:`wcxb27_selected`; ``--select --part wcxb27`` lists the ids only: eight candidates remain);
the first 15 attributions of a page in text order; a page without an attribution skipped and named;
stop after the 6th annotated page.  The held-out part of session 27, labelled blind from the page
text in the standoff form of ``wcxb26`` and committed before newsprism was run on any of its pages,
scored once with the base code 601f915 beside textacy ("before") and once at the end ("after").
``wcxb26`` is development data from session 27.  Annotated: 6 pages (an email-marketing vendor's
comparison of its rivals citing user reviews, a medical review article citing health bodies, a
board-game list (one attribution), an SEO agency's pricing guide citing industry reports (a list of
figures each followed by its source in brackets, then reports in the body: its first 15), a
podcast press release quoting its panel's host and co-host and reporting what other podcasts'
hosts found, a product-test page with a signed editor's box and two dentists' advice; a home-
automation guide skipped), 42 attributions (5 direct, 37 indirect, 4 over several sentences; 7
without a cue of their own: figures followed by their source in brackets, a signed editor's box).
Its own choices: a statement followed by its source in brackets is the source's (no cue); a signed
box in first person is its signer's; advice of unnamed experts and reports of unnamed users are
attributions with those words as the speaker, and so is a survey's share of respondents who
report; a body's guidance "according to" it and a report's "indicates" / "shared" are; a
study, meta-analysis or "research" with no issuer named (a journal named only as where it was
published), "according to our research" (the writer's own), "in the opinions of" and an idiom's
"as they say" are not.
Part ``wcxb28`` (issue 12's English round of session 28; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): a new pool, WCXB's 2025 ``dev`` split
(``wcxb25``'s listing over the ``test`` split was used up): its article pages (ground truth's page
type ``article``, the text its ``main_content``), ``doc`` = ``wcxbdev/<file_id>`` (a prefix of its
own: the two splits' file ids overlap), ``wcxb25``'s candidate test (at least 300 words, at least 3
whole-word "said"/"says"/"told"/"according to", English by lingua), at most one page per domain
(the host, ``www.`` dropped; the first in the order), no domain ``wcxb25``-``wcxb27`` annotated,
ordered by the SHA-256 of ``quotes-wcxb28/<doc>`` (:func:`wcxb28_selected`; ``--select --part
wcxb28`` lists the ids only); the first 15 attributions of a page in text order; a page without an
attribution skipped and named; stop after the 6th annotated page.  The held-out part of session
28, labelled blind from the page text in the standoff form of ``wcxb27`` and committed before
newsprism was run on any of its pages, scored once with the base code 01f926a beside textacy
("before") and once at the end ("after").  ``wcxb27`` is development data from session 28.
Annotated: 6 pages (an actuarial society's interview of three candidates, an IT news story quoting
two executives, a science magazine's feature on cell intelligence, a newsletter's book list quoting
reviews, a running-shoe guide quoting its testers, a university's career guide citing bodies with
"according to"; none skipped), 69 attributions (40 direct, 29 indirect, 22 over several sentences;
1 without a source of its own: a second verb of the subject before).  Its own choices: a book
review's "says"/"saying" is its outlet's; "X declared Y the best Z" is an attribution; a figure of
a story's plot who "has told everyone that" is a speaker; testers who "found" a part narrow and
"point to" a flaw are; "expects", "believes", "thinks", "sees", "suspects" are not; research
"published in" a journal with no issuer named is not (as in ``wcxb27``).
Part ``wcxb29`` (issue 12's English round of session 29; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb28``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb28`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb28`` annotated (:func:`wcxb29_selected`;
``--select --part wcxb29`` lists the ids only: 82 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 29, labelled blind from the page text in the standoff form of
``wcxb28`` and committed before newsprism was run on any of its pages, scored once with the base
code 489dd44 beside textacy ("before") and once at the end ("after").  ``wcxb28`` is development
data from session 29.  Annotated: 6 pages (a community energy supplier's interview with a solar
pioneer, a Bangladeshi news agency's story on homestead gardens quoting two farmers and two
officials, a tech outlet's sponsored feature quoting eleven people by turns, a trade magazine's
profile of a bakery chain's chief executive, a marketing site's list of social platforms citing
surveys, a software vendor's project-management guide with two block quotes; none skipped), 60
attributions (23 direct, 37 indirect, 16 over several sentences or lines; 2 without a source of
their own: a cue-less paragraph continuing a quote, a second verb of the subject before).  Its own
choices: a quote interrupted by its attribution ("…," Dan says. "…") or continued in the next
paragraph without a cue of its own is one attribution with two spans, a page's cue-less quoted
paragraph after the speaker's turn is its own; "X recommends doing …" and "suggests including:"
a list are attributions; "according to" two people names both; research or figures of a named
issuer that "confirm" or "show" are attributions, and so is a share of respondents who "say",
"told" a pollster or "found"; a block quote after "As X says:" or "X has documented …:" is X's;
"credits", "hopes", "believes", "foresee", "plan" are not; "the latest TikTok stats" (no issuer)
and "polled by" (no cue) are not; an article's "Here, he breaks down how to …" is not.  Scored
before (489dd44) and after (32094d5): 53 of 60 right speakers both times, 35 of 36 confident
right; textacy 14 of 60 in the same runs.
Part ``wcxb30`` (issue 12's English round of session 30; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb29``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb29`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb29`` annotated (:func:`wcxb30_selected`;
``--select --part wcxb30`` lists the ids only: 76 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 30, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb29``, committed before newsprism was run on any of its pages; scored once with the base code
4bbd16d beside textacy ("before") and once at the end ("after").  ``wcxb29`` is development data
from session 30.  Annotated: 6 pages (a nutrition podcast's transcript on cleaning products citing
surveys and researchers, a lender's blog on millennials' money habits citing survey makers' reports
and a financial planner, a local TV station's consumer investigation quoting its reporter, an
anonymous source, customers and officials, a moving-software vendor's list of moving companies with
their managers' words, a hospital's health guide quoting a yoga therapist by turns, a consumer
magazine's car-maintenance checklist quoting two of its mechanics; none skipped), 63 attributions
(34 direct, 29 indirect, 20 over several sentences; every one with a source and a cue of its own).
Its own choices: a bottle whose label "says" a claim is its maker's (named on the page), and so
are the makers' "claim"; researchers of a review named by its title who "noted", and researchers
"at Harvard" who "demonstrated", are speakers; a share of respondents who "reported" inside a
study's quotation with no cue is an attribution of its own; "the same study" / "this report" are
the last named report's; words a reporter relays from an unnamed source inside her own quote
("tell us that you are …") are the source's, and her quote is hers; a reporter's quoted words in
a news story, questions included, are hers (unlike an interview page's question turns); "asked X
not to …" is an attribution (as "urged X to"); "Every company boasts that" is; "X says" after a
paragraph of paraphrase covers that paragraph; "I would say" (the writer's own), "thought",
"believe", "plan", "blame", "raving about", a label that "says" only a word, hypothetical
"might ask" / "may recommend" / "if your mechanic suggests", a study or "surveys" with no issuer
named, and quotations of an unnamed study with no cue are not.
Part ``wcxb31`` (issue 12's English round of session 31; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb30``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb30`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb30`` annotated (:func:`wcxb31_selected`;
``--select --part wcxb31`` lists the ids only: 70 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 31, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb30``, committed before newsprism was run on any of its pages; scored once with the base code
52509763 beside textacy ("before") and once at the end ("after").  ``wcxb30`` is development data
from session 31.  Annotated: 6 pages (a cooking magazine's test of book subscriptions quoting its
editors and a signed epigraph, a coffee site's review of drip coffee makers in its writer's voice
(three attributions: its tasters and "coffee experts"), a software vendor's feature on climate
technologies citing agencies, firms and outlets with "according to", a consulting-career site's
pros and cons in a former consultant's voice (five attributions of others), a podcast platform's
equipment guide quoting two experts by turns, a science magazine's year-end letter on its
mathematics stories quoting its writers and their subjects; a travel blogger's guide to Japan in
her own voice skipped), 57 attributions (19 direct, 38 indirect, 10 over several sentences or
lines; 3 without a source or cue of their own: a signed epigraph, a second verb of the subject
before, a cue-less quotation woven into a sentence about its named speaker).  Its own choices:
"recommends X as", "suggests <a quoted product>", "advises against", "highlights", "ranks X as",
"compared X to" and a panel's "recommended X for" are attributions; "X reported on how",
"explains how", "tells the story of how" and "gives an account of how" (a writer's report of
what happened) are, "explains <a topic>" is not; "in X's words" is; "I learned from an article X
wrote that" gives the words to X; a body's "announced plans to build", "directed X to" and a
building's "claimed to" are; "according to X, including:" a list takes the list; a quotation
mixed into indirect speech ("notes that they have “…”") is indirect, a subject framing a quoted
predicate ("The proof “was …,” X write") is direct; words a mentor relays from his hosts ("they
proudly share that") are the hosts', with the mentor accepted; the writer's own speech ("I told
the cashier", "I've always said", "we recommend"), a page's boxes in its writer's own voice,
"raved about", "found X unsatisfying", "in his opinion", "seconds X's recommendation", "dubbed",
a passive "I have been asked" with no asker, a generic "when they tell you", research with no
issuer named and a certification "specified by" a body are not.
Part ``wcxb32`` (issue 12's English round of session 32; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb31``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb31`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb31`` annotated (:func:`wcxb32_selected`;
``--select --part wcxb32`` lists the ids only: 63 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 32, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb31``, committed before newsprism was run on any of its pages; scored once with the base code
b1eb9b2d beside textacy ("before") and once at the end ("after").  ``wcxb31`` is development data
from session 32.  Annotated (counts and ids only, as the session's register asks): 6 pages, the
first six candidates (``wcxbdev/4472``, ``0469``, ``0002``, ``0033``, ``0456``, ``4125``: 6, 2, 15,
7, 15 and 12 attributions; none skipped), 57 attributions (15 direct, 42 indirect, 9 over several
sentences or lines; 3 without a source or cue of their own).
Conventions: speech acts and reports (said, told, according to, found, wrote, argued, pointed to,
described ... as); no mental verbs without a quoted word (believes, thinks, recognises), no
instructions of "how to", no unsourced "reportedly".
Part ``wcxb33`` (issue 12's English round of session 33; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb32``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb32`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb32`` annotated (:func:`wcxb33_selected`;
``--select --part wcxb33`` lists the ids only: 57 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 33, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb32``, committed before newsprism was run on any of its pages; scored once with the base code
e81db99f beside textacy ("before") and once at the end ("after").  ``wcxb32`` is development data
from session 33.  Annotated (counts and ids only, as the session's register asks): 6 pages of the
first seven candidates (``wcxbdev/0327``, ``4476``, ``4068``, ``0099``, ``0367``, ``0050``: 13, 8,
10, 15, 4 and 15 attributions; ``wcxbdev/0415`` skipped), 65 attributions (25 direct, 40 indirect,
20 over several sentences or lines; every one with a source and a cue of its own).  Scored before
(e81db99f) 53 of 65 right speakers, 23 of 25 confident right, and after (the thirty-third
session's code) 53 of 65, 19 of 21; textacy 12 of 65 in the same runs.
Part ``wcxb34`` (issue 12's English round of session 34; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb33``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb33`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb33`` annotated (:func:`wcxb34_selected`;
``--select --part wcxb34`` lists the ids only: 50 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 34, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb33``, committed before newsprism was run on any of its pages; scored once with the base code
419a4447 beside textacy ("before") and once at the end ("after").  ``wcxb33`` is development data
from session 34.  Annotated (counts and ids only, as the session's register asks): 6 pages, the
first six candidates (``wcxbdev/0475``, ``4656``, ``0167``, ``0178``, ``4605``, ``4615``: 15, 2,
11, 9, 5 and 15 attributions; none skipped), 57 attributions (14 direct, 43 indirect, 17 over
several sentences or lines; 15 without a cue of their own, 1 without a source of its own).
Part ``wcxb35`` (issue 12's English round of session 35; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb34``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb34`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb34`` annotated (:func:`wcxb35_selected`;
``--select --part wcxb35`` lists the ids only: 44 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 35, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb34``, committed before newsprism was run on any of its pages; scored once with the base code
dcf5436e beside textacy ("before") and once at the end ("after").  ``wcxb34`` is development data
from session 35.  Annotated (counts and ids only, as the session's register asks): 6 pages, the
first six candidates (``wcxbdev/0236``, ``4591``, ``0161``, ``4530``, ``0174``, ``1837``: 6, 2,
12, 15, 15 and 9 attributions; none skipped), 59 attributions (24 direct, 35 indirect, 5 over
several sentences or lines; 5 without a cue of their own, every one with a source of its own).
Part ``wcxb36`` (issue 12's English round of session 36; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb35``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb35`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb35`` annotated (:func:`wcxb36_selected`;
``--select --part wcxb36`` lists the ids only: 38 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 36, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb35``, committed before newsprism was run on any of its pages; scored once with the base code
d3329bc0 beside textacy ("before") and once at the end ("after").  ``wcxb35`` is development data
from session 36.  Annotated (counts and ids only, as the session's register asks): 6 pages, the
first six candidates (``wcxbdev/0385``, ``4079``, ``1405``, ``4561``, ``0222``, ``0449``: 5, 9,
9, 8, 8 and 5 attributions; none skipped), 44 attributions (18 direct, 26 indirect, 2 over
several sentences or lines; every one with a source and a cue of its own).  Scored before
(d3329bc0, the lead) 30 of 44 right speakers (38 found), 17 of 18 confident right, and after (the
thirty-sixth session's code, 1a8a977c) the same; textacy 9 of 44 in the same runs.
Part ``wcxb37`` (issue 12's English round of session 37; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb36``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb36`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb36`` annotated (:func:`wcxb37_selected`;
``--select --part wcxb37`` lists the ids only: 32 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 37, selected and labelled by a colleague who read neither the
code nor any output of newsprism or a peer, from the page text in the standoff form of
``wcxb36``, committed before newsprism was run on any of its pages; scored once with the base code
7d6b23a6 beside textacy ("before") and once at the end ("after").  ``wcxb36`` is development data
from session 37.  Annotated (counts and ids only, as the session's register asks): 6 pages, the
first six candidates (``wcxbdev/2414``, ``0094``, ``0396``, ``4138``, ``0034``, ``0054``: 12, 15,
8, 6, 15 and 3 attributions; none skipped), 59 attributions (15 direct, 44 indirect, 4 over
several sentences or lines; 3 without a cue of their own, 2 of them without a source of their own).
Scored before (7d6b23a6, the lead) 47 of 59 right speakers (52 found), 23 of 24 confident right,
and after (the thirty-seventh session's code, 5ed1ad81) the same; textacy 5 of 59 in the same runs.
Part ``wcxb38`` (issue 12's English round of session 38; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb37``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb37`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb37`` annotated (:func:`wcxb38_selected`;
``--select --part wcxb38`` lists the ids only: 26 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 38 (scored only when asked for by name, ``--part wcxb38``;
no per-item output is read), selected and labelled by a colleague who read neither the code nor
any output of newsprism or a peer, from the page text in the standoff form of ``wcxb37``,
committed before newsprism was run on any of its pages; scored once with the base code 133c7989
beside textacy ("before") and once at the end ("after").  ``wcxb37`` is development data from
session 38 and, being odd, joins English attribution's check half.  Annotated (counts and ids
only, as the session's register asks): 6 pages of the first seven candidates (``wcxbdev/0352``,
``4444``, ``0026``, ``1657``, ``0004``, ``4668``: 14, 1, 9, 7, 15 and 2 attributions;
``wcxbdev/4044`` skipped), 48 attributions (7 direct, 41 indirect, 3 over several sentences or
lines; 6 without a cue of their own, every one with a source of its own); 19 candidates left.
Part ``wcxb39`` (issue 12's English round of session 39; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb38``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb38`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb38`` annotated (:func:`wcxb39_selected`;
``--select --part wcxb39`` lists the ids only: 19 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 39 (scored only when asked for by name, ``--part wcxb39``;
no per-item output is read), selected and labelled by a colleague who read neither the code nor
any output of newsprism or a peer, from the page text in the standoff form of ``wcxb38``,
committed before newsprism was run on any of its pages; scored once with the base code 6eae3fd1
beside textacy ("before") and once at the end ("after").  ``wcxb38`` is development data from
session 39 and, being even, joins development (not the check half).  Annotated (counts only, as
the session's register asks): 6 pages of the first eight candidates (15, 14, 9, 15, 15 and 7
attributions; 2 skipped), 75 attributions (26 direct, 49 indirect, 18 over several sentences or
lines; 6 without a cue of their own, every one with a source of its own); 11 candidates left.
Part ``wcxb40`` (issue 12's English round of session 40; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb39``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb39`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb39`` annotated (:func:`wcxb40_selected`;
``--select --part wcxb40`` lists the ids only: 11 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 40 (scored only when asked for by name, ``--part wcxb40``;
no per-item output is read), selected and labelled by a colleague who read neither the code nor
any output of newsprism or a peer, from the page text in the standoff form of ``wcxb39``,
committed before newsprism was run on any of its pages; scored once with the base code 084f254c
beside textacy ("before") and once at the end ("after").  ``wcxb39`` joins English attribution's
check parts from session 40 (odd, as the odd parts are; scored only, its errors not read this
session).  Annotated (counts only, as the session's register asks): 6 pages of the first seven
candidates (1, 7, 10, 3, 9 and 11 attributions; 1 skipped), 41 attributions (15 direct, 26
indirect, 11 over several sentences or lines; 3 without a cue of their own, 1 of them without a
source of its own); 4 candidates left.
Part ``wcxb41`` (issue 12's English round of session 41; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb40``'s pool, test and order
continued — :func:`wcxb28_selected`'s listing after the last page ``wcxb40`` read (annotated or
skipped), leaving out every domain ``wcxb25``-``wcxb40`` annotated — and, when that pool ends, the
pages of Utomo and Leu's ``big5-17`` folder (``$NEWSPRISM_FRESH_BIG9``, see
``extraction_sets.big9_dir``; the text of a page is its gold ``gold/NAME.txt``, decoded as UTF-8
with replacement, :func:`big9_17_pages`) whose gold holds at least 300 words, in the order of the
SHA-256 of ``quotes-big9-41:big5-17/<NAME>``, ``doc`` = ``big9/big5-17/<NAME>``
(:func:`wcxb41_selected`; ``--select --part wcxb41`` lists the ids only: 71 candidates, 4 of the
first pool); the first 15 attributions of a page in text order; a page without an attribution
skipped and named; stop after the 6th annotated page.  The held-out part of session 41 (scored
only when asked for by name, ``--part wcxb41``; no per-item output is read), selected and
labelled by a colleague who read neither the code nor any output of newsprism or a peer, from the
page text in the standoff form of ``wcxb40``, committed before newsprism was run on any of its
pages; scored once with the base code 313f6cbe beside textacy ("before") and once at the end
("after").  ``wcxb40`` joins English attribution's development parts from session 41 (even, as
the even parts are; this session the second check of ``heldout.md``'s time split: scored only,
its errors not read).  Annotated (counts only, as the session's register asks): 6 pages of the
first seven candidates (6, 10, 15, 8, 15 and 11 attributions; 1 skipped), 65 attributions (29
direct, 36 indirect, 18 over several sentences or lines; every one with a source and a cue of its
own); 64 candidates left.
Part ``wcxb42`` (issue 12's English round of session 42; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb41``'s second pool, loader and
order continued — :func:`big9_17_selected`'s listing (the ``big5-17`` pages whose gold holds at
least 300 words, in the order of the SHA-256 of ``quotes-big9-41:big5-17/<NAME>``, ``doc`` =
``big9/big5-17/<NAME>``, the text read as ``wcxb41`` reads it) after the last page ``wcxb41``
read (annotated or skipped) (:func:`wcxb42_selected`; ``--select --part wcxb42`` lists the ids
only: 64 candidates); the first 15 attributions of a page in text order; a page without an
attribution skipped and named; stop after the 6th annotated page.  The held-out part of session
42 (scored only when asked for by name, ``--part wcxb42``, which needs ``$NEWSPRISM_FRESH_BIG9``
only; no per-item output is read), selected and labelled by a colleague who read neither the code
nor any output of newsprism or a peer, from the page text in the standoff form of ``wcxb40``,
committed before newsprism was run on any of its pages; scored once with the base code c0b8cc8d
beside textacy ("before") and once at the end ("after").  ``wcxb41`` joins English attribution's
check parts from session 42 (odd, as the odd parts are; this session the second check of
``heldout.md``'s time split: scored only, its errors not read).  Annotated (counts only, as the
session's register asks): 6 pages, the first six candidates (7, 15, 15, 8, 9 and 5 attributions;
none skipped), 59 attributions (17 direct, 42 indirect, 6 over several sentences or lines; 3
without a cue of their own, 1 of them without a source of its own); 58 candidates left.
Part ``wcxb43`` (issue 12's English round of session 43; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb42``'s pool, loader and order
continued — :func:`big9_17_selected`'s listing after the last page ``wcxb42`` read (annotated,
skipped, or read past its sixth annotated page: :data:`READ_PAST`) (:func:`wcxb43_selected`;
``--select --part wcxb43`` lists the ids only: 57 candidates); the first 15 attributions of a page
in text order; a page without an attribution skipped and named; stop after the 6th annotated
page.  The held-out part of session 43 (scored only when asked for by name, ``--part wcxb43``,
which needs ``$NEWSPRISM_FRESH_BIG9`` only; no per-item output is read), selected and labelled by
a colleague who read neither the code nor any output of newsprism or a peer, from the page text
in the standoff form of ``wcxb41``, committed before newsprism was run on any of its pages; to be
scored once with the base code 930cbb35 beside textacy ("before") and once at the end ("after").
Annotated (counts only, as the session's register asks): 6 pages of the first seven
candidates (10, 14, 1, 6, 12 and 8 attributions; 1 skipped), 51 attributions (13 direct, 38
indirect, 8 over several sentences or lines; 3 without a cue of their own, 1 of them without a
source of its own); 50 candidates left.
``wcxb42`` joins English attribution's development parts from session 43 (even, as the even parts
are; this session the second check of ``heldout.md``'s time split: scored only, its errors not
read).
Part ``wcxb44`` (issue 12's English round of session 44; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb43``'s pool, loader and order
continued — :func:`big9_17_selected`'s listing after the last page ``wcxb43`` read (annotated,
skipped, or read past its sixth annotated page: :data:`READ_PAST`; ``wcxb43`` read none past)
(:func:`wcxb44_selected`; ``--select --part wcxb44`` lists the ids only: 50 candidates); the first
15 attributions of a page in text order; a page without an attribution skipped and named; stop
after the 6th annotated page.  The held-out part of session 44 (scored only when asked for by
name, ``--part wcxb44``, which needs ``$NEWSPRISM_FRESH_BIG9`` only; no per-item output is read),
selected and labelled by a colleague who read neither the code nor any output of newsprism or a
peer, from the page text in the standoff form of ``wcxb42``, committed before newsprism was run on
any of its pages; to be scored once with the base code f2cda83a beside textacy ("before") and once
at the end ("after").  Annotated (counts only, as the session's register asks): 6 pages of the
first seven candidates (15, 2, 12, 15, 3 and 7 attributions; 1 skipped), 54 attributions (23
direct, 31 indirect, 16 over several sentences or lines; 1 without a cue of its own, every one
with a source of its own); 43 candidates left.
``wcxb43`` joins English attribution's development parts from session 44 (even, as the even parts
are; this session the second check of ``heldout.md``'s time split: scored only, its errors not
read).
Part ``wcxb45`` (issue 12's English round of session 45; the rule is ``benchmarks/heldout.md``'s,
written and committed by the lead before any page was read): ``wcxb44``'s pool, loader and order
continued — :func:`big9_17_selected`'s listing after the last page ``wcxb44`` read (annotated,
skipped, or read past its sixth annotated page: :data:`READ_PAST`; ``wcxb44`` read none past)
(:func:`wcxb45_selected`; ``--select --part wcxb45`` lists the ids only: 43 candidates); the first
15 attributions of a page in text order; a page without an attribution skipped and named; stop
after the 6th annotated page.  The held-out part of session 45 (scored only when asked for by
name, ``--part wcxb45``, which needs ``$NEWSPRISM_FRESH_BIG9`` only; no per-item output is read),
selected and labelled by a colleague who read neither the code nor any output of newsprism or a
peer, from the page text in the standoff form of ``wcxb43``, committed before newsprism was run on
any of its pages; to be scored once with the base code 30e50dfa beside textacy ("before") and once
at the end ("after").  Annotated (counts only, as the session's register asks): 6 pages, the first
six candidates (1, 8, 15, 3, 7 and 5 attributions; none skipped), 39 attributions (23 direct, 16
indirect, 9 over several sentences or lines; 6 without a cue of their own, every one with a source
of its own); 37 candidates left.
``wcxb44`` joins English attribution's development parts from session 45 (even, as the even parts
are; this session the second check of ``heldout.md``'s time split: scored only, its errors not
read).

Metrics: those of ``quotes_np2014.py`` (per gold attribution: found, right speaker, confident
and right among confident, content-word recall and precision).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import fundus_dir, fundus_gold  # noqa: E402
from quotes_np2014 import run_and_print  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "fundus_speakers.jsonl"
COUNTRIES = ("us", "uk", "ca", "au", "ind", "za", "my", "lb", "ls", "na", "tz", "il")
MIN_WORDS = 300


def _rank(doc: str, part: str = "fundus1") -> bytes:
    return hashlib.sha256(f"quotes-{part}/{doc}".encode()).digest()


def _excluded_for(part: str) -> set[str]:
    """Publishers a part must not draw on: those of the parts before it (annotated and skipped)."""
    earlier = {
        "fundus1": set(),
        "fundus2": {"fundus1"},
        "fundus3": {"fundus1", "fundus2"},
        "fundus4": {"fundus1", "fundus2", "fundus3"},
        "fundus5": {"fundus1", "fundus2", "fundus3", "fundus4"},
        "fundus6": {"fundus1", "fundus2", "fundus3", "fundus4", "fundus5"},
    }[part]
    if not earlier:
        return set()
    publishers: set[str] = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else {}
        if row.get("part") in earlier and "doc" in row:
            publishers.add(row["doc"].split("/")[1])
        if row.get("part", "fundus1") in earlier:  # the first skipped line carries no part
            publishers.update(doc.split("/")[1] for doc in row.get("skipped", []))
    return publishers


def _used_pages(part: str) -> set[str]:
    """The pages annotated or skipped in the parts before ``part`` (fundus6's exclusion)."""
    earlier = {
        "fundus6": {"fundus1", "fundus2", "fundus3", "fundus4", "fundus5"},
        "fundus7": {"fundus1", "fundus2", "fundus3", "fundus4", "fundus5", "fundus6"},
        "fundus8": {"fundus1", "fundus2", "fundus3", "fundus4", "fundus5", "fundus6", "fundus7"},
        "fundus9": {f"fundus{i}" for i in range(1, 9)},
        "fundus10": {f"fundus{i}" for i in range(1, 10)},
        "fundus11": {f"fundus{i}" for i in range(1, 11)},
        "fundus12": {f"fundus{i}" for i in range(1, 12)},
        "fundus13": {f"fundus{i}" for i in range(1, 13)},
        "fundus14": {f"fundus{i}" for i in range(1, 14)},
        "fundus15": {f"fundus{i}" for i in range(1, 15)},
        "fundus16": {f"fundus{i}" for i in range(1, 16)},
    }[part]
    used: set[str] = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else {}
        if row.get("part", "fundus1") in earlier:
            used.update([row["doc"]] if "doc" in row else row.get("skipped", []))
    return used


def all_pages(folder: Path, every_country: bool = False) -> dict[str, str]:
    """Every ``<country>/<Publisher>/<version>`` of :data:`COUNTRIES` (or of every country folder)
    with its body text."""
    pages: dict[str, str] = {}
    countries = (
        sorted(p.name for p in folder.iterdir() if p.is_dir()) if every_country else COUNTRIES
    )
    for country in countries:
        for gold_file in sorted((folder / country).glob("*.json")):
            versions = json.loads(gold_file.read_text("utf-8"))
            for version, entry in versions.items():
                pages[f"{country}/{gold_file.stem}/{version}"] = fundus_gold(entry)
    return pages


def selected(folder: Path, part: str = "fundus1") -> list[tuple[str, str]]:
    """The candidate pages of ``part`` in annotation order (the rule in the module docstring)."""
    from extraction_sets import _language_of

    by_page = part in ("fundus6", "fundus7", "fundus8")
    pages = all_pages(folder, every_country=by_page)
    banned_publishers = set() if by_page else _excluded_for(part)
    banned_pages = _used_pages(part) if by_page else set()
    seen: set[str] = set()
    out = []
    for doc in sorted(pages, key=lambda d: _rank(d, part)):
        publisher = doc.split("/")[1]
        text = pages[doc]
        if publisher in seen or publisher in banned_publishers or doc in banned_pages:
            continue
        if len(text.split()) < MIN_WORDS or _language_of(text) != "en":
            continue
        seen.add(publisher)
        out.append((doc, text))
    return out


def scrapinghub_pages() -> dict[str, str]:
    """``scrapinghub/<id>`` -> the article body of the scrapinghub extraction set (fundus8's
    second source; empty when the shared set is absent)."""
    from shared_data import datasets_dir

    truth = datasets_dir() / "extraction-scrapinghub" / "ground-truth.json"
    if not truth.is_file():
        return {}
    rows = json.loads(truth.read_text(encoding="utf-8"))
    return {f"scrapinghub/{key}": row["articleBody"] for key, row in rows.items()}


def scrapinghub_selected() -> list[tuple[str, str]]:
    """fundus8's scrapinghub pages in annotation order (the rule in the module docstring)."""
    from urllib.parse import urlparse

    from extraction_sets import _language_of
    from shared_data import datasets_dir

    truth = datasets_dir() / "extraction-scrapinghub" / "ground-truth.json"
    urls = {f"scrapinghub/{k}": r["url"] for k, r in json.loads(truth.read_text("utf-8")).items()}
    pages = scrapinghub_pages()
    hosts: set[str] = set()
    out = []
    for doc in sorted(pages, key=lambda d: _rank(d, "fundus8")):
        host = urlparse(urls[doc]).netloc.lower().removeprefix("www.")
        text = pages[doc]
        if host in hosts or len(text.split()) < MIN_WORDS or _language_of(text) != "en":
            continue
        hosts.add(host)
        out.append((doc, text))
    return out


WCXB_MIN_CUES = 3
_CUE_WORDS = r"\b(?:said|says|told|according to)\b"


def wcxb_pages() -> dict[str, str]:
    """``wcxb/<file_id>`` -> the main content of a WCXB test article page (empty when unset)."""
    from claims_wcxb_select import pages

    return {f"wcxb/{key}": text for key, text in pages().items()}


def wcxb_selected() -> list[tuple[str, str]]:
    """Part ``wcxb25``'s candidate pages in annotation order (the rule in the module docstring)."""
    import re
    from urllib.parse import urlparse

    from extraction_sets import _language_of

    folder = Path(os.environ.get("NEWSPRISM_FRESH_WCXB", ""))
    pages = wcxb_pages()
    hosts: set[str] = set()
    out = []
    for doc in sorted(pages, key=lambda d: _rank(d, "wcxb25")):
        text = pages[doc]
        if len(text.split()) < MIN_WORDS:
            continue
        if len(re.findall(_CUE_WORDS, text, flags=re.IGNORECASE)) < WCXB_MIN_CUES:
            continue
        if _language_of(text) != "en":
            continue
        truth = folder / "test" / "ground-truth" / f"{doc.split('/')[1]}.json"
        url = json.loads(truth.read_text("utf-8")).get("url") or ""
        host = urlparse(url).netloc.lower().removeprefix("www.")
        if host in hosts:
            continue
        hosts.add(host)
        out.append((doc, text))
    return out


def _wcxb_read(parts: tuple[str, ...] = ("wcxb25",)) -> tuple[set[str], set[str]]:
    """The pages ``parts`` read (annotated or skipped) and the pages they annotated."""
    read: set[str] = set()
    annotated: set[str] = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else {}
        if row.get("part") not in parts:
            continue
        if "doc" in row:
            read.add(row["doc"])
            annotated.add(row["doc"])
        read.update(row.get("skipped", []))
    return read, annotated


def _wcxb_host(doc: str) -> str:
    """The host of a WCXB test page's URL, ``www.`` dropped."""
    from urllib.parse import urlparse

    folder = Path(os.environ.get("NEWSPRISM_FRESH_WCXB", ""))
    truth = folder / "test" / "ground-truth" / f"{doc.split('/')[1]}.json"
    url = json.loads(truth.read_text("utf-8")).get("url") or ""
    return urlparse(url).netloc.lower().removeprefix("www.")


def _wcxb_continued(after: tuple[str, ...], banned: tuple[str, ...]) -> list[tuple[str, str]]:
    """``wcxb25``'s listing (candidate test and SHA-256 order) after the last page that the parts
    ``after`` read, without any page of a domain the parts ``banned`` annotated."""
    read, _ = _wcxb_read(after)
    _, annotated = _wcxb_read(banned)
    listing = wcxb_selected()
    last = max(i for i, (doc, _) in enumerate(listing) if doc in read)
    banned_hosts = {_wcxb_host(doc) for doc in annotated}
    return [(d, t) for d, t in listing[last + 1 :] if _wcxb_host(d) not in banned_hosts]


def wcxb26_selected() -> list[tuple[str, str]]:
    """Part ``wcxb26``'s candidate pages in annotation order: ``wcxb25``'s listing (the same
    candidate test and SHA-256 order) after the last page ``wcxb25`` read, without any page of a
    domain ``wcxb25`` annotated (the rule in the module docstring and ``heldout.md``)."""
    return _wcxb_continued(("wcxb25",), ("wcxb25",))


def wcxb27_selected() -> list[tuple[str, str]]:
    """Part ``wcxb27``'s candidate pages in annotation order: ``wcxb26``'s rule continued — the
    same listing after the last page ``wcxb26`` read (annotated or skipped), without any page of
    a domain ``wcxb25`` or ``wcxb26`` annotated (``heldout.md``, session 27)."""
    return _wcxb_continued(("wcxb25", "wcxb26"), ("wcxb25", "wcxb26"))


def wcxbdev_pages() -> dict[str, str]:
    """``wcxbdev/<file_id>`` -> the main content of a WCXB ``dev`` article page (empty when unset):
    part ``wcxb28``'s pool (a prefix of its own, since the splits' file ids overlap)."""
    from claims_wcxbdev_select import _rows, article_pages

    return {f"wcxbdev/{key}": text for key, text in article_pages(_rows("dev"), set()).items()}


def _wcxbdev_host(doc: str) -> str:
    """The host of a WCXB ``dev`` page's URL, ``www.`` dropped."""
    from urllib.parse import urlparse

    folder = Path(os.environ.get("NEWSPRISM_FRESH_WCXB", ""))
    truth = folder / "dev" / "ground-truth" / f"{doc.split('/')[1]}.json"
    url = json.loads(truth.read_text("utf-8")).get("url") or ""
    return urlparse(url).netloc.lower().removeprefix("www.")


def wcxb28_selected() -> list[tuple[str, str]]:
    """Part ``wcxb28``'s candidate pages in annotation order (``heldout.md``, session 28): WCXB's
    ``dev`` article pages (:func:`wcxbdev_pages`) that pass ``wcxb25``'s candidate test (at least
    300 words, at least 3 whole-word "said"/"says"/"told"/"according to", English by lingua), at
    most one page per domain (the first in the order), no domain that ``wcxb25``-``wcxb27``
    annotated, ordered by the SHA-256 of ``quotes-wcxb28/<doc>`` (``doc`` = ``wcxbdev/<id>``)."""
    import re

    from extraction_sets import _language_of

    _, annotated = _wcxb_read(("wcxb25", "wcxb26", "wcxb27"))
    banned = {_wcxb_host(doc) for doc in annotated}
    pages = wcxbdev_pages()
    hosts: set[str] = set()
    out = []
    for doc in sorted(pages, key=lambda d: _rank(d, "wcxb28")):
        text = pages[doc]
        if len(text.split()) < MIN_WORDS:
            continue
        if len(re.findall(_CUE_WORDS, text, flags=re.IGNORECASE)) < WCXB_MIN_CUES:
            continue
        if _language_of(text) != "en":
            continue
        host = _wcxbdev_host(doc)
        if host in hosts or host in banned:
            continue
        hosts.add(host)
        out.append((doc, text))
    return out


def wcxb29_selected() -> list[tuple[str, str]]:
    """Part ``wcxb29``'s candidate pages in annotation order (``heldout.md``, session 29):
    ``wcxb28``'s pool, test and order continued — :func:`wcxb28_selected`'s listing after the last
    page ``wcxb28`` read (annotated or skipped), leaving out every domain ``wcxb25``-``wcxb28``
    annotated (``wcxb28``'s listing holds one page per domain, so its own domains come before that
    page; they are left out all the same, as the rule says)."""
    read, annotated28 = _wcxb_read(("wcxb28",))
    listing = wcxb28_selected()
    last = max(i for i, (doc, _) in enumerate(listing) if doc in read)
    banned = {_wcxbdev_host(doc) for doc in annotated28}
    return [(d, t) for d, t in listing[last + 1 :] if _wcxbdev_host(d) not in banned]


def _wcxbdev_continued(after: str, dev_parts: tuple[str, ...]) -> list[tuple[str, str]]:
    """:func:`wcxb28_selected`'s listing after the last page part ``after`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb27`` (test split) and ``dev_parts``
    annotated: the rule each part from ``wcxb30`` on continues (the listing holds one page per
    domain, so the development parts' domains come before that page, and ``wcxb28_selected``
    already leaves out those of ``wcxb25``-``wcxb27``; all are left out all the same, as the rule
    says)."""
    read, _ = _wcxb_read((after,))
    _, annotated_test = _wcxb_read(("wcxb25", "wcxb26", "wcxb27"))
    _, annotated_dev = _wcxb_read(dev_parts)
    listing = wcxb28_selected()
    last = max(i for i, (doc, _) in enumerate(listing) if doc in read)
    banned = {_wcxb_host(doc) for doc in annotated_test} | {
        _wcxbdev_host(doc) for doc in annotated_dev
    }
    return [(d, t) for d, t in listing[last + 1 :] if _wcxbdev_host(d) not in banned]


def wcxb30_selected() -> list[tuple[str, str]]:
    """Part ``wcxb30``'s candidate pages in annotation order (``heldout.md``, session 30):
    ``wcxb29``'s pool, test and order continued — after the last page ``wcxb29`` read, leaving out
    every domain ``wcxb25``-``wcxb29`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb29", ("wcxb28", "wcxb29"))


def wcxb31_selected() -> list[tuple[str, str]]:
    """Part ``wcxb31``'s candidate pages in annotation order (``heldout.md``, session 31):
    ``wcxb30``'s pool, test and order continued — after the last page ``wcxb30`` read, leaving out
    every domain ``wcxb25``-``wcxb30`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb30", ("wcxb28", "wcxb29", "wcxb30"))


def wcxb32_selected() -> list[tuple[str, str]]:
    """Part ``wcxb32``'s candidate pages in annotation order (``heldout.md``, session 32):
    ``wcxb31``'s pool, test and order continued — after the last page ``wcxb31`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb31`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb31", ("wcxb28", "wcxb29", "wcxb30", "wcxb31"))


def wcxb33_selected() -> list[tuple[str, str]]:
    """Part ``wcxb33``'s candidate pages in annotation order (``heldout.md``, session 33):
    ``wcxb32``'s pool, test and order continued — after the last page ``wcxb32`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb32`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb32", ("wcxb28", "wcxb29", "wcxb30", "wcxb31", "wcxb32"))


def wcxb34_selected() -> list[tuple[str, str]]:
    """Part ``wcxb34``'s candidate pages in annotation order (``heldout.md``, session 34):
    ``wcxb33``'s pool, test and order continued — after the last page ``wcxb33`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb33`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued(
        "wcxb33", ("wcxb28", "wcxb29", "wcxb30", "wcxb31", "wcxb32", "wcxb33")
    )


def wcxb35_selected() -> list[tuple[str, str]]:
    """Part ``wcxb35``'s candidate pages in annotation order (``heldout.md``, session 35):
    ``wcxb34``'s pool, test and order continued — after the last page ``wcxb34`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb34`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb34", tuple(f"wcxb{i}" for i in range(28, 35)))


def wcxb36_selected() -> list[tuple[str, str]]:
    """Part ``wcxb36``'s candidate pages in annotation order (``heldout.md``, session 36):
    ``wcxb35``'s pool, test and order continued — after the last page ``wcxb35`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb35`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb35", tuple(f"wcxb{i}" for i in range(28, 36)))


def wcxb37_selected() -> list[tuple[str, str]]:
    """Part ``wcxb37``'s candidate pages in annotation order (``heldout.md``, session 37):
    ``wcxb36``'s pool, test and order continued — after the last page ``wcxb36`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb36`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb36", tuple(f"wcxb{i}" for i in range(28, 37)))


def wcxb38_selected() -> list[tuple[str, str]]:
    """Part ``wcxb38``'s candidate pages in annotation order (``heldout.md``, session 38):
    ``wcxb37``'s pool, test and order continued — after the last page ``wcxb37`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb37`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb37", tuple(f"wcxb{i}" for i in range(28, 38)))


def wcxb39_selected() -> list[tuple[str, str]]:
    """Part ``wcxb39``'s candidate pages in annotation order (``heldout.md``, session 39):
    ``wcxb38``'s pool, test and order continued — after the last page ``wcxb38`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb38`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb38", tuple(f"wcxb{i}" for i in range(28, 39)))


def wcxb40_selected() -> list[tuple[str, str]]:
    """Part ``wcxb40``'s candidate pages in annotation order (``heldout.md``, session 40):
    ``wcxb39``'s pool, test and order continued — after the last page ``wcxb39`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb39`` annotated (:func:`_wcxbdev_continued`)."""
    return _wcxbdev_continued("wcxb39", tuple(f"wcxb{i}" for i in range(28, 40)))


def _gold_text(data: bytes) -> str:
    """A big9 gold as text: UTF-8 when it is UTF-8, else windows-1252, else UTF-8 with
    replacement (each a character per undecodable byte, so offsets agree across the three)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def big9_17_pages() -> dict[str, str]:
    """``big9/big5-17/<NAME>`` -> the gold text of a page of Utomo and Leu's ``big5-17`` folder
    (``gold/NAME.txt``): ``wcxb41``'s second pool (empty when ``$NEWSPRISM_FRESH_BIG9`` is
    unset).  Two thirds of these golds are windows-1252, not UTF-8 (their curly quotes single
    bytes): read as UTF-8 with replacement, every quotation mark would be U+FFFD and no quote
    detector could see a direct quote, which no reader of the page would face.  So a gold that is
    not UTF-8 is read as windows-1252 — one byte one character either way, so every offset of
    the labels (written on the replacement reading) is unchanged; the lead's amendment, made
    before anything ran on the part."""
    from extraction_sets import big9_dir

    folder = big9_dir()
    if folder is None:
        return {}
    gold = folder / "Extraction" / "big5-17" / "gold"
    return {
        f"big9/big5-17/{path.stem}": _gold_text(path.read_bytes())
        for path in sorted(gold.glob("*.txt"))
    }


def big9_17_selected() -> list[tuple[str, str]]:
    """``wcxb41``'s second pool in order (``heldout.md``, session 41): the ``big5-17`` pages whose
    gold holds at least 300 words, ordered by the SHA-256 of ``quotes-big9-41:big5-17/<NAME>``."""
    pages = big9_17_pages()

    def rank(doc: str) -> bytes:
        return hashlib.sha256(f"quotes-big9-41:{doc.removeprefix('big9/')}".encode()).digest()

    return [(d, pages[d]) for d in sorted(pages, key=rank) if len(pages[d].split()) >= MIN_WORDS]


def wcxb41_selected() -> list[tuple[str, str]]:
    """Part ``wcxb41``'s candidate pages in annotation order (``heldout.md``, session 41):
    ``wcxb40``'s pool, test and order continued — after the last page ``wcxb40`` read (annotated or
    skipped), leaving out every domain ``wcxb25``-``wcxb40`` annotated (:func:`_wcxbdev_continued`)
    — then, that pool ended, :func:`big9_17_selected`."""
    dev = _wcxbdev_continued("wcxb40", tuple(f"wcxb{i}" for i in range(28, 41)))
    return dev + big9_17_selected()


#: pages a part's labeller read past its sixth annotated page before stopping (so read, though
#: neither annotated nor skipped, and recorded in no row of the label file)
READ_PAST: dict[str, int] = {"wcxb42": 1}


def _big9_17_after(part: str) -> list[tuple[str, str]]:
    """:func:`big9_17_selected`'s listing after the last page ``part`` read: annotated, skipped,
    or read past its sixth (:data:`READ_PAST`)."""
    read, _ = _wcxb_read((part,))
    listing = big9_17_selected()
    last = max((i for i, (doc, _) in enumerate(listing) if doc in read), default=-1)
    return listing[last + 1 + READ_PAST.get(part, 0) :]


def wcxb42_selected() -> list[tuple[str, str]]:
    """Part ``wcxb42``'s candidate pages in annotation order (``heldout.md``, session 42):
    :func:`big9_17_selected`'s listing (``wcxb41``'s second pool, its loader and order) after the
    last page ``wcxb41`` read (annotated or skipped)."""
    return _big9_17_after("wcxb41")


def wcxb43_selected() -> list[tuple[str, str]]:
    """Part ``wcxb43``'s candidate pages in annotation order (``heldout.md``, session 43):
    :func:`big9_17_selected`'s listing after the last page ``wcxb42`` read (annotated, skipped,
    or read past the sixth)."""
    return _big9_17_after("wcxb42")


def wcxb44_selected() -> list[tuple[str, str]]:
    """Part ``wcxb44``'s candidate pages in annotation order (``heldout.md``, session 44):
    :func:`big9_17_selected`'s listing after the last page ``wcxb43`` read (annotated, skipped,
    or read past the sixth)."""
    return _big9_17_after("wcxb43")


def wcxb45_selected() -> list[tuple[str, str]]:
    """Part ``wcxb45``'s candidate pages in annotation order (``heldout.md``, session 45):
    :func:`big9_17_selected`'s listing after the last page ``wcxb44`` read (annotated, skipped,
    or read past the sixth)."""
    return _big9_17_after("wcxb44")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--select", action="store_true", help="list the candidate pages in order")
    ap.add_argument(
        "--part",
        choices=[f"fundus{i}" for i in range(1, 17)] + [f"wcxb{i}" for i in range(25, 46)],
        default="fundus1",
    )
    args = ap.parse_args()
    wcxb_part = args.part.startswith("wcxb")
    folder = fundus_dir()
    # the wcxb parts read WCXB's pages only: fundus's folder is not needed for them
    if not wcxb_part and (folder is None or not folder.is_dir()):
        print("fundus skipped: set NEWSPRISM_FRESH_FUNDUS to its test_data folder")
        return
    # big9's big5-17 pages only: no WCXB folder
    if args.part in ("wcxb42", "wcxb43", "wcxb44", "wcxb45"):
        if not os.environ.get("NEWSPRISM_FRESH_BIG9"):
            print(f"{args.part} skipped: set NEWSPRISM_FRESH_BIG9 to big9's folder")
            return
    elif wcxb_part and not os.environ.get("NEWSPRISM_FRESH_WCXB"):
        print("wcxb skipped: set NEWSPRISM_FRESH_WCXB to WCXB's folder")
        return
    if args.select and args.part in (
        "wcxb26",
        "wcxb27",
        "wcxb28",
        "wcxb29",
        "wcxb30",
        "wcxb31",
        "wcxb32",
        "wcxb33",
        "wcxb34",
        "wcxb35",
        "wcxb36",
        "wcxb37",
        "wcxb38",
        "wcxb39",
        "wcxb40",
        "wcxb41",
        "wcxb42",
        "wcxb43",
        "wcxb44",
        "wcxb45",
    ):
        chosen = {
            "wcxb26": wcxb26_selected,
            "wcxb27": wcxb27_selected,
            "wcxb28": wcxb28_selected,
            "wcxb29": wcxb29_selected,
            "wcxb30": wcxb30_selected,
            "wcxb31": wcxb31_selected,
            "wcxb32": wcxb32_selected,
            "wcxb33": wcxb33_selected,
            "wcxb34": wcxb34_selected,
            "wcxb35": wcxb35_selected,
            "wcxb36": wcxb36_selected,
            "wcxb37": wcxb37_selected,
            "wcxb38": wcxb38_selected,
            "wcxb39": wcxb39_selected,
            "wcxb40": wcxb40_selected,
            "wcxb41": wcxb41_selected,
            "wcxb42": wcxb42_selected,
            "wcxb43": wcxb43_selected,
            "wcxb44": wcxb44_selected,
            "wcxb45": wcxb45_selected,
        }[args.part]()
        for doc, _text in chosen:
            print(doc)  # ids only: the pages are read for labelling from their own files
        return
    if args.select and args.part == "wcxb25":
        for doc, text in wcxb_selected():
            print(f"{doc}\t{len(text.split())} words")
        return
    if args.select:
        if args.part in (
            "fundus9",
            "fundus10",
            "fundus11",
            "fundus12",
            "fundus13",
            "fundus14",
            "fundus15",
            "fundus16",
        ):
            used = _used_pages(args.part)
            listing = [(d, t) for d, t in scrapinghub_selected() if d not in used]
        else:
            assert folder is not None  # a fundus part: its folder was checked above
            listing = selected(folder, args.part)
        if args.part == "fundus8":
            listing += scrapinghub_selected()
        for doc, text in listing:
            print(f"{doc}\t{len(text.split())} words")
        return
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    gold: list[dict[str, Any]] = [g for g in rows if "doc" in g and g.get("part") == args.part]
    pages = {} if wcxb_part or folder is None else all_pages(folder, every_country=True)
    if args.part in (
        "fundus8",
        "fundus9",
        "fundus10",
        "fundus11",
        "fundus12",
        "fundus13",
        "fundus14",
        "fundus15",
        "fundus16",
    ):
        pages.update(scrapinghub_pages())
    if args.part in ("wcxb25", "wcxb26", "wcxb27"):
        pages.update(wcxb_pages())
    if args.part in {f"wcxb{i}" for i in range(28, 42)}:  # the dev split's parts
        pages.update(wcxbdev_pages())
    # wcxb41's pool, on into big5-17
    if args.part in ("wcxb41", "wcxb42", "wcxb43", "wcxb44", "wcxb45"):
        pages.update(big9_17_pages())
    docs = {g["doc"]: pages[g["doc"]] for g in gold}
    title = f"fundus (real 2023-26 English news), part {args.part}"
    run_and_print(title, docs, gold, args.no_textacy)


if __name__ == "__main__":
    main()
