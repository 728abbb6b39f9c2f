"""Word lists that classify sources: anonymous, collective, documents, and gendered roles."""

from __future__ import annotations

#: head nouns of sources that stay anonymous when no name is attached ("a source close to …")
EN_ANONYMOUS = frozenset(
    [
        "source",
        "sources",
        "insider",
        "insiders",
        "official",
        "officials",
        "aide",
        "aides",
        "person",
        "people",
        "someone",
        "diplomat",
        "diplomats",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "representatives",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "staffer",
        "staffers",
        "employee",
        "employees",
        "member",
        "members",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "acquaintance",
        "neighbour",
        "neighbor",
        "witness",
        "witnesses",
        "resident",
    ]
)
#: people of a place speaking as a group when plural ("residents told …", "locals say"); one
#: of them ("a resident") stays anonymous
EN_GROUPS = frozenset(["resident", "local", "villager", "inhabitant", "organizer", "organiser"])
#: collectives and impersonal sources ("local media", "experts", "polls", "unofficial data")
EN_COLLECTIVE = frozenset(
    [
        "media",
        "press",
        "outlet",
        "outlets",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "critic",
        "critics",
        "observer",
        "observers",
        "poll",
        "polls",
        "survey",
        "surveys",
        "data",
        "study",
        "studies",
        "research",
        "report",
        "reports",
        "figure",
        "figures",
        "statistic",
        "statistics",
        "estimate",
        "estimates",
        "economist",
        "economists",
        "scientist",
        "scientists",
        "researcher",
        "researchers",
        "voter",
        "voters",
        "supporter",
        "supporters",
        "opponent",
        "opponents",
        "activist",
        "activists",
        "lawmaker",
        "lawmakers",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "campaign",
        "authorities",
        "authority",
        "government",
        "administration",
        "police",
        "investigator",
        "investigators",
        "prosecutor",
        "prosecutors",
        "doctor",
        "doctors",
    ]
)
#: people among the collectives: "the economist" (singular, definite) is someone named before
EN_PERSON_NOUNS = frozenset(
    [
        "expert",
        "analyst",
        "critic",
        "observer",
        "economist",
        "scientist",
        "researcher",
        "voter",
        "supporter",
        "opponent",
        "activist",
        "lawmaker",
        "investigator",
        "prosecutor",
        "doctor",
    ]
)
#: head nouns of institutions ("the prosecutor's office", "the ministry")
EN_ORGANIZATIONS = frozenset(
    [
        "office",
        # translated names of bodies: "the Coordination Headquarters for …", "the Main
        # Directorate of …"
        "headquarters",
        "directorate",
        "inspectorate",
        "secretariat",
        "administration",  # "the regional administration", "the Biden administration"
        "ministry",
        "department",
        "agency",
        "committee",
        "court",
        "commission",
        "council",
        "company",
        "firm",
        "party",
        "union",
        "embassy",
        "bureau",
        "service",
        "board",
        "institute",
        "university",
        "bank",
        "army",
        "house",
        "group",
        "organization",
        "organisation",
        "association",
        "coalition",
        "foundation",
        "center",
        "centre",
        "newspaper",
        "magazine",
        "website",
        "network",
        "corporation",
        "alliance",
        "federation",
        "league",
        "regulator",
        "watchdog",
    ]
)
EN_DOCUMENTS = frozenset(
    [
        "letter",
        "statement",
        "memo",
        "email",
        "e-mail",
        "note",
        "message",
        "document",
        "filing",
        "complaint",
        "lawsuit",
        "tweet",
        "post",
        "release",
        "communique",
        "communiqué",
        "petition",
        "appeal",
        # things that say something without being someone: a source, not a speaker of its own
        "remark",
        "remarks",
        "documentary",
        "image",
        "video",
        "recording",
        "footage",
        "ad",
        "advertisement",
        "article",
        "story",
        "book",
        "column",
        "editorial",
        "transcript",
        "record",
        "records",
        "order",
        "ruling",
        "verdict",
        "opinion",
        "analysis",
        "paper",
        "headline",
        "website",
        "bill",
        "law",
        "resolution",
        "agreement",
        "proposal",
        "platform",
        "budget",
        "map",
        "chart",
        "graphic",
        "review",
        "investigation",
        "audit",
        "count",
        "tally",
    ]
)
EN_FEMALE = frozenset(
    [
        "she",
        "her",
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "actress",
        "ms",
        "mrs",
        "miss",
        "madam",
        "lady",
        "queen",
        "princess",
        "grandmother",
        "widow",
        "girl",
        "girlfriend",
        "aunt",
        "niece",
    ]
)
EN_MALE = frozenset(
    [
        "he",
        "him",
        "man",
        "father",
        "husband",
        "son",
        "brother",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "actor",
        "mr",
        "sir",
        "king",
        "prince",
        "grandfather",
        "widower",
        "boy",
        "boyfriend",
        "uncle",
        "nephew",
    ]
)

RU_ANONYMOUS = frozenset(
    [
        "источник",
        "собеседник",
        "представитель",
        "сотрудник",
        "чиновник",
        "знакомый",
        "сосед",
        "очевидец",
        "свидетель",
        "житель",
        "родственник",
        "друг",
        "коллега",
        "участник",
    ]
)
#: the words for one expert that news calls the person it has just quoted (thirty-seventh
#: session; ё read as е): alone and singular they call that person back
#: (:func:`.coref.last_quoted`); in the plural, or with any word of their own («опрошенные
#: эксперты», «один аналитик»), they stay a group or an unnamed source (:data:`RU_COLLECTIVE`)
EXPERT_WORDS = frozenset(
    ["эксперт", "аналитик", "экономист", "ученый", "исследователь", "политолог", "социолог"]
)
RU_COLLECTIVE = frozenset(
    [
        "сми",
        "издание",
        "медиа",
        "эксперт",
        "аналитик",
        "наблюдатель",
        "критик",
        "опрос",
        "исследование",
        "данные",
        "доклад",
        "отчёт",
        "отчет",
        "статистика",
        "оценка",
        "экономист",
        "учёный",
        "ученый",
        "исследователь",
        "избиратель",
        "сторонник",
        "противник",
        "активист",
        "власть",
        "правительство",
        "администрация",
        "полиция",
        "следствие",
        "прокуратура",
        "ведомство",
        "министерство",
        "пресса",
        "газета",
        "агентство",
        "телеканал",
    ]
)
#: institutions: «пресс-служба правительства сообщила» is an organisation speaking
RU_ORGANIZATIONS = frozenset(
    [
        "пресс-служба",
        "служба",
        "правительство",
        "министерство",
        "ведомство",
        "прокуратура",
        "администрация",
        "мэрия",
        "компания",
        "банк",
        "суд",
        "комитет",
        "партия",
        "управление",
        "департамент",
        "посольство",
        "штаб",
        "фонд",
        "университет",
        "институт",
        "кремль",
    ]
)
RU_DOCUMENTS = frozenset(
    [
        "письмо",
        "заявление",
        "обращение",
        "записка",
        "сообщение",
        "документ",
        "жалоба",
        "иск",
        "пост",
        "публикация",
        "релиз",
        "пресс-релиз",
        "послание",
        "резолюция",
        "приговор",
        "постановление",
        "указ",
        "телеграмма",
        "поздравление",
        "статья",
        "коммюнике",
        "декларация",
        # reports, orders and drafts speak for whoever issued them as much as a statement does:
        # «В отчёте Всемирного банка говорится», «Северсталь опубликовала отчёт. В отчёте
        # отмечается …» (fortieth session: read as a collective «отчёт …» shown as the speaker)
        *("отчёт", "отчет", "доклад", "приказ", "распоряжение", "законопроект", "справка"),
        *("уведомление", "меморандум", "протокол", "петиция", "рапорт", "сводка", "бюллетень"),
    ]
)

#: abbreviated titles written before names, as the noun a later description uses
EN_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "reps": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "pres": "president",
    "sec": "secretary",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "atty": "attorney",
}
_EN_ROLE_STOPS = frozenset(
    ["of", "for", "at", "in", "with", "from", "on", "to", "who", "which", "that", "and", "since"]
)


#: role nouns a translated article uses for one office, mapped to one key: "the MP" or "the
#: parliamentarian" is the "deputy of the Verkhovna Rada" named before, "the diplomat" the
#: ambassador, "the head of state" the president
ROLE_SYNONYMS = {
    "mp": "deputy",
    "parliamentarian": "deputy",
    "lawmaker": "deputy",
    "legislator": "deputy",
    "congressman": "deputy",
    "congresswoman": "deputy",
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "consul": "diplomat",
    "spokeswoman": "spokesman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "spokesperson": "spokesman",
    "premier": "premier",
    "chancellor": "premier",
    # offices of post-Soviet regions as translations keep them: the head of Gagauzia,
    # a Kazakh or Uzbek region's or city's head
    "bashkan": "governor",
    "akim": "governor",
    "hokim": "governor",
}
#: "the head of X": the office X's head holds
HEAD_OF = {
    "state": "president",
    "government": "premier",
    "cabinet": "premier",
    "region": "governor",
    "oblast": "governor",
    "republic": "governor",  # «глава республики»: a Russian region's head
    "autonomy": "governor",
    "province": "governor",
    "city": "mayor",
    "town": "mayor",
    "diplomacy": "diplomat",
    "ministry": "minister",
    "department": "minister",
    # the head of a committee, commission or council chairs it: "the chairman of the
    # committee" refers back to "the head of the Rada Committee on …"
    "committee": "chairman",
    "commission": "chairman",
    "council": "chairman",
    "board": "chairman",
    # the head of an enterprise, a school or a hospital directs it («директор»): "the head of
    # the enterprise" refers back to "the director of the municipal enterprise …"
    "enterprise": "director",
    "company": "director",
    "plant": "director",
    "factory": "director",
    "utility": "director",
    "school": "director",
    "hospital": "director",
    "museum": "director",
    "theatre": "director",
    "theater": "director",
    "institute": "director",
}
_ROLE_PHRASES = {
    "prime minister": "premier",
    "member of parliament": "deputy",
    "member of the verkhovna rada": "deputy",
    "member of the state duma": "deputy",
    "press secretary": "spokesman",
    "official representative": "spokesman",
    "foreign minister": "diplomat",
    # "the head of the Ministry of Foreign Affairs" is "the head of diplomacy", "the diplomat"
    "foreign affairs": "diplomat",
    "foreign ministry": "diplomat",
}


def role_keys(role: str) -> set[str]:
    """The head nouns of a role and the office they name ("MP" → deputy; "Prime Minister" →
    minister, premier; "the head of the region" → head, governor)."""
    heads = role_heads(role)
    keys = heads | {ROLE_SYNONYMS[h] for h in heads if h in ROLE_SYNONYMS}
    lower = " ".join(role.lower().replace(",", " ").split())
    keys |= {key for phrase, key in _ROLE_PHRASES.items() if phrase in lower}
    words = lower.split()
    for i, w in enumerate(words[:-1]):
        if w in ("head", "heads", "leader", "chief") and words[i + 1] == "of":
            rest = [x.strip(".'’") for x in words[i + 2 : i + 6]]
            nouns = [x for x in rest if x not in ("the", "a", "an")]
            # "head of the Georgian government": the office is named by the phrase's last noun
            for x in nouns:
                if x in HEAD_OF:
                    keys.add(HEAD_OF[x])
                    break
    return keys


def role_heads(role: str) -> set[str]:
    """The nouns a later description may use for someone with this role.

    English noun phrases end in their head: "a veteran Democratic pollster" → pollster,
    "the head of the Independent group" → head, "Sen." → senator.  Russian ones open with it
    and are inflected («глава МИД», «министра»), so every word is kept there."""
    words = role.lower().replace(",", " , ").split()
    if any("а" <= ch <= "я" for ch in role.lower()):
        return {w.strip('.,«»"') for w in words if w.strip('.,«»"')}
    heads: set[str] = set()
    last: str | None = None
    skipping = False  # inside "of the Independent group": it qualifies the head
    for w in [*words, ","]:
        if w == "," or w in _EN_ROLE_STOPS:
            if last and not skipping:
                heads.add(last)
            last = None
            skipping = w != "," and w != "and"
            continue
        word = w.strip(".'’\"“”()")
        # "ambassador-at-large", "commander-in-chief": the office before its qualifier
        parts = word.split("-")
        if len(parts) > 2 and parts[1] in ("at", "in", "of"):
            word = parts[0]
        if word.replace("-", "").isalpha() and not skipping:
            last = EN_TITLE_ABBREVIATIONS.get(word, word)
    return heads
