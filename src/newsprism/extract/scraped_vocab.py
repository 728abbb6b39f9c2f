"""The words page chrome is made of, in English, Russian, Ukrainian, German, French and Spanish.

These are the labels of buttons, menus, widgets and promo slots that every news site uses in
some spelling — not strings of one site.  A line is compared after :func:`ui_key` has lowered it
and stripped icons, arrows, counters and punctuation around it, so "› Share", "SHARE" and
"Share (12)" are all the same key.
"""

from __future__ import annotations

import re

# Whole lines that are a control, never article text.  Kept in one set per language so a reader
# can see what is covered and add a language without touching the rules.
_UI_EN = """
skip to content|skip to main content|skip to navigation|jump to content|skip navigation|menu|main menu
open menu|close menu|close|search|sign in|sign up|log in|login|log out|register|my account|account
subscribe|subscribe now|newsletter|newsletters|advertisement|advert|ad|sponsored|sponsored content
scroll to continue|continue reading|story continues|article continues|story continues below|article continues below|purchase licensing rights
invalid email|invalid email address|please enter a valid email address|please enter a valid email|thank you for subscribing
enter your email|enter your email address|your email address|email address
story continues below advertisement|article continues below advertisement|content continues below
continue reading the main story|continue reading the story|continue reading below
republish this article|republish this story|republish|republish our articles
for immediate release|immediate release|for release
share or comment on this article|share this article|share what you think|view comments
promoted|share|share this|share this article|share article|share on facebook|share on twitter
share this page|share this story|share this post
share on x|share on whatsapp|share on linkedin|share on telegram|share via email|share by email
facebook|twitter|x|whatsapp|telegram|email|linkedin|reddit|print|copy link|copy url|link copied
save|save article|saved|bookmark|comments|comment|show comments|view comments|listen
listen to this article|listen to article|listen to the article|play|pause|play audio|play video
watch|watch video|video|audio|on|off|highlights|highlight|highlight key points|show highlights
next|previous|prev|back|back to top|top|home|more|show more|load more|read more|see more
continue reading|expand|collapse|full screen|fullscreen|enlarge|enlarge image|zoom|image|photo
gallery|view gallery|open gallery|cookie settings|accept cookies|accept|accept all|reject all
manage cookies|manage preferences|follow us|follow|following|like|live|live updates|latest
breaking|breaking news|updated|loading|please wait|tags|topics|translate|show original
see original|original text|view original|rate this translation|report an error|feedback
terms of use|terms of service|privacy policy|contact us|about us|text size|font size|dark mode
notifications|download the app|get the app|open in app|show key events only|key events
refresh|view all|see all|all news|news feed|related|more on this story|more stories
reply|reply to this|trailer|watch trailer|watch the trailer|play trailer
is this page useful|is this page helpful|was this page useful|was this page helpful|was this helpful
was this article helpful|was this article useful|is this article helpful|did you find this helpful
did you find this page useful|did you find this article helpful|yes|no
"""
_UI_RU = """
перейти к содержанию|перейти к основному содержанию|к содержанию|меню|главное меню|закрыть|поиск
некорректный e-mail|некорректный email|неверный адрес электронной почты|введите корректный e-mail|спасибо за подписку
введите e-mail|введите email|введите ваш e-mail|ваш e-mail|ваш email|адрес электронной почты
найти|войти|вход|выйти|регистрация|личный кабинет|подписаться|подписка|оформить подписку
подпишитесь|рассылка|реклама|на правах рекламы|партнерский материал|партнёрский материал
спецпроект|поделиться|поделиться ссылкой|скопировать ссылку|ссылка скопирована|копировать ссылку
отправить|печать|распечатать|версия для печати|сохранить|в закладки|добавить в закладки
комментарии|комментировать|показать комментарии|обсудить|слушать|прослушать|слушать статью
прослушать статью|слушать новость|озвучить|воспроизвести|пауза|смотреть|смотреть видео|видео
аудио|вкл|выкл|включить|выключить|главное|выделить главное|показать главное|далее|вперед|вперёд
назад|наверх|главная|ещё|еще|показать еще|показать ещё|загрузить еще|загрузить ещё|читать далее
читать полностью|развернуть|свернуть|во весь экран|на весь экран|увеличить|галерея|фотогалерея
открыть галерею|принять|понятно|следите за нами|подписывайтесь|нравится|мне нравится|онлайн
трансляция|прямая трансляция|обновлено|загрузка|теги|темы|перевести|показать оригинал
оригинал|оценить перевод|сообщить об ошибке|политика конфиденциальности|пользовательское соглашение
контакты|о нас|о проекте|размер шрифта|ночной режим|уведомления|скачать приложение
открыть в приложении|все новости|лента новостей|новости|эфир|фото|хроника
вконтакте|вк|одноклассники|ок|дзен|яндекс дзен|рутуб|телеграм|телеграм-канал|в телеграме
ответить|трейлер|смотреть трейлер|посмотреть трейлер
оцените материал|оцените статью|оцените новость|видео дня|фото дня|последние новости|новости дня
была ли эта информация полезной|была ли информация полезной|была ли статья полезной
была ли эта статья полезной|эта страница была полезной|информация была полезной|статья была полезной
да|нет
"""
_UI_UK = """
перейти до змісту|меню|увійти|підписатися|реклама|поділитися|копіювати посилання|слухати
прослухати|увімк|вимк|увімкнути|вимкнути|головне|новини|коментарі|зберегти|друк|наверх
головна|більше|показати більше|читати далі|усі новини|стрічка новин
"""
_UI_DE = """
zum inhalt springen|zum hauptinhalt|zum inhalt|menü|anmelden|einloggen|abmelden|abonnieren|anzeige
werbung|teilen|artikel teilen|link kopieren|vorlesen|artikel anhören|anhören|ein|aus|kommentare
drucken|merken|speichern|zurück|weiter|nach oben|startseite|mehr anzeigen|mehr|suche|schließen
"""
_UI_FR = """
aller au contenu|passer au contenu|aller au contenu principal|menu|se connecter|connexion
s'abonner|abonnez-vous|publicité|partager|copier le lien|écouter|écouter cet article
écouter l'article|activé|désactivé|commentaires|imprimer|sauvegarder|retour|suivant|précédent
haut de page|accueil|rechercher|fermer|lire la suite|voir plus
"""
_UI_ES = """
saltar al contenido|ir al contenido|menú|iniciar sesión|suscríbete|suscribirse|publicidad|anuncio
compartir|copiar enlace|escuchar|escuchar artículo|escuchar este artículo|escuchar noticia
activado|desactivado|comentarios|imprimir|guardar|volver|siguiente|anterior|inicio|buscar
cerrar|leer más|ver más
"""


def _words(*blobs: str) -> frozenset[str]:
    return frozenset(
        w.strip() for blob in blobs for line in blob.strip().split("\n") for w in line.split("|")
    )


UI_LINES = _words(_UI_EN, _UI_RU, _UI_UK, _UI_DE, _UI_FR, _UI_ES)

# The controls of UI_LINES that label an ad slot: the line under one is the ad's copy.
AD_LABELS = frozenset(
    {
        "advertisement",
        "advert",
        "ad",
        "sponsored",
        "sponsored content",
        "promoted",
        "story continues below advertisement",
        "article continues below advertisement",
        "реклама",
        "на правах рекламы",
        "партнерский материал",
        "партнёрский материал",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "anuncio",
    }
)
assert AD_LABELS <= UI_LINES

# Russian advertising law (38-ФЗ, art. 18.1, from September 2022) makes every ad online carry its
# label, its advertiser and a registry token: «Реклама. ООО «…», ИНН 7700000000», «erid: 2Vtzqx…»,
# «Реклама 18+»
_AD_LAW_LABEL = (
    r"^реклама\s*[.:,|—–-]\s*.{0,150}\b(?:инн|огрн|erid)\b|^erid\s*[:=]?\s*[\w-]{6,}$|"
    r"^реклама\s*\d{1,2}\s*\+$"
)
_AD_LAW = re.compile(_AD_LAW_LABEL, re.I)


def is_ad_label(line: str) -> bool:
    """The line labels an ad slot: "Advertisement", «Реклама», «erid: 2Vtzqx…», or such a word
    in a row of controls ("Advertisement · Scroll to continue")."""
    key = ui_key(line)
    if key in AD_LABELS or _AD_LAW.search(line.strip()):
        return True
    return any(ui_key(part) in AD_LABELS for part in re.split(r"\s[|·•]\s", line))


# Headers that open a block of links to other articles: the short lines that follow them are
# headlines of other stories, not headings of this one.
RELATED_HEADERS = _words("""
related|related articles|related stories|related topics|related content|related coverage
more on this story|more on this|more stories|read more|see also|also read|read also|more from
you may also like|you might also like|recommended|recommended for you|most read|most popular
most viewed|top stories|trending|trending now|editor's picks|editors' picks|in other news
latest news|more news|around the web|from our partners|more in this section|what to read next
читайте также|читайте еще|читайте ещё|по теме|материалы по теме|ещё по теме|еще по теме
читайте по теме|читать по теме|смотрите по теме|читайте также по теме|related reading|read related
подробнее|подробнее по теме|смотрите также|further reading|also on this|дивіться також
самое читаемое|самое популярное|популярное|новости партнеров|новости партнёров|рекомендуем
другие новости|вам может быть интересно|вам также может понравиться|главное за день|сейчас читают
самое интересное|интересное|не пропустите|you may have missed|don't miss|more to explore
новости по теме|другие материалы|читайте також|більше новин|на цю ж тему|популярне|схожі новини
mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|meistgelesen
weitere artikel|lire aussi|à lire aussi|voir aussi|sur le même sujet|les plus lus|à lire également
lee también|te puede interesar|noticias relacionadas|lo más leído|más noticias|también te puede interesar
""")

# A line that starts with one of these is a link to another article ("Read more: Storm closes
# schools") or a video promo, whatever follows.
PROMO_PREFIX = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|"
    r"читайте также|читайте еще|читайте ещё|читайте|смотрите также|смотрите|по теме|"
    r"читайте також|дивіться також|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|"
    # a hyphen is the link's separator only with a space beside it: glued to the word it makes
    # a compound that opens a story's sentence ("More-than-expected rain …", "Watch-makers …")
    r"voir aussi|lee también|lea también|ver también|"
    # (a machine-translated page keeps its source language's links: Portuguese, Italian,
    # Dutch, Polish)
    r"leia também|leia mais|veja também|leggi anche|vedi anche|lees ook|czytaj też|czytaj także)"
    r"(?:\s*(?:[:>»›|—–]|-+>)|\s+-|-\s)\s*\S",
    re.I,
)

# Photo agencies and picture desks: a line made of one of these (with a photographer's name) is
# a photo credit even without a "Photo:" prefix ("Getty Images", "REUTERS/Jane Doe", «ТАСС»).
AGENCIES = (
    r"getty images|reuters|ap photo|associated press|afp|epa-efe|epa|efe|pa media|pa wire|"
    r"shutterstock|alamy|anadolu agency|anadolu|xinhua|sopa images|nurphoto|zuma press|imago|"
    r"dpa|picture alliance|picture-alliance|keystone|ansa|scanpix|unsplash|pixabay|"
    r"wikimedia commons|тасс|риа новости|ria novosti|интерфакс|sputnik|global look press|"
    r"агентство «москва»|агентство москва|укрінформ|униан|унiан"
)
# Agencies that write the news as well as photograph it: one of them alone in brackets on its own
# line ("(Reuters)", «(ТАСС)») is the story's wire source, as wire copy prints it at its end or
# start, not a photo's credit (review, round 20: the paragraph above it became a caption).
WIRE_SOURCE = re.compile(
    r"(?:reuters|associated press|afp|efe|dpa|ansa|xinhua|anadolu agency|anadolu|pa media|"
    r"тасс|риа новости|ria novosti|интерфакс|sputnik|укрінформ|униан|унiан|агентство «москва»|"
    r"агентство москва)",
    re.I,
)
# Media names that take photos too, but also appear alone as a site's name: a credit only with
# a photographer ("BBC/Jane Doe", «Коммерсантъ / Иван Петров») or "via".
MEDIA = r"bbc|getty|ap|pa|bloomberg|коммерсантъ|известия|лента\.ру|ведомости|рбк|пресс-служба"
_NAME = r"[\w.'’\- ]{2,60}"
_PERSON_WORDS = r"[A-ZА-ЯЁ][\w'’.\-]+(?: [A-ZА-ЯЁ][\w'’.\-]+){1,2}"
_VIA = rf"(?:\s+via\s+(?:{AGENCIES}|getty))?"
AGENCY_CREDIT = re.compile(
    rf"^(?:©\s*)?(?:"
    rf"(?:{_NAME}\s*[/|]\s*)?(?:{AGENCIES})(?:\s*[/|,]\s*{_NAME})?{_VIA}"
    rf"|{_NAME}\s*[/|]\s*(?:{MEDIA}){_VIA}"
    rf"|(?:{MEDIA})\s*[/|]\s*{_NAME}{_VIA}"
    rf"|{_NAME}\s+via\s+(?:{AGENCIES}|getty)"
    # a wire's form: the agency in capitals, its photographer, a file photo's mark
    # ("WIRE NAME/Jane Doe/File Photo"); an agency nobody listed has that shape too
    rf"|(?-i:[A-Z][A-Z&.'’\- ]{{1,40}})\s*/\s*(?-i:{_PERSON_WORDS})"
    rf"(?:\s*/\s*(?:file photo|handout|pool|illustration|photo illustration))?"
    # an agency written in small letters needs the file photo's mark after its photographer
    rf"|(?-i:[A-Z][\w&.'’\-]{{1,30}})\s*/\s*(?-i:{_PERSON_WORDS})\s*/\s*(?:file photo|handout|pool)"
    rf")$",
    re.I,
)
# A photographer and the paper that employs them, the form American papers use:
# "Hyoung Chang/The Mountain West Daily", «Иван Петров / "Вечерний город"».
_PERSON = r"[A-ZА-ЯЁІЇЄ][\w'’.\-]+(?: [A-ZА-ЯЁІЇЄ][\w'’.\-]+){1,2}"
PHOTOGRAPHER_CREDIT = re.compile(
    rf"^{_PERSON}\s*/\s*[«\"“]?(?:The |the )?[A-ZА-ЯЁІЇЄ][\w'’.&\- ]{{1,50}}[»\"”]?$"
)
# Credits that name a source in words rather than an agency
# ("Photo courtesy of the city council", «Фото предоставлено пресс-службой», "Фото из соцсетей").
WORDED_CREDIT = re.compile(
    r"^(?:(?:photo|image|picture)s?\s+(?:courtesy|provided|supplied|handout)\b"
    r"|courtesy of\b"
    r"|(?:[\w.&'’-]+\s+){0,3}(?:file|staff|contributed|courtesy|submitted|handout) (?:photo|image|picture)s?$"
    r"|(?:фото|снимок|кадр)\s+(?:предоставлен[аоы]?|из|с|со|—|-|–|пресс-служб|автора|взято)"
    r"|(?:фото|світлина)\s*:"
    r"|(?:foto|bild)\s*:"
    r"|(?:crédit photo|crédits?|photo)\s*:"
    # a drawn image's credit names its kind as a photo's does ("Graphic: Desk / Name", "Chart:
    # Desk / software", "Diagram: Name of a body", «Схема: Name»)
    # — a desk and a name, or a name: a bracketed "(Graphic: what it shows - here)" is a link
    r"|(?:graphics?|illustration|infographic|chart|diagram|map|инфографика|иллюстрация|графика|"
    r"коллаж|схема|карта|график|рисунок)\s*:\s*"
    r"(?:[^/]{2,60}/\s*\S|(?-i:[A-ZА-ЯЁ][\w.'’-]+(?:\s+[A-ZА-ЯЁ][\w.'’-]+){0,3})$)"
    r"|(?:foto|fotografía|imagen)\s*:"
    r")",
    re.I,
)
# "Image caption, …" (BBC), "Caption: …", «Подпись к фото: …»: a caption that names itself.
CAPTION_PREFIX = re.compile(
    r"^(?:image caption|photo caption|caption|подпись к фото|подпись|bildunterschrift|légende|pie de foto)"
    r"\s*[,:—–-]\s*(?P<caption>\S.*)$",
    re.I,
)

# Slider, gallery and section counters: "1/12", "Photo 3 of 8", «Фото 2 из 5», "Bild 2 von 9".
# a rule the copy keeps as characters ("___", "* * *" is a section break and stays out of this)
RULE_LINE = re.compile(r"^(?:_{3,}|-{3,}|={3,})$")

COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide|фото|слайд|снимок|изображение|світлина|bild|foto|"
    r"diapositive|imagen)\s*)?\d{1,3}\s*(?:/|of|из|з|von|sur|de)\s*\d{1,3}$"
    # any one word before "N of M" counts a slider's items ("Card 2 of 5", «Карточка 1 из 5»):
    # a heading names its subject, not its place among its neighbours
    r"|^[^\W\d_]{3,20}\s+\d{1,2}\s*(?:of|из|з|von|sur|de)\s*\d{1,2}$",
    re.I,
)
# Lines that are a number, a time or a count: share counters, live-blog timestamps, "5 min read",
# «6 мин на чтение».
NUMERIC_UI = re.compile(
    r"^(?:(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\s*[kкmм]?"
    r"|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|bst|utc|cet|cest|est|edt|pst|et|мск|msk))?"
    # (a count printed in groups of three: «1 248 просмотров», with a space or a thin one)
    r"|(?:(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\s*[kкmм]?\s*)?(?:comments?|комментари(?:й|я|ев|и)|коментар(?:ів|і)?|kommentare?|commentaires?|"
    r"comentarios?|views?|просмотр(?:ов|а|ы)?|переглядів|shares?|likes?)"
    r"(?:\s*:?\s*\(?\d[\d\s.,]*[kкmм]?\)?)?"
    r"|\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?\.?|хв)\.?(?:\s*(?:read|reading|to read|чтения|на чтение|читать|lesezeit|de lecture|de lectura))?"
    r"|(?:reading time|время чтения|час читання|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+.*"
    r")$",
    re.I,
)
RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|posted|published|обновлено|опубликовано)\s*:?\s*)?"
    r"(?:\d+\s*(?:s|m|h|d|min|mins|minutes?|hours?|hrs?|days?|сек|мин(?:ут[ыу]?)?|час(?:а|ов)?|"
    r"дн(?:я|ей)|день|хвилин[иу]?|годин[иу]?|stunden?|minuten?|heures?|minutes?|horas?|minutos?)"
    r"\s*(?:ago|назад|тому)|just now|только что|щойно|vor \d+ \w+|il y a \d+ \w+|hace \d+ \w+)$",
    re.I,
)
# The end of the article: a copyright line or a legal footer.  Everything after it is chrome.
FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}|[\w\s«»\"'.,-]{0,60}\d{4})"
    r"|all rights reserved|все права защищены|усі права захищені|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|"
    r"is not responsible for the content of external|не несет ответственности за содержание|"
    # a company's legal line: where it is registered and under which number
    # (a number of six digits or more: a story may name a company, not print its number)
    r"\bcompany (?:registration )?(?:number|no\.?)\s*:?\s*\d{6}|"
    r"^свидетельство о регистрации сми|\bогрн:?\s*\d{13}|"
    # the terms of republication every Russian-language site prints in its footer
    r"^(?:при|в случае) (?:полном или частичном )?(?:использовании|копировании|перепечатке|"
    r"цитировании) материалов|^(?:полное или частичное )?(?:использование|копирование|"
    r"перепечатка|воспроизведение) материалов (?:сайта |издания )?(?:разрешается|допускается|"
    r"запрещено|запрещается|возможно)",
    re.I,
)

# A time of day alone as the page's stamp of its last update or publication ("Updated 6:15
# a.m.", "Last updated 9:05 pm GMT", «Обновлено в 17:20»): no date to read, nothing of the story
UPDATE_TIME = re.compile(
    r"^(?:(?:last\s+)?updated|posted|published|обновлено|опубликовано|оновлено)(?:\s+(?:at|в|о))?"
    r"\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?$",
    re.I,
)

# A tag list: its label and the tags after it on one line ("Tags: floods, weather, Kent",
# «Теги: транспорт, погода»)
TAG_LINE = re.compile(
    r"^(?:tags|topics|related topics|filed under|теги|тэги|метки|темы|теги статьи|теґи|"
    r"schlagwörter|themen|étiquettes|sujets|etiquetas|temas)\s*:\s*\S[^.!?]{0,200}$",
    re.I,
)
# A wire story's sign-off: who reported, wrote and edited it.  The article ends there.
SIGN_OFF = re.compile(
    r"^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b.{0,200}"
    r"\b(?:editing|writing) by\b.{0,120}\)?$)",
    re.I,
)

# The start of the readers' comments: like the footer, the article is over when they begin
# (a header such as "Leave a reply", «Комментарии (12)», or a commenter's "jdoe says:").
COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|readers' comments|reader reviews|readers' reviews|"
    r"user reviews|отзывы читателей|responses?|replies|discussion|leave a (?:reply|comment)|"
    r"post a comment|add a comment|join the (?:conversation|discussion)|show comments|view comments|"
    r"комментарии|комментариев|оставить комментарий|добавить комментарий|обсуждение|коментарі|"
    r"kommentare|kommentar schreiben|commentaires|laisser un commentaire|comentarios|"
    r"deja un comentario)(?:\s*[·•|—–-]?\s*\(?\d+\)?)?\s*:?$"
    r"|^\d+\s+(?:responses?|comments?|replies) to\b"
    # a count of them in Russian's other forms: «Всего комментариев: 3», «3 комментария»,
    # «1 комментарий», «Комментарии читателей (5)»
    # (a count there: «Комментарий» alone may head an expert's comment in the story)
    r"|^всего\s+(?:комментариев|отзывов|сообщений)\s*:?\s*\d+$"
    r"|^\d+\s+(?:комментари(?:й|я|ев)|отзыв(?:а|ов)?)$"
    r"|^комментарии читателей(?:\s*\(?\d+\)?)?\s*:?$"
    # the same section under the other names Russian sites give it, each with its count: the
    # messages of a forum thread under the story («Обсуждение на форуме (3 сообщения)», «2
    # сообщения»), the comments drawn from a discussion («Комментарии из обсуждения (3)»); and
    # the reply form's own label («Ответить на статью», «Написать комментарий»), the Russian of
    # "Leave a reply" and "Add a comment" above
    r"|^(?:комментарии|обсуждение|отзывы|discussion|comments)\b[^()\d]{0,30}"
    r"\(\d+(?:\s+(?:сообщени[еяй]|комментари(?:й|я|ев)|отзыв(?:а|ов)?|messages?|comments?|"
    r"posts?|replies))?\)$"
    r"|^\d+\s+(?:сообщени[еяй]|ответ(?:а|ов)?)$"
    r"|^(?:ответить на статью|написать комментарий|оставить отзыв)$"
    r"|^[\w.\-]{2,30} (?:says|said|wrote|пишет|написал[а]?|schreibt|a écrit|dice|escribió):$",
    re.I,
)

# Whole-line notices that are about the page, not the news: cookie banners, JavaScript warnings,
# "found a typo?" prompts, app and messenger promos.  Each of these speaks of the page or to its
# reader by itself (a line's start, "your inbox", "Ctrl+Enter"); the words a story can also say
# are NOTICE_PHRASE's, which make a notice only where the line is the notice (see is_page_notice).
PAGE_NOTICE = re.compile(
    r"\bturn on javascript\b|\benable javascript\b|\bвключите javascript\b|"
    r"ctrl\s*\+\s*enter|"
    r"^sign up (?:for|to) (?:our|the)\b|^get (?:our|the) \w+ newsletter|"
    r"^подписывайтесь на (?:наш|нас)|^подпишитесь на (?:наш|нас)|^читайте нас в\b|"
    r"^(?:follow|join) us on\b|\b(?:delivered )?(?:to|in) your inbox\b|"
    # a sign-up box's consent note ("We use your sign-up to … You can unsubscribe at any time"):
    # a sentence of its own, spoken to the reader, with no clause after it ("members must be
    # told that they can unsubscribe at any time without a fee", «…, что отписаться можно в
    # любой момент, заявил регулятор» are the story's)
    r"(?:^|[.!?]\s+)(?:you can |you may )?unsubscribe (?:from (?:our |these |this )?\w+ )?"
    r"at any time(?:[.!]|$)|"
    r"(?:^|[.!?]\s+)(?:вы можете )?отписаться (?:от рассылки )?(?:можно )?в любой момент"
    r"(?:[.!]|$)|"
    r"^sign up (?:for|to)\b[^.!?]{0,60}$|^privacy (?:notice|policy)\b|"
    # a subscription promo of one sentence: "Subscribe to The Daily for free local news alerts."
    # (no comma: "Sign up for flood alerts, the mayor urged" is a call reported, the page's text)
    r"^(?:subscribe|sign up) (?:to|for) [^.!?,]{0,80}\b(?:news|alerts|newsletters?|updates)\b[^.!?,]{0,30}[.!]?$|"
    r"^(?:подпишитесь|подписывайтесь) на [^.!?,]{0,80}[.!]?$|"
    # the page asks its reader, in a clause of its own, to follow the site's own channel,
    # newsletter or app ("Get breaking news on your phone: subscribe to our WhatsApp channel",
    # "… – download our app"): "our" is the page speaking, a story's call is reported
    r"(?:^|[:–—|]\s*)(?:subscribe|sign up|follow|join|download|get|add)\b[^.!?:,]{0,30}\bour\b"
    r"[^.!?:,]{0,25}\b(?:channel|newsletters?|app|podcast|alerts|notifications|feed|account|"
    r"page)s?\b[^.!?:,]{0,30}[.!]?$|"
    # the page points to its own channel on a messenger or a platform: «Следите за новостями в
    # нашем Telegram-канале», «Наш канал в Дзене», «Больше новостей — в нашем MAX»; "our" is
    # the page speaking (a source's «в нашем канале» is quoted, with its comma and its dash)
    r"^[^,«»\"]{0,50}\bнаш(?:им|ем|ей|его|у|а|и|ими|их)?\b[^,«»\"]{0,30}"
    r"\b(?:telegram|телеграм\w*|max|vk|вк|вконтакте|дзен\w*|одноклассник\w*|whatsapp|viber|"
    r"youtube|rutube|ютуб\w*)\b[^,«»\".!?]{0,30}[.!]?$|" + _AD_LAW_LABEL + r"|"
    # (_AD_LAW_LABEL, on the line above: the label Russian advertising law puts on every ad)
    # the site's channels named after it: «Подписывайтесь на Вести края в Telegram»
    r"^(?:подпишитесь|подписывайтесь|subscribe|follow us)\b.{0,60}\b(?:в|во|on|in) [«\"]?"
    r"(?:telegram|телеграм\w*|max|vk|вк|вконтакте|дзен\w*|одноклассник\w*|whatsapp|viber|"
    r"instagram|facebook|youtube|tiktok|x)\b|"
    # a transcript's own notes: made by a machine, the full version in the player above
    r"^(?:расшифровка|стенограмма|транскрипт|транскрипция) (?:сделана|выполнена|подготовлена|"
    r"создана|сгенерирована) автоматически\b|"
    r"^(?:this |the )?transcripts? (?:was|were|is|are|has been) (?:automatically )?(?:generated|"
    r"produced|created|made)(?: automatically| by (?:a machine|software|ai))\b|"
    r"^(?:this is an? )?(?:automatically generated|auto-generated|machine-generated) transcript\b|"
    r"^(?:полная версия|полную версию) (?:программы|эфира|интервью|выпуска|беседы)\b.{0,40}"
    r"(?:аудио|видео|запис|плеер)\w*|"
    r"^(?:listen to|watch) the full (?:episode|interview|programme|program|conversation)\b|"
    # an affiliate disclosure ("This guide contains affiliate links …")
    r"^(?:this (?:article|post|page|story|guide) )?(?:contains|may contain|includes) affiliate links\b|"
    r"^(?:в (?:статье|материале|тексте) )?(?:есть |могут быть )?партн[её]рские ссылки\b|"
    # the same disclosure as what the site earns: "When you buy through our links, we may earn a
    # commission", «Мы можем получать комиссию с покупок по ссылкам»
    r"\bwe (?:may |might |could )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of "
    r"(?:the )?(?:revenue|sales)|affiliate (?:fee|commission))\b|"
    r"\bмы (?:можем )?получа(?:ть|ем) (?:партн[её]рскую )?комиссию\b|"
    # a sponsor's label on a story: "Sponsored by Harland Estates", «На правах рекламы»
    r"^(?:sponsored by|paid (?:content|post|partnership)(?: (?:by|for|with))?|partner content|"
    r"in (?:paid )?partnership with|спонсор(?: материала| проекта)?:?|партн[её]рский материал|"
    r"на правах рекламы|материал подготовлен при поддержке)\b[^.!?]{0,60}$|"
    r"\bnewsletters? may contain\b|"
    r"^(?:free |daily |weekly |morning |evening )*newsletter$|after newsletter promotion|"
    # the page's licence for republishing its stories ("Republish under Creative Commons")
    r"\bcc by(?:-nc)?(?:-nd|-sa)?\s*\d\.\d\b|"
    # an opinion page's disclaimer under a column: the views are the author's, not the site's
    r"\bviews (?:expressed )?(?:in this (?:column|article|piece|post|op-ed|commentary) )?are "
    r"(?:those of the author|the author'?s own|the writer'?s own|solely those)|"
    r"\bмнение (?:автора|редакции) (?:может )?не (?:совпадать|совпадает) с (?:мнением|позицией)|"
    r"^(?:contact|reach|email) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:at|on) .{0,80}(?:@|\d{3})|"
    r"^\w[\w'’ -]{0,40} (?:reported|contributed) (?:from|to this report)\b|"
    r"^[A-Z][\w'’-]+ (?:covers|reports on|writes about) .{0,120} for (?:the )?[A-Z]|"
    r"^this article is more than \d+ \w+ old$|"
    # an audio player: "Listen to the long read", «Слушать статью · 4:12», "0:00 / 24:31"
    r"^(?:listen|слушать|прослушать|послушать|слухати|прослухати|anhören|écouter|escuchar)\b[^.!?]{0,40}$|"
    r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$|"
    r"^cookies on (?:this|our|the) (?:web)?site$|"
    # the page's standing notes under a story: comments closed, a disclaimer of advice, delayed
    # quotes, a print edition's note, a messenger's preview prompt
    r"^comments (?:are|have been) (?:closed|disabled|turned off|switched off)\b|"
    # how to write to the page: "Write to us: letters@… or Letters, …", «Пишите нам: адрес …»,
    # and a columnist's standing note ("Dr Reeve cannot answer letters individually")
    r"^(?:write to us|email us|пишите нам|напишите нам|присылайте (?:ваши )?письма)\b[^.!?]{0,30}:|"
    r"\b(?:cannot|can't|can not|is unable to|are unable to) (?:answer|reply to|respond to) "
    r"(?:\w+ )?(?:letters|questions|e-?mails|queries) (?:individually|personally)(?=[.!]|$)|"
    r"\bне (?:может|можем|имеет возможности|имеем возможности) (?:лично |индивидуально )?"
    r"ответить на (?:каждое|все|ваши)? ?(?:письм\w*|вопрос\w*) (?:лично|индивидуально)(?=[.!]|$)|"
    r"^комментарии (?:к (?:этой )?(?:статье|материалу|новости) )?(?:закрыты|отключены)\b|"
    r"^(?:quotes|prices|market data|котировки|данные торгов) (?:are )?(?:delayed|с задержкой)\b|"
    r"^(?:this|a version of this) (?:article|story|interview|review|column) (?:first |originally )?"
    r"appeared (?:in|on)\b|"
    r"^you can view and join @\w+|^вы можете (?:просмотреть|посмотреть) (?:\w+ )?и "
    r"присоединиться к @|^(?:sign up|subscribe|register) here[.!]?$|"
    # a subscription's price ("Subscribe for $1", «Подписка за 99 ₽»)
    r"^(?:subscribe|join|try it) (?:for|from|at) [$£€]?\d[\d.,]*\b|^подписка (?:за|от) \d|"
    # a feedback widget under the story: "Was this page helpful?", «Была ли статья полезна?»
    r"^(?:was|is) this (?:article|page|story|advice|information|guide|answer|post) "
    r"(?:helpful|useful)\??$|^did you find this (?:\w+ )?(?:helpful|useful)\??$|"
    r"^(?:была ли )?(?:эта |этот |данная )?(?:статья|информация|страница|публикация|материал|"
    r"ответ) (?:была |был )?полез(?:на|ен|ной|ным)\??$|"
    r"^(?:вам )?помогла ли (?:вам )?(?:эта )?(?:статья|информация)\??$|"
    # a share bar on one line: its label, then the networks ("Share this page: Facebook · X")
    r"^(?:share|поделиться|поделитесь)\b[^:]{0,30}:\s*(?:(?:facebook|x|twitter|e-?mail|whatsapp|"
    r"telegram|linkedin|reddit|vk|вконтакте|одноклассники|ok|viber|max|print|copy link)"
    r"\s*[·|,/•]?\s*){2,}$|"
    # a share button's accessible label: "Click to share on Reddit (Opens in new window)"
    r"^[^.!?]{0,60}\(opens in (?:a )?new (?:window|tab)\)$",
    re.I,
)

# Notice words a story's own sentence can also hold ("The office said its figures were for
# information purposes only ..."; «Аудиторы нашли ошибку в расчётах»): a line is a notice by them
# only where the notice opens its sentence (see is_page_notice).
NOTICE_PHRASE = re.compile(
    # a cookie banner in its own words ("We place a few cookies on your device", «Мы используем
    # файлы cookie»), the cookie settings' link
    r"\bwe (?:use|set|store|place) (?:\w+ ){0,3}cookies\b|\bcookies? (?:policy|settings)\b|"
    r"\b(?:сайт|мы) (?:использует|используем) (?:\w+ ){0,2}(?:файлы )?cookie|"
    r"\b(?:web)?site uses (?:\w+ ){0,2}cookies\b|"
    r"\bнашли (?:ошибку|опечатку)|"
    r"\b(?:summary |text )?(?:generated|written|created|made) (?:by|with|using) "
    r"(?:ai|artificial intelligence)\b|"
    r"(?:сгенерирован\w*|создан\w*|подготовлен\w*) (?:с помощью )?(?:ии|нейросет\w*|"
    r"искусственн\w+ интеллект\w*)|\bour (?:\w+ )?(?:email|newsletter)\b|"
    # the page's licence for republishing its stories ("Republish under Creative Commons")
    r"\b(?:republish\w*|reprint\w*|licen[cs]ed?|publish(?:ed)?|available) (?:\w+ ){0,6}under "
    r"(?:a |the )?creative commons\b|"
    # a widget's blurb that ends in its link: "Summary by the newsroom. Learn more"
    r"\b(?:learn more|find out more|подробнее|докладніше|mehr erfahren|en savoir plus|"
    r"más información)$|"
    # a disclaimer of advice under a story about money or the law
    r"\b(?:is|does) not (?:constitute |represent )?(?:an? )?(?:investment|financial|legal) "
    r"(?:advice|recommendation)\b|\bне является (?:индивидуальной )?инвестиционной рекомендацией\b|"
    r"\bfor (?:general )?information(?:al)?(?: purposes)? only\b|"
    r"\bнос(?:ят|ит) (?:справочный|информационный|ознакомительный) характер\b|"
    # a disclaimer of advice under a health or legal column: "is for general information and is
    # not a substitute for medical advice", «не заменяют консультацию врача»
    r"\bfor general information\b|"
    r"\b(?:is|are) not (?:a |intended as a |meant as a )?(?:substitute|replacement) for "
    r"(?:\w+ ){0,4}(?:advice|consultation|diagnosis|treatment)\b|"
    r"\bне (?:заменя(?:ет|ют)|может заменить|могут заменить) (?:\w+ ){0,2}(?:консультаци\w*|"
    r"при[её]м\w* (?:у )?врача|обращени\w* к врачу)",
    re.I,
)
# What may stand before NOTICE_PHRASE in its sentence when the sentence is the notice: words for
# the page and its reader ("This material is ...", «Информация на сайте носит ...», "Please ..."),
# the verbs a page tells its reader with ("Join our weekly newsletter"), and the small words
# between them; a name, a reporting verb or a quotation mark there makes it a story's sentence.
_NOTICE_OPENERS = frozenset(
    re.findall(
        r"\S+",
        """
        this these that all any the a an our we us you your please here note notice disclaimer
        on in of at by for and or is are was be been has have provided contained given published
        presented shown information content contents material materials article articles post
        page pages site website story stories text data newsletter summary service work
        privacy terms email e-mail address form to it its uses use section may can change
        sign up subscribe join enter fill get stay read see visit click tap follow don't want more
        этот эта это эти этой этом данный данная данное данные данном все вся весь всё
        материал материалы материала материалов материале информация информации статья статьи
        статье публикация публикации сайт сайта сайте текст тексте сведения данных мы вы наш наша
        наши нашем нашего ваш ваша на в во о об и по для с из при размещённые размещенные
        представленные опубликованные приведённые приведенные примечание внимание
        подпишитесь подписывайтесь оформите выделите нажмите читайте узнайте раздел раздела
        разделе рубрики рубрике
        column columns answer answers advice ответ ответы совет советы рекомендации колонка
        колонке юриста юристов врача врачей специалиста специалистов эксперта экспертов автора
        """,
    )
)
_NOTICE_SENTENCE_BREAK = re.compile(r"[.!?…]\s+|\s[|•·]\s")
_QUOTE_MARKS = re.compile(r"[«»\"“”„]")
#: the closing marks a quotation opened by each mark may end with (Russian „…“, English “…”)
_QUOTE_CLOSERS = {"«": "»", '"': '"', "“": "”", "„": "“”"}


def _quotation_open(text: str) -> bool:
    """True when a quotation opened in ``text`` is not closed by its end: the footer's words after
    it are quoted («…строку «Все права защищены»), while a balanced mark names the outlet
    (Сетевое издание «Городские новости». Все права защищены.)."""
    expected: list[str] = []  # the closers of the quotations still open, innermost last
    for ch in _QUOTE_MARKS.findall(text):
        if expected and ch in expected[-1]:
            expected.pop()
        elif ch in _QUOTE_CLOSERS:
            expected.append(_QUOTE_CLOSERS[ch])
    return bool(expected)


_OPENER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# A clause reporting someone's words: a page's own notice or furniture never reports anyone
# ("This website uses cookies to follow readers, the watchdog said" is the story's sentence).
REPORTED_SPEECH = re.compile(
    r",\s*(?:—\s*)?(?:[\w.\-]+\s+){0,4}(?:said|says|told|wrote|ruled|warned|added|replied)\b"
    r"|\baccording to\b"
    r"|\b(?:сказал|заявил|сообщил|подчеркнул|предупредил|отметил|пояснил|ответил)[аио]?\b"
    r"|\b(?:говорится|сообщается) в\b|\bсообщили в\b|\bпредупредили в\b",
    re.I,
)


# The site's appeal for money (see is_appeal_for_money): each call's object is the site itself or
# the reader-money it asks for, or nothing.  "Donate blood at the clinic on Monday", "Become a
# member of the library for free" name a thing, a place or a time after the verb: a story's
# "how to help", never the page's.
_READER_MONEY = (
    r"(?:(?:local|independent|quality|public|nonprofit|non-profit|our|the) )*"
    r"(?:journalism|news|newsroom|reporting|radio)|us|our (?:work|mission)"
)
# when and how, never where or what: "Donate now", "Give today", "Donate online", "Donate here"
_NOW = r"(?: (?:now|today|online|monthly|here))?"
_READER_MONEY_CALL = re.compile(
    rf"(?:please )?(?:support|donate to|give to) (?:{_READER_MONEY}){_NOW}|"
    r"(?:пожалуйста, )?поддержите (?:редакцию|нас|проект|нашу работу|независимую журналистику)"
    r"(?: (?:сейчас|рублём|рублем))?",
    re.I,
)
_BARE_APPEAL_CALL = re.compile(
    rf"(?:please )?(?:donate|give){_NOW}|"
    rf"(?:please )?become an? (?:member|supporter|subscriber|patron){_NOW}",
    re.I,
)
# "Donate to KRVP today": a name after the verb is the site's only beside a call for its
# journalism on the same line ("Support local journalism. Donate to KRVP today."); alone it may
# be a story's named cause ("Donate to the Rosewood Food Bank")
_NAMED_DONATE_CALL = re.compile(
    r"(?:[Pp]lease )?[Dd]onate to (?:[Tt]he )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}"
    r"(?: (?:now|today|online))?"
)
_CALL_BREAK = re.compile(r"(?<=[.!])\s+")
#: a verb of the calls, looked for first (the test runs on every line of every page)
_APPEAL_VERB = re.compile(r"^(?:please |пожалуйста, )?(?:donat|support|become|give|поддерж)", re.I)
#: three short calls fill a line of this many characters at most
_APPEAL_MAX_CHARS = 160


def is_appeal_for_money(text: str) -> bool:
    """True when the line is the site's appeal for money: one to three short calls and nothing
    else ("Support local journalism. Donate to KRVP today.", "Become a Member", "Donate now",
    «Поддержите редакцию»).  A story reports a fund-raiser with a subject and a clause
    ("Donations to the fund reached …") or names what to give to, where and when ("Donate blood
    at the Rosewood clinic on Monday."): neither is a call of the site's."""
    if len(text) > _APPEAL_MAX_CHARS or not _APPEAL_VERB.match(text.lstrip()):
        return False
    # (a menu's separator left at the line's end, "Donate |", is no word of the call)
    calls = [c.strip().rstrip(".!|·•→›> ").strip() for c in _CALL_BREAK.split(text.strip())]
    if not 1 <= len(calls) <= 3 or not all(calls):
        return False
    money = [bool(_READER_MONEY_CALL.fullmatch(c)) for c in calls]
    for call, reader_money in zip(calls, money, strict=True):
        if reader_money or _BARE_APPEAL_CALL.fullmatch(call):
            continue
        if _NAMED_DONATE_CALL.fullmatch(call) and any(money):
            continue
        return False
    return True


def is_page_notice(text: str) -> bool:
    """True when the line is a notice about the page (see PAGE_NOTICE and NOTICE_PHRASE), not a
    story's sentence that holds a notice's words: a NOTICE_PHRASE counts only where its sentence
    opens with it, or with words for the page and its reader, and no quotation mark comes before
    it."""
    if PAGE_NOTICE.search(text) or is_appeal_for_money(text):
        return True
    if REPORTED_SPEECH.search(text):
        return False  # the review: "…, the watchdog said" / «…, подчеркнул аналитик»
    for match in NOTICE_PHRASE.finditer(text):
        before = text[: match.start()]
        if _QUOTE_MARKS.search(before):
            return False
        opening = _NOTICE_SENTENCE_BREAK.split(before)[-1]
        words = [w.lower() for w in _OPENER_WORD.findall(opening)]
        if all(w in _NOTICE_OPENERS for w in words):
            return True
    return False


def is_footer_line(text: str) -> bool:
    """True when the line is the page's copyright or legal footer (see FOOTER), not a story's
    sentence that quotes a footer's words ("The copied pages even ended with the festival's own
    line, "all rights reserved", …", «внизу стояло «Все права защищены»»): as for a page notice,
    the words count only where no quotation is still open before them and the line reports nobody's
    words."""
    if len(text) >= 300:
        return False
    match = FOOTER.search(text)
    if match is None:
        return False
    if match.start() == 0:
        return True
    return not _quotation_open(text[: match.start()]) and not REPORTED_SPEECH.search(text)


# A menu printed on one line: "Home | News | Sport | What's On" (three or more short items).
MENU_LINE = re.compile(r"^[^|•·/]{1,30}(?:\s[|•·/]\s[^|•·/]{1,30}){2,}$")

# Words that say a line is a byline ("By …", «Автор: …», "Von …").
BYLINE_PREFIX = re.compile(
    r"^(?:by|written by|story by|article by|words by|interview(?:ed)? by|as told to|words(?=\s*:)|reporting by|text by|by:|von|par|por|"
    # the writer who took the photos too: "Words and pictures: Name", «Текст и фото: Name»
    r"(?:text|words|story) and (?:photos?|pictures|photographs)(?: by)?(?=\s*:|\s+by\b|\s)|"
    r"текст и фото(?:графии)?(?=\s*:)|"
    # «Подготовил(а)» after what was prepared («Материал», «Информацию», «Текст», «Новость»)
    r"автор(?:ы)?|текст|(?:[а-яё]+\s+)?подготовил[аи]?|беседовал[аи]?|"
    r"интервью (?:взял[аи]?|записал[аи]?)|записал[аи]?|підготував|підготувала|autor(?:es)?|auteurs?|"
    # a broadcast's author is its host ("Hosted by …", «Ведущая: …»), named after a colon
    r"hosted by|presented by|(?:host|presenter|ведущ(?:ий|ая|ие)|moderat(?:or|ion)|модератор)(?=\s*:)|"
    # a live page's writers: "Live coverage by …", «Трансляцию ведут: …», «Онлайн ведёт …»
    r"live (?:coverage|blog|updates) by|(?:трансляцию|онлайн|репортаж|хронику)\s+вед(?:ут|ёт|ет))"
    r"(?:\s*[:—–-]\s*|\s+)(?P<names>\S.*)$",
    re.I,
)
# Job titles that stand next to an author's name ("Jane Doe, Political correspondent").
ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|journalist|writer|columnist|staff|contributor|"
    r"producer|analyst|news|communications|media relations|корреспондент|обозреватель|редактор|журналист|колумнист|"
    r"спецкор|кореспондент|журналіст|оглядач|korrespondent(?:in)?|redakteur(?:in)?|"
    r"journaliste|correspondant(?:e)?|rédacteur|periodista|corresponsal|redactor(?:a)?)\b",
    re.I,
)


# A paywall's lines where the story is cut off ("Subscribe to continue reading", «Чтобы дочитать
# материал, оформите подписку», "3 free stories remaining this week"); read only on a line that holds
# one of PAYWALL_HINTS (a substring test costs less than the pattern on every line)
PAYWALL = re.compile(
    r"\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading\b|"
    r"^to (?:continue|keep) reading\b|\bto read the (?:full|whole|rest of the) (?:article|story)\b|"
    r"\b(?:article|story|content|piece|page) is (?:available )?(?:only )?(?:for|to) (?:paying )?"
    r"subscribers\b[^.!?,]{0,20}[.!]?$|^(?:for )?subscribers only\b|"
    r"\bчтобы (?:читать|прочитать|дочитать) (?:дальше|полностью|продолжение)\b|"
    r"^already (?:a subscriber|subscribed|have an account)\?|"
    r"\b\d+ free (?:articles?|stories) (?:left|remaining)\b|"
    r"дочитать (?:материал|статью|текст|новость)|"
    r"\bдоступ(?:ен|на|но|ны) (?:только )?(?:по подписке|подписчикам|для подписчиков)|"
    r"^уже (?:подписаны|есть подписка|оформили подписку)\?|"
    r"^продолжение (?:статьи |материала )?(?:доступно )?(?:по подписке|для подписчиков)|"
    r"\bосталось \d+ бесплатн\w+ (?:материал|стат|публикац)\w*",
    re.I,
)
# Of those, the lines that say the story stops here (not a counter of free stories left, not a
# sign-in prompt a subscriber's page prints as well): whatever follows them is the offer and the
# page's furniture
PAYWALL_CUT = re.compile(
    r"\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading\b|"
    r"^to (?:continue|keep) reading\b|\bto read the (?:full|whole|rest of the) (?:article|story)\b|"
    r"\b(?:article|story|content|piece|page) is (?:available )?(?:only )?(?:for|to) (?:paying )?"
    r"subscribers\b[^.!?,]{0,20}[.!]?$|"
    r"\bчтобы (?:читать|прочитать|дочитать) (?:дальше|полностью|продолжение)\b|"
    r"дочитать (?:материал|статью|текст|новость)|"
    r"^продолжение (?:статьи |материала )?(?:доступно )?(?:по подписке|для подписчиков)",
    re.I,
)
PAYWALL_HINTS = (
    "subscri",
    "reading",
    "free ",
    "read the",
    "подпис",
    "дочитать",
    "бесплатн",
    "читать",
)


def ui_key(line: str) -> str:
    """Lower-case a line and strip icons, arrows, counts and punctuation around it."""
    key = line.lower()
    key = re.sub(r"\(\d+\)|\[\d+\]", "", key)
    key = re.sub(r"^[^\w«\"']+|[^\w»\"')]+$", "", key)
    return re.sub(r"\s+", " ", key).strip()
