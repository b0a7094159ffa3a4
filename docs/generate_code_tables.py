"""Write the code-table pages under ``docs/codes/`` from posrc's registry.

Run it after any change to the data::

    PYTHONPATH=src python docs/generate_code_tables.py

``tests/test_docs.py`` fails while a committed page differs from a fresh one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from posrc import ReturnCode, Scheme, Source
from posrc._data import cup, iso8583, iso8583_1993
from posrc._data.wallet_records import TABLES
from posrc._registry import default_registry

CODES_DIR = Path(__file__).resolve().parent / "codes"


class Page(NamedTuple):
    """Where a scheme's table goes, the prose above it and the sources its notes cite."""

    filename: str
    title: str
    intro: str
    # The data module's SOURCES: the short keys the notes and the Source column use.
    sources: Mapping[str, Source] = {}
    # Paragraphs after the list of sources.
    legend: tuple[str, ...] = ()


PAGES: dict[Scheme, Page] = {
    Scheme.POSRC: Page(
        "posrc.md",
        "posrc native codes",
        "posrc's own codes: two category letters and a four-digit number (see "
        "{doc}`../concepts`). Every code of the other schemes maps onto one of them, so a "
        "program can decide on the native code whatever the terminal sent. The *Name* "
        "column is the constant on `ReturnCode` (`ReturnCode.INSUFFICIENT_BALANCE`). "
        'Native codes are looked up as written (`lookup("BL1001")`, `lookup("1001")`).',
    ),
    Scheme.CUP: Page(
        "cup.md",
        "UnionPay (CUP) field 39",
        "China UnionPay response codes: every code of the Q/CUP 006.6-2015 table, plus the "
        "codes of the classic POS appendix that the 2015 table no longer lists but terminals "
        "still show (marked as a secondary source). A two-character code given without a "
        'scheme is read as UnionPay: `lookup("51")` is the same as '
        '`lookup("51", scheme="cup")`.',
        cup.SOURCES,
        (
            "The classic appendix sorts codes into terminal handling classes: "
            + "; ".join(f"{letter} {meaning}" for letter, meaning in cup.CLASSES.items())
            + ".",
        ),
    ),
    Scheme.ISO8583: Page(
        "iso8583.md",
        "ISO 8583:1987 field 39",
        "The two-character response codes that ISO 8583:1987 assigns. posrc never picks "
        'this scheme by itself: pass `scheme="iso8583"` (or `Scheme.ISO8583`) for a host '
        "that speaks plain ISO 8583. Codes the standard reserves are listed after the table; "
        "looking one up raises `UnknownCodeError` saying what it is reserved for. The "
        "meanings follow the published copies of the standard's table, which agree on every "
        "code listed here.",
        iso8583.SOURCES,
    ),
    Scheme.ISO8583_1993: Page(
        "iso8583-1993.md",
        "ISO 8583:1993 action codes",
        "The three-digit action codes of ISO 8583:1993. A three-digit code given without a "
        'scheme is read as one of these: `lookup("116")`. The first digit gives the group '
        "(0 approved, 1 declined, 2 declined and pick up, 3 file actions, 4 reversals, "
        "5 reconciliation, 6 administrative, 7 fees, 8 network management, 9 errors). The "
        "meanings follow the published copies of the standard's table, which agree on every "
        "code listed here.",
        iso8583_1993.SOURCES,
    ),
}

_WALLET_INTRO = (
    "Codes spelled exactly as the vendor writes them: nothing is upper-cased or folded. "
    "Where a code means different things on different APIs or in different reply fields, "
    "the table lists the safe default, the least certain reading, and its notes list the "
    "readings; pass `api=` or `field=` to `lookup` for one, or read the whole reply with "
    "`read_reply`. A code whose outcome is unknown carries its `follow_up`: see "
    "{doc}`../wallets`."
)
PAGES.update(
    {
        Scheme.WECHATPAY: Page(
            "wechatpay.md",
            "WeChat Pay (微信支付) payment-code codes",
            "WeChat Pay 付款码支付: the v2 micropay `err_code`, the order query's "
            "`trade_state` and the reverse API's codes, and the APIv3 HTTP statuses and "
            "`code`s (the v3 spellings such as `SYSTEM_ERROR` beside `SYSTEMERROR`). "
            "A word-shaped code that only WeChat Pay defines is read without a scheme: "
            '`lookup("USERPAYING")`. ' + _WALLET_INTRO,
            TABLES[Scheme.WECHATPAY].sources,
        ),
        Scheme.ALIPAY: Page(
            "alipay.md",
            "Alipay (支付宝) gateway codes",
            "Alipay's gateway `code`s (10000, 10003, 20000, 40004, ...), the gateway and "
            "`ACQ.*` `sub_code`s of `alipay.trade.pay`, `.query` and `.cancel`, and "
            "`trade_status`. " + _WALLET_INTRO,
            TABLES[Scheme.ALIPAY].sources,
        ),
        Scheme.UNIONPAY_ONLINE: Page(
            "unionpay-online.md",
            "UnionPay online and QR respCode",
            "UnionPay online (ACP) and UnionPay QR `respCode` and `origRespCode`. These "
            "two-character codes collide with card field 39, so they are read only where "
            '`scheme="unionpay-online"` names them or a reply\'s envelope does: '
            '`lookup("03")` stays a card code. ' + _WALLET_INTRO,
            TABLES[Scheme.UNIONPAY_ONLINE].sources,
        ),
        Scheme.SHOUQIANBA: Page(
            "shouqianba.md",
            "Shouqianba (收钱吧) result codes",
            "收钱吧's request `result_code`, `error_code`, the business `result_code` and "
            "`error_code` of `biz_response`, and the order's `status` and `order_status`. "
            + _WALLET_INTRO,
            TABLES[Scheme.SHOUQIANBA].sources,
        ),
    }
)

# The widths of the codes a scheme can reserve, for listing its reserved ranges.
RESERVABLE_WIDTH: dict[Scheme, int] = {Scheme.ISO8583: 2, Scheme.ISO8583_1993: 3}

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")

HEADER = (
    "% Generated by docs/generate_code_tables.py from the posrc registry: do not edit.\n"
    "% Run `PYTHONPATH=src python docs/generate_code_tables.py` after changing the data.\n"
)

COLUMNS = (
    "Code",
    "中文",
    "English",
    "Outcome",
    "Retry",
    "Terminal action",
    "Native",
    "Source",
    "Notes",
)


def escape(text: str) -> str:
    """Make ``text`` appear literally inside a Markdown table cell or paragraph.

    >>> escape("a|b *c*")
    'a\\\\|b \\\\*c\\\\*'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def note_label(rc: ReturnCode) -> str:
    """The cross-reference label of a code's note.

    >>> from posrc import lookup
    >>> note_label(lookup("A0"))
    'cup-note-a0'
    """
    return f"{rc.scheme.value}-note-{rc.code.lower()}"


def source_text(rc: ReturnCode) -> str:
    """Where the code's meaning comes from, by the source's short key.

    >>> from posrc import lookup
    >>> source_text(lookup("51")), source_text(lookup("77")), source_text(lookup("BL1001"))
    ('S1 §A.2.1', 'S2/S3 class D (secondary)', 'posrc')
    """
    if rc.source is None:
        return "posrc"
    text = f"{rc.source.key or rc.source.title} {rc.source.section}".strip()
    return text if rc.source.primary else f"{text} (secondary)"


def legend_entry(source: Source) -> str:
    """One line of a page's list of sources.

    >>> legend_entry(Source("ISO 8583:1993", "field 39", key="ISO", edition="1993"))
    '**ISO**: ISO 8583:1993 field 39, 1993. The primary source.'
    """
    edition = f", {source.edition}" if source.edition else ""
    kind = "The primary source." if source.primary else "A secondary source."
    return f"**{source.key}**: {escape(str(source))}{escape(edition)}. {kind}"


def table_row(rc: ReturnCode) -> str:
    """One row of the code table."""
    native = escape(rc.name or "") if rc.is_native else f"`{rc.canonical.code}`"
    note = f"{{ref}}`note <{note_label(rc)}>`" if rc.notes else ""
    cells = (
        f"`{rc.code}`",
        escape(rc.message("zh")),
        escape(rc.message("en")),
        rc.outcome.value,
        rc.retry.value,
        rc.terminal_action.value,
        native,
        escape(source_text(rc)),
        note,
    )
    return "| " + " | ".join(cells) + " |"


def reserved_ranges(scheme: Scheme) -> list[tuple[str, str, str]]:
    """The codes ``scheme`` reserves, as (first, last, English text) runs."""
    width = RESERVABLE_WIDTH.get(scheme)
    if width is None:
        return []
    registry = default_registry()
    runs: list[tuple[str, str, str]] = []
    for number in range(10**width):
        code = f"{number:0{width}d}"
        text = registry.reserved(code, scheme)
        if text is None:
            continue
        if runs and runs[-1][2] == text.en and int(runs[-1][1]) == number - 1:
            runs[-1] = (runs[-1][0], code, text.en)
        else:
            runs.append((code, code, text.en))
    return runs


def _table_order(rc: ReturnCode) -> str:
    # Native codes read best by number, which groups them into their blocks.
    return rc.code[2:] if rc.is_native else rc.code


def page_text(scheme: Scheme) -> str:
    """The whole Markdown page for ``scheme``'s code table."""
    page = PAGES[scheme]
    codes = sorted((rc for rc in ReturnCode if rc.scheme is scheme), key=_table_order)
    native_column = "Name" if scheme is Scheme.POSRC else "Native"
    mapping = "" if scheme is Scheme.POSRC else "; *Native* is the posrc code each one maps to"
    header = tuple(native_column if column == "Native" else column for column in COLUMNS)
    lines = [
        HEADER,
        f"# {page.title}",
        "",
        page.intro,
        "",
        f"{len(codes)} codes. Outcome, retry and terminal action are explained in "
        f"{{doc}}`../concepts`{mapping}.",
        "",
    ]
    if page.sources:
        lines += ["Sources:", ""]
        lines += [f"- {legend_entry(source)}" for source in page.sources.values()]
        lines += ["", *(f"{entry}\n" for entry in page.legend)]
    lines += [
        "{.code-table}",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *(table_row(rc) for rc in codes),
        "",
    ]
    reserved = reserved_ranges(scheme)
    if reserved:
        lines += ["## Reserved codes", ""]
        for first, last, text in reserved:
            span = f"`{first}`" if first == last else f"`{first}`–`{last}`"
            lines.append(f"- {span}: {escape(text)}")
        lines.append("")
    noted = [rc for rc in codes if rc.notes]
    if noted:
        lines += ["## Notes", ""]
        for rc in noted:
            lines += [f"({note_label(rc)})=", f"**{rc.code}**: {escape(rc.notes)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def pages() -> dict[Path, str]:
    """Every generated page, by the path it is committed at."""
    return {CODES_DIR / page.filename: page_text(scheme) for scheme, page in PAGES.items()}


def main() -> None:
    """Write every page whose text changed."""
    CODES_DIR.mkdir(exist_ok=True)
    for path, text in pages().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
