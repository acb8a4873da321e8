"""Read a feed document from a file or over HTTP, patiently but not forever.

Council and charity feeds are often slow or flaky, so HTTP reads have a total timeout, retry
connection errors, timeouts and 5xx/429 answers with exponential backoff, and give up with a
:class:`FetchError` that says which URL failed and why. A 4xx other than 429 is not retried:
asking again will not fix it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import aiohttp

logger = logging.getLogger(__name__)

USER_AGENT = "Signpost-directory-importer/0.1 (+https://signpost.example.org)"


class FetchError(RuntimeError):
    """A feed could not be read; the message says where and why."""


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def with_query(url: str, **params: Any) -> str:
    """``url`` with query parameters set (replacing any of the same name)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({key: str(value) for key, value in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def read_json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise FetchError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise FetchError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise FetchError(f"{path}: not valid JSON (line {error.lineno}: {error.msg})") from None


class Fetcher:
    """GETs JSON documents with retries; use as ``async with Fetcher() as fetch``."""

    def __init__(self, *, timeout: float = 30.0, retries: int = 3, backoff: float = 0.5) -> None:
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.retries = retries
        self.backoff = backoff
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        self._session = aiohttp.ClientSession(
            timeout=self.timeout, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def get_json(self, url: str) -> Any:
        assert self._session is not None, "use Fetcher as an async context manager"
        last_problem = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                async with self._session.get(url) as response:
                    if response.status == 429 or response.status >= 500:
                        last_problem = f"HTTP {response.status}"
                        continue
                    if response.status >= 400:
                        raise FetchError(f"{url}: HTTP {response.status}")
                    body = await response.read()
            except (aiohttp.ClientError, TimeoutError) as error:
                last_problem = f"{type(error).__name__}: {error}".rstrip(": ")
                continue
            try:
                return json.loads(body.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise FetchError(f"{url}: the response is not JSON ({error})") from None
        raise FetchError(f"{url}: gave up after {self.retries + 1} attempts ({last_problem})")
