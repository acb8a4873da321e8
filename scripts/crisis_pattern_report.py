"""How the rule-based crisis detector (bot.crisis_patterns.is_crisis) does on the training
data, the CLINC150 questions and the crisis dev set, without training anything.

    .venv/bin/python scripts/crisis_pattern_report.py [--show-misses] [--show-false]

Reports recall on the examples of intent ``crisis`` in data/nlu/*.yml, the false-positive
rate on every other example there, on CLINC150 (out-of-scope and in-scope lists, when
../shared/data/clinc150-oos/data_full.json exists) and recall and
precision on tests/bot/crisis_dev.yml. It never reads the held-out sets in tests/nlu_eval.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.crisis_patterns import is_crisis  # noqa: E402

NLU = ROOT / "data" / "nlu"
DEV = ROOT / "tests" / "bot" / "crisis_dev.yml"
CLINC = ROOT.parent / "shared" / "data" / "clinc150-oos" / "data_full.json"
_YAML = YAML(typ="safe")
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\{[^}]*\}|\([^)]*\))")


def plain(example: str) -> str:
    """The text of a Rasa example, entity annotations removed."""
    return _ANNOTATION.sub(r"\1", example).strip()


def training_examples() -> list[tuple[str, str, str]]:
    """(file, intent, text) for every intent example in data/nlu."""
    rows = []
    for path in sorted(NLU.glob("*.yml")):
        for block in _YAML.load(path.read_text(encoding="utf-8")).get("nlu", []) or []:
            if "intent" not in block:
                continue
            for raw in str(block.get("examples", "")).splitlines():
                line = raw.strip()
                if line.startswith("- "):
                    rows.append((path.name, block["intent"], plain(line[2:])))
    return rows


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.4f}" if total else "n/a"


def _show(label: str, texts: list[str], show: bool) -> None:
    if show:
        for text in texts:
            print(f"  {label} {text}")


def report_training(show_misses: bool, show_false: bool) -> None:
    rows = training_examples()
    crisis = [t for _, i, t in rows if i == "crisis"]
    other = [f"[{i}] {t}" for _, i, t in rows if i != "crisis" and is_crisis(t)[0]]
    missed = [t for t in crisis if not is_crisis(t)[0]]
    total_other = sum(1 for _, i, _ in rows if i != "crisis")
    print(f"training crisis recall:      {_rate(len(crisis) - len(missed), len(crisis))}")
    print(f"training non-crisis FP rate: {_rate(len(other), total_other)}")
    _show("MISS", missed, show_misses)
    _show("FP  ", other, show_false)


def report_clinc(show_false: bool) -> None:
    if not CLINC.exists():
        return
    data = json.loads(CLINC.read_text(encoding="utf-8"))
    for keys in (("oos_train", "oos_val", "oos_test"), ("train", "val", "test")):
        texts = [text for key in keys for text, _ in data.get(key, [])]
        hits = [t for t in texts if is_crisis(t)[0]]
        print(f"CLINC {'+'.join(keys):20} FP: {_rate(len(hits), len(texts))}")
        _show("FP   clinc:", hits, show_false)


def report_dev(show_misses: bool, show_false: bool) -> None:
    if not DEV.exists():
        return
    dev = _YAML.load(DEV.read_text(encoding="utf-8"))
    positives = list(dev.get("crisis") or [])
    known = [row["text"] for row in dev.get("crisis_known_misses") or []]
    negatives = list(dev.get("not_crisis") or [])
    missed = [t for t in positives if not is_crisis(t)[0]]
    known_caught = [t for t in known if is_crisis(t)[0]]
    false = [t for t in negatives if is_crisis(t)[0]]
    caught = len(positives) - len(missed) + len(known_caught)
    print(f"dev recall (crisis list):    {_rate(len(positives) - len(missed), len(positives))}")
    print(f"dev recall (+ known misses): {_rate(caught, len(positives) + len(known))}")
    print(f"dev precision:               {_rate(caught, caught + len(false))}")
    print(f"dev not_crisis FP rate:      {_rate(len(false), len(negatives))}")
    _show("MISS dev:", missed + [t for t in known if t not in known_caught], show_misses)
    _show("FP   dev:", false, show_false)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--show-false", action="store_true")
    args = parser.parse_args()
    report_training(args.show_misses, args.show_false)
    report_clinc(args.show_false)
    report_dev(args.show_misses, args.show_false)


if __name__ == "__main__":
    main()
