"""A reference whose own town follows the site it names ("Monday's attack on the X Hospital in Y") at a town
far from the event told before is another event, as "the attack in Y" is."""

from datetime import date


def _incidents(ex, text):
    return [(i.date, i.location, i.casualties.killed) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_reference_at_a_site_in_a_far_town_is_its_own_event(ex):
    text = (
        "Drones hit a water pumping station in Omdurman on Tuesday, the army-aligned government said. "
        "The RSF did not comment. "
        "A medical charity condemned Monday's attack on the Saudi Hospital in El Fasher, in which six patients were killed."
    )
    got = _incidents(ex, text)
    assert ("2025-06-02", "El Fasher", 6) in got
    assert len(got) == 2


def test_reference_at_the_same_town_stays_one_event(ex):
    text = (
        "Drones hit the Saudi Hospital in El Fasher on Monday, killing six patients, local officials said. "
        "A medical charity condemned Monday's attack on the Saudi Hospital in El Fasher."
    )
    assert len(_incidents(ex, text)) == 1


def test_reference_with_a_clause_between_is_not_placed_by_its_word(ex):
    from reporter.extract.linking import _RIGHT_AFTER

    assert _RIGHT_AFTER.fullmatch("attack on the Saudi Hospital in ", 6)
    assert not _RIGHT_AFTER.fullmatch("attack on a convoy that was travelling in ", 6)
