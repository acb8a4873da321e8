"""`rasa data validate --fail-on-warnings`, minus one false alarm, for `make validate`.

Rasa's validator warns about every response "not used in any story or rule". Responses
that custom actions or the gateway send (service cards, opening-time fragments, crisis
contacts chosen by channel) are by design never steps of a rule, so that warning is wrong for
exactly those; every other warning still fails. Which responses the actions send is read from
the actions' source (`response="utter_…"` and `fragment(…, "utter_…")`), the same scan
the consistency test uses, so a response nothing sends still fails validation.

Run in the engine environment: `.venv-engine/bin/python scripts/validate_rasa_data.py`.
"""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENT_BY_ACTIONS = re.compile(r"""["'](utter_[a-z0-9_]+)["']""")
NOT_USED = re.compile(r"The utterance '(utter_[a-z0-9_]+)' is not used in any story or rule")


def responses_sent_by_actions() -> set[str]:
    """Responses named in the custom actions' and the gateway's (``channels/``) source."""
    names: set[str] = set()
    for path in [*(ROOT / "actions").glob("*.py"), *(ROOT / "channels").glob("*.py")]:
        names |= set(SENT_BY_ACTIONS.findall(path.read_text(encoding="utf-8")))
    return names


def main() -> int:
    from rasa.shared.importers.importer import TrainingDataImporter  # noqa: PLC0415
    from rasa.validator import Validator  # noqa: PLC0415

    importer = TrainingDataImporter.load_from_dict(
        config_path=str(ROOT / "config.yml"),
        domain_path=str(ROOT / "domain.yml"),
        training_data_paths=[str(ROOT / "data")],
    )
    validator = Validator.from_importer(importer)
    # Responses Rasa sends by itself: a form's questions and the default fallback.
    domain = importer.get_domain()
    asked = {
        f"utter_ask_{slot}"
        for form in domain.forms.values()
        for slot in form.get("required_slots", [])
    }
    sent = responses_sent_by_actions() | asked | {"utter_default"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ok = all(
            [
                validator.verify_domain_validity(),
                validator.verify_intents_in_stories(ignore_warnings=True),
                validator.verify_utterances_in_stories(ignore_warnings=True),
                validator.verify_story_structure(ignore_warnings=False),
                validator.verify_nlu(ignore_warnings=True),
                validator.verify_forms_in_stories_rules(),
                validator.verify_actions_in_stories_rules(),
                validator.verify_form_slots(),
                validator.verify_slot_mappings(),
            ]
        )
    problems: list[str] = []
    for warning in caught:
        text = str(warning.message)
        match = NOT_USED.search(text)
        if match and match.group(1) in sent:
            continue
        if text.splitlines()[0] not in problems:
            problems.append(text.splitlines()[0])
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not ok or problems:
        print(f"validation failed ({len(problems)} warnings)", file=sys.stderr)
        return 1
    print(f"training data and domain valid ({len(sent)} responses sent by actions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
