"""Which pages of the held-out CleanEval set are another set's page (run once, when the rule was
written; the ids it prints are ``extraction_sets.CLEANEVAL_OVERLAP``).

    source env; python benchmarks/extraction_overlap.py

A CleanEval page overlaps when its HTML (the organisers' wrapper removed) is byte-identical
(sha256) to a page of any other set here, or when its URL, normalised (:func:`url_key`), is the
URL of a page of scrapinghub, the WCEB subsets, trafilatura-eval or WCXB.  Prints ids and counts
only, never a page's text.
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


def other_urls() -> set[str]:
    out: set[str] = set()
    for name in sets.SETS:
        if sets.available(name):
            truth = json.loads((sets._set_dir(name) / "ground-truth.json").read_text("utf-8"))
            out |= {url_key(str(v.get("url"))) for v in truth.values() if v.get("url")}
    trafeval = sets.trafeval_dir()
    if trafeval is not None and (trafeval / "evaldata.json").is_file():
        data = json.loads((trafeval / "evaldata.json").read_text("utf-8"))
        out |= {url_key(str(k)) for k in data}
        out |= {url_key(str(v.get("url"))) for v in data.values() if v.get("url")}
    wcxb = sets.wcxb_dir()
    if wcxb is not None:
        for truth_file in wcxb.glob("*/ground-truth/*.json"):
            url = json.loads(truth_file.read_text("utf-8")).get("url")
            if url:
                out.add(url_key(str(url)))
    return out


def other_hashes() -> set[str]:
    out: set[str] = set()
    for name in (*sets.SETS, *sets.EXTRA_SETS):
        if name == "cleaneval" or not sets.available(name):
            continue
        parts: tuple[str | None, ...] = (None,)
        for part in parts:
            for page in sets.pages(name, part):
                out.add(hashlib.sha256(page.html).hexdigest())
    return out


def main() -> None:
    urls, hashes = other_urls(), other_hashes()
    print(f"other sets: {len(urls)} URLs, {len(hashes)} pages")
    overlap: list[str] = []
    n = 0
    for page_id, page, _ in sets.cleaneval_candidates():
        n += 1
        raw = page.read_bytes()
        same_page = hashlib.sha256(sets.cleaneval_html(raw)).hexdigest() in hashes
        same_url = url_key(sets.cleaneval_url(raw)) in urls
        if same_page or same_url:
            overlap.append(page_id)
            print(f"{page_id}: {'same page' if same_page else ''} {'same URL' if same_url else ''}")
    print(f"{n} CleanEval pages with a gold, {len(overlap)} overlap: {sorted(overlap)}")


if __name__ == "__main__":
    main()
