"""Codes written the way terminals, receipts, logs and gateways hand them over."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Literal, overload

from posrc._enums import Outcome, Scheme
from posrc._model import ReturnCode
from posrc.testing._wallet_render import WRITERS as wallet_writers

Style = Literal[
    "bare",
    "display",
    "receipt",
    "log",
    "json",
    "gbk",
    "wechatpay-xml",
    "wechatpay-v3-json",
    "alipay-json",
    "unionpay-online-kv",
    "shouqianba-json",
]
"""The forms :func:`render` can produce."""

WalletStyle = Literal[
    "wechatpay-xml", "wechatpay-v3-json", "alipay-json", "unionpay-online-kv", "shouqianba-json"
]
"""The wallet reply forms, each for the codes of one scheme."""

STYLES: tuple[Style, ...] = ("bare", "display", "receipt", "log", "json", "gbk")
"""Every style that writes any code, for parametrising over all of them.

>>> STYLES
('bare', 'display', 'receipt', 'log', 'json', 'gbk')
"""

WALLET_STYLES: Mapping[WalletStyle, Scheme] = MappingProxyType(
    {
        "wechatpay-xml": Scheme.WECHATPAY,
        "wechatpay-v3-json": Scheme.WECHATPAY,
        "alipay-json": Scheme.ALIPAY,
        "unionpay-online-kv": Scheme.UNIONPAY_ONLINE,
        "shouqianba-json": Scheme.SHOUQIANBA,
    }
)
"""Each wallet style and the one scheme whose codes it writes.

>>> for style, scheme in WALLET_STYLES.items():
...     print(style, scheme.value)
wechatpay-xml wechatpay
wechatpay-v3-json wechatpay
alipay-json alipay
unionpay-online-kv unionpay-online
shouqianba-json shouqianba
"""

_STATUS_ZH: dict[Outcome, str] = {
    Outcome.APPROVED: "交易成功",
    Outcome.PARTIAL: "交易成功",
    Outcome.DECLINED: "交易失败",
    Outcome.PICK_UP: "交易失败",
    Outcome.ERROR: "交易失败",
    Outcome.UNKNOWN: "交易结果未知",
}
_STATUS_EN: dict[Outcome, str] = {
    Outcome.APPROVED: "APPROVED",
    Outcome.PARTIAL: "APPROVED WITH CONDITIONS",
    Outcome.DECLINED: "DECLINED",
    Outcome.PICK_UP: "DECLINED - RETAIN CARD",
    Outcome.ERROR: "NOT COMPLETED",
    Outcome.UNKNOWN: "RESULT UNKNOWN",
}


@overload
def render(rc: ReturnCode, style: Literal["gbk"]) -> bytes: ...
@overload
def render(
    rc: ReturnCode,
    style: Literal[
        "bare",
        "display",
        "receipt",
        "log",
        "json",
        "wechatpay-xml",
        "wechatpay-v3-json",
        "alipay-json",
        "unionpay-online-kv",
        "shouqianba-json",
    ] = "bare",
) -> str: ...
def render(rc: ReturnCode, style: Style = "bare") -> str | bytes:
    """``rc`` as a real terminal, receipt, log or gateway would hand it over.

    >>> from posrc import lookup
    >>> rc = lookup("51")
    >>> render(rc)
    '51'
    >>> render(rc, "display")
    '交易失败 应答码：51 可用余额不足'
    >>> render(rc, "receipt")
    'DECLINED  RESP CODE: 51  Insufficient available balance'
    >>> render(rc, "log")
    '2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51'
    >>> render(rc, "json")
    '{"respCode": "51", "respMsg": "资金不足"}'
    >>> render(rc, "gbk") == render(rc, "display").encode("gbk")
    True

    ``bare`` is the field-39 value alone; ``display`` the Chinese line a
    terminal shows (status, label, code, display text); ``receipt`` an
    English receipt line; ``log`` an acquirer log line, amount, terminal
    number and time included; ``json`` a gateway reply; ``gbk`` the display
    line as GBK bytes, as a Chinese terminal driver delivers it. Every form
    reads back as ``rc`` through ``posrc.lookup(out, scheme=rc.scheme)``.
    The output depends only on ``rc`` and ``style``.

    The wallet styles (``WALLET_STYLES``) write a whole reply with the
    code in the field its reading is for, under the layers that let that
    field decide: ``wechatpay-xml`` a WeChat Pay v2 XML reply,
    ``wechatpay-v3-json`` a v3 JSON body with its HTTP status as an
    ``"http_status"`` key (which ``read_reply`` accepts in place of its
    argument), ``alipay-json`` an Alipay ``alipay_trade_*_response``,
    ``unionpay-online-kv`` a UnionPay online ``respCode=...&...`` reply (a
    query's, with ``origRespCode``, for a query reading), and
    ``shouqianba-json`` a 收钱吧 reply, its business result in
    ``biz_response``:

    >>> print(render(lookup("USERPAYING", scheme="wechatpay"), "wechatpay-xml"))
    ... # doctest: +NORMALIZE_WHITESPACE
    <xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg><result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[USERPAYING]]></err_code><err_code_des><![CDATA[...]]></err_code_des></xml>
    >>> render(lookup("10003", scheme="alipay"), "alipay-json")
    '{"alipay_trade_pay_response":{"code":"10003","msg":"..."}}'
    >>> render(lookup("03", scheme="unionpay-online"), "unionpay-online-kv")
    '...origRespCode=03...txnType=00&version=5.1.0'

    Each reads back through ``posrc.read_reply(out)``: the deciding field
    holds ``rc``'s code, in ``rc``'s scheme. ``posrc.find_codes(out)``
    finds that code in that scheme too. Where the reply does not name its
    scheme, both need ``scheme=``: a WeChat Pay v3 body, and a 收钱吧 reply
    with its communication ``result_code`` alone; ``find_codes`` reads no
    HTTP status. A wallet style refuses, with ``ValueError``, a code of
    another scheme, and a code read only in a field its reply does not
    carry (a WeChat Pay v3 ``code`` or HTTP status in ``wechatpay-xml``, a
    v2 ``err_code`` in ``wechatpay-v3-json``).
    """
    if not isinstance(rc, ReturnCode):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"render() takes a ReturnCode, not {type(rc).__name__}")
    write = _WRITERS.get(style)
    if write is None:
        known = ", ".join(repr(name) for name in (*STYLES, *WALLET_STYLES))
        raise ValueError(f"unknown style {style!r}; expected one of {known}")
    return write(rc)


def _display_line(rc: ReturnCode) -> str:
    return f"{_STATUS_ZH[rc.outcome]} 应答码：{rc.code} {rc.display('zh')}"


def _receipt_line(rc: ReturnCode) -> str:
    return f"{_STATUS_EN[rc.outcome]}  RESP CODE: {rc.code}  {rc.display('en')}"


def _log_line(rc: ReturnCode) -> str:
    return f"2026-11-20 10:31:02 POS#12 SALE 128.00 RESP={rc.code}"


def _gateway_json(rc: ReturnCode) -> str:
    return json.dumps({"respCode": rc.code, "respMsg": rc.message("zh")}, ensure_ascii=False)


def _gbk_bytes(rc: ReturnCode) -> bytes:
    return _display_line(rc).encode("gbk")


_WRITERS: dict[str, Callable[[ReturnCode], str | bytes]] = {
    "bare": str,
    "display": _display_line,
    "receipt": _receipt_line,
    "log": _log_line,
    "json": _gateway_json,
    "gbk": _gbk_bytes,
    **wallet_writers,
}
