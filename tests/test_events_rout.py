"""A force routed was fought: "routed" is a clash word, and the path verb "route" that the lemmatiser
folds into it ("routed through") stays no event."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_routed_column_is_a_clash(ex):
    text = "Insurgents routed a column of government soldiers near Tessalit on Sunday, killing dozens."
    assert _types(ex, text) == [("armed_clash", "Tessalit")]


def test_routing_a_unit_is_a_clash(ex):
    text = "Jihadist fighters were routing an army unit near Djibo on Saturday when aircraft arrived."
    assert _types(ex, text) == [("armed_clash", "Djibo")]


def test_routed_through_is_a_path(ex):
    assert _types(ex, "Aid convoys for Darfur were routed through Chad on Monday.") == []
    assert _types(ex, "Supplies were routed via the Adre crossing near El Geneina on Monday.") == []
