"""The words for a ship: one table for every reader that asks "is this a ship?".

The extractor's ship names (incidents._ship_names), its numbered ships hit ("two tankers were struck",
incidents._SHIPS_HIT), a ship on its way (places._SHIP_GOING), a vessel or a conveyance hit or seized
(candidates._VESSEL, _SEIZABLE), a ship the lead tells (lead._VESSELS) and the brief's ship names
(reporter.brief.identity.ship_names) each kept their own list of these words, and they had drifted apart;
they are read from here, each reader adding only its own further words beside them. ``WORD``, a ship's noun
in a text, serves the extractor's ship told hit (incidents._ship_told) and its linking alike. The table lives outside
``reporter.extract`` so the brief can read it without loading the extractor.
"""

from __future__ import annotations

import re

from reporter.wordlists import alternation, words

#: Nouns for a ship, singular: a name follows one ("the tanker X") or comes before it ("a X bulker").
SHIPS = words("ship vessel tanker freighter bulker carrier boat dhow trawler yacht")
#: The same nouns as single words of a text, one ship or several: "ship", "ships".
SHIP_FORMS = SHIPS | {f"{w}s" for w in SHIPS}
#: Prefixes of a ship's name, as written lower case ("MV X", "MT X", "M/V X"; the tokens of M/V are m, v).
PREFIXES = words("mv mt m/v")
#: Words that may stand between a ship's name and the word for it: "the X cargo vessel".
KINDS = words("cargo bulk container oil chemical merchant commercial")


#: A ship's noun as a word of a text, one ship or several: "the tanker", "a bulk carrier", "vessels".
WORD = re.compile(rf"\b(?:{alternation(SHIPS, 's?')})\b", re.I)
