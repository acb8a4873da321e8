"""How well the assistant understands messages the team has not seen: ``make eval``.

Run in the engine environment (``python -m bot.evaluation --model models/x.tar.gz``). It
parses every message of the held-out set (``tests/nlu_eval/en.yml``) and CLINC150's
out-of-scope test split with the trained model and scores intents, ``need`` codes,
``location`` values, crisis detection and out-of-scope rejection against the targets below,
side by side with a baseline: a keyword search over the need descriptions of
``directory/data/needs.csv``, which is what a directory's search box does. The report is
printed and written to ``var/eval/nlu_eval.json`` and ``var/eval/nlu_eval.md``.

The metric maths and the baseline are plain functions of this module; Rasa and the
components are imported only inside the functions that load data and the model, so the
tests run in the app environment, which has no Rasa.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import json
import logging
import os
import platform
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HELDOUT = PROJECT_ROOT / "tests" / "nlu_eval" / "en.yml"
CLINC = PROJECT_ROOT.parent / "shared" / "data" / "clinc150-oos" / "data_full.json"
NEEDS_CSV = PROJECT_ROOT / "directory" / "data" / "needs.csv"
TRAINING_DATA = PROJECT_ROOT / "data" / "nlu"
CONFIG = PROJECT_ROOT / "config.yml"
OUT_DIR = PROJECT_ROOT / "var" / "eval"

HELDOUT_SOURCE = "heldout"
CLINC_SOURCE = "clinc150"
CRISIS = "crisis"
FIND_SERVICE = "find_service"
OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "nlu_fallback"
REJECTED = frozenset({OUT_OF_SCOPE, FALLBACK})
BASELINE_INTENTS = frozenset({FIND_SERVICE, CRISIS, OUT_OF_SCOPE})

# name: (minimum, what the figure is)
TARGETS: dict[str, tuple[float, str]] = {
    "intent_accuracy": (0.92, "intent accuracy"),
    "need_accuracy": (0.92, "need accuracy"),
    "location_f1": (0.95, "location F1"),
    "crisis_recall": (1.0, "crisis recall"),
    "oos_rejection_combined": (0.85, "out-of-scope rejection (combined)"),
}

logger = logging.getLogger(__name__)


# -- what was expected and what came back ---------------------------------------------------
@dataclass(frozen=True)
class Expected:
    """One labelled message: its intent, the set of need codes, the canonical locations."""

    text: str
    intent: str
    needs: frozenset[str] = frozenset()
    locations: tuple[str, ...] = ()
    source: str = HELDOUT_SOURCE


@dataclass(frozen=True)
class Predicted:
    """What a parser said about one message, and how long it took."""

    intent: str
    needs: frozenset[str] = frozenset()
    locations: tuple[str, ...] = ()
    ms: float = 0.0


def predicted_from_parse(parse: dict[str, Any], ms: float = 0.0) -> Predicted:
    """A Rasa parse result (``agent.parse_message``) as a :class:`Predicted`."""
    entities = parse.get("entities") or []
    return Predicted(
        intent=(parse.get("intent") or {}).get("name") or "",
        needs=frozenset(str(e["value"]) for e in entities if e.get("entity") == "need"),
        locations=tuple(str(e["value"]) for e in entities if e.get("entity") == "location"),
        ms=ms,
    )


# -- metric maths ---------------------------------------------------------------------------
def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or None when there is nothing to measure."""
    return numerator / denominator if denominator else None


def prf(true_positives: int, predicted: int, expected: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (nothing predicted and nothing expected is 1.0)."""
    precision = true_positives / predicted if predicted else float(expected == 0)
    recall = true_positives / expected if expected else float(predicted == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": true_positives,
        "predicted": predicted,
        "expected": expected,
    }


def intent_accuracy(
    expected: Sequence[str], predicted: Sequence[str], only: Iterable[str] | None = None
) -> dict[str, Any]:
    """Share of messages whose predicted intent is the expected one (exact name match: an
    expected ``crisis`` is matched by a predicted ``crisis`` only). With ``only``, just the
    messages whose expected intent is one of those."""
    keep = None if only is None else frozenset(only)
    pairs = [(e, p) for e, p in zip(expected, predicted, strict=True) if keep is None or e in keep]
    correct = sum(e == p for e, p in pairs)
    return {"accuracy": ratio(correct, len(pairs)), "correct": correct, "n": len(pairs)}


def need_scores(
    expected: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]]
) -> dict[str, Any]:
    """Need accuracy (on messages with at least one expected need, the predicted set of
    codes equals the expected set) and micro precision/recall/F1 over all messages."""
    with_needs = [(e, p) for e, p in zip(expected, predicted, strict=True) if e]
    exact = sum(e == p for e, p in with_needs)
    tp = sum(len(e & p) for e, p in zip(expected, predicted, strict=True))
    micro = prf(tp, sum(len(p) for p in predicted), sum(len(e) for e in expected))
    return {
        "accuracy": ratio(exact, len(with_needs)),
        "correct": exact,
        "n": len(with_needs),
        **{f"micro_{key}": value for key, value in micro.items()},
    }


def location_scores(
    expected: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, Any]:
    """Precision/recall/F1 of canonical location values, as a multiset per message, summed
    over messages (``KT6`` twice expected and once found is one hit and one miss)."""
    tp = n_pred = n_gold = 0
    for gold, pred in zip(expected, predicted, strict=True):
        tp += sum((Counter(gold) & Counter(pred)).values())
        n_pred += len(pred)
        n_gold += len(gold)
    return prf(tp, n_pred, n_gold)


def is_crisis(intent: str, needs: Iterable[str]) -> bool:
    """A message counts as crisis when its intent is ``crisis`` or a need is ``crisis``."""
    return intent == CRISIS or CRISIS in set(needs)


def crisis_scores(expected: Sequence[Expected], predicted: Sequence[Predicted]) -> dict[str, Any]:
    """Crisis recall (with every missed message) and the false-positive rate on the others."""
    misses: list[dict[str, Any]] = []
    false_positives: list[dict[str, Any]] = []
    crises = others = 0
    for gold, pred in zip(expected, predicted, strict=True):
        found = is_crisis(pred.intent, pred.needs)
        if is_crisis(gold.intent, gold.needs):
            crises += 1
            if not found:
                misses.append(_error_row(gold, pred))
        else:
            others += 1
            if found:
                false_positives.append(_error_row(gold, pred))
    return {
        "recall": ratio(crises - len(misses), crises),
        "n": crises,
        "misses": misses,
        "false_positive_rate": ratio(len(false_positives), others),
        "n_other": others,
        "false_positives": false_positives,
    }


def oos_rejection(predicted_intents: Sequence[str]) -> dict[str, Any]:
    """Share of out-of-scope messages predicted as ``out_of_scope`` or ``nlu_fallback``."""
    rejected = sum(intent in REJECTED for intent in predicted_intents)
    return {
        "rate": ratio(rejected, len(predicted_intents)),
        "rejected": rejected,
        "n": len(predicted_intents),
    }


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def intent_confusions(
    expected: Sequence[Expected], predicted: Sequence[Predicted], top: int = 3
) -> dict[str, Any]:
    """Per expected intent: how many, how many right, and what the wrong ones became; and
    the most frequent (expected, predicted) pairs overall, with an example of each."""
    per_intent: dict[str, dict[str, Any]] = {}
    pairs: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    for gold, pred in zip(expected, predicted, strict=True):
        row = per_intent.setdefault(gold.intent, {"n": 0, "correct": 0, "became": Counter()})
        row["n"] += 1
        if gold.intent == pred.intent:
            row["correct"] += 1
        else:
            row["became"][pred.intent] += 1
            pairs[gold.intent, pred.intent] += 1
            examples.setdefault((gold.intent, pred.intent), []).append(gold.text)
    summary = {
        intent: {
            "n": row["n"],
            "correct": row["correct"],
            "accuracy": ratio(row["correct"], row["n"]),
            "top_confusions": row["became"].most_common(top),
        }
        for intent, row in sorted(
            per_intent.items(), key=lambda item: (item[1]["correct"] / item[1]["n"], item[0])
        )
    }
    ranked = [
        {"expected": e, "predicted": p, "count": count, "examples": examples[e, p][:3]}
        for (e, p), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
    ]
    return {"per_intent": summary, "pairs": ranked}


def _error_row(gold: Expected, pred: Predicted) -> dict[str, Any]:
    return {
        "text": gold.text,
        "expected_intent": gold.intent,
        "predicted_intent": pred.intent,
        "expected_needs": sorted(gold.needs),
        "predicted_needs": sorted(pred.needs),
    }


def need_errors(
    expected: Sequence[Expected], predicted: Sequence[Predicted], worst: int = 15
) -> dict[str, Any]:
    """The worst need errors (a missed crisis first, then a wrong code given, then the most
    codes wrong), per-code misses and spurious codes, and the commonest substitutions."""
    rows = []
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    swaps: Counter[tuple[str, str]] = Counter()
    for gold, pred in zip(expected, predicted, strict=True):
        if gold.needs == pred.needs:
            continue
        lost, extra = gold.needs - pred.needs, pred.needs - gold.needs
        missed.update(lost)
        spurious.update(extra)
        swaps.update((a, b) for a in lost for b in extra)
        severity = (CRISIS not in lost, not extra, -len(lost | extra))
        rows.append((severity, _error_row(gold, pred)))
    rows.sort(key=lambda item: item[0])
    return {
        "count": len(rows),
        "worst": [row for _, row in rows[:worst]],
        "missed_by_code": missed.most_common(),
        "spurious_by_code": spurious.most_common(),
        "substitutions": [
            {"expected": a, "predicted": b, "count": n} for (a, b), n in swaps.most_common(15)
        ],
    }


def location_errors(
    expected: Sequence[Expected], predicted: Sequence[Predicted], worst: int = 15
) -> dict[str, Any]:
    """Messages whose location values differ, and the values most often missed or invented."""
    rows = []
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for gold, pred in zip(expected, predicted, strict=True):
        lost = Counter(gold.locations) - Counter(pred.locations)
        extra = Counter(pred.locations) - Counter(gold.locations)
        if lost or extra:
            missed.update(lost)
            spurious.update(extra)
            rows.append(
                {
                    "text": gold.text,
                    "expected": list(gold.locations),
                    "predicted": list(pred.locations),
                }
            )
    return {
        "count": len(rows),
        "examples": rows[:worst],
        "missed": missed.most_common(20),
        "spurious": spurious.most_common(20),
    }


def score(expected: Sequence[Expected], predicted: Sequence[Predicted]) -> dict[str, Any]:
    """Every figure for one parser: held-out metrics, and out-of-scope rejection on the
    held-out file, on CLINC150 (when its messages are given) and on both together."""
    pairs = list(zip(expected, predicted, strict=True))
    held = [(e, p) for e, p in pairs if e.source == HELDOUT_SOURCE]
    clinc = [(e, p) for e, p in pairs if e.source == CLINC_SOURCE]
    gold = [e for e, _ in held]
    pred = [p for _, p in held]
    oos_held = oos_rejection([p.intent for e, p in held if e.intent == OUT_OF_SCOPE])
    oos_clinc = oos_rejection([p.intent for _, p in clinc])
    oos_all = oos_rejection(
        [p.intent for e, p in pairs if e.intent == OUT_OF_SCOPE or e.source == CLINC_SOURCE]
    )
    intents = ([e.intent for e in gold], [p.intent for p in pred])
    return {
        "intent": intent_accuracy(*intents),
        "intent_core": intent_accuracy(*intents, only=BASELINE_INTENTS),
        "needs": need_scores([e.needs for e in gold], [p.needs for p in pred]),
        "locations": location_scores([e.locations for e in gold], [p.locations for p in pred]),
        "crisis": crisis_scores(gold, pred),
        "crisis_on_clinc": [e.text for e, p in clinc if is_crisis(p.intent, p.needs)],
        "oos": {"heldout": oos_held, "clinc150": oos_clinc if clinc else None, "combined": oos_all},
        "confusions": intent_confusions(gold, pred),
        "need_errors": need_errors(gold, pred),
        "location_errors": location_errors(gold, pred),
        "parse_ms": {
            "p50": percentile([p.ms for p in predicted], 50),
            "p95": percentile([p.ms for p in predicted], 95),
            "n": len(predicted),
        },
    }


def headline(scores: dict[str, Any]) -> dict[str, float | None]:
    """The figures the targets apply to, by target name."""
    return {
        "intent_accuracy": scores["intent"]["accuracy"],
        "need_accuracy": scores["needs"]["accuracy"],
        "location_f1": scores["locations"]["f1"],
        "crisis_recall": scores["crisis"]["recall"],
        "oos_rejection_combined": scores["oos"]["combined"]["rate"],
    }


def check_targets(figures: dict[str, float | None]) -> dict[str, dict[str, Any]]:
    """PASS/FAIL of each target (a figure that could not be measured fails)."""
    return {
        name: {
            "value": figures.get(name),
            "target": minimum,
            "passed": figures.get(name) is not None and figures[name] >= minimum - 1e-12,
        }
        for name, (minimum, _) in TARGETS.items()
    }


# -- the baseline: a keyword search over the need descriptions ------------------------------
STOP_WORDS = frozenset(
    "a about above after again against all am an and any are as at be because been before "
    "being below between both but by can cant could did didnt do does doesnt doing dont down "
    "during each few for from further get got had has have having he her here hers herself "
    "him himself his how i id if im in into is isnt it its itself ive just me more most my "
    "myself no nor not now of off on once only or other our ours ourselves out over own pls "
    "please same she should so some such than that thats the their theirs them themselves "
    "then there these they this those through to too u under until up ur very want wanna was "
    "we were what when where which while who whom why will with wont would you your yours "
    "yourself including".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")


def stem(word: str) -> str:
    """A crude suffix-stripping stem: plurals, -ing, -ed, -ness, -ly, a final e."""
    for suffix, replacement, shortest in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ness", "", 7),
        ("ings", "", 6),
        ("ing", "", 6),
        ("ed", "", 5),
        ("ly", "", 5),
    ):
        if word.endswith(suffix) and len(word) >= shortest:
            word = word[: len(word) - len(suffix)] + replacement
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def stems(text: str) -> set[str]:
    """The stems of a text's words, lower case, stop words and single letters dropped."""
    return {stem(w) for w in _TOKEN.findall(text.lower()) if len(w) > 1 and w not in STOP_WORDS}


@dataclass
class KeywordBaseline:
    """Scores a message by how many of its stems occur in each need's label + description,
    and predicts the single best need (a tie at the top, or no overlap, is no need)."""

    bags: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> KeywordBaseline:
        return cls({row["code"]: stems(f"{row['label']} {row['description']}") for row in rows})

    @classmethod
    def from_csv(cls, path: Path = NEEDS_CSV) -> KeywordBaseline:
        with path.open(encoding="utf-8", newline="") as handle:
            return cls.from_rows(csv.DictReader(handle))

    def need(self, text: str) -> str | None:
        words = stems(text)
        scores = Counter({code: len(words & bag) for code, bag in self.bags.items()})
        ranked = scores.most_common(2)
        if not ranked or ranked[0][1] == 0:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def predict(self, text: str) -> Predicted:
        started = time.perf_counter()
        code = self.need(text)
        intent = OUT_OF_SCOPE if code is None else CRISIS if code == CRISIS else FIND_SERVICE
        return Predicted(
            intent=intent,
            needs=frozenset({code} if code else ()),
            ms=(time.perf_counter() - started) * 1000,
        )


# -- the report -----------------------------------------------------------------------------
def _fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _count(part: dict[str, Any], key: str = "accuracy") -> str:
    """A rate with its counts: ``0.950 (19/20)``."""
    if "misses" in part:  # crisis scores
        good = part["n"] - len(part["misses"])
    else:
        good = part.get("correct", part.get("rejected"))
    return f"{_fmt(part[key])} ({good}/{part['n']})"


def _mark(name: str, targets: dict[str, dict[str, Any]]) -> str:
    if name not in targets:
        return ""
    return f"≥ {TARGETS[name][0]:g} {'PASS' if targets[name]['passed'] else 'FAIL'}"


def table_rows(model: dict[str, Any], baseline: dict[str, Any]) -> list[tuple[str, ...]]:
    """(metric, model, baseline, target) rows of the summary table."""
    targets = check_targets(headline(model))
    m, b = model, baseline
    clinc_m, clinc_b = m["oos"]["clinc150"], b["oos"]["clinc150"]
    return [
        (
            "Intent accuracy (all intents)",
            _count(m["intent"]),
            "n/a",
            _mark("intent_accuracy", targets),
        ),
        (
            "Intent accuracy (find_service, crisis, out_of_scope)",
            _count(m["intent_core"]),
            _count(b["intent_core"]),
            "",
        ),
        (
            "Need accuracy (exact set, messages with a need)",
            _count(m["needs"]),
            _count(b["needs"]),
            _mark("need_accuracy", targets),
        ),
        (
            "Need micro precision / recall / F1",
            "/".join(_fmt(m["needs"][f"micro_{k}"], 2) for k in ("precision", "recall", "f1")),
            "/".join(_fmt(b["needs"][f"micro_{k}"], 2) for k in ("precision", "recall", "f1")),
            "",
        ),
        (
            "Location precision / recall",
            f"{_fmt(m['locations']['precision'])} / {_fmt(m['locations']['recall'])}",
            "n/a",
            "",
        ),
        ("Location F1", _fmt(m["locations"]["f1"]), "n/a", _mark("location_f1", targets)),
        (
            "Crisis recall",
            _count(m["crisis"], "recall"),
            _count(b["crisis"], "recall"),
            _mark("crisis_recall", targets),
        ),
        (
            "Crisis false-positive rate (held-out non-crisis)",
            f"{_fmt(m['crisis']['false_positive_rate'])} ({len(m['crisis']['false_positives'])}"
            f"/{m['crisis']['n_other']})",
            f"{_fmt(b['crisis']['false_positive_rate'])} ({len(b['crisis']['false_positives'])}"
            f"/{b['crisis']['n_other']})",
            "lower is better",
        ),
        (
            "Out-of-scope rejection, held-out",
            _count(m["oos"]["heldout"], "rate"),
            _count(b["oos"]["heldout"], "rate"),
            "",
        ),
        (
            "Out-of-scope rejection, CLINC150 oos_test",
            _count(clinc_m, "rate") if clinc_m else "skipped",
            _count(clinc_b, "rate") if clinc_b else "skipped",
            "",
        ),
        (
            "Out-of-scope rejection, combined",
            _count(m["oos"]["combined"], "rate"),
            _count(b["oos"]["combined"], "rate"),
            _mark("oos_rejection_combined", targets),
        ),
        (
            "Parse time p50 / p95 (ms)",
            f"{_fmt(m['parse_ms']['p50'], 1)} / {_fmt(m['parse_ms']['p95'], 1)}",
            f"{_fmt(b['parse_ms']['p50'], 3)} / {_fmt(b['parse_ms']['p95'], 3)}",
            "",
        ),
    ]


def markdown_table(rows: Sequence[tuple[str, ...]]) -> str:
    header = ("Metric", "Model", "Keyword baseline", "Target")
    lines = [f"| {' | '.join(header)} |", f"|{'|'.join('---' for _ in header)}|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines)


def _needs(codes: Iterable[str]) -> str:
    return "{" + ", ".join(codes) + "}"


def details(model: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The report's sections after the table, as lines."""
    crisis = model["crisis"]
    lines = ["", f"## Crisis misses ({len(crisis['misses'])}, the worst failure)"]
    lines += [
        f'- "{r["text"]}" → intent {r["predicted_intent"]}, needs {_needs(r["predicted_needs"])}'
        for r in crisis["misses"]
    ] or ["- none"]
    lines += ["", f"## Crisis false positives ({len(crisis['false_positives'])})"]
    lines += [
        f'- "{r["text"]}" (expected {r["expected_intent"]})' for r in crisis["false_positives"]
    ] or ["- none"]
    if model["crisis_on_clinc"]:
        lines += [
            "",
            f"CLINC150 out-of-scope messages taken for crisis: {len(model['crisis_on_clinc'])}",
        ]
        lines += [f'- "{text}"' for text in model["crisis_on_clinc"][:20]]
    lines += ["", "## Intents, worst first (n, accuracy, what the misses became)"]
    for intent, row in model["confusions"]["per_intent"].items():
        became = ", ".join(f"{name} ×{n}" for name, n in row["top_confusions"]) or "-"
        lines.append(f"- {intent}: {row['correct']}/{row['n']} = {_fmt(row['accuracy'])}; {became}")
    lines += ["", "## Top intent confusions (expected → predicted)"]
    for pair in model["confusions"]["pairs"][:12]:
        lines.append(
            f"- {pair['expected']} → {pair['predicted']} ×{pair['count']}: "
            + "; ".join(f'"{text}"' for text in pair["examples"])
        )
    errors = model["need_errors"]
    lines += [
        "",
        f"## Need errors ({errors['count']} messages)",
        "Missed codes: " + ", ".join(f"{c} ×{n}" for c, n in errors["missed_by_code"]),
        "Spurious codes: " + ", ".join(f"{c} ×{n}" for c, n in errors["spurious_by_code"]),
        "Substitutions: "
        + ", ".join(
            f"{s['expected']}→{s['predicted']} ×{s['count']}" for s in errors["substitutions"]
        ),
        "",
        "### The 15 worst need errors",
    ]
    lines += [
        f'- "{r["text"]}": expected {_needs(r["expected_needs"])}, got '
        f"{_needs(r['predicted_needs'])} ({r['predicted_intent']})"
        for r in errors["worst"]
    ]
    places = model["location_errors"]
    lines += [
        "",
        f"## Location errors ({places['count']} messages)",
        "Missed: " + ", ".join(f"{v} ×{n}" for v, n in places["missed"]),
        "Spurious: " + ", ".join(f"{v} ×{n}" for v, n in places["spurious"]),
    ]
    lines += [
        f'- "{r["text"]}": expected {r["expected"]}, got {r["predicted"]}'
        for r in places["examples"]
    ]
    lines += [
        "",
        f"Baseline crisis misses: {len(baseline['crisis']['misses'])} of "
        f"{baseline['crisis']['n']}.",
    ]
    return lines


# -- running it (the only part that needs Rasa) ---------------------------------------------
def _quiet_rasa() -> None:
    # Set, never read: telemetry off (as the Makefile does) and TensorFlow's C++ chatter off.
    os.environ.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    warnings.filterwarnings("ignore")
    from rasa.utils.common import configure_logging_and_warnings  # noqa: PLC0415
    from rasa.utils.log_utils import configure_structlog  # noqa: PLC0415

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    logging.getLogger("tensorflow").setLevel(logging.ERROR)


def canonical_locations(
    text: str,
    entities: Iterable[dict[str, Any]],
    canonicalise: Callable[[str], list[dict[str, Any]]],
) -> tuple[str, ...]:
    """Each annotated ``location`` span as the value the place extractor gives the span, or
    the lower-cased span when it finds nothing (so the miss is counted).

    A place name that is also a word ("hook", "ham") counts only after "in", "near"… or
    capitalised, which the span alone cannot show: when the span gives nothing, the value
    found over the same characters in the whole message is taken instead."""
    values = []
    in_context: list[dict[str, Any]] | None = None
    for entity in entities:
        if entity.get("entity") != "location":
            continue
        start, end = entity["start"], entity["end"]
        found = canonicalise(text[start:end])
        if not found:
            in_context = canonicalise(text) if in_context is None else in_context
            found = [e for e in in_context if e["start"] < end and start < e["end"]]
        values.append(str(found[0]["value"]) if found else text[start:end].lower())
    return tuple(values)


def load_heldout(path: Path) -> list[Expected]:
    """The held-out messages, with need codes and canonical locations."""
    from rasa.shared.nlu.training_data.loading import load_data  # noqa: PLC0415

    from bot.places import PlaceEntityExtractor  # noqa: PLC0415

    places = PlaceEntityExtractor(PlaceEntityExtractor.get_default_config())
    examples = []
    for message in load_data(str(path)).training_examples:
        text = message.get("text") or ""
        entities = message.get("entities") or []
        examples.append(
            Expected(
                text=text,
                intent=message.get("intent") or "",
                needs=frozenset(str(e["value"]) for e in entities if e.get("entity") == "need"),
                locations=canonical_locations(text, entities, places.extract),
            )
        )
    return examples


def load_clinc(path: Path) -> list[Expected]:
    """CLINC150's out-of-scope test split (1,000 messages), or nothing when absent."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Expected(text=text, intent=OUT_OF_SCOPE, source=CLINC_SOURCE)
        for text, _label in data["oos_test"]
    ]


def training_texts() -> set[str]:
    from rasa.shared.nlu.training_data.loading import load_data  # noqa: PLC0415

    return {
        (m.get("text") or "").strip().lower()
        for m in load_data(str(TRAINING_DATA)).training_examples
    }


async def _parse_all(model_path: Path, texts: Sequence[str]) -> list[Predicted]:
    from rasa.core.agent import Agent  # noqa: PLC0415

    agent = Agent.load(str(model_path))
    await agent.parse_message("warm up")
    results = []
    for text in texts:
        started = time.perf_counter()
        parse = await agent.parse_message(text)
        results.append(predicted_from_parse(parse, (time.perf_counter() - started) * 1000))
    return results


def run_cross_validation(out: Path, folds: int) -> dict[str, Any]:
    """``rasa test nlu --cross-validation`` on the training data; its intent report."""
    started = time.time()
    command = [
        sys.executable,
        "-m",
        "rasa",
        "test",
        "nlu",
        "--nlu",
        "data/nlu",
        "--config",
        "config.yml",
        "--cross-validation",
        "--folds",
        str(folds),
        "--out",
        str(out),
    ]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(PROJECT_ROOT)}
    say(f"Cross-validation: {' '.join(command[1:])} (trains {folds} models; several minutes)")
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, check=False)  # noqa: S603
    reports = sorted(
        (p for p in out.rglob("intent_report.json") if p.stat().st_mtime >= started),
        key=lambda p: len(p.parts),
    )
    if done.returncode != 0 or not reports:
        return {"error": f"rasa exited {done.returncode}; no fresh intent_report.json in {out}"}
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    return {
        "folds": folds,
        "report": str(reports[0].relative_to(PROJECT_ROOT)),
        "accuracy": report.get("accuracy"),
        "macro_f1": (report.get("macro avg") or {}).get("f1-score"),
        "weighted_f1": (report.get("weighted avg") or {}).get("f1-score"),
        "seconds": round(time.time() - started, 1),
    }


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def newest_model() -> Path | None:
    models = sorted((PROJECT_ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _machine() -> dict[str, Any]:
    import rasa  # noqa: PLC0415

    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "rasa": rasa.__version__,
    }


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot.evaluation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--model", type=Path, help="model archive (default: newest in models/)")
    parser.add_argument("--heldout", type=Path, default=HELDOUT)
    parser.add_argument("--clinc", type=Path, default=CLINC)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--cross-validation",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="also cross-validate on data/nlu (slow)",
    )
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    model_path = args.model or newest_model()
    if model_path is None or not model_path.exists():
        say(f"No model at {model_path or 'models/'}: train one first (make eval does).")
        return 2
    started = datetime.now(timezone.utc)
    _quiet_rasa()
    heldout = load_heldout(args.heldout)
    clinc = load_clinc(args.clinc)
    if not clinc:
        say(f"Note: {args.clinc} is absent; CLINC150 out-of-scope messages skipped.")
    examples = heldout + clinc
    say(f"Parsing {len(heldout)} held-out and {len(clinc)} CLINC150 messages with {model_path}")
    model_preds = asyncio.run(_parse_all(model_path, [e.text for e in examples]))
    baseline = KeywordBaseline.from_csv()
    model = score(examples, model_preds)
    base = score(examples, [baseline.predict(e.text) for e in examples])
    seen = training_texts()
    overlap = [e.text for e in heldout if e.text.strip().lower() in seen]
    cv = run_cross_validation(args.out / "cv", args.folds) if args.cross_validation else None
    targets = check_targets(headline(model))
    table = markdown_table(table_rows(model, base))
    lines = [
        f"# NLU evaluation: {model_path.name}",
        "",
        f"{len(heldout)} held-out messages, {len(clinc)} CLINC150 oos_test messages, "
        f"{len(seen)} training messages; {len(overlap)} held-out messages also in "
        "the training data.",
        "",
        table,
        *details(model, base),
    ]
    if cv is not None:
        lines += ["", "## Cross-validation on data/nlu", json.dumps(cv)]
    for line in lines:
        say(line)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "nlu_eval.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = {
        "model": {
            "path": str(model_path),
            "sha256": _sha256(model_path),
            "modified": datetime.fromtimestamp(
                model_path.stat().st_mtime, timezone.utc
            ).isoformat(),
        },
        "data": {
            "heldout": str(args.heldout),
            "heldout_messages": len(heldout),
            "heldout_by_intent": dict(Counter(e.intent for e in heldout)),
            "clinc150": str(args.clinc) if clinc else None,
            "clinc150_messages": len(clinc),
            "training_messages": len(seen),
            "heldout_in_training": overlap,
        },
        "started": started.isoformat(),
        "finished": datetime.now(timezone.utc).isoformat(),
        "machine": _machine(),
        "targets": targets,
        "model_scores": model,
        "baseline_scores": base,
        "cross_validation": cv,
        "messages": [
            {**asdict(e), "predicted": asdict(p)}
            for e, p in zip(heldout, model_preds, strict=False)
        ],
    }
    (args.out / "nlu_eval.json").write_text(
        json.dumps(record, indent=1, default=sorted, ensure_ascii=False), encoding="utf-8"
    )
    say(f"\nWritten {args.out / 'nlu_eval.json'} and {args.out / 'nlu_eval.md'}")
    failed = [name for name, target in targets.items() if not target["passed"]]
    say("Targets failed: " + ", ".join(failed) if failed else "All targets met.")
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
