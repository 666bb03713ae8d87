"""Brief rows of one real event that outlets tell in other words: self-written multi-outlet articles,
each with a near-miss control that must stay apart."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, group_incidents
from reporter.extract import Extractor


def _rows(articles: list[tuple[str, date | None]]) -> list[list[tuple[int, str]]]:
    """The brief's rows of self-written articles (text, page date), each as its (article number, type)s."""
    extractor = Extractor()
    reports = [
        Report(source=n, published=day, fact=inc)
        for n, (text, day) in enumerate(articles, 1)
        for inc in extractor.extract(text, id=f"a{n}", published=day).incidents
    ]
    return sorted(sorted((r.source, r.fact.type) for r in g) for g in group_incidents(reports))


_MISSILES = (
    "The raid came at a tense hour in Israel, amid an Iranian missile barrage in reply to the "
    "Lebanon incursion this week.",
    date(2024, 10, 1),
)


def test_a_barrage_one_outlet_calls_missiles_and_another_rockets_is_one_row():
    """One outlet tells an Iranian missile barrage at Israel, another the rocket fire of an
    attack Iran launched against Israel, both told only by the country, on one page day: one barrage,
    one row (the type a disagreement)."""
    rockets = (
        "Police said two gunmen opened fire near a tram stop, wounding several people. Officers said they "
        '"handled the scene under rocket fire" during a wide Iranian attack on Israel.',
        date(2024, 10, 1),
    )
    assert _rows([_MISSILES, rockets]) == [[(1, "missile_attack"), (2, "rocket_attack")]]


def test_another_partys_rockets_and_a_states_missiles_stay_two_rows():
    """Near-miss control: Hezbollah's rockets at Israel that day are not Iran's missiles."""
    rockets = ("Hezbollah said it fired a volley of rockets at Israel on Tuesday, its fighters said.", date(2024, 10, 1))
    assert _rows([_MISSILES, rockets]) == [[(1, "missile_attack")], [(2, "rocket_attack")]]
