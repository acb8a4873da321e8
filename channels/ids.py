"""Conversation ids: keyed hashes, never phone numbers or session tokens themselves.

Rasa's tracker store, the transcripts and the logs only ever see these ids. With the key
(``SENDER_ID_SECRET``) the gateway can find a resident's conversation again from their number;
without it nobody can reverse an id into a number.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


def keyed_hash(secret: bytes, kind: str, value: str) -> str:
    return hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def sms_conversation_id(secret: bytes, number: str) -> str:
    """The conversation of an E.164 phone number (``+447700900123``)."""
    return "sms-" + keyed_hash(secret, "sms", number)


def webchat_conversation_id(secret: bytes, session: str) -> str:
    """The conversation behind a web chat session token (the token stays in the browser)."""
    return "web-" + keyed_hash(secret, "webchat", session)


def new_session() -> str:
    return secrets.token_urlsafe(24)


def redact_number(number: str) -> str:
    """What staff and logs may see of a phone number: the last 3 digits."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return "•••" + digits[-3:] if len(digits) >= 3 else "•••"
