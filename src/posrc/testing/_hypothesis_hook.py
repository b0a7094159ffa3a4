"""Hypothesis's entry point for posrc, kept apart from the strategies.

Hypothesis runs its entry points while it is itself being imported. So this
module imports Hypothesis only inside :func:`register` (importing it here
would run the entry point on a half-built module), and needs
:mod:`posrc.testing.strategies` only when a ``ReturnCode`` is first drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from posrc._model import ReturnCode

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def _return_codes() -> SearchStrategy[ReturnCode]:
    from posrc.testing.strategies import return_codes

    return return_codes()


def register() -> None:
    """Let ``st.from_type(ReturnCode)`` draw registered codes.

    Hypothesis calls this through its ``hypothesis`` entry point when posrc
    is installed; calling it again is harmless.

    >>> register()
    >>> from hypothesis import given, strategies as st
    >>> @given(st.from_type(ReturnCode))
    ... def test_registered(rc):
    ...     assert rc in ReturnCode
    >>> test_registered()
    """
    from hypothesis import strategies as st

    st.register_type_strategy(ReturnCode, st.deferred(_return_codes))
