"""The crisis patterns: plain regular expressions, no Rasa, so they are testable anywhere.

Written against folded text (lower case, no accents, straight quotes; see bot.text.fold),
tolerant of phone spellings. Grouped by kind of danger: self-harm and suicide (including
plans, means and farewells), danger from another person now, and emergencies (medical,
fire, a child or vulnerable adult at risk). FIGURES_OF_SPEECH is removed from the text
before matching ("my back is killing me", "not in danger").
"""

from __future__ import annotations

import re

from bot.text import fold

_ME = r"(?:my ?self|my ?slf|myslef|meself|myself)"
_PILLS = r"(?:pills?|tablets?|tablts?|tabs|paracetamol|meds|medication|sleeping pills)"
SELF_HARM = [
    rf"\b(?:kill|kil|kll|end|ending|killing) {_ME}\b",
    r"\bsuicid\w*|\bsuisid\w*|\bsucide\w*|\bsuiside\w*|\bsuicde\w*",
    r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life)\b",
    r"\bend(?:ing)? it\b(?! (?:with|for|at|on|in|by|there|here)\b)",
    r"\b(?:want|wanna|going|gonna|wish|ready|planning|plan|deserve) (?:to )?(?:die|be dead)\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:don'?t|dont|do not|dnt) (?:want|wanna) (?:to )?(?:be here|live|wake up|exist|be "
    r"alive|go on|be around)\b",
    r"\bno (?:point|reason) (?:in )?(?:living|going on|being alive|carrying on|to live|to keep "
    r"going|to go on)\b",
    r"\bcan'?t (?:go on|carry on|do this any ?more|take (?:it|this) any ?more|cope any ?more)\b",
    rf"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) {_ME}\b",
    r"\bself[ -]?harm\w*",
    r"\b(?:been|started|keep|keeps) cutting\b",
    r"\b(?:overdose\w*|od'?d)\b",
    rf"\b(?:took|tuk|taken|swallowed|take|taking|had) (?:a (?:load|lot|bunch|handful) of |too "
    rf"many |2 many |to many |many |all (?:my|the|of my) |loads of |double (?:my|her|his) )"
    rf"(?:\w+ )?(?:{_PILLS}|insulin|pils)",
    rf"\b{_PILLS} (?:lined up|saved up|stockpiled|ready)\b",
    r"\b(?:jump|jumping) (?:off|in front|from|under)\b|\bthreatening to jump\b",
    r"\b(?:hang|hanging) (?:myself|meself)\b|\bnoose\b|\b(?:bought|got) a rope\b",
    r"\bnot (?:safe|going to be safe) (?:from|with) (?:myself|me)\b",
    r"\b(?:goodbye|suicide|farewell) (?:note|letter|message)\b",
    r"\b(?:my |this is my )last (?:message|text|night|day)\b",
    r"\bwon'?t (?:be here|be around|wake up) (?:tomorrow|much longer|by)\b",
    r"\bgave away (?:all )?my (?:things|stuff|belongings)\b",
    r"\b(?:voices?) (?:are |is |keep )?(?:telling|tell|told) me to\b",
    r"\b(?:drive|driving|crash|crashing) (?:into|off) (?:a|the) (?:wall|tree|bridge|cliff)\b",
    r"\bnot getting (?:on|off) (?:it|the train)\b|\bstep in front of\b",
    r"\b(?:affairs in order|made my plan|my plan is|know how and when)\b",
    r"\b(?:written|writing|wrote|left) (?:goodbye |farewell )?(?:letters?|notes?) (?:for|to) "
    r"(?:my|the) (?:family|kids|children|mum|dad|wife|husband|partner)\b",
    r"\b(?:nothing|no one|nobody) (?:left )?to live for\b|\bwant (?:it all|everything) to "
    r"stop\b|\b(?:my|his|her|its) last day\b",
    r"\b(?:rope|noose) (?:is )?ready\b|\b(?:engine|exhaust) running in the (?:shut |closed )?"
    r"garage\b|\b(?:train|railway) tracks?\b|\bedge of the (?:bridge|cliff|roof)\b",
    rf"\b(?:stockpil\w*|saving up|saved up|hoarding|hoarded|collecting) (?:my |all my )?{_PILLS}",
    rf"\b(?:drink|drank|drunk|have drink|had) (?:many|lots of|all (?:the|my)) {_PILLS}",
    r"\b(?:cut|cutting|slit|slashed) (?:my|her|his|their) (?:wrists?|arms?|legs?|skin)\b|"
    r"\b(?:scratch\w*|burn\w*|pick\w*) (?:my |at my )?skin (?:till|until) it bleeds\b",
    r"\b(?:dnt|dont|don'?t) (?:wna|wanna|want to) (?:b|be) alive\b|\bkms\b|\bunalive\b",
    r"\b(?:taken|took|swallowed) (?:everything|all) (?:in|from) the (?:medicine|bathroom|"
    r"pill)\b",
]
VIOLENCE_NOW = [
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|dad|mum|ex|carer|son|"
    r"daughter|brother|sister)(?:'?s| is| are| has)? (?:\w+ )?(?:hitting|beating|strangling|"
    r"choking|attacking|hurting|stabbing|kicking|punching|hit|beat|attacked|strangled) "
    r"(?:me|us|my|her|him|them)\b",
    r"\b(?:going to|gonna|threaten\w*|trying to|about to|will) (?:kill|hurt|stab|hit|attack|"
    r"shoot) (?:me|us|my|the kids|the children|her|him)\b",
    r"\b(?:got|has|with|holding|waving|carrying) (?:a |an )?(?:knife|knives|gun|weapons?|"
    r"blade|machete|bat|hammer)\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:he|she|they)(?:'?ll|'?s going to| will| is "
    r"going to| are going to) (?:kill|hurt)\b",
    r"(?<!not )\b(?:in|into) (?:immediate |real )?danger\b",
    r"\b(?:being|been|is being|getting) (?:beaten|attacked|hurt|abused|hit) (?:right )?now\b",
    r"\bstill in the (?:house|flat|room|home) with\b",
    r"\blocked (?:me |us )in\b|\blocked in (?:the|my) (?:room|house|flat|bedroom)\b",
    r"\b(?:hitting|hiting|hittin|beating|hurting) me (?:right |rite )?now\b",
    r"\b(?:threw|throwing|thrown) (?:a |the )?\w+ at (?:me|us|my|her|him)\b",
    r"\b(?:coming at|going for|after) (?:me|us) (?:again|with)\b",
    r"\b(?:following|followin|chasing) (?:me|us)\b.*\b(?:knife|blade|weapon|gun|machete)\b",
]
AT_RISK_NOW = [
    r"\b(?:child|kid|toddler|baby|boy|girl|teenager|\d+ ?yo|\d+ year old)\w* (?:has been |"
    r"been |was |is |are )?(?:left alone|on (?:the|a) (?:roof|ledge|road|railway)|wandering|"
    r"missing|being (?:beaten|hurt|hit|abused))",
    r"\b(?:hasn'?t|hasnt|not) come home\b.*\b(?:older men|not answering|scared|worried|"
    r"die|hurt)\b",
    r"\b(?:left|been left|on (?:his|her|their) own) (?:alone )?(?:in|for|at)\b.*\b(?:baby|"
    r"toddler|child|kids?|hours|days|dark|car)\b|\b(?:baby|child|toddler|kids?|dog)\b.*\b"
    r"(?:hot car|left alone|on (?:his|her|their) own)\b",
    r"\b(?:son|daughter|child|kid|kids|dad|mum|mother|father|brother|sister|he|she|husband|"
    r"wife|partner|friend|baby|toddler|grandad|grandma|nan|boy|girl|teenager|man|woman)\b"
    r"[^.]{0,40}\b(?:wandered off|run off|ran off|gone missing|is missing|missing since|"
    r"is lost|is lose)\b",
    r"\b(?:lying|laying|collapsed) (?:on|in) the (?:pavement|road|street|floor|ground)\b.*\b"
    r"(?:not moving|unconscious|not breathing|blood)\b|\bnot moving\b",
    r"\b(?:kid|child|kids|children|baby|son|daughter) (?:is |are )?(?:trapped|stuck|stuk)\b",
]
EMERGENCY = [
    r"\b(?:not|isn'?t|isnt|stopped|can'?t|cant) breath(?:e|ing)\b",
    r"\b(?:collapsed|unconscious|unresponsive|won'?t wake up|wont wake up|hasn'?t woken up|"
    r"having a (?:seizure|fit)|turning blue)\b",
    r"\b(?:heart attack|having a stroke|chest pains?|face (?:has )?dropped|"
    r"bleeding (?:a lot|heavily|badly|everywhere)|throat (?:is )?(?:closing|swelling))\b",
    r"\b(?:allergic reaction|anaphyla\w*)\b",
    r"\b(?:drank|swallowed|ate|eaten) (?:some |the )?(?:bleach|batteries|battery|pills|"
    r"tablets|detergent|weedkiller|poison|antifreeze)\b",
    r"\b(?:fell|fallen) (?:over |down )?(?:and )?(?:can'?t|cant|couldn'?t) get up\b|"
    r"\bbeen on the floor\b",
    r"\b(?:house|flat|kitchen|building|room|bin store|car|heater|socket|plug) (?:is |has )?"
    r"(?:on fire|caught fire)\b|\bcarbon monoxide\b|\bco alarm\b",
    r"\b(?:fire|flames?|smoke) (?:is )?(?:in|coming|everywhere|downstairs|upstairs|under)\b|"
    r"\b(?:smoke|fire) everywhere\b|\bsparking\b|\bsmell (?:of )?(?:gas|burning)\b",
    r"\btrapped\b|\b(?:can'?t|cant|cannot) (?:get|go) out\b.*\b(?:fire|smoke|flames|locked)\b|"
    r"\b(?:fire|smoke|flames|locked)\b.*\b(?:can'?t|cant|cannot) (?:get|go) out\b",
    r"\b(?:worst headache|sudden(?:ly)? (?:can'?t|cant) see|slurred speech|face (?:is )?"
    r"drooping|one side (?:has )?(?:dropped|gone))\b",
    r"\b(?:in labour|waters (?:have )?broken|baby is coming)\b",
    r"\b(?:swallowed|swallow|ate|eaten|drunk|drank|got into) (?:a |some |the |my )?(?:\w+ )?"
    r"(?:battery|batteries|magnets?|bleach|dishwasher tablets?|washing tablets?|pods|"
    r"medicine|pills|tablets|poison)\b",
    r"\b(?:fall|fell|fallen) (?:down )?(?:and )?(?:not|isn'?t|is not) (?:speaking|moving|"
    r"responding|breathing)\b",
]
# Welsh (folded: no accents), with North and South Walian forms and mutations.
_FY_HUN = r"(?:fy hun|fy hunan|fyn hun|'?n hun)"
_TABLEDI = r"(?:dabledi|tabledi|thabledi|pils|moddion|meddyginiaeth|feddyginiaeth)"
WELSH_SELF_HARM = [
    rf"\b(?:lladd|ladd|nadd|niweidio|brifo|anafu|torri|llosgi) {_FY_HUN}\b",
    r"\bhunan-?laddiad\w*|\bhunan-?niweidio\b",
    r"\b(?:eisiau|isio|isie|ishe|moyn|mo'yn|am) marw\b",
    r"\b(?:ddim|dim|sa i|dwi ddim|dw i ddim) (?:eisiau|isio|isie|ishe|moyn) (?:byw|bod yma|bod "
    r"yma ddim mwy|deffro)\b",
    r"\b(?:rhoi diwedd ar|diweddu|gorffen) (?:fy|y) (?:mywyd|bywyd)\b|\bfy mywyd i ben\b",
    r"\b(?:gorddos\w*|or-ddos\w*)",
    rf"\b(?:cymryd|gymryd|llyncu|lyncu) (?:llwyth o|llond llaw o|gormod o|yr holl|fy holl|y "
    rf"cyfan o'?r|pob un o'?r) {_TABLEDI}\b",
    r"\b(?:nodyn|llythyr) ffarwel\b|\bdim pwynt byw\b|\bdim rheswm i fyw\b",
]
WELSH_VIOLENCE_NOW = [
    r"\b(?:mae|ma|mai)\b[^.!?]{0,30}\b(?:fy|yn fy) (?:nharo|nghuro|mwrw|mygu|nhagu|nghicio)\b",
    r"\b(?:bygwth|mynd i'?n?) (?:fy |)ladd (?:i|fi)\b|\bbygwth fy lladd\b",
    r"\b(?:cyllell|gyllell|chyllell|gwn|ngwn)\b[^.!?]{0,40}\b(?:rwan|nawr|yma|wrth y drws)\b",
    r"\b(?:rwan|nawr)\b[^.!?]{0,30}\b(?:fy|yn fy) (?:nharo|nghuro|mwrw|mygu|nhagu)\b",
]
WELSH_EMERGENCY = [
    r"\b(?:methu|ffaelu|ddim yn gallu|dim yn gallu) anadlu\b",
    r"\bpoen (?:ofnadwy )?(?:yn|ar) (?:fy|ei|y) (?:mrest|frest|brest)\b",
    r"\b(?:anymwybodol|ddim yn ymateb|wedi llewygu)\b",
    r"\b(?:ty|fflat|gegin|cegin|adeilad|car) ar dan\b",
    r"\b(?:arogl|ogle|oglau|gollwng) nwy\b|\blarwm carbon monocsid\b",
    r"\b(?:cael|wedi cael) (?:stroc|trawiad)\b|\bgwaedu (?:yn drwm|llawer|lot|yn ofnadwy)\b",
    r"\b(?:plentyn|babi|mabi|mhlentyn)\b[^.!?]{0,30}\b(?:ar goll|wedi mynd ar goll|ar ben "
    r"ei hun)\b",
]
ABUSE_NOW = re.compile("|".join(VIOLENCE_NOW + WELSH_VIOLENCE_NOW))
CRISIS = re.compile(
    "|".join(
        SELF_HARM
        + VIOLENCE_NOW
        + AT_RISK_NOW
        + EMERGENCY
        + WELSH_SELF_HARM
        + WELSH_VIOLENCE_NOW
        + WELSH_EMERGENCY
    )
)
# "killing me" in "my back is killing me", "end it" in "end it with my landlord" and
# similar figures of speech are not crisis; these override only the weakest patterns.
FIGURES_OF_SPEECH = re.compile(
    r"\b(?:back|feet|head|legs|knees|neck|tooth|teeth|this heat|the wait|the queue|the rent|"
    r"it|this|work|prices|bills) (?:is|are) killing me\b|\bkill (?:time|the engine)\b|"
    r"\bbored to death\b|\bdying (?:to|for)\b|\bnot in danger\b|\b(?:i'?m|im|i am) safe\b|"
    r"\b(?:nearly |almost )?gave me a heart attack\b|\b(?:bill|bills|rent|heating|prices|"
    r"queue|wait|job|commute) (?:is|are) (?:going to|gonna) kill me\b|\bfire (?:alarm|safety|"
    r"door|extinguisher)s?\b|\b(?:fit|fitted|install|installed|buy|get|have) (?:a |an )?"
    r"(?:co|carbon monoxide|smoke|fire) alarms?\b"
)


MIN_CLASSIFIER_CONFIDENCE = 0.5


def is_crisis(text: str) -> tuple[bool, bool]:
    """(crisis, abuse happening now) for a message."""
    folded = FIGURES_OF_SPEECH.sub(" ", fold(text))
    if CRISIS.search(folded) is None:
        return False, False
    return True, ABUSE_NOW.search(folded) is not None
