"""parse_timestamp, is_deleted and deleted_at on every form the server and its docs use."""

from __future__ import annotations

import datetime

import pytest
import voipbin
from hypothesis import given
from hypothesis import strategies as st
from voipbin import deleted_at, is_deleted, parse_timestamp
from voipbin_api.models import Route

from tests.resources import seeds

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-01-15T09:30:00.123456Z", datetime.datetime(2026, 1, 15, 9, 30, 0, 123456, tzinfo=UTC)),
        ("2026-01-15T09:30:00Z", datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)),
        ("2026-01-15T18:30:00+09:00", datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)),
        ("2022-05-01 15:10:38.785510", datetime.datetime(2022, 5, 1, 15, 10, 38, 785510, tzinfo=UTC)),
        ("2022-05-01 15:10:38.785510878", datetime.datetime(2022, 5, 1, 15, 10, 38, 785510, tzinfo=UTC)),
        ("2022-05-01 15:10:38.7", datetime.datetime(2022, 5, 1, 15, 10, 38, 700000, tzinfo=UTC)),
        ("9999-01-01 00:00:00.000000", None),
        ("9999-01-01T00:00:00Z", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_timestamp(raw: object, expected: datetime.datetime | None) -> None:
    parsed = parse_timestamp(raw)  # type: ignore[arg-type]
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None and parsed.utcoffset() == datetime.timedelta(0)


def test_naive_datetime_is_utc_and_bad_text_says_what_is_accepted() -> None:
    assert parse_timestamp(datetime.datetime(2026, 1, 1)) == datetime.datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="expected ISO 8601"):
        parse_timestamp("yesterday")


@given(
    moment=st.datetimes(min_value=datetime.datetime(1971, 1, 1), max_value=datetime.datetime(9998, 12, 31),
                        timezones=st.just(UTC)),
    digits=st.integers(min_value=0, max_value=9),
    form=st.sampled_from(["Z", "+00:00", "legacy"]),
)  # fmt: skip
def test_every_accepted_form_round_trips(moment: datetime.datetime, digits: int, form: str) -> None:
    fraction = f"{moment.microsecond:06d}{moment.microsecond % 1000:03d}"[:digits]
    base = moment.strftime("%Y-%m-%d %H:%M:%S" if form == "legacy" else "%Y-%m-%dT%H:%M:%S")
    text = base + (f".{fraction}" if digits else "") + ("" if form == "legacy" else form)
    expected = moment.replace(microsecond=int(fraction[:6].ljust(6, "0")) if digits else 0)
    assert parse_timestamp(text) == expected


@given(st.text(max_size=40))
def test_arbitrary_text_only_raises_value_error(text: str) -> None:
    try:
        result = parse_timestamp(text)
    except ValueError:
        return
    assert result is None or result.tzinfo is not None


def test_soft_deletion_on_models_dicts_and_raw_values() -> None:
    listed = seeds.ROUTE_LIST["result"][0]
    for live in (listed, Route.from_dict(listed), {"tm_delete": None}, {}, {"tm_delete": ""},
                 Route.from_dict({"id": listed["id"], "tm_delete": None}), None, ""):  # fmt: skip
        assert not is_deleted(live)
        assert deleted_at(live) is None
    when = datetime.datetime(2022, 10, 29, 14, 50, 33, 477405, tzinfo=UTC)
    for gone in (seeds.ROUTE_DETAIL, Route.from_dict(seeds.ROUTE_DETAIL), "2022-10-29 14:50:33.477405"):
        assert is_deleted(gone)
        assert deleted_at(gone) == when
    assert voipbin.is_deleted(Route.from_dict({"id": listed["id"]})) is False
