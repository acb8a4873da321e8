"""The web chat widget in a real browser, against the real gateway and the trained assistant.

Chromium loads the demo page from a gateway process; the resident uses the keyboard where a
resident would. What the page shows is checked against what the gateway stored (its SQLite
transcript) and what screen readers are told (a recorder on the widget's live region).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import AXE, STORE_KEY, Browsing, BrowsingFactory, eventually, needs
from tests.channels.twilio_api import FakeTwilio

FOOD = "need a food bank near KT1 3LY"
CARD_NAME = re.compile(r"^(\d+)\. \S")
MORE_OPTIONS = "More options"
NO_MORE = "That's all the services I have"
EXIT_URL = "https://www.bbc.co.uk/weather"
MOBILE = "+447700900123"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# What the page's live region is told, recorded from before the widget exists.
ANNOUNCEMENTS = """(() => {
  window.__announced = [];
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (!(m.target instanceof Element)) continue;
      if (!m.target.matches('.signpost-chat [aria-live="polite"]')) continue;
      for (const node of m.addedNodes) window.__announced.push(node.textContent);
    }
  }).observe(document, { childList: true, subtree: true });
})();"""

# Lets a test drop the page's WebSockets, as a network failure would (the widget cannot),
# and refuse new ones for a while (a closed port); records the frames the page sends (with
# the number of the socket that sent each).
SOCKETS = """(() => {
  const Native = window.WebSocket;
  const open = [];
  const sent = [];
  let made = 0, refusing = false;
  window.__sockets = {
    closeAll: () => open.splice(0).forEach((socket) => socket.close()),
    refuse: (on) => { refusing = on; },
    sent: () => sent,
  };
  window.WebSocket = class extends Native {
    constructor(url, ...rest) {
      super(refusing ? 'ws://127.0.0.1:9/' : url, ...rest);
      this.number = ++made;
      open.push(this);
    }
    send(data) {
      sent.push({ ...JSON.parse(data), socket: this.number });
      return super.send(data);
    }
  };
})();"""

# Sends a message and drops the connection before the gateway can answer it.
SEND_THEN_DROP = """(text) => {
  const box = document.querySelector('#signpost-chat-input');
  box.value = text;
  box.form.requestSubmit();
  window.__sockets.closeAll();
}"""

# Submits the mobile number form and drops the connection before the gateway can answer.
SUBMIT_NUMBER_THEN_DROP = """() => {
  document.querySelector('.signpost-chat form.sp-sms').requestSubmit();
  window.__sockets.refuse(true);
  window.__sockets.closeAll();
}"""

# As a page is left: what the widget still holds (quick exit must have wiped it).
LEAVING = """(() => {
  const key = 'signpost-chat:kingston';
  window.__storedAtStart = sessionStorage.getItem(key);
  addEventListener('beforeunload', () => window.__leaving({
    href: location.href,
    messages: document.querySelectorAll('.signpost-chat .sp-list > li').length,
    stored: sessionStorage.getItem(key),
    live: document.querySelector('.signpost-chat [aria-live="polite"]')?.textContent ?? null,
  }));
})();"""

# Every visible button and link in the widget with its size, and whether WCAG 2.5.8 exempts
# it as a link inline in a sentence or a block of text.
TARGETS = """() => [...document.querySelectorAll('.signpost-chat :is(button, a[href])')]
  .filter((node) => node.getClientRects().length && getComputedStyle(node).visibility !== 'hidden')
  .map((node) => {
    const box = node.getBoundingClientRect();
    const block = node.closest('p, li, label, td');
    const inline = node.tagName === 'A' && getComputedStyle(node).display === 'inline'
      && !!block && block.textContent.trim() !== node.textContent.trim();
    return { name: node.textContent.trim() || node.getAttribute('aria-label') || node.tagName,
             width: box.width, height: box.height, inline };
  })"""

FIRST_CONTROL = """(panel) => [...panel.querySelectorAll(
  'button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])')]
  .find((node) => !node.disabled && node.getClientRects().length)?.className"""


# ---------------------------------------------------------------------------------- helpers
def state(page: Page) -> dict:
    return page.evaluate("() => window.SignpostChat.state()")


def open_chat(page: Page) -> None:
    page.get_by_role("button", name="Chat with us").click()
    expect(page.get_by_role("textbox", name="Your message")).to_be_focused()


def messages(page: Page):
    return page.locator(".signpost-chat .sp-list > li")


def cards(page: Page):
    return page.locator(".signpost-chat .sp-list").get_by_role("article")


def send(page: Page, text: str) -> None:
    """Types into the message box and presses Enter, as a resident does."""
    box = page.get_by_role("textbox", name="Your message")
    box.focus()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def settled(browsing: Browsing, text: str, times: int = 1) -> list[tuple]:
    """Waits until the gateway has stored ``text`` (``times`` times in all) and the answer to
    it, and the page shows it all.

    The gateway stores the assistant's replies together, after the resident's message; the
    page is up to date when its last seq is the last stored one.
    """
    page, gateway = browsing.page, browsing.gateway

    def answered() -> list[tuple] | None:
        session = state(page)["session"]
        if not session:
            return None
        rows = gateway.transcript(session)
        mine = [row for row in rows if row[1] == "resident" and row[2] == text]
        return rows if len(mine) >= times and rows[-1][0] > mine[-1][0] else None

    rows = eventually(answered, timeout=60, message=f"no answer to {text!r} was stored")
    page.wait_for_function(
        "(seq) => window.SignpostChat.state().last_seq >= seq", arg=rows[-1][0], timeout=30_000
    )
    return rows


def say(browsing: Browsing, text: str) -> list[tuple]:
    send(browsing.page, text)
    return settled(browsing, text)


def shown(page: Page) -> list[tuple[str, str]]:
    """Each message on the page: (sender class, its bubble text or its card's heading)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.signpost-chat .sp-list > li')].map((li) => [
          li.className.replace(/.*sp-msg--(resident|bot|staff|notice).*/, '$1'),
          (li.querySelector('.sp-bubble, .sp-card-title') || li).textContent])"""
    )


def matches_transcript(on_page: list[tuple[str, str]], rows: list[tuple]) -> bool:
    """The page shows exactly the stored transcript, in order, each message once."""
    if len(on_page) != len(rows):
        return False
    for (kind, text), (_, sender, body, _) in zip(on_page, rows, strict=True):
        if kind != {"system": "notice"}.get(sender, sender):
            return False
        if not (text == body or (CARD_NAME.match(text) and body.startswith(text))):
            return False
    return True


def sent_frames(page: Page) -> list[dict]:
    return page.evaluate("() => window.__sockets.sent()")


def texts_to(twilio: FakeTwilio, number: str) -> list[dict[str, str]]:
    return [sms for sms in twilio.sent if sms["To"] == number]


def announced(page: Page) -> list[str]:
    return page.evaluate("() => window.__announced")


def tab_to(page: Page, selector: str, *, backwards: bool = False, limit: int = 60) -> None:
    """Presses Tab (or Shift+Tab) until the focused element matches ``selector``."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return
        page.keyboard.press(key)
    pytest.fail(f"{selector} cannot be reached with {key} ({limit} presses)")


def axe(page: Page) -> list[dict]:
    """Serious and critical axe-core violations of WCAG 2.2 AA on the page as it is."""
    page.add_script_tag(path=str(needs(AXE, "axe-core")))
    result = page.evaluate(
        """(tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } })""", WCAG_TAGS
    )
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
    )


@pytest.fixture
def browse_recorded(browse: BrowsingFactory) -> BrowsingFactory:
    """``browse`` with the live region recorder installed before the page's scripts run."""

    def open_page(*scripts: str, **context_options) -> Browsing:
        return browse(init_scripts=[ANNOUNCEMENTS, *scripts], **context_options)

    return open_page


# ------------------------------------------------------------------------------------ tests
def test_keyboard_only_resident_finds_food_banks_on_cards(browse_recorded) -> None:
    browsing = browse_recorded()
    page = browsing.page
    tab_to(page, ".signpost-chat .sp-launcher")
    page.keyboard.press("Enter")
    expect(page.get_by_role("textbox", name="Your message")).to_be_focused()
    page.keyboard.type(FOOD)
    page.keyboard.press("Enter")
    rows = settled(browsing, FOOD)

    found = cards(page)
    expect(found).to_have_count(3)
    for number in (1, 2, 3):
        card = page.get_by_role("article", name=re.compile(rf"^{number}\. \S"))
        expect(card).to_have_count(1)
        expect(card.locator('a[href^="tel:"]')).to_have_attribute("href", re.compile(r"^tel:\d+$"))
        expect(card).to_contain_text("Last checked")
        expect(card).to_contain_text(re.compile(r"\d+(\.\d+)? miles away"))
    assert matches_transcript(shown(page), rows), (shown(page), rows)

    # Every message says its language; nothing in the log is without one.
    langs = messages(page).evaluate_all("(lis) => lis.map((li) => li.getAttribute('lang'))")
    assert langs and all(langs), langs
    assert set(langs) == {"en"}

    # Screen readers heard each assistant message once, and nothing else: not the resident's
    # own words, not the introduction, not the log again.
    replies = [body for _, sender, body, _ in rows if sender != "resident"]
    page.wait_for_function("(n) => window.__announced.length >= n", arg=len(replies))
    page.wait_for_timeout(500)  # anything announced twice would be by now
    heard = announced(page)
    assert sorted(heard) == sorted(replies), heard
    assert page.locator(".signpost-chat [role=log]").get_attribute("aria-live") == "off"


def test_reply_buttons_work_by_keyboard_and_are_retired_once_used(browse_recorded) -> None:
    browsing = browse_recorded()
    page = browsing.page
    open_chat(page)
    say(browsing, FOOD)
    first = page.get_by_role("group", name="Suggested replies")
    expect(first).to_have_count(1)

    tab_to(page, ".sp-buttons .sp-btn:first-child", backwards=True)
    expect(page.get_by_role("button", name=MORE_OPTIONS)).to_be_focused()
    page.keyboard.press("Enter")
    settled(browsing, MORE_OPTIONS)

    more_cards = page.get_by_role("article", name=re.compile(r"^([4-9]|\d\d+)\. \S"))
    no_more = page.get_by_text(NO_MORE)
    expect(more_cards.or_(no_more).first).to_be_visible()
    for button in first.first.get_by_role("button").all():
        expect(button).to_be_disabled()
    resident = messages(page).filter(has=page.locator(".sp-bubble", has_text=MORE_OPTIONS))
    expect(resident).to_have_count(1)

    if more_cards.count():  # a second page of results offers the buttons again: use Space
        groups = page.get_by_role("group", name="Suggested replies")
        expect(groups).to_have_count(2)
        second = groups.nth(1)
        latest = second.get_by_role("button", name=MORE_OPTIONS)
        expect(latest).to_be_enabled()
        latest.focus()
        page.keyboard.press("Space")
        settled(browsing, MORE_OPTIONS, times=2)
        for button in second.get_by_role("button").all():
            expect(button).to_be_disabled()
        expect(page.get_by_text(NO_MORE).or_(cards(page).nth(6))).to_have_count(1)


def test_a_dropped_connection_loses_and_doubles_nothing(browse_recorded) -> None:
    browsing = browse_recorded(SOCKETS)
    page, context, gateway = browsing.page, browsing.context, browsing.gateway
    open_chat(page)
    say(browsing, FOOD)
    session = state(page)["session"]

    # The connection drops just after a message went out, before its ack came back: the
    # widget sends it again with the same id on the next connection.
    lost_ack = "hello"
    page.evaluate(SEND_THEN_DROP, lost_ack)
    settled(browsing, lost_ack)
    (frame_id,) = {f["id"] for f in sent_frames(page) if f.get("text") == lost_ack}
    sockets_used = [f["socket"] for f in sent_frames(page) if f.get("id") == frame_id]
    assert len(set(sockets_used)) == 2, sockets_used  # resent after the reconnect

    # The network goes away; the resident writes meanwhile; the network comes back.
    context.set_offline(True)
    page.evaluate("() => window.__sockets.closeAll()")
    expect(page.get_by_role("status")).to_have_text("Reconnecting…")
    offline = "debt advice in Surbiton"
    send(page, offline)
    pending = messages(page).filter(has_text=offline)
    expect(pending).to_contain_text("Sending…")
    page.wait_for_timeout(1500)  # a reconnect attempt or two fails meanwhile
    assert state(page)["pending"] == 1 and not state(page)["connected"]
    assert offline not in [row[2] for row in gateway.transcript(session)]

    context.set_offline(False)
    rows = settled(browsing, offline)
    expect(pending).to_contain_text("Sent")
    expect(page.get_by_role("status")).to_have_text("")
    assert state(page)["session"] == session

    # Each message of the transcript is on the page once, in order; each resident message
    # is stored once; the one written offline was answered.
    on_page = shown(page)
    assert matches_transcript(on_page, rows), (on_page, rows)
    residents = [(row[2], row[3]) for row in rows if row[1] == "resident"]
    assert [body for body, _ in residents] == [FOOD, lost_ack, offline]
    assert len({client_id for _, client_id in residents}) == 3
    asked = next(row[0] for row in rows if row[2] == offline)
    assert any(row[1] == "bot" and row[0] > asked for row in rows)
    for text in (FOOD, lost_ack, offline):
        expect(page.locator(".sp-msg--resident .sp-bubble").filter(has_text=text)).to_have_count(1)


def test_a_reload_restores_the_conversation_from_session_storage(browse_recorded) -> None:
    browsing = browse_recorded()
    page = browsing.page
    open_chat(page)
    rows = say(browsing, FOOD)
    before = shown(page)
    session = state(page)["session"]
    assert page.evaluate("(key) => JSON.parse(sessionStorage.getItem(key)).session", STORE_KEY) == (
        session
    )

    page.reload()
    expect(messages(page)).to_have_count(len(before))
    assert shown(page) == before
    assert matches_transcript(shown(page), rows)
    assert state(page)["session"] == session
    expect(page.locator("#signpost-chat-panel")).to_be_visible()  # it was open: it still is
    # One summary is announced, not every message again.
    page.wait_for_function("() => window.__announced.length >= 1")
    page.wait_for_timeout(600)
    assert announced(page) == [f"Your conversation has been restored ({len(rows)} messages)."]
    assert page.evaluate("() => localStorage.length") == 0


def test_quick_exit_is_first_forgets_everything_and_leaves(browse_recorded) -> None:
    leaving: list[dict] = []
    browsing = browse_recorded(
        LEAVING, bindings={"__leaving": lambda _source, snapshot: leaving.append(snapshot)}
    )
    page, gateway = browsing.page, browsing.gateway
    open_chat(page)
    say(browsing, FOOD)
    session = state(page)["session"]
    assert gateway.ended_at(session) is None

    # The first control in the panel: right after the page's own links (the launcher is
    # hidden while the panel is open).
    page.locator('nav a[href="#contact"]').focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Quick exit")).to_be_focused()
    assert page.locator("#signpost-chat-panel").evaluate(FIRST_CONTROL) == "sp-exit"

    page.keyboard.press("Enter")
    page.wait_for_url(EXIT_URL)
    expect(page).to_have_title("BBC Weather")
    assert browsing.internet.answered == [EXIT_URL]
    # What the chat page held as it was left: no messages, no session, nothing to announce.
    chat = [snapshot for snapshot in leaving if snapshot["href"] == gateway.url + "/"]
    assert chat[-1] == {"href": gateway.url + "/", "messages": 0, "stored": None, "live": ""}
    ended = eventually(lambda: gateway.ended_at(session), message="the gateway kept the session")
    assert ended

    # Back does not return to the chat (the exit replaced it in the history); opening the
    # site again in this tab starts afresh: nothing was kept to resume.
    page.go_back()
    assert not page.url.startswith(gateway.url), page.url
    page.goto(gateway.url + "/")
    page.locator(".signpost-chat .sp-launcher").wait_for()
    assert page.evaluate("() => window.__storedAtStart") is None
    assert state(page)["session"] is None
    expect(page.locator("#signpost-chat-panel")).to_be_hidden()


def test_what_the_resident_types_is_shown_as_text_never_run(browse_recorded) -> None:
    browsing = browse_recorded()
    page = browsing.page
    attack = '<img src=x onerror="window.__pwned=1">'
    open_chat(page)
    rows = say(browsing, attack)
    bubble = messages(page).first.locator(".sp-bubble")
    expect(bubble).to_have_text(attack)
    assert page.locator(".signpost-chat img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert [row[2] for row in rows if row[1] == "resident"] == [attack]


def test_text_me_these_sends_the_services_to_the_number_given(browse_recorded) -> None:
    browsing = browse_recorded()
    page, twilio = browsing.page, browsing.gateway.twilio
    open_chat(page)
    say(browsing, FOOD)
    names = [re.sub(r"^\d+\. ", "", name) for name in cards(page).locator("h3").all_text_contents()]
    assert len(names) == 3

    page.get_by_role("button", name="Text me these").click()
    settled(browsing, "Text me these")
    number = page.get_by_label("Mobile number")
    expect(number).to_be_visible()
    number.fill("07700 900123")  # this test's own number: the fake Twilio serves the module
    page.get_by_role("button", name="Use this number").click()

    eventually(lambda: texts_to(twilio, MOBILE), timeout=30, message="no SMS was sent")
    page.wait_for_timeout(2500)  # a second one would have been sent by now
    (sms,) = texts_to(twilio, MOBILE)
    for position, name in enumerate(names, start=1):
        assert f"{position}. {name}" in sms["Body"], sms["Body"]
    # The page shows what the gateway stored: the last three digits, never the number.
    expect(page.locator(".sp-list")).not_to_contain_text("900123")
    expect(page.locator(".sp-list")).to_contain_text("•••123")


def test_a_number_resent_after_a_dropped_connection_is_texted_once(browse_recorded) -> None:
    browsing = browse_recorded(SOCKETS)
    page, twilio = browsing.page, browsing.gateway.twilio
    number = "+447700900456"  # this test's own
    open_chat(page)
    say(browsing, FOOD)
    page.get_by_role("button", name="Text me these").click()
    settled(browsing, "Text me these")
    page.get_by_label("Mobile number").fill("07700 900456")

    # The number goes out, then the connection drops before the ack comes back; the gateway
    # texts the results. The widget sends the number again (same id) once it is back online.
    page.evaluate(SUBMIT_NUMBER_THEN_DROP)
    eventually(lambda: texts_to(twilio, number), timeout=30, message="no SMS was sent")
    assert state(page)["pending"] == 1
    page.evaluate("() => { window.__sockets.refuse(false); dispatchEvent(new Event('online')); }")
    page.wait_for_function("() => SignpostChat.state().connected && !SignpostChat.state().pending")
    expect(page.locator(".sp-msg--resident").filter(has_text="•••456")).to_have_count(1)
    page.wait_for_timeout(3000)  # the outbox is polled every second
    assert len(texts_to(twilio, number)) == 1, texts_to(twilio, number)


def test_no_serious_accessibility_violations_closed_and_with_cards(browse_recorded) -> None:
    browsing = browse_recorded()
    page = browsing.page
    closed = axe(page)
    assert not closed, describe(closed)
    open_chat(page)
    say(browsing, FOOD)
    expect(cards(page)).to_have_count(3)
    with_cards = axe(page)
    assert not with_cards, describe(with_cards)


def test_at_320_px_nothing_scrolls_sideways_and_targets_are_big_enough(browse_recorded) -> None:
    browsing = browse_recorded(viewport={"width": 320, "height": 640})
    page = browsing.page

    def small_targets() -> list[dict]:
        targets = page.evaluate(TARGETS)
        assert targets
        return [t for t in targets if not t["inline"] and (t["width"] < 24 or t["height"] < 24)]

    assert small_targets() == []  # the launcher alone
    open_chat(page)
    say(browsing, FOOD)
    expect(cards(page)).to_have_count(3)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    log_width = page.locator(".signpost-chat .sp-log").evaluate(
        "(log) => [log.scrollWidth, log.clientWidth]"
    )
    assert log_width[0] <= log_width[1], log_width
    assert small_targets() == []
    buttons = [t["name"] for t in page.evaluate(TARGETS) if not t["inline"]]
    assert {"Quick exit", "Close chat", MORE_OPTIONS, "Send"} <= set(buttons), buttons
