"""Date expressions resolve against the publication date, keep their precision, and fix publication."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from reporter.extract.dates import find_dates, read_as_of
from reporter.extract.published import infer_published
from reporter.extract.text import tokens

PUB = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on Friday", "2025-03-07"),
        ("on Wednesday", "2025-03-12"),
        ("Saturday night", "2025-03-08"),
        ("overnight between Tuesday and Wednesday", "2025-03-11/2025-03-12"),
        ("overnight between Friday, June 14, and Saturday June 15", "2024-06-14/2024-06-15"),
        ("late Saturday into early Sunday", "2025-03-08/2025-03-09"),
        ("last week", "2025-03-03/2025-03-09"),
        ("the weekend attack", "2025-03-08/2025-03-09"),
        ("will leave by the weekend", "2025-03-15/2025-03-16"),
        ("to pull out before the end of the weekend", "2025-03-15/2025-03-16"),
        # a week's end is its last day: the week in progress, or the next one
        ("will leave by the end of the week", "2025-03-10/2025-03-16"),
        ("will leave by the end of this week", "2025-03-10/2025-03-16"),
        ("will leave by the end of next week", "2025-03-17/2025-03-23"),
        ("left earlier this week", "2025-03-10/2025-03-11"),
        # a stretch counted from the report, told as the next or coming one
        ("to be finished within two months", "2025-05-12"),
        ("to be finished within the next two months", "2025-05-12"),
        ("to be finished within the coming 30 days", "2025-04-11"),
        ("earlier this month", "2025-03-01/2025-03-11"),
        ("since Friday", "2025-03-07/2025-03-12"),
        # a yearless day days after the report that a stretch runs "since" lies in the year before
        ("rockets have been fired at the towns since March 19", "2024-03-19/2025-03-12"),
        ("rockets have been fired at the towns since Mar. 14", "2024-03-14/2025-03-12"),
        ("rockets have been fired at the towns since March 2", "2025-03-02/2025-03-12"),
        ("rockets will be fired at the towns on March 19", "2025-03-19"),
        ("15 June 2025", "2025-06-15"),
        ("June 15, 2025", "2025-06-15"),
        ("15/06/2025", "2025-06-15"),
        ("Oct. 7, 2023", "2023-10-07"),
        ("on the night of 17-18 May", "2024-05-17/2024-05-18"),
        ("on the night of Monday to Tuesday", "2025-03-10/2025-03-11"),
        ("on 14 and 15 June", "2024-06-14/2024-06-15"),
        ("On June 14 and 15, the fighting", "2024-06-14/2024-06-15"),
        ("two days ago", "2025-03-10"),
        ("yesterday", "2025-03-11"),
        ("overnight", "2025-03-11/2025-03-12"),
        ("in September", "2024-09-01/2024-09-30"),
        ("October last year", "2024-10-01/2024-10-31"),
        # a day of the month in words, between "the" and "of"
        ("must hand over the post by the first of June 2025", "2025-06-01"),
        ("The twenty-third of May 2024 was", "2024-05-23"),
        # a term that comes up for a vote lies ahead; one that was up for it looks back
        ("the mandate is up for renewal in September", "2025-09-01/2025-09-30"),
        ("the mandate comes up for review in September", "2025-09-01/2025-09-30"),
        ("the mandate was up for renewal in September", "2024-09-01/2024-09-30"),
    ],
)
def test_expressions_resolve_against_publication(text, iso):
    """Each expression resolves to the day or range an analyst would write."""
    found = [d for d in find_dates(text, PUB) if d.span]
    assert found, text
    assert found[-1].span.iso() == iso


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("to leave by September 2025", "2025-09"),
        ("by the end of 2026", "2026-12"),
        ("by Sept. 30, 2026", "2026-09-30"),
        ("to be signed in 2027", "2027"),
        ("later this year", "2025"),
        ("by mid-2026", "2026-06"),
        # A quarter or half is due by its last month; a season only says its year.
        ("by the end of the third quarter of 2026", "2026-09"),
        ("in Q1 2027", "2027-03"),
        ("The second half of 2026 is", "2026-12"),
        ("by summer 2026", "2026"),
        ("in the autumn of 2026", "2026"),
        ("to halt with immediate effect", "2025-03-12"),
        # "the current month (year)" is "this month (year)".
        ("by the end of the current year", "2025-12"),
    ],
)
def test_milestone_dates_keep_their_precision(text, due):
    """A deadline keeps the precision the text gives it."""
    assert [d.span.due() for d in find_dates(text, PUB) if d.span][-1] == due


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        # A season a bound looks ahead to, told without its year, is the next one (GUIDE.md: its year).
        ("the convoy should be gone by the summer", PUB, "2025"),
        ("the brigade stays until the end of the autumn", PUB, "2025"),
        ("the camps will close before winter", PUB, "2025"),
        # once this year's is over, the season ahead is next year's
        ("the battalion is to pull out by spring", date(2025, 9, 1), "2026"),
        ("the battalion is to pull out by the end of the summer", date(2025, 9, 1), "2026"),
    ],
)
def test_a_yearless_season_after_a_bound_is_the_one_ahead(text, published, due):
    """'by the summer', 'until the end of the autumn': the season ahead of the report, by its year."""
    assert [d.span.due() for d in find_dates(text, published) if d.span] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "after the fall of the city the army left",  # a city's fall is no season
        "the troops stay until the fall of 2026",  # a season with its year is read with its year
        "the troops stay until summer 2026",
    ],
)
def test_a_season_with_its_year_or_a_fall_that_is_no_season(text):
    """Only a bare season after a bound is read as the one ahead."""
    assert [d.span.due() for d in find_dates(text, PUB) if d.span] in ([], ["2026"])


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        ("the brigade will leave the valley in the summer", PUB, "2025"),
        ("the camps are expected to close in early spring", PUB, "2025"),
        # once this year's is over, the season ahead is next year's
        ("the battalion will pull out in the spring", date(2025, 9, 1), "2026"),
        ("the brigade will be home by Christmas", PUB, "2025-12-25"),
        ("the brigade will be home by Christmas", date(2025, 12, 28), "2026-12-25"),
    ],
)
def test_a_yearless_season_or_christmas_a_clause_of_the_future_tells_is_the_one_ahead(text, published, due):
    """'will leave in the summer', 'will be home by Christmas': the one ahead of the report (a season by its year)."""
    assert [d.span.due() for d in find_dates(text, published) if d.span] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "the brigade fought hard in the summer",  # told gone by: which summer is not said
        "the convoy arrived at the camp in the winter",
        "the brigade left the valley before Christmas",
        "the brigade spent Christmas in the valley",  # no bound
    ],
)
def test_a_yearless_season_or_christmas_told_gone_by_stays_unread(text):
    assert [d for d in find_dates(text, PUB) if d.span] == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("the brigade will leave the valley on the 15th", "2025-03-15"),
        ("the brigade will leave the valley on the 2nd.", "2025-04-02"),  # ahead: the next month's
        ("the brigade left the valley on the 28th.", "2025-02-28"),  # told gone by: the nearest
    ],
)
def test_a_day_of_the_month_told_alone_is_read_from_the_reports_month(text, due):
    """Told on 12 March: the day ahead when the clause looks ahead, else the nearest such day."""
    assert [d.span.due() for d in find_dates(text, PUB) if d.span] == [due]


@pytest.mark.parametrize(
    "text",
    ["the brigade joined the 2nd Battalion on the border", "the fort was built in the 15th century", "the 3rd round of talks"],
)
def test_an_ordinal_that_opens_a_noun_is_no_day_of_the_month(text):
    assert [d for d in find_dates(text, PUB) if d.span] == []


def test_an_ordinal_word_that_names_no_day_stays_no_date():
    """ "the first of three battalions", "the second of May's convoys" name no day of the month."""
    assert not [d for d in find_dates("the first of three battalions left", PUB) if d.span and d.span.precision == "day"]
    assert not [d for d in find_dates("a first of May rally", PUB) if d.span and d.span.precision == "day"]


@pytest.mark.parametrize(
    ("text", "forward"),
    [
        ("The truce will expire on May 2, officials said on Friday.", False),
        ("The truce will expire on May 2, the envoy told reporters on Friday.", False),
        ("The truce will expire on May 2, and the talks will resume on Friday.", True),
        ("The truce will expire on May 2, and the decision will be announced on Friday.", True),
    ],
)
def test_the_day_a_plan_was_said_is_gone_by_whatever_the_plan(text, forward):
    """ "will expire on May 2, officials said on Friday": the plan looks ahead, the saying's Friday is
    the one gone by; a step ahead on a weekday ("will resume", "will be announced") keeps the coming one."""
    friday = next(d for d in find_dates(text, PUB) if d.kind == "weekday")
    assert (friday.span.start > PUB) is forward


def test_weekdays_without_publication_stay_unresolved():
    """Without a publication date, 'on Friday' is not guessed."""
    assert all(d.span is None for d in find_dates("It happened on Friday.", None))


def test_a_weekday_beside_a_day_and_month_fixes_the_year_of_an_undated_page():
    """'Tuesday, 18 February' names one year in the last eleven (GUIDE.md); a bare '18 February' names none."""
    [day] = find_dates("The soldiers left the town on Tuesday, 18 February.", None)
    assert day.span is not None and day.span.start.weekday() == 1 and day.span.start <= date.today()
    assert (day.span.start.month, day.span.start.day) == (2, 18)
    assert all(d.span is None for d in find_dates("The soldiers left the town on 18 February.", None))


def test_a_weekday_told_apart_fixes_the_year_it_alone_fits_on_an_undated_page():
    """ "hit on Sunday" ... "on March 9": of the last six years, only in 2025 was March 9 a Sunday
    (Friday fits none); a second yearless day fitting no weekday leaves both unresolved."""
    text = (
        "Rebels said on Friday they had struck a tanker off Mokha. The ship was hit on Sunday, the navy said. "
        "Officials confirmed that two drones targeted the tanker near Mokha on March 9."
    )
    ex = Extractor()
    got = {i.date for i in ex.extract(text, id="t", fetched=date(2026, 11, 1)).incidents}
    assert "2025-03-09" in got
    two = text + " A month earlier, a drone attack on June 5 had hit a ferry near Hodeidah."
    got = {i.date for i in ex.extract(two, id="t", fetched=date(2026, 11, 1)).incidents}
    assert "2025-03-09" not in got


def test_a_weekday_told_apart_reaches_back_one_turn_of_the_calendar():
    """Read in late 2026, 'March 14' told apart from 'on Sunday' is of 2021, five years back: within
    six years a day falls on a Sunday once."""
    text = (
        "The ship was hit on Sunday, the navy said. "
        "Officials confirmed that two drones targeted the tanker near Mokha on March 14."
    )
    got = {i.date for i in Extractor().extract(text, id="t", fetched=date(2026, 11, 1)).incidents}
    assert "2021-03-14" in got


def test_publication_inferred_from_weekday_and_years():
    """'Sunday, June 15' plus the years the text mentions give 2025-06-15."""
    text = "The drones were downed on Sunday, June 15. Troops leave by September 2025 and by the end of 2026."
    assert infer_published(text) == date(2025, 6, 15)


def test_publication_from_numeric_dateline_and_stamp():
    """A numeric dateline and a 'Published:' stamp both fix the publication date."""
    assert infer_published("ADEN, 16/03/2024 (Gulf Times) — A destroyer shot down a missile.") == date(
        2024, 3, 16
    )
    assert infer_published("Published: 15 June 2025\n\nDrones were intercepted.") == date(2025, 6, 15)


def test_publication_unknown_stays_none():
    """A text with no anchoring date gives no publication date."""
    assert infer_published("Dozens were killed on Sunday when shells hit a camp.") is None


def test_a_caption_date_anchors_the_weekdays_of_an_undated_story():
    """No stated publication date: the caption's 'March 2, 2025', a Sunday, dates 'on Sunday' and
    'on Friday' for the events; the facts keep no publication date, deadlines no guessed one."""
    text = (
        "Militants storm an army post\n\n"
        "Smoke rises over the post near Garissa, Kenya March 2, 2025. Photo: Wire\n\n"
        "Gunmen attacked an army post near Garissa on Sunday, killing two soldiers. "
        "A roadside bomb had hit a patrol in Mandera on Friday."
    )
    facts = Extractor().extract(text, id="t")
    assert facts.published is None
    assert [i.date for i in facts.incidents] == ["2025-03-02", "2025-02-28"]


def test_a_day_its_weekday_fixes_anchors_the_weekdays_of_an_undated_story():
    """An undated page whose lead's 'On Sunday, March 9' is a Sunday only in 2025 of the last six
    years, and a Sunday the story names: it fixes the story's week as a day told with its year would, and 'on Saturday' is
    March 8, 2025 (the page's other date, 'June 2021', is background)."""
    text = (
        "Militants storm an army post\n\n"
        "On Sunday, March 9, pictures of the burned post near Garissa spread online. "
        "Gunmen had attacked the army post near Garissa on Saturday, killing two soldiers. "
        "Troops retook it on Sunday. The army has held the post since June 2021."
    )
    facts = Extractor().extract(text, id="t", fetched=date(2026, 11, 1))
    assert facts.published is None
    assert "2025-03-08" in [i.date for i in facts.incidents]


def test_a_background_date_anchors_nothing():
    """A date deep in the story whose weekday merely matches is background, not the story's day."""
    filler = "Officials gave no further details about the incident or its aftermath. " * 12
    text = "Gunmen attacked an army post near Garissa on Sunday. " + filler + "The war began on March 2, 2025."
    facts = Extractor().extract(text, id="t")
    assert facts.incidents[0].date is None


def test_a_slash_date_with_a_two_digit_year():
    """ "(6/23/25)" is 23 June 2025; "24/7" is no date."""
    spans = [d.span for d in find_dates("Yesterday (6/23/25) missiles flew; 24/7 coverage.", None)]
    assert date(2025, 6, 23) in [s.start for s in spans if s]
    assert len([s for s in spans if s]) == 1


def test_two_days_joined_by_and_before_a_count_are_one_day():
    """ "on June 14 and 15 people died" counts people: only June 14 is a date."""
    assert [d.span.iso() for d in find_dates("On June 14 and 15 people died.", PUB) if d.span] == ["2024-06-14"]


def test_an_issue_month_line_gives_yearless_days_their_year():
    """A periodical's "October 2025" line under the headline is the page's own month: a yearless
    "Sept. 10" falls before it, a deadline "by Jan. 15" after it."""
    text = "Drones downed over a border\nOctober 2025\nJets shot down drones on Sept. 10. A review is due by Jan. 15."
    days = [d.span.iso() for d in find_dates(text, None) if d.span and d.kind == "explicit"]
    assert days == ["2025-09-10", "2026-01-15"]


@pytest.mark.parametrize(
    "head",
    [
        "Jane Doe • June 23, 2025 • 3 min read",  # a name and a date with no "By"
        "By Jane Doe, Wire\nJune 23, 20255:12 PM GMT+3",  # the year run into the clock
    ],
)
def test_page_stamps_of_other_layouts(head):
    assert infer_published(head + "\nMissiles struck the port on Tuesday.") == date(2025, 6, 23)


def test_a_stamp_naming_its_weekday_beats_a_bare_one_above_the_headline():
    """A site's "today" (3/1/2026) over the headline; the story's own stamp names its weekday."""
    text = "3/1/2026\nNews today\nPort struck\n\nMonday June 23, 2025\n\nMissiles struck the port on Sunday."
    assert infer_published(text) == date(2025, 6, 23)


def test_a_stamp_run_into_the_first_paragraph_is_the_page_date():
    assert infer_published("Port struck\n\nJune 23, 2025Missiles struck the port, officials said.") == date(2025, 6, 23)


@pytest.mark.parametrize(
    "head",
    [
        "Port struck\nKYIV, June 23, 2025 (Wire) - Officials said",  # a dateline under the headline
        "Port struck\n\nBy Jane Doe\n\nKYIV, June 23 (Wire) - Officials said",  # under a byline, year told below
        "Port struck\nJERUSALEM \u2014 June 23, 2025 \u2014 Officials said",
        "Port struck\nCITY, June 23. /WIRE/. Officials said",
        "By Wire - Jun 23,2025",
        "Port struck\nKABUL, June 23: Officials said",
        "Port struck\n23 June 2025 | Updated 24 June 2025",  # the update is not the publication
    ],
)
def test_datelines_below_the_headline(head):
    assert infer_published(head + "\nMissiles struck the port on Monday. Repairs began in 2025.") == date(2025, 6, 23)


def test_a_sentence_opening_with_a_day_is_no_dateline():
    assert infer_published("Port struck\nIn Kyiv, June 23 - a day after talks - missiles struck the port in 2025.") is None


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The following day, a roadside bomb hit a patrol near Tikrit.", "2025-06-17"),
        ("The previous night, a roadside bomb hit a patrol near Tikrit.", "2025-06-15"),
    ],
)
def test_a_day_counted_from_the_event_told_before(second, day):
    text = "Militants attacked a checkpoint in Kirkuk province on Monday, killing two soldiers. " + second
    facts = Extractor().extract(text, id="t", published=date(2025, 6, 20))
    assert [i.date for i in facts.incidents] == ["2025-06-16", day]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a week is counted in days like a day
        ("Militants attacked a checkpoint in Kirkuk on June 9. A week later, a roadside bomb hit a patrol near Tikrit.",
         ["2025-06-09", "2025-06-16"]),
        ("Militants attacked a checkpoint in Kirkuk on June 2. Two weeks later, a roadside bomb hit a patrol near Tikrit.",
         ["2025-06-02", "2025-06-16"]),
        # counted from the event the same sentence dates before it, not given its day
        ("Militants attacked a checkpoint in Kirkuk on June 2, and a roadside bomb hit a patrol near Tikrit the following day.",
         ["2025-06-02", "2025-06-03"]),
        # "a day after <event>": that event a day before the one the clause before it dates
        ("Militants attacked a checkpoint in Kirkuk on June 12, a day after a roadside bomb hit a patrol near Tikrit.",
         ["2025-06-12", "2025-06-11"]),
        ("A week after a roadside bomb hit a patrol near Tikrit, militants attacked a checkpoint in Kirkuk on June 12.",
         ["2025-06-05", "2025-06-12"]),
        # counted from the day of the saying, which "that" closes
        ("The ministry said on June 10 that a roadside bomb hit a patrol near Tikrit two days earlier.", ["2025-06-08"]),
        # or a subject pronoun opening what is said with no "that"; the day counted back lies in what is said
        ("Police said on June 10 they had shot dead a gunman who wounded two guards in Kirkuk the night before.",
         ["2025-06-09"]),
        ("The army said on June 10 it had shot dead a fighter who raided a post near Tikrit the previous night.",
         ["2025-06-09"]),
        # near miss: the day counted back belongs to another clause, so the saying's day still dates this one
        ("Police said on June 10 they had shot dead a gunman in Kirkuk, and arrested his brother the day before.",
         ["2025-06-10"]),
    ],
)
def test_days_counted_from_the_day_told_beside_them(text, days):
    facts = Extractor().extract(text, id="t", published=date(2025, 6, 25))
    assert sorted(i.date for i in facts.incidents) == sorted(days)


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint in Kirkuk on June 12, days after a roadside bomb hit a patrol near Tikrit.",
        "Militants attacked a checkpoint in Kirkuk on June 12. The assault came weeks after a roadside bomb hit a"
        " patrol near Tikrit.",
        "Militants attacked a checkpoint in Kirkuk on June 12, about a month after a roadside bomb hit a patrol near Tikrit.",
        # an event the dated one is told as following, with no day of its own
        "Militants attacked a checkpoint in Kirkuk on June 12, following a roadside bomb attack on a patrol near Tikrit.",
    ],
)
def test_an_event_told_an_untold_stretch_before_another_takes_no_day(text):
    """ "days after <event>", "a month after <event>", "following <event>": that event came before the one
    dated, by a stretch the text does not give, so it keeps no day rather than borrowing the dated one's."""
    facts = Extractor().extract(text, id="t", published=date(2025, 6, 25))
    assert sorted((i.location, i.date) for i in facts.incidents) == [("Kirkuk", "2025-06-12"), ("Tikrit", None)]


@pytest.mark.parametrize(
    "second",
    [
        "It was the first such attack since the truce collapsed on Friday, June 13, and came a day after"
        " Kataib Hezbollah warned that foreign bases would become targets.",
        "The raid, the deadliest since fighting resumed on June 13, came a day after Kataib Hezbollah threatened"
        " to strike foreign bases.",
        "It came a day after Kataib Hezbollah warned that it would attack foreign bases, its first threat since"
        " talks broke down on June 13.",
    ],
)
def test_a_day_in_a_since_phrase_lends_no_day_to_another_event(second):
    """ "since the truce collapsed on June 13": that day opens the period; the threat told "a day after"
    it in the same sentence is counted from the attack told before, not from June 13."""
    first = "Rockets struck a base near Deir ez-Zor late on Sunday, June 15, wounding three soldiers. "
    facts = Extractor().extract(first + second, id="t", published=date(2025, 6, 16))
    threats = [i for i in facts.incidents if i.type == "threat_statement"]
    assert [t.date for t in threats] == ["2025-06-14"]


def test_a_yearless_day_takes_the_year_the_text_gives_it_elsewhere():
    """On an undated page one day is one calendar day: the yearless "May 9" is the "May 9, 2025" the
    text spells out, and a weekday in brackets ("Tuesday (March 4)") fixes its day's year."""
    text = "The truce runs until May 9. Talks broke down on Tuesday (March 4). The truce runs until May 9, 2025."
    days = {text[d.start : d.end]: d.span for d in find_dates(text, None) if d.span}
    assert days["May 9"].iso() == "2025-05-09"
    assert days["on Tuesday (March 4"].start.weekday() == 1


def test_an_unresolved_day_is_not_replaced_by_a_background_date():
    """ "shot down drones over Poland Sept. 10 ... since February 2022": without a year the event's
    day stays unknown; February 2022 belongs to the background."""
    text = (
        "NATO jets shot down drones over Poland Sept. 10, the largest incursion since the start "
        "of the invasion in February 2022."
    )
    assert [i.date for i in Extractor().extract(text, id="t").incidents] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the date names the deadline, not the day of the bombing
        "A suicide bombing at the airport in Kabul has prompted calls to extend the August 31, 2021 deadline.",
        # the month opens the period "since" counts from; the attack is one event inside it
        "A missile attack on a cargo ship off Aden killed two sailors, the first such attack since raids "
        "began in November 2023.",
    ],
)
def test_a_date_of_another_thing_in_the_clause_is_not_the_events(text):
    facts = Extractor().extract(text, id="t", published=None)
    assert [i.date for i in facts.incidents] == [None]


def test_a_yearless_weekday_date_is_read_as_of_the_fetch_day():
    """'Tuesday, February 18' with no year anywhere: the latest such Tuesday on or before the day
    the page was fetched, so extracting it again years later gives the same date."""
    from reporter.extract import Extractor

    text = "Tuesday, February 18 - Rockets struck a base near the city, officials said on Tuesday."
    ex = Extractor()
    assert ex.extract(text, id="t", fetched=date(2021, 6, 1)).published == "2020-02-18"
    assert ex.extract(text, id="t", fetched=date(2025, 6, 1)).published == "2025-02-18"


def test_an_undated_pages_yearless_event_day_takes_the_year_of_its_last_full_date():
    """No stamp: 'on June 22' told after 'June 24, 2025' is 2025; a weekday stays unresolved."""
    text = (
        "As of June 24, 2025, the truce between the two countries still held. "
        "Officials said jets had struck a fuel depot near Kabri on June 22, killing two guards. "
        "Rockets hit the port of Haifa on Monday."
    )
    got = {(i.type, i.date) for i in Extractor().extract(text, id="t").incidents}
    assert ("air_strike", "2025-06-22") in got
    assert ("rocket_attack", "2025-06-23") not in got


def test_a_date_told_just_before_the_event_word_is_its_day_after_a_verb_of_saying():
    """ "said the weekend rocket attack": the date names the attack, not the day it was said."""
    text = "Police said late on Tuesday they had arrested a man who they said was behind the weekend rocket attack on Metula."
    got = [(i.type, i.date) for i in Extractor().extract(text, id="t", published=PUB).incidents]
    assert got == [("rocket_attack", "2025-03-08/2025-03-09")]


def test_an_events_month_that_runs_past_the_report_ends_on_its_day():
    """'In March' told on 12 March: the attack happened by the report, so 1 to 12 March."""
    text = "In March, militants attacked a checkpoint in Kirkuk, killing three policemen."
    got = [(i.type, i.date) for i in Extractor().extract(text, id="t", published=PUB).incidents]
    assert got == [("armed_clash", "2025-03-01/2025-03-12")]


def test_a_month_alone_that_dates_a_noun_is_a_date():
    """ "a February missile strike" names its month; "a march" and "the May 2 truce" are other things."""
    text = "The base was hit again, weeks after a February missile strike on Tikrit killed two guards."
    got = {(i.location, i.date) for i in Extractor().extract(text, id="t", published=PUB).incidents}
    assert ("Tikrit", "2025-02-01/2025-02-28") in got


def test_an_undated_pages_yearless_day_told_before_its_first_full_date_takes_that_year():
    """No stamp: 'on June 22' in the lead, 'June 24, 2025' in a post quoted below it -> 2025."""
    text = (
        "Jets struck a fuel depot near Kabri on June 22, killing two guards, residents said.\n"
        "The depot burned for hours. — Local News (@localnews) June 24, 2025"
    )
    got = {(i.type, i.date) for i in Extractor().extract(text, id="t").incidents}
    assert ("air_strike", "2025-06-22") in got


def test_a_clock_and_date_the_text_writes_at_is_its_publication_date():
    """'As of 9:16 a.m. GMT on June 24, 2025' is the moment of writing; 'As of June 2024' is a past state."""
    text = "Truce holds\n\nLeaders met on Monday. As of 9:16 a.m. GMT on June 24, 2025, the truce holds."
    assert infer_published(text) == date(2025, 6, 24)
    assert infer_published("As of June 2024, the base hosted 2,500 troops.") is None


def test_a_month_abbreviation_is_a_whole_word():
    """'the 3rd Marine Division' holds no '3rd Mar'; 'on 4 Mar. 2030' is still a day."""
    text = "Men of the 3rd Marine Division left the island on 4 Mar. 2030."
    said = [text[d.start : d.end] for d in find_dates(text, date(2030, 5, 10))]
    assert not any(s.startswith("3rd") for s in said) and any("4 Mar" in s for s in said)


def test_a_year_that_opens_its_sentence_after_a_capital_preposition():
    """'In 2031 the brigade ...' is a year like 'in 2031'; a bare count of 2031 stays a number."""
    said = [(d.kind, d.span.precision) for d in find_dates("In 2031 the brigade began to leave the valley.", PUB)]
    assert said == [("period", "year")]
    assert find_dates("Some 2031 families fled the valley.", PUB) == []


def test_a_bound_of_a_step_told_as_done_is_behind_the_report():
    """'left well before March 10', told on 3 April, is this March; 'will leave by March 10' is next year's."""
    done = find_dates("The first contingent left the island well before March 10, officials said.", date(2025, 4, 3))
    plan = find_dates("The last contingent will leave the island by March 10, officials said.", date(2025, 4, 3))
    assert str(done[0].span.start) == "2025-03-10"
    assert str(plan[0].span.start) == "2026-03-10"


@pytest.mark.parametrize(
    "head",
    [
        "Port struck\nPosted 09:15 AM, Monday June 23, 2025 2 min read",  # a clock between keyword and date
        " date 2025-06-20 Port strucksPublished June 23, 2025last updated June 23, 2025",  # spans run together
        "Port struck\nSource: Wire| 2025-06-23 08:10:00|Editor: desk",  # one field of a line of fields
    ],
)
def test_stamp_keywords_and_fields_of_other_layouts(head):
    """A stamp keyword over a clock, one glued to the headline, "Published" over a bare "date" label,
    and a date alone in one field of a line of page fields give the page's day."""
    assert infer_published(head + "\nMissiles struck the port on Monday.") == date(2025, 6, 23)


@pytest.mark.parametrize(
    "line",
    [
        "June 23, 2025 — Missiles struck the port on Monday, officials said.",  # led by its date
        "(June 23, 2025) Missiles struck the port on Monday, officials said.",
        "KYIV, UKRAINE – JUNE 23, 2025: Missiles struck the port on Monday.",  # a place in capitals
    ],
)
def test_datelines_led_by_their_date(line):
    """A date closed by a dash, colon or bracket at the head of a story's first line is its
    dateline; one inside a sentence is not."""
    assert infer_published("Port struck\n" + line) == date(2025, 6, 23)
    assert infer_published("Port struck\nA photo of June 23, 2025 - Missiles struck the port.") is None


@pytest.mark.parametrize("town", ["Kirkuk", "KIRKUK"])
def test_a_dateline_closed_by_its_wire_without_a_dash_dates_no_event(town):
    """'Town, Oct 8 (Wire) Rockets hit ... on Sunday': the day and the wire's name in brackets make
    the dateline, so the event keeps its own weekday, not the filing day."""
    text = f"{town}, Oct 8 (Wire) Two rockets hit an army base in Samarra on Sunday, officials said. It opened in 2019."
    assert [i.date for i in Extractor().extract(text, id="t").incidents] == ["2019-10-06"]


def test_a_date_still_to_come_dates_the_report_by_the_weekday_it_tells_of():
    """A weekday-anchored date in a sentence that speaks ahead is no report day; the report is of
    the latest day before it whose weekday the story names."""
    text = (
        "Envoys agreed a truce, the first since 2024, the mediator said on Friday.\n"
        "The two sides will hold a first joint meeting of their border officers on Sunday, June 22."
    )
    assert infer_published(text) == date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Tuesday that militants attacked a checkpoint in Kirkuk on Sunday.",
        "The police said Tuesday that gunmen raided a checkpoint in Kirkuk late on Sunday.",
        "On Tuesday the army said militants attacked a checkpoint in Kirkuk on Sunday.",
    ],
)
def test_a_day_told_with_the_saying_yields_to_the_events_own_day(text):
    """ "said on Tuesday that ... on Sunday": Tuesday dates the saying, Sunday the attack, wherever the
    saying's day stands (right before the clause that tells the event, too)."""
    got = [(i.type, i.date) for i in Extractor().extract(text, id="t", published=PUB).incidents]
    assert got == [("armed_clash", "2025-03-09")]


def test_the_saying_day_still_dates_an_event_told_with_no_day_of_its_own():
    text = "The army said on Tuesday that militants attacked a checkpoint in Kirkuk, killing two soldiers."
    got = [i.date for i in Extractor().extract(text, id="t", published=PUB).incidents]
    assert got == ["2025-03-11"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("strikes on Saturday and Sunday", "2025-03-08/2025-03-09"),
        ("raids on both Monday and Tuesday", "2025-03-10/2025-03-11"),
        ("fighting on Tuesday night and Wednesday", "2025-03-11/2025-03-12"),
        # a week's turn: the first day is the one before the second
        ("clashes on Sunday and Monday", "2025-03-09/2025-03-10"),
    ],
)
def test_two_days_running_are_one_stretch(text, iso):
    found = [d for d in find_dates(text, PUB) if d.span]
    assert [d.span.iso() for d in found] == [iso]


def test_two_days_apart_stay_two_days():
    """ "on Monday and Thursday" tells two days, not the days between them."""
    found = [d.span.iso() for d in find_dates("raids on Monday and Thursday", PUB) if d.span]
    assert found == ["2025-03-10", "2025-03-06"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The air force said on Monday it shot down 40 drones over Kyiv overnight.", "2025-06-22/2025-06-23"),
        ("The army said on Monday that militants attacked a checkpoint in Kirkuk yesterday.", "2025-06-22"),
        ("Militants attacked a checkpoint in Kirkuk two days ago, the army said on Monday.", "2025-06-21"),
        # with no day of saying, the report's
        ("Militants attacked a checkpoint in Kirkuk yesterday, the army said.", "2025-06-24"),
    ],
)
def test_days_counted_back_from_the_day_of_saying(text, iso):
    """'yesterday', 'overnight', 'two days ago' are counted from the day the sentence says it was said."""
    facts = Extractor().extract(text, id="t", published=date(2025, 6, 25))  # a Wednesday
    assert [i.date for i in facts.incidents] == [iso]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shells landed near the depot two days ago.", "two days ago"),
        ("A convoy was hit a week ago, its drivers said.", "a week ago"),
        ("Troops leave the valley by the end of June.", "the end of June"),
        ("The base closes in the second half of 2027.", "the second half of 2027"),
        ("Patrols grew over the past week.", "over the past week"),
        ("The envoys hope to meet before the weekend.", "before the weekend"),
    ],
)
def test_a_date_opened_by_a_common_word_is_still_found(text, found):
    """date_starts visits "the", "a", "by" and the counts only before a word that can follow them in a
    date (_OPENS_BEFORE): a date they open is still found."""
    spans = [text[d.start : d.end] for d in find_dates(text, PUB)]
    assert any(found in s for s in spans), spans


def test_the_words_a_common_opener_needs_after_it_are_all_let_through():
    """Every word the loop of date_starts reads after an opener of _OPENS_PAIRED is in _OPENS_BEFORE:
    one added there and not here would have its dates skipped."""
    from reporter.extract import dates

    assert dates._PERIOD_START | dates._PART_START | dates._UNITS <= dates._OPENS_BEFORE
    assert dates._OPENS_PAIRED.issubset(dates._COUNT_WORDS | {"by", "at", "before", "over", "the", "until", "till"})
    assert not dates._OPENS_PAIRED & dates._OPENS_ALONE
    for w in sorted(dates._OPENS_PAIRED):  # before another word, such an opener opens nothing
        assert not any(dates.date_starts(tokens(f"{w} blue kites")).values()), w


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The battalion will stay in the valley until April 9 next year.", "2026-04-09"),
        ("The battalion will stay in the valley until 9 April of next year.", "2026-04-09"),
        ("The battalion will leave the valley by October of next year.", "2026-10"),
        ("The battalion will leave the valley by the end of October next year.", "2026-10-31"),
        ("The battalion will leave the valley by October, 2027.", "2027-10"),
        ("The battalion will leave the valley by October of 2027.", "2027-10"),
    ],
)
def test_a_year_told_after_the_month_is_the_dates_year(text, due):
    """ "April 9 next year", "October of 2027", "October, 2027": the year after the day or month is
    the date's own, one mention (the end of the month too), not a yearless date beside a year."""
    facts = Extractor().extract(text, id="y", published=PUB)
    assert [m.due for m in facts.milestones] == [due]


def test_a_count_after_a_month_and_comma_is_no_year():
    """ "In June, 2000 soldiers": a number a noun follows is a count, not the month's year."""
    text = "In June, 2000 soldiers arrived."
    assert [(text[d.start : d.end], d.span.due()) for d in find_dates(text, PUB) if d.span] == [("June", "2024-06")]


@pytest.mark.parametrize(
    ("text", "published", "said", "due"),
    [
        # told in March: "next March" is a year on, "next July" this year's, "this September" this year's
        ("The mandate lapses next March.", PUB, "next March", "2026-03"),
        ("The mandate lapses next July.", PUB, "next July", "2025-07"),
        ("The mandate lapses this September.", PUB, "this September", "2025-09"),
        ("The mandate lapses the coming January.", PUB, "the coming January", "2026-01"),
        # told in November: "next March" is the March after it; "last March" the one before it
        ("The mandate lapses next March.", date(2025, 11, 3), "next March", "2026-03"),
        ("The mandate lapsed last March.", PUB, "last March", "2024-03"),
        ("The mandate lapsed last March.", date(2025, 11, 3), "last March", "2025-03"),
        ("The envoys met this past June.", date(2025, 11, 3), "this past June", "2025-06"),
    ],
)
def test_a_month_told_by_next_last_or_this_takes_its_year_from_that_word(text, published, said, due):
    """ "next <month>" is the first such month after the report's (a year on when told in that month),
    "last <month>" the latest before it and "this <month>" the report's year, whatever the verb's tense;
    the word belongs to the mention, so "by next March" is a deadline."""
    assert [(text[d.start : d.end], d.span.due()) for d in find_dates(text, published) if d.span] == [(said, due)]


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        ("The convoy leaves on Friday next week.", "on Friday next week", "2025-03-21"),
        ("The convoy leaves Monday of next week.", "Monday of next week", "2025-03-17"),
        ("The convoy leaves on Friday this week.", "on Friday this week", "2025-03-14"),
        ("The convoy left on Tuesday last week.", "on Tuesday last week", "2025-03-04"),
    ],
)
def test_a_weekday_told_with_its_week_is_that_day_of_that_week(text, said, due):
    """ "Friday next week" is one day, the Friday of the week after the report's: not the Friday last
    gone beside the whole next week."""
    assert [(text[d.start : d.end], d.span.due()) for d in find_dates(text, PUB) if d.span] == [(said, due)]


def test_a_deadline_by_next_month_or_a_weekday_of_next_week_is_a_milestone():
    """ "by next March" and "by Friday next week" are deadlines, each one milestone due then."""
    ex = Extractor()
    for text, due in (
        ("The ministry said the brigade will leave the valley by next March.", "2026-03"),
        ("The ministry said the brigade will leave the valley by Friday next week.", "2025-03-21"),
    ):
        assert [m.due for m in ex.extract(text, id="n", published=PUB).milestones] == [due]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The shelling continued until Friday.", "2025-03-07"),
        ("The guards stayed at the crossing until March 3.", "2025-03-03"),
        ("The talks went on until 6 p.m. on Monday.", "2025-03-10"),
        ("The convoy withdrew by 6 p.m. on Monday.", "2025-03-10"),
        ("The guards will stay at the crossing until March 3.", "2026-03-03"),
    ],
)
def test_a_stretch_told_gone_by_ends_behind_the_report(text, iso):
    """ "continued until Friday", "stayed until March 3": a past verb of lasting before "until" tells a
    stretch that is over, so its end lies behind the report, not a week or a year on; the dots of
    "6 p.m." do not hide a past verb before its day."""
    assert [d.span.iso() for d in find_dates(text, PUB) if d.span] == [iso]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The brigade will leave the valley by the end of the first quarter of next year.", "2026-03"),
        ("The brigade will leave the valley in the second half of next year.", "2026-12"),
        ("The brigade will leave the valley in the third quarter of this year.", "2025-09"),
        ("The brigade will leave the valley by mid-next year.", "2026-06"),
        ("The brigade will leave the valley at the beginning of next year.", "2026-01"),
    ],
)
def test_a_part_of_next_or_this_year_is_due_by_that_part(text, due):
    """ "the first quarter of next year", "mid-next year": a part of a year told from the report is due by
    that part's last month, as "the first quarter of 2026" is (GUIDE.md), not by the whole year."""
    assert [m.due for m in Extractor().extract(text, id="q", published=PUB).milestones] == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The brigade will leave the valley by mid-year.", "2025-06"),
        ("The brigade will leave the valley by midyear.", "2025-06"),
        ("The brigade will leave the valley by the middle of the year.", "2025-06"),
        ("The brigade will leave the valley in the second half of the year.", "2025-12"),
        ("The brigade will leave the valley in the third quarter of the current year.", "2025-09"),
    ],
)
def test_a_part_of_the_year_without_its_year_is_the_reports(text, due):
    """ "by mid-year", "in the second half of the year": a half, quarter or middle of a year left untold
    is of the report's year, as "this year" is."""
    assert [m.due for m in Extractor().extract(text, id="q", published=PUB).milestones] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, the ministry said the brigade would leave the valley by mid-year.",
        "The brigade will leave the valley by the start of the year.",
        "The mid-year budget review will be held in the capital.",
    ],
)
def test_a_part_of_the_year_after_a_told_year_or_its_start_is_no_due_of_the_reports(text):
    # a year told before makes "the year" that one; "the start of the year" may be any; an adjective is no date
    assert [m.due for m in Extractor().extract(text, id="q", published=PUB).milestones] == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The brigade will leave the valley between June and September.", "2025-09"),
        ("The brigade will leave the valley from June to September.", "2025-09"),
        ("The brigade will pull out of the valley between May and August 2026.", "2026-08"),
    ],
)
def test_a_window_of_months_ahead_is_due_by_its_last_month(text, due):
    """ "between June and September": a step planned within a window of months is done by its last month,
    as a window with its year told is."""
    ms = Extractor().extract(text, id="q", published=PUB).milestones
    assert [m.due for m in ms] == [due]
    assert all("between" not in m.what and " to" not in m.what for m in ms)


@pytest.mark.parametrize(
    "text",
    [
        "The brigade left the valley between January and February, officials said.",
        "Fighting in the valley went on from January to February.",
    ],
)
def test_a_window_of_months_gone_by_is_no_due(text):
    assert not Extractor().extract(text, id="q", published=PUB).milestones


def test_the_early_hours_of_the_day_after_a_saturday_stamp_are_that_sunday():
    # a page stamped Saturday by a western outlet tells of "early Sunday" where it happened: the next
    # day, not the Sunday six days before; a bare "Sunday" stays the last one gone (GUIDE)
    sat = date(2021, 11, 6)
    ex = Extractor()
    (early,) = ex.extract("A drone struck a villa in Erbil early Sunday, officials said.", id="t", published=sat).incidents
    assert early.date == "2021-11-07"
    (bare,) = ex.extract("A drone struck a villa in Erbil on Sunday, officials said.", id="t", published=sat).incidents
    assert bare.date == "2021-10-31"


@pytest.mark.parametrize(
    "said",
    [
        "on Thursday night, February 27,",
        "on Thursday morning (February 27)",
        "on Thursday evening, 27 February 2025,",
        "on Thursday afternoon - Feb. 27 -",
    ],
)
def test_weekday_with_its_part_of_day_then_its_date_is_that_date(said):
    """A weekday told with its part of the day and then its date is one day, the date's: not the
    weekday counted back from the report beside it (here the Thursday after, March 6)."""
    text = f"Gunmen stormed a checkpoint outside the town {said} killing two guards."
    found = [d for d in find_dates(text, PUB) if d.span]
    assert [d.span.iso() for d in found] == ["2025-02-27"]
    facts = Extractor().extract(f"Gunmen stormed a checkpoint outside Mosul {said} killing two guards.", id="t", published=PUB)
    assert [i.date for i in facts.incidents] == ["2025-02-27"]


def test_a_bare_weekday_is_the_one_the_story_tied_to_its_date():
    """ "on Sunday, June 5 ... the Sunday service" told on June 16: the story's Sunday is the one it dated,
    not the Sunday before the report; a weekday the story never dated still counts back from the report."""
    text = (
        "Gunmen attacked a church in Owerri on Sunday, June 5, witnesses said. The Sunday service had just "
        "ended when the shooting began. Police said on Tuesday that two suspects were held."
    )
    days = {text[d.start : d.end]: d.span.iso() for d in find_dates(text, date(2022, 6, 16)) if d.span}
    assert days == {"on Sunday, June 5": "2022-06-05", "Sunday": "2022-06-05", "on Tuesday": "2022-06-14"}


@pytest.mark.parametrize(
    "signature",
    [
        "Footage shows the damaged facade of the house. — A Reporter (@areporter) October 19, 2024",
        "The damaged facade of the house is seen in this photo released October 19, 2024. Agency/Handout",
    ],
)
def test_an_undated_story_counts_its_weekdays_from_a_day_told_further_down(signature):
    """An undated page whose lead tells no day with its year: a day told further down (an embedded post's
    stamp) whose weekday the story names is the story's day, so "on Saturday" is that Saturday."""
    filler = "Officials gave no further details about the incident or its aftermath. " * 12
    text = (
        "A drone struck a house in Haifa on Saturday, police said. " + filler + "\n" + signature + "\n"
    )
    dates = [i.date for i in Extractor().extract(text, id="t").incidents]
    assert dates == ["2024-10-19"]


def test_the_first_event_takes_the_leads_day_across_a_paragraph_break():
    """ "Air defences were activated over Tabriz early on Friday." then, in the next paragraph, what they
    downed: the story's first event is told on the lead's day."""
    text = (
        "Air defences were activated over Tabriz early on Friday, state media said.\n\n"
        "A local official said air defence units had shot down several small drones over the city."
    )
    facts = Extractor().extract(text, id="t", published=date(2025, 3, 14))
    assert [(i.type, i.date) for i in facts.incidents] == [("interception", "2025-03-14")]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Residents of Hodeidah woke to sirens on March 10, 2025, officials said. Shops stayed shut all morning.", "2025-03-10"),
        # two days told before it: which is the event's, the text does not say
        ("Talks opened in Muscat on March 2, 2025 and resumed there on March 9, 2025. Shops stayed shut.", None),
    ],
)
def test_the_first_event_told_undated_takes_the_one_day_told_before_it(lead, want):
    """A story whose lead tells a day but no event, and whose first event comes paragraphs later with no
    date of its own: that event is of the day told, when the text told only that one before it."""
    text = lead + "\n\nA drone struck a fuel depot near the port of Hodeidah, a witness said."
    assert [i.date for i in Extractor().extract(text, id="t").incidents] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two missiles struck a tanker in the Gulf of Aden on Feb. 18, the operator said on Sunday.", "2024-02-18"),
        # the weekday is another day's: the yearless day stays unread
        ("Two missiles struck a tanker in the Gulf of Aden on Feb. 18, two days after talks ended on Friday.", None),
    ],
)
def test_an_undated_pages_yearless_day_takes_the_year_its_sentences_weekday_fixes(text, want):
    """A page with no date and no year: "on Feb. 18 ... on Sunday" is the latest Feb. 18 that was a
    Sunday (GUIDE.md: day-month dates with weekdays fix the year), unless words between tell two days."""
    with read_as_of(date(2026, 1, 31)):
        assert [i.date for i in Extractor().extract(text, id="t").incidents] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a number hyphened to a word counts days: the war is June's, not June 12's
        ("Israeli jets struck Iran's enrichment halls in the June 12-day war, officials said.", "2025-06-01/2025-06-30"),
        ("Israeli jets struck Iran's enrichment halls on June 12, officials said.", "2025-06-12"),
    ],
)
def test_a_day_hyphened_to_a_word_is_a_length_not_a_date(text, want):
    assert [i.date for i in Extractor().extract(text, id="t", published=date(2025, 11, 14)).incidents] == [want]


@pytest.mark.parametrize(
    ("later", "want"),
    [
        ("A bombing at a market in Hebron had killed two the previous year.", "2022-01-01/2022-12-31"),
        ("Two days later a drone struck a fuel depot in Hebron.", "2023-11-07"),
        ("A month earlier, a rocket had hit a fuel depot in Hebron.", "2023-10-01/2023-10-31"),
    ],
)
def test_a_date_told_as_a_shift_counts_from_the_story_s_last_date(later, want):
    text = f"Gunmen shot three people dead beside a Jerusalem bus stop on November 5, 2023.\n\n{later}"
    events = Extractor().extract(text, id="t", published=date(2025, 9, 8)).incidents
    assert [e.date for e in events] == ["2023-11-05", want]


def test_a_shift_counted_from_an_event_is_no_shift_of_the_date():
    """ "the day before the vote" counts from the vote, which the story does not date."""
    text = (
        "Gunmen shot three people dead beside a Jerusalem bus stop on November 5, 2023.\n\n"
        "The day before the vote a rocket had hit a fuel depot in Hebron."
    )
    events = Extractor().extract(text, id="t", published=date(2025, 9, 8)).incidents
    assert "2023-11-04" not in [e.date for e in events]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The rockets fell months after the 2019 car bombing at Tal Afar that killed eleven.", ["2019"]),
        ("Talks stalled after a 2021 drone attack on the port of Mukalla.", ["2021"]),
        # a bare number before any other noun stays a count
        ("The 2000 troops left the base at Tal Afar.", []),
    ],
)
def test_a_year_before_an_event_noun_dates_it(text, want):
    """'the 2019 bombing': a year alone between an article and an event noun dates the event."""
    assert [d.span.due() for d in find_dates(text, PUB) if d.span] == want


def test_a_possessive_day_after_before_dates_the_noun_not_a_bound_ahead():
    """ "before Thursday's raid": the preposition bounds the noun the day dates, so the day is the last
    Thursday, not the next; a plain "before Thursday" and "will ... Thursday's" still look ahead."""
    friday = date(2031, 3, 14)

    def day(text):
        (d,) = [d for d in find_dates(text, friday) if d.kind == "weekday"]
        return d.span.start.isoformat()

    assert day("The hamlet was quiet before Thursday\u2019s raid on the depot.") == "2031-03-13"
    assert day("The guards must leave the depot before Thursday.") == "2031-03-20"
    assert day("The envoy will attend Thursday's talks on the depot.") == "2031-03-20"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a figure a noun of people or of units follows is a count, whatever word stands before it
        ("The first stage of 2000 troops reached the port.", []),
        ("The camp took in a wave of 1950 refugees.", []),
        ("The town was held by 2020 fighters.", []),
        ("A rotation of 1980 fresh soldiers began.", []),
        ("Police said a crowd of 2050 people gathered.", []),
        ("The mission grew from 2010 personnel to 2040 personnel.", []),
        ("The force was cut by 2060 police.", []),
        ("A relief of 1900 Marines landed.", []),
        ("The garrison of 900 was reinforced with the addition of 2015 more troops.", []),
        ("The post was manned by 2000 battalions of reserves.", []),
        # a year stays a year: a preposition before it and no such noun after it
        ("The base has stood empty since 2000.", ["2000"]),
        ("The rebels signed a truce in 2000 and broke it.", ["2000"]),
        ("Turnout fell in the 2000 elections, observers said in 2001.", ["2001"]),
        ("Violence rose after the elections of 2000.", ["2000"]),
        ("By 2030 the last troops will have gone.", ["2030"]),
        # a noun of people that opens the clause a year sets in time: the year stays
        ("By 2030 troops will have left the country.", ["2030"]),
        ("The army said that in 2003 soldiers were sent north.", ["2003"]),
    ],
)
def test_a_figure_before_a_noun_of_people_or_units_is_a_count_not_a_year(text, years):
    """ "the first stage of 2000 troops": a number after "of" or "by" that a noun of people or of units
    follows counts them; the same number with no such noun ("in 2000", "since 2000") is the year."""
    got = [text[d.start : d.end] for d in find_dates(text, PUB) if d.span and text[d.start : d.end].isdigit()]
    assert got == years


@pytest.mark.parametrize(
    ("when", "iso"),
    [
        ("in early January", "2025-01-01/2025-01-10"),
        ("in mid-February 2025", "2025-02-11/2025-02-20"),
        ("in late January 2025", "2025-01-21/2025-01-31"),
        ("at the end of last month", "2025-02-21/2025-02-28"),
        ("in January 2025", "2025-01-01/2025-01-31"),
        ("in late October 2024", "2024-10-01/2024-10-31"),
    ],
)
def test_an_event_told_in_a_part_of_a_recent_month_is_dated_to_that_third(when, iso):
    """ "shelled the depot in late January", told in March: the last third of the month, not the whole
    month; a part of a month long past (October, told in March) keeps its month."""
    text = f"Artillery shelled a fuel depot near Kherson {when}, wounding four workers."
    got = [i.date for i in Extractor().extract(text, id="t", published=PUB).incidents]
    assert got == [iso]


def test_a_deadline_at_the_end_of_a_month_keeps_its_month_day():
    """A plan due "by the end of June 2026" stays a milestone on the month's last day, not a third."""
    text = "The government said the troops will leave the base by the end of June 2026."
    got = [m.due for m in Extractor().extract(text, id="t", published=PUB).milestones]
    assert got == ["2026-06-30"]


def test_last_night_in_an_embedded_post_counts_from_its_sign_off_on_an_undated_page():
    """A post signed "— Name (@handle) May 7, 2025" that tells of "last night": May 6, 2025, though the
    page itself gives no date."""
    text = (
        "Witnesses reported heavy smoke over the harbour district.\n"
        "ALERT: Drones struck the fuel terminal at Port Sudan last night, residents say. pic.twitter.com/x1y2z3\n"
        "— Jane Roe (@janeroe_news) May 7, 2025\n"
        "The army did not comment on the damage."
    )
    got = {i.date for i in Extractor().extract(text, id="t", fetched=date(2026, 1, 10)).incidents}
    assert "2025-05-06" in got


@pytest.mark.parametrize(
    "text",
    [
        "The brigade, whose pullout was due by February 20, is still holding the two hilltops near the border.",
        "The militia failed to hand over the depot by February 20, as the accord required.",
    ],
)
def test_a_yearless_deadline_told_as_past_is_the_one_just_gone(text):
    """ "was due by February 20", "failed to ... by February 20", told on 12 March: the February just gone,
    a deadline missed, not one eleven months ahead."""
    got = [m.due for m in Extractor().extract(text, id="t", published=PUB).milestones]
    assert got == ["2025-02-20"]


def test_a_weekday_fixes_a_yearless_day_only_within_about_one_turn_of_the_calendar():
    """'Monday, August 13' on a page fetched in March 2026: no August 13 of the last six years was a
    Monday, so the weekday names no year (the text's weekday is wrong, or the story old): the day stays
    unresolved rather than taking 2018, the next fit back. 'Saturday, August 13' fits 2022."""
    ex = Extractor()
    fetched = date(2026, 3, 1)
    text = "Gunmen opened fire on worshippers at a shrine in Kabri on Monday evening (August 13), officials said."
    assert [i.date for i in ex.extract(text, id="t", fetched=fetched).incidents] == [None]
    text = "Gunmen opened fire on worshippers at a shrine in Kabri on Saturday evening (August 13), officials said."
    assert [i.date for i in ex.extract(text, id="t", fetched=fetched).incidents] == ["2022-08-13"]


def test_every_stretch_alternative_opens_with_its_word_boundary_and_finds_as_before():
    """_LAPSE's alternatives all open with "\\b" (a deadline's look-behinds come after it, both zero-width
    at one place), so the engine's grouping puts them behind one "\\b" that turns away each position
    inside a word; the same matches and groups as with the look-behinds first."""
    import re
    from re import _constants as sre
    from re import _parser

    from reporter.extract.branches import grouped
    from reporter.extract.lapses import _LAPSE

    pattern = _LAPSE.pattern
    tree = grouped(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    assert [op for op, _ in tree.data] == [sre.BRANCH]
    (alternative,) = tree.data[0][1][1]
    assert alternative[0] == (sre.AT, sre.AT_BOUNDARY)
    swapped = r"|\b(?<!\bthe\s)(?<!\bThe\s)(?:"
    assert swapped in pattern.pattern
    before = re.compile(pattern.pattern.replace(swapped, r"|(?<!\bthe\s)(?<!\bThe\s)\b(?:"), pattern.flags)
    for text in [
        "The rebels set a three-day deadline on Monday; the three-day deadline passed, then a 48-hour ultimatum.",
        "Troops must leave within 30 days, and the rest over the next two weeks, the envoy said at 9 a.m. today.",
        "The 72-hour ultimatum expired. The one-week deadline and a one-day deadline; the7-day deadline stood.",
        "Fighting resumed tomorrow, on day 12 of the truce, 90 days after the accord, and they left immediately.",
    ]:
        assert [(m.span(), m.groupdict()) for m in _LAPSE.finditer(text)] == [
            (m.span(), m.groupdict()) for m in before.finditer(text)
        ]
        assert any(_LAPSE.finditer(text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # told on Wednesday 12 March after a past verb: the 20th, more than a week ahead, had gone a year
        # back alone while the 18th stayed, and the range was lost
        ("The council declared a pause from March 18 to March 20.", "2025-03-18/2025-03-20"),
        # the year told at one end only: the other end lies next to it, not in the report's year
        ("They agreed a truce from December 30 to January 2, 2026.", "2025-12-30/2026-01-02"),
        ("They agreed a truce from December 30, 2025 to January 2.", "2025-12-30/2026-01-02"),
    ],
)
def test_a_range_reads_each_end_by_the_other(text, iso):
    """A yearless end of a range of days takes the year that puts it next to the other end."""
    found = [d for d in find_dates(text, PUB) if d.span]
    assert found, text
    assert found[-1].span.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "the rebels came back two weeks later and burned the depot",
        "a convoy had passed the day before the blast",
        "monitors counted the shelling of the following week as the worst",
        "talks resumed the next day in the capital",
        "the pullout of the previous spring was slow",
        "after the vote the ministers left; later the guards followed",
        "the following morning, a day's walk after the ceremony",
        "holidays before the months after years earlier",
        "birthdays later",
        "",
    ],
)
def test_shift_told_is_any_shift_key(text: str) -> None:
    # the eight-scan test agrees with the test of each key in turn
    from reporter.extract.dates import _SHIFT_KEYS, shift_told

    assert shift_told(text) == any(k in text for k in _SHIFT_KEYS)


@pytest.mark.parametrize(
    ("word", "opens"),
    [("march", True), ("the", True), ("q3", True), ("quarter", True), ("overnight", True), ("convoy", False), ("", False)],
)
def test_may_open_date(word: str, opens: bool) -> None:
    # one memo lookup per word stands for the opener set and the quarter prefix
    from reporter.extract.dates import may_open_date

    assert may_open_date(word) is opens


def test_a_dateline_inside_a_paragraph_needs_a_wire_bracket():
    # (the test for a bracket turns the other sentences of a paragraph away before any pattern)
    from reporter.extract.document import Document

    lexicon = Extractor().lexicon
    text = (
        "Port struck\n\nOfficials met on Monday. PORTVILLE (Wire) - Gunmen shot two guards. "
        "DOCKSIDE - Nothing else happened there, witnesses said, as the talks went on for the rest of the week."
    )
    art = Document.read(text, date(2025, 6, 20), lexicon)
    assert [text[a:b] for a, b in art.datelines] == ["PORTVILLE (Wire) - "]
    assert art.outlet == "Wire"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A step told in the past perfect looks back from its "by <weekday>": the week gone by (published
        # on Friday 10 May 2030); the same bound of a plan, even one told in the past perfect, is ahead.
        ("By Tuesday, the last of the engineers had left the plateau, the ministry said.", "2030-05-07"),
        ("The artillery had been pulled back from the ridge by Monday, a spokesman said.", "2030-05-06"),
        ("The last of the engineers will leave the plateau by Tuesday, the ministry said.", "2030-05-14"),
        ("The cabinet had ordered the artillery to be pulled back from the ridge by Monday.", "2030-05-13"),
    ],
)
def test_a_step_told_in_the_past_perfect_by_a_weekday_looks_back(text, day):
    assert [str(d.span.start) for d in find_dates(text, date(2030, 5, 10))] == [day]


def test_one_day_asks_a_lazy_direction_only_where_the_day_needs_it() -> None:
    from reporter.extract.dates import one_day

    asked: list[str] = []

    def ahead(answer: bool, label: str):
        def ask() -> bool:
            asked.append(label)
            return answer

        return ask

    day = date(2025, 3, 20)
    # a stated year, or numbers, need no direction: the function is never called
    assert one_day({"m1": "March", "d1": "3", "y1": "2024"}, "", day, ahead(True, "year")).start == date(2024, 3, 3)
    assert one_day({"i1": "2024", "i2": "05", "i3": "06"}, "", day, ahead(True, "iso")).start == date(2024, 5, 6)
    assert asked == []
    # a yearless day and a weekday read it, as they read a plain flag
    back = one_day({"m1": "March", "d1": "3"}, "", day, ahead(False, "back"))
    on = one_day({"m1": "March", "d1": "3"}, "", day, ahead(True, "on"))
    assert (back.start, on.start) == (date(2025, 3, 3), date(2026, 3, 3))
    assert one_day({"wd": "Monday"}, "", day, ahead(True, "monday")).start == date(2025, 3, 24)
    assert one_day({"wd": "Monday"}, "", day, ahead(False, "last monday")).start == date(2025, 3, 17)
    assert asked == ["back", "on", "monday", "last monday"]
    # with no publication day there is nothing to count from: no year, no weekday, nothing asked
    assert one_day({"m1": "March", "d1": "3"}, "", None, ahead(True, "undated")) is None
    assert one_day({"wd": "Monday"}, "", None, ahead(True, "undated")) is None
    assert asked == ["back", "on", "monday", "last monday"]



@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The previous morning, gunmen on motorbikes shot dead 30 herders near Dori.", "2024-08-24"),
        ("The previous evening, gunmen on motorbikes shot dead 30 herders near Dori.", "2024-08-24"),
        # controls: a day counted as before, and a part of a day told with no shift
        ("The previous day, gunmen on motorbikes shot dead 30 herders near Dori.", "2024-08-24"),
        ("That morning, gunmen on motorbikes shot dead 30 herders near Dori.", "2024-08-25"),
    ],
)
def test_a_part_of_a_day_counted_from_the_date_told_before(second, day):
    """ "On Sunday, August 25 ... The previous morning": the morning of the day before, with no
    publication day to count from."""
    text = "Photos of the burned huts near Dori were shared online on Sunday, August 25, 2024. " + second
    assert [i.date for i in Extractor().extract(text, id="t", published=None).incidents] == [day]


def test_an_archive_pictures_day_is_no_day_of_an_undated_story():
    """An undated page whose only full day is a file photo's ("a March 4, 2013, file photo"): the picture
    was taken long before, so the story's "overnight ... on Monday" is left undated, not put in 2013."""
    text = (
        "Gunmen stormed a guest house in Kismayo overnight, killing five people, a police officer said on Monday.\n"
        "A March 4, 2013, file photo shows soldiers at a checkpoint outside the town.\n"
    )
    dates = [i.date for i in Extractor().extract(text, id="t").incidents]
    assert dates == [None]


def test_a_caption_day_that_is_no_file_photo_still_dates_an_undated_story():
    """Control: a caption's day of this week, no archive picture, still anchors the story's weekday."""
    text = (
        "Gunmen stormed a guest house in Kismayo overnight, killing five people, a police officer said on Monday.\n"
        "Soldiers guard the street near the guest house in Kismayo on March 4, 2013.\n"
    )
    dates = [i.date for i in Extractor().extract(text, id="t").incidents]
    assert dates and dates[0] is not None and dates[0].startswith("2013-03")


@pytest.mark.parametrize(
    ("later", "want"),
    [
        # a bound on the stretch: any day up to it, not the bound's own day
        ("Less than a week later a drone struck a fuel depot in Hebron.", "2023-11-06/2023-11-12"),
        # near miss: a stretch told as a count still names its day
        ("A week later a drone struck a fuel depot in Hebron.", "2023-11-12"),
    ],
)
def test_a_shift_told_as_a_bound_is_the_window_up_to_it(later, want):
    text = f"Gunmen fired on a checkpoint outside Nablus on November 5, 2023, wounding a guard.\n\n{later}"
    events = Extractor().extract(text, id="t", published=date(2025, 9, 8)).incidents
    assert [e.date for e in events] == ["2023-11-05", want]


@pytest.mark.parametrize(
    ("stretch", "want"),
    [
        # "less than two weeks after" the earlier shelling: one of the fourteen days before the raid
        ("less than two weeks", "2025-02-23/2025-03-08"),
        ("under ten days", "2025-02-27/2025-03-08"),
        # near miss: a counted stretch is the day it counts back to
        ("two weeks", "2025-02-23"),
    ],
)
def test_an_event_a_bounded_stretch_before_another_is_a_window_not_a_day(stretch, want):
    text = (
        "Militants raided an army post in Kidal on Sunday, killing four soldiers.\n\n"
        f"The raid came {stretch} after mortar shells hit the same post, wounding two guards."
    )
    events = Extractor().extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert sorted(e.date for e in events) == sorted(["2025-03-09", want])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # A short month's dot stands for the space before its day.
        ("On Feb.19, five soldiers died in a shelling.", "2025-02-19"),
        ("Shells hit the town on Jan.7th, the mayor said.", "2025-01-07"),
        ("Shells hit the town on Sept.30, 2024, the mayor said.", "2024-09-30"),
    ],
)
def test_a_short_month_glued_to_its_day_by_its_dot_is_read(text, iso):
    assert [d.span.iso() for d in find_dates(text, PUB) if d.span] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "The Feb.2024 bulletin listed five shellings.",  # a month glued to a year: no day
        "The Jan.Feb bulletin listed five shellings.",  # two months: no day
    ],
)
def test_a_short_month_glued_to_no_day_reads_no_day(text):
    assert not [d for d in find_dates(text, PUB) if d.span and d.span.iso().count("-") == 2]


@pytest.mark.parametrize(
    "text",
    [
        "The army gave the rebels until Saturday to leave the town.",
        "The army gave the rebels until Saturday noon to leave the town.",
        "The army gave the rebels until noon on Saturday to leave the town.",
    ],
)
def test_a_deadline_given_by_a_weekday_is_the_weekday_ahead(text):
    """Told on Monday 10 March 2025: the ultimatum runs to the coming Saturday, not the one gone by."""
    assert [d.span.start for d in find_dates(text, date(2025, 3, 10)) if d.span] == [date(2025, 3, 15)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The army had given the rebels until Saturday to leave the town.", date(2025, 3, 8)),
        ("The army gave the rebels until January 31 to leave the town.", date(2025, 1, 31)),
    ],
)
def test_a_deadline_given_before_or_by_a_month_day_still_looks_back(text, day):
    """Near misses: the past perfect tells a deadline gone by; a month day given in the past keeps its reading."""
    assert [d.span.start for d in find_dates(text, date(2025, 3, 10)) if d.span] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The handover of the prisoners was delayed by a day, to Sunday.", date(2025, 6, 15)),
        ("The council postponed the end of the mission by six months, to June 30.", date(2025, 6, 30)),
        ("The council postponed the end of the mission to June 30.", date(2025, 6, 30)),
    ],
)
def test_a_day_something_was_moved_to_lies_ahead(text, day):
    """Told on Wednesday 11 June 2025: the new day after "moved ... (by N,) to" is ahead of the report."""
    assert [d.span.start for d in find_dates(text, date(2025, 6, 11)) if d.span] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The army delayed the convoy sent to the town on Sunday.", date(2025, 6, 8)),
        ("The council postponed the vote on the mission on June 3.", date(2025, 6, 3)),
    ],
)
def test_a_day_told_beside_a_move_but_not_moved_to_stays_as_read(text, day):
    """Near misses: the day is the move's own, not one the thing was moved to."""
    assert [d.span.start for d in find_dates(text, date(2025, 6, 11)) if d.span] == [day]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the army gave the rebels until the end of the week to leave", "2025-03-17/2025-03-23"),
        ("the militia must pull out by the end of this week", "2025-03-17/2025-03-23"),
        # near miss: not a deadline, the week that ends on the Sunday of the report
        ("the fighting eased at the end of the week", "2025-03-10/2025-03-16"),
    ],
)
def test_a_deadline_set_on_a_sunday_for_the_weeks_end_is_the_week_ahead(text, iso):
    """ "Until the end of the week", set on a Sunday, bounds the week ahead, not the day it is set; a week's
    end told without a deadline's preposition is still the week that ends that Sunday."""
    found = [d for d in find_dates(text, date(2025, 3, 16)) if d.span]
    assert [d.span.iso() for d in found] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the militia has not left the airport despite a deadline of Monday", "2025-03-10"),
        ("talks on the pullout have not begun in spite of the agreed deadline of Tuesday", "2025-03-11"),
        # near misses: a deadline still ahead, and a concession not bound to the date
        ("the militia faces a deadline of Monday to leave the airport", "2025-03-17"),
        ("Despite the deadline, the troops will leave the airport by Monday", "2025-03-17"),
    ],
)
def test_a_deadline_a_step_is_told_not_taken_despite_is_gone_by(text, iso):
    """ "Has not left despite a deadline of Monday": the deadline's weekday is the one gone by, not the next."""
    found = [d for d in find_dates(text, PUB) if d.span]
    assert [d.span.iso() for d in found] == [iso]
