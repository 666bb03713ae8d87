"""A plan told before a relative clause ("will send 200 more troops to its base in Djibouti, where about 1,500
French personnel are stationed") is no plan for the figure inside that clause: its own verb tells it."""

from tests.conftest import posture_with_qualifiers


def test_level_in_a_where_clause_after_a_plan_stands(ex):
    text = "France says it will send 200 more troops to its base in Djibouti, where about 1,500 French personnel are stationed."
    assert ("France", "Djibouti", 1500, "about") in posture_with_qualifiers(ex, text)


def test_reworded_already_serving(ex):
    text = "Britain will deploy a battalion to Estonia, where some 900 British soldiers already serve."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 900, "some")]


def test_control_plan_in_the_same_clause(ex):
    assert posture_with_qualifiers(ex, "France will keep about 1,000 troops in Chad.") == [("France", "Chad", 1000, "about (planned)")]
