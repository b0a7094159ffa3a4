"""The codes that the wallet fact reference marks H or H-c, read from its Markdown.

The reference (``shared/reference/wallet-codes.md`` beside the main checkout) gives each
family's codes in tables, with a confidence mark per row (``H``, ``H‑c``, ``M``, ``L``)
or for a whole section. :func:`high_rows` reads the rows marked H or H-c as
``(scheme, field, code)``; ``tests/reference/high.jsonl`` holds what it reads from the
reference, so that the suite checks the records against it without the reference at hand.

Run ``python -m tests.wallet_reference PATH`` to print the rows (one JSON object a line).

>>> text = '''## 3. Alipay
... ### 3.7 `trade_status` (query and async notify)
... | value | 中文 | conf |
... |---|---|---|
... | WAIT_BUYER_PAY | 交易创建 | H‑c |
... | TRADE_PENDING | (等待卖家收款) | L |
... '''
>>> high_rows(text)
[Row(scheme='alipay', field='trade_status', code='WAIT_BUYER_PAY', line=5)]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

HIGH = re.compile(r"(?<![A-Za-z])H(?:[‑-]c)?(?![A-Za-z])")
"""A confidence mark of H or H‑c (the reference writes a non-breaking hyphen)."""
_SCHEMES = {"1": "wechatpay", "2": "wechatpay", "3": "alipay", "4": "unionpay-online"}
_SCHEMES["5"] = "shouqianba"
_PAIR = re.compile(r"`(\w+)`=(\w+)")
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.-]*\*?")
_FOUR_XX = re.compile(r"^\| (4\d\d) \|", re.MULTILINE)


class Row(NamedTuple):
    """One code the reference marks H or H-c, in the reply field it stands in."""

    scheme: str
    field: str
    code: str
    line: int


class _Table(NamedTuple):
    section: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


# Per section: the field each table's code column stands for, by the column's heading.
# A heading of None takes the field from the row (WeChat's `recall`=Y, Alipay's cancel fields).
_FIELDS: dict[str, dict[str, str | None]] = {
    "1.2": {"layer value": None},
    "1.3": {"code": "err_code"},
    "1.4": {"trade_state": "trade_state", "code": "err_code"},
    "1.5": {"code / field": None},
    "2.2": {"HTTP": "http_status"},
    "2.3": {"code": "code"},
    "2.4": {"code (older / newer spelling)": "code"},
    "3.2": {"code": "code"},
    "3.3": {"sub_code": "sub_code"},
    "3.4": {"sub_code": "sub_code"},
    "3.5": {"sub_code": "sub_code"},
    "3.6": {"field": None, "sub_code": "sub_code"},
    "3.7": {"value": "trade_status"},
    "4.2": {"code": "respCode"},
    "4.3": {"`origRespCode`": "origRespCode"},
    "5.2": {"result_code": "result_code", "error_code": "error_code"},
    "5.3": {"value": "biz_response.result_code"},
    "5.4": {"error_code": "biz_response.error_code"},
    "5.5": {"value": "biz_response.data.order_status"},
}
# Sections whose rows carry no mark: the section's own (3.3 and §4.3 say H-c, §5 says H).
_SECTION_MARK = {"3.3": "H‑c", "4.3": "H‑c", "5": "H"}


def high_rows(text: str) -> list[Row]:
    """Every code of the reference ``text`` marked H or H-c, in reference order."""
    four_xx = tuple(dict.fromkeys(_FOUR_XX.findall(_section_text(text, "2."))))
    found: list[Row] = []
    for table in _tables(text):
        number = table.section.split(" ", 1)[0]
        scheme = _SCHEMES.get(number.split(".")[0])
        fields = _FIELDS.get(number, {})
        if scheme is None:
            continue
        for heading, field in fields.items():
            if heading not in table.header:
                continue
            column = table.header.index(heading)
            for line, cells in table.rows:
                if not _is_high(number, table.header, cells):
                    continue
                for name, code in _codes(cells, column, field, four_xx):
                    found.append(Row(scheme, name, code, line))
    found += _status_bullets(text)
    return found


def _is_high(number: str, header: list[str], cells: list[str]) -> bool:
    if header[-1] == "conf":
        return HIGH.search(cells[-1]) is not None
    mark = _SECTION_MARK.get(number) or _SECTION_MARK.get(number.split(".")[0])
    # A row that marks itself otherwise ("treat like ACQ.SYSTEM_ERROR — **M**") keeps its mark.
    return mark is not None and not re.search(r"\*\*[ML]\*\*", " ".join(cells))


def _codes(
    cells: list[str], column: int, field: str | None, four_xx: tuple[str, ...]
) -> Iterator[tuple[str, str]]:
    cell = cells[column]
    if field is None:
        pairs = _PAIR.findall(cell)
        if pairs:  # `return_code`=SUCCESS, `result_code`=FAIL
            yield from pairs
            return
        name = cell.strip("`")  # Alipay's cancel table: the field, then its values
        for code in _split(cells[column + 1]):
            yield name, code
        return
    for code in _split(cell):
        if code == "4xx":
            yield from ((field, status) for status in four_xx)
        else:
            yield field, code


def _split(cell: str) -> list[str]:
    """The codes of one cell: ``SYSTEMERROR / SYSTEM_ERROR``, ``isv.missing-method /
    -signature`` (an abbreviated sibling), ``03 / 04 / 05``; remarks in brackets dropped."""
    cell = re.sub(r"\([^)]*\)", "", cell.replace("**", "").replace("`", ""))
    codes: list[str] = []
    base = ""
    for item in re.split(r" / |, ", cell):
        item = item.strip().rstrip(".")
        if item.startswith("-") and base:
            item = base + item
        if not _TOKEN.fullmatch(item) or item in ("any", "other"):
            continue
        if "-" in item and not item.startswith("-"):
            base = item[: item.index("-")]
        codes.append(item)
    return codes


def _status_bullets(text: str) -> list[Row]:
    """§5.5's list of ``biz_response.data.status`` values (``FAIL_PROTOCOL_1/2/3``)."""
    rows: list[Row] = []
    lines = text.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if line.startswith("`biz_response.data.status`")), None
    )
    if start is None:
        return rows
    for number, line in enumerate(lines[start + 1 :], start + 2):
        if not line.startswith("- "):
            break
        head = re.split(r" — |\.$", line[2:], maxsplit=1)[0]
        items = [item.strip() for item in head.split(",")]
        if not all(re.fullmatch(r"[A-Z_]+[0-9]?(?:/[0-9])*", item) for item in items):
            continue
        for item in items:
            stem, *more = item.split("/")
            for code in (stem, *(stem[:-1] + digit for digit in more)):
                rows.append(Row("shouqianba", "biz_response.data.status", code, number))
    return rows


def _section_text(text: str, prefix: str) -> str:
    keep = False
    kept: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            keep = line[3:].startswith(prefix)
        if keep:
            kept.append(line)
    return "\n".join(kept)


def _tables(text: str) -> Iterator[_Table]:
    section = ""
    table: _Table | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        if not line.startswith("|"):
            if table is not None:
                yield table
            table = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if table is None:
            table = _Table(section, cells, [])
        elif not set("".join(cells)) <= set("-: "):
            table.rows.append((number, cells))
    if table is not None:
        yield table


def main(argv: list[str]) -> None:
    for row in high_rows(Path(argv[1]).read_text(encoding="utf-8")):
        print(json.dumps(row._asdict(), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
