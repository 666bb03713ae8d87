"""A self-written multi-outlet set on one theatre over three days (a wire, a regional outlet, an army
communique, a live blog, an analysis, a radio bulletin, a mission's press release, a wire follow-up):
one row per real event and one timeline line per commitment, whatever the type, spelling, place
granularity, count or date precision each outlet tells it with; two airports struck the same night,
and a camp attacked again three days later, stay apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import outlet_brief

# Sahel Wire
_SAHEL_WIRE = (
    "2031-03-11",
    "BAMAKO, March 11 (Sahel Wire) - Jihadist fighters attacked an army camp in Boulkessi in central Mali overnight, killing at least 12 soldiers, two security sources said on Tuesday. The assault on the camp near the border with Burkina Faso lasted several hours before troops pushed the attackers back, one of the sources said. Separately, armed drones struck the airport in Gao and the airport in Timbuktu during the night, the sources said, without giving details of damage. Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the Boulkessi attack in a statement.",
)  # fmt: skip

# Mopti Today
_MOPTI_TODAY = (
    "2031-03-11",
    'Fifteen soldiers were killed when militants stormed the military base at Boulkessi, in the Mopti region, late on Monday, residents and a local official told Mopti Today. "They came on motorbikes from several directions and burned vehicles inside the base," said a trader in the nearby town of Mondoro. The official said 15 soldiers had died and about 20 were wounded. The attack was the deadliest on the army in the region since January.',
)  # fmt: skip

# Armed Forces Communique
_ARMED_FORCES_COMMUNIQUE = (
    "2031-03-12",
    'The General Staff of the Armed Forces reports that on the night of 10 to 11 March 2031 our units at Boulkessi repelled a complex terrorist attack. Eight soldiers fell with honour and 31 terrorists were neutralised. In Gao, air defence units shot down a drone that was heading for the airport. The General Staff also confirms that the handover of the Menaka base by the departing European contingent took place on Wednesday as planned, and that the remaining European troops will leave Gao by 30 April.',
)  # fmt: skip

# Niger River Live
_NIGER_RIVER_LIVE = (
    "2031-03-12",
    'Live: Mali security updates\n\n08:40 Two drones hit the runway area at Timbuktu airport overnight on Tuesday, a local aviation official says. No casualties were reported and flights were suspended.\n\n09:15 The army says it downed a drone approaching Gao airport. Witnesses in Gao told us they heard a loud blast near the airport around 2 am.\n\n11:30 European officials say their contingent handed over the base in Menaka to Malian forces today. About 400 European troops remain in Gao and all of them are due to leave by the end of April.',
)  # fmt: skip

# Desert Analysis
_DESERT_ANALYSIS = (
    "2031-03-13",
    "This week's attack on Boulkessy, in which between eight and 15 soldiers died, showed how exposed the army's posts in the Mopti region remain. The same night drones reached the airports of Gao and Timbuktu, a first for the group. The European contingent, which gave up its base at Menaka this week, says it will complete its pull-out from Gao by April 30, leaving Mali without foreign troops for the first time in years.",
)  # fmt: skip

# Radio Bandiagara
_RADIO_BANDIAGARA = (
    "2031-03-12",
    'News in brief. At least ten soldiers lost their lives in an attack on an army position in the Mopti region on Monday night, a military source told our newsroom. On Wednesday morning a roadside bomb struck a supply convoy near Douentza, wounding four soldiers, according to the same source. In Tombouctou, three drones targeted the airport on Tuesday, residents said.',
)  # fmt: skip

# European Mission Press Office
_EUROPEAN_MISSION_PRESS_OFFICE = (
    "2031-03-12",
    "Press release. The European Training Mission in Mali today completed the transfer of Camp Ménaka to the Malian Armed Forces. The mission's remaining personnel in Gao will redeploy by 30 April 2031. The air detachment based in Niamey, Niger, will return home by 15 April 2031.",
)  # fmt: skip

# Sahel Wire
_SAHEL_WIRE_LATER = (
    "2031-03-14",
    "BAMAKO, March 14 (Sahel Wire) - Militants attacked the Boulkessi camp again on Thursday, three days after the deadly assault on the same base, killing two soldiers, a military source said. The army said troops repelled the attackers. Monday night's drone attacks on the airports of Gao and Tombouctou were the first on civilian airports in the country. The European mission said on Friday that its withdrawal from Gao, previously due by April 30, had been brought forward to April 20.",
)  # fmt: skip


_ALL = (
    _SAHEL_WIRE, _MOPTI_TODAY, _ARMED_FORCES_COMMUNIQUE, _NIGER_RIVER_LIVE, _DESERT_ANALYSIS,
    _RADIO_BANDIAGARA, _EUROPEAN_MISSION_PRESS_OFFICE, _SAHEL_WIRE_LATER,
)  # fmt: skip


@pytest.fixture(scope="module")
def brief(ex):
    return outlet_brief(ex, *_ALL, as_of=datetime(2031, 3, 15, 18, tzinfo=UTC))


def test_one_row_per_event(brief):
    rows = [(r.type, r.date, r.location, len(r.sources)) for r in brief.incidents]
    assert rows == [
        # the camp (told as a base, as its town, and as "an army position in the Mopti region")
        ("armed_clash", "2031-03-10", "Boulkessi", 5),
        # the attack and the drone shot down on its way: one row, the night the "overnight" reports hold
        ("drone_attack", "2031-03-10", "Gao airport", 4),
        # the other airport the same night ("Timbuktu", "Tombouctou"): its own row, the wire's "the airport in
        # Gao and the airport in Timbuktu" among its sources
        ("drone_attack", "2031-03-11", "Timbuktu airport", 3),
        ("explosion", "2031-03-12", "Douentza", 1),
        # the camp attacked "again" on Thursday: a second row
        ("armed_clash", "2031-03-13", "Boulkessi", 1),
    ]


def test_every_value_keeps_its_sources(brief):
    camp, gao, timbuktu = brief.incidents[:3]
    assert len(camp.disagreement("killed").claims) == 4  # 15, 12, 8 (of "between eight and 15") and 31
    assert gao.facets == ("interception",) and gao.date == gao.disagreement("date").claims[0].value
    assert len(gao.disagreement("date").claims[0].sources) == 3
    assert sorted(c.value for c in timbuktu.disagreement("count").claims) == ["2", "3"]


def test_one_line_per_commitment(brief):
    lines = [(m.due, m.status, len(m.sources), m.superseded) for m in brief.milestones]
    assert lines == [
        ("2031-03-12", "completed", 3, ()),  # the Menaka handover, told by army, mission and live blog
        ("2031-04-15", "due", 1, ()),  # the air detachment in Niamey: another place, another line
        ("2031-04-20", "due", 5, ("2031-04-30",)),  # leaving Gao, brought forward from April 30
    ]
    assert not any(m.label.startswith(("says", "planned")) for m in brief.milestones)


def test_the_key_point_gives_the_disputed_toll(brief):
    (top,) = [p.text for p in brief.key_points if p.text.startswith("Most significant")]
    assert "Boulkessi" in top and "accounts differ" in top and top.count("corroborated") == 1
