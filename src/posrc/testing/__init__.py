"""posrc.testing: prove that payment code handles every known return code.

Nothing here is imported by ``import posrc``, and this package itself needs
neither pytest nor hypothesis: the strategies live in
:mod:`posrc.testing.strategies` (install ``posrc[hypothesis]``) and the
fixtures in the opt-in plugin :mod:`posrc.testing.pytest_plugin`.

>>> import pytest
>>> from posrc.testing import code_id, hard_decline_codes
>>> @pytest.mark.parametrize("rc", hard_decline_codes(scheme="cup"), ids=code_id)
... def test_never_approved(rc): ...

The pieces:

- catalogues: :func:`codes` with filters, the named sets
  (:func:`hard_decline_codes`, :func:`retain_card_codes`,
  :func:`unknown_outcome_codes`, :func:`sign_on_codes`, :func:`partial_codes`)
  and :func:`code_id` for readable test ids;
- :func:`render`: a code as a terminal, receipt, log or gateway hands it over,
  or inside a wallet reply (``WALLET_STYLES``);
- :func:`check_handler` and :func:`assert_handler`: judge a handler's
  :class:`Decision` for every code.
"""

from __future__ import annotations

from posrc._registry import Registry
from posrc.testing._catalogue import (
    code_id,
    codes,
    hard_decline_codes,
    partial_codes,
    retain_card_codes,
    sign_on_codes,
    unknown_outcome_codes,
)
from posrc.testing._handler import (
    Decision,
    Failure,
    HandlerReport,
    Problem,
    assert_handler,
    check_handler,
)
from posrc.testing._render import STYLES, WALLET_STYLES, Style, WalletStyle, render

__all__ = [
    "STYLES",
    "WALLET_STYLES",
    "Decision",
    "Failure",
    "HandlerReport",
    "Problem",
    "Registry",
    "Style",
    "WalletStyle",
    "assert_handler",
    "check_handler",
    "code_id",
    "codes",
    "hard_decline_codes",
    "partial_codes",
    "render",
    "retain_card_codes",
    "sign_on_codes",
    "unknown_outcome_codes",
]
