"""Stable record ids: a UUID derived from the feed and the feed's own id.

Two feeds may reuse the same ids (the ORUK validator fixtures all share a few), so the
feed's id cannot be our primary key. Deriving ours with uuid5 keeps re-imports idempotent
(the same record always gets the same id) and keeps ids valid ORUK UUIDs when published.
"""

from __future__ import annotations

import uuid

RECORD_NAMESPACE = uuid.UUID("0b4a9a52-54c4-4b8e-8f0e-6f1c9d7f3a21")


def record_id(source: str, kind: str, source_id: str) -> str:
    """Our id for record ``source_id`` of type ``kind`` (e.g. "service") in feed ``source``."""
    return str(uuid.uuid5(RECORD_NAMESPACE, f"{source}\x1f{kind}\x1f{source_id}"))


def child_id(parent_id: str, kind: str, index_or_id: str | int) -> str:
    """Id for a record that only exists inside its parent (a service's phone or schedule)."""
    return str(uuid.uuid5(RECORD_NAMESPACE, f"{parent_id}\x1f{kind}\x1f{index_or_id}"))
