"""Which pages of a held-out set are another set's page (run once, when its rule was written; the
ids it prints are ``extraction_sets.CLEANEVAL_OVERLAP`` (round 13) and
``extraction_sets.EVAN_OVERLAP`` (round 14)).

    source env; python benchmarks/extraction_overlap.py [cleaneval|evan-extract|htmltotext|magic-html]

A page overlaps when its HTML (CleanEval's: the organisers' wrapper removed) is byte-identical
(sha256) to a page of any other set here, or when its URL, normalised (:func:`url_key`), is the
URL of a page of scrapinghub, the WCEB subsets, trafilatura-eval, WCXB or (for every set but
CleanEval itself) CleanEval; for magic-html (round 16) the URLs of htmltotext's and evan-extract's
pages too.  Prints ids and counts only, never a page's text.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction_sets as sets  # noqa: E402

_URL_TAIL = re.compile(r"(/|\.html?|\.php)$")


def url_key(url: str) -> str:
    """The URL without scheme, ``www.``, query or fragment, trailing ``/`` or ``.htm(l)``/``.php``."""
    url = re.sub(r"^[a-z]+://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    url = re.split(r"[?#]", url)[0]
    return _URL_TAIL.sub("", url)


def other_urls(held_out: str) -> set[str]:
    out: set[str] = set()
    if held_out != "cleaneval":
        out |= {
            url_key(sets.cleaneval_url(page.read_bytes()))
            for _, page, _ in sets.cleaneval_candidates()
        }
    for name in sets.SETS:
        if sets.available(name):
            truth = json.loads((sets._set_dir(name) / "ground-truth.json").read_text("utf-8"))
            out |= {url_key(str(v.get("url"))) for v in truth.values() if v.get("url")}
    trafeval = sets.trafeval_dir()
    if trafeval is not None and (trafeval / "evaldata.json").is_file():
        data = json.loads((trafeval / "evaldata.json").read_text("utf-8"))
        out |= {url_key(str(k)) for k in data}
        out |= {url_key(str(v.get("url"))) for v in data.values() if v.get("url")}
    if held_out == "magic-html":
        for _, page, _ in (*sets.htmltotext_candidates(), *sets.evan_candidates()):
            out.add(url_key(sets.page_url(page.read_bytes())))
    wcxb = sets.wcxb_dir()
    if wcxb is not None:
        for truth_file in wcxb.glob("*/ground-truth/*.json"):
            url = json.loads(truth_file.read_text("utf-8")).get("url")
            if url:
                out.add(url_key(str(url)))
    return out


def other_hashes(held_out: str) -> set[str]:
    out: set[str] = set()
    for name in (*sets.SETS, *sets.EXTRA_SETS):
        if name == held_out or not sets.available(name):
            continue
        parts: tuple[str | None, ...] = (None,)
        for part in parts:
            for page in sets.pages(name, part):
                out.add(hashlib.sha256(page.html).hexdigest())
    return out


def main() -> None:
    held_out = sys.argv[1] if len(sys.argv) > 1 else "evan-extract"
    urls, hashes = other_urls(held_out), other_hashes(held_out)
    urls.discard("")
    print(f"other sets: {len(urls)} URLs, {len(hashes)} pages")
    overlap: list[str] = []
    n = with_url = 0
    if held_out == "magic-html":  # its URL is in its gold file, not (always) in the page
        candidates = [
            (page_id, page, url) for page_id, page, _, url in sets.magic_html_candidates()
        ]
    else:
        candidates = list(
            {
                "cleaneval": sets.cleaneval_candidates,
                "htmltotext": sets.htmltotext_candidates,
            }.get(held_out, sets.evan_candidates)()
        )
    for page_id, page, given in candidates:
        n += 1
        raw = page.read_bytes()
        if held_out == "cleaneval":
            html, url = sets.cleaneval_html(raw), sets.cleaneval_url(raw)
        elif held_out == "magic-html":
            html, url = raw, str(given)
        else:
            html, url = raw, sets.page_url(raw)
        with_url += bool(url)
        same_page = hashlib.sha256(html).hexdigest() in hashes
        same_url = bool(url) and url_key(url) in urls
        if same_page or same_url:
            overlap.append(page_id)
            print(f"{page_id}: {'same page' if same_page else ''} {'same URL' if same_url else ''}")
    print(
        f"{n} {held_out} pages with a gold ({with_url} with a URL), {len(overlap)} overlap: {sorted(overlap)}"
    )


if __name__ == "__main__":
    main()
