"""Fixtures for action tests: the real domain, a real directory, trackers as Rasa sends them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from ruamel.yaml import YAML

from actions.directory_client import use_directory
from directory.store import Directory
from tests.factories import make_service, write_feed

ROOT = Path(__file__).resolve().parent.parent.parent
# Real places around KT1 3LY (Kingston town centre).
NORBITON = (51.4128, -0.2840)
SURBITON = (51.3937, -0.3036)
TOLWORTH = (51.3792, -0.2820)
BERRYLANDS = (51.3988, -0.2807)


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return YAML(typ="safe").load((ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
async def directory(tmp_path: Path) -> Iterator[Directory]:
    instance = Directory.from_url(f"sqlite:///{tmp_path / 'directory.sqlite3'}")
    instance.setup()
    feed = write_feed(
        tmp_path / "feed.json",
        [
            make_service("Norbiton Food Bank", lat=NORBITON[0], lon=NORBITON[1]),
            make_service("Surbiton Pantry", lat=SURBITON[0], lon=SURBITON[1]),
            make_service("Berrylands Fridge", lat=BERRYLANDS[0], lon=BERRYLANDS[1]),
            make_service("Tolworth Kitchen", lat=TOLWORTH[0], lon=TOLWORTH[1]),
            make_service(
                "Kingston Debt Clinic", needs=("money_debt",), lat=NORBITON[0], lon=NORBITON[1]
            ),
        ],
    )
    report = await instance.import_feed(feed)
    assert report.ok
    use_directory(instance)
    yield instance
    use_directory(None)


@pytest.fixture
def broken_directory(tmp_path: Path) -> Iterator[Directory]:
    """A directory whose database cannot be opened: a real failure, not a patched one."""
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database, as after a bad disk or a half-copied file")
    instance = Directory.from_url(f"sqlite:///{path}")
    use_directory(instance)
    yield instance
    use_directory(None)


def tracker(
    *,
    text: str = "",
    intent: str = "find_service",
    entities: list[dict] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict] | None = None,
    channel: str = "webchat",
    metadata: dict | None = None,
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities or [],
        "metadata": metadata or {},
    }
    user_event = {
        "event": "user",
        "text": text,
        "parse_data": latest,
        "input_channel": channel,
        "metadata": metadata or {},
    }
    return Tracker(
        "test-conversation",
        slots or {},
        latest,
        [*(events or []), user_event],
        False,
        None,
        {},
        "action_listen",
    )


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [message["response"] for message in dispatcher.messages]


def slot_events(events: list[dict]) -> dict[str, Any]:
    return {event["name"]: event["value"] for event in events if event["event"] == "slot"}
