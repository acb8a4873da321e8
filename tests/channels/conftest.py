"""Gateway fixtures: the real app (in-process test server) against the real assistant.

``gateway`` is the aiohttp test client for ``channels.app.make_app`` with its own SQLite
database, talking to the session's Rasa engine; Twilio's API is ``twilio`` (a local fake).
``signed_post`` signs a webhook form with the real twilio library, as Twilio would.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode

import pytest
from aiohttp.test_utils import TestClient, TestServer
from twilio.request_validator import RequestValidator

from channels.app import make_app, settings_key, store_key
from channels.settings import GatewaySettings
from channels.store import GatewayStore
from tests.channels.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.stack import Assistant, free_port

PUBLIC = "https://signpost.example.gov.uk"
RESIDENT = "+447700900123"
SIGNPOST_NUMBER = "+447700900999"
ORIGIN = "http://127.0.0.1:8080"
OLD_TOKEN = "test-auth-token-0000"


def settings_for(
    tmp_path: Path, rasa_url: str, twilio_url: str, **overrides: str
) -> GatewaySettings:
    env = {
        "SIGNPOST_DATA_DIR": str(tmp_path),
        "PUBLIC_BASE_URL": PUBLIC,
        "RASA_URL": rasa_url,
        # A key per gateway: the same number is a new conversation for the shared Rasa.
        "SENDER_ID_SECRET": f"test-sender-id-secret-{uuid.uuid4().hex}",
        "TWILIO_AUTH_TOKEN": f"{AUTH_TOKEN},{OLD_TOKEN}",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_FROM": SIGNPOST_NUMBER,
        "TWILIO_API_BASE_URL": twilio_url,
        **overrides,
    }
    return GatewaySettings.from_env(env)


@pytest.fixture
async def twilio() -> FakeTwilio:
    fake = FakeTwilio()
    server = TestServer(fake.app())
    await server.start_server()
    fake.url = str(server.make_url("")).rstrip("/")
    yield fake
    await server.close()


GatewayFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def make_gateway(tmp_path: Path, assistant: Assistant, twilio: FakeTwilio) -> GatewayFactory:
    clients: list[TestClient] = []

    secret = f"test-sender-id-secret-{uuid.uuid4().hex}"  # one per test, as one deployment

    async def start(**overrides: str) -> TestClient:
        overrides.setdefault("SENDER_ID_SECRET", secret)
        # the console searches the assistant's directory, as a deployment shares one
        overrides.setdefault(
            "DIRECTORY_DATABASE_URL", f"sqlite:///{assistant.work / 'directory.sqlite3'}"
        )
        rasa_url = overrides.pop("RASA_URL", assistant.rasa_url)
        settings = settings_for(tmp_path, rasa_url, twilio.url, **overrides)
        client = TestClient(TestServer(make_app(settings)))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()


@pytest.fixture
async def gateway(make_gateway: GatewayFactory) -> TestClient:
    return await make_gateway()


def store_of(client: TestClient) -> GatewayStore:
    return client.app[store_key]


def closed_port_url() -> str:
    return f"http://127.0.0.1:{free_port()}"


def sign(path: str, form: dict[str, str], token: str = AUTH_TOKEN, public: str = PUBLIC) -> str:
    return RequestValidator(token).compute_signature(public + path, form)


async def signed_post(
    client: TestClient,
    path: str,
    form: dict[str, str],
    *,
    token: str = AUTH_TOKEN,
    signature: str | None = None,
):
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": (
            signature
            if signature is not None
            else sign(path, form, token, client.app[settings_key].public_base_url)
        ),
    }
    return await client.post(path, data=urlencode(form), headers=headers)
