"""The Twilio SMS webhook: signatures, keywords, dedupe, numbered options, TwiML, privacy."""

from __future__ import annotations

import itertools
import logging
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from channels import sms_text
from channels import tables as t
from channels.app import settings_key
from channels.ids import sms_conversation_id
from channels.store import NewMessage
from tests.channels.conftest import (
    OLD_TOKEN,
    RESIDENT,
    SIGNPOST_NUMBER,
    closed_port_url,
    signed_post,
    store_of,
)
from tests.channels.twilio_api import AUTH_TOKEN

_sids = itertools.count(1)


def incoming(
    body: str, *, number: str = RESIDENT, sid: str | None = None, to: str = SIGNPOST_NUMBER
) -> dict[str, str]:
    return {
        "MessageSid": sid or f"SM{next(_sids):032x}",
        "AccountSid": "AC" + "0" * 32,
        "From": number,
        "To": to,
        "Body": body,
        "NumSegments": "1",
    }


def reply_text(xml: str) -> str | None:
    """The text of the TwiML reply's one <Message>, or None for an empty <Response/>."""
    root = ET.fromstring(xml)
    assert root.tag == "Response"
    messages = root.findall("Message")
    assert len(messages) <= 1
    return messages[0].text if messages else None


async def text(gateway, body: str, **kwargs) -> str | None:
    response = await signed_post(gateway, "/sms/twilio", incoming(body, **kwargs))
    assert response.status == 200, await response.text()
    assert response.content_type == "application/xml"
    return reply_text(await response.text())


async def text_of(response) -> str | None:
    assert response.status == 200
    return reply_text(await response.text())


def transcript(gateway) -> list[tuple[str, str]]:
    with store_of(gateway).engine.connect() as db:
        rows = db.execute(select(t.messages).order_by(t.messages.c.id)).all()
    return [(row.sender, row.body) for row in rows]


async def test_food_bank_near_a_postcode_lists_services_in_three_segments_at_most(gateway):
    reply = await text(gateway, "food bank near KT1 3LY")
    lines = reply.splitlines()
    assert "KT1 3LY" in lines[0]
    assert [line[:3] for line in lines[1:4]] == ["1. ", "2. ", "3. "]
    assert "miles away" in lines[1]
    assert sms_text.segments(reply) <= 3
    assert "**" not in reply and "](" not in reply


async def test_unsigned_or_wrongly_signed_requests_are_refused_before_anything(gateway, caplog):
    form = incoming("my secret message about debt")
    unsigned = await gateway.post("/sms/twilio", data=form)
    assert unsigned.status == 403
    forged = await signed_post(gateway, "/sms/twilio", form, token="not-the-token")
    assert forged.status == 403
    tampered = await signed_post(
        gateway, "/sms/twilio", form, signature="dGhpcyBpcyBub3QgYSBzaWduYXR1cmU="
    )
    assert tampered.status == 403
    assert transcript(gateway) == []
    assert "secret message" not in caplog.text and RESIDENT not in caplog.text


async def test_a_rotated_out_token_is_still_accepted_during_rotation(gateway):
    response = await signed_post(gateway, "/sms/twilio", incoming("hello"), token=OLD_TOKEN)
    assert response.status == 200


async def test_the_signature_covers_the_public_url_not_the_internal_one(gateway):
    form = incoming("hello")
    internal = RequestValidator(AUTH_TOKEN).compute_signature(
        str(gateway.make_url("/sms/twilio")), form
    )
    response = await signed_post(gateway, "/sms/twilio", form, signature=internal)
    assert response.status == 403


async def test_a_retried_message_sid_is_processed_once_and_answered_the_same(gateway):
    form = incoming("food bank near KT1 3LY")
    first = await signed_post(gateway, "/sms/twilio", form)
    again = await signed_post(gateway, "/sms/twilio", form)
    assert reply_text(await first.text()) == reply_text(await again.text())
    assert "1. " in reply_text(await again.text())
    assert [sender for sender, _ in transcript(gateway)].count("resident") == 1


async def test_a_retried_keyword_does_nothing_more(gateway):
    form = incoming("HELP")
    assert await text_of(await signed_post(gateway, "/sms/twilio", form))
    assert await text_of(await signed_post(gateway, "/sms/twilio", form)) is None


async def test_stop_then_a_message_gets_nothing_until_start(gateway):
    assert await text(gateway, "STOP") is None
    assert await text(gateway, "food bank near KT1 3LY") is None
    assert transcript(gateway) == []  # nothing reached the assistant
    started = await text(gateway, "Start")
    assert "again" in started
    assert await text(gateway, "food bank near KT1 3LY")


@pytest.mark.parametrize("word", ["stop", "STOPALL", "Unsubscribe", "cancel", "END", "quit."])
async def test_every_opt_out_keyword_records_an_opt_out(gateway, word):
    assert await text(gateway, word) is None
    with store_of(gateway).engine.connect() as db:
        assert len(db.execute(select(t.sms_optouts)).all()) == 1


async def test_help_says_what_the_service_is_and_how_to_reach_a_person(gateway):
    reply = await text(gateway, "HELP")
    assert "Signpost" in reply and "PERSON" in reply and "STOP" in reply and "999" in reply
    assert await text(gateway, "info") == reply


async def test_buttons_become_numbered_options_and_a_number_picks_one(gateway):
    reply = await text(gateway, "I need support")
    assert "1 Food" in reply and "2 Money and debt" in reply
    assert reply.splitlines()[-1] == "Reply 1, 2, 3 or 4"
    follow_up = await text(gateway, "1")
    assert "postcode" in follow_up.lower() or "where" in follow_up.lower()
    with store_of(gateway).engine.connect() as db:
        rows = db.execute(select(t.messages).where(t.messages.c.body == "1")).all()
    assert rows[0].data == {"payload": '/find_service{"need": "food"}'}


async def test_the_number_is_never_the_conversation_id_nor_logged(gateway, caplog):
    caplog.set_level(logging.DEBUG)
    await text(gateway, "food bank near KT1 3LY")
    with store_of(gateway).engine.connect() as db:
        conversation = db.execute(select(t.conversations)).one()
    assert conversation.id.startswith("sms-") and "7700900123" not in conversation.id
    assert conversation.reply_to == RESIDENT  # kept only to reply later
    assert "7700900123" not in caplog.text and "food bank" not in caplog.text


async def test_a_flood_gets_one_polite_reply_then_silence(make_gateway):
    gateway = await make_gateway(RATE_LIMIT_MESSAGES="2", RATE_LIMIT_WINDOW_SECONDS="600")
    assert await text(gateway, "hello")
    assert await text(gateway, "hello again")
    limited = await text(gateway, "hello hello")
    assert "pause" in limited
    assert await text(gateway, "are you there") is None


async def test_assistant_down_gives_a_fixed_apology_with_emergency_numbers(make_gateway):
    gateway = await make_gateway(RASA_URL=closed_port_url())
    reply = await text(gateway, "food bank near KT1 3LY")
    assert "999" in reply and "116 123" in reply


@pytest.mark.parametrize(
    ("form", "status"),
    [
        ({"From": RESIDENT, "Body": "hi"}, 400),  # no MessageSid
        ({"MessageSid": "SM1", "From": "not-a-number", "Body": "hi"}, 400),
        ({"MessageSid": "SM2", "From": RESIDENT}, 400),  # no Body
    ],
)
async def test_bad_forms_get_a_clean_400(gateway, form, status):
    response = await signed_post(gateway, "/sms/twilio", form)
    assert response.status == status


async def test_huge_bodies_non_utf8_and_other_content_types_get_4xx(gateway):
    huge = await gateway.post(
        "/sms/twilio",
        data=b"Body=" + b"a" * 70_000,
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert huge.status == 413
    latin1 = await gateway.post(
        "/sms/twilio",
        data=b"Body=caf%E9&MessageSid=SM1",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert latin1.status == 400
    json_body = await gateway.post(
        "/sms/twilio", json={"Body": "hi"}, headers={"X-Twilio-Signature": "x"}
    )
    assert json_body.status == 415


async def test_delivery_receipts_must_be_signed_and_update_the_outbox(gateway):
    store = store_of(gateway)
    sms_id = store.queue_sms("sms-x", RESIDENT, "hash", "hello")
    store.sms_result(sms_id, "sent", provider_sid="SM" + "1" * 32)
    receipt = {"MessageSid": "SM" + "1" * 32, "MessageStatus": "delivered"}
    assert (await gateway.post("/sms/twilio/status", data=receipt)).status == 403
    assert (await signed_post(gateway, "/sms/twilio/status", receipt)).status == 204
    (row,) = store.outbound()
    assert (row["status"], row["to_number"]) == ("delivered", None)
    unknown = {"MessageSid": "SM1", "MessageStatus": "teleported"}
    assert (await signed_post(gateway, "/sms/twilio/status", unknown)).status == 400


async def test_a_message_whose_first_attempt_died_unanswered_is_answered_on_retry(gateway):
    # A gateway stored the message, then died before the answer; the retry goes elsewhere.
    form = incoming("food bank near KT1 3LY")
    store = store_of(gateway)
    secret = gateway.app[settings_key].sender_id_secret
    conversation = store.open_conversation(
        sms_conversation_id(secret, RESIDENT), channel="sms", tenant="kingston", language="en"
    )
    store.record_resident(
        conversation.id, NewMessage("resident", form["Body"], client_id=form["MessageSid"])
    )
    reply = await text_of(await signed_post(gateway, "/sms/twilio", form))
    assert "1. " in reply
    assert [sender for sender, _ in transcript(gateway)].count("resident") == 1


async def test_crisis_by_sms_gets_the_emergency_contacts_first(gateway):
    reply = await text(gateway, "i dont want to be alive anymore")
    first_line = reply.splitlines()[0]
    assert "999" in first_line and "116 123" in first_line
    assert sms_text.segments(reply) <= 3
