"""Where batch inputs and outputs live: local paths, or any URI pyarrow's filesystem layer reads.

One code path for both, so a run on a laptop and a run on a Ray cluster reading from object
storage (``s3://…``, ``gs://…``, ``hdfs://…``) behave alike.  Writes are atomic: a file is
written under a temporary name and moved into place, so a reader (or a resumed run) never sees
half a shard.  On object stores a single upload is already all-or-nothing.
"""

from __future__ import annotations

import io
import os
import uuid
from dataclasses import dataclass

import pyarrow.fs as pafs

from ..errors import ConfigError, InputError


@dataclass(frozen=True)
class Location:
    """A filesystem and a path on it."""

    fs: pafs.FileSystem
    path: str
    #: what the user wrote, for messages
    given: str

    def child(self, *parts: str) -> Location:
        return Location(self.fs, "/".join([self.path.rstrip("/"), *parts]), self.given)


def locate(uri: str) -> Location:
    """Resolve a local path or a URI (``s3://bucket/x``) to a :class:`Location`."""
    if "://" not in uri:
        return Location(pafs.LocalFileSystem(), os.path.abspath(uri), uri)
    try:
        fs, path = pafs.FileSystem.from_uri(uri)
    except (ValueError, OSError) as exc:  # pyarrow: unknown scheme, or a filesystem it lacks
        raise ConfigError(
            f"cannot open {uri}: {exc}",
            hint="give a local path, or an s3://, gs:// or hdfs:// URI pyarrow can reach",
        ) from exc
    return Location(fs, path, uri)


def kind_of(loc: Location) -> str:
    """``file``, ``dir`` or ``missing``."""
    info = loc.fs.get_file_info(loc.path)
    if info.type == pafs.FileType.File:
        return "file"
    if info.type == pafs.FileType.Directory:
        return "dir"
    return "missing"


def list_files(loc: Location) -> list[str]:
    """Every file below a folder, sorted, as paths on the same filesystem."""
    infos = loc.fs.get_file_info(pafs.FileSelector(loc.path, recursive=True))
    return sorted(i.path for i in infos if i.type == pafs.FileType.File)


def open_input(loc: Location) -> io.BufferedReader:
    """A seekable, buffered binary file (with ``readline``, which pyarrow's own files lack)."""
    try:
        return io.BufferedReader(loc.fs.open_input_file(loc.path))
    except (OSError, FileNotFoundError) as exc:
        raise InputError(f"cannot read {loc.given}: {exc}", hint="check the path") from exc


def read_bytes(loc: Location) -> bytes:
    with open_input(loc) as fh:
        return fh.read()


def write_atomic(loc: Location, data: bytes) -> None:
    """Write ``data`` to ``loc`` so that the file is either absent or whole."""
    parent = loc.path.rsplit("/", 1)[0]
    loc.fs.create_dir(parent, recursive=True)
    tmp = f"{parent}/.tmp-{uuid.uuid4().hex}"
    with loc.fs.open_output_stream(tmp) as out:
        out.write(data)
    loc.fs.move(tmp, loc.path)


def exists(loc: Location) -> bool:
    return kind_of(loc) != "missing"
