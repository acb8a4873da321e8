"""The few things the gateway itself says (keywords, limits, outages), from ``domain.yml``.

All resident-facing text lives in the domain's responses, with channel variations, whoever
sends it. The gateway's own responses are named ``utter_gw_*``; it reads them at start-up,
so a missing one fails then, not in front of a resident.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from directory.settings import PROJECT_ROOT, SettingsError

DOMAIN = PROJECT_ROOT / "domain.yml"
NEEDED = (
    "utter_gw_unavailable",
    "utter_gw_rate_limited",
    "utter_gw_too_long",
    "utter_gw_sms_help",
    "utter_gw_sms_start",
    "utter_gw_sms_option",
    "utter_gw_sms_reply",
    "utter_fmt_or",
    "utter_gw_sms_number_invalid",
    "utter_gw_sms_not_available",
    "utter_gw_sms_number_opted_out",
    "utter_gw_staff_joined",
    "utter_gw_handoff_closed",
    "utter_gw_out_of_hours",
    "utter_gw_staff_service",
    "utter_gw_language_switched",
    "utter_fmt_today",
    "utter_fmt_tomorrow",
    "utter_fmt_weekdays",
    "utter_fmt_am_pm",
)


class Wording:
    def __init__(self, responses: dict[str, list[dict[str, Any]]]) -> None:
        self._responses = responses
        missing = [name for name in NEEDED if name not in responses]
        if missing:
            raise SettingsError(f"domain.yml lacks the gateway's responses: {', '.join(missing)}")

    @classmethod
    def from_domain(cls, path: Path = DOMAIN) -> Wording:
        domain = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        return cls(domain.get("responses") or {})

    def variant(
        self, name: str, channel: str | None = None, language: str | None = None, /
    ) -> dict[str, Any]:
        """The variation Rasa 3.6 picks: language+channel, channel, language, then default."""
        variants = self._responses[name]

        def language_of(variant: dict[str, Any]) -> str | None:
            for condition in variant.get("condition") or ():
                if condition.get("name") == "language":
                    return condition.get("value")
            return None

        for wanted_language, wanted_channel in (
            (language, channel),
            (None, channel),
            (language, None),
            (None, None),
        ):
            for variant in variants:
                if (
                    language_of(variant) == wanted_language
                    and variant.get("channel") == wanted_channel
                    and (wanted_language or not variant.get("condition"))
                ):
                    return variant
        return variants[0]

    def template(
        self, name: str, channel: str | None = None, language: str | None = None, /
    ) -> str:
        """The text with its {placeholders} unfilled."""
        return self.variant(name, channel, language).get("text", "")

    def text(
        self, name: str, channel: str | None = None, language: str | None = None, /, **values: Any
    ) -> str:
        template = self.template(name, channel, language)
        return string.Formatter().vformat(template, (), _Defaulting(values))


class _Defaulting(dict):
    """Unknown placeholders stay as they are rather than raising in front of a resident."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
