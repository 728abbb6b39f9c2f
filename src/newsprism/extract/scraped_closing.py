"""Scraped text: the boxes that close a page — widget labels, the site's own tail (its
self-description and address), polls and a closing box of contacts.
"""

from __future__ import annotations

import re

from ..attribution.cues_ru import (
    ASPECT_SPEECH,
    GROWN_SPEECH,
    WIKTIONARY_SPEECH,
)
from ..attribution.lexicon_en import (
    SPEECH_VERBS,
    words,
)
from .scraped_labels import (
    BYLINE,
    CHROME,
    CLOSERS,
    DATE,
    DIALOGUE,
    FOOTER_LINE,
    LETTER_SIGNATURE,
    NOTICE,
    POLL_REASON,
    SHARE_LINE,
    SHORT,
    TEXT,
    Labelled,
    is_body_text,
    word_count,
)
from .scraped_meta import (
    ADDRESS_TITLE as _ADDRESS_TITLE,
)
from .scraped_vocab import (
    REPORTED_SPEECH,
    ui_key,
)

#: a widget's label is a few words ("Now playing:", «Сейчас в эфире:», "Tags:")
WIDGET_LABEL_MAX_WORDS = 4


def drop_widget_labels(labs: list[Labelled], body_start: int) -> None:
    """After the body starts, a few words ending with a colon with no text after them (a name,
    then no more text; or the footer) label a widget ("Now on air:" above a programme's name)."""
    for i in range(body_start + 1, len(labs)):
        lab = labs[i]
        if (
            lab.label != TEXT
            or not lab.text.rstrip().endswith(":")
            or word_count(lab.text) > WIDGET_LABEL_MAX_WORDS
        ):
            continue
        after = [o for o in labs[i + 1 :] if o.label not in (CHROME, NOTICE)][:2]
        if (
            not after
            or after[0].label == FOOTER_LINE
            or (
                after[0].label == SHORT
                and (len(after) == 1 or after[1].label in (SHORT, FOOTER_LINE))
            )
        ):
            # (what it labels is a name or nothing: a programme, a playlist, the footer)
            lab.relabel(CHROME, "label of a widget (a few words and a colon, no text after)")


def _next_text(labs: list[Labelled], i: int) -> str:
    """The first line of running text after line ``i`` ("" if none)."""
    return next((lab.text for lab in labs[i + 1 :] if is_body_text(lab)), "")


#: an e-mail address or a web address on a line
_ADDRESS = re.compile(
    r"[\w.+-]+@(?P<mail>[\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)(?P<web>[\w-]+(?:\.[\w-]+)+)"
)


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


#: what follows a site's name when the site describes itself: a copula or an apposition with
#: a noun phrase ("is an independent newsroom", ", a nonprofit newsroom,", "was founded in"),
#: a dash (the Russian copula: «— независимое издание»), «является», «— это»
_SELF_DESCRIPTION = re.compile(
    r"(?i)[\"»”’)]*\s*(?:,\s*(?:a|an|the|one)\b"
    r"|(?:is|are|was|has\s+been)\s+(?:a|an|the|one\s+of|founded|published|owned|funded)\b"
    r"|(?:was|were)\s+(?:founded|established|launched|created)\b"
    r"|[—–]\s|-\s|является\b|это\b|—\s*это\b)"
)


def _after_squashed(text: str, count: int) -> int:
    """The offset in ``text`` just after its first ``count`` letters and digits, after a
    leading "The" (the site's name as :func:`_squashed` compared it)."""
    start = m.end() if (m := re.match(r"(?i)\W*the\s+", text)) else 0
    seen = 0
    for k in range(start, len(text)):
        if seen == count:
            return k
        if not re.match(r"[\W_]", text[k]):
            seen += 1
    return len(text)


def _sites_own_line(text: str, site: str | None, authors: list[str]) -> bool:
    """A line about the site or its people rather than the story: it starts with the site's
    name ("The Verity Desk is a nonprofit newsroom …") or with an author's ("Nora Kessler
    covers consumer news …"), or gives an address at the site's own domain ("Email
    tips@veritydesk.org")."""
    key = _squashed(text)
    if site:
        own = _squashed(re.sub(r"(?i)^the\s+", "", site))
        if len(own) >= 4 and key.removeprefix("the").startswith(own):
            # the site describing itself ("The Verity Desk is a nonprofit newsroom"), not the
            # story's last sentence with the site as its subject ("Reuters could not verify
            # the figures", «Ведомости направили запрос в пресс-службу»)
            return bool(_SELF_DESCRIPTION.match(text, _after_squashed(text, len(own))))
        for m in _ADDRESS.finditer(text):
            domain = _squashed((m.group("mail") or m.group("web")).rsplit(".", 1)[0])
            if len(own) >= 4 and (own in domain or domain.removeprefix("www") in own):
                return True
    # (with the title of address the byline gave and the author's name leaves: "Dr Name …")
    key = _squashed(_ADDRESS_TITLE.sub("", text))
    return any(len(a) >= 5 and key.startswith(_squashed(a)) for a in authors)


def drop_sites_own_tail(labs: list[Labelled], body_start: int, site: str | None) -> None:
    """The article's last lines may be the site's rather than the story's: an author's bio, a
    tip line at the site's address, the site's description of itself.  Read from the end, such
    lines (see :func:`_sites_own_line`) are chrome up to the first line of the story; a line
    that names the site elsewhere ("…, she told the Sentinel") is the story's."""
    authors = [a for lab in labs if lab.label == BYLINE for a in lab.authors]
    invited = False  # the line under this one asked the reader to write to the site
    for i in range(len(labs) - 1, body_start + 1, -1):
        lab = labs[i]
        if lab.label in (CHROME, FOOTER_LINE, NOTICE, BYLINE, DATE) or SHARE_LINE.match(lab.text):
            continue  # (the share text under the story is the page's toolbar: passed over)
        if lab.label not in (SHORT, TEXT):
            return
        if _sites_own_line(lab.text, site, authors):
            lab.relabel(CHROME, "the site's own line after the story (a bio, a tip line, about us)")
            invited = False
        elif invites_reader(lab.text):
            lab.relabel(CHROME, "the site asks its reader to write, call or join (after the story)")
            invited = True
        elif (
            invited
            and word_count(lab.text) <= INVITATION_LABEL_MAX_WORDS
            and lab.reason != LETTER_SIGNATURE  # (the last letter's signer, over the invitation)
        ):
            # the box's label over the invitation ("Need help?", "About the series")
            lab.relabel(CHROME, "label of the site's invitation after the story")
            invited = False
        else:
            return


#: the label of a box that asks the reader to write ("Need help?", «Есть вопрос?») is short
INVITATION_LABEL_MAX_WORDS = 4
#: a verb that asks the reader to get in touch, to send or to join, opening a sentence or a
#: clause ("Send it to us", "…, contact our officer", «Пишите нам»); a verb that is also a noun
#: opening a sentence ("Support for the plan …", "Text of the bill …", "Tell", "Become") asks
#: only with "us" right after it ("Support us", "Tell us")
_INVITATION = re.compile(
    r"(?:^|[.?!:]\s+|,\s+)(?:(?:send|write|call|contact|e-?mail|join|suggest|donate|"
    r"get in touch|пишите|напишите|присылайте|пришлите|звоните|позвоните|отправляйте|"
    r"отправьте|сообщите|расскажите|поддержите|подпишитесь|присоединяйтесь|обращайтесь)\b"
    r"|(?:support|text|message|tell|become)\s+us\b)",
    re.I,
)
#: the site speaking of itself to its reader: "us", "our", «нам», «наш», «редакция», or a
#: newsroom's own mailbox ("Suggest an owner: tips@…", "news@…", "letters@…", "redakciya@…"; a
#: police or council appeal gives a telephone number or a mailbox of its own)
_OUTLET_SELF = re.compile(
    r"\b(?:us|our|нам|нас|наш\w*|редакци\w*)\b"
    r"|(?<![\w.+-])(?:tips?|news|newsdesk|newsroom|editors?|editorial|letters|desk|"
    r"redak\w*|red)@[\w-]+\.",
    re.I,
)
#: a reporting verb of the attribution lexicon in a reported form: the past ("the organisers
#: wrote", "urged", «заявили») or "says"/"writes"/"tells"; a page's own invitation reports
#: no one, a story's sentence that gives someone's appeal does ("Join us …, the organisers wrote")
_IRREGULAR_PAST = words(
    "said told wrote thought knew felt heard found swore foresaw understood taught"
)
_PRESENT_REPORTS = words("says writes tells adds notes explains warns urges")
#: the reader's own doing in an invitation ("If you've noticed …, tell us", "Have you heard …")
_READER_BEFORE = re.compile(r"\b(?:you|you've|you’ve|you'd|вы)\s+(?:\w+\s+)?$", re.I)


def _english_reported(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PAST or w in _PRESENT_REPORTS:
        return True
    if not w.endswith("ed") or len(w) < 5:
        return False
    stems = {w[:-2], w[:-1], w[:-3] + "y" if w.endswith("ied") else "", w[:-3]}
    return any(stem in SPEECH_VERBS for stem in stems if stem)


#: the Russian reporting verbs of the attribution lexicon (grown, Wiktionary's, aspect pairs)
#: and the common ones the hand list of the Russian reader opens with
_RU_SPEECH = (
    GROWN_SPEECH
    | WIKTIONARY_SPEECH
    | ASPECT_SPEECH
    | words(
        "сказать заявить сообщить написать рассказать пояснить добавить отметить ответить "
        "уточнить подчеркнуть призвать попросить предупредить объявить"
    )
)
_RU_PAST = re.compile(r"\b([а-яё]{3,})(?:л|ла|ло|ли)(?:сь)?\b", re.I)


def reports_speech(text: str) -> bool:
    """Does the line give someone's words (a reporting verb of the attribution lexicon in the
    past or "says", «заявил», «сообщили в …»), not the reader's own doing ("If you noticed …")?"""
    if REPORTED_SPEECH.search(text):
        return True
    for m in _RU_PAST.finditer(text):
        if m.group(1).lower() + "ть" in _RU_SPEECH and not _READER_BEFORE.search(
            text, 0, m.start()
        ):
            return True
    for m in re.finditer(r"[A-Za-z]+(?:['’][a-z]+)?", text):
        if _english_reported(m.group()) and not _READER_BEFORE.search(text, 0, m.start()):
            return True
    return False


def invites_reader(text: str) -> bool:
    """The site asks its reader to write, call, send or join it ("Do you have an obituary? Send
    it to us", "Call our Customer Care team on 0800 …", «Пишите нам: …»): an imperative of
    getting in touch opens a sentence or a clause, and the line names the site as "us"/"our"
    («нам», «наш», «редакция») or gives a newsroom's mailbox ("tips@…").  A telephone number alone is no site's: a police appeal ends a
    story ("If you saw the assault, call Northumbria Police on 0800 …", «звоните по телефону
    …»).  Quoted words or a reporting verb make it a speaker's appeal, the story's.  (No line
    of this shape is story text in any development gold: 39 such lines, all the page's.)"""
    if text[:1] in "\"“«„'‘—–-" or not _INVITATION.search(text):
        return False
    return bool(_OUTLET_SELF.search(text)) and not reports_speech(text)


#: a telephone number: nine digits or more in groups ("01434 555 210", "+375 29 555-14-07",
#: "(413) 555-0178"); a year, a price or a count is shorter or has no groups
_PHONE = re.compile(r"(?<![\w.,])\+?\(?\d{2,5}\)?(?:[\s-]\(?\d{2,5}\)?){1,4}(?![\w.,]\d)")
PHONE_MIN_DIGITS = 9

#: a field of a box: a label of two to four words, a colon, its value ("Box office: …",
#: "Opening hours: 10am to 4pm", «Часы работы: …»)
_FIELD_LINE = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*(?:\s+[a-zа-яё][^\W\d_]*){1,3}:\s+[^\s\"“«„'‘]")

#: a line of a closing box that is neither a field nor a contact (its label, a disclosure:
#: "If you go", "The hotel paid for the writer's stay.") is at most this long
CLOSING_SHORT_MAX_WORDS = 12
#: a field with a one-word label ("Parking: …", a match report's "Rovers: host the Town on
#: Sunday.") may stand in a box, but only a label of two words or more counts as evidence
_ONE_WORD_FIELD = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*:\s")
#: it takes two fields or contact lines to make a box (one is a story's own last line often
#: enough: an appeal with a telephone number, a reply under "Update:")
CLOSING_BOX_MIN_EVIDENCE = 2


def _contact_line(text: str) -> bool:
    """A line with an e-mail address or a telephone number (a web address is not enough: an
    embedded post ends with its link)."""
    if any(m.group("mail") for m in _ADDRESS.finditer(text)):
        return True
    return any(
        sum(c.isdigit() for c in m.group()) >= PHONE_MIN_DIGITS for m in _PHONE.finditer(text)
    )


#: a short question to the reader, the label of a page's box ("Need help with your bills?",
#: "Have a story for us?", «Остались вопросы?», «Нужна помощь?»)
_READER_QUESTION = re.compile(
    r"^(?=.{0,60}\?\s*$)(?:.*\b(?:you|your)\b|остались вопросы|нужна помощь|.*\b(?:вы|вам|ваш[аеи]?)\b)",
    re.I,
)


#: a poll's button under its options ("Vote", «Голосовать», "Show results")
_VOTE_BUTTON = re.compile(
    r"^(?:vote|vote now|submit(?: vote)?|cast your vote|show results|see results|view results|"
    r"голосовать|проголосовать|ответить|показать результаты|результаты|голосувати|"
    r"abstimmen|voter)$",
    re.I,
)
#: a poll offers this many answers at most, each a few words
POLL_MAX_OPTIONS, POLL_OPTION_MAX_WORDS = 8, 6
#: an answer with its share under it may be a little longer: the shares are the evidence
POLL_RESULT_OPTION_MAX_WORDS = 10
#: a poll's label over its question ("Poll", "Quick poll", «Опрос», «Голосование»): the whole
#: line, whichever word (each alternative anchored at both ends: a paragraph opening "Poll …"
#: or «Опрос, проведённый …» is no label)
_POLL_LABEL = re.compile(
    r"^(?:(?:(?:quick|reader|readers|our|today's|daily|weekly) )?poll|"
    r"(?:блиц-)?опрос(?: читателей| дня| недели)?|голосование)$",
    re.I,
)
#: an answer's share of the votes, on its own line ("48%", «37 %»)
_POLL_SHARE = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?\s?%$")
#: the number of votes under the results ("3,419 votes", «Проголосовали 2 384 человека»)
_POLL_VOTES = re.compile(
    r"^(?:total:? )?[\d\s,.\u00a0]+ (?:votes?|голос(?:ов|а)?)$|"
    r"^(?:проголосовал[аио]?|ответил[аио]?|всего голосов:?) [\d\s\u00a0]+(?: человека?| голос(?:ов|а)?)?$",
    re.I,
)


#: a body paragraph that announces what follows it as the story's own figures ("The results
#: are below", "… the following question:", «Результаты опроса приводим ниже», «ответы
#: распределились так:»): a survey the story reports, not the page's poll
_ANNOUNCES = re.compile(
    r"(?i)(?:\b(?:below|following|as follows)\b|(?:ниже|следующ\w*|так)(?![а-яё]))"
    r"[^.?!]*[.:]?\s*$|:\s*$"
)


def _results_end(labs: list[Labelled], i: int) -> tuple[int, bool] | None:
    """The last line of the results under the question ``labs[i]`` (each answer with its share
    on the line under it, two answers at least, then perhaps the number of votes), and whether
    the block shows itself the page's widget: the number of votes under it, a poll's label
    over it or a button after it.  None if no results follow."""
    j, answers = i + 1, 0
    while (
        j + 1 < len(labs)
        and answers < POLL_MAX_OPTIONS
        and word_count(labs[j].text) <= POLL_RESULT_OPTION_MAX_WORDS
        and not is_body_text(labs[j])
        and _POLL_SHARE.match(labs[j + 1].text.strip())
    ):
        answers += 1
        j += 2
    if answers < 2:
        return None
    if j < len(labs) and _POLL_VOTES.match(labs[j].text.strip()):
        return j, True
    # (shares under answers alone are also a survey's table that a story copies: "Which party
    # would you vote for …?" / "Labour" / "41%" — the widget needs a sign of its own)
    # (the label is a few words of its own: a paragraph opening "Опрос проводился …" is no label)
    above = labs[i - 1] if i > 0 else None
    labelled = (
        above is not None
        and not is_body_text(above)
        and word_count(above.text) <= WIDGET_LABEL_MAX_WORDS
        and bool(_POLL_LABEL.match(ui_key(above.text)))
    )
    button = j < len(labs) and bool(_VOTE_BUTTON.match(ui_key(labs[j].text)))
    return j - 1, labelled or button


def _announced(labs: list[Labelled], i: int) -> bool:
    """The body paragraph right above the question announces the figures under it."""
    return i > 0 and is_body_text(labs[i - 1]) and bool(_ANNOUNCES.search(labs[i - 1].text))


def _poll_end(labs: list[Labelled], i: int) -> int | None:
    """The last line of the poll whose question is ``labs[i]``, or None: short answers over a
    "Vote" button, or the results (see :func:`_results_end`) with a sign that they are the
    page's widget and no paragraph above announcing them."""
    j = i + 1
    while (
        j < len(labs)
        and j - i <= POLL_MAX_OPTIONS
        and not _VOTE_BUTTON.match(ui_key(labs[j].text))
        and word_count(labs[j].text) <= POLL_OPTION_MAX_WORDS
        and not is_body_text(labs[j])
        and not _POLL_SHARE.match(labs[j].text.strip())  # (results: the branch below)
    ):
        j += 1
    if j < len(labs) and j - i >= 3 and _VOTE_BUTTON.match(ui_key(labs[j].text)):
        return j
    results = _results_end(labs, i)
    if results is None or not results[1] or _announced(labs, i):
        return None
    return results[0]


#: the reason of a survey's answer or share the story gives under its question
SURVEY_REASON = "a survey's answer or share under its question (the story's figures)"


def drop_polls(labs: list[Labelled], body_start: int) -> None:
    """A question over short answers and a "Vote" button («Сколько вы потратите?» / «До 5 000
    рублей» / … / «Голосовать»), or over its results (each answer with its share) with the
    number of votes, a poll's label or a button, is the page's poll: the question goes with
    its answers, its label ("Poll") and its buttons, as the page's chrome, however much it
    reads like the story's last sentence.  Results with no such sign, or announced by the
    paragraph above, are a survey the story reports: its answers and shares stay the story's
    text (the runs of short lines would take them as a menu)."""
    for i in range(body_start + 1, len(labs)):
        lab = labs[i]
        if lab.label not in (SHORT, TEXT) or not lab.text.rstrip(CLOSERS + " ").endswith("?"):
            continue
        end = _poll_end(labs, i)
        if end is None:
            results = _results_end(labs, i)
            if results is not None:
                for o in labs[i + 1 : results[0] + 1]:
                    o.relabel(TEXT, SURVEY_REASON)
            continue
        # the buttons after the first ("Vote", then "See results")
        while end + 1 < len(labs) and _VOTE_BUTTON.match(ui_key(labs[end + 1].text)):
            end += 1
        start = i
        if i - 1 > body_start and _POLL_LABEL.match(ui_key(labs[i - 1].text)):
            start = i - 1
        for o in labs[start : end + 1]:
            o.relabel(CHROME, POLL_REASON)


def drop_closing_box(labs: list[Labelled], body_start: int) -> None:
    """After the story's last paragraph a page may set a box of its own: a show's dates, box
    office and length under a review, "If you go" with "How to get there: …" under a travel
    piece, a helpline under a notice.  Read from the end of the page's content, lines
    that give a field ("Opening hours: 10am to 4pm") or a contact (a telephone number, an e-mail
    address), with the short lines among and above them (the box's label, a disclosure), are
    chrome — when two of them at least say so; the first line of running text that is neither
    ends the box."""
    content = [
        i for i in range(body_start + 1, len(labs)) if labs[i].label in (SHORT, TEXT, DIALOGUE)
    ]
    box: list[int] = []
    pending: list[int] = []
    evidence = 0
    for i in reversed(content):
        lab = labs[i]
        if _FIELD_LINE.match(lab.text) or _contact_line(lab.text):
            box += pending + [i]
            pending = []
            evidence += 1
        elif (
            word_count(lab.text) <= CLOSING_SHORT_MAX_WORDS and not is_body_text(lab)
        ) or _ONE_WORD_FIELD.match(lab.text):
            pending.append(i)
        else:
            break
    asks_reader = [i for i in pending if _READER_QUESTION.search(labs[i].text)]
    if box and asks_reader:
        # the box's label asks the reader ("Need help with your bills?", «Остались вопросы?
        # Звоните …»): the page's offer of help, as a second field would say
        evidence += 1
    if evidence < CLOSING_BOX_MIN_EVIDENCE:
        return
    box += [i for i in pending if labs[i].label == SHORT or i in asks_reader]  # its label
    if min(box) == content[0]:
        return  # the whole body is no box
    for i in box:
        labs[i].relabel(CHROME, "a box after the story (its fields, contacts, label)")


#: a sign-up form's address field: the field's prompt names the address it wants ("Enter your
#: email", "Your email address", «Ваш e-mail», «Введите адрес электронной почты»); a bare
#: "Email" is a share button, so a word that makes it a prompt is required
_FORM_FIELD = re.compile(
    r"^(?:(?:enter|type|введите|укажите)\s+(?:your\s+|ваш\s+|вашу\s+)?|your\s+|ваш\s+|вашу\s+)"
    r"(?:e-?mail|email)(?:\s+address)?\s*\*?:?$"
    r"|^(?:e-?mail|email)\s+address\s*\*?:?$"
    r"|^(?:введите\s+|ваш\s+)?(?:адрес\s+электронной\s+почты|электронн\w+\s+почт\w+)\s*\*?:?$",
    re.I,
)
#: the form's own title over it ("Sign up to The Morning Link", «Рассылка «Своего дела»»)
FORM_TITLE_MAX_WORDS = 10
#: the form's blurb under its title ("The day's news in your inbox …", «Раз в неделю — …»)
FORM_BLURB_MAX_WORDS = 40
#: a consent note under the button speaks to the reader of the act of signing up
_SECOND_PERSON = re.compile(r"\b(?:you|your|вы|ваш\w*)\b", re.I)
_SIGNING_UP = re.compile(
    r"\b(?:sign(?:ing)? ?up|subscrib\w*|click\w*|button|agree\w*|consent\w*|unsubscrib\w*|"
    r"нажима\w*|нажав\w*|кнопк\w*|подпис\w*|соглаша\w*|согласи\w*|отпис\w*)\b",
    re.I,
)

#: a blurb over the field speaks of the newsletter itself ("… in your inbox every morning",
#: «Каждую пятницу — главные новости района»): without such words, or "you", the paragraph over
#: the field is the story's (a section's first paragraph with a box inserted after it)
_NEWSLETTER_WORDS = re.compile(
    r"\b(?:inbox\w*|newsletter\w*|sign(?:ing)?[ -]?up|subscri\w*|digest\w*|briefing\w*|"
    r"every (?:morning|evening|day|week|weekday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|рассылк\w*|подпис\w*|дайджест\w*|почт\w*|"
    r"кажд(?:ый|ую|ое) (?:день|утро|вечер|неделю|понедельник|вторник|среду|четверг|пятницу|"
    r"субботу|воскресенье)|раз в неделю|еженедельн\w*)",
    re.I,
)
#: a blurb that opens on a call to the reader speaks to them without "you": an English
#: imperative of the few verbs such boxes use ("Get fresh recipes …", "Be the first to know …"),
#: or any Russian imperative of the polite plural («Получайте …», «Будьте в курсе …»)
_READER_CALL = re.compile(
    r"^(?:get|be|join|stay|keep|receive|never\s+miss|don['’]t\s+miss|find\s+out|hear|discover|"
    r"sign|subscribe|catch\s+up)\b"
    r"|^[а-яё]+(?:[иь]те|йте)(?:сь)?\b",
    re.I,
)
#: the form's title names the newsletter ("The Morning Link newsletter", «Рассылка …»)
_NEWSLETTER_TITLE = re.compile(
    r"\b(?:newsletter\w*|digest\w*|briefing\w*|sign(?:ing)?[ -]?up|subscri\w*|"
    r"рассылк\w*|дайджест\w*|подпи\w*)",
    re.I,
)
#: a figure in the paragraph makes it the story's: a blurb promises news, it does not give it
_DIGIT = re.compile(r"\d")


def _newsletter_blurb(blurb: Labelled, title: Labelled) -> bool:
    """The paragraph over the field is the box's blurb only when it speaks to the reader or of
    the newsletter (or its title names one), and holds no figure."""
    if _DIGIT.search(blurb.text):
        return False
    return bool(
        _SECOND_PERSON.search(blurb.text)
        or _READER_CALL.match(blurb.text.lstrip())
        or _NEWSLETTER_WORDS.search(blurb.text)
        or _NEWSLETTER_TITLE.search(title.text)
    )


def _short_title(lab: Labelled) -> bool:
    text = lab.text.rstrip()
    return (
        lab.label in (SHORT, TEXT, CHROME)
        and word_count(text) <= FORM_TITLE_MAX_WORDS
        and not text.endswith((".", "!", "?", "…", ":"))
    )


def drop_signup_forms(labs: list[Labelled]) -> None:
    """A newsletter's sign-up box in the middle of the story: its address field and its button
    are the page's, and so are the lines that belong to the box by where they stand — its title
    right over the field (a short line without a full stop), or a blurb of a sentence or two
    right over the field under such a title when it speaks to the reader or of the newsletter
    and gives no figure (else it is a section's first paragraph under its subheading, with the
    box inserted after it: both the story's), and the consent note right under the button (a
    line that speaks to the reader of signing up: "By signing up you agree …", «Нажимая кнопку,
    вы соглашаетесь …»).  The box is found by its field, not by its words: English boxes were
    already read by their promo's vocabulary, a Russian box's title and note were headings."""
    for i, lab in enumerate(labs):
        if not _FORM_FIELD.match(lab.text.strip()):
            continue
        lab.relabel(CHROME, "a sign-up form's address field")
        # the button: the chrome line or two right under the field
        below = i + 1
        while below < len(labs) and below <= i + 2 and labs[below].label == CHROME:
            below += 1
        if below == i + 1:
            continue  # no button under it: a field label elsewhere, nothing more is the form's
        note = labs[below] if below < len(labs) else None
        if (
            note is not None
            and note.label != CHROME
            and word_count(note.text) <= FORM_BLURB_MAX_WORDS
            and _SECOND_PERSON.search(note.text)
            and _SIGNING_UP.search(note.text)
        ):
            note.relabel(CHROME, "a sign-up form's consent note under its button")
        above = i - 1
        if above < 0 or labs[above].label == CHROME:
            continue
        if _short_title(labs[above]):
            labs[above].relabel(CHROME, "a sign-up form's title over its field")
        elif (
            word_count(labs[above].text) <= FORM_BLURB_MAX_WORDS
            and above >= 1
            and _short_title(labs[above - 1])
            and _newsletter_blurb(labs[above], labs[above - 1])
        ):
            labs[above].relabel(CHROME, "a sign-up form's blurb over its field")
            labs[above - 1].relabel(CHROME, "a sign-up form's title over its blurb")
