"""The NLU evaluation's metric maths and keyword baseline (pure functions: no Rasa here)."""

from __future__ import annotations

import sys

import pytest

from bot.evaluation import (
    CLINC_SOURCE,
    Expected,
    KeywordBaseline,
    Predicted,
    canonical_locations,
    check_targets,
    crisis_scores,
    headline,
    intent_accuracy,
    location_scores,
    markdown_table,
    need_errors,
    need_scores,
    oos_rejection,
    percentile,
    predicted_from_parse,
    score,
    stem,
    table_rows,
)


def test_importing_the_module_does_not_import_rasa() -> None:
    assert "rasa" not in sys.modules


def test_need_accuracy_compares_sets_on_messages_with_a_need() -> None:
    expected = [
        frozenset({"food"}),
        frozenset({"food", "money_debt"}),
        frozenset(),
        frozenset({"housing_advice"}),
    ]
    predicted = [frozenset({"food"}), frozenset({"food"}), frozenset({"food"}), frozenset()]
    result = need_scores(expected, predicted)
    # Only the three messages with an expected need count; one of them is exactly right.
    assert result["n"] == 3
    assert result["correct"] == 1
    assert result["accuracy"] == pytest.approx(1 / 3)
    # Micro: 2 right of 3 predicted (the spurious one counts), 2 of 4 expected found.
    assert result["micro_precision"] == pytest.approx(2 / 3)
    assert result["micro_recall"] == pytest.approx(2 / 4)
    assert result["micro_f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_need_accuracy_is_order_free_and_exact() -> None:
    result = need_scores([frozenset({"food", "money_debt"})], [frozenset({"money_debt", "food"})])
    assert result["accuracy"] == 1.0
    superset = need_scores([frozenset({"food"})], [frozenset({"food", "money_debt"})])
    assert superset["accuracy"] == 0.0


def test_location_scores_count_a_multiset_per_message() -> None:
    expected = [("KT6", "KT6"), ("Surbiton",), (), ("KT1 3LY",)]
    predicted = [("KT6",), ("Surbiton", "anywhere"), ("near_me",), ("Kingston upon Thames",)]
    result = location_scores(expected, predicted)
    assert (result["tp"], result["predicted"], result["expected"]) == (2, 5, 4)
    assert result["precision"] == pytest.approx(2 / 5)
    assert result["recall"] == pytest.approx(2 / 4)
    assert result["f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_location_scores_when_nothing_is_expected_or_found() -> None:
    assert location_scores([()], [()])["f1"] == 1.0
    assert location_scores([("KT6",)], [()])["f1"] == 0.0


def test_crisis_recall_lists_every_miss_and_false_positive() -> None:
    expected = [
        Expected("i want to end it all", "crisis", frozenset({"crisis"})),
        Expected("took all my tablets", "crisis", frozenset({"crisis"})),
        Expected(
            "hes hitting me right now", "find_service", frozenset({"crisis", "domestic_abuse"})
        ),
        Expected("need a food bank", "find_service", frozenset({"food"})),
        Expected("hello", "greet"),
    ]
    predicted = [
        Predicted("crisis", frozenset({"crisis"})),
        Predicted("find_service", frozenset({"health"})),  # the miss
        Predicted("find_service", frozenset({"crisis"})),  # a crisis need counts
        Predicted("crisis", frozenset({"food", "crisis"})),  # a false positive
        Predicted("greet"),
    ]
    result = crisis_scores(expected, predicted)
    assert result["n"] == 3
    assert result["recall"] == pytest.approx(2 / 3)
    assert [miss["text"] for miss in result["misses"]] == ["took all my tablets"]
    assert result["misses"][0]["predicted_needs"] == ["health"]
    assert [fp["text"] for fp in result["false_positives"]] == ["need a food bank"]
    assert result["false_positive_rate"] == pytest.approx(1 / 2)


def test_intent_accuracy_is_exact_and_can_be_restricted() -> None:
    expected = ["crisis", "find_service", "greet", "out_of_scope"]
    predicted = ["find_service", "find_service", "thank", "out_of_scope"]
    assert intent_accuracy(expected, predicted)["accuracy"] == 0.5
    core = intent_accuracy(expected, predicted, only={"crisis", "find_service", "out_of_scope"})
    assert (core["correct"], core["n"]) == (2, 3)
    assert intent_accuracy([], [])["accuracy"] is None


def test_out_of_scope_rejection_accepts_fallback() -> None:
    result = oos_rejection(["out_of_scope", "nlu_fallback", "find_service", "greet"])
    assert result == {"rate": 0.5, "rejected": 2, "n": 4}
    assert oos_rejection([])["rate"] is None


def test_score_reports_heldout_clinc_and_combined_rejection() -> None:
    expected = [
        Expected("whats the weather", "out_of_scope"),
        Expected("need a food bank", "find_service", frozenset({"food"}), ("KT6",)),
        Expected("how much has the dow changed", "out_of_scope", source=CLINC_SOURCE),
        Expected("book a flight", "out_of_scope", source=CLINC_SOURCE),
        Expected("kill the process", "out_of_scope", source=CLINC_SOURCE),
    ]
    predicted = [
        Predicted("out_of_scope", ms=5),
        Predicted("find_service", frozenset({"food"}), ("KT6",), ms=7),
        Predicted("nlu_fallback", ms=6),
        Predicted("find_service", frozenset({"transport"}), ms=9),
        Predicted("crisis", frozenset({"crisis"}), ms=8),
    ]
    result = score(expected, predicted)
    assert result["oos"]["heldout"]["rate"] == 1.0
    assert result["oos"]["clinc150"]["rate"] == pytest.approx(1 / 3)
    assert result["oos"]["combined"]["rate"] == pytest.approx(2 / 4)
    # CLINC messages are not part of the held-out intent, need or crisis figures.
    assert result["intent"]["n"] == 2
    assert result["crisis"]["n_other"] == 2
    assert result["crisis_on_clinc"] == ["kill the process"]
    assert result["parse_ms"]["p50"] == 7
    targets = check_targets(headline(result))
    assert targets["location_f1"]["passed"]
    assert not targets["oos_rejection_combined"]["passed"]
    assert targets["crisis_recall"]["value"] is None and not targets["crisis_recall"]["passed"]
    table = markdown_table(table_rows(result, result))
    assert "| Location F1 | 1.000 | n/a | ≥ 0.95 PASS |" in table
    assert "FAIL" in table


def test_need_errors_put_a_missed_crisis_first() -> None:
    expected = [
        Expected("no food", "find_service", frozenset({"food"})),
        Expected("bills and rent", "find_service", frozenset({"money_debt", "housing_advice"})),
        Expected("cant go on", "crisis", frozenset({"crisis"})),
        Expected("fine", "find_service", frozenset({"food"})),
    ]
    predicted = [
        Predicted("find_service"),
        Predicted("find_service", frozenset({"energy_warmth"})),
        Predicted("find_service", frozenset({"mental_health"})),
        Predicted("find_service", frozenset({"food"})),
    ]
    result = need_errors(expected, predicted)
    assert result["count"] == 3
    assert [row["text"] for row in result["worst"]] == ["cant go on", "bills and rent", "no food"]
    assert dict(result["missed_by_code"])["food"] == 1
    assert {"expected": "crisis", "predicted": "mental_health", "count": 1} in (
        result["substitutions"]
    )


def test_percentile_interpolates() -> None:
    assert percentile([10, 20, 30, 40, 50], 50) == 30
    assert percentile([1, 2], 95) == pytest.approx(1.95)
    assert percentile([], 50) is None


def test_predicted_from_parse_reads_need_and_location_values() -> None:
    parse = {
        "intent": {"name": "find_service", "confidence": 1.0},
        "entities": [
            {"entity": "location", "value": "KT1 3LY", "text": "kt13ly"},
            {"entity": "need", "value": "food"},
            {"entity": "need", "value": "food"},
        ],
    }
    assert predicted_from_parse(parse, 3.0) == Predicted(
        "find_service", frozenset({"food"}), ("KT1 3LY",), 3.0
    )


ROWS = [
    {
        "code": "crisis",
        "label": "Immediate danger or crisis",
        "description": "Someone is in immediate danger, at risk of suicide or self-harm.",
    },
    {
        "code": "food",
        "label": "Food and meals",
        "description": "Food banks, community pantries and fridges, free or low-cost meals.",
    },
    {
        "code": "money_debt",
        "label": "Debt and money advice",
        "description": "Help with debts, arrears, budgeting and money worries.",
    },
    {
        "code": "housing_advice",
        "label": "Housing advice and repairs",
        "description": "Renting problems, landlord disputes.",
    },
]


def test_stem_strips_common_suffixes() -> None:
    assert stem("banks") == stem("bank")
    assert stem("pantries") == stem("pantry")
    assert stem("fridges") == stem("fridge")
    assert stem("debts") == "debt"


def test_baseline_picks_food_for_food_bank_and_nothing_for_hello() -> None:
    baseline = KeywordBaseline.from_rows(ROWS)
    assert baseline.need("food bank") == "food"
    assert baseline.need("hello") is None
    assert baseline.predict("need a foodbank no wait a food bank").intent == "find_service"
    hello = baseline.predict("hello")
    assert (hello.intent, hello.needs) == ("out_of_scope", frozenset())
    assert baseline.predict("thinking about suicide").intent == "crisis"


def test_baseline_treats_a_tie_as_no_need() -> None:
    baseline = KeywordBaseline.from_rows(ROWS)
    # "advice" is in both money_debt and housing_advice and nothing else decides.
    assert baseline.need("advice") is None
    assert baseline.need("debt advice") == "money_debt"


def test_baseline_on_the_real_needs_file() -> None:
    baseline = KeywordBaseline.from_csv()
    assert baseline.need("food bank") == "food"
    assert baseline.need("hello") is None


def fake_places(text: str) -> list[dict[str, object]]:
    """Finds "Surbiton" anywhere and "hook" only after "in", like the place extractor."""
    found = []
    lowered = text.lower()
    if "surbiton" in lowered:
        start = lowered.index("surbiton")
        found.append({"value": "Surbiton", "start": start, "end": start + 8})
    if "in hook" in lowered:
        start = lowered.index("in hook") + 3
        found.append({"value": "Hook", "start": start, "end": start + 4})
    return found


def test_expected_locations_are_canonicalised_with_context_and_misses_kept() -> None:
    text = "need help in hook or surbitn, not ham"
    entities = [
        {"entity": "need", "start": 0, "end": 4, "value": "food"},
        {"entity": "location", "start": 13, "end": 17, "value": "hook"},
        {"entity": "location", "start": 21, "end": 28, "value": "surbitn"},
    ]
    assert canonical_locations(text, entities, fake_places) == ("Hook", "surbitn")
    assert canonical_locations(
        "SURBITON", [{"entity": "location", "start": 0, "end": 8}], fake_places
    ) == ("Surbiton",)
