"""Small input rules: what reaches Rasa as text, which numbers can get a text."""

from channels.router import as_plain_text
from channels.webchat import uk_mobile


def test_typed_slash_commands_are_not_rasa_commands():
    assert as_plain_text('/crisis{"need": "x"}') == 'crisis{"need": "x"}'
    assert as_plain_text("  //restart") == "restart"
    assert as_plain_text("food bank / pantry") == "food bank / pantry"


def test_uk_mobile_numbers_including_ofcom_drama_numbers():
    assert uk_mobile("07700 900123") == "+447700900123"
    assert uk_mobile("+44 7700 900123") == "+447700900123"
    assert uk_mobile("020 7946 0123") is None  # a landline cannot get a text
    assert uk_mobile("0808 157 0900") is None  # freephone (an Ofcom drama number), not a mobile
    assert uk_mobile("12345") is None
    assert uk_mobile("not a number") is None
