"""Every code that the wallet fact reference marks H or H-c is a record, with a source."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from posrc import ReturnCode, Scheme
from posrc.testing import codes
from tests.wallet_reference import Row, high_rows

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "reference" / "high.jsonl"
ROWS = [Row(**json.loads(line)) for line in FIXTURE.read_text("utf-8").splitlines()]


def reference() -> Path | None:
    """The reference file, beside the main checkout (or a worktree's parent), if at hand."""
    named = os.environ.get("POSRC_WALLET_REFERENCE")
    places = [Path(named)] if named else []
    places += [base / "shared" / "reference" / "wallet-codes.md" for base in ROOT.parents[:2]]
    return next((place for place in places if place.is_file()), None)


def readings(row: Row) -> list[ReturnCode]:
    """posrc's readings in the row's scheme and field of the row's code (or prefix)."""
    scheme = Scheme(row.scheme)
    if row.code.endswith("*"):
        records = [rc for rc in codes(scheme=scheme) if rc.code.startswith(row.code[:-1])]
    else:
        records = [rc for rc in codes(scheme=scheme) if rc.code == row.code]
    return [r for rc in records for r in rc.readings if r.field == row.field]


def missing(rows: list[Row]) -> list[Row]:
    """The rows that no reading with a primary source stands for."""
    return [
        row
        for row in rows
        if not any(r.source is not None and r.source.primary for r in readings(row))
    ]


def test_the_rows_cover_every_scheme_and_its_fields() -> None:
    assert len(ROWS) >= 200
    fields = {(row.scheme, row.field) for row in ROWS}
    for scheme in ("wechatpay", "alipay", "unionpay-online", "shouqianba"):
        assert sum(1 for s, _ in fields if s == scheme) >= 2
    assert ("alipay", "code", "10003") in {(r.scheme, r.field, r.code) for r in ROWS}
    assert ("unionpay-online", "origRespCode", "03") in {(r.scheme, r.field, r.code) for r in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.scheme}:{row.field}:{row.code}")
def test_every_h_row_is_a_record_with_a_primary_source(row: Row) -> None:
    found = readings(row)
    assert found, f"reference line {row.line}: {row.code} is not a {row.scheme} {row.field} code"
    assert all(r.source is not None and r.source.edition for r in found)
    assert missing([row]) == []


def test_a_code_the_tables_lack_is_reported() -> None:
    absent = Row("wechatpay", "err_code", "NO_SUCH_CODE", 1)
    in_another_field = Row("wechatpay", "trade_state", "AUTH_CODE_INVALID", 2)
    assert missing([absent, ROWS[0], in_another_field]) == [absent, in_another_field]


def test_the_rows_are_what_the_reference_gives() -> None:
    path = reference()
    if path is None:
        pytest.skip("the wallet fact reference is not beside this checkout")
    assert high_rows(path.read_text(encoding="utf-8")) == ROWS


SAMPLE = """\
## 1. WeChat Pay v2
### 1.2 Layer outcomes (pay request)
| layer value | meaning | conf |
|---|---|---|
| `return_code`=SUCCESS, `result_code`=FAIL | business failure | H |
| *(no HTTP reply / timeout)* | not a code | H |
### 1.5 Reverse
| code / field | 中文 | conf |
|---|---|---|
| `recall`=Y | 需要继续调用撤销 | H‑c |
| SYSTEMERROR | 接口返回错误 | M |
## 2. WeChat Pay APIv3
### 2.2 HTTP status semantics (v3)
| HTTP | meaning | conf |
|---|---|---|
| 4xx | request or business error | H |
| 500 / 501 | system error | H |
### 2.3 Common v3 codes
| HTTP | code | conf |
|---|---|---|
| 400 | PARAM_ERROR | H |
| 429 | SYSTEMERROR / SYSTEM_ERROR | H (status) / M (body) |
## 3. Alipay
### 3.3 Gateway `sub_code`s (A1; conf H‑c unless noted)
| sub_code | under | 中文 |
|---|---|---|
| isv.missing-method / -signature-type, isv.decryption-error-* | 40001 | 缺少参数 |
| aop.ACQ.SYSTEM_ERROR | 20000 | treat like ACQ.SYSTEM_ERROR — **M** |
### 3.6 `alipay.trade.cancel`
| field | value | meaning | conf |
|---|---|---|---|
| `retry_flag` | Y / N | cancel again | H‑c |
## 4. UnionPay online
### 4.3 Query semantics (`origRespCode`) — official demo (U2, H‑c)
| query `respCode` | `origRespCode` | meaning |
|---|---|---|
| 00 | 03 / 04 | still processing |
| 00 | any other | failed |
## 5. 收钱吧
### 5.5 `order_status`
| value | gloss |
|---|---|
| PAID | paid |
`biz_response.data.status` (transaction status):
- FAIL_IO_1/2, FAIL_ERROR — not confirmed.
- The doc says: for any `FAIL*` status, contact support.
## 6. Aggregators
| code | conf |
|---|---|
| 0000 | H |
"""


def test_the_reader_reads_each_form_the_reference_uses() -> None:
    found = [(row.scheme, row.field, row.code) for row in high_rows(SAMPLE)]
    assert found == [
        ("wechatpay", "return_code", "SUCCESS"),
        ("wechatpay", "result_code", "FAIL"),
        ("wechatpay", "recall", "Y"),
        ("wechatpay", "http_status", "400"),
        ("wechatpay", "http_status", "429"),
        ("wechatpay", "http_status", "500"),
        ("wechatpay", "http_status", "501"),
        ("wechatpay", "code", "PARAM_ERROR"),
        ("wechatpay", "code", "SYSTEMERROR"),
        ("wechatpay", "code", "SYSTEM_ERROR"),
        ("alipay", "sub_code", "isv.missing-method"),
        ("alipay", "sub_code", "isv.missing-signature-type"),
        ("alipay", "sub_code", "isv.decryption-error-*"),
        ("alipay", "retry_flag", "Y"),
        ("alipay", "retry_flag", "N"),
        ("unionpay-online", "origRespCode", "03"),
        ("unionpay-online", "origRespCode", "04"),
        ("shouqianba", "biz_response.data.order_status", "PAID"),
        ("shouqianba", "biz_response.data.status", "FAIL_IO_1"),
        ("shouqianba", "biz_response.data.status", "FAIL_IO_2"),
        ("shouqianba", "biz_response.data.status", "FAIL_ERROR"),
    ]
