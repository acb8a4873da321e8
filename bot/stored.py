"""Saving and loading a trained component's state in Rasa's model storage (one pickle)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage

NOTHING = object()  # what ``load`` gives for a component that was never trained


def save(storage: ModelStorage, resource: Resource, name: str, state: Any) -> None:
    with storage.write_to(resource) as directory, (Path(directory) / name).open("wb") as handle:
        pickle.dump(state, handle)


def load(storage: ModelStorage, resource: Resource, name: str) -> Any:
    """The saved state, or ``NOTHING`` when the model holds none for this component."""
    try:
        with storage.read_from(resource) as directory, (Path(directory) / name).open("rb") as f:
            return pickle.load(f)  # noqa: S301 (our own model file)
    except ValueError:  # Rasa: no such resource in this model
        return NOTHING
