"""Words: the domain's responses picked by language and channel, as Rasa picks them."""

from actions.wording import Words

CY = [{"type": "slot", "name": "language", "value": "cy"}]
DOMAIN = {
    "responses": {
        "utter_x": [
            {"text": "Hello {name}"},
            {"channel": "sms", "text": "Hi {name}"},
            {"condition": CY, "text": "Helo {name}"},
            {"condition": CY, "channel": "sms", "text": "Haia {name}"},
        ],
        "utter_only_english": [{"text": "English"}, {"channel": "sms", "text": "Eng"}],
    }
}


def test_language_then_channel_then_default():
    english, welsh = Words(DOMAIN), Words(DOMAIN, "cy")
    assert english.fragment("utter_x", name="Sam") == "Hello Sam"
    assert english.variant("utter_x", "sms", name="Sam") == "Hi Sam"
    assert welsh.fragment("utter_x", name="Sam") == "Helo Sam"
    assert welsh.variant("utter_x", "sms", name="Sam") == "Haia Sam"
    # no Welsh yet: the English for the channel, never nothing
    assert welsh.variant("utter_only_english", "sms") == "Eng"
