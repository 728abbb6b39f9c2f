"""trafilatura's fast recall pass over the tree newsprism parsed, copying the page once.

``trafilatura.bare_extraction`` given a tree copies it three times before it reads a word: once
because it will prune the tree it was given, once more before cleaning the pruned copy (the
pruned copy is kept for its baseline rescue), and once more as a "backup" of the cleaned copy
that only its comparison with external extractors reads, which the fast pass never runs.  On
WCXB's dev pages a copy of the tree costs about 2.5 % of newsprism's extraction time, so two of
the three were 5 % of it spent on nothing.

:func:`fast_recall_body` runs the same steps as ``bare_extraction(tree, fast=True,
favor_recall=True, include_comments=False, include_tables=True, include_images=False,
include_formatting=False, output_format="xml")`` (trafilatura 2.3.1's ``trafilatura_sequence``
for those options: the raw-tree prunes, cleaning and tag conversion, the main extractor, the
baseline rescue of a short text; recall mode has no escalation) on one copy: the pruned copy is
cleaned in place, and in the rare case the baseline rescue needs it (a text under trafilatura's
``MIN_EXTRACTED_SIZE``), it is made again from the page (pruning is deterministic).  Of the
raw-tree prunes, each is asked only of a page whose ids and classes hold a word it needs
(:data:`_NECESSARY`): asking libxml2 its regular expressions element by element cost more than
the copies.  The body
returned is the same element tree, which ``tests/test_extract_fastpass.py`` holds on pages of
several layouts; trafilatura is pinned to the version whose steps this mirrors.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from functools import cache
from types import FunctionType
from typing import Any

from lxml import etree

from .twins import twins


def _options(url: str | None) -> Any:
    from trafilatura.settings import Extractor

    # bare_extraction's own construction for the arguments above
    return Extractor(
        output_format="xml", fast=True, recall=True, comments=False, formatting=False,
        links=False, images=False, tables=True, url=url,
    )  # fmt: skip


#: what an element's ``id`` or ``class`` must hold for each of trafilatura's raw-tree prunes to
#: match it (its expression, found by a marker in its text → words one of which the attribute
#: must contain).  The expressions test ``@id`` and ``@class`` of every ``div``, ``section``,
#: list … with EXSLT's ``re:test``, which libxml2 hands back to Python element by element: the
#: three prunes cost 8 % of extraction's time on WCXB's dev pages.  The page's ids and classes,
#: read in one pass, rarely hold any of these words, and where none does, an expression can
#: match no element and its prune deletes nothing: it is not asked.  An expression not named
#: here is always asked.
_NECESSARY = {
    # infinite-scroll containers: 'mvp-post-add-(?:box|wrap)|infinite-?scroll'
    "mvp-post-add": ("mvp-post-add-", "infinite"),
    # share buttons: contains(@class, 'elementor-share-buttons')
    "elementor-share-buttons": ("elementor-share-buttons",),
    # comment containers: '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)' (id),
    # '^[Cc]omment(?!ary)|(?:article|post)-comments' (class)
    "disqus_thread": ("omment", "comol", "disqus_thread"),
}
_IDS_AND_CLASSES = etree.XPath("//@id | //@class", smart_strings=False)


@cache
def _needs() -> dict[str, tuple[str, ...]]:
    """Each raw-tree prune's expression text → the words one of which it needs (above)."""
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    needs = {}
    for expression in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH):
        for marker, words in _NECESSARY.items():
            if marker in expression.path:
                needs[expression.path] = words
    return needs


def _prune(tree: Any, expressions: list[Any], names: str) -> None:
    """trafilatura's ``prune_unwanted_nodes(tree, expressions)``, each expression asked only
    where the page's ids and classes (``names``, read before any prune: a prune only removes
    names) hold a word it needs (:data:`_NECESSARY`)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    needs = _needs()
    for expression in expressions:
        words = needs.get(expression.path)
        if words is None or any(word in names for word in words):
            prune_unwanted_nodes(tree, [expression])


def _pruned(tree: Any) -> Any:
    """A copy of the page with trafilatura's raw-tree prunes applied (what its cascade reads)."""
    from trafilatura.core import _forum_thread_page
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH

    work = copy(tree)
    is_forum = _forum_thread_page(work)
    names = "\n".join(_IDS_AND_CLASSES(work))
    _prune(work, RAW_TREE_PRUNE_XPATH, names)
    # comments off, recall focus: comment containers and lists go unless posts are the content
    if not is_forum:
        _prune(work, twins()["REMOVE_COMMENTS_AND_LISTS_XPATH"], names)
    return work


@cache
def _main_pass() -> Callable[[Any, Any], tuple[Any, str]]:
    """trafilatura's ``extract_content``, its own code, reading the expressions it tests ids and
    classes with through their Python twins (:mod:`.twins`: the same elements, a fraction of
    the time).

    Its functions are made again from their code with a copy of their module's globals in
    which the expression lists are the twins' (``extract_content`` calls ``_extract`` and
    ``recover_wild_text``, which call ``prune_unwanted_sections``): trafilatura itself, and
    any other caller of it, is left as it is."""
    from trafilatura import main_extractor

    namespace = dict(vars(main_extractor))
    namespace.update(twins())
    for name in ("prune_unwanted_sections", "_extract", "recover_wild_text", "extract_content"):
        original = getattr(main_extractor, name)
        remade = FunctionType(
            original.__code__, namespace, original.__name__, original.__defaults__,
            original.__closure__,
        )  # fmt: skip
        remade.__kwdefaults__ = original.__kwdefaults__
        namespace[name] = remade
    return namespace["extract_content"]  # type: ignore[no-any-return]


def fast_recall_body(tree: Any, url: str | None) -> Any | None:
    """trafilatura's XML body of the page in its fast recall pass, or ``None`` when it finds no
    text (``bare_extraction`` then returns no document).  ``tree`` is left as it is."""
    from lxml.etree import strip_tags
    from trafilatura.baseline import baseline
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    options = _options(url)
    cleaned = convert_tags(tree_cleaning(_pruned(tree), options), options, url)
    body, text = _main_pass()(cleaned, options)
    if len(text) < options.min_extracted_size:
        # the rescue reads the pruned page before cleaning: made again (cleaning changed it)
        rescue, rescue_text, rescue_length = baseline(_pruned(tree))
        if rescue_length > len(text):
            body, text = rescue, rescue_text
    if options.max_tree_size:  # (unset in trafilatura's own settings)
        if len(body) > options.max_tree_size:
            strip_tags(body, "hi")
        if len(body) > options.max_tree_size:
            return None
    # (no comments are read: their length is 0)
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None
    return body


__all__ = ["fast_recall_body"]
