"""People executed by armed men are killed in an attack on them: the frame asks for armed men as the subject (or
a passive/"summarily" with armed men as the agent) and people as the object; the dead are counted. Judicial
executions and plans executed stay no event."""

from datetime import date


def _facts(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_fighters_executed_civilians(ex):
    assert _facts(ex, "Paramilitary fighters executed 11 civilians near Kutum on Tuesday night, activists said.") == [
        ("armed_clash", "Kutum", 11)
    ]


def test_passive_by_armed_men(ex):
    assert _facts(ex, "Twelve villagers were summarily executed by rebel fighters in Kutum on Sunday, a doctors group said.") == [
        ("armed_clash", "Kutum", 12)
    ]


def test_judicial_executions_and_plans_are_no_events(ex):
    assert _facts(ex, "Iran executed two men convicted of spying on Monday, the judiciary said, after troops were deployed.") == []
    assert _facts(ex, "The army executed a plan to retake the town of Kutum on Monday.") == []
