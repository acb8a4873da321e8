"""Open Referral UK 3.0 / HSDS 3.0 JSON: one service, a list of services, or a paged list.

Shapes seen in the wild (and in the ORUK validator's fixtures):

- a single ``service_full`` object (has ``id`` and ``name``): a partial update;
- a ``service_list`` page ``{"total_pages", "page_number", "contents": [...]}``; from a URL
  we follow ``?page=2..total_pages`` (some feeds' ``total_items`` is wrong, so we trust
  the pages we read, not the count);
- a bare JSON array of services (``service_list_data.json``).

With ``details=True`` each listed service is fetched again from ``{base}/services/{id}``,
since ORUK list endpoints may return services without their locations and schedules.
"""

from __future__ import annotations

import asyncio
from typing import Any

from directory.importers.base import FeedContent, Reader, register
from directory.importers.fetch import Fetcher, FetchError, is_url, with_query

MAX_PAGES = 10_000


def _is_service(document: Any) -> bool:
    return isinstance(document, dict) and "id" in document and "contents" not in document


def _is_page(document: Any) -> bool:
    return isinstance(document, dict) and isinstance(document.get("contents"), list)


@register
class Oruk3Reader(Reader):
    name = "oruk3"
    description = "Open Referral UK 3.0 / HSDS 3.0 JSON: service, service_list pages, arrays"

    def __init__(self, *, details: bool = False, concurrency: int = 4) -> None:
        self.details = details
        self.concurrency = concurrency

    def accepts(self, location: str, document: Any | None) -> bool:
        if isinstance(document, list):
            return all(isinstance(item, dict) and "id" in item for item in document[:5])
        return _is_page(document) or (_is_service(document) and "name" in document)

    async def read(self, location: str, document: Any | None, fetch: Fetcher) -> FeedContent:
        if _is_service(document):
            return FeedContent(records=[document], full_feed=False)
        if isinstance(document, list):
            return FeedContent(records=list(document), full_feed=True)
        assert _is_page(document)
        records = list(document["contents"])
        total_pages = document.get("total_pages")
        if is_url(location) and isinstance(total_pages, int) and total_pages > 1:
            first = document.get("page_number", 1)
            for page in range(int(first) + 1, min(total_pages, MAX_PAGES) + 1):
                next_page = await fetch.get_json(with_query(location, page=page))
                if not _is_page(next_page):
                    raise FetchError(f"{location}: page {page} is not a service_list page")
                records.extend(next_page["contents"])
        if self.details and is_url(location):
            records = await self._fetch_details(location, records, fetch)
        return FeedContent(records=records, full_feed=True)

    async def _fetch_details(self, location: str, records: list[Any], fetch: Fetcher) -> list[Any]:
        base = location.split("?", 1)[0].rstrip("/").removesuffix("/services")
        limit = asyncio.Semaphore(self.concurrency)

        async def one(record: Any) -> Any:
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                return record
            async with limit:
                return await fetch.get_json(f"{base}/services/{record['id']}")

        return list(await asyncio.gather(*(one(record) for record in records)))
