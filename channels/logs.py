"""Logging for the gateway: one line per event, and never a phone number.

Code here never logs message bodies or numbers; this filter is the second line of defence,
masking anything that looks like a phone number in any log record (ours or a library's).
"""

from __future__ import annotations

import logging
import re

PHONE = re.compile(r"(?<![\w-])\+?\d[\d\s().-]{8,}\d(?![\w-])")


def redact(text: str) -> str:
    return PHONE.sub(lambda m: "[number " + m.group()[-3:] + "]", text)


class RedactNumbers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactNumbers())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiohttp's access log prints query strings; ours carry no secrets, but keep it terse.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
