"""Domain, actions, responses and training data agree with each other."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent.parent
RESPONSE_NAME = re.compile(r"""["'](utter_[a-z0-9_]+)["']""")
VARIABLE = re.compile(r"\{([a-z_]+)\}")
ACTION_MODULES = ("actions.services", "actions.forms", "actions.crisis", "actions.handoff")


def load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def domain() -> dict:
    return load(ROOT / "domain.yml")


def implemented_actions() -> dict[str, type]:
    found = {}
    for module_name in ACTION_MODULES:
        module = importlib.import_module(module_name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Action) and cls.__module__ == module_name:
                found[cls().name()] = cls
    return found


def declared_actions(domain: dict) -> dict[str, dict]:
    """The domain's actions, each with its options ("- name" or "- name: {send_domain: …}")."""
    declared = {}
    for entry in domain["actions"]:
        if isinstance(entry, dict):
            declared.update({name: options or {} for name, options in entry.items()})
        else:
            declared[entry] = {}
    return declared


def test_every_domain_action_is_implemented_and_every_action_is_declared(domain: dict) -> None:
    assert set(declared_actions(domain)) == set(implemented_actions())


def test_every_response_an_action_sends_exists(domain: dict) -> None:
    sent = set()
    for path in (ROOT / "actions").glob("*.py"):
        sent |= set(RESPONSE_NAME.findall(path.read_text(encoding="utf-8")))
    assert sent, "the scan found no responses; is the pattern wrong?"
    assert sent <= set(domain["responses"]), sorted(sent - set(domain["responses"]))


def test_sms_variants_use_only_variables_the_default_has(domain: dict) -> None:
    """An SMS variant that needs a variable the action doesn't pass would crash the NLG."""
    for name, variants in domain["responses"].items():
        default = next((v for v in variants if not v.get("channel")), None)
        if default is None:
            continue
        allowed = set(VARIABLE.findall(default.get("text", "")))
        for variant in variants:
            if variant.get("channel") == "sms":
                extra = set(VARIABLE.findall(variant["text"])) - allowed
                # sms_* variables are passed alongside the default ones on purpose.
                assert {v for v in extra if not v.startswith("sms_")} == set(), name


def test_sms_variants_have_no_markdown_and_few_options(domain: dict) -> None:
    # The gateway numbers an SMS variant's buttons ("Reply 1, 2 or 3"); after a list of
    # results a number means a result, so the results' options are words there (MORE).
    for name, variants in domain["responses"].items():
        for variant in variants:
            if variant.get("channel") == "sms":
                assert len(variant.get("buttons") or []) <= 5, name
                assert name != "utter_results_options" or "buttons" not in variant
                assert not re.search(r"\*\*|__|\[[^\]]+\]\(", variant["text"]), name


def test_intents_in_training_data_match_the_domain(domain: dict) -> None:
    trained = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        trained |= {item["intent"] for item in load(path)["nlu"] if "intent" in item}
    assert trained == set(domain["intents"])


def test_crisis_contacts_are_the_verified_numbers(domain: dict) -> None:
    text = " ".join(v["text"] for v in domain["responses"]["utter_crisis"])
    for number in ("999", "116 123", "85258", "111"):
        assert number in text
    abuse = " ".join(v["text"] for v in domain["responses"]["utter_crisis_abuse"])
    assert "0808 2000 247" in abuse and "999" in abuse


def test_no_action_asks_rasa_for_the_domain(domain: dict) -> None:
    """The action server reads domain.yml itself; Rasa sends it to none of them.

    With ``enable_selective_domain`` Rasa still sends it to ``validate_*`` actions unless
    they say ``send_domain: false``.
    """
    for endpoints in ("endpoints.yml", "endpoints.prod.yml"):
        settings = YAML(typ="safe").load((ROOT / endpoints).read_text(encoding="utf-8"))
        assert settings["action_endpoint"]["enable_selective_domain"] is True, endpoints
    for name, options in declared_actions(domain).items():
        if name.startswith("validate_"):
            assert options.get("send_domain") is False, name
        else:
            assert not options.get("send_domain"), name


async def test_actions_answer_the_same_without_the_domain(domain: dict, directory) -> None:
    """What Rasa sends now (no domain) gives the same answer as the whole domain did."""
    from actions.forms import ValidateServiceForm  # noqa: PLC0415
    from actions.services import ActionSearchServices  # noqa: PLC0415

    user = {"event": "user", "text": "food bank near KT1 3LY", "parse_data": {}}
    just_set = [
        {"event": "slot", "name": "need", "value": ["food"]},
        {"event": "slot", "name": "location", "value": "KT1 3LY"},
    ]
    slots = {"need": ["food"], "location": "KT1 3LY", "requested_slot": None}

    async def answer(action, given: dict) -> tuple:
        dispatcher = CollectingDispatcher()
        tracker = Tracker(
            "c1", slots, {}, [user, *just_set], False, None, {"name": "service_form"}, None
        )
        events = await action.run(dispatcher, tracker, given)
        return events, dispatcher.messages

    for action in (ValidateServiceForm(), ActionSearchServices()):
        with_domain, without = await answer(action, domain), await answer(action, {})
        assert with_domain == without, action.name()
        assert with_domain[0], action.name()  # it did something: slots set or results
