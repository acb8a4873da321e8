"""The crisis patterns: plain regular expressions, no Rasa, so they are testable anywhere.

Written against folded text (lower case, no accents, straight quotes; see bot.text.fold) after
a light respelling of the phone spellings people use in distress ("wanna" → "want to",
"myslf" → "myself", "sucidal" → "suicidal", "hittin" → "hitting", "don't" → "dont"; see
``normalise``). Grouped by kind of danger, English then Welsh: suicide (wishes to die, intent,
plans and means, farewells, not being able to keep safe), self-harm, overdose and poisoning,
violence or abuse happening now, a child or a vulnerable adult at risk now, medical
emergencies, cold, fire and gas.

Two tiers, because recall matters most but a resident asking for support after a past event
("my brother took his own life last year, is there a support group") is not in danger now:

* ``CRISIS``: phrasings of danger now; always a crisis.
* ``MENTION``: words for a dangerous event that residents also use about the past or about a
  service ("overdose", "suicide", "self harm", "heart attack", "he hit me"). A crisis unless
  the message places it in the past or asks about a service (``NOT_NOW``: "years ago",
  "as a teenager", "used to", "bereavement", "training", "support group") and nothing says
  it is happening now (``NOW``: "tonight", "right now", "again", "still").

FIGURES_OF_SPEECH is removed before matching ("my back is killing me", "i could murder a
curry", "mae'r rhent yn fy lladd i", "not in danger", "im not suicidal"), and so is HYPERBOLE
("my mum will kill me") when nothing in the message speaks of violence or fear.

scripts/crisis_pattern_report.py measures the patterns on the training data, CLINC150 and
tests/bot/crisis_dev.yml.
"""

from __future__ import annotations

import re

from bot.text import fold

# --- respelling -------------------------------------------------------------------------------
# Contractions lose their apostrophe ("he's" → "hes", "i'll" → "ill") so each pattern needs one
# spelling; Welsh apostrophes ("mae'r", "dwi'n", "i'r") are kept.
_CONTRACTION = re.compile(r"(?<=[a-z])'(?=(?:s|t|m|d|ll|re|ve)\b)")
_SPELLINGS = {
    "want to": r"wanna|wana|wnna|wanta|wantto|wnt 2|want 2|wnt to|wan to",
    "want": r"wnt|wnat",
    "going to": r"gonna|gona|gunna|gna|goin to|goin 2|going 2|finna",
    "trying to": r"tryna|trynna|tryin to|tryin 2|trying 2",
    "myself": r"my ?self|my ?slf|myslef|mysef|my ?selfe|meself|mysel",
    "himself": r"him self|hisself",
    "herself": r"her self",
    "themselves": r"them selves|themself",
    "tonight": r"tonite|2nite|2night|tonyt|tnite|tonigh",
    "right now": r"rn|rite now|ryt now|right nw",
    "please": r"pls|plz|plse|pleas|plez",
    "someone": r"sum1|some1|sumone|smone",
    "someone is": r"someones",
    "somebody is": r"somebodys",
    "somebody": r"sumbody|sumbdy",
    "kill": r"kil|kll|kiil",
    "cant": r"cnt|carnt|cannot|can not|caint",
    "dont": r"dnt|do not",
    "doesnt": r"does not|dosnt|dosent",
    "isnt": r"is not|aint|isint",
    "hasnt": r"has not|hasent",
    "havent": r"have not",
    "wont": r"will not|wnt be|wil not",
    "didnt": r"did not",
    "arent": r"are not",
    "wasnt": r"was not",
    "couldnt": r"could not",
    "with": r"wiv|wif|wid",
    "you": r"u|yu",
    "again": r"agen|agn|agian|agin",
    "knife": r"nife|knif|kinfe",
    "knives": r"knifes|nives",
    "break": r"brk|braek",
    "pills": r"pils|pillz|pilss",
    "tablets": r"tablts|tabets|tablests",
    "taken": r"takn|tekn",
    "took": r"tuk",
    "swallowed": r"swalowd|swallowd|swollowed|swolled|swalowed|swallod|swalloed",
    "collapsed": r"collapsd|colapsed|collasped|colapsd|collaped",
    "battery": r"batry|battry|batery|batterie",
    "everywhere": r"evrywer|everywer|evrywhere|everywere|evrywere",
    "nothing": r"nuthin|nothin|nuffin|nutin",
    "live": r"liv",
    "having": r"hvin|havin",
    "help": r"hlp|hep",
    "sorry": r"sry|soz|sorri",
    "people": r"ppl",
    "little": r"lil",
    "what": r"wot|wat",
    "breathe": r"breeve|breave|brethe|breeth",
    "breathing": r"breathin|breething|breating|breathng|brething",
    "boyfriend": r"bf",
    "girlfriend": r"gf",
    "husband": r"hubby",
    "mate": r"m8",
}
_SPELLING = re.compile(
    r"\b(?:" + "|".join(f"(?P<w{i}>{alts})" for i, alts in enumerate(_SPELLINGS.values())) + r")\b"
)
_CANONICAL = list(_SPELLINGS)
# Dropped g's: "hittin" → "hitting", "breathin" → "breathing" (only verbs that matter here).
_DROPPED_G = re.compile(
    r"\b(hitt|kill|cutt|wak|chok|fight|bleed|burn|go|stabb|punch|kick|beat|hurt|shak|fitt|"
    r"jump|com|follow|chas|smash|scream|shout|threaten|strangl|attack|harm|bang|ly|dy|miss|"
    r"respond|mov|breath|drown|hang|tak|slapp|throw|hid|lock)in\b"
)
_TO_2 = re.compile(r"\b(want|going|need|have|has|got|trying|about|able|ready|decided|like) 2 ")
# Long, distinctive words misspelt in many ways: within two edits is the same word.
_FUZZY = {
    "suicide": 2,
    "suicidal": 2,
    "unconscious": 2,
    "unresponsive": 2,
    "paracetamol": 2,
    "anaphylaxis": 2,
    "anaphylactic": 2,
    "hypothermia": 2,
    "hunanladdiad": 2,
    "hunanladdol": 2,
    "ambulance": 2,
    "strangled": 1,
    "strangling": 1,
    "overdosed": 1,
    "antidepressants": 2,
}
_WORD = re.compile(r"[a-z]{6,}")


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance (insertions, deletions, substitutions, swaps of neighbours), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _fuzzy(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _FUZZY:
        return word
    best, best_distance = word, 99
    for key, limit in _FUZZY.items():
        if word[:2] == key[:2]:
            distance = _distance(word, key, limit)
            if distance <= limit and distance < best_distance:
                best, best_distance = key, distance
    return best


def normalise(text: str) -> str:
    """Folded text with the common phone spellings respelt, as the patterns expect."""
    text = _CONTRACTION.sub("", fold(text))
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # self-harm, co-codamol, e-scooter
    text = re.sub(r"[ \t\r\n]+", " ", text)
    text = _TO_2.sub(r"\1 to ", text)
    text = _SPELLING.sub(lambda m: _CANONICAL[int(m.lastgroup[1:])], text)  # type: ignore[index]
    text = _DROPPED_G.sub(r"\1ing", text)
    return _WORD.sub(_fuzzy, text)


# --- shared fragments -----------------------------------------------------------------------
_SELVES = r"(?:myself|himself|herself|themselves|meself)"
_FAMILY = (
    r"(?:mum|mom|mam|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|son|daughter|kids?|children|child|baby|babies|toddler|"
    r"brother|sister|wife|husband|partner|girlfriend|boyfriend|friend|mate|neighbour|boy|girl|"
    r"stepdad|stepmum|step dad|step mum|stepson|stepdaughter|carer|aunt|auntie|uncle|family|"
    r"woman|man|lady|person|guy|lad|stranger|pensioner|"
    r"little (?:one|boy|girl|brother|sister)|dog|cat)"
)
_BODY = r"(?:face|head|throat|neck|stomach|belly|back|arms?|legs?|chest|body|ribs|eyes?|mouth|nose)"
_VICTIM = (
    rf"(?:me|us|her|him|them|someone|somebody|everyone|mum|dad|nan|gran|grandad|grandma|"
    rf"(?:my|his|her|their|the|a|our|me) (?:\w+ )?(?:{_FAMILY}|{_BODY}))"
)
_PERSON = (
    r"(?:he|she|they|hes|shes|theyre|someone|somebody|a man|a woman|a guy|a lad|men|man|woman|"
    r"guy|lads?|gang|people|stranger|intruder|burglar|partner|husband|wife|boyfriend|girlfriend|"
    r"stepdad|stepmum|stepfather|stepmother|stepbrother|"
    r"fiance|fiancee|ex|dad|father|stepdad|step dad|mum|mom|mam|mother|stepmum|step mum|son|"
    r"daughter|brother|bro|sister|sis|uncle|aunt|auntie|cousin|grandad|grandpa|grandma|gran|"
    r"nan|carer|neighbour|neighbor|landlord|flatmate|housemate|lodger|friend|mate|pimp|dealer)"
)
_HURTING = (
    r"(?:hitting|beating|punching|kicking|strangling|choking|throttling|slapping|smacking|"
    r"attacking|stabbing|hurting|dragging|shoving|pushing|biting|burning|headbutting|battering|"
    r"bashing|whacking|thumping|smothering|suffocating|raping|abusing|assaulting|pinning|"
    r"beating up|laying into|knocking)"
)
_HURT_PAST = (
    r"(?:hit|beat|beaten|punched|kicked|strangled|choked|throttled|slapped|attacked|stabbed|"
    r"hurt|dragged|shoved|pushed|bit|burnt|burned|headbutted|battered|smothered|raped|"
    r"assaulted|pinned|threw (?:\w+ ){1,2}at|glassed|knifed|smacked|bashed|hits|beats|punches|"
    r"kicks|strangles|chokes|slaps|attacks|hurts)"
)
_WEAPON = (
    r"(?:knife|knives|blade|machete|gun|shotgun|rifle|pistol|firearm|weapons?|baseball bat|"
    r"bat|hammer|axe|crowbar|screwdriver|acid|iron bar|meat cleaver|cleaver|sword|petrol)"
)
_PILLS = (
    r"(?:pills?|tablets?|tabs|meds|medication|medicine|capsules|paracetamol|para|ibuprofen|"
    r"aspirin|co codamol|codeine|tramadol|morphine|oxycodone|fentanyl|heroin|methadone|insulin|"
    r"sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|antidepressants?|"
    r"painkillers?|sleeping (?:pills|tablets)|diazepam|valium|xanax|pregabalin|gabapentin|"
    r"quetiapine|lithium|zopiclone|propranolol|ketamine|ket|mdma|ecstasy|cocaine|"
    r"ghb|drugs|prescription|calpol|benzos?|opiates|opioids|iron tablets|blood pressure "
    r"(?:tablets|pills)|heart (?:tablets|pills))"
)
_LOTS = (
    r"(?:a (?:load|lot|bunch|handful|packet|pack|box|bottle|strip|tub|jar|blister) of|"
    r"too (?:many|much)|to many|way too (?:many|much)|many|lots of|loads of|all (?:my|the|of "
    r"my|of the|his|her|of his|of her)|all|the lot|double (?:my|her|his)|(?:a |my |his |her "
    r")?(?:whole|hole|entire|full) (?:\w+ )?(?:of )?|\d+ (?:strips |packets |boxes |packs )?"
    r"(?:of )?(?:my |his |her |the )?|(?:two|three|four|five|six|ten|twenty|thirty|forty|fifty) "
    r"(?:of )?|handfuls? of|packets of|boxes of|strips of|the rest of (?:my|the|his|her))"
)
_TAKE = (
    r"(?:took|taken|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )take|taking|swallowed|swallow|"
    r"swallowing|necked|necking|had|drank|drunk|"
    r"ate|eaten|injected|snorted|popped|downed|done|used|od on)"
)
_NOW = (
    r"(?:right now|tonight|at the moment|atm|currently|still|again|today|this (?:morning|"
    r"afternoon|evening)|just now|as we speak|emergency|urgent|asap|ambulance|999|now please|"
    r"help now|(?:hes|shes|he is|she is|theyre|they are) (?:(?:home|here|back) (?:now|right now)|"
    r"outside|coming (?:back|home|up|in)|in the house|on (?:his|her|their) way)|heno|(?:i|fi|ni|"
    r"hi|fe|fo|e|o|nhw) (?:rwan|nawr)|reit rwan|rwan hyn|yr eiliad "
    r"yma|ar hyn o bryd|eto|o hyd|dal (?:yma|yn y|i|wrthi))"
)

# --- English ------------------------------------------------------------------------------------
SUICIDE = [
    # killing or hurting oneself (not "tried to", which is a past attempt: see MENTION)
    r"(?<!tried to )(?<!attempted to )(?<!trying to )(?<!used to )\b(?:kill|killing|end|ending|"
    r"top|topping|off|offing|hang|hanging|drown|drowning|shoot|shooting|gas|gassing|poison|"
    r"poisoning|finish|finishing|suffocate|suffocating|strangle|strangling|starve|starving|"
    r"unalive|unaliving|hurt|hurting|harm|harming|cut|cutting|burn|burning|injure|injuring|hit|"
    r"hitting|punch|punching|scratch|scratching|stab|stabbing|make hurt to|hurt to) "
    r"(?:myself|meself)\b",
    r"(?<!tried to )(?<!attempted to )(?<!trying to )(?<!used to )\b(?:kill|killing|end|ending|"
    r"top|topping|hang|hanging|drown|drowning|shoot|shooting|gas|gassing|poison|poisoning|"
    r"suffocate|suffocating|strangle|strangling|unalive|hurting|harming|cutting|burning|"
    r"starving|stabbing) (?:himself|herself|themselves)\b",
    r"\b(?:do|doing|done) (?:myself|me) in\b|\bunalive\b|\bkms\b|\bkys\b",
    r"\b(?:decided?|decide|going|want|wanting|planning|plan|think|thinking) (?:to )?(?:kill|"
    r"finish) me\b",
    # suicidal, first person or present
    r"\b(?:im|i am|am|feel|feeling|feels|felt|getting|gets|is|are|been|so|very|really|"
    r"actively|extremely|quite|bit) (?:so |very |really |quite |extremely |a bit |actively |"
    r"really really |proper |seriously |more )?suicidal\b",
    r"\b(?:having|have|getting|get|got|keep having|with|these|constant) (?:\w+ )?suicidal "
    r"(?:thoughts?|feelings?|urges?|ideation)\b",
    r"\b(?:thinking|thought|think|thinkin) (?:about|of|abt) (?:suicide|killing myself|ending "
    r"(?:it|things|my life|everything)|taking my (?:own )?life|jumping|dying|not being here)\b",
    r"\bcommit(?:ting)? suicide\b",
    r"\b(?:end|ending|finish|finishing) my (?:own )?life\b|\btak(?:e|ing) my own life\b|"
    r"\bend(?:ing)? (?:it all|things|everything)\b(?! (?:with|between|for (?:now|the day)|on "
    r"(?:good|a high)))|\b(?:im|i am|going to) end(?:ing)? (?:it|things) (?:tonight|today|now|"
    r"soon|this weekend)\b|\bfeel(?:ing)? like (?:ending (?:it|things|everything|my life)|"
    r"killing myself|dying|disappearing forever)\b",
    r"\b(?:going to|gonna|about to|will|want to|planning to|im going to) take (?:them|it|the lot|"
    r"the rest) all\b|\btake them all (?:tonight|now|at once)\b",
    r"\b(?:i|i have|ive|he has|she has|hes|shes) (?:taken|took) (?:some|a few) (?:pills|"
    r"tablets)\b(?! (?:for|from|to help|because of|as prescribed))",
    r"\bmy life\b.{0,20}\bwant to (?:stop|end) it\b|\bwant (?:it|everything|this|it all) to "
    r"(?:stop|end) (?:for good|forever|for ever|permanently)\b",
    r"\b(?:nobody|no one|noone|no body) (?:will|would|is going to|going to)? ?(?:even )?(?:miss|"
    r"notice|care)\b.{0,25}\b(?:when im gone|if i (?:die|died|was gone|went|disappeared|wasnt "
    r"here)|if im gone|when i die|if i killed myself)\b|\bif i (?:died|die|was gone|disappeared|"
    r"killed myself)\b.{0,30}\b(?:nobody|no one|noone) (?:would|will)? ?(?:even )?(?:notice|"
    r"care|miss)\b",
    r"\b(?:dont|cant) see (?:the|any) point (?:in|of) (?:living|being alive|going on|carrying "
    r"on|life|me|anything|being here)\b|\b(?:dont|cant) see (?:the|any) point any ?more\b",
    r"\b(?:dont|cant) see (?:a|any) future\b.{0,40}\b(?:decided|stop trying|give up|end)\b",
    r"\b(?:no|any|other|only) way out\b.{0,30}\b(?:dying|die|death|dead|end it|kill|suicide)\b",
    r"\b(?:i|ill|im|i will) (?:might |may |will |could |am going to |think ill |reckon ill )?end "
    r"it\b(?! (?:with|for|at|on|in|by|there|here|between|early|now that)\b)",
    # wishes and intent to die: want / wish / going / ready / planning ... to die, end it
    r"\b(?:want|wanting|wanted|wants|wish|wishing|going|planning|plan|ready|prepared|decided|"
    r"deserve|deserves|about|tempted|intend|intending|hope|hoping|try|trying|would like|like|"
    r"need|needs|urge|just|think|thinking|decide) (?:to )?(?:just )?(?:die|dye(?! (?:my|her|"
    r"his|the|it|hair))|be dead|not be alive|not exist|stop existing|not be here any ?more|"
    r"disappear (?:forever|for good|for ever)|be gone|sleep forever|go to sleep forever|end "
    r"(?:it\b(?! (?:with|for|at|on|in|by|there|here|between)\b)|it all|things\b(?! with)|"
    r"everything\b(?! with)|my life|my own life|this life|my suffering|the pain)|take my "
    r"(?:own )?life|finish (?:my life|it all|everything)|jump\b(?! (?:the|on|at|through|up|"
    r"start\w*|around|rope|ship|a car|my car|the car|in the queue|in line|out of bed|a battery|"
    r"leads|in (?:the|a) (?:pool|shower|taxi|cab|car))\b)|be with (?:him|her|them) (?:again|"
    r"in heaven|now)|not wake up|never wake up|kill "
    r"myself|go to sleep and (?:not|never) wake)",
    r"\b(?:want|wanting|wish|wants) (?:it all|everything|my life|this|the pain|life) to "
    r"(?:end|stop|be over)\b(?!.*\b(?:rent|bills?|noise|arrears|council|landlord|builders)\b)",
    r"\b(?:i|i just|he|she) (?:want|wants|wanting|wish|wishes) (?:die|to die|death)\b|\bwant "
    r"finish (?:my life|everything|it all)\b|\bi am wanting to die\b",
    r"\b(?:i wish|wish) (?:i (?:was|were) dead|i (?:wasnt|werent|was not) (?:alive|here|born|"
    r"around)|i (?:had never|hadnt|never) been born|i could (?:just )?(?:die|disappear|not wake|"
    r"sleep forever|stop existing|not exist|vanish))",
    r"\b(?:id|i would|i'd) rather (?:be dead|die|not be alive|not exist|not wake up)\b|"
    r"\brather (?:be )?dead\b",
    r"\b(?:better|happier|easier) (?:off )?(?:dead|if i (?:just |simply |only )?(?:was|were|"
    r"wasnt|werent|died|"
    r"disappeared|wasnt here|was gone|was not around|was dead|didnt exist|wasnt around)|without "
    r"me|with me gone|when im gone|if im gone)\b|\bbetter off \w+(?: \w+){0,6} than (?:with )?me\b",
    r"\b(?:i )?(?:hope|hoping|pray|praying|wish|wishing) (?:that )?i (?:dont|wont|never|didnt|"
    r"dont ever) wake\b|\b(?:never|not|to not|and not) (?:to )?wake up\b(?! (?:until|till|"
    r"before|when|for|on time|in time|early|at))",
    r"\b(?:dont|not|no longer|dont even|dont really|never|not wanting|not want|am not wanting|"
    r"not wanna|dont wanna) (?:want|wanting|wish|feel like|wanna)?(?: to)? ?(?:be here|be "
    r"alive|b alive|exist|be around(?! (?:when|him|her|them|people|the))|keep living|keep going|"
    r"be in this world|see tomorrow|see another day|be on this earth|survive|wake up|live\b"
    r"(?! (?:here|there|in|with|near|at|on|alone|by|next|above|below|under|somewhere|anywhere|"
    r"together|apart|far|close|like that|without))|be alive|go on\b(?= *(?:$|[.,!?]|any ?more|"
    r"like this|living|with (?:life|this|it)|much longer))|carry on\b(?= *(?:$|[.,!?]|any ?more|"
    r"like this|living|with (?:life|this|it)|much longer)))",
    r"\b(?:no|not any|not a single|zero) (?:point|reason) (?:for me )?(?:in |of )?(?:living|going "
    r"on|being "
    r"alive|carrying on|to live|to go on|to keep going|to be here|in life|me being here|"
    r"existing|to carry on|to stay alive)\b",
    r"\bwhats the point (?:of|in) (?:living|going on|life any ?more|being alive|carrying on|me "
    r"being (?:here|alive)|existing|it all any ?more|trying any ?more|anything any ?more|me)\b",
    r"\blife (?:is not|isnt|not|is no longer|aint|no longer) worth (?:living|it)\b|\bnot worth "
    r"living\b",
    r"\b(?:nothing|no one|nobody|noone|no body) (?:left )?(?:to|2) live (?:for|4)\b",
    r"\b(?:tired|sick|fed up|done|exhausted|weary|had enough) (?:of|with) (?:being alive|living|"
    r"life|"
    r"existing|this life)\b(?! (?:in|with|here|at|on|like|next|off|near|in this|alone))",
    r"\bcant (?:go on|carry on|do this any ?more|take (?:it|this|any ?more) any ?more|cope any "
    r"?more|keep going|live like this)\b",
    r"\b(?:think|thinking|thought|talk|talking|talks|talked|keeps? (?:saying|talking about)) "
    r"(?:about|of) (?:ending (?:it|things|his life|her life|their life|everything)|killing "
    r"(?:him|her|my)self|taking (?:his|her|their) (?:own )?life|dying|suicide|jumping)\b",
    r"\b(?:he|she|they|hes|shes|theyre)(?:s| is| are| has| have)? (?:\w+ )?(?:going to|wants "
    r"to|want to|planning to|about to|threatening to|threatened to|says (?:he|she) will|trying "
    r"to|will|decided to) (?:end (?:it|it all|things|his life|her life|their life)|kill (?:him|"
    r"her)self|take (?:his|her|their) (?:own )?life|die|jump|hang (?:him|her)self)\b",
    r"\b(?:hes|shes|he is|she is|theyre|they are|hell|shell|he will|she will) (?:\w+ )?"
    r"(?:going to |gonna |will )?(?:try|do it) again\b.*\b(?:hang|overdose|kill|rope|belt|pills|"
    r"jump|end it)\b|\b(?:hang|overdose|kill|rope|belt|pills|jump|end it)\b.*\b(?:hell|shell|"
    r"he will|she will|going to) (?:try|do it) again\b",
    r"\btry (?:kill|to kill) (?:him|her|my)self\b",
    # plans and means
    r"\b(?:affairs in order|made my plan|my plan is|know how and when|picked a date|chosen "
    r"(?:a|the) (?:date|day)|chosen \w+ as the day|set a date|its all planned|all planned for|"
    r"written my will and)\b",
    r"\b(?:how|when|where) (?:im|i am|ill|i will|i'm) (?:going to |gonna )?do it\b|\blooked up "
    r"how to do it\b|\bdecided how\b",
    r"\b(?:looked|looking|searched|searching|googled|googling|read up) (?:up )?(?:how|ways) "
    r"(?:to (?:kill|die|end|hang|overdose|do it)|many|much)\b.{0,60}\b(?:pills?|tablets?|"
    r"paracetamol|it takes|to die|to kill|lethal|enough)\b|\bhow many (?:\w+ )?(?:pills?|"
    r"tablets?|paracetamol) (?:it takes|to (?:die|kill|end))\b",
    rf"\b{_PILLS} (?:are |is )?(?:lined up|saved up|stockpiled|ready|here|in front of me|next "
    rf"to me|in my hand|on the table)\b|\b(?:got|have|i have) (?:the |my )?{_PILLS} (?:here|"
    rf"ready|lined up|in front of me)\b",
    rf"\b(?:stockpil\w*|saving up|saved up|saving|hoarding|hoarded|collecting|collected|"
    rf"been keeping|kept) (?:up )?(?:my |all my |enough |his |her )?{_PILLS}",
    rf"\b{_PILLS}\b.{{0,60}}\b(?:so i have|ive got|i have|now i have|got) enough\b|\b(?:bought|"
    rf"buying|got) (?:\w+ )?{_PILLS} from (?:\d+|two|three|four|several|different|lots of) "
    rf"(?:different )?(?:shops|chemists|pharmacies|places)\b",
    r"\bsaved (?:up )?enough\b|\benough (?:pills|tablets|paracetamol|meds) to\b|\b(?:pills|"
    r"tablets|meds) (?:saved|stockpiled|stashed|hidden away)\b|\btonight (?:is|feels like) the "
    r"night\b(?! (?:of|for|before))",
    r"\b(?:rope|noose|belt)\b.{0,30}\b(?:ready|chair|stool|banister|beam|loft)\b|\b(?:sorted|"
    r"sorting|decided|worked out) (?:out )?who (?:gets|will get|is having) my (?:things|stuff|"
    r"belongings)\b(?!.{0,30}\bwill\b)|\b(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|"
    r"everybody|all|my (?:family|kids|friends|children))\b",
    r"\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|walk|walking) "
    r"(?:off|in front of|from|under|into) (?:a |the |that |this )?(?:\w+ )?(?:bridge|roof|"
    r"building|cliff|car park|multi storey|balcony|ledge|tower|motorway|train|trains|bus|lorry|"
    r"car|traffic|the top|window|river|sea|canal|water|railway|tracks)\b",
    r"\bthreatening to jump\b|\b(?:on|at|by|near) the (?:(?:train |railway |rail )tracks?|"
    r"tracks|railway line|train line|rail line)\b|\b(?:is|are) (?:standing |sitting |stood |"
    r"sat )?on "
    r"(?:the |a )?(?:roof of (?:the |a )?(?:multi storey|car park|building|flats|block|tower|"
    r"hospital|shopping centre)|bridge|cliff|ledge|window ledge|railings|parapet)\b|"
    r"\b(?:train|railway) tracks\b|\bsat on the (?:railway|train|rail) line\b",
    r"\b(?:im|i am|hes|shes|he is|she is|theyre|standing|sitting|sat|stood|climbing|up) (?:\w+ )?"
    r"(?:on|onto|over|at) (?:the |a |his |her |da )?(?:top of (?:the |a )?)?(?:bridge|cliff|"
    r"cliff edge|roof|ledge|window ledge|window sill|balcony rail\w*|balcony edge|railings?|"
    r"parapet|multi storey|edge of the \w+|top floor of the car park|platform edge)\b",
    r"\b(?:hang|hanging) (?:myself|meself|himself|herself)\b|\bnoose\b|\b(?:bought|got|have) a "
    r"rope\b|\b(?:tied|tie|tying|put up|set up|hung) (?:a |the )?(?:rope|noose|belt|cord|"
    r"ligature|scarf) (?:up |round |around |to |from |on )",
    r"\b(?:rope|noose) (?:is )?(?:ready|up)\b|\b(?:engine|exhaust) (?:is )?(?:running|on)\b.{0,30}"
    r"\bgarage\b|\bgarage\b.{0,40}\bengine (?:running|on)\b|\bhose (?:for|from|on) the (?:car )?"
    r"exhaust\b|\bhead in the oven\b",
    r"\b(?:drive|driving|crash|crashing|drove) (?:\w+ )?(?:into|off) (?:a |the )?(?:wall|tree|"
    r"bridge|cliff|river|lorry|sea|canal)\b|\bnot getting (?:on|off) (?:it|the train)\b",
    r"\bstep(?:ping)? in front of\b|\b(?:walk|walking) into the (?:river|sea|water|canal)\b|"
    r"\b(?:at|by|near|on) the (?:river|canal|sea|water)\b.{0,40}\b(?:go in|going in|jump|end it|"
    r"die)\b",
    r"\bvoices? (?:are |is |keep |keeps )?(?:telling|tell|told|saying|say) (?:me|him|her) to\b",
    r"\b(?:shotgun|gun|rifle)\b.{0,60}\b(?:wont see (?:him|her|me) again|never see|goodbye|end "
    r"it|kill (?:him|her|my)self)\b",
]
# Farewells, giving things away, putting affairs in order.
FAREWELLS = [
    r"\b(?:goodbye|suicide|farewell) (?:note|letter|letters|message|text|post|video|"
    r"notes)\b|\b(?:posted|sent|texted|wrote|left|written) (?:me )?(?:a )?goodbye\b",
    r"\b(?:my|this is my|this is the|tonight is my|today is my) last (?:message|text|night|day|"
    r"goodbye)\b(?! (?:at|of|in|on|before|off|here)\b)|"
    r"\b(?:my|his|her|its|today is (?:my|his|her)) last day\b(?! (?:at|of|in|on|before|off)\b)",
    r"\bthis is (?:my )?goodbye\b|\bgoodbye (?:forever|for ever|for good|everyone|world|cruel)\b|"
    r"\bsaid (?:my )?goodbyes\b|\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|get|"
    r"gets|find|finds) this\b|\blast (?:time )?(?:you|youll|you will) (?:hear|get) (?:from|of) "
    r"me\b|\bfor whoever finds me\b",
    r"\bgoodbye\b.{0,60}\b(?:wont answer|not answer\w*|isnt answer\w*|cant (?:reach|get hold)|"
    r"bridge|pills|tablets|rope|forever|love (?:you|them|u)|sorry|not picking up)\b|"
    r"\b(?:texted|text|messaged|posted|sent|rang|called|phoned|wrote)(?: me)? (?:saying |to "
    r"say )?goodbye\b",
    r"\bsorry (?:for|about) everything\b.{0,60}\b(?:goodbye|love (?:you|u)|bye|forgive|last|"
    r"the end)\b|\b(?:love (?:you|u) all|goodbye)\b.{0,40}\bsorry (?:for|about) everything\b",
    r"\btell (?:my|the) (?:kids|mum|family|children|wife|husband|daughter|son|mom|dad|partner) "
    r"(?:that )?(?:i love (?:them|her|him)|im sorry|i am sorry|sorry|goodbye)\b|\blast (?:night|"
    r"day) (?:on (?:earth|this earth|this planet)|alive)\b",
    r"\b(?:wont|will not|wouldnt|not going to|dont think ill|i wont) be (?:here|around|alive)\b"
    r"(?! (?:when|at|in|on|for the|between|until|till|to (?:let|answer|collect|sign|meet|open|"
    r"receive)|next (?:week|month)? ?(?:for|to)))",
    r"\b(?:i|ill|i will) (?:will )?be gone\b(?! (?:for|on|until|till|from|to|away|at|by|"
    r"before|between))",
    r"\b(?:giv(?:e|en|ing)|gave|gone and given)\b.{0,50}\b(?:away|to (?:my|his|her|a) \w+)\b.{0,60}"
    r"\b(?:goodbye|wont need|will not need|doesnt need|remember (?:me|him|her) by|wont be "
    r"(?:around|here)|not be (?:around|here)|last|because i wont)\b",
    r"\b(?:written|writing|wrote|left) (?:\w+ )?(?:letters?|notes?) (?:for|to) (?:my|the|all|"
    r"everyone|whoever)\b|\bleft a note (?:saying sorry|for whoever|on the)\b|\bnotes? for my "
    r"family\b",
    r"\b(?:sorted|cancelled|written) my will\b.{0,80}\b(?:after tonight|nobody has to|wont be|"
    r"gone|goodbye)\b",
]
# Not being able to keep oneself safe.
UNSAFE = [
    r"\b(?:cant|unable to|not able to|dont think i can|not sure i can|struggling to|dont know if "
    r"i can|dont know how to) (?:keep|stay|be) (?:myself )?safe\b",
    r"\bnot (?:feel(?:ing)? )?safe (?:with (?:myself|me)|from (?:myself|me)|on my own|alone|by "
    r"myself|tonight|right now)\b|\bnot (?:going to be )?safe (?:from|with) (?:myself|me)\b|"
    r"\bdont feel safe (?:with myself|on my own|alone|by myself|tonight)\b",
    r"\b(?:scared|afraid|frightened|terrified|worried) (?:of|about) what (?:ill|i will|i might|i "
    r"may|i could|id|i would|im going to|i am going to|ill end up|i might end up) do(?:ing)?\b"
    r"(?! (?:for|about|with|if|when|after|next|now that))",
    r"\b(?:dont|cant|cannot) trust myself\b",
    r"\b(?:dont think|not sure|doubt|dont know if) (?:i|ill|i will|i can|im going to) (?:make "
    r"it|survive|get) (?:through|past|to) (?:the night|tonight|today|the weekend|morning|"
    r"tomorrow)\b",
    r"\bmaking sure i dont see tomorrow\b|\bwont see (?:tomorrow|the morning|another day)\b",
    r"\bthe urge to (?:cut|die|hurt|harm|jump|end it)\b",
    r"\bkeep (?:myself|me) alive\b|\blet (?:it all|it|everything|my life) end\b|\bplanning my "
    r"(?:own )?funeral\b.{0,40}\b(?:its time|in my head|tonight|goodbye|wont be)\b",
]
SELF_HARM = [
    r"\b(?:cut|cutting|slit|slitting|slash|slashed|slashing|sliced|carve|carved|carving|burnt|"
    r"burned|"
    r"burning|burn|scratched|scratching|scratch) (?:into )?(?:my|her|his|their) (?:own )?"
    r"(?:wrists?|arms?|legs?|thighs?|skin|stomach|belly|hips?|wrist)\b(?! on (?:the|a) (?:oven|"
    r"stove|pan|kettle|iron|grill|hob|radiator))",
    r"\b(?:scratch\w*|burn\w*|pick\w*|punch\w*|bang\w*|hit\w*) (?:my |at my |the )?(?:skin|arms?|"
    r"legs?|head|wall|mirror) (?:till|until|til) (?:it|they|my \w+) (?:bleed|bled|bleeds|"
    r"split)\b",
    r"\b(?:banging|hitting|smashing) my head (?:against|on|off) (?:the|a) (?:wall|floor|door)\b",
    r"\b(?:urge|urges|need|want|wanting|going|tempted|itching|craving|dying|gonna) to cut\b"
    r"(?= *(?:$|[.,!?]|again|tonight|so\b|really|bad|badly|myself|deeper|deep|my (?:wrists?|"
    r"arms?|legs?|skin|thighs?|stomach|self)|today|now|right now|but\b|and\b))",
    r"\bcut (?:again|deeper|too deep|deep|tonight)\b|\bcut so bad\b|\b(?:been|started|keep|keeps|"
    r"kept|going to|about to|relapsed and) cutting\b(?! (?:off|out|back|down|in|up|the|my hair|"
    r"hair|costs|corners|class|school|me off))|\b(?:relapsed and|started to) cut\b|\bbeen "
    r"cutting\b",
    r"\b(?:fresh|new|deep|reopen\w*|open) cuts\b|\b(?:reopen\w*|picking at|pick\w*) (?:my |"
    r"the )?cuts\b|\bcuts (?:are|is) (?:deep|deeper|bad|infected|"
    r"bleeding|gaping)\b|\bcarv\w* (?:\w+ )?into (?:my|her|his)\b",
    r"\b(?:with|holding|got|have|has|used|using) (?:a |the |my )?(?:razor ?blade|razor|blade)\b|"
    r"\brazor (?:on|to|into|across) (?:my|her|his)\b|\b(?:sharpener|pencil sharpener)\b.{0,30}"
    r"\bblade\b",
    r"\bcigarettes? (?:out )?on (?:my|her|his) (?:arm|leg|skin|hand|wrist)\b|\bwith (?:a |the )?"
    r"(?:lighter|iron|cigarette)\b.{0,20}\bagain\b",
    r"\b(?:burn|cut|hit|punch|hurt|scratch|bang|harm|starv|stab|bit)\w*\b.{0,40}\b(?:on purpose|"
    r"deliberately|intentionally|as a punishment)\b",
    r"\b(?:i|she|he|my \w+) (?:self harm|self harms|self harming|selfharm)\b|\bself harming "
    r"(?:again|tonight)\b|\bslef harm\b",
    r"\b(?:tied|tight) (?:a |the )?(?:cord|belt|rope|string|ligature|tie|band) (?:round|around) "
    r"(?:my|his|her) (?:arm|neck|leg|wrist)\b",
]
OVERDOSE = [
    r"\b(?:i|he|she|they|we|brother|mate|friend|son|"
    r"daughter|has|have|had|just|nearly|think|mum|dad) (?:od|odd|oded|odded|od'd)\b(?! (?:smell|"
    r"thing|one|job|jobs|noise|sock|socks|number|\w+ing))",
    r"\b(?:has|have|had|just|think \w+|think|i|he|she|they|mum|dad|son|daughter|friend|mate)"
    r" (?:overdosed|overdosing|od'd|oded)\b",
    rf"\b{_TAKE} (?:all|everything|the lot) (?:in|from|out of) (?:the|my|her|his) (?:medicine |"
    rf"bathroom |pill |drug |kitchen )?(?:cabinet|cupboard|drawer|box|packet|bottle)\b|"
    rf"\bemptied the (?:bathroom |medicine )?cabinet\b|\b(?:swallowed|taken|took|necked) the "
    rf"lot\b",
    rf"\b{_LOTS} ?(?:\w+ ){{0,2}}{_PILLS}\b.{{0,40}}\b(?:vodka|wine|alcohol|drink|beer|whisky|"
    rf"gin|cider)\b|\b(?:vodka|wine|alcohol|drink|beer|whisky|gin|cider)\b.{{0,40}}\b{_LOTS} "
    rf"?(?:\w+ ){{0,2}}{_PILLS}\b",
    rf"\b(?:took|taken|swallowed|had) (?:my |his |her )?(?:{_PILLS} )?(?:twice|all at once|at "
    rf"once|in one go)\b",
    rf"\b{_TAKE} (?:some|a|an|my|his|her) ?(?:\w+ )?{_PILLS}\b.{{0,50}}\b(?:vodka|wine|alcohol|"
    rf"drink|beer|whisky|not (?:waking|responding)|wont (?:wake|respond)|barely|blue|confused|"
    rf"fitting|sleepy|drowsy|sick|dizzy|racing|burning up|unconscious)\b",
    r"\b(?:injected|took|taken|had|used|snorted|smoked) (?:way )?too much\b|\btoo much (?:ket|"
    r"heroin|insulin|methadone|mdma|coke|cocaine|spice|gear|drugs)\b",
    r"\b(?:taken|took|had|swallowed|injected|snorted|smoked|used) (?:a |an |some |loads of |lots "
    r"of |too much )?(?:pill|pills|something|drugs?|ket|mdma|ecstasy|spice|mamba|coke|cocaine|"
    r"heroin|gear|ghb|molly|md|crack)\b.{0,60}\b(?:confused|burning up|not (?:responding|waking|"
    r"making sense|breathing)|wont (?:wake|respond)|fitting|shaking|blue|grey|unconscious|"
    r"collapsed|passed out|racing|dying|barely (?:awake|conscious|breathing)|cant (?:stand|"
    r"breathe|wake)|sweaty|vomiting|overheating|seizure)\b",
    r"\b(?:put|slipped|spiked|dropped) (?:something|stuff|a pill|drugs|pills) (?:in|into) (?:my|"
    r"her|his|their|our) drinks?\b|"
    r"\b(?:drink|drinks|drinking) (?:was |has been |got |been )?spiked\b|\bspiked (?:my|her|his|"
    r"their) drinks?\b|\b(?:been|was|got|think i was|think ive been) spiked\b",
    rf"\bmix(?:ed|ing)? (?:\w+ ){{0,2}}(?:{_PILLS}|vodka|alcohol|drink|wine) (?:and|with) "
    rf"(?:\w+ ){{0,2}}(?:{_PILLS}|vodka|alcohol|drink|wine)\b",
    rf"\b(?:drink|drank|drunk|have drink|had) (?:many|lots of|all (?:the|my)) {_PILLS}",
    r"\b(?:taken|took|swallowed) (?:everything|all) (?:in|from) the (?:medicine|bathroom|pill|"
    r"cupboard)|\btaken everything in the\b",
    r"\b(?:he|she|they|son|daughter|brother|sister|friend|mother|father|mum|dad) (?:\w+ )?(?:take|"
    r"took|eat|ate|drink|drank) (?:many|much|lots of|a lot of|all the) (?:medicine|tablets?|"
    r"pills?|drugs)\b",
    # poisoning: children and adults swallowing what they should not
    r"\b(?:swallowed|swallow|ate|eaten|eat|drank|drunk|drink|got into|chewed|bitten into|bit "
    r"into|licked|sucked)\b(?: \w+){0,5} (?:bleach|poison|rat poison|batter(?:y|ies)|button "
    r"battery|magnets?|dishwasher tablets?|washing (?:tablets?|pods?)|laundry pods?|pods?|"
    r"capsules?|weedkiller|antifreeze|detergent|cleaning (?:liquid|fluid|stuff|products?)|"
    r"(?:dishwasher|washing up|washing|laundry|fabric|toilet|drain|oven|bathroom) (?:liquid|gel|"
    r"cleaner|fluid|softener|powder|duck)|"
    r"chemicals?|white spirit|paraffin|lighter fluid|e ?liquid|liquid from (?:my|the|his|her) "
    r"vape|vape liquid|methadone|drain cleaner|oven cleaner|car key battery|coin)\b",
    r"\b(?:toddler|baby|child|kid|son|daughter|\d+ ?(?:year|yr) old|little one|boy|girl|"
    r"grandson|granddaughter|dog)\b.{0,30}\b(?:ate|eaten|swallowed|drank|drunk|got into|chewed|"
    r"bitten into|bit into)\b(?: \w+){0,6} (?:tablets|pills|medicine|meds|calpol|methadone|"
    r"capsules|iron tablets)\b",
    r"\bgas poison\w*\b",
]
VIOLENCE_NOW = [
    # someone hurting someone, now (progressive) or past with a sign it is still going on
    rf"\b{_PERSON}\b(?: \w+){{0,4}}? (?:is |are |s |keeps? |keep on |wont stop |has been |have "
    rf"been |been |just |started |start |now )?{_HURTING} {_VICTIM}\b(?! (?:feelings|credit|"
    rf"score|chances)\b| with (?:rent|bills?|prices|fees|charges|costs|rules|red tape|"
    rf"paperwork|debt))",
    r"\b(?:throwing|chucking|hurling) (?:\w+ ){0,2}at (?:me|us|her|him|the kids|my (?:\w+ )?"
    r"(?:mum|dad|son|daughter|kids|baby|wife|husband|partner|head|face))\b",
    r"\b(?:hitting|beating|hurting|punching|kicking|strangling|choking|attacking|slapping) "
    r"(?:me|us) (?:now|right now|again|as we speak)\b",
    rf"\b{_PERSON}\b(?: \w+){{0,3}} {_HURT_PAST} {_VICTIM}\b.{{0,80}}\b(?:right now|just|"
    rf"tonight|again|still (?:here|there|in|outside|at|home|downstairs|upstairs)|(?:hes|shes|he "
    rf"is|she is|theyre) (?:here|home|back|outside|coming|on (?:his|her) way|still)|coming "
    rf"(?:back|home|up)|wont let (?:me|us)|bleeding|passed out|blacked out|cant (?:move|breathe|"
    rf"get out|leave|get away)|is still|and is still|locked|(?:not|isnt) getting up|wont get up|"
    rf"not moving|unconscious|on the floor|cant get up)\b",
    rf"\b{_HURT_PAST} {_VICTIM} (?:now|right now|just now|again tonight|tonight)\b",
    r"\b(?:he|she|they|hes|shes|partner|husband|boyfriend|ex|someone|man)\b(?: \w+){0,3} "
    r"(?:just|has just|tried to|trying to|is trying to) (?:strangle|strangled|choke|choked|"
    r"smother|smothered|suffocate|throttle|drown) (?:me|her|him|us)\b",
    r"\b(?:hands?|arm|belt|rope|cord) (?:round|around|on|across|against) (?:my|her|his) "
    r"(?:throat|neck)\b|\b(?:pillow|bag|hand) over (?:my|her|his) (?:face|mouth|head)\b|"
    r"\b(?:grabbed|grabbing|holding|held) (?:me|her|him) by the (?:throat|neck|hair)\b",
    r"\b(?:choked|strangled|throttled) (?:me|her) (?:until|till|and|so) (?:i|she) (?:passed|"
    r"blacked|couldnt|went)\b|\bchok\w* me\b|\bstrangl\w* (?:me|her)\b(?<!was strangled)",
    r"\b(?:pinned|pinning|holding) (?:me|her|him)? ?(?:down|against (?:the|a) (?:wall|floor|"
    r"door)|to the (?:floor|wall|bed))\b|\bpushed (?:me|her|him) down the stairs\b",
    # threats to kill or hurt
    rf"\b(?:hell|shell|theyll|hed|shed|theyd|{_PERSON}(?:s| is| are| was| were|re)? (?:going "
    rf"to|gonna|will|would|wants? to|want|is about to|about to|tried to|trying to|is trying to|"
    rf"keeps trying to|threatened to|threatening to|threatens to|swore to|swears to|promised "
    rf"to|says hell|says shell|said hed|said shed|could)) (?:come (?:and|round and|back and) )?"
    rf"(?:kill|murder|stab|shoot|strangle|hurt|beat|batter|attack|burn|knife|glass|smash|bash|"
    rf"do in|finish|slit) (?:me|us|my|the kids|the children|the baby|her|him|them|everyone|"
    rf"all|mum|dad|someone|you)\b(?! (?:feelings|credit|score|chances|back|eyes|ears)\b)",
    r"\bthreat\w* (?:to )?(?:kill|hurt|stab|hit|attack|shoot|burn|murder|strangle|beat|throw "
    r"acid|acid|rape|glass)\b|\b(?:throw|throwing|threw) acid\b|\bacid (?:on|at|in) (?:me|my|"
    r"her|his)\b|\b"
    r"(?:said|says|saying|shouting|screaming|texted|told me)(?: that)? (?:hell|shell|theyll|"
    r"hed|shed|he will|she will|they will|he is going to|hes going to|shes going to|theyre "
    r"going to) (?:kill|hurt|stab|burn|murder|shoot|get)\b",
    r"\b(?:if i (?:leave|go|tell|call|ring|report))\b.{0,30}\b(?:kill|hurt|stab|burn|murder|take "
    r"the kids)\b|\b(?:kill|hurt|stab|burn|murder) (?:me|us|the kids)\b.{0,10}\bif i (?:leave|"
    r"go|tell|call|ring|report|ever left)\b",
    r"\b(?:scared|afraid|terrified|frightened|fear|worried) (?:that )?(?:he|she|they|hes|shes|"
    r"theyre|my \w+)(?:ll| will| is going to| are going to| might| may| could|s going to| going "
    r"to| gonna| is gonna)? (?:kill|hurt|hit|attack|stab|strangle|beat|come back and)\b",
    r"\b(?:scared|afraid|terrified|frightened|fear|fearing|worried) for (?:my|our|her|his|their) "
    r"(?:life|lives|safety)\b|\bfear for my life\b",
    rf"\b(?:going to|gonna|will|about to|trying to|wants to) (?:kill|hurt|stab|hit|attack|shoot|"
    rf"strangle|burn) (?:me|us|the kids|the children|the baby|my (?:\w+ )?{_FAMILY})\b",
    r"\b(?:he|she|they|my husband|my partner|he is|she is)(?: \w+)? want (?:to )?kill (?:me|us)\b",
    # weapons
    rf"\b(?:got|has|have|had|with|holding|waving|carrying|pulled|brandishing|grabbed|picked up|"
    rf"armed with|threatening (?:me|us|her|him) with|came at (?:me|us|her|him) with|coming at "
    rf"(?:me|us|her|him) with|went for (?:me|us|her|him) with|attacked (?:me|us|her|him) with|"
    rf"chasing (?:me|us|her|him) with|hit (?:me|her|him) with) (?:a |an |the |his |her |their |"
    rf"some |my )?(?:kitchen |big |huge |large |broken )?{_WEAPON}\b",
    r"\b(?:coming|came|went|going) (?:at|for) (?:me|us|her|him) with\b|\b(?:pulled|pulling) "
    r"(?:a|his|her) (?:\w+ )?(?:gun|knife|blade|machete) (?:on|at) (?:me|us|her|him|someone)\b|"
    r"\b(?:knife|gun|blade|machete) (?:to|at|against) (?:my|her|his|their) (?:throat|neck|head|"
    r"face|chest)\b",
    r"\b(?:fight\w*|brawl\w*|fighting) (?:outside )?with (?:knives|knife|machetes|weapons|guns)\b|"
    r"\bstabbing (?:at )?(?:the )?door\b|\bcan of petrol\b|\bsmell (?:of )?petrol\b",
    r"\b(?:been|being|is being|just been|getting|has been|have been|got) (?:stabbed|shot|"
    r"glassed|knifed)\b(?!.*\b(?:years? ago|last year|when i was)\b)",
    r"\bis (?:being )?(?:stabbed|shot)\b|\bmates been stabbed\b",
    # being attacked, held, followed, broken in on
    r"\b(?:being|been|is being|getting|are being|am being) (?:beaten|attacked|hurt|abused|hit|"
    r"kicked|punched|strangled|choked|raped|assaulted|stabbed|chased|followed|held|kept|"
    r"threatened|battered|mugged|dragged|slapped|kidnapped|trafficked|jumped)(?: up)?\b(?! (?:by "
    r"the "
    r"(?:council|system|bills?|rent|prices|landlord|bedroom tax|cuts|cost)|with (?:bills|fines|"
    r"charges|letters|a fine|court|exclusion|eviction|legal action|bailiffs|prosecution|"
    r"sanctions|losing)|back|to|hard|in (?:a|the) (?:queue|system)|for (?:money|"
    r"rent|payment))\b)",
    r"\b(?:drag|dragged|dragging|grab|grabbed|pull|pulled|bundle|bundled|force|forced|push|"
    r"pushed|snatch|snatched) (?:me|her|him|a child|a kid|a girl|a boy|a woman|my \w+) (?:into|"
    r"in) (?:a|his|the|their|her) (?:car|van|house|flat)\b",
    r"\b(?:being|been|is being) (?:groomed|sexually exploited|exploited|trafficked)\b|\bforc"
    r"(?:ed|ing) (?:me|her|him) (?:to|into) (?:marry|marriage|get married|have sex|sleep with)\b|"
    r"\b(?:make|making) me marry\b|"
    r"\bheld (?:against (?:my|her|his|their) will|hostage|captive|prisoner)\b|\bkeeping (?:me|"
    r"us|her) (?:locked|prisoner|captive|in)\b",
    r"\b(?:someone|somebody|a man|a guy|a car|a van|a gang|men|people|a woman|some lads|lads|he|"
    r"she|they|my ex|two men|two lads)\b(?: \w+){0,2} (?:is |are |has been |have been |keeps? |"
    r"been |was |just )?(?:following|followed|chasing|chased|stalking) (?:me|us|her)\b",
    r"\b(?:im|i am|were|we are|hes|shes) (?:being )?(?:chased|followed)\b",
    rf"\b(?:a stranger|{_PERSON})\b(?: \w+){{0,2}} (?:is |are |has |have |just |keeps |now )?"
    rf"(?:trying to |tried to )?(?:get|getting|break|breaking|enter|entering|climb|climbing|"
    rf"force|forcing|kick|kicking|smash|smashing|put|putting|broke|broken|broke into|coming) "
    rf"(?:\w+ )?(?:in|into|through|down|in through) (?:\w+ )?(?:my|the|our|her|his) (?:\w+ )?"
    rf"(?:house|flat|home|door|window|room|front door|back door|bedroom|place)\b",
    r"\b(?:trying to|tryna|tried to) (?:break|get|force|kick|smash) (?:the door |my door )?(?:in|"
    r"into|down)\b|\b(?:trying to|tried to|is|are|keeps) (?:force|forcing|kick|kicking|break|"
    r"breaking|smash|smashing) (?:open )?(?:the|my|our) (?:front |back )?(?:door|window)s?\b|"
    r"\b(?:breaking|kicking|smashing|forcing|banging) (?:\w+ ){0,2}(?:door|window) "
    r"(?:in|down|open)\b|\bput the window through\b|\bclimbing in\b|\b(?:someone|somebody|he|"
    r"she|man) (?:is )?trying (?:to )?(?:our|my|the) door ?handle\b|\btrying our door\b",
    r"\b(?:someone|somebody|a man|a stranger|an intruder|a burglar|intruder|burglar|stranger|"
    r"people)(?: is| are)? (?:downstairs|upstairs|in (?:my|the|our) (?:house|flat|home|garden|"
    r"room|loft|kitchen))\b.{0,80}\b(?:scared|locked|hiding|alone|on my own|asleep|night|"
    r"shouting|live alone|help|still|knife|hear|heard|noises?)\b|\bbroke in\b.{0,60}\bstill\b",
    r"\b(?:glass|window|windows|door) (?:breaking|smashing|being smashed|being kicked|being "
    r"forced)\b|\bsomeone is (?:enter|entering|in) (?:in|into) my (?:house|flat|home)\b|\b"
    r"(?:somebody|someone) is enter\b",
    r"\blocked (?:me|us|her|him|the kids|the children|my \w+) (?:in|inside|up)\b|\blocked "
    r"(?:in|inside) (?:the|my|a|his|her|our) (?:room|house|flat|bedroom|bathroom|shed|cupboard|"
    r"car|van|garage|toilet)\b(?! (?:by accident|accidentally))|\bwont let (?:me|us|her|him) "
    r"(?:out|leave|go|get out|escape)\b(?! (?:of )?(?:the|my|this|her|his|our) (?:tenancy|"
    r"contract|lease|job|course|school|scheme|agreement)\b)",
    r"\b(?:taken|took|smashed|has|hid) (?:my|her) (?:phone|keys)\b.{0,60}\b(?:wont let|locked|"
    r"cant (?:leave|get out|call))\b|\bwont let me (?:out|leave)\b",
    r"\b(?:im|i am|were|we are|hiding|hid) (?:\w+ )?hiding (?:in|under|behind|inside|from) "
    r"(?:the|my|a|him|her|them|his|our)\b|\bhiding (?:in|under|behind|inside) (?:the|my|a) "
    r"(?:bathroom|toilet|bedroom|wardrobe|cupboard|bed|loo|room|shed|garden|kitchen|car|attic|"
    r"loft)\b|\bhiding from (?:him|her|them|my (?:ex|partner|husband|wife|dad|boyfriend))\b",
    r"\b(?:smashing|wrecking|trashing|breaking) (?:up )?(?:the|my|our) (?:house|flat|place|home|"
    r"room)(?: up)?\b|\bsmashing (?:things|stuff|everything)\b|\bgoing mad with\b",
    r"\bshaking (?:the|his|her|a|my) baby\b|\bshake the baby\b",
    r"\b(?:drunk|high|raging|violent) and (?:violent|smashing|hitting|kicking|threatening)\b|"
    r"\b(?:drunk|high|off his head|off her head) and violent\b",
    r"\bsend (?:the )?(?:police|help|an ambulance|ambulance|someone now)\b(?! (?:my|a|an|the) "
    r"(?:location|message|report|email|letter))|\b(?:call|ring|get) the "
    r"police (?:now|right now|please|hes|shes)\b",
    r"\b(?:help me now|i need someone here now|need help now)\b",
    r"\b(?:screaming|crying) for help\b|\bjust rang me screaming\b",
    r"\b(?:crying|screaming|bleeding|hurt|distressed|in a state|shaking)\b.{0,40}\b(?:she|he|"
    r"they) (?:was|has been|had been|got|were|just got) (?:attacked|raped|assaulted|stabbed|"
    r"beaten up|mugged|jumped)\b",
    r"\b(?:dog|dogs) (?:is |are )?(?:attacking|biting|mauling|savaging) (?:a|my|the|his|her)\b",
    r"\bgang\b.{0,40}\b(?:attacking|beating|outside my)\b",
    r"(?<!not )\b(?:in|am|having|im|i am|are|were|we are) (?:in )?(?:immediate |real |serious |"
    r"grave |big |great )?danger\b(?! (?:of|from (?:damp|mould|lead|asbestos)))",
    r"\b(?:taken|took|snatched|grabbed) (?:the|my|our) (?:baby|kids|children|son|daughter|child)"
    r"\b.{0,60}\b(?:drunk|never see|threaten\w*|knife|wont bring|wont give|high|kill)\b",
    r"\b(?:fight|fighting|attack|attacked)\b.{0,40}\b(?:bleeding|stabbed|knocked out|on the "
    r"floor|not moving|unconscious)\b",
]
AT_RISK_NOW = [
    # a child alone, lost, in danger
    r"\b(?:child|children|kids?|toddler|baby|babies|boy|girl|teenager|little (?:one|boy|girl|kid)"
    r"|\d+ ?yo|\d+ ?(?:year|yr) old)s?(?: next door| upstairs| downstairs| over the road| "
    r"opposite| across the road)? (?:has been |have been |been |was |were |is |are |left )?"
    r"(?:left )?(?:alone|on (?:their|his|her|its) own|home alone|unattended|by (?:him|her|them)"
    r"sel(?:f|ves))\b(?! (?:after school|for a (?:few|couple)|while i|so i|to play|in (?:their|"
    r"his|her) room))",
    r"\b(?:child|kid|toddler|baby|boy|girl|little (?:one|boy|girl|kid))\w*(?: \w+){0,2} (?:alone|"
    r"on (?:his|her|its|their) own|by (?:him|her)self)\b.{0,15}\b(?:in|on|by|at|near|outside|"
    r"along|wandering|crying|and)\b",
    r"\b(?:toddler|baby|small child|little (?:boy|girl|kid|one)|child|kid|young child)\b.{0,40}"
    r"\b(?:in|on|along|near|by|across) the (?:road|street|main road|motorway|a\d+|railway|tracks|"
    r"river|canal|water|pond|lake)\b.{0,30}\b(?:alone|on (?:his|her|their) own|no adults?|"
    r"nobody|no one|unattended|wandering|midnight|crying)\b",
    r"\b(?:toddler|child|kid|boy|girl|baby|little one)\b.{0,40}\b(?:balcony|ledge|window ?sill|"
    r"roof|road|street|motorway|railway|river|canal|pond|lake|water|car park|station)\b.{0,30}"
    r"\b(?:alone|on (?:his|her|its|their) own|unattended|no adults?)\b",
    r"\b(?:toddler|child|kid|boy|girl|baby)\w* (?:is |was )?(?:wandering|walking|running) "
    r"(?:along|on|in|across|down|around) (?:the|a) (?:road|street|motorway|a\d+|main road)\b",
    r"\b(?:left|been left|leave|leaving|gone out and left)\b.{0,40}\b(?:baby|toddler|child|kids?)"
    r"\b.{0,40}\b(?:on (?:its|his|her|their) own|alone|hours|days|all night|in the car)\b|"
    r"\b(?:baby|child|toddler|kids?|dog)\b.{0,30}\b(?:hot car|left in (?:a|the) car)\b",
    r"\b(?:hasnt|not|didnt|never|hasnt been|is not|isnt) (?:come|came|got|arrived|returned|"
    r"been|coming) (?:home|back)\b.{0,80}\b(?:dark|only \d+|\d+ ?(?:years?|yrs?)(?: old)?|she "
    r"is \d+|he is \d+|shes \d+|hes \d+|hours|all night|since|phone (?:is )?(?:off|dead)|not "
    r"answering|worried|scared|missing|police|midnight|older (?:man|men)|die|hurt)\b",
    r"\b\d+ ?(?:year|yr) old\b.{0,40}\b(?:hasnt|not|didnt|never) (?:come|came|got) (?:home|"
    r"back)\b",
    r"\b(?:son|daughter|child|kid|kids|dad|mum|mother|father|brother|sister|he|she|husband|wife|"
    r"partner|friend|baby|toddler|grandad|grandma|grandmother|grandfather|nan|gran|boy|girl|"
    r"teenager|man|woman|bro|grandson|granddaughter|old)\b[^.]{0,60}\b(?:wandered off|"
    r"wandered|run off|ran off|gone missing|is missing|are missing|been missing|missing since|"
    r"is lost|is lose|missing|driven off|drove off|got out of the house|disappeared|vanished)\b"
    r"(?! (?:school|lessons|"
    r"classes|appointments?|work|out|his|her|my|the|you|home|family|friends|a|an|\w+ing|me|"
    r"them|us|college|meals)\b)",
    r"\b(?:cant|cannot|couldnt) find (?:my|our) (?:\d+ ?(?:year|yr) old |little )?(?:son|"
    r"daughter|child|kid|baby|toddler|boy|girl|mum|dad|nan|gran|grandad|grandma|brother|sister)"
    r"\b|\b(?:cant|cannot) find (?:him|her)\b.{0,60}\b(?:dementia|alzheimers|doesnt know|"
    r"confused|\d+ ?(?:year|yr) old|only \d+)\b|\blost my (?:son|daughter|child|kid|boy|girl|"
    r"little one) (?:in|at) (?:the|a) (?:crowd|park|shop|shopping|supermarket|centre|fair|station|"
    r"beach)\b",
    r"\b(?:gone|went|going|run off|left) (?:off )?(?:to meet|with) (?:an? )?(?:older )?(?:man|"
    r"men|guy|stranger|someone|boy|lad|person)\b.{0,40}\b(?:online|met|older|doesnt know|"
    r"snapchat|instagram|tiktok)\b",
    r"\b(?:baby|child|kid|toddler|little (?:boy|girl|one))\b.{0,50}\b(?:screaming|crying|"
    r"sobbing) (?:for|since) (?:hours|ages|the last|days|over an hour)\b|\b(?:baby|child|kid|"
    r"toddler)s? (?:next door|upstairs|downstairs|in the flat \w+)\b.{0,40}\b(?:screaming|crying)"
    r"\b.{0,30}\b(?:all night|for hours|non stop|thud|bang|hit)\b|\b(?:screaming|crying)"
    r"\b.{0,40}\b(?:no one|nobody) (?:is )?answer\w*\b",
    r"\b(?:child|kid|boy|girl|toddler|baby|little one)\b.{0,40}\blocked out\b|\b(?:child|kid|"
    r"boy|girl|toddler|baby|little one)\b.{0,60}\b(?:cold|freezing)\b.{0,30}\b(?:no coat|for "
    r"hours|crying)\b",
    r"\b(?:\w+ )?(?:kids?|children|son|daughter|baby)s? (?:are |is )?(?:not|arent|isnt) safe\b",
    r"\b(?:kid|child|kids|children|baby|son|daughter|someone|people|man|woman|person|family|we|"
    r"im|i am) (?:is |are )?(?:trapped|stuck|stuk) (?:in (?:the|a|his|her|their|my) (?:lift|car|"
    r"house|flat|room|bedroom|bathroom|building|fire|smoke|water|river|mud|rubble|wreck|"
    r"washing machine|toilet|cupboard|shed)|upstairs|downstairs|inside|under|behind|on (?:the|a) "
    r"(?:roof|ledge|balcony|railway|tracks|ice|cliff|rocks|island|\w+ floor))\b",
    r"\b(?:fallen|fell|gone) (?:in|into|through) (?:the )?(?:ice|river|water|canal|lake|sea|"
    r"pond)\b|\bin the (?:water|river|sea|canal|lake) and (?:cant|unable to) swim\b|\b(?:is|are|"
    r"hes|shes|theyre|someone|somebody|child|kid|man|woman|person|boy|girl) (?:is )?drowning\b"
    r"(?! in (?:debt|paperwork|bills|work|emails|admin))",
    r"\b(?:hanging|leaning|climbing) out of (?:the|a) (?:top |upstairs |bedroom )?window\b|"
    r"\b(?:climbing|climbed) (?:over|onto|on) (?:the )?(?:railings|balcony|parapet|ledge|bridge)\b",
    r"\b(?:man|woman|person|someone|lady|girl|boy|people)\b.{0,30}\b(?:lying|laying|slumped|"
    r"passed out|asleep|collapsed)\b.{0,40}\b(?:not moving|not responding|unconscious|not "
    r"breathing|blood|isnt (?:moving|answering|responding)|wont (?:wake|respond|answer)|grey|"
    r"cant wake|men|snow|cold)\b",
    # a vulnerable adult at risk now
    r"\b(?:dementia|alzheimers|confused|memory problems)\b.{0,60}\b(?:gone out|wandered|went out|"
    r"missing|is lost|cant find|driven off|drove off|left the house|got out|in the snow|in the "
    r"cold|nightie|pyjamas|slippers|dressing gown|let a stranger in)\b",
    r"\b(?:neighbour|old (?:man|lady|woman|fella|gentleman|boy)|elderly \w+|nan|gran|grandad|"
    r"grandma|dad|mum|brother|sister|uncle|aunt)\b.{0,40}\b(?:hasnt|not|havent|hasnt been) "
    r"(?:been )?(?:seen|heard (?:from|of)|answered|answering)\b.{0,30}\b(?:days|\d+ days|a week|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week))\b",
    r"\b(?:post|milk|mail) (?:is )?piling up\b|\bcurtains (?:have been |still )?(?:closed|drawn) "
    r"for days\b",
    r"\bleft (?:\w+ )?(?:with no|without) (?:food|water|food or water|food and water)\b",
    r"\blet a stranger in\b.{0,40}\bstill\b",
]
EMERGENCY = [
    # breathing
    r"\b(?:not|isnt|stopped|cant|struggling to|struggle to|struggles to|unable to|hard to|"
    r"difficulty|trouble|fighting to|gasping|wasnt|barely|no) (?:breathe|breathing|breathing "
    r"properly|breath)\b(?! (?:through (?:my|his|her|the) nose|with (?:my|his|her) nose))",
    r"\bcant (?:catch|get) (?:his|her|my|their) breath\b|\bgasping for (?:air|breath)\b|"
    r"\bbreathing (?:is |has gone |really |very |so )*(?:fast|funny|strange|weird|shallow|rattly|"
    r"rasping|noisy|slow|odd|wrong|laboured)\b",
    r"\b(?:going|gone|turning|turned|is|are|look|looks|lips|face) (?:\w+ )?(?:blue|purple)\b"
    r"(?<!blue badge)|\b(?:lips|face|skin) (?:are |is |have |has )?(?:gone |going |turned |turning "
    r")?(?:blue|purple|grey|gray)\b|\bgone (?:grey|gray)\b|\b(?:grey|gray) and (?:sweaty|clammy)\b",
    r"\b(?:asthma attack|inhaler (?:isnt|not|doesnt|wont) (?:working|help\w*))\b",
    # unconscious, unresponsive, fitting
    r"\b(?:unconscious|unresponsive|not responding|not responsive|isnt responding|wont respond|"
    r"not respond|wont wake(?: up)?|not waking|cant wake (?:him|her|them|up)|no wake|not wake|"
    r"hasnt woken|wasnt waking|barely conscious|barely awake|gone limp|gone floppy|is floppy|"
    r"really floppy|all floppy|keeled over|lifeless|not moving|isnt moving|stopped moving)\b",
    r"\b(?:having|had|has|in) a (?:seizure|fit|convulsion)\b(?! (?:last|in|when|years?|a few|"
    r"\d))|\b(?:is|hes|shes|keeps|started|been|he|she|they|baby|son|daughter|child) (?:is )?"
    r"(?:fitting|convulsing|seizing)\b(?! (?:a|an|the|new|in|out|my|our|his|her|some|it|them|"
    r"carpets?|doors?|windows?))|\bfitting and\b",
    r"\b(?:turning blue|gone blue|going blue|having a (?:hypo|stroke|heart attack|allergic "
    r"reaction|diabetic))\b",
    r"\bpassed out\b.{0,40}\b(?:weird noises|not|wont|cant|men|bus stop|breathing|gas fire|"
    r"next to)\b|\b(?:girl|boy|man|woman|someone|friend|mate|dad|mum) (?:is |has )?passed out\b",
    # chest, heart, stroke
    r"\b(?:chest pains?|pain in (?:my|his|her|ma|me|the) chest|chest (?:is |feels |feel |really "
    r"|so |very )*(?:tight|crushing|heavy|hurting|hurts)|crushing (?:pain|chest)|clutching (?:his|"
    r"her|my) chest)\b",
    r"\bpain (?:in|down) (?:my|his|her|ma) (?:chest|left arm)\b|\bchest\b.{0,20}\barm\b",
    r"\b(?:face (?:is |has )?(?:dropped|drooping|dropping|droopy|fallen|falling|gone|sagging)|"
    r"one side (?:of (?:his|her|my) face )?(?:has )?(?:dropped|gone|drooping|weak|numb)|"
    r"face\b.{0,10}\bfalling one side)\b",
    r"\b(?:slurr\w*(?: (?:her|his|my|their))? (?:words|speech)|speech (?:is )?slurred|words "
    r"(?:are )?(?:coming out wrong|all wrong|jumbled|muddled)|sudden(?:ly)? (?:cant|unable to) "
    r"(?:see|speak|talk|move)|sudden numbness|numb(?:ness)? (?:down|on) one side|(?:arm|leg) "
    r"(?:has )?(?:gone )?(?:weak|numb|dead|floppy)\b.{0,40}\b(?:face|speech|talk|words|suddenly)|"
    r"cant (?:lift|raise|move) (?:his|her) (?:arm|leg)|cannot talk|cant talk properly|worst "
    r"headache)\b|\b(?:mouth|face|lip|smile)\b.{0,15}\b(?:twisted|drooping|droopy|dropped|"
    r"lopsided|sagging|gone to one side|falling)\b|\b(?:cant|unable to) (?:speak|talk) (?:properly|"
    r"clearly|at all)\b.{0,40}\b(?:face|mouth|arm|suddenly|slurr\w*|weak)\b",
    # bleeding, injuries
    r"\bbleeding (?:a lot|heavily|badly|everywhere|loads|profusely|non stop|so much|really bad|"
    r"wont stop|and (?:it )?wont stop|from (?:his|her|my) head)\b|\b(?:blood|bleeding) (?:wont|"
    r"doesnt|isnt|cant|will not) stop\b|\bcant stop the bleeding\b",
    r"\b(?:pouring (?:with )?blood|blood (?:is )?(?:pouring|gushing|spurting|everywhere)|blood "
    r"all over|(?:a )?lot of blood|so much blood|loads of blood|much blood|lots of blood|"
    r"(?:vomiting|coughing up|throwing up|sick(?:ing)? up) blood|pouring with blood)\b",
    r"\bpregnant\b.{0,40}\b(?:bleeding|pain|waters)\b|\bbleeding\b.{0,40}\bpregnant\b|"
    r"\bbleeding\b.{0,30}\b(?:wont|doesnt|isnt|cant|will not) stop\b|\bbleeding from (?:my|his|"
    r"her|their) (?:wrists?|arms?|neck|throat|head|legs?|stomach)\b|"
    r"\bbleeding (?:on|all over) the (?:floor|ground|pavement|street)\b|\bblood (?:is )?(?:coming|"
    r"pouring|dripping|gushing) (?:out )?(?:from|of) (?:his|her|my|their) (?:ears?|head|mouth|"
    r"eyes?)\b",
    r"\b(?:hit|banged|bumped) (?:his|her|my|their) head\b.{0,60}\b(?:sick|vomiting|sleepy|drowsy|"
    r"confused|unconscious|knocked out|bleeding|wont wake|not making sense)\b",
    # allergy
    r"\b(?:allergic reaction|anaphyla\w*|epipen (?:not|isnt|didnt|hasnt))\b|\b(?:used|gave|give|"
    r"needs?) (?:his|her|my|an|the) epipen\b",
    r"\b(?:throat|tongue|lips?|face|mouth|eyes) (?:is |are |has |have )?(?:closing|swelling|"
    r"swollen|swelled|puffing|puffed) ?(?:up)?\b(?!.{0,20}\b(?:for (?:days|weeks)|dentist|tooth|"
    r"gp))|\bswell\w* up\b.{0,30}\b(?:sting|nuts?|peanuts?|cant (?:swallow|breathe)|wheez\w*)\b",
    # poisoning and overdose symptoms, diabetes
    r"\b(?:hypo|having a hypo|blood sugar (?:is )?(?:really |very |dangerously )?(?:low|high))\b|"
    r"\b(?:diabetic|diabetes|insulin)\b.{0,50}\b(?:shaking|sweaty|confused|not making sense|"
    r"drowsy|unconscious|collapsed|fitting|wont wake)\b",
    r"\b(?:rash (?:that )?(?:doesnt|does not|wont|dont) fade|purple rash|non blanching)\b|"
    r"\brash\b.{0,60}\b(?:press|roll) (?:a |the )?glass\b|\bglass (?:test|on (?:it|the rash))\b",
    r"\b(?:boiling|hot) (?:water|kettle|oil|fat)\b.{0,30}\b(?:over|on|down) (?:him|her|his|"
    r"her|them|my|himself|herself|myself)\b|\bscald\w*\b.{0,30}\b(?:badly|face|blister\w*|"
    r"screaming|skin)\b|\b(?:badly|really badly|severely) (?:burnt|burned|scalded)\b",
    r"\b(?:crash|crashed|accident|knocked down|hit by a (?:car|van|bus|lorry))\b.{0,50}\b(?:hurt|"
    r"injured|bleeding|unconscious|trapped|not moving|not breathing|lying)\b",
    r"\b(?:very|really|burning) hot and (?:shaking|floppy|not)\b.{0,30}\b(?:wake|respond)\b",
    # falls
    r"\b(?:fell|fallen|fall|fel|had a fall|has fallen|slipped|collapsed|collapse)\b.{0,50}\b(?:cant"
    r" (?:get|move)|couldnt get up|not (?:moving|speaking|answering|responding|breathing|"
    r"waking)|isnt (?:moving|answering|responding|breathing|speaking)|wont (?:answer|respond|wake|"
    r"move)|no wake|(?:on|lying on) the floor|since (?:last night|yesterday|this morning)|all "
    r"night|hit (?:his|her|my) head|much blood|blood|bleeding|unconscious|broken|wont get up|"
    r"drowsy|being sick|vomiting|sleepy)\b",
    r"\b(?:lying|laying|collapsed|slumped) (?:on|in|at) the (?:pavement|road|street|floor|ground|"
    r"bottom of the stairs|bathroom floor)\b.{0,60}\b(?:not moving|unconscious|not breathing|"
    r"blood|wont|isnt|not|cant|since|all night)\b|\blie on floor\b|\b(?:been|lying|laying|"
    r"stuck) on the (?:\w+ )?floor\b(?! (?:plan|space|tiles|boards|cushions))|\b(?:see|seen|saw|"
    r"found|find) (?:him|her|them|my \w+) (?:lying |collapsed |slumped )?on the (?:\w+ )?(?:floor|"
    r"ground)\b",
    # collapse and choking
    r"\b(?:collapsed|has collapsed|just collapsed|collapsed and)\b(?! (?:last|in|a few|when|"
    r"\d))",
    r"\b(?:is|hes|shes|im|are|started|keeps|someone|baby|he|she|dad|mum) (?:is )?choking\b"
    r"(?! (?:hazard|up))|\bchoking on\b",
    # labour
    r"\b(?:in labour|waters (?:have )?broken|baby is coming|see the babys head|babys head)\b",
    # cold, sleeping rough, hypothermia
    r"\bhypothermi\w*\b|\b(?:freezing|snow|icy|ice|outside|sleeping rough|on the streets?|soaked|"
    r"so cold|in a doorway|in a tent|sleeping out|homeless|\-\d+|"
    r"wet through|frost|minus|bench)\b.{0,80}\b(?:shivering|shaking (?:uncontrollabl\w*|and cant"
    r" stop|and i cant stop)|cant stop shaking|(?:wet|soaked|cold|freezing) and (?:shaking|"
    r"shivering)|shaking all over|cant feel (?:my|his|her) (?:hands|feet|fingers|"
    r"toes|legs)|confused|cant wake|wont wake|not waking|slurring)\b",
    r"\b(?:shivering|shaking|cant feel (?:my|his|her) (?:hands|feet|fingers|toes))\b.{0,80}\b"
    r"(?:freezing|snow|icy|outside|sleeping rough|on the streets|soaked|wet through|cold)\b"
    r"(?!.{0,30}\b(?:flat|house|heating|boiler|bills?)\b)",
    # asking for emergency services
    r"(?<!take to )\b(?:call|ring|dial|phone|send|get|need|needs) (?:me |us )?(?:an? |the )?"
    r"(?:999|ambulance|ambulances)\b|\bshould i (?:call|ring) 999\b",
    r"\b(?:feel|feeling) like im dying\b|\bi think im dying\b|\bim dying\b(?! (?:to|for|of|"
    r"laughing|inside))",
]
# Fire, smoke, gas, carbon monoxide, electrics.
FIRE_AND_GAS = [
    r"\b(?:house|flat|home|building|kitchen|room|car|van|bin|bins|bin store|shed|garage|block|"
    r"stairwell|hallway|hall|roof|curtains|sofa|bed|pan|chip pan|oven|cooker|microwave|heater|"
    r"fridge|dryer|tumble dryer|washing machine|battery|charger|plug|socket|lead|extension lead|"
    r"wire|wiring|fuse box|meter|boiler|e ?bike|e scooter|scooter|bike|laptop|toaster|cable|"
    r"cables|extension cable|light fitting|lamp|"
    r"fence|hedge|tree|bags|rubbish)\b(?: \w+){0,2} (?:is |are |)?(?<!was )(?<!were )(?<!was set )"
    r"(?<!were set )(?<!got set )(?<!been set )(?:(?:has |have |has just |have just |just )caught"
    r"(?: fire)?\b(?! (?:the|a|my|his|her|up|out|on|by)\b)|on fire|catching fire|alight|ablaze|"
    r"burning|in flames|exploded|smoking|sparking|melting|melted|crackling)\b(?! (?:hot|bills?))",
    r"(?<!was )(?<!were )(?<!was set )(?<!were set )(?<!got set )(?<!been set )\b(?:on fire|"
    r"(?:has|have|just) caught fire|set alight|in flames|burning down|going up in flames)\b|"
    r"\bset fire to\b|"
    r"\bburn (?:the|my|our) (?:house|flat|place|building) down\b|\bburning "
    r"please\b",
    r"\b(?:a |theres a |there is a |big )?fire (?:in|on|at) (?:the|my|our|a|his|her|da) (?:\w+ )?"
    r"(?:house|flat|home|kitchen|building|block|stairwell|hall|hallway|bedroom|room|garden|"
    r"shed|garage|loft|bin store|lift|corridor|car park|street)\b|\bfire in my house\b",
    r"\b(?:fire|flames?|smoke) (?:is |are )?(?:coming|everywhere|downstairs|upstairs|under|"
    r"pouring|billowing|filling|spreading)\b|\b(?:smoke|flames) in (?:the|my|our)\b|\b(?:smoke|"
    r"fire|flames) everywhere\b|\bsparking\b|"
    r"\bsparks (?:are )?(?:coming|flying)\b|\bsmell(?:s|ing)? (?:of )?(?:gas|burning|smoke)\b|"
    r"\b(?:filling|"
    r"full) (?:up )?(?:with|of) smoke\b|\bblack smoke\b|\bsmoke from\b",
    r"\bspreading\b.{0,30}\b(?:fire|flames|fence|house|flat)\b|\b(?:caught|fire)\b.{0,20}"
    r"\bspreading\b",
    r"\b(?:can smell|smells? (?:of|like)|stink\w* of|reeks? of|strong smell of|gas smell|smell of) "
    r"gas\b|\bgas (?:is )?leak(?:ing)?\b(?! (?:check|test|detector|alarm|certificate))|\bleaking "
    r"gas\b",
    r"\b(?:carbon monoxide|co|co2|gas) (?:alarm|detector)s? (?:is |are |has |keeps? |just )?"
    r"(?:going off|gone off|went off|beeping|sounding|ringing|bleeping|screaming|keeps going|"
    r"flashing)\b(?!.{0,30}\b(?:low battery|battery|batteries|chirp\w*)\b)|\b(?:dizzy|sick|drowsy|"
    r"sleepy|headaches?)\b.{0,60}\b(?:carbon monoxide|co) "
    r"(?:alarm|detector)\b|"
    r"\bcarbon monoxide (?:poison\w*|leak)\b|\b(?:alarm|detector)\b.{0,40}\b(?:gas poison|carbon "
    r"monoxide)\b",
    r"\b(?:boiler|gas fire|heater|cooker)\b.{0,50}\b(?:smells? (?:funny|weird|strange|odd)|fumes)"
    r"\b.{0,50}\b(?:dizzy|sick|headache|sleepy|drowsy)\b|\b(?:dizzy|sick|headache)\b.{0,60}\b"
    r"(?:boiler|gas fire) (?:smells?|fumes)\b|\bfeel(?:s|ing)? dizzy and sick\b.{0,40}\bboiler\b",
    r"^(?=.*\b(?:dizzy|sick|headaches?|drowsy|sleepy|nause\w*|vomiting|passed out)\b)(?=.*\b"
    r"(?:boiler|gas fire|heater|cooker|flue)\b)(?=.*\b(?:smell\w*|fumes|soot|yellow flame)\b)",
    r"\btrapped\b(?! (?:in (?:a|the|this|my) (?:cycle|rut|system|job|loop|contract|tenancy|"
    r"marriage|relationship|situation|flat|house|home|area|life|body|debt)|with|on benefits|by "
    r"(?:debt|bills?|the))\b)|\b(?:cant|cannot) (?:get|go) out\b.*\b(?:fire|smoke|flames|"
    r"locked)\b|\b(?:fire|smoke|flames|locked)\b.*\b(?:cant|cannot) (?:get|go) (?:out|owt)\b",
]

# Words for danger that residents also use about the past or about a service: a crisis unless
# NOT_NOW places the message in the past or in a service question and NOW does not contradict.
MENTION = [
    r"\bsuicid\w*|\bhunan ?ladd\w*|\bhunanleiddiad\w*",
    r"\bself ?harm\w*|\bhunan ?niweid\w*|\bniweidio fy hun\b",
    r"\b(?:overdose\w*|overdoes\b(?! it)|gorddos\w*|gor ddos\w*|or ddos\w*)",
    rf"\b{_TAKE} (?:an? )?(?:od|overdose)\b",
    rf"\b{_TAKE} (?:\w+ )?{_LOTS} ?(?:\w+ ){{0,2}}{_PILLS}\b(?!.{{0,40}}\b(?:prescribed|"
    rf"prescription|review|pharmacist|gp|doctor|a day|each day|every day|per day|for years|over "
    rf"the years)\b)",
    r"\b(?:tried|attempted|trying|try|trio|ceisio|wedi trio) (?:to )?(?:kill|hang|end|lladd|ladd) "
    r"(?:my|him|her|them|ei|fy)?(?:self|selves| hun| hunan| life| own life| bywyd)\b",
    r"\b(?:took|taken) (?:his|her|their) own life\b(?!.{0,60}\b(?:last|ago|in \d|when|died|"
    r"funeral|bereave|grief))",
    r"\b(?:house|flat|kitchen|chip pan|electrical|car|bin) fire\b|\b(?:set )?on fire\b|\bcaught "
    r"(?:fire|light)\b",
    r"\b(?:heart attack|seizure)\b(?! (?:club|group|rehab\w*|clinic|nurse|team|service|support|"
    r"awareness|survivors?))",
    r"\b(?:hurt|harm|cut|burn|burnt|burned|starve|starved|cutting|harming) (?:himself|herself|"
    r"themselves)\b",
    r"\b(?:collapsed|passed out|passing out|fainted|blacked out)\b",
    r"\b(?:wedi cael|cafodd|ges i|gafodd) (?:strôc|stroc|trawiad|ffit)\b",
    r"\b(?:wedi|newydd) llewygu\b|\bllewyg\w*\b",
    r"\btorri (?:i )?mewn\b",
]
# Abuse by someone else, in words also used for a habit or the past ("he hits me when he
# drinks", "mae o'n fy nharo i", "i left him because he hit me").
ABUSE_MENTION = [
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|son|brother|sister|"
    r"daughter|stepdad|stepmum|father|mother|carer|uncle|someone|somebody)\b"
    r"(?: \w+){0,2} (?:hit|hits|beat|beats|punched|punches|kicked|kicks|strangled|strangles|"
    r"hitting|beating|choked|chokes|attacked|attacks|stabbed|raped|assaulted) (?:me|us|her|him|"
    r"my \w+)\b(?! "
    r"(?:before|when (?:he|she|they) (?:drinks?|drank|was|were|gets)|in the past|years ago|once))",
    r"\b(?:fy|yn fy|'n fy|n fy|wedi fy) (?:nharo|nghuro|mwrw|mygu|nhagu|nghicio|mrifo|"
    r"ngham ?drin|nyrnu|ngwthio|mhwnio|nhreisio|nhrywanu)\b|\b(?:yn|'n|n) (?:ei|eu) (?:churo|"
    r"guro|tharo|daro|chicio|gicio|brifo|frifo|thagu|dagu|mygu|cham ?drin|gam ?drin|fwrw)\b",
    r"\b(?:mae|ma) (?:o|e|fe|fo|hi|nhw)(?:'n| yn| n) fy (?:lladd|nhagu|mygu)\b",
]

# --- Welsh (folded: no accents), North and South forms, mutations, mixed with English ----------
_HUN = r"(?:fy hun|fy hunan|fyn hun|yn hun|yn hunan|'n hun|'n hunan|fi fy hun|hunan)"
_CY_WANT = (
    r"(?:eisiau|eisie|isio|isho|ishio|isie|ishe|moyn|mo'yn|mofyn|am|angen|barod i|mynd i|"
    r"hoffwn i|hoffwn|hoffen i|hoffe i|well gen i|well 'da fi|well da fi|gwell gen i|ar fin|"
    r"penderfynu|wedi penderfynu|yn mynd i|'n mynd i|n mynd i)"
)
_CY_TABLEDI = (
    r"(?:dabledi|tabledi|thabledi|dabled|tabled|pils|bils|pilsen|moddion|foddion|"
    r"meddyginiaeth|feddyginiaeth|parasetamol|barasetamol|pharasetamol|paracetamol|"
    r"baracetamol|pharacetamol|ibuprofen|"
    r"inswlin|cyffuriau|gyffuriau|chyffuriau|tablets|pills|meds)"
)
_CY_PERSON = (
    r"(?:plentyn|plant|mhlentyn|mhlant|blentyn|babi|mabi|fabi|mab|merch|ferch|hogyn|hogan|"
    r"bachgen|fachgen|crwt|croten|mam|fam|dad|nhad|nain|taid|mam gu|mamgu|tad cu|tadcu|brawd|"
    r"mrawd|frawd|chwaer|ngwr|gwr|wr|ngwraig|gwraig|wraig|hen ddyn|hen ddynes|hen wraig|gymydog|"
    r"cymydog|nghymydog|ffrind|\d+ oed|un bach|hi|o|e|fe|fo)"
)
WELSH_SUICIDE = [
    # killing oneself, first person (third person "ladd ei hun" is in MENTION unless threatened)
    rf"\b(?:lladd|ladd|nadd|lhadd|killio|gladd|kill|brifo|frifo|mrifo|niweidio|anafu|torri|"
    rf"dorri|thorri|llosgi|losgi|llosgais|llosges|dorrais|dorres|torres|brifais|crafu|grafu|"
    rf"mygu|crogi|grogi|boddi|foddi|saethu|gwenwyno|wenwyno) {_HUN}\b",
    r"\b(?:bygwth|mynd i|am|isio|eisiau|moyn|yn sôn am|yn son am|son am|siarad am|deud ei fod|"
    r"dweud ei fod|meddwl am|isho) (?:ladd|lladd|grogi|crogi|foddi|boddi) (?:ei|eu) hun(?:an|ain)?"
    r"\b",
    r"\b(?:neud|gwneud|wneud|'neud|g'neud) (?:amdanaf|amdana i|amdana fy|amdana fi|amdanaf fy|"
    r"amdano ei hun|amdani ei hun|amdanaf i)\b",
    rf"\b{_CY_WANT} (?:i )?(?:farw|marw|mharw)\b",
    r"\b(?:isio|eisiau|moyn|isho|ishe|am) (?:end it|kill myself|die)\b",  # mixed with English
    r"\b(?:dwi|dw i|rwy|rydw i|wi|fi|ni)(?:'n| yn| n) (?:barod|mynd) i farw\b",
    r"\b(?:ddim|dim|sa i|sai|smo fi|so fi|dwi ddim|dw i ddim|wi ddim|dyw i ddim|nid wyf|dwi'm|"
    r"dwim|dim yn|'m|sa i'n|sai'n|dw i'm) ?(?:'n |yn |n )?(?:eisiau|eisie|isio|isho|isie|ishe|"
    r"moyn|mo'yn|mofyn|am) (?:byw\b(?! (?:yma|yno|yn|efo|hefo|gyda|mewn|ar ben|ger|drws|yng|ym|"
    r"yr|y|hebddo|hebddi|'da|da|gyda'n|ffor|fan))|fyw\b|bod yma|bod 'ma|bod ma|deffro|ddeffro|"
    r"dihuno|ddihuno|bodoli|bod yn fyw|cario mlaen|cario ymlaen|cario 'mlaen|mynd ymlaen|"
    r"bod o gwmpas|gweld fory|gweld yfory)",
    r"\b(?:bydd|byddai|bydde|fyddai|fydde|fydd|mi fydd|mi fyddai) (?:pawb|pawb arall|y teulu|"
    r"y plant|nhw) (?:yn )?(?:well|hapusach)\b.{0,20}\b(?:hebdda i|hebddo i|hebddof|hebddof i|"
    r"heb fi|hebdda fi|hebddo fi|os (?:dwi|fydda i)(?:'n| yn) marw|taswn i'n marw)\b",
    r"\bneb yn (?:fy ngholli|gweld fy (?:eisiau|isio|ishe|isie)|sylwi (?:os|pe|tasen|taswn|"
    r"bod))\b",
    r"\b(?:dim|sdim|does dim|does 'na ddim|nid oes|does na ddim|'sdim) pwynt (?:byw|bod yn fyw|"
    r"mynd ymlaen|cario (?:mlaen|ymlaen|'mlaen)|bod yma|bod 'ma|i fi fyw|mewn byw|i (?:fi|mi) "
    r"(?:fod|fyw|gario)|fy mod i yma)\b",
    r"\b(?:dim|ddim|heb|sdim|does dim|nad oes|na) (?:byd|rheswm|un rheswm|dim byd)\b.{0,25}\bi fyw"
    r"\b|\bi fyw (?:amdano|amdani|ar ei gyfer)\b",
    r"\b(?:llond bol|blino|digon|laru|syrffed|wedi cael digon) (?:ar|o) (?:fyw|fywyd|bywyd|byw)\b"
    r"(?! (?:yn y|yma|mewn|efo|gyda|yn fan))",
    r"\b(?:diwedd|gorffen|rhoi diwedd|rhoi pen|rhoi terfyn|diweddu) (?:ar )?(?:y cwbl|y cyfan|"
    r"bob dim|popeth|fy mywyd|fy hun|y cwbwl|arni|'r cwbl|ar y cwbl|ar y cyfan|ar bopeth|ar "
    r"fy mywyd|ar fy hun|ar bethau|fy mywyd i ben)\b(?<!gorffen y cyfan)|\bfy mywyd i ben\b",
    rf"\b{_CY_WANT} (?:gorffen|orffen|cwpla|gwpla|cwpwla|diweddu|ddiweddu|stopio|rhoi stop "
    rf"ar)'r (?:cyfan|cwbl|cwbwl)\b|\b(?:cerdded|gerdded) i mewn i'?r (?:mor|afon|llyn|camlas)\b",
    rf"\b{_CY_WANT} (?:gorffen|cwpla|cwpwla|diweddu|stopio|rhoi stop ar) (?:y cyfan|y cwbl|bob "
    rf"dim|popeth|fy mywyd|y cwbwl)\b",
    r"\b(?:isio|eisiau|moyn) i'?r? (?:cwbl|cyfan|cwbwl|popeth|boen) (?:stopio|ddod i ben|"
    r"orffen|ben)\b",
    r"\b(?:methu|ffaelu|sa i'?n gallu|sai'?n gallu|dwi ddim yn gallu|alla i ddim|dwi'?m yn gallu|"
    r"ddim yn gallu|dim yn gallu) (?:cario (?:mlaen|ymlaen|'mlaen)|mynd ymlaen|byw fel hyn|dal "
    r"ati|ymdopi (?:dim )?mwy)\b",
    r"\b(?:ddim|dim) yn gweld (?:dyfodol|unrhyw ddyfodol)\b.{0,50}\b(?:penderfynu|stopio trio|"
    r"rhoi'r gorau|diwedd)\b",
    r"\b(?:byth|peidio|pheidio|beidio|na wna i|na wnaf|na fydda i'n|na fydda i yn|"
    r"nag ydw i'n) (?:a |â )?"
    r"(?:deffro|ddeffro|dihuno|ddihuno)\b|\bcysgu am byth\b|\bmynd i gysgu am byth\b",
    r"\b(?:fydda|fyddai|bydda) ?i ddim (?:yma|yma'n hir|o gwmpas|yn fyw)\b(?! (?:dydd|ddydd|i |"
    r"pan|ar|rhwng|ddydd|wythnos|mis))",
    r"\b(?:ffarwel i bawb|ffarwel am byth|neges ffarwel|llythyr(?:au)? ffarwel|nodyn ffarwel|"
    r"nodiadau ffarwel|deud ffarwel|dweud ffarwel|ffarwelio (?:a|â) phawb|hwyl fawr am byth|"
    r"ffarwel bawb)\b",
    r"\bsori am bopeth\b.{0,40}\b(?:diwedd|ffarwel|caru chi|ola|olaf|hwyl fawr)\b|\bdyma'?r "
    r"diwedd\b",
    r"\b(?:dyma|hwn ydi|hon ydi|dyma'r|dyma fy|hwn yw|hon yw) ?(?:fy |'r )?(?:neges|nodyn|noson|"
    r"diwrnod|tecst) (?:ola|olaf)\b|\b(?:neges|noson|diwrnod) (?:ola|olaf) (?:gen i|i|fi)\b",
    r"\b(?:rhoi|rhoddi|roi|wedi rhoi|yn rhoi) (?:fy|ei|ei holl|fy holl) (?:mhethau|bethau|"
    r"phethau|stwff)\b.{0,25}\bi ffwrdd\b",
    r"\bneidio (?:o|oddi ar|off|o ben|o'r|oddi wrth|o flaen|i'r|i mewn i'r|dros|i'r afon|i'r "
    r"mor) ?(?:y |'r )?(?:bont|to|clogwyn|tren|car|lori|bws|afon|mor|dwr|adeilad|ffenest|"
    r"ffenestr|maes parcio|traffig)\b",
    r"\b(?:isio|eisiau|moyn|am|mynd i|meddwl|bygwth|barod i|ar fin|ystyried|wedi meddwl am|"
    r"meddwl am) (?:am )?neidio\b(?! (?:ar y trampolin|i mewn i'r pwll|rhaff|ar y bws|ar y "
    r"tren))",
    r"\b(?:dwi|dw i|wi|rydw i|rwy|mae o|mae e|mae hi)(?:'n| yn| n) (?:sefyll|eistedd|ista|sownd) "
    r"ar (?:ben |ymyl )?(?:y |'r )?(?:bont|clogwyn|dibyn|rheiliau|to'?r maes parcio)\b",
    r"\b(?:sefyll|eistedd|ista|dwi|rydw i|wi|mae o|mae hi|mae e)(?:'n| yn| n)? (?:ar ben|ar|ar "
    r"ymyl) (?:y |'r )?(?:bont|clogwyn|to|dibyn|silff ffenest|rheiliau)\b.{0,40}\b(?:neidio|"
    r"marw|lawr|dwr|diwedd|barod)\b",
    r"\b(?:rhaff|rhaffau)\b.{0,20}\b(?:barod|clymu|wedi'i chlymu|yn y llofft|o'r trawst)\b|"
    r"\bclymu rhaff\b",
    rf"\b{_CY_TABLEDI}(?:'n| yn) barod\b|\b(?:hel|casglu|cadw|cuddio|cronni) {_CY_TABLEDI}\b",
    r"\blleisiau\w*\b.{0,25}\b(?:deud|dweud|dweu|gweud|deutha) (?:wrtha i|wrtho i|wrtha fi|"
    r"wrthaf)\b",
    r"\b(?:teimlo|teimlon|dwi|rwy|rydw i|wi|yn|'n|n) ?(?:'n |yn |n )?(?:hunan ?laddol|hunanleiddiol"
    r"|suicidal)\b|\bmeddw(?:l|yliau|liau) (?:am )?(?:hunan ?ladd\w*|ladd fy hun|ladd fy hunan)\b",
    r"\b(?:ofn|ofni|poeni) (?:be|beth) (?:wna i|wnaf i|fydda i'n ei wneud|alla i ei wneud)\b|"
    r"\b(?:methu|ffaelu|ddim yn gallu|dim yn gallu|ddim yn medru|dim yn medru) cadw fy hun(?:an)? "
    r"yn (?:saff|ddiogel)\b|\b(?:ddim|dim) yn "
    r"(?:saff|ddiogel) (?:efo|gyda|hefo) (?:fi fy hun|fy hun|fi)\b",
    # self-harm
    r"\b(?:dwi|dw i|wi|rwy|rydw i)(?:'n| yn| n| wedi| di)? (?:\w+ )?(?:torri|dorri|brifo|"
    r"llosgi|crafu) (?:fy|yn) (?:mreichiau|mraich|ngarddwrn|ngarddyrnau|nghoesau|nghoes|"
    r"nghroen|mol|nghorff)\b",
    r"\b(?:torri|dorri|thorri) (?:fy|ei|eu) (?:mreichiau|mraich|ngarddwrn|ngarddyrnau|arddwrn|"
    r"arddyrnau|breichiau|braich|fraich|nghoesau|nghoes|choesau|goesau|nghroen|groen|chroen|"
    r"coesau)\b|\btorri'?n rhy ddwfn\b",
    r"\b(?:dechra|dechrau|wedi dechra|wedi dechrau|isio|eisiau|moyn) torri (?:eto|eto heno|fy "
    r"hun)\b",
    # overdose, poisoning, spiking
    rf"\b(?:cymryd|gymryd|chymryd|cymerais|gymerais|cymres|cymerodd|gymerodd|llyncu|lyncu|"
    rf"llyncais|lyncais|llyncodd|lyncodd|yfed|yfodd|yfais|takio|cymryd)\b[^.!?]{{0,40}}\b"
    rf"(?:gormod|llwyth|llond llaw|paced|baced|pecyn|becyn|bocs|focs|potel|botel|y cwbl|y cyfan|"
    rf"holl|pob un|\d+|lot|dwbl|gyfan|cyfan|i gyd)\b[^.!?]{{0,30}}"
    rf"(?:{_CY_TABLEDI}|\bi gyd\b|\bfodca\b)",
    rf"\b(?:cymryd|gymryd|cymerais|gymerais|cymres|llyncu|lyncu|llyncais|lyncais)\b[^.!?]{{0,20}}"
    rf"{_CY_TABLEDI}\w*\b[^.!?]{{0,15}}\bi gyd\b|\b(?:paced|pecyn|potel|botel|bocs) (?:i gyd|"
    rf"cyfan|gyfan)\b",
    r"\b(?:llyncu|lyncu|llyncodd|lyncodd|yfed|yfodd|bwyta|fwyta|cnoi|gnoi)\b[^.!?]{0,20}\b"
    r"(?:batri|fatri|cannydd|gannydd|channydd|gwenwyn|wenwyn|magnet|fagnet|magnedau|antifreeze|"
    r"antiffris|hylif golchi|tabled golchi|dabled golchi|tabledi golchi|cemegion|gemegion|bleach|"
    r"battery|poison)\b",
    r"\b(?:sbeicio|sbeicio fy niod|spiked|sbeicio ei diod|rhywbeth yn fy niod|rhywbeth yn ei "
    r"diod)\b",
    r"\b(?:wedi|di|newydd) (?:cymryd|gymryd) (?:overdose|od)\b",
]
WELSH_VIOLENCE_NOW = [
    # "yn fy nharo" is a habit or happening now (MENTION); here, with "now" next to it
    r"\b(?:fy|ei|eu) (?:nharo|nghuro|mwrw|mygu|nhagu|nghicio|mrifo|ngham ?drin|churo|guro|tharo|"
    r"daro|chicio|gicio|thagu|dagu|fwrw)(?: i| fi| hi| fe| fo| e| o| nhw)? (?:rwan|nawr|heno|ar "
    r"hyn o bryd|eto)\b|\b(?:rwan|nawr)\b[^.!?,]{0,30}\b(?:fy|yn fy) (?:nharo|nghuro|"
    r"mwrw|mygu|nhagu)\b|\b(?:mae|ma)\b[^.!?,]{0,30}\b(?:adra|adre|yma|yn y ty) (?:rwan|nawr)\b"
    r".{0,40}\bfy (?:nharo|nghuro|mwrw)|\bfy (?:nharo|nghuro|mwrw)\b.{0,60}\b(?:adra|adre|yma|"
    r"yn y ty|tu allan) (?:rwan|nawr)\b",
    r"\b(?:yn|'n|n) (?:taro|curo|bwrw|cicio|tagu|mygu|dyrnu|pwnio|slapio|brifo|cam ?drin|ymosod "
    r"ar|ymosod arna|dyrnu) ?(?:fy |ei |eu )?(?:fi|i|ni|arna i|arnon ni|nhw|mam|fam|nhad|dad|"
    r"mrawd|chwaer|mhlant|mhlentyn|mabi|ngwraig|ngwr|ngwr i|nain|taid|mam gu|tad cu|'r "
    r"plant|y plant|ei blentyn|ei blant|ei phlant|ei wraig|ei gwr|ei fam|ei dad|plentyn|babi|'r "
    r"babi|hi|fe|fo|ddynes|dynes|rywun|rhywun)\b(?![^.!?]{0,40}\b(?:pan|weithiau|yn aml|bob "
    r"tro|pob tro)\b)",
    r"\b(?:wedi fy|wedi'n|newydd fy) (?:nharo|nghuro|mwrw|mygu|nhagu|nghicio|mrifo|nyrnu)\b"
    r".{0,60}\b(?:eto|heno|rwan|nawr|dal yma|dal yn y|yma o hyd|ar ei ffordd|dod yn ol|gwaedu|"
    r"methu symud|methu anadlu)\b",
    r"\b(?:dwylo|ddwylo|llaw|llaw e|llaw o)\b(?: \w+)? (?:am|rownd|o gwmpas|ar) (?:fy|ei) "
    r"(?:ngwddw|ngwddf|gwddw|gwddf|wddw|wddf)\b|\b(?:fy|'n) (?:nhagu|mygu)\b|\b(?:tagu|mygu) "
    r"(?:fi|i|hi)\b",
    # threats to kill or hurt
    r"\b(?:bygwth|mynd i|am|isio|eisiau|moyn|trio|ceisio|yn mynd i|'n mynd i|n mynd i|bydd (?:e|"
    r"o|hi|nhw)(?:'n| yn| n)|y bydd (?:e|o|hi)(?:'n| yn| n)|fydd (?:e|o|hi)(?:'n| yn| n)|mae o'n "
    r"deud y bydd o'n|dweud y bydd e'n) ?(?:'n |fy |ein |ei |'?i'?n )?(?:lladd|ladd|frifo|mrifo|"
    r"brifo|nharo|daro|guro|nghuro|drywanu|nhrywanu|saethu|llosgi|losgi|mygu|nhagu)\b(?! (?:amser|"
    r"fy hun|ei hun))",
    r"(?<!yn )(?<!'n )(?<!\bn )\bfy (?:lladd|ladd)\b",
    r"\b(?:ofn|ofni|ofnus|poeni) am fy (?:mywyd|bywyd)\b|\bofn am ein bywydau\b|\b(?:ofn|ofni)\b"
    r".{0,20}\b(?:bydd|fydd) (?:e|o|hi)(?:'n| yn) (?:fy lladd|fy mrifo|fy nharo|lladd)\b",
    # weapons
    r"\b(?:efo|gyda|hefo|ganddo|ganddi|ganddyn nhw|gan|'da fe|da fe|yn dal|yn chwifio|wedi cael|"
    r"gyda fe|gyda hi|gynno fo|gynni hi|gynno) (?:fo |e |hi |fe )?(?:gyllell|cyllell|chyllell|"
    r"cyllyll|gyllyll|gwn|wn|ngwn|machete|forthwyl|morthwyl|fat pel fas|bat pel fas|arf|arfau|"
    r"gleddyf|cleddyf|bicell|knife|gun|petrol)\b",
    r"\b(?:cyllell|gyllell|chyllell|gwn|ngwn)\b[^.!?]{0,40}\b(?:rwan|nawr|yma|wrth y drws|tu "
    r"allan)\b",
    # locked in, hiding, followed, break-ins, being hurt
    r"\b(?:wedi fy|fy|wedi'n|wedi cloi|cloi) (?:nghloi|ngloi|cloi|fi|ni|hi) ?(?:i mewn|yn|yn y|"
    r"mewn)?\b|\bgwrthod gadael i (?:mi|fi|ni) (?:fynd|adael|allan|mas)\b",
    r"\b(?:dwi|dw i|ni|rydw i|rydyn ni|wi|rwy)(?:'n| yn| n) cuddio\b|\bcuddio (?:rhag|yn y "
    r"(?:bathrwm|llofft|stafell|ystafell|cwpwrdd|toiled|car|sied|gegin)|o dan y gwely|tu ol)\b",
    r"\b(?:yn|'n|n) (?:malu|chwalu) ?(?:'r|y)? ?(?:ty|fflat|lle|pethau|popeth|bob dim|drws|"
    r"ffenest)\b",
    r"\b(?:yn|'n|n) fy nilyn\b|\b(?:dilyn|ddilyn) fi\b",
    r"\b(?:cael|gael) (?:ei|eu|fy|ein) (?:daro|churo|guro|brifo|frifo|cham ?drin|gam ?drin|"
    r"thrywanu|drywanu|threisio|dreisio|gicio|chicio|nharo|nghuro|mrifo|ngham ?drin|dagu|thagu|"
    r"fwrw|bwrw|slapio|lusgo|ymosod arno|ymosod arni)\b",
    r"\b(?:yn|'n|n) (?:trio|ceisio) (?:torri|dod|dorri|cicio) (?:i )?(?:mewn|drwy|'r drws)\b|"
    r"\b(?:yn|'n|n) torri (?:i )?mewn\b|\b(?:yn|'n|n) cicio'?r drws\b",
    r"\b(?:yn|'n|n) ymosod ar\b|\bymosod arna i\b",
    r"\b(?:anfonwch|anfon|ffoniwch|ffonia|galw|galwch|ffonio) ?(?:'r|yr)? (?:heddlu|ambiwlans|999)"
    r"\b|\bangen (?:yr )?(?:heddlu|ambiwlans) (?:rwan|nawr|plis|yma)\b|\bangen ambiwlans\b",
    r"\b(?:dydi|dyw|nid yw|dydy|dyw'r|dydi'r) (?:\w+ ){1,3}(?:ddim|dim) yn (?:saff|ddiogel) "
    r"(?:heno|rwan|nawr)\b|\b(?:ddim|dim) yn (?:saff|ddiogel) (?:heno|rwan|nawr)\b",
    r"\bsgrechian\b.{0,40}\b(?:curo|taro|help|neb yn ateb|ers oriau)\b|\b(?:curo|taro)\b.{0,40}"
    r"\bsgrechian\b",
]
WELSH_AT_RISK = [
    rf"\b{_CY_PERSON}\b[^.!?]{{0,40}}\b(?:ar goll|wedi diflannu|wedi mynd ar goll|wedi crwydro|"
    rf"yn crwydro|heb ddod adre|heb ddod adra|heb ddod nol|ddim wedi dod adre|ddim wedi dod "
    rf"adra|ddim wedi dod yn ol|crwydro allan|crwydro o'r ty)\b(?![^.!?]{{0,40}}\b(?:weithiau|yn "
    rf"aml|bob tro|pob tro)\b)",
    r"\b(?:plentyn|plant|babi|fabi|hogyn bach|hogan fach|merch fach|bachgen bach|crwt|un bach|"
    r"plentyn bach)\b[^.!?]{0,40}\b(?:ar (?:ei )?ben ei hun\w*|ar eu pennau eu hunain|ar ei ben "
    r"ei hun|ar ben eu hunain|wedi'?(?:i|u)? (?:adael|gadael)|wedi cael (?:eu|ei) g?adael|car "
    r"poeth)\b",
    r"\b(?:mae|ma)'?r (?:babi|plant|plentyn)\b[^.!?]{0,30}\b(?:sgrechian|crio) ers (?:oriau|"
    r"dyddiau|amser)\b",
    r"\b(?:cyfarfod|gyfarfod|gwrdd a|cwrdd a|cwrdd â|gwrdd â) (?:dyn|dynion|rhywun|bachgen|"
    r"hogyn|boi) (?:hyn|dieithr|o'r we|ar ?lein|ar y we|mae (?:o|hi|e)'?n ei nabod o'r we)\b",
]
WELSH_EMERGENCY = [
    r"\b(?:methu|ffaelu|ddim yn|dim yn|stopio|wedi stopio|trafferth|cael trafferth|prin yn|"
    r"brwydro i|ddim yn gallu|dim yn gallu) ?(?:'n )?anadlu\b|\banadlu'?n? (?:rhyfedd|od|swnllyd|"
    r"gyflym|drwm|ddrwg|wael)\b|\bddim yn anadlu'?n iawn\b",
    r"\b(?:anymwybodol|ddim yn ymateb|dim yn ymateb|heb ymateb|ddim yn deffro|dim yn deffro|"
    r"methu ei ddeffro|methu ei deffro|ffaelu ei ddihuno|ffaelu dihuno|ddim yn dihuno|wedi "
    r"mynd yn llipa|yn llipa|'n llipa|ddim yn symud|dim yn symud|heb symud|ddim yn ateb)\b",
    r"\b(?:hi|o|e|fe|babi|plentyn|mab|merch|nhw|ffrind)(?:'n| yn| n) (?:ffitio|cael ffit|cael "
    r"trawiad|cael strôc|cael stroc|cael trawiad ar y galon)\b|\bcael (?:ffit|trawiad|stroc|"
    r"strôc)\b(?! (?:y llynedd|llynedd|flynyddoedd))",
    r"\b(?:poen|boen|phoen)\b(?: (?:ofnadwy|mawr|difrifol|cryf|uffernol))? ?(?:yn|ar|ym|yng) "
    r"(?:fy|ei|y|'i) (?:mrest|frest|brest|mron|fron|bron)\b|\b(?:brest|frest|mrest)\b.{0,15}\b"
    r"(?:dynn|tynn|gwasgu)\b",
    r"\bwyneb\w*\b(?: (?:o|hi|e|fe))? (?:wedi )?(?:disgyn|cwympo|syrthio|llithro|gwyro|"
    r"mynd yn gam)\b|\bhwyneb\b[^.!?]{0,15}\b(?:disgyn|cwympo|syrthio)\b|\b(?:braich|fraich|"
    r"mraich)\b[^.!?]{0,10}\b(?:wan|ddiffrwyth|ddideimlad)\b|\bsiarad yn aneglur\b|\blleferydd "
    r"aneglur\b",
    r"\bgwaedu\b(?:'n| yn)? ?(?:drwm|llawer|lot|ofnadwy|ddrwg|heb stopio|arw|fel mochyn|a methu"
    r" stopio|yn ddi-stop)\b|\b(?:gwaed|waed) (?:ym mhobman|ymhobman|dros bob man|dros y lle)\b|"
    r"\b(?:lot|llawer|gymaint|llond) o waed\b|\bgwaedu'n (?:drwm|ofnadwy|ddrwg)\b",
    r"\b(?:gwefusau|wefusau|wyneb|croen|babi|babi'n|o|e|hi)\b[^.!?]{0,10}(?:'n| yn) (?:las|"
    r"llwyd|biws)\b|\b(?:troi|mynd|wedi mynd)(?:'n| yn) las\b",
    r"\b(?:gwddw|ngwddw|wddw|gwddf|ngwddf|wddf|wyneb|hwyneb|gwefusau|wefusau|tafod|dafod)\b"
    r"[^.!?]{0,15}(?:'n| yn) (?:chwyddo|cau)\b|\badwaith alergaidd\b|\banaffylacsis\b|"
    r"\b(?:methu|ffaelu) llyncu\b",
    r"\b(?:disgyn|syrthio|cwympo|cwmpo|llithro|wedi disgyn|wedi syrthio|wedi cwympo)\b[^.!?]{0,50}"
    r"\b(?:methu codi|ffaelu codi|ddim yn symud|dim yn symud|ddim yn ateb|ddim yn ymateb|ar y "
    r"llawr|gwaedu|taro ei ben|anymwybodol|ers neithiwr|drwy'r nos|methu symud|ffaelu symud|"
    r"(?:ddim|dim) yn gallu (?:symud|codi))\b",
    r"\b(?:ar dan|ar dân)\b(?! (?:i |eisiau|isio|dros|am ))",
    r"\b(?:tan|dan|than)\b(?: mawr)? (?:yn|ym|yng) (?:y |yr |'r |fy |ein )?(?:ty|gegin|cegin|"
    r"fflat|bloc|adeilad|stafell|ystafell|llofft|garej|sied|car|bin|biniau|coridor|grisiau|to|"
    r"ysgol|siop)\b|\b(?:mae|ma) (?:'na |na )?(?:dan|tan)\b(?! (?:ddydd|dydd|yfory|fory|\d|"
    r"hanner|y |yr |diwedd|mis|wythnos|nos|bore|pnawn|amser))|\b(?:sownd|yn gaeth|methu mynd "
    r"allan|methu dod allan|ffaelu mynd mas)\b.{0,40}\b(?:tan|dan|mwg)\b",
    r"\bmwg (?:ym mhobman|ymhobman|yn dod|trwchus|du|yn llenwi|dros bob man|o dan y drws|"
    r"ymhob man)\b|\b(?:llawn|llond) (?:o )?(?:fwg|mwg)\b|\b(?:arogl|ogla|ogle|oglau) (?:mwg|"
    r"llosgi)\b",
    r"\b(?:arogl|ogle|oglau|ogla|ogleuo|arogli|gwynt|gollwng|gollyngiad) nwy\b",
    r"\blarwm (?:carbon monocsid|co|monocsid|nwy)\b.{0,30}\b(?:canu|bipian|seinio|mynd|swnio|"
    r"mynd i ffwrdd)\b|\bcarbon monocsid\b.{0,40}\b(?:sal|pen tost|cur pen|pendro|cysglyd|"
    r"gwenwyn)\b",
    r"\b(?:rhewi|rhynnu|oer iawn|eira|cysgu allan|cysgu ar y stryd|cysgu tu allan)\b.{0,60}\b"
    r"(?:methu teimlo|crynu|dryslyd|ddim yn ymateb|glas|ddim yn deffro)\b|\b(?:methu teimlo|"
    r"crynu)\b.{0,60}\b(?:rhewi|eira|cysgu allan|tu allan)\b",
    r"\bfeichiog\b.{0,30}\bgwaedu\b",
]

# Past events and service questions: they turn off MENTION (not CRISIS) unless NOW is there.
NOT_NOW = re.compile(
    r"\b(?:years?|yrs?|months?|weeks?) ago\b|\b(?:last|past) (?:year|month|summer|winter|"
    r"spring|autumn|christmas|week)\b|\bin (?:19|20)\d\d\b|\bin (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|\bwhen (?:i|he|she|they)"
    r" (?:was|were) (?:\d+|young|little|younger|a (?:child|kid|teenager|teen|student|baby))\b|"
    r"\bas a (?:child|kid|teenager|teen|student|young \w+)\b|\bin the past\b|\bused to\b|"
    r"\bsurviv\w+|\byears back\b|\bpreviously\b|\ba while (?:ago|back)\b|\bhistory of\b|"
    r"\bno longer\b|\bmy late\b|\bpassed away\b|\bdied\b|\blost (?:my|our|a|his|her) \w+(?: \w+)?"
    r" to\b|\bgrief\b|\bbereave\w*|\bfuneral\b|\bin memory\b|\bbetter now\b|\bfine now\b|"
    r"\beveryones? (?:fine|ok|okay|safe)\b|\bthought (?:i|he|she) was\b|"
    r"\bwhen (?:he|she|they) (?:\w+)\b|\bwhenever\b|\bevery time\b|\bsometimes\b|\boften\b|"
    r"\b(?:i|we) (?:left|escaped|got away from|fled) (?:him|her|them|my \w+)\b|\bsince i left\b|"
    r"\b(?:since|after) (?:my|his|her) (?:stroke|heart attack|overdose|fall|operation|seizure)\b|"
    r"\b(?:training|course|courses|workshop|awareness|prevention|leaflets?|statistics|research|"
    r"documentary|essay|volunteer\w*|support group|support groups|first aid|cpr|alarms?|"
    r"detectors?|safety check|risk assessment|certificate|squad|survivors?)\b|"
    # Welsh
    r"\b(?:y llynedd|llynedd|flynyddoedd yn ol|blynyddoedd yn ol|mlynedd yn ol|mis diwetha|"
    r"wythnos diwetha|pan o'n i'n|pan oeddwn i'n|yn y gorffennol|arfer|bu farw|wedi marw|"
    r"profedigaeth|hyfforddiant|cwrs|atal|ymwybyddiaeth|grwp cefnogi|cefnogaeth|cwnsela|"
    r"larwm|gwiriad|tystysgrif|pan (?:mae|mai|ma|fydd|bydd|o'n|oedd)|weithiau|yn aml|bob tro|"
    r"gadewais|adawais|wnes i adael|achos ei fod|oherwydd ei fod|am ei fod)\b"
)
NOW = re.compile(rf"\b{_NOW}\b")

# "killing me" in "my back is killing me", "end it" in "end it with my landlord" and similar
# figures of speech are not crisis; they are removed before the patterns are tried.
FIGURES_OF_SPEECH = re.compile(
    r"\b(?:back|feet|head|legs|knees|neck|tooth|teeth|heat|wait|queue|rent|it|this|work|prices|"
    r"bills?|job|stairs|cold|boss|kids|waiting list|suspense|commute|hayfever|hay fever|shoes|"
    r"hip|shoulder|migraine|period|cramps|gas bill|heating bill|electric bill)(?: \w+)? (?:is|are|"
    r"will be|was)? ?(?:slowly |really |actually |literally )?killing (?:me|my \w+)\b|\bkill "
    r"(?:time|the engine|two birds|it at|it in|the lights)\b|\bkilled it\b|\b(?:could|would|"
    r"i'?d) (?:murder|kill) (?:a|for a|for) \w+|\bi could (?:kill|murder) (?:my|him|her|them)\b"
    r"(?!.*\b(?:knife|now|tonight|going to)\b)|\bbored to death\b|\bdeath of me\b|\bsick to death"
    r"\b|\bdying (?:to|for|of (?:boredom|laughter|embarrassment|shame|hunger|thirst))\b|"
    r"\b(?:nearly|almost) died (?:laughing|of (?:shame|embarrassment))\b|\bdead (?:tired|on my "
    r"feet|end|beat|easy|good|serious|keen|worried|set|against)\b|\bnot in danger\b|\b(?:im|i "
    r"am) (?:safe|ok|okay|fine) now\b|\b(?:im|i am) safe\b|\b(?:nearly |almost )?gave me a heart "
    r"attack\b|\b(?:bill|bills|rent|heating|prices|queue|wait|job|commute|mum|mom|mam|dad|boss|"
    r"wife|husband|missus|teacher|manager|landlord|nan|gran) (?:is|are|will|ll|s)? ?(?:going to|"
    r"gonna)? ?(?:kill|murder) (?:me|us) (?:if|when|for) (?:i'?m |im |i am |being |i get |"
    r"i turn up |we "
    r"are |were )?(?:late|home late|forget\w*|los\w+|break\w*|spend\w*|miss\w*)\b|\b(?:bill|"
    r"bills|rent|heating|prices|queue|wait|job|commute) (?:is|are) (?:going to|gonna) kill "
    r"me\b|\bfire (?:alarms?|safety|doors?|extinguishers?|station|service|brigade|exits?|escape|"
    r"blanket|drill|risk|officer|warden|certificate|fighters?|works|pit|place|wood|guard|and "
    r"rescue)\b|\b(?:fit|fitted|fitting|install|installed|buy|get|have|free|new|broken|"
    r"replace|test|check) (?:a |an |the |my )?(?:co|carbon monoxide|smoke|fire) (?:alarms?|"
    r"detectors?)\b|\b(?:drowning|snowed under) in (?:debt|paperwork|bills|work|emails|admin)\b|"
    r"\bheart sank\b|\bheart ?broken\b|\bchoked up\b|\bjump (?:start\w*|the queue|through "
    r"hoops)\b|"
    r"\bjumping through hoops\b|\bhanging baskets?\b|\b(?:cut|burnt|burned|hurt) myself "
    r"(?:shaving|cooking|gardening|by accident|accidentally|at work|at the gym|playing|lifting|"
    r"on (?:the|a) (?:oven|tin|can|glass|knife|kettle|iron|stove|hob|grill))\b|"
    r"\baccidentally (?:cut|burnt|burned|hurt)\b|\b(?:cut|cutting) (?:down|back) on\b|"
    r"\b(?:thought|felt like|as if|like) (?:i|he|she) (?:was|were) (?:having|going to have) a "
    r"(?:heart attack|stroke)\b(?= (?:but|and it was|it was|turned out))|\bhit (?:me|us) "
    r"(?:hard|up)\b|\bhit (?:by|with) (?:the|a) (?:bedroom tax|fine|bill|charge)\b|"
    r"\bnot (?:feeling )?suicidal\b|\b(?:im|i am|i) (?:not|never) (?:going to |gonna |would |"
    r"will )?(?:hurt|kill|harm|cut) myself\b|\bno (?:thoughts|plans|intention) (?:of|to) "
    r"(?:suicide|self harm|harm(?:ing)? myself|kill(?:ing)? myself|end(?:ing)? (?:it|my life))\b|"
    r"\b(?:not|never) (?:thinking|thought) (?:of|about) (?:suicide|ending it|killing myself|"
    r"hurting myself)\b|\bsmoke (?:from|of) (?:\w+ ){0,3}(?:bonfire|bbq|barbecue|chimney|wood ?"
    r"burner|log burner|cigarettes?|vape)s?\b|"
    r"\b(?:smoke|fire|co|carbon monoxide) alarm (?:keeps )?(?:beeping|chirping) (?:because|for "
    r"(?:a )?(?:new )?batter)\w*|"
    # Welsh
    r"\b(?:rhent|nghefn|cefn|biliau|bil|gwaith|plant|pen|nhraed|dannedd|nant|ngwaith|swydd|"
    r"pris\w*|ciw|aros|cyngor)\b[^.!?]{0,15}(?:'n| yn) fy lladd\b|\b(?:ddim|dim) yn hunan ?"
    r"laddol\b|\b(?:ddim|dim) (?:yn )?(?:mynd i|am) (?:ladd|frifo|niweidio) fy hun(?:an)?\b|"
    r"\bbron (?:a|â) marw\b|\bbu bron i mi "
    r"farw\b|\bmarw (?:isio|eisiau|o (?:chwerthin|eisiau bwyd|syched|diflastod))\b|\btan "
    r"gwyllt\b|\bdiogelwch (?:tan|nwy)\b|\blarwm (?:mwg|tan|carbon monocsid|co)\b(?! "
    r"(?:yn|'n) (?:canu|bipian|seinio|mynd))"
)

CRISIS = re.compile(
    "|".join(
        SUICIDE
        + FAREWELLS
        + UNSAFE
        + SELF_HARM
        + OVERDOSE
        + VIOLENCE_NOW
        + AT_RISK_NOW
        + EMERGENCY
        + FIRE_AND_GAS
        + WELSH_SUICIDE
        + WELSH_VIOLENCE_NOW
        + WELSH_AT_RISK
        + WELSH_EMERGENCY
    )
)
MENTIONED = re.compile("|".join(MENTION + ABUSE_MENTION))
# Abuse by another person now: the abuse helpline and the quick-exit reminder come first.
ABUSE_NOW = re.compile("|".join(VIOLENCE_NOW + WELSH_VIOLENCE_NOW + ABUSE_MENTION))


# "my mum will kill me if she sees this", "my boss is going to murder me": said in fun, unless
# anything in the message speaks of violence or fear.
HYPERBOLE = re.compile(
    r"\b(?:mum|mom|mam|mother|nan|gran|boss|teacher|manager|landlord|landlady|mother in law|"
    r"mum in law)(?:ll| will| is going to| is gonna|s going to| gonna| would| is gonna)? "
    r"(?:kill|murder) me\b"
)
_VIOLENCE_CUE = re.compile(
    r"\b(?:knife|knives|weapon|gun|hit\w*|hurt\w*|beat\w*|punch\w*|kick\w*|scared|afraid|"
    r"terrified|frightened|threat\w*|hiding|strangl\w*|chok\w*|abus\w*|violent|bruises?|"
    r"tonight|right now)\b"
)

MIN_CLASSIFIER_CONFIDENCE = 0.5


def is_crisis(text: str) -> tuple[bool, bool]:
    """(crisis, abuse happening now) for a message."""
    folded = FIGURES_OF_SPEECH.sub(" ", normalise(text))
    if not _VIOLENCE_CUE.search(folded):
        folded = HYPERBOLE.sub(" ", folded)
    if CRISIS.search(folded) is None:
        mentioned = MENTIONED.search(folded) is not None
        if not mentioned or (NOT_NOW.search(folded) and not NOW.search(folded)):
            return False, False
    return True, ABUSE_NOW.search(folded) is not None
