"""Hypothesis strategies for return codes and for messy input (``posrc[hypothesis]``).

Importing this module imports Hypothesis; ``posrc`` and ``posrc.testing``
never do.

>>> from hypothesis import given
>>> from posrc import lookup
>>> @given(return_codes(scheme="cup"))
... def test_every_cup_code_resolves(rc):
...     assert lookup(rc.code, scheme="cup") is rc
>>> test_every_cup_code_resolves()
"""

from __future__ import annotations

from hypothesis import strategies as st

from posrc._enums import Category, Scheme
from posrc._grammar import BLANKS, spelled_exactly
from posrc._model import ReturnCode
from posrc._read import MAX_LENGTH
from posrc.testing._catalogue import (
    CategoryFilter,
    OutcomeFilter,
    RetryFilter,
    SchemeFilter,
    TerminalActionFilter,
    codes,
)

_FULL_WIDTH_OFFSET = 0xFEE0
_PADDING = st.text(alphabet=BLANKS + "\r\n\u3000\u00a0", max_size=3)
_SEPARATORS = ("", "-", "_", " ")  # the blank last: see _raw_code
# Labels that terminals, receipts and logs put before a code; {} is the code.
_LABELS = (
    "RC={}",
    "RC: {}",
    "Resp Code: {}",
    "Response Code: {}",
    "Return Code: {}",
    "Error Code: {}",
    "F39={}",
    "DE39: {}",
    "field 39: {}",
    "应答码：{}",
    "返回码: {}",
    "响应码：{}",
    "错误码:{}",
    "[{}]",
)
# Characters that look like digits or letters but are not ASCII: never folded.
_LOOK_ALIKES = "٠١٢٣٤٥٦٧٨٩۵०५²³¹⑱①〇ßıİſ"
_SYMBOLS = "#*!?@$%&~^"
_CATEGORY_LETTERS = frozenset(category.value for category in Category)


def return_codes(
    *,
    scheme: SchemeFilter = None,
    outcome: OutcomeFilter = None,
    category: CategoryFilter = None,
    retry: RetryFilter = None,
    terminal_action: TerminalActionFilter = None,
) -> st.SearchStrategy[ReturnCode]:
    """Registered codes that pass the filters of :func:`posrc.testing.codes`.

    >>> from hypothesis import given
    >>> @given(return_codes(outcome="pick-up"))
    ... def test_pick_up_is_never_retried(rc):
    ...     assert rc.retry.value == "never"
    >>> test_pick_up_is_never_retried()

    Raises ``ValueError`` at once when no code passes the filters.
    """
    selected = codes(
        scheme=scheme,
        outcome=outcome,
        category=category,
        retry=retry,
        terminal_action=terminal_action,
    )
    if not selected:
        raise ValueError("no registered code passes these filters")
    return st.sampled_from(selected)


def raw_codes(rc: ReturnCode, *, labels: bool = True) -> st.SearchStrategy[str]:
    """Noisy but valid spellings of ``rc``: case, width, whitespace, labels, separators.

    Every string drawn reads back as ``rc`` through
    ``posrc.lookup(raw, scheme=rc.scheme)``. With ``labels=False`` the code
    stands alone, as in a bare field 39:

    >>> from hypothesis import given
    >>> from posrc import lookup
    >>> @given(raw_codes(ReturnCode.NETWORK_FAILURE, labels=False))
    ... def test_spellings(raw):
    ...     assert lookup(raw, scheme="posrc") is ReturnCode.NETWORK_FAILURE
    >>> test_spellings()

    A native code may also be written with a separator (``nw-1005``) or as
    its bare number (``1005``); a labelled form may also be followed by the
    code's own message (``1005:网络故障``).
    """
    if not isinstance(rc, ReturnCode):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"raw_codes() takes a ReturnCode, not {type(rc).__name__}")
    return _raw_code(rc, labels)


@st.composite
def _raw_code(draw: st.DrawFn, rc: ReturnCode, labels: bool) -> str:
    template = "{}"
    # A labelled wallet code is read by the free-text finder, which reads card labels only.
    if labels and not spelled_exactly(rc.scheme):
        templates = ("{}", *_LABELS, "{}:" + rc.message("zh"), "{} : " + rc.message("en"))
        template = draw(st.sampled_from(templates))
    # Amid other words, "BL 1001" reads as two tokens; only a bare code may hold a blank.
    separators = _SEPARATORS if template == "{}" else _SEPARATORS[:-1]
    # A wallet code is spelled exactly: only its width may change, never its case.
    code = draw(_noisy(_written_forms(rc, separators), spelled_exactly(rc.scheme)))
    return draw(_PADDING) + template.format(code) + draw(_PADDING)


def _written_forms(rc: ReturnCode, separators: tuple[str, ...]) -> tuple[str, ...]:
    if rc.scheme is not Scheme.POSRC:
        return (rc.code,)
    letters, digits = rc.code[:2], rc.code[2:]
    return (*(letters + separator + digits for separator in separators), digits)


@st.composite
def _noisy(draw: st.DrawFn, forms: tuple[str, ...], exact: bool = False) -> str:
    form = draw(st.sampled_from(forms))
    chars: list[str] = []
    for char in form:
        if char.isalpha() and not exact and draw(st.booleans()):
            char = char.lower()
        if char != " " and draw(st.booleans()):
            char = chr(ord(char) + _FULL_WIDTH_OFFSET)
        chars.append(char)
    return "".join(chars)


def malformed_codes() -> st.SearchStrategy[str]:
    """Strings that ``posrc.lookup`` must reject with ``ParseError`` under every card scheme.

    >>> import pytest
    >>> from hypothesis import given
    >>> from posrc import ParseError, lookup
    >>> @given(malformed_codes())
    ... def test_rejected(raw):
    ...     with pytest.raises(ParseError):
    ...         lookup(raw)
    >>> test_rejected()

    They cover blank input, a lone character, look-alike characters that
    are not ASCII (``'٥1'``, ``'5²'``, ``'ß1'``), input over the length cap,
    letters that are no category (``'ZZ1001'``) and a symbol inside a code
    (``'5*1'``).
    """
    return st.one_of(
        _PADDING,
        st.builds(_padded, _PADDING, st.sampled_from("0123456789ABCDEFXYZabcxyz"), _PADDING),
        _with_look_alike(),
        st.builds(_overlong, st.sampled_from(codes()), st.integers(MAX_LENGTH + 1, MAX_LENGTH * 4)),
        st.builds(_no_category, _NOT_A_CATEGORY, st.integers(0, 9999)),
        st.builds(
            _padded,
            st.sampled_from("0123456789A"),
            st.sampled_from(_SYMBOLS),
            st.sampled_from("0123456789"),
        ),
    )


_NOT_A_CATEGORY = (
    st.tuples(
        st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    )
    .map("".join)
    .filter(lambda letters: letters not in _CATEGORY_LETTERS)
)


def _padded(before: str, middle: str, after: str) -> str:
    return before + middle + after


@st.composite
def _with_look_alike(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from(codes())).code
    index = draw(st.integers(0, len(code) - 1))
    return code[:index] + draw(st.sampled_from(_LOOK_ALIKES)) + code[index + 1 :]


def _overlong(rc: ReturnCode, length: int) -> str:
    return rc.code.ljust(length)


def _no_category(letters: str, number: int) -> str:
    return f"{letters}{number:04d}"
