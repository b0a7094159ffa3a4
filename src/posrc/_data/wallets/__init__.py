"""Wallet and online-gateway code tables as plain rows, one module per scheme.

These are reviewable data for the record builder: nothing here imports posrc's model.
"""

from __future__ import annotations

from posrc._data.wallets import alipay, shouqianba, unionpay_online, wechatpay
from posrc._data.wallets._natives import NEW_NATIVES
from posrc._data.wallets._rows import NEW_TERMINAL_ACTIONS, FollowUp, Row

SCHEME_MODULES = (wechatpay, alipay, unionpay_online, shouqianba)
ROWS: tuple[Row, ...] = tuple(row for module in SCHEME_MODULES for row in module.ROWS)
FOLLOW_UPS: tuple[FollowUp, ...] = tuple(f for module in SCHEME_MODULES for f in module.FOLLOW_UPS)

# Code strings that more than one wallet family defines: they are read only with a scheme.
# (Two-character UnionPay online codes and the three-digit statuses also collide with the
# card schemes; see the design note and tests/test_wallet_rows.py.)
SHARED_STRINGS: dict[str, tuple[str, ...]] = {
    "200": ("wechatpay", "shouqianba"),  # WeChat v3 HTTP status; 收钱吧 request result_code
    "400": ("wechatpay", "shouqianba"),
    "500": ("wechatpay", "shouqianba"),
    "FAIL": ("wechatpay", "shouqianba"),
    "N": ("wechatpay", "alipay"),  # WeChat recall; Alipay retry_flag
    "SUCCESS": ("wechatpay", "shouqianba"),
    "Y": ("wechatpay", "alipay"),
}

__all__ = [
    "FOLLOW_UPS",
    "NEW_NATIVES",
    "NEW_TERMINAL_ACTIONS",
    "ROWS",
    "SCHEME_MODULES",
    "SHARED_STRINGS",
]
