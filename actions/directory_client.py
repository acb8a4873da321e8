"""The action server's handle on the shared directory, opened once on first use.

Searches are synchronous SQLAlchemy calls; actions are async, so each call runs in a worker
thread and the action server keeps answering other conversations meanwhile. Any failure of
the database becomes :class:`DirectoryUnavailable`, which actions turn into a fixed apology
(``utter_directory_unavailable``): a resident never sees an error text.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from directory.settings import DirectorySettings
from directory.store import Directory

logger = logging.getLogger(__name__)
T = TypeVar("T")

_lock = threading.Lock()
_directory: Directory | None = None


class DirectoryUnavailable(RuntimeError):
    """The directory could not answer (database down, locked, missing)."""


def get_directory() -> Directory:
    global _directory  # noqa: PLW0603 (one directory per action-server process)
    with _lock:
        if _directory is None:
            _directory = Directory.from_settings(DirectorySettings.from_env())
        return _directory


def use_directory(directory: Directory | None) -> None:
    """Point the actions at a given directory (tests, or a server that built its own)."""
    global _directory  # noqa: PLW0603
    with _lock:
        _directory = directory


async def ask(question: Callable[[Directory], T]) -> T:
    """Run ``question(directory)`` in a worker thread; database trouble is unavailability."""

    def run() -> T:
        return question(get_directory())

    try:
        return await asyncio.to_thread(run)
    except (SQLAlchemyError, OSError) as error:
        logger.error("directory unavailable: %s", type(error).__name__)
        raise DirectoryUnavailable(str(error)) from error
