"""Tenants: the councils (or other bodies) whose residents use one shared assistant.

Each tenant is a JSON file in the tenants directory (``channels/tenants/<id>.json``): name,
branding, default area, languages, the origins allowed to embed the widget, the SMS numbers
residents text, and every piece of widget chrome text. The browser gets the file without
``allowed_origins`` and ``sms_numbers``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directory.settings import SettingsError

TENANT_ID = re.compile(r"^[a-z][a-z0-9-]{1,40}$")
PRIVATE_KEYS = ("allowed_origins", "sms_numbers")


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    default_area: str
    languages: tuple[str, ...]
    allowed_origins: frozenset[str]
    sms_numbers: frozenset[str]
    public: dict[str, Any] = field(repr=False)

    @property
    def language(self) -> str:
        return self.languages[0]

    def allows_origin(self, origin: str | None) -> bool:
        return origin is not None and origin.rstrip("/") in self.allowed_origins


def load_tenant(path: Path) -> Tenant:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsError(f"tenant file {path.name}: {error}") from None
    tenant_id = raw.get("id")
    if not isinstance(tenant_id, str) or not TENANT_ID.match(tenant_id):
        raise SettingsError(f"tenant file {path.name}: id must be lower-case letters/digits/-")
    if path.stem != tenant_id:
        raise SettingsError(f"tenant file {path.name}: id {tenant_id!r} must match the file name")
    for key in ("name", "default_area"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise SettingsError(f"tenant {tenant_id}: {key} is required")
    languages = tuple(raw.get("languages") or ("en",))
    origins = frozenset(origin.rstrip("/") for origin in raw.get("allowed_origins") or ())
    return Tenant(
        id=tenant_id,
        name=raw["name"],
        default_area=raw["default_area"],
        languages=languages,
        allowed_origins=origins,
        sms_numbers=frozenset(raw.get("sms_numbers") or ()),
        public={key: value for key, value in raw.items() if key not in PRIVATE_KEYS},
    )


class Tenants:
    """All tenants, by id, plus the one SMS to an unknown number is routed to."""

    def __init__(self, tenants: dict[str, Tenant], default: str) -> None:
        if default not in tenants:
            raise SettingsError(f"default tenant {default!r} has no file in the tenants directory")
        self._tenants = tenants
        self.default = tenants[default]

    @classmethod
    def load(cls, directory: Path, default: str) -> Tenants:
        tenants = {t.id: t for t in map(load_tenant, sorted(directory.glob("*.json")))}
        return cls(tenants, default)

    def get(self, tenant_id: str | None) -> Tenant | None:
        return self._tenants.get(tenant_id or "")

    def for_sms_number(self, number: str) -> Tenant:
        for tenant in self._tenants.values():
            if number in tenant.sms_numbers:
                return tenant
        return self.default

    def __iter__(self):
        return iter(self._tenants.values())
