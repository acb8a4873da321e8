"""The interface every feed reader implements, and the registry that finds one for a feed.

A reader turns a feed (a file, a folder or a URL) into HSDS 3.0 service records (nested
dicts, as in ORUK 3.0 ``service_full``) and says whether it read the *whole* feed (so
services missing from it can be marked withdrawn). Readers never touch the database: the
writer does, so every format gets the same storage rules.

To add a format: subclass :class:`Reader`, decorate it with :func:`register`, and document
it in the README's importer table (a test checks the table lists every registered reader).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

from directory.importers.fetch import Fetcher


@dataclass
class FeedContent:
    records: list[Any]
    full_feed: bool
    # Problems found while reading (e.g. a CSV row that points at no service), by record id.
    problems: list[tuple[str, str]] = field(default_factory=list)


class Reader(ABC):
    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def accepts(self, location: str, document: Any | None) -> bool:
        """Whether this reader understands ``location`` (``document``: its JSON, if JSON)."""

    @abstractmethod
    async def read(self, location: str, document: Any | None, fetch: Fetcher) -> FeedContent:
        """Read every record of the feed (following pages for URLs)."""


READERS: dict[str, Reader] = {}


def register(cls: type[Reader]) -> type[Reader]:
    READERS[cls.name] = cls()
    return cls


class UnknownFormatError(ValueError):
    """No reader recognises a feed."""


def find_reader(location: str, document: Any | None, name: str | None = None) -> Reader:
    if name is not None:
        try:
            return READERS[name]
        except KeyError:
            raise UnknownFormatError(
                f"unknown importer {name!r}; choose one of {', '.join(sorted(READERS))}"
            ) from None
    for reader in READERS.values():
        if reader.accepts(location, document):
            return reader
    raise UnknownFormatError(
        f"{location}: not a feed any importer recognises "
        f"({', '.join(sorted(READERS))}); pass --importer to choose one"
    )
