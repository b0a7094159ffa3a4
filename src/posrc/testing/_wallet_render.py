"""Wallet and online-gateway replies around one code, in the shapes the vendors send them.

Each writer puts the code in the reply field its reading is for, under the shallower
layers that let that field decide (``return_code`` SUCCESS and ``result_code`` FAIL
above a WeChat ``err_code``; ``code`` 40004 above an Alipay ``sub_code``; ``result_code``
200 above a 收钱吧 ``biz_response``), so that ``posrc.read_reply`` reads the code back
from that field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container

from posrc._enums import Scheme
from posrc._model import ReturnCode

_MERCHANT = "777290058110048"

# What stands above each WeChat Pay v2 field, shallow to deep; the field's own text follows.
_WECHATPAY_ABOVE: dict[str, tuple[tuple[str, str], ...]] = {
    "return_code": (),
    "result_code": (("return_code", "SUCCESS"), ("return_msg", "OK")),
    "err_code": (("return_code", "SUCCESS"), ("return_msg", "OK"), ("result_code", "FAIL")),
    "trade_state": (("return_code", "SUCCESS"), ("return_msg", "OK"), ("result_code", "SUCCESS")),
    "recall": (("return_code", "SUCCESS"), ("return_msg", "OK"), ("result_code", "SUCCESS")),
}
_WECHATPAY_TEXT = {
    "return_code": "return_msg",
    "err_code": "err_code_des",
    "trade_state": "trade_state_desc",
}

# The API an Alipay field belongs to where the reading names none; trade.pay otherwise.
_ALIPAY_API = {
    "trade_status": "trade.query",
    "retry_flag": "trade.cancel",
    "action": "trade.cancel",
}
_ALIPAY_ABOVE: dict[str, dict[str, str]] = {
    "code": {},
    "sub_code": {"code": "40004", "msg": "Business Failed"},
    "trade_status": {"code": "10000", "msg": "Success"},
    "retry_flag": {"code": "10000", "msg": "Success"},
    "action": {"code": "10000", "msg": "Success"},
}
_WECHATPAY_V3_FIELDS = frozenset(("http_status", "code", "trade_state"))
_UNIONPAY_FIELDS = frozenset(("respCode", "origRespCode"))
_SHOUQIANBA_FIELDS = frozenset(
    (
        "result_code",
        "error_code",
        "biz_response.result_code",
        "biz_response.error_code",
        "biz_response.data.status",
        "biz_response.data.order_status",
    )
)


def wechatpay_xml(rc: ReturnCode) -> str:
    """A WeChat Pay v2 XML reply (micropay, order query or reverse)."""
    reading = _reading(rc, Scheme.WECHATPAY, _WECHATPAY_ABOVE, "wechatpay-xml", "v2 XML")
    fields = [*_WECHATPAY_ABOVE[reading.field], (reading.field, rc.code)]
    text_field = _WECHATPAY_TEXT.get(reading.field)
    if text_field is not None:
        fields.append((text_field, reading.message("zh")))
    body = "".join(f"<{name}><![CDATA[{value}]]></{name}>" for name, value in fields)
    return f"<xml>{body}</xml>"


def wechatpay_v3_json(rc: ReturnCode) -> str:
    """A WeChat Pay v3 JSON body, with the HTTP status as ``read_reply`` takes it in the body."""
    reading = _reading(rc, Scheme.WECHATPAY, _WECHATPAY_V3_FIELDS, "wechatpay-v3-json", "v3 JSON")
    if reading.field == "http_status":
        reply: dict[str, object] = {"http_status": int(rc.code)}
    elif reading.field == "trade_state":  # an order query's answer
        reply = {
            "http_status": 200,
            "trade_state": rc.code,
            "trade_state_desc": reading.message("zh"),
        }
    else:
        reply = {
            "http_status": 500 if reading.is_unknown else 400,
            "code": rc.code,
            "message": reading.message("zh"),
        }
    return json.dumps(reply, ensure_ascii=False, separators=(",", ":"))


def alipay_json(rc: ReturnCode) -> str:
    """An Alipay OpenAPI JSON reply inside its ``alipay_trade_*_response`` node."""
    reading = _reading(rc, Scheme.ALIPAY, _ALIPAY_ABOVE, "alipay-json", "OpenAPI JSON")
    api = reading.api or _ALIPAY_API.get(reading.field, "trade.pay")
    node = {**_ALIPAY_ABOVE[reading.field], reading.field: rc.code}
    if reading.field == "code":
        node["msg"] = reading.message("en")
    elif reading.field == "sub_code":
        node["sub_msg"] = reading.message("zh")
    reply = {f"alipay_{api.replace('.', '_')}_response": node}
    return json.dumps(reply, ensure_ascii=False, separators=(",", ":"))


def unionpay_online_kv(rc: ReturnCode) -> str:
    """A UnionPay online (ACP 5.1.0) ``key=value&...`` reply: a request's or a query's."""
    reading = _reading(
        rc, Scheme.UNIONPAY_ONLINE, _UNIONPAY_FIELDS, "unionpay-online-kv", "key=value"
    )
    message = reading.message("zh")
    if reading.field == "origRespCode":
        pairs = [
            ("respCode", "00"),
            ("respMsg", "成功[0000000]"),
            ("origRespCode", rc.code),
            ("origRespMsg", message),
        ]
    else:
        pairs = [("respCode", rc.code), ("respMsg", message)]
    query = reading.field == "origRespCode" or reading.api == "query"
    pairs += [("merId", _MERCHANT), ("txnType", "00" if query else "01"), ("version", "5.1.0")]
    return "&".join(f"{key}={value}" for key, value in pairs)


def shouqianba_json(rc: ReturnCode) -> str:
    """A 收钱吧 (Shouqianba) JSON reply: the communication result, then ``biz_response``
    (a failed pay's result above its ``error_code``, a successful query's above its data)."""
    reading = _reading(rc, Scheme.SHOUQIANBA, _SHOUQIANBA_FIELDS, "shouqianba-json", "JSON")
    message = reading.message("zh")
    if reading.field == "result_code":  # a reply that names no scheme: read it with scheme=
        reply: dict[str, object] = {"result_code": rc.code, "error_message": message}
    elif reading.field == "error_code":
        reply = {"result_code": "400", "error_code": rc.code, "error_message": message}
    else:
        name = reading.field[len("biz_response.") :]
        if name == "result_code":
            business: dict[str, object] = {"result_code": rc.code}
        elif name == "error_code":
            business = {"result_code": "PAY_FAIL", "error_code": rc.code, "error_message": message}
        else:
            business = {"result_code": "SUCCESS", "data": {name[len("data.") :]: rc.code}}
        reply = {"result_code": "200", "biz_response": business}
    return json.dumps(reply, ensure_ascii=False, separators=(",", ":"))


def _reading(
    rc: ReturnCode, scheme: Scheme, fields: Container[str], style: str, shape: str
) -> ReturnCode:
    """The first reading of ``rc`` in a field the style writes; ``ValueError`` if none."""
    if rc.scheme is not scheme:
        raise ValueError(
            f"the {style!r} style writes {scheme.value} replies only; "
            f"{rc.scheme.value}:{rc.code} is not a {scheme.value} code"
        )
    for reading in rc.readings:
        if reading.field in fields:
            return reading
    read_in = ", ".join(sorted({reading.field for reading in rc.readings}))
    raise ValueError(
        f"{rc.scheme.value}:{rc.code} is read only in {read_in}, "
        f"which a {shape} reply does not carry"
    )


WRITERS: dict[str, Callable[[ReturnCode], str]] = {
    "wechatpay-xml": wechatpay_xml,
    "wechatpay-v3-json": wechatpay_v3_json,
    "alipay-json": alipay_json,
    "unionpay-online-kv": unionpay_online_kv,
    "shouqianba-json": shouqianba_json,
}
