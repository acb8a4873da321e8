"""Run a short Python script in the engine environment (Rasa lives only there).

Tests of code that runs inside Rasa start one such script and check the JSON object it
prints last.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ENGINE_PY = ROOT / ".venv-engine" / "bin" / "python"

needs_engine = pytest.mark.skipif(not ENGINE_PY.exists(), reason="no engine environment")


def run_in_engine(script: str, stdin: str | None = None) -> Any:
    """The last line the script printed, as JSON; fails the test if the script fails."""
    done = subprocess.run(
        [str(ENGINE_PY), "-c", script],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={
            "PYTHONPATH": str(ROOT),
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "RASA_TELEMETRY_ENABLED": "false",
        },
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
