"""The Rasa engine's command line with one upstream slowness fixed: ``python -m bot.engine run``.

Rasa 3.6 checks every answer from the action server with ``jsonschema.validate(answer,
schema)``, which first validates the (large, constant) events schema against the JSON Schema
meta-schema and builds a new validator, on every call. On this project's 2-core machine that
was 19 ms of the engine's CPU per custom action call against 1.4 ms for the check itself;
under load the engine spent about a fifth of its time there (``make profile``).

:func:`install` replaces ``RemoteAction._validate_action_result`` with the same check done by
a validator built once: the same schema, the same error (jsonschema's best match, with
Rasa's explanation appended), raised in the same cases. Everything else is Rasa's own
``rasa`` command, unchanged: ``python -m bot.engine run --enable-api ...``.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any


@cache
def _validator() -> Any:
    from jsonschema import validators  # noqa: PLC0415
    from rasa.core.actions.action import RemoteAction  # noqa: PLC0415

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once, as jsonschema.validate would on every call
    return cls(schema)


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once."""
    from jsonschema.exceptions import best_match  # noqa: PLC0415
    from rasa.shared.constants import DOCS_BASE_URL  # noqa: PLC0415

    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    from rasa.core.actions.action import RemoteAction  # noqa: PLC0415

    RemoteAction._validate_action_result = validate_action_result


def main() -> None:
    install()
    from rasa.__main__ import main as rasa_main  # noqa: PLC0415

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
