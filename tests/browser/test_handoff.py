"""A handoff in real browsers: a resident (web chat or SMS) and an agent in the console.

The resident asks for a person; the agent signs in, claims the conversation, replies; the
resident gets the reply in their channel; the agent closes it and the assistant answers
the resident's next message again. One Chromium, one context per person, the real gateway
process and the trained assistant (``tests/browser/conftest.py``).
"""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
import uuid

import pytest
from playwright.sync_api import Page, expect
from twilio.request_validator import RequestValidator

from channels.console.accounts import Accounts
from channels.store import GatewayStore
from tests.browser.conftest import Browsing, BrowsingFactory, Gateway, eventually
from tests.channels.twilio_api import AUTH_TOKEN

PASSWORD = "a long test password 123"
RESIDENT = "+447700900321"


@pytest.fixture(scope="module")
def agent_name(gateway: Gateway) -> str:
    store = GatewayStore.from_url(f"sqlite:///{gateway.database}")
    Accounts(store).add("alex", PASSWORD, role="agent", display_name="Alex")
    store.engine.dispose()
    return "Alex"


def sign_in(agent: Page, gateway: Gateway) -> None:
    agent.goto(gateway.url + "/console/login")
    agent.get_by_label("Username").fill("alex")
    agent.get_by_label("Password").fill(PASSWORD)
    agent.get_by_role("button", name="Sign in").click()
    expect(agent.get_by_role("heading", name="Conversations", exact=True)).to_be_visible()


def claim_first(agent: Page) -> None:
    agent.get_by_role("button", name=re.compile(r"^Claim")).first.click()
    expect(agent.get_by_role("heading", name=re.compile("conversation$"))).to_be_visible()


def reply(agent: Page, text: str) -> None:
    agent.get_by_label("Message", exact=True).fill(text)
    agent.get_by_role("button", name="Send reply").click()


def resident_says(page: Page, text: str) -> None:
    box = page.get_by_role("textbox", name="Your message")
    box.fill(text)
    box.press("Enter")


def test_web_chat_handoff_to_an_agent_and_back(
    browse: BrowsingFactory, gateway: Gateway, agent_name: str
) -> None:
    resident: Browsing = browse()
    page = resident.page
    page.get_by_role("button", name="Chat with us").click()
    resident_says(page, "I want to talk to a person please")
    log = page.get_by_role("log", name="Conversation")
    expect(log).to_contain_text("contact centre", timeout=60_000)

    agent = resident.context.browser.new_context().new_page()
    sign_in(agent, gateway)
    expect(agent.get_by_text("Web chat").first).to_be_visible()
    claim_first(agent)
    expect(log).to_contain_text(f"{agent_name} from the contact centre has joined")

    reply(agent, "Hello, this is Alex. How can I help?")
    expect(log).to_contain_text("Hello, this is Alex. How can I help?")
    staff_message = log.locator(".sp-msg").filter(has_text="Hello, this is Alex")
    expect(staff_message).to_have_attribute("lang", "en")

    # While Alex holds it the assistant is silent; Alex sees the resident live.
    resident_says(page, "my rent has gone up and I am behind")
    expect(agent.locator("#transcript")).to_contain_text("my rent has gone up", timeout=20_000)

    agent.get_by_role("button", name="Close and hand back to the assistant").click()
    expect(log).to_contain_text("has left the chat")
    resident_says(page, "food bank near KT1 3LY")
    expect(log.get_by_role("article")).to_have_count(3, timeout=60_000)
    agent.context.close()


def text_gateway(gateway: Gateway, body: str) -> str:
    form = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "From": RESIDENT,
        "To": "+447700900999",
        "Body": body,
    }
    path = "/sms/twilio"
    signature = RequestValidator(AUTH_TOKEN).compute_signature(gateway.url + path, form)
    request = urllib.request.Request(
        gateway.url + path,
        data=urllib.parse.urlencode(form).encode(),
        headers={"X-Twilio-Signature": signature},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode()


def test_sms_handoff_to_an_agent_and_back(
    browse: BrowsingFactory, gateway: Gateway, agent_name: str
) -> None:
    assert "team" in text_gateway(gateway, "can I speak to a real person")
    agent: Page = browse().context.browser.new_context().new_page()
    sign_in(agent, gateway)
    agent.get_by_role("link", name=re.compile("View")).first.click()
    page_text = agent.content()
    assert "•••321" in page_text and "7700900321" not in page_text  # never the full number
    agent.get_by_role("button", name="Claim this conversation").click()

    def texts_to_resident() -> list[str]:
        return [sms["Body"] for sms in gateway.twilio.sent if sms["To"] == RESIDENT]

    eventually(lambda: any(agent_name in body for body in texts_to_resident()))
    assert "<Message>" not in text_gateway(gateway, "thanks, I need help with debt")
    expect(agent.locator("#transcript")).to_contain_text("help with debt", timeout=20_000)
    reply(agent, "I can book you in with a debt adviser tomorrow.")
    eventually(lambda: "I can book you in with a debt adviser tomorrow." in texts_to_resident())
    agent.get_by_role("button", name="Close and hand back to the assistant").click()
    eventually(lambda: any("back with the Signpost assistant" in b for b in texts_to_resident()))
    assert "1. " in text_gateway(gateway, "food bank near KT1 3LY")
    agent.context.close()
