"""The fast pass on one copy of the tree reads what trafilatura's own fast recall pass reads."""

from __future__ import annotations

import importlib
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.core import bare_extraction

from newsprism.extract import fastpass
from newsprism.extract.html import parse

#: the module (the package's own name ``baseline`` is the function)
rescuer = importlib.import_module("trafilatura.baseline")
FIXTURES = Path(__file__).parent / "fixtures" / "html"

#: a short brief (under trafilatura's 250 characters of main text: its baseline rescue runs), a
#: page with readers' comments and a list of links after the story, a forum thread
_BRIEF = """<html><head><title>Ferry delayed</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Night ferry delayed by fog</h1>
<p>The 23:40 ferry to Kirkwall left two hours late on Tuesday because of fog.</p></article>
<footer>© Harbour Gazette</footer></body></html>"""

_WITH_COMMENTS = """<html><body><main><article>
<h1>Council keeps the outdoor pool open for one more summer</h1>
<p>The town council voted seven to two on Monday to keep the Lido on Marsh Road open until
September, reversing a plan to close it in May while the new leisure centre is built.</p>
<p>"People told us they would rather swim outside for one more year than drive to the next
town," said councillor Margaret Doyle, who chairs the leisure committee.</p>
<h2>What it costs</h2>
<ul><li>Lifeguards for 16 weeks: £48,000</li><li>Water treatment: £12,500</li></ul>
<p>The council expects about 30,000 visits over the summer, as many as in 2025.</p>
</article>
<section id="comments" class="comments-area"><h3>3 comments</h3>
<div class="comment"><p>Great news, my kids will be thrilled to swim there again!</p></div>
<div class="comment"><p>About time the council listened to the people of this town.</p></div>
</section>
<ul class="related"><li><a href="/a">Library hours cut</a></li><li><a href="/b">Bus route 7
returns</a></li></ul></main></body></html>"""

_RUSSIAN = """<html lang="ru"><body><div class="page"><div class="content">
<h1>В Заречном районе откроют вторую поликлинику</h1>
<p>Строительство новой поликлиники на улице Садовой начнётся весной, сообщили в администрации
района. Здание на 250 посещений в смену должны сдать до конца 2027 года.</p>
<p>«Жителям новых кварталов сейчас приходится ездить на приём в центр города», — сказала
глава района Ольга Петрова.</p>
<table><tr><td>Стоимость</td><td>1,2 млрд рублей</td></tr>
<tr><td>Срок</td><td>декабрь 2027 года</td></tr></table>
</div><div class="sidebar"><p>Популярное</p><a href="/x">Погода на выходные</a></div>
</div></body></html>"""


#: a theme that appends the next stories to the page as you scroll (trafilatura prunes the
#: container before reading), and readers' comments in a list inside the story's container
_APPENDED = """<html><body><article><h1>Tram depot to be rebuilt by 2028</h1>
<p>The city will rebuild the Eastside tram depot over the next two years, the transport
department said on Thursday, closing route 4 between the depot and the river in the meantime.</p>
<p>Buses will replace the trams on that stretch every eight minutes at peak times, a spokesman
for the department said. The work is expected to cost 1.4 billion roubles.</p>
<ol class="comment-list"><li><p>Finally! The old depot has been falling apart for a decade and
everyone who lives nearby knows it, the noise at night is unbearable.</p></li>
<li><p>Eight minutes at peak is fine but what about evenings and weekends on route 4?</p></li>
</ol>
<div class="mvp-post-add-wrap"><h2>Next: Bridge repairs finished early</h2>
<p>Repairs to the Northern Bridge ended three weeks ahead of schedule, the contractor said on
Friday, and all four lanes reopened to traffic on Saturday morning after a final inspection.</p>
<p>The contractor said mild weather in November had allowed crews to work through the night.</p>
</div></article></body></html>"""


def _pages() -> list[tuple[str, str]]:
    pages = [
        ("brief", _BRIEF), ("comments", _WITH_COMMENTS), ("russian", _RUSSIAN),
        ("appended", _APPENDED),
    ]  # fmt: skip
    for path in sorted(FIXTURES.glob("*.html")):
        raw = path.read_bytes()
        pages.append((path.stem, raw.decode("utf-8", errors="replace")))
    return pages


def _theirs(tree: etree._Element) -> bytes | None:
    doc = bare_extraction(
        tree,
        fast=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        output_format="xml",
    )
    if doc is None:
        return None
    assert not isinstance(doc, dict)
    return etree.tostring(doc.body)


@pytest.mark.parametrize(("name", "html"), _pages(), ids=[n for n, _ in _pages()])
def test_the_fast_pass_reads_what_trafilatura_reads(name: str, html: str) -> None:
    tree = parse(html)
    before = etree.tostring(tree)
    body = fastpass.fast_recall_body(tree, None)
    assert etree.tostring(tree) == before  # the page itself is left as it was
    ours = None if body is None else etree.tostring(body)
    assert ours == _theirs(tree)
    assert ours is not None and len(ours) > 40  # each page has text to read


def test_a_short_text_is_rescued_from_the_page_pruned_again() -> None:
    tree = parse(_BRIEF)
    with mock.patch.object(rescuer, "baseline", wraps=rescuer.baseline) as rescue:
        body = fastpass.fast_recall_body(tree, None)
    assert rescue.call_count == 1  # the brief's text is under trafilatura's minimum
    assert body is not None and "Kirkwall" in "".join(body.itertext())
    assert etree.tostring(body) == _theirs(tree)


_PIECES = st.sampled_from(
    ["comment", "Comment", "ary", "s", "-", " ", "mvp-post-add-", "box", "wrap", "infinite",
     "scroll", "comol", "disqus_thread", "dsq-comments", "article", "post", "elementor-",
     "share-buttons", "main"]
)  # fmt: skip
_NAMES = st.lists(_PIECES, max_size=4).map("".join)


# (input generation is cheap; on a machine shared by many processes it can still look slow)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["div", "section", "aside", "ul", "ol", "details"]), _NAMES, _NAMES)
@example("div", "Comments", "")
@example("ol", "", "commentlist")
@example("section", "", "infinitescroll")
@example("aside", "mvp-post-add-box", "")
@example("div", "", "elementor-share-buttons")
@example("div", "comol", "")
def test_a_prune_is_skipped_only_where_it_could_match_nothing(
    tag: str, ident: str, classes: str
) -> None:
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    page = etree.fromstring("<html><body><p>Text</p></body></html>", etree.HTMLParser())
    box = etree.SubElement(page.find("body"), tag, id=ident)
    box.set("class", classes)
    box.text = "A box of some words"
    names = "\n".join(fastpass._IDS_AND_CLASSES(page))
    for expression in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH):
        words = fastpass._needs()[expression.path]
        if expression(page):
            assert any(word in names for word in words)
