"""Word lists that classify sources: anonymous, collective, documents, and gendered roles."""

from __future__ import annotations

#: head nouns of sources that stay anonymous when no name is attached ("a source close to …")
EN_ANONYMOUS = frozenset(
    """source sources insider insiders official officials aide aides person people someone
    diplomat diplomats spokesman spokeswoman spokesperson representative representatives
    adviser advisers advisor advisors staffer staffers employee employees member members
    colleague colleagues friend friends acquaintance neighbour neighbor witness witnesses
    resident residents""".split()
)
#: collectives and impersonal sources ("local media", "experts", "polls", "unofficial data")
EN_COLLECTIVE = frozenset(
    """media press outlet outlets expert experts analyst analysts critic critics observer
    observers poll polls survey surveys data study studies research report reports figure
    figures statistic statistics estimate estimates economist economists scientist scientists
    researcher researchers voter voters supporter supporters opponent opponents activist
    activists lawmaker lawmakers democrat democrats republican republicans campaign
    authorities authority government administration police investigator investigators
    prosecutor prosecutors doctor doctors""".split()
)
EN_DOCUMENTS = frozenset(
    """letter statement memo email e-mail note message document filing complaint lawsuit
    tweet post release communique communiqué petition appeal""".split()
)
EN_FEMALE = frozenset(
    """she her woman mother wife daughter sister spokeswoman chairwoman congresswoman
    businesswoman actress ms mrs miss madam lady queen princess grandmother widow girl
    girlfriend aunt niece""".split()
)
EN_MALE = frozenset(
    """he him man father husband son brother spokesman chairman congressman businessman
    actor mr sir king prince grandfather widower boy boyfriend uncle nephew""".split()
)

RU_ANONYMOUS = frozenset(
    """источник собеседник представитель сотрудник чиновник знакомый сосед очевидец
    свидетель житель родственник друг коллега участник""".split()
)
RU_COLLECTIVE = frozenset(
    """сми издание медиа эксперт аналитик наблюдатель критик опрос исследование данные доклад
    отчёт отчет статистика оценка экономист учёный ученый исследователь избиратель сторонник
    противник активист власть правительство администрация полиция следствие прокуратура
    ведомство министерство пресса газета агентство телеканал""".split()
)
RU_DOCUMENTS = frozenset(
    """письмо заявление обращение записка сообщение документ жалоба иск пост публикация
    релиз послание""".split()
)
