"""A leader's men, rulers or ordered deeds are the party the lexicon says he leads; his own threats stay his
(unless he says the party will act: tests/test_threats_leader_speaks_for_party.py)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.errors import ConfigError
from reporter.extract.lexicon import Lexicon


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Hemedti's fighters stormed the village of Wad Ashra on Monday, killing 14 people, residents said.", "Rapid Support Forces"),
        ("Hemedti's paramilitary fighters shelled a camp near Tawila on Monday, aid workers said.", "Rapid Support Forces"),
        ("Haftar's forces shelled the outskirts of Gharyan on Monday, a local council said.", "Libyan National Army"),
        ("Putin's army launched 60 drones at Odesa overnight into Monday, the governor said.", "Russia"),
        ("Netanyahu's government ordered air strikes on Tyre on Monday, the army said.", "Israel"),
        ("Militias loyal to Haftar attacked a checkpoint near Sirte on Monday, killing two guards.", "Libyan National Army"),
        ("Trump ordered strikes on Houthi positions near Hodeidah on Monday, officials said.", "United States"),
    ],
)
def test_a_leaders_men_rulers_or_order_are_his_partys(ex, text, party):
    assert _actors(ex, text) == [(party,)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # his own threat is his, as GUIDE's threat statements name the speaker
        ("Netanyahu warned on Monday that Israel would strike Hezbollah across Lebanon.", ("Benjamin Netanyahu",)),
        # a kinsman or an office of his is no force: the target here, and nobody named acts
        ("Hemedti's cousin was killed in a drone strike near Nyala on Monday, a source said.", ()),
        # men of his that were hit are the target's side, not the attackers
        ("Putin's troops were shelled near Vovchansk on Monday, the Ukrainian army said.", ()),
    ],
)
def test_a_leaders_words_kin_and_targets_keep_their_reading(ex, text, kept):
    assert _actors(ex, text)[0] == kept


def test_leads_names_a_party_of_the_lexicon_and_only_a_person_leads(tmp_path):
    """An admin gives a leader his party by name; a party nobody lists, or a group said to lead, is an error
    naming the entry (never a silent non-match)."""
    good = tmp_path / "good.yaml"
    good.write_text(
        "actors:\n  - {name: Ruri Front, kind: armed_group, aliases: [RF]}\n"
        "  - {name: Anton Vell, kind: person, aliases: [Vell], leads: RF}\n"
        "  - {name: Ayla Mors, kind: person, leads: Libya}\n"
        # (a listed person is given his party by his name alone: the kind is the bundled entry's)
        "  - {name: Yahya Saree, leads: Houthis}\n"
    )
    leads = Lexicon(paths=[good], world=False).leads
    assert [leads[n] for n in ("Anton Vell", "Ayla Mors", "Yahya Saree")] == ["Ruri Front", "Libya", "Houthis"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "actors:\n  - {name: Anton Vell, kind: person, leads: Nobody Brigade}\n"
        "  - {name: Ruri Front, kind: armed_group, leads: Libya}\n"
    )
    with pytest.raises(ConfigError) as caught:
        Lexicon(paths=[bad], world=False)
    assert str(caught.value).splitlines() == [
        "actors.Anton Vell.leads: 'Nobody Brigade' is no actor or country of the lexicon: name one, or add it",
        "actors.Ruri Front.leads: only a person leads a party: give the entry kind: person",
    ]
    worse = tmp_path / "worse.yaml"
    worse.write_text("actors:\n  - {name: Anton Vell, kind: person, leads: [RF]}\n")
    with pytest.raises(ConfigError, match=r"actors\[0\]\.leads: expected a name"):
        Lexicon(paths=[worse], world=False)
