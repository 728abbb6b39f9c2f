"""The rows a batch writes: one per article (with the full article JSON), and flat tables of
quotes, speakers and claims for analysts who want them without parsing JSON, plus errors.

Columns of the flat tables follow the article dataclasses' own fields (lists and nested values
as JSON text), so a field added to ``Quote`` or ``Claim`` appears here without a second list to
keep in step.  Every table has an explicit Arrow schema, so an empty shard writes the same
columns as a full one and shards concatenate.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..article import Article, Claim, Quote, Speaker

if TYPE_CHECKING:
    from .process import ShardResult

TABLES = ("articles", "quotes", "speakers", "claims", "errors")

_ARTICLE_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("record", pa.string()),
    ("input", pa.string()),
    ("shard", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("language", pa.string()),
    ("site", pa.string()),
    ("published", pa.string()),
    ("word_count", pa.int64()),
    ("content_hash", pa.string()),
    ("quotes", pa.int64()),
    ("claims", pa.int64()),
    ("article_json", pa.string()),
]
_ERROR_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("record", pa.string()),
    ("shard", pa.string()),
    ("url", pa.string()),
    ("step", pa.string()),
    ("error", pa.string()),
]
_KEYS: list[tuple[str, pa.DataType]] = [("record", pa.string()), ("shard", pa.string())]
_FLAT = {"quotes": Quote, "speakers": Speaker, "claims": Claim}


@cache
def schema(table: str) -> pa.Schema:
    if table == "articles":
        return pa.schema(_ARTICLE_COLUMNS)
    if table == "errors":
        return pa.schema(_ERROR_COLUMNS)
    cls = _FLAT[table]
    hints = typing.get_type_hints(cls)
    columns = [(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]
    return pa.schema(_KEYS + columns)


def _arrow_type(tp: Any) -> pa.DataType:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return _arrow_type(args[0]) if len(args) == 1 else pa.string()
    if typing.get_origin(tp) is typing.Literal:
        return pa.string()
    return {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string()}.get(
        tp, pa.string()
    )


def _flat(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return json.dumps(value, ensure_ascii=False)


def add_article(result: ShardResult, record: str, input_name: str, article: Article) -> None:
    data = article.to_dict()
    m = article.metadata
    result.articles.append(
        {
            "record": record,
            "input": input_name,
            "shard": result.shard,
            "url": m.url,
            "title": article.title,
            "language": article.language,
            "site": m.site,
            "published": m.published,
            "word_count": article.word_count,
            "content_hash": article.content_hash,
            "quotes": len(article.quotes),
            "claims": len(article.claims),
            "article_json": json.dumps(data, ensure_ascii=False, sort_keys=True),
        }
    )
    for table in ("quotes", "speakers", "claims"):
        rows = getattr(result, table)
        for item in data[table]:
            rows.append(
                {"record": record, "shard": result.shard} | {k: _flat(v) for k, v in item.items()}
            )


def error_row(shard: str, record: str, url: str | None, step: str, error: str) -> dict[str, Any]:
    return {"record": record, "shard": shard, "url": url, "step": step, "error": error}


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    names = schema(table).names
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=schema(table))
