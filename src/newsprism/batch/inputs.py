"""Batch inputs: what each kind holds, how it is cut into shards, and how a shard is read back.

Kinds: WARC (``.warc``, ``.warc.gz``: response and resource records), JSON Lines (one object a
line with ``url`` and ``html`` or ``text``), CSV of URLs (a ``url`` column, else the first one),
folders of saved pages, single pages, and ``@list`` files naming any of these, one a line.

A shard is a small, self-describing piece of one input (a byte offset and a record count, or a
list of files or URLs), so that a worker on any machine can read it alone and a run can be
resumed shard by shard.  Planning reads each WARC and JSON Lines file once, headers only for
WARC; it records where every ``shard_size``-th record starts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import Message
from typing import Any

from ..errors import ConfigError, InputError
from . import storage

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".txt")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(frozen=True)
class Shard:
    id: str
    input: str
    kind: str  # warc | jsonl | csv | files
    #: byte offset where the shard's first record starts (warc, jsonl)
    start: int = 0
    #: records to pass over after seeking (a WARC gzipped as one stream cannot be sought into)
    skip: int = 0
    count: int = 0
    #: the URLs (csv) or paths (files) of the shard
    items: tuple[str, ...] = ()
    #: the first record's ordinal in its input (1-based line or row numbers in keys)
    first: int = 1

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "input": self.input,
            "kind": self.kind,
            "start": self.start,
            "skip": self.skip,
            "count": self.count,
            "items": list(self.items),
            "first": self.first,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Shard:
        return cls(
            id=str(d["id"]),
            input=str(d["input"]),
            kind=str(d["kind"]),
            start=int(d["start"]),
            skip=int(d["skip"]),
            count=int(d["count"]),
            items=tuple(d["items"]),
            first=int(d["first"]),
        )


@dataclass(frozen=True)
class Record:
    """One item of an input, before reading: raw bytes (HTML or text) or a URL to fetch."""

    key: str
    url: str | None = None
    body: bytes | None = None
    #: the charset the HTTP response or the JSON declared
    charset: str | None = None
    #: set when the record is not an article (an image, a 404): counted as skipped, with why
    skip_reason: str | None = None
    #: set when the record itself could not be read
    error: str | None = None
    #: when the archive fetched it (``WARC-Date``, ISO 8601 UTC): the time its text was the
    #: page's, kept as the article's ``fetched`` (a revision's time in the library, not the
    #: import's)
    fetched: str | None = None


@dataclass
class Plan:
    shards: list[Shard] = field(default_factory=list)
    #: inputs (or parts of them) that could not be read at all, with the reason
    problems: list[tuple[str, str]] = field(default_factory=list)


def plan(inputs: list[str], shard_size: int) -> Plan:
    """Cut every input into shards of at most ``shard_size`` records, in input order."""
    if shard_size < 1:
        raise ConfigError("--shard-size must be at least 1")
    result = Plan()
    for given in _expand_lists(inputs):
        loc = storage.locate(given)
        what = storage.kind_of(loc)
        if what == "missing":
            raise InputError(f"no such input: {given}", hint="check the path")
        if what == "dir":
            pages = [p for p in storage.list_files(loc) if p.lower().endswith(PAGE_SUFFIXES)]
            warcs = [p for p in storage.list_files(loc) if p.lower().endswith(WARC_SUFFIXES)]
            for w in warcs:
                _plan_file(storage.locate(_rejoin(loc, w)), shard_size, result)
            for i in range(0, len(pages), shard_size):
                chunk = tuple(_rejoin(loc, p) for p in pages[i : i + shard_size])
                _add(result, Shard("", given, "files", count=len(chunk), items=chunk, first=i + 1))
            continue
        _plan_file(loc, shard_size, result)
    result.shards = [replace(s, id=f"{i:05d}") for i, s in enumerate(result.shards)]
    return result


def _rejoin(parent: storage.Location, path: str) -> str:
    """A path found under ``parent`` in the form the user gave ``parent`` (local or URI)."""
    if "://" not in parent.given:
        return path
    scheme = parent.given.split("://", 1)[0]
    return f"{scheme}://{path}"


def _add(result: Plan, shard: Shard) -> None:
    if shard.count:
        result.shards.append(shard)


def _expand_lists(inputs: list[str]) -> Iterator[str]:
    for given in inputs:
        if given.startswith("@"):
            text = storage.read_bytes(storage.locate(given[1:])).decode("utf-8", "replace")
            for line in text.splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    yield line
        else:
            yield given


def _plan_file(loc: storage.Location, shard_size: int, result: Plan) -> None:
    name = loc.path.lower()
    if name.endswith(WARC_SUFFIXES):
        _plan_warc(loc, shard_size, result)
    elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        _plan_jsonl(loc, shard_size, result)
    elif name.endswith(".csv"):
        urls = _csv_urls(loc)
        for i in range(0, len(urls), shard_size):
            chunk = tuple(urls[i : i + shard_size])
            _add(result, Shard("", loc.given, "csv", count=len(chunk), items=chunk, first=i + 1))
    elif name.endswith(PAGE_SUFFIXES):
        _add(result, Shard("", loc.given, "files", count=1, items=(loc.given,)))
    else:
        raise InputError(
            f"cannot tell what {loc.given} holds",
            hint="batch reads .warc/.warc.gz, .jsonl, .csv, saved pages (.html, .txt) and folders",
        )


# -- WARC ------------------------------------------------------------------------------------


def _is_article_record(rec_type: str) -> bool:
    return rec_type in ("response", "resource")


def _plan_warc(loc: storage.Location, shard_size: int, result: Plan) -> None:
    from warcio.archiveiterator import ArchiveIterator

    starts: list[tuple[int, int]] = []  # (byte offset, records to skip after seeking)
    seekable = True
    n = 0
    try:
        with storage.open_input(loc) as fh:
            it = ArchiveIterator(fh, no_record_parse=True)
            for record in it:
                if not _whole(record):  # only the last record can be cut short: the file ends
                    result.problems.append(
                        (loc.given, f"unreadable after record {n}: the file ends inside a record")
                    )
                    break
                if _is_article_record(record.rec_type):
                    if n % shard_size == 0:
                        starts.append((it.get_record_offset(), 0))
                    n += 1
    except Exception as exc:  # warcio raises plain Exceptions for broken archives
        result.problems.append((loc.given, f"unreadable after record {n}: {_short(exc)}"))
    if loc.path.lower().endswith(".gz") and not _per_record_gzip(loc):
        seekable = False
    for i, (offset, _) in enumerate(starts):
        count = min(shard_size, n - i * shard_size)
        start, skip = (offset, 0) if seekable else (0, i * shard_size)
        _add(
            result,
            Shard(
                "",
                loc.given,
                "warc",
                start=start,
                skip=skip,
                count=count,
                first=i * shard_size + 1,
            ),
        )


def _whole(record: Any) -> bool:
    """Whether the record's block is as long as its Content-Length says (warcio yields a record
    cut off by the end of a truncated file as if it were whole).  A record without a length is
    one whose header the file's end cut off (WARC and ARC both require the length): warcio
    yields it with an empty block, and reading it then stops the archive without an error."""
    if record.length is None:
        return False
    got = 0
    while chunk := record.raw_stream.read(1 << 16):
        got += len(chunk)
    return bool(got >= (record.length or 0))


def _per_record_gzip(loc: storage.Location) -> bool:
    """Whether a ``.warc.gz`` is gzipped record by record (the standard), so offsets can be sought.

    A file gzipped as one stream has a single member: after the first record's member ends there
    is no new gzip header.  We decompress the first member and look at what follows it.
    """
    import zlib

    with storage.open_input(loc) as fh:
        head = fh.read(4 << 20)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        d.decompress(head)
    except zlib.error:
        return False
    return d.eof and (d.unused_data[:2] == b"\x1f\x8b" or not d.unused_data)


def read_warc(shard: Shard, max_bytes: int) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    loc = storage.locate(shard.input)
    taken = seen = 0
    with storage.open_input(loc) as fh:
        fh.seek(shard.start)
        it = ArchiveIterator(fh)
        ordinal = shard.first - 1
        try:
            for record in it:
                if not _is_article_record(record.rec_type):
                    continue
                if seen < shard.skip:
                    seen += 1
                    continue
                ordinal += 1
                yield _warc_record(record, f"{shard.input}#{ordinal}", max_bytes)
                taken += 1
                if taken >= shard.count:
                    return
        except Exception as exc:
            yield Record(key=f"{shard.input}#{ordinal + 1}", error=f"broken WARC: {_short(exc)}")
            return
    if taken < shard.count:
        # warcio ends quietly on some damage (a record header cut short): the records planned
        # and not read must still be counted, or the run would report success with them lost
        yield Record(
            key=f"{shard.input}#{ordinal + 1}",
            error=f"the archive ends after record {ordinal}, before the "
            f"{shard.count - taken} more this shard planned (changed or cut since planning?)",
        )


def _warc_record(rec: Any, key: str, max_bytes: int) -> Record:
    """A warcio ``ArcWarcRecord`` (untyped) as a Record: the page, or why it is skipped."""
    url = rec.rec_headers.get_header("WARC-Target-URI")
    http = rec.http_headers
    content_type = ""
    if http is not None:
        status = http.get_statuscode()
        if status and not str(status).startswith("2"):
            return Record(key=key, url=url, skip_reason=f"HTTP status {status}")
        content_type = http.get_header("Content-Type") or ""
    elif rec.rec_type == "resource":
        content_type = rec.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and not (mime in ("text/html", "application/xhtml+xml") or mime.startswith("text/")):
        return Record(key=key, url=url, skip_reason=f"not a page ({mime})")
    try:
        body = rec.content_stream().read(max_bytes + 1)
    except Exception as exc:
        return Record(key=key, url=url, error=f"cannot unpack the response body: {_short(exc)}")
    if len(body) > max_bytes:
        return Record(
            key=key, url=url, error=f"the body is more than the {max_bytes // 2**20} MB limit"
        )
    fetched = rec.rec_headers.get_header("WARC-Date") or None
    return Record(key=key, url=url, body=body, charset=_charset(content_type), fetched=fetched)


def _charset(content_type: str) -> str | None:
    if not content_type:
        return None
    msg = Message()
    msg["content-type"] = content_type
    value = msg.get_param("charset")
    return value if isinstance(value, str) else None


# -- JSON Lines --------------------------------------------------------------------------------


def _plan_jsonl(loc: storage.Location, shard_size: int, result: Plan) -> None:
    if loc.path.lower().endswith(".gz"):
        raise InputError(
            f"{loc.given}: gzipped JSON Lines cannot be cut into shards",
            hint="unpack it first (gunzip -k FILE)",
        )
    offset = n = 0
    starts: list[int] = []
    with storage.open_input(loc) as fh:
        for line in fh:
            if line.strip():
                if n % shard_size == 0:
                    starts.append(offset)
                n += 1
            offset += len(line)
    for i, start in enumerate(starts):
        count = min(shard_size, n - i * shard_size)
        _add(
            result,
            Shard("", loc.given, "jsonl", start=start, count=count, first=i * shard_size + 1),
        )


def read_jsonl(shard: Shard, max_bytes: int) -> Iterator[Record]:
    loc = storage.locate(shard.input)
    with storage.open_input(loc) as fh:
        fh.seek(shard.start)
        ordinal = shard.first - 1
        for line in fh:
            if not line.strip():
                continue
            ordinal += 1
            yield _jsonl_record(line, f"{shard.input}:{ordinal}", max_bytes)
            if ordinal - shard.first + 1 >= shard.count:
                return


def _jsonl_record(line: bytes, key: str, max_bytes: int) -> Record:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Record(key=key, error=f"not a JSON object: {_short(exc)}")
    if not isinstance(obj, dict):
        return Record(key=key, error="not a JSON object")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    content = obj.get("html", obj.get("text"))
    if content is None:
        if url:
            return Record(key=key, url=url)  # fetched by the worker, like a CSV row
        return Record(key=key, error='the object has no "html", "text" or "url"')
    if not isinstance(content, str):
        return Record(key=key, url=url, error='"html"/"text" is not a string')
    body = content.encode("utf-8", "surrogatepass")
    if len(body) > max_bytes:
        return Record(key=key, url=url, error=f"more than the {max_bytes // 2**20} MB limit")
    return Record(key=key, url=url, body=body, charset="utf-8")


# -- CSV of URLs and files ---------------------------------------------------------------------


def _csv_urls(loc: storage.Location) -> list[str]:
    text = storage.read_bytes(loc).decode("utf-8-sig", "replace")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    if "url" in header:
        col, body = header.index("url"), rows[1:]
    else:
        col, body = 0, rows
    return [r[col].strip() for r in body if len(r) > col and r[col].strip()]


def read_items(shard: Shard) -> Iterator[Record]:
    """CSV rows and files: the worker fetches or reads each one itself."""
    for i, item in enumerate(shard.items):
        if shard.kind == "csv":
            yield Record(key=f"{shard.input}:{shard.first + i}", url=item)
        else:
            yield Record(key=item)


def read_shard(shard: Shard, max_bytes: int) -> Iterator[Record]:
    if shard.kind == "warc":
        return read_warc(shard, max_bytes)
    if shard.kind == "jsonl":
        return read_jsonl(shard, max_bytes)
    return read_items(shard)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]
