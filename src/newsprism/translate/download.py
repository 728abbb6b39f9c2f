"""Download a package named in the Argos Translate package index (only when asked, only online).

The index (a JSON list of package entries with ``from_code``, ``to_code``, ``package_version`` and
download ``links``) carries no checksums, so integrity is checked three ways: a SHA-256 the user
gives (``--sha256``) or one the index entry gives, when either exists; the CRC-32 of every file in
the zip; and the package layout.  The SHA-256 of what was downloaded is always reported so it can
be pinned next time.  Every host on the way (redirects included) must be a public address.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FetchError, ModelDownloadError, ModelMissingError

INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
#: an index or package bigger than this is not what we asked for
MAX_INDEX_BYTES = 10 << 20
MAX_PACKAGE_BYTES = 2 << 30

if TYPE_CHECKING:
    import httpx

#: ``progress(bytes_done, bytes_total_or_None)``
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class IndexEntry:
    code: str
    source: str
    target: str
    version: str
    links: tuple[str, ...]
    sha256: str | None


def index_url() -> str:
    return os.environ.get("NEWSPRISM_ARGOS_INDEX", INDEX_URL)


def find_entry(entries: list[dict[str, Any]], source: str, target: str) -> IndexEntry:
    for entry in entries:
        if entry.get("from_code") == source and entry.get("to_code") == target:
            links = tuple(
                link for link in entry.get("links", []) if str(link).startswith("https://")
            )
            checksum = entry.get("sha256") or entry.get("checksum")
            return IndexEntry(
                code=str(entry.get("code") or f"translate-{source}_{target}"),
                source=source,
                target=target,
                version=str(entry.get("package_version", "")),
                links=links,
                sha256=str(checksum).lower() if checksum else None,
            )
    raise ModelMissingError(
        f"the Argos package index has no {source}→{target} package",
        hint="see https://www.argosopentech.com/argospm/index/ for the language pairs it offers",
    )


def fetch_index(client: httpx.Client | None = None) -> list[dict[str, Any]]:
    import json

    url = index_url()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.json"
        _download(url, path, MAX_INDEX_BYTES, None, "the Argos package index", client)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelDownloadError(f"the package index at {url} is not valid JSON") from exc
    if not isinstance(data, list):
        raise ModelDownloadError(f"the package index at {url} is not a list of packages")
    return [e for e in data if isinstance(e, dict)]


def download_package(
    entry: IndexEntry,
    dest: Path,
    *,
    sha256: str | None = None,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Download ``entry`` into ``dest``; return the SHA-256 of the file (checked if one is known)."""
    if not entry.links:
        raise ModelDownloadError(f"the index gives no https link for {entry.code}")
    expected = (sha256 or entry.sha256 or "").lower() or None
    errors = []
    for link in entry.links:
        try:
            digest = _download(link, dest, MAX_PACKAGE_BYTES, progress, entry.code, client)
        except FetchError as exc:
            errors.append(f"{link}: {exc.message}")
            continue
        if expected and digest != expected:
            dest.unlink(missing_ok=True)
            raise ModelDownloadError(
                f"{entry.code} from {link} has SHA-256 {digest}, expected {expected}",
                hint="the file was damaged or replaced on the way; try again later, or check the checksum you gave",
            )
        return digest
    raise ModelDownloadError(f"could not download {entry.code}: {'; '.join(errors)}")


def _download(
    url: str,
    dest: Path,
    limit: int,
    progress: Progress | None,
    what: str,
    client: httpx.Client | None = None,
) -> str:
    """Stream ``url`` into ``dest``; return its SHA-256.  ``client`` is for tests."""
    import httpx

    digest = hashlib.sha256()
    http = client or _public_client()
    try:
        with http.stream("GET", url) as response:
            response.raise_for_status()
            total = int(response.headers.get("content-length", 0)) or None
            if total and total > limit:
                raise ModelDownloadError(f"{what} is {total} bytes, more than the {limit} expected")
            done = 0
            with dest.open("wb") as out:
                for chunk in response.iter_bytes(1 << 16):
                    done += len(chunk)
                    if done > limit:
                        raise ModelDownloadError(
                            f"{what} is larger than the {limit} bytes expected"
                        )
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(done, total)
    except ModelDownloadError:
        raise
    except httpx.HTTPStatusError as exc:
        raise ModelDownloadError(
            f"cannot download {what}: HTTP {exc.response.status_code} from {url}"
        ) from exc
    except httpx.HTTPError as exc:
        raise ModelDownloadError(
            f"cannot download {what} from {url} ({type(exc).__name__}: {exc}); is this machine offline?"
        ) from exc
    except FetchError as exc:  # DNS failure or a private address from check_host
        raise ModelDownloadError(f"cannot download {what}: {exc.message}") from exc
    finally:
        if client is None:
            http.close()
    return digest.hexdigest()


def _public_client() -> httpx.Client:
    import httpx

    from ..fetch import guarded_client

    # the same guard as `read`: every connection, redirects included, is checked at connect time
    return guarded_client(timeout=httpx.Timeout(20.0, read=60.0), follow_redirects=True)
