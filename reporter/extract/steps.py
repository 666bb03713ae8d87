"""The words that name a step of a presence (withdraw, hand over, rotate, cease, guard...), as lemmas.

One table for its two readers: the extractor, whose milestones take a clause's step from these words
(milestones._step_words), and the brief, whose timeline shows a source's own wording only when it names
a step (brief.commitments). Dictionary forms through lemmas.lemma, with the lemmas of their regular inflections (the suffix rules
read "arrived" as "arriv"), so any inflection a text uses counts ("redeployed", "vacating", "cedes",
"arriving"), not only the forms a text happened to use.
"""

from __future__ import annotations

from reporter.extract.lemmas import inflected_lemmas
from reporter.extract.text import words

STEP_WORDS = words(
    """withdraw withdrew withdrawn withdrawal exit leave left quit depart departure pullout drawdown handover
    pullback transfer end conclude concluded conclusion vacate vacated closure redeploy redeployment relocate
    relocated relocation complete completed completion finish deploy deployment arrive arrival repatriate
    repatriated repatriation evacuate evacuation disengage disengagement expire expired expiry expiration
    extend extension cede ceded disarm disarmament demobilise demobilised demobilize demobilized reduce
    reduced reduction halve rotate rotated release released return returned terminate terminated termination
    liquidate liquidated liquidation cessation cease ceased retreat remove removal
    guard guarded protect protection patrol command participate"""
)
STEP_LEMMAS = inflected_lemmas(STEP_WORDS)
