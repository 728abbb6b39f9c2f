"""Stories: the evidence of when (newsprism.stories.when) tells a happening from the next day's
development of it.  Reports invented for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsprism.stories import Arrival, StoryIndex, match
from newsprism.stories.when import day_agreement, event_days


def _at(iso: str) -> float:
    return dt.datetime.fromisoformat(iso).timestamp()


def _days(title: str | None, text: str, published: str) -> list[str]:
    """The days as ISO dates; a day of the news's background (negated) as "bg " and its date."""
    return [
        ("bg " if d < 0 else "") + dt.date.fromordinal(abs(d)).isoformat()
        for d in event_days(title, text, _at(published))
    ]


def test_the_days_a_lead_names_resolve_against_its_publication_time() -> None:
    wednesday = "2027-03-17T12:00:00+00:00"
    assert _days(None, "Voters went to the polls on Tuesday in Ohio.", wednesday) == ["2027-03-16"]
    assert _days("Mayor resigns", "The mayor resigned yesterday.", wednesday) == ["2027-03-16"]
    assert _days(None, "Talks resume today, a week after March 10.", wednesday) == [
        "2027-03-17",
        "bg 2027-03-10",  # what the news came after
    ]
    # the day of publication itself, and a date of last December read in March
    assert _days(None, "On Wednesday the court ruled on the Dec. 14 vote.", wednesday) == [
        "2027-03-17",
        "2026-12-14",
    ]
    assert _days(None, "Во вторник в Казани, 15 марта и вчера", wednesday) == [
        "2027-03-16",
        "2027-03-15",
    ]
    assert _days(None, "Сегодня, 17 марта, ЦБ повысил ставку", wednesday) == ["2027-03-17"]
    # words that only look like dates: the verb "march", a count of cars in May's shape
    assert _days(None, "Thousands will march 5 miles to the square.", wednesday) == []
    assert _days(None, "Сгорели 5 машин", wednesday) == []
    assert event_days(None, "It happened on Tuesday.", None) == ()


def test_a_weekday_after_next_or_last_is_read_in_its_own_week() -> None:
    monday = "2027-03-15T12:00:00+00:00"
    # "last Monday" written on a Monday is a week before; "Monday" alone is that day
    assert _days(None, "The plant has been closed since last Monday.", monday) == [
        "bg 2027-03-08"  # what the news came after
    ]
    assert _days(None, "The plant closed on Monday.", monday) == ["2027-03-15"]
    assert _days(None, "Завод закрыли в прошлый понедельник.", monday) == ["2027-03-08"]
    # on a Wednesday "last Monday" is two days before, as a weekday alone
    wednesday = "2027-03-17T12:00:00+00:00"
    assert _days(None, "The plant closed last Monday.", wednesday) == ["2027-03-15"]
    # a day still to come names no day of the news (it was read as last Thursday)
    assert _days(None, "The council will vote next Thursday on the budget.", monday) == []
    assert _days(None, "Совет соберётся в следующий четверг.", monday) == []
    assert _days(None, "Голосование пройдёт в ближайшую среду.", monday) == []


def test_two_leads_agree_on_the_day_of_their_main_news() -> None:
    assert day_agreement((10, 9), (10,)) == 1
    assert day_agreement((11,), (10,)) == -1
    assert day_agreement((11, 10), (10,)) == 0  # the later day is the earlier one's news
    assert day_agreement((), (10,)) == 0


FLOOD = (
    "Flash floods hit Sochi, two dead and hundreds evacuated",
    "Flash floods swept through the Black Sea resort of Sochi on Monday after a night of "
    "torrential rain, killing two people and forcing the evacuation of 640 residents of the Adler "
    "district, the regional emergencies ministry said. Mayor Andrei Prokhorov said the Mzymta river "
    "had burst its banks.",
)
FLOOD_OTHER_OUTLET = (
    "Sochi floods: river bursts its banks, residents evacuated",
    "Torrential rain caused flash flooding in Sochi on Monday, leaving two people dead; 640 "
    "residents of the Adler district were evacuated, the emergencies ministry said. The Mzymta "
    "river burst its banks, Mayor Andrei Prokhorov said.",
)
FLOOD_NEXT_DAY = (
    "Sochi flood death toll rises to five, negligence case opened",
    "The death toll from the flash floods in the Black Sea resort of Sochi rose to five on "
    "Tuesday, the regional emergencies ministry said, and investigators opened a negligence case "
    "over the Adler district's drainage. Mayor Andrei Prokhorov said the Mzymta river was falling.",
)
FLOOD_RU = (
    "Наводнение в Сочи: двое погибших, сотни эвакуированы",
    "В понедельник после ночного ливня на Сочи обрушился паводок: погибли два человека, из "
    "Адлерского района эвакуированы 640 жителей, сообщило МЧС. Мэр Андрей Прохоров сказал, что река "
    "Мзымта вышла из берегов.",
)
#: a next day's development (a case opened) that also gives the toll again: a development first
#: (the thirty-fourth session's convention: ``test_stories_s34.py``); until then its headline was
#: the toll alone, now :data:`FLOOD_RU_TOLL`
FLOOD_RU_NEXT_DAY = (
    "Число погибших при наводнении в Сочи выросло до пяти, возбуждено дело",
    "Во вторник число погибших при паводке в Сочи выросло до пяти, сообщило МЧС; следователи "
    "возбудили дело о халатности из-за ливневой канализации Адлерского района. Мэр Андрей Прохоров "
    "сказал, что уровень Мзымты снижается.",
)
TIMES = (
    "2027-06-07T15:00:00+00:00",  # Monday
    "2027-06-08T07:00:00+00:00",  # Tuesday morning: Monday's flood, another outlet
    "2027-06-08T16:00:00+00:00",  # Tuesday afternoon: the next day's development
)


def _run(tmp_path: Path, texts: list[tuple[str, str]], dated: bool) -> list[object]:
    from newsprism.library import db

    conn = db.connect(tmp_path / f"when-{dated}.sqlite")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, '{}')",
        [(i + 1, f"h{i}") for i in range(len(texts))],
    )
    index = StoryIndex(conn)
    got = [
        index.assign([Arrival(i + 1, *text, _at(TIMES[i]), dated=dated)])[0]
        for i, text in enumerate(texts)
    ]
    conn.close()
    return got


def test_the_next_days_development_starts_a_happening_in_the_same_running_story(
    tmp_path: Path,
) -> None:
    first, other_outlet, next_day = _run(
        tmp_path, [FLOOD, FLOOD_OTHER_OUTLET, FLOOD_NEXT_DAY], True
    )
    assert other_outlet.relation == "same-story" and other_outlet.story_id == first.story_id  # type: ignore[attr-defined]
    assert next_day.relation == "first" and next_day.story_id != first.story_id  # type: ignore[attr-defined]
    assert next_day.running_story == first.story_id  # type: ignore[attr-defined]
    # its probability alone reaches the happening level: without publication times (no day
    # resolves) it is joined as the same happening, as before the evidence of when
    undated = _run(tmp_path, [FLOOD, FLOOD_OTHER_OUTLET, FLOOD_NEXT_DAY], False)
    assert undated[2].relation == "same-story" and undated[2].story_id == first.story_id  # type: ignore[attr-defined]


def test_a_russian_reports_next_day_starts_a_happening_in_the_same_running_story(
    tmp_path: Path,
) -> None:
    first, next_day = _run(tmp_path, [FLOOD_RU, FLOOD_RU_NEXT_DAY], True)
    assert next_day.story_id != first.story_id  # type: ignore[attr-defined]
    assert next_day.running_story == first.story_id  # type: ignore[attr-defined]
    undated = _run(tmp_path, [FLOOD_RU, FLOOD_RU_NEXT_DAY], False)
    assert undated[1].story_id == undated[0].story_id  # type: ignore[attr-defined]


#: the next day's report of the toll alone: by the convention of ``benchmarks/heldout.md``
#: (thirty-fourth session) a count revised on a later day is the same happening
FLOOD_RU_TOLL = ("Число погибших при наводнении в Сочи выросло до пяти", FLOOD_RU_NEXT_DAY[1])


def test_a_russian_toll_given_again_the_next_day_is_the_same_happening(tmp_path: Path) -> None:
    first, toll = _run(tmp_path, [FLOOD_RU, FLOOD_RU_TOLL], True)
    assert toll.story_id == first.story_id  # type: ignore[attr-defined]
    (tmp_path / "three").mkdir()
    first, russian, toll = _run(tmp_path / "three", [FLOOD, FLOOD_RU, FLOOD_RU_TOLL], True)
    assert toll.story_id == first.story_id == russian.story_id  # type: ignore[attr-defined]


def test_across_scripts_another_member_of_the_story_keeps_the_next_day_out(
    tmp_path: Path,
) -> None:
    """Across scripts the happening threshold is the running level's (a translation's
    probability runs lower), so the Russian next-day report, very close to the English Monday
    report, reaches the happening level with it despite their other days (a known limit of the
    pair alone, pinned until the twenty-fifth session).  The story also holds the Russian Monday
    report, which names Monday too: a happening has one day, so the Tuesday report starts its
    own happening in the same running story."""
    first, russian, russian_next_day = _run(tmp_path, [FLOOD, FLOOD_RU, FLOOD_RU_NEXT_DAY], True)
    assert russian.story_id == first.story_id  # type: ignore[attr-defined]
    assert russian_next_day.story_id != first.story_id  # type: ignore[attr-defined]
    assert russian_next_day.running_story == first.story_id  # type: ignore[attr-defined]
    # the pair alone still reaches the happening level: with the Monday report the only member,
    # the Tuesday report joins it (the limit stands for a story of one report)
    (tmp_path / "alone").mkdir()
    alone = _run(tmp_path / "alone", [FLOOD, FLOOD_RU_NEXT_DAY], True)
    assert alone[1].story_id == alone[0].story_id  # type: ignore[attr-defined]


def test_other_days_lower_only_the_happening_level() -> None:
    from newsprism.stories.features import Fingerprint

    def fp(days: tuple[int, ...]) -> Fingerprint:
        import numpy as np

        empty = np.zeros(0, dtype=np.uint32)
        return Fingerprint(
            empty, np.zeros(4, np.float32), frozenset(), frozenset(), empty, empty, days=days
        )

    monday, tuesday = fp((10,)), fp((11,))
    assert match.reaches("happening", 0.8, monday, monday)
    assert not match.reaches("happening", 0.8, monday, tuesday)
    assert match.reaches("running", 0.8, monday, tuesday)
    assert match.reaches("happening", 0.8, monday, fp(()))  # no day: decided as before
    assert match.happening_probability(0.8, monday, tuesday) < 0.4


def test_one_day_named_by_both_leads_does_not_lift_a_pair_to_one_happening() -> None:
    """A day both leads name is no evidence of one happening (seventeenth session: +1.0 found 8
    more real pairs and joined 22 more that are not one happening): a pair just below the
    threshold stays apart whether the two leads name one day, none, and another day lowers it."""
    from newsprism.stories.features import Fingerprint

    def fp(days: tuple[int, ...]) -> Fingerprint:
        import numpy as np

        empty = np.zeros(0, dtype=np.uint32)
        # a page's length (a feed item's has its own bar: match.SHORT_HAPPENING)
        terms = np.arange(match.SHORT_WORDS, dtype=np.uint32)
        counts = np.ones(match.SHORT_WORDS, dtype=np.uint32)
        return Fingerprint(
            empty, np.zeros(4, np.float32), frozenset(), frozenset(), terms, counts, days=days
        )

    monday, tuesday = fp((10,)), fp((11,))
    below = match.LEVELS["happening"] - 0.1
    assert not match.reaches("happening", below, monday, monday)
    assert not match.reaches("happening", below, monday, fp(()))
    assert not match.reaches("happening", below, monday, tuesday)
    above = match.LEVELS["happening"] + 0.05
    assert match.reaches("happening", above, monday, monday)
    assert match.reaches("happening", above, monday, fp(()))
    assert not match.reaches("happening", above, monday, tuesday)


def test_words_that_only_look_like_days_name_none() -> None:
    friday = "2027-03-19T12:00:00+00:00"
    # the prepositional month is "in March", never a day of it
    assert _days(None, "В марте 15 человек пострадали при обрушении моста.", friday) == []
    assert _days(None, "Весной, в апреле 3 школы закрыли на карантин.", friday) == []
    # «среду» after an adjective is the environment; after «в» it is Wednesday
    assert _days(None, "Нефть с завода попала в окружающую среду.", friday) == []
    assert _days(None, "В среду нефть с завода попала в реку.", friday) == ["2027-03-17"]
    # a footnote mark is a digit that is not a number: no day, and no error
    assert _days(None, "The vote on March 3³ was annulled.", friday) == []
    assert _days(None, "Turnout in May ² fell.", friday) == []


def test_an_older_row_of_an_undated_article_gets_no_days_when_recomputed(tmp_path: Path) -> None:
    """Rows stored before the words of the head were kept are recomputed from their article;
    their stored time is the publication time only if the article has one (else the time it was
    added), so only a dated article's lead resolves "on Monday"."""
    import json

    from newsprism.library import db

    conn = db.connect(tmp_path / "legacy.sqlite")
    published = {"metadata": {"published": TIMES[0]}}
    for n, (meta, text) in enumerate([(published, FLOOD), ({"metadata": {}}, FLOOD_OTHER_OUTLET)]):
        blob = json.dumps({"title": text[0], "text": text[1], **meta})
        conn.execute(
            "INSERT INTO articles(id, content_hash, json) VALUES (?, ?, ?)", (n + 1, f"h{n}", blob)
        )
    index = StoryIndex(conn)
    index.assign([Arrival(1, *FLOOD, _at(TIMES[0]))])
    index.assign([Arrival(2, *FLOOD_OTHER_OUTLET, _at(TIMES[1]), dated=False)])
    conn.execute("UPDATE story_articles SET terms = NULL, days = NULL")
    StoryIndex(conn)._ensure_window(_at(TIMES[0]))
    days = dict(conn.execute("SELECT article_id, days FROM story_articles").fetchall())
    assert json.loads(days[1]) == [dt.date(2027, 6, 7).toordinal()]  # "on Monday"
    assert json.loads(days[2]) == []  # added, not published: its "on Monday" resolves to nothing
    conn.close()


FLOOD_NO_DAY = (
    "Flash floods in Sochi kill two, hundreds evacuated",
    "Flash floods swept through the Black Sea resort of Sochi after a night of torrential rain, "
    "killing two people and forcing the evacuation of 640 residents of the Adler district, the "
    "regional emergencies ministry said. Mayor Andrei Prokhorov said the Mzymta river had burst "
    "its banks.",
)


def test_a_report_published_before_a_day_began_does_not_tell_of_it() -> None:
    from newsprism.stories.when import LOCAL_DAY_MARGIN, told_before

    monday, tuesday = _at("2027-06-07T15:00:00+00:00"), _at("2027-06-08T16:00:00+00:00")
    next_day = event_days(*FLOOD_NEXT_DAY, tuesday)  # "on Tuesday"
    assert day_agreement(next_day, (), tuesday, monday) == -1
    assert day_agreement((), next_day, monday, tuesday) == -1
    # the other report published late on Monday (UTC) may be Tuesday's where it was written
    # (Moscow's Tuesday begins at 21:00 UTC on Monday)
    late_monday = _at("2027-06-08T00:00:00+00:00") - LOCAL_DAY_MARGIN + 60
    assert day_agreement(next_day, (), tuesday, late_monday) == 0
    # without the times, or when the other report came later, nothing is known
    assert day_agreement(next_day, ()) == 0
    assert day_agreement(next_day, (), tuesday, tuesday) == 0
    # a later day a lead names is what it announces, not its news: "from April 1" on March 10
    march10 = _at("2031-03-10T08:30:00+00:00")  # a Monday
    announced = event_days(
        None, "Bus fares rise from April 1, the council said on Monday.", march10
    )
    assert len(announced) == 2 and not told_before(announced, march10, march10 - 3600)
    assert not told_before(announced[:1], march10, march10 - 3600)


def test_the_day_after_a_report_that_names_no_day_is_another_happening(tmp_path: Path) -> None:
    """Monday's report names no day; Tuesday's development says "on Tuesday": Monday's report
    was published before Tuesday began, so it cannot tell of Tuesday's news."""
    first, _, next_day = _run(tmp_path, [FLOOD_NO_DAY, FLOOD_OTHER_OUTLET, FLOOD_NEXT_DAY], True)
    assert next_day.story_id != first.story_id  # type: ignore[attr-defined]
    assert next_day.running_story == first.story_id  # type: ignore[attr-defined]


def test_a_story_is_one_day_a_rewrite_naming_no_day_does_not_carry_the_next_day_in(
    tmp_path: Path,
) -> None:
    """Monday's report; on Tuesday morning another outlet's rewrite of it that names no day
    (joined: nothing contradicts it); on Tuesday afternoon the development "on Tuesday", closest
    to the rewrite, which cannot contradict it either.  Monday's report, a member of the same
    story, was published before Tuesday began: a happening has one day, so the development
    starts a happening of its own in the same running story (it joined through the rewrite)."""
    first, rewrite, next_day = _run(tmp_path, [FLOOD, FLOOD_NO_DAY, FLOOD_NEXT_DAY], True)
    assert rewrite.story_id == first.story_id  # type: ignore[attr-defined]
    assert next_day.story_id != first.story_id  # type: ignore[attr-defined]
    assert next_day.running_story == first.story_id  # type: ignore[attr-defined]
    # without publication times no day resolves: one story, as before
    undated = _run(tmp_path, [FLOOD, FLOOD_NO_DAY, FLOOD_NEXT_DAY], False)
    assert len({a.story_id for a in undated}) == 1  # type: ignore[attr-defined]


def test_a_follow_up_that_names_the_first_day_before_its_own_is_of_its_own_day() -> None:
    """A follow-up names the day of what it follows besides its own: its news is the latest day
    it names up to its publication.  Monday's report, published on Monday, cannot tell of
    Tuesday, though both leads name Monday first."""
    monday, tuesday = _at("2027-06-07T15:00:00+00:00"), _at("2027-06-08T16:00:00+00:00")
    first = event_days(*FLOOD, monday)
    follow_up = event_days(
        "Sochi flood toll rises to five",
        "The death toll from Monday's flash floods in Sochi rose to five on Tuesday, the "
        "emergencies ministry said.",
        tuesday,
    )
    # both name Monday first
    assert first[0] == follow_up[0]
    assert day_agreement(first, follow_up, monday, tuesday) == -1
    assert day_agreement(follow_up, first, tuesday, monday) == -1
    # two reports published on Friday, one naming only Thursday's proposal (its background), the
    # other Friday's news and Thursday's proposal: the first may tell of Friday, nothing is known
    friday_morning, friday_noon = _at("2027-06-11T09:00:00+00:00"), _at("2027-06-11T11:20:00+00:00")
    thursday_only = event_days(
        None, "Managers improved their pay proposal late on Thursday.", friday_noon
    )
    both = event_days(
        None,
        "Walkout continues, union leaders said on Friday, after Thursday's proposal.",
        friday_morning,
    )
    assert day_agreement(thursday_only, both, friday_noon, friday_morning) == 0


def test_a_day_named_in_a_background_clause_is_not_the_day_of_the_news() -> None:
    """A follow-up names the day of what it follows inside a relative or participle clause, after
    "after", or as a thing's day ("Monday's storm", «вчерашней аварии»): that day is the
    background, and the news came after it.  The main clause's day is the news, as before."""
    tuesday = "2027-06-08T09:00:00+00:00"
    monday_bg, monday = ["bg 2027-06-07"], ["2027-06-07"]
    for title, text in (
        ("Рынок открыт", "Рынок, где накануне случился пожар, снова открыт."),
        ("Танкер на плаву", "Севший накануне на мель танкер ночью сняли с мели."),
        ("Мост открыт", "Мост, который в понедельник повредила баржа, открыли для машин."),
        ("Bridge reopens", "The bridge, which was struck by a barge on Monday, reopened."),
        ("Roads reopen", "Roads flooded in yesterday's storm reopened to traffic."),
        ("Дело возбуждено", "Следователи возбудили дело после вчерашней аварии на подстанции."),
    ):
        assert _days(title, text, tuesday)[:1] == monday_bg, text
    # the news of the main clause: a full verb, and a short participle as the predicate
    assert _days(None, "A barge struck the bridge on Monday.", tuesday) == monday
    assert _days(None, "Рейсы возобновлены в понедельник вечером.", tuesday) == monday
    assert _days(None, "Накануне в Казани баржа повредила мост.", tuesday) == monday
    # "overnight" / «ночью»: the night that ends on the day of publication
    assert _days(None, "Power was restored overnight.", tuesday) == ["2027-06-08"]
    # only background days: the news is the day after the latest of them, up to publication
    from newsprism.stories.when import news_day

    at = _at(tuesday)
    reopened = event_days("Bridge reopens", "The bridge, which was struck on Monday, reopened.", at)
    assert news_day(reopened, at) == dt.date(2027, 6, 8).toordinal()
    same_day = event_days(None, "The bridge, which was struck on Tuesday, reopened.", at)
    assert news_day(same_day, at) is None  # the same day: no day of the news is known
    # Monday's report, published on Monday, cannot tell of it
    assert day_agreement(reopened, event_days(*FLOOD, _at(TIMES[0])), at, _at(TIMES[0])) == -1


FLOOD_ROADS_REOPEN = (
    "Sochi reopens Adler roads as Mzymta falls",
    "Roads in the Adler district of Sochi, where flash floods killed two people on Monday, "
    "reopened to traffic, Mayor Andrei Prokhorov said; 640 evacuated residents began returning "
    "home as the Mzymta river fell.",
)


def test_the_next_day_told_only_after_its_background_starts_a_happening(tmp_path: Path) -> None:
    """Tuesday's development names Monday only inside a relative clause ("where flash floods
    killed two people on Monday"): Monday is its background, not its news, so it does not share
    Monday's report's day; Monday's report could not tell of it.  It starts a happening in the
    same running story (it was joined to Monday's happening)."""
    first, other_outlet, reopened = _run(
        tmp_path, [FLOOD, FLOOD_OTHER_OUTLET, FLOOD_ROADS_REOPEN], True
    )
    assert other_outlet.story_id == first.story_id  # type: ignore[attr-defined]
    assert reopened.story_id != first.story_id  # type: ignore[attr-defined]
    assert reopened.running_story == first.story_id  # type: ignore[attr-defined]
