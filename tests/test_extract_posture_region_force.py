"""Troops owned by a region's adjective ("European troops", "Gulf soldiers") name no state: the force is
the region as told, where the troops stand; a state's demonym and words without a figure stay as they were."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 400 European troops remain in Gao, officials said.", [("European", "Mali", 400, "about")]),
        ("Some 1,200 African soldiers are deployed in Gao, the mission said.", [("African", "Mali", 1200, "some")]),
        ("About 2,000 Gulf troops are stationed in Yemen, the coalition said.", [("Gulf", "Yemen", 2000, "about")]),
        # a size told as a compound before the region's unit
        ("A 5,000-strong European force is deployed in Kosovo, officials said.", [("European", "Kosovo", 5000, None)]),
        ("A 5,000-strong French force is deployed in Kosovo, officials said.", [("France", "Kosovo", 5000, None)]),
        # a state named before keeps its own figure; the region's troops are not its
        ("France has 900 soldiers in Mali. About 400 European troops remain in Gao.",
         [("European", "Mali", 400, "about"), ("France", "Mali", 900, None)]),
        # controls: a demonym is its state's; a region's people with no troops, or a name that opens with the
        # region's word, give no region force
        ("About 400 French troops remain in Gao, officials said.", [("France", "Mali", 400, "about")]),
        ("European leaders met in Brussels on Tuesday to discuss defence spending.", []),
        ("About 300 Western diplomats remain in Kyiv, officials said.", []),
    ],
)  # fmt: skip
def test_region_adjective_is_the_force_as_told(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
