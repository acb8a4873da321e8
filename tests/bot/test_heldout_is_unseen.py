"""The held-out evaluation messages never appear in the training data."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent.parent
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def normalised(example: str) -> str:
    text = ANNOTATION.sub(r"\1", example)
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def examples(path: Path) -> set[str]:
    found = set()
    for item in YAML(typ="safe").load(path.read_text(encoding="utf-8"))["nlu"]:
        for raw in (item.get("examples") or "").splitlines():
            line = raw.strip()
            if line.startswith("- "):
                found.add(normalised(line[2:]))
    return found


def test_no_evaluation_message_is_in_the_training_data() -> None:
    training = set().union(*(examples(p) for p in (ROOT / "data" / "nlu").glob("*.yml")))
    for path in (ROOT / "tests" / "nlu_eval").glob("*.yml"):
        shared = examples(path) & training
        assert not shared, f"{path.name}: {sorted(shared)[:10]}"
