from __future__ import annotations

import pickle

import pytest

from posrc import ParseError, PosrcError, UnknownCodeError, lookup, parse


def test_hierarchy_keeps_builtin_handlers_working() -> None:
    assert issubclass(ParseError, PosrcError)
    assert issubclass(ParseError, ValueError)
    assert issubclass(UnknownCodeError, PosrcError)
    assert issubclass(UnknownCodeError, LookupError)
    with pytest.raises(ValueError, match="category"):
        parse("XY1001")
    with pytest.raises(LookupError, match="9999"):
        lookup("9999")


def test_parse_error_pickles_with_its_attributes() -> None:
    with pytest.raises(ParseError) as caught:
        parse("BL10O1")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is ParseError
    assert (copy.raw, copy.position, copy.reason) == ("BL10O1", 4, "BAD_CHARACTER")
    assert str(copy) == str(caught.value)


def test_suggestions_survive_pickling() -> None:
    with pytest.raises(ParseError) as parse_error:
        lookup("userpaying")
    with pytest.raises(UnknownCodeError) as unknown:
        lookup("userpaying", scheme="wechatpay")
    for error in (parse_error.value, unknown.value):
        copy = pickle.loads(pickle.dumps(error))
        assert copy.suggestions == error.suggestions == ("USERPAYING",)
        assert str(copy) == str(error)


def test_unknown_code_error_pickles_with_its_attributes() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        lookup("ZZ", scheme="cup")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is UnknownCodeError
    assert (copy.code, copy.scheme) == ("ZZ", "cup")
    assert str(copy) == str(caught.value)


def test_long_input_is_truncated_in_the_message_but_kept_whole() -> None:
    raw = "B" + "!" * 200
    with pytest.raises(ParseError) as caught:
        parse(raw)
    assert caught.value.raw == raw
    assert len(str(caught.value)) < 200
    assert "201 in all" in str(caught.value)
