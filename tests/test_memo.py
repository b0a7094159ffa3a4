"""A scan's memo gives the answers it would work out afresh, and stays bounded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posrc import Registry, ReturnCode, Scheme, _memo
from posrc import _grammar as grammar
from posrc._memo import Memo, Read
from posrc.exceptions import ParseError

TABLE = Registry.default()
_TOKENS = st.text(alphabet="0123456789ABCZabcz-_ ", min_size=1, max_size=7)
_WANTED = st.sampled_from([None, Scheme.CUP, Scheme.ISO8583, Scheme.POSRC, Scheme.WECHATPAY])


def _read(token: str, wanted: Scheme | None) -> Read | None:
    try:
        scheme, code = grammar.read_token(token, 0, token, wanted)
    except ParseError:
        return None
    return scheme, code, TABLE.find(code, scheme)


@given(st.lists(st.tuples(_TOKENS, _WANTED), max_size=20))
def test_a_token_reads_as_it_reads_afresh_however_often_asked(
    asked: list[tuple[str, Scheme | None]],
) -> None:
    memo = Memo(TABLE)
    for token, wanted in asked + asked:
        assert memo.read(token, wanted) == _read(token, wanted)


@given(_TOKENS, _WANTED)
def test_a_bare_token_has_each_registered_reading_of_its_shape(
    token: str, wanted: Scheme | None
) -> None:
    if wanted is not None:
        schemes = [wanted]
    elif len(token) == 2:
        schemes = [Scheme.CUP, Scheme.ISO8583]
    else:
        schemes = [Scheme.ISO8583_1993 if len(token) == 3 else Scheme.POSRC]
    expected: list[ReturnCode] = []
    for scheme in schemes:
        read = _read(token, scheme)
        if read is not None and read[2] is not None:
            expected.append(read[2])
    memo = Memo(TABLE)
    assert memo.readings(token, wanted) == tuple(expected)
    assert memo.readings(token, wanted) == tuple(expected)


def test_a_message_agrees_as_the_table_says() -> None:
    memo = Memo(TABLE)
    (fifty_one,) = memo.readings("51", Scheme.CUP)
    for message in ("余额不足", "Insufficient funds", "交易成功", "", "余额不足"):
        expected = TABLE.agreement.agrees(fifty_one, message)
        assert memo.agrees("51", (fifty_one,), message) is expected


def test_each_store_is_emptied_when_full() -> None:
    memo = Memo(TABLE)
    (fifty_one,) = memo.readings("51", Scheme.CUP)
    for number in range(_memo.KEPT + 10):
        memo.read(f"{number:05d}", None)
        memo.readings(f"{number:05d}", None)
        memo.agrees("51", (fifty_one,), f"message {number}")
    stores = (memo._read, memo._readings, memo._agreed)  # pyright: ignore[reportPrivateUsage]
    assert all(0 < len(store) <= _memo.KEPT for store in stores)
