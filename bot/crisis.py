"""Crisis first: rules in front of the model, so a message about danger is never missed.

Missing a crisis is the worst failure this product can have, so this component favours
recall: any of the patterns below (suicide and self-harm, overdose, violence or danger now,
a medical emergency) turns the message into intent ``crisis`` with a ``need: crisis``
entity, whatever the intent classifier or the other extractors said. The model still
catches what the patterns don't (the NeedEntityExtractor and DIET learn from the crisis
examples); this component only ever adds crisis, it never removes it.

Patterns are written against folded text (lower case, no accents, straight quotes) and
tolerate the common phone spellings ("wanna", "myslf", "suicidel"). When abuse by another
person is happening now, ``domestic_abuse`` is added too, so the assistant can answer with
the abuse helpline and the quick-exit reminder.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

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
    rf"many |2 many |to many |all (?:my|the|of my) |loads of )(?:\w+ )?{_PILLS}",
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
]
DANGER_NOW = [
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
    r"\blocked (?:me |us )?in\b",
    r"\b(?:child|kid|toddler|baby|boy|girl|teenager|\d+ ?yo|\d+ year old)\w* (?:has been |"
    r"been |was |is |are )?(?:left alone|on (?:the|a) (?:roof|ledge|road|railway)|wandering|"
    r"missing|being (?:beaten|hurt|hit|abused))",
    r"\b(?:hasn'?t|hasnt|not) come home\b.*\b(?:older men|not answering|scared|worried)\b",
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
    r"\b(?:house|flat|kitchen|building|room) (?:is )?on fire\b|\bcarbon monoxide\b",
]
ABUSE_NOW = re.compile("|".join(DANGER_NOW))
CRISIS = re.compile("|".join(SELF_HARM + DANGER_NOW + EMERGENCY))
# "killing me" in "my back is killing me", "end it" in "end it with my landlord" and
# similar figures of speech are not crisis; these override only the weakest patterns.
FIGURES_OF_SPEECH = re.compile(
    r"\b(?:back|feet|head|legs|knees|neck|tooth|teeth|this heat|the wait|the queue|the rent|"
    r"it|this|work|prices|bills) (?:is|are) killing me\b|\bkill (?:time|the engine)\b|"
    r"\bbored to death\b|\bdying (?:to|for)\b|\bnot in danger\b|\b(?:i'?m|im|i am) safe\b"
)


MIN_CLASSIFIER_CONFIDENCE = 0.5


def is_crisis(text: str) -> tuple[bool, bool]:
    """(crisis, abuse happening now) for a message."""
    folded = FIGURES_OF_SPEECH.sub(" ", fold(text))
    if CRISIS.search(folded) is None:
        return False, False
    return True, ABUSE_NOW.search(folded) is not None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(GraphComponent):
    """Forces intent ``crisis`` and ``need: crisis`` on any message that signals danger."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            # A crisis guessed by the need classifier from a whole message (not a phrase) at
            # low confidence is not enough on its own; rules and the intent model decide.
            entities = [
                e
                for e in message.get(ENTITIES, []) or []
                if not (
                    e.get("entity") == "need"
                    and e.get("value") == "crisis"
                    and (e.get("confidence_entity") or 0) < MIN_CLASSIFIER_CONFIDENCE
                )
            ]
            needs = {e.get("value") for e in entities if e.get("entity") == "need"}
            intent = (message.get(INTENT) or {}).get("name")
            crisis, abuse_now = is_crisis(text)
            if not (crisis or "crisis" in needs or intent == "crisis"):
                message.set(ENTITIES, entities, add_to_output=True)
                continue
            for code in ("crisis", "domestic_abuse") if abuse_now else ("crisis",):
                if code not in needs:
                    entities.append(
                        {
                            "entity": "need",
                            "value": code,
                            "start": 0,
                            "end": len(text),
                            "confidence_entity": 1.0,
                            "extractor": "CrisisGuard",
                            "text": text,
                        }
                    )
            message.set(ENTITIES, entities, add_to_output=True)
            ranking = [
                r for r in message.get(INTENT_RANKING_KEY, []) or [] if r.get("name") != "crisis"
            ]
            message.set(INTENT, {"name": "crisis", "confidence": 1.0}, add_to_output=True)
            message.set(
                INTENT_RANKING_KEY,
                [{"name": "crisis", "confidence": 1.0}, *ranking],
                add_to_output=True,
            )
        return messages
