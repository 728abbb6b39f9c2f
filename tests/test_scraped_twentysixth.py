"""Scraped text, round 26 (invented pages, not evaluation text).

- a contents list prints the story's section headings before the story reaches them: the run is
  the page's, and the headings further down stay headings (a line printed twice had made them
  labels);
- a paywall line that says the story is cut off ends it: the offer and lists under it are the
  page's;
- the share text that prints the headline again below the story ends it: what follows (other
  stories, readers' replies) is the page's;
- a page's feedback widget ("Was this page helpful?") is chrome, and a "©" line naming the
  site its header names is the site's copyright line, not a photo's credit.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import classify, extract_scraped

_EN_HARBOUR = (
    "The harbour authority will close the north quay to private boats from Monday while divers "
    "inspect the wall, which was damaged in last month's storm."
)
_EN_FERRY = (
    "Ferries to the islands will leave from the south pier for the duration of the work, and "
    "the timetable will not change, the operator said on Friday."
)
_EN_PARKING = (
    "The car park beside the quay will stay open, but the spaces nearest the water will be "
    "fenced off so that the divers' equipment can be unloaded there."
)


def _advice_page() -> str:
    return "\n".join(
        [
            "Skip to main content",
            "Port of Westhaven",
            "Home › Notices › Works",
            "Quay works: what boat owners need to know",
            "Updated: 3 March 2026",
            "This notice was last reviewed on 3 March 2026 and replaces the notice of February.",
            "Contents",
            "Closures",
            "Ferries",
            "Parking",
            "Contact the harbour office",
            "Closures",
            _EN_HARBOUR,
            "Ferries",
            _EN_FERRY,
            "Parking",
            _EN_PARKING,
            "Was this page helpful?",
            "Yes",
            "No",
            "© Port of Westhaven",
        ]
    )


def test_contents_list_is_chrome_and_its_headings_stay_headings() -> None:
    found = blocks(_advice_page())
    headings = [text for kind, text in found if kind == "heading"]
    assert headings == ["Closures", "Ferries", "Parking"]
    assert ("paragraph", _EN_PARKING) in found
    # the entry that does not come back (a link to a box of the page's) is the list's, not a heading
    assert all(text != "Contact the harbour office" for _, text in found)


def test_feedback_widget_and_the_sites_copyright_line_are_not_a_figure() -> None:
    found = blocks(_advice_page())
    assert not [b for b in found if b[0] == "figure"]
    assert all("helpful" not in (text or "") for _, text in found)


def test_two_lines_printed_twice_are_no_contents_list() -> None:
    # a widget's two labels printed again lower down do not make a contents list
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            "Most read",
            "Weather",
            _EN_FERRY,
            "Most read",
            "Weather",
            PARA,
        ]
    )
    labels = {lab.line.text: lab.reason for lab in classify(page)}
    assert "table of contents" not in labels["Most read"]


_RU_LEAD = (
    "Областной суд оставил в силе решение о сносе трёх гаражей на набережной, которые, по "
    "данным мэрии, стоят на месте будущей велодорожки."
)
_RU_MORE = (
    "Владельцы гаражей настаивали, что пользуются ими с семидесятых годов и платили налог на "
    "землю, однако суд счёл, что участок им не выделяли."
)


def test_russian_paywall_cuts_the_story_off() -> None:
    page = "\n".join(
        [
            "Набережные новости",
            "Суд разрешил снести гаражи на набережной",
            "4 марта 2026, 12:40",
            _RU_LEAD,
            _RU_MORE,
            "Чтобы дочитать материал, оформите подписку",
            "Первый месяц — за 1 рубль, затем 299 рублей в месяц.",
            "Подписка открывает доступ ко всем материалам сайта и архиву газеты за десять лет.",
            "Оформить подписку",
            "Уже подписаны? Войти",
        ]
    )
    found = blocks(page)
    assert found == [("paragraph", _RU_LEAD), ("paragraph", _RU_MORE)]


def test_english_paywall_under_the_headline_is_a_label_not_the_end() -> None:
    # a paywall line with none of the story above it is no cut: the story under it stays
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "3 March 2026",
            "This article is for subscribers only",
            _EN_HARBOUR,
            _EN_FERRY,
            _EN_PARKING,
        ]
    )
    found = blocks(page)
    assert ("paragraph", _EN_PARKING) in found and ("paragraph", _EN_HARBOUR) in found


def test_english_paywall_cut_keeps_the_offer_out() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            "Subscribe to continue reading",
            "Unlimited access to local news, the puzzles and the archive for one low price.",
            "Most read",
            "1. School bus route changes from April",
            "2. Lifeboat crew rescues two kayakers",
        ]
    )
    found = blocks(page)
    assert found == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]


_HEADLINE = "Harbour quay to close for four weeks while divers inspect storm damage"


def test_share_text_with_the_headline_ends_the_story() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            _EN_PARKING,
            PARA,
            f"Share: {_HEADLINE}",
            "Bluesky",
            "Ferry fares to rise in April",
            "The operator says the rise covers the cost of fuel and a new crew member on each boat.",
            "Help keep local news free",
            "Our reporting is paid for by readers like you, and every gift goes to the newsroom.",
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title == _HEADLINE
    assert [b.text for b in found] == [_EN_HARBOUR, _EN_FERRY, _EN_PARKING, PARA]


def test_share_text_over_the_story_does_not_end_it() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "By Ann Lee",
            "3 March 2026",
            f"Share: {_HEADLINE}",
            _EN_HARBOUR,
            _EN_FERRY,
            PARA,
            PARA2,
        ]
    )
    found = blocks(page)
    assert ("paragraph", PARA2) in found and ("paragraph", _EN_HARBOUR) in found


def test_story_continues_below_advertisement_is_chrome() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "3 March 2026",
            _EN_HARBOUR,
            "Advertisement",
            "Story continues below advertisement",
            _EN_FERRY,
        ]
    )
    assert blocks(page) == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]
