"""A new body of many states told as the subject that its verb sizes ("A regional force, which numbered
2,000 troops at its peak, ...") owns its figure, as "a regional force of 2,000" does: no party told before
takes it. Controls: a bare "the contingent" and a body named by its state keep the party told before."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's size told in its relative clause
        ("Rwanda has about 4,000 soldiers and police in Mozambique's Cabo Delgado province. A southern African "
         "regional force, which numbered around 2,000 troops at its peak, completed its withdrawal in July last year.",
         [("Rwanda", "Mozambique", 4000, "about")]),
        # its main verb
        ("Chad keeps about 1,000 soldiers in Niger. A joint regional force numbered some 5,000 troops when it was set up.",
         [("Chad", "Niger", 1000, "about")]),
        # its participle, and its members told after "of"
        ("Rwanda has about 4,000 soldiers in Mozambique. A regional force, numbering about 2,000 troops, withdrew last year.",
         [("Rwanda", "Mozambique", 4000, "about")]),
        ("Rwanda has about 4,000 soldiers in Mozambique. A regional force of southern African states, which numbered "
         "about 2,000 troops, withdrew last year.",
         [("Rwanda", "Mozambique", 4000, "about")]),
        # "that had"
        ("Kenya has roughly 3,500 troops in Somalia. A multinational mission that had 1,200 personnel left the country in 2023.",
         [("Kenya", "Somalia", 3500, "roughly")]),
    ],
)  # fmt: skip
def test_a_new_whole_sized_by_its_verb_is_no_partys(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda has about 4,000 soldiers in Mozambique's Cabo Delgado province. At its peak the contingent numbered 5,000.",
         [("Rwanda", "Mozambique", 4000, "about"), ("Rwanda", "Mozambique", 5000, "(former level)")]),
        ("Rwanda has about 4,000 soldiers in Mozambique. A Rwandan contingent, which numbered 1,000 troops, arrived in 2021.",
         [("Rwanda", "Mozambique", 1000, None), ("Rwanda", "Mozambique", 4000, "about")]),
        ("Kenya has 3,000 troops in Somalia. A special forces contingent of 200 arrived there last week.",
         [("Kenya", "Somalia", 200, None), ("Kenya", "Somalia", 3000, None)]),
    ],
)  # fmt: skip
def test_one_partys_body_keeps_its_owner(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
