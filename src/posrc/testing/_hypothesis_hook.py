"""Hypothesis's entry point for posrc, kept apart from the strategies.

Hypothesis runs its entry points while it is itself being imported, and
:mod:`posrc.testing.strategies` imports Hypothesis at its top: the hook must
not need that module until a ``ReturnCode`` is first drawn.
"""

from __future__ import annotations

from hypothesis import strategies as st

from posrc._model import ReturnCode


def _return_codes() -> st.SearchStrategy[ReturnCode]:
    from posrc.testing.strategies import return_codes

    return return_codes()


def register() -> None:
    """Let ``st.from_type(ReturnCode)`` draw registered codes.

    Hypothesis calls this through its ``hypothesis`` entry point when posrc
    is installed; calling it again is harmless.

    >>> register()
    >>> from hypothesis import given
    >>> @given(st.from_type(ReturnCode))
    ... def test_registered(rc):
    ...     assert rc in ReturnCode
    >>> test_registered()
    """
    st.register_type_strategy(ReturnCode, st.deferred(_return_codes))
