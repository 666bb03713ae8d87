"""slot_init: frozen records filled through their slots, the same records as the dataclass makes."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field
from datetime import date

import pytest

from reporter.extract.dates import DateMention, DateSpan
from reporter.extract.records import replace, slot_init
from reporter.extract.text import sentences


@dataclass(frozen=True, slots=True)
class Plain:
    name: str
    at: int
    tags: tuple[str, ...] = ()
    note: str | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Quick:
    name: str
    at: int
    tags: tuple[str, ...] = ()
    note: str | None = None


def _fields(x: object) -> tuple[object, ...]:
    return tuple(getattr(x, f.name) for f in dataclasses.fields(x))  # type: ignore[arg-type]


def test_same_fields_defaults_and_keywords() -> None:
    for args, kw in (((("camp", 3)), {}), (("camp", 3, ("a",)), {}), (("camp",), {"at": 4, "note": "n"})):
        assert _fields(Quick(*args, **kw)) == _fields(Plain(*args, **kw))
    assert Quick("camp", 3).tags is Plain("camp", 3).tags


def test_same_equality_hash_and_repr() -> None:
    q, p = Quick("camp", 3, ("a",)), Plain("camp", 3, ("a",))
    assert q == Quick("camp", 3, ("a",)) and q != Quick("camp", 4, ("a",))
    assert hash(q) == hash(p)
    assert repr(q) == repr(p).replace("Plain", "Quick")


def test_still_frozen_and_replaceable() -> None:
    q = Quick("camp", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.at = 4  # type: ignore[misc]
    assert dataclasses.replace(q, at=5) == Quick("camp", 5)
    assert pickle.loads(pickle.dumps(q)) == q


def test_wrong_arguments_refused_as_before() -> None:
    with pytest.raises(TypeError):
        Quick("camp")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Quick("camp", 3, size=2)  # type: ignore[call-arg]


def test_unsupported_fields_refused() -> None:
    with pytest.raises(TypeError):

        @slot_init
        @dataclass(frozen=True, slots=True)
        class Listed:
            items: list[str] = field(default_factory=list)


def test_article_records_use_it() -> None:
    day = DateSpan(date(2025, 3, 4), date(2025, 3, 4), "day")
    told = DateMention(10, 20, day, "explicit")
    assert told.span is day and told.kind == "explicit"
    assert DateSpan.__init__.__qualname__ == "DateSpan.__init__"
    assert "object" not in DateSpan.__init__.__code__.co_names  # no object.__setattr__ per field
    (first, second) = sentences("Troops left the camp. They came back later.")
    assert (first.start, first.text, second.paragraph) == (0, "Troops left the camp.", 0)


def test_replace_same_records_as_the_dataclass_makes() -> None:
    q = Quick("depot", 7, ("x", "y"), "kept")
    for changes in ({}, {"at": 9}, {"name": "pier", "note": None}, {"tags": (), "at": 0, "note": "n", "name": "m"}):
        made = replace(q, **changes)
        assert type(made) is Quick and made == dataclasses.replace(q, **changes)
        assert _fields(made) == _fields(dataclasses.replace(q, **changes))
    assert replace(q) is not q and replace(q).tags is q.tags
    assert q == Quick("depot", 7, ("x", "y"), "kept")  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        replace(q, at=1).at = 2  # type: ignore[misc]


def test_replace_refuses_unknown_fields_and_serves_any_dataclass() -> None:
    with pytest.raises(TypeError):
        replace(Quick("depot", 7), size=3)
    p = Plain("depot", 7)
    assert replace(p, at=8) == Plain("depot", 8)  # not a slot_init class: the dataclass's own replace
    with pytest.raises(TypeError):
        replace(p, size=3)
    day = DateSpan(date(2025, 3, 4), date(2025, 3, 4), "day")
    assert replace(DateMention(10, 20, day, "explicit"), kind="weekday") == DateMention(10, 20, day, "weekday")
