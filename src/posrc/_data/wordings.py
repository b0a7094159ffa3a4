"""How real POS tables word a condition where posrc's code tables word it otherwise.

A message beside a code agrees with the code when it reads as the code's
condition (``posrc._agreement``); the code tables give one wording of each
condition, and the tables that terminal applications and switches ship give
others. Each wording here is the condition of one native code, read at the
scheme code where its sources give it, and names its sources by key.

A wording is listed when two independent sources (two repositories, or a
repository and a page) give it, or a close variant of it, to the same code,
or when the scheme's primary document does. Wordings that say nothing about
a particular condition (交易失败, 请重试, "Error"), wordings that the same
sources also give to another code (可重新签到作交易, given to both 99 and A0;
过期卡, given to both 33 and 54), wordings that another condition's own texts
already read and wordings that repeat one of their condition's own texts are
left out.

Sources (a repository's file at the commit read, with the date of the file's
last change, or a page):

* **S1** the Topwise MP35P SDK's response-code table: the classic UnionPay
  appendix's meaning, handling class, reason and recommended display.
* **S2** the Aviapay Android POS application's display texts.
* **S3** an Android POS application's response-code map (China Telecom's
  Epos): the classic appendix's reasons, and older display texts.
* **S4** CardInfoLink's Smart-POS response-code table V3, the POS display.
* **S5** a Postilion-flavoured ISO 8583 table in a TypeScript codec.
* **S6** an ISO 8583 terminal simulator's response descriptions.

The wordings with fewer than two sources are older than this table, which
keeps them with the sources that were found; so are the few that another
condition's own texts also read (发卡行不支持的交易, which the sources give to 12,
is UnionPay's display for 40). The tests list both.
"""

from __future__ import annotations

from typing import NamedTuple

from posrc._data.rows import by_key
from posrc._model import Source

SOURCES = by_key(
    Source(
        "github.com/odejinmi/topwisemp35p",
        "android/src/main/kotlin/com/topwise/library/util/ResultsQuery.java",
        primary=False,
        key="S1",
        edition="commit bb210ccf74257d62ac997309b95690d16677ccea, 2024-03-16",
    ),
    Source(
        "github.com/andrewsdg412/Aviapay",
        "assets/props/rspcode.properties",
        primary=False,
        key="S2",
        edition="commit 110c6369dc9b775e7882ca189d6dae40cca82fcc, 2021-08-30",
    ),
    Source(
        "github.com/dongyongzhi/android_work",
        "Epos/src/com/ctbri/utils/ISO8583Util.java",
        primary=False,
        key="S3",
        edition="commit adcaec07b3a7dd64b98763645522972387c67e73, file of 2017-04-21",
    ),
    Source(
        "https://cardinfolink.github.io/Smart-POS/attached/sdkAnserCode",
        "交易应答码表V3, POS显示",
        primary=False,
        key="S4",
        edition="table of 2016-08-11",
    ),
    Source(
        "github.com/zemuldo/iso_8583",
        "src/transactionStatus.ts",
        primary=False,
        key="S5",
        edition="commit b06b67abd6ba621de0f6f23e1002c6a927fbd585, file of 2022-12-03",
    ),
    Source(
        "github.com/intelliDean/ISO-8583",
        "src/main/java/com/dean/iso8583/web/data/utils/IsoResponseCodes.java",
        primary=False,
        key="S6",
        edition="commit dadc026c2e67445797d89c0dd0ded73de2531a7a, file of 2026-08-13",
    ),
)


class Wording(NamedTuple):
    """One wording of one condition, and the sources that give it."""

    native: str
    """The condition: the native code it is a wording of."""
    scheme: str
    """The scheme whose code the sources give it to (``posrc`` where none do)."""
    code: str
    """That code."""
    text: str
    sources: tuple[str, ...]
    """Keys of :data:`SOURCES`."""


# Sorted by native code, then scheme code, then text.
# fmt: off
WORDINGS: tuple[Wording, ...] = (
    Wording("BK1006", "cup",     "68",     "发卡行规定时间内没有回答",      ("S1", "S3")),
    Wording("BK1006", "cup",     "68",     "超时",                          ("S1", "S3")),
    Wording("BK1006", "posrc",   "BK1006", "timed out",                     ()),
    Wording("BK1006", "posrc",   "BK1006", "timeout",                       ()),
    Wording("BK1602", "posrc",   "BK1602", "拒绝承兑",                      ()),
    Wording("BK1603", "posrc",   "BK1603", "issuer inoperative",            ()),
    Wording("BK1603", "posrc",   "BK1603", "issuer unavailable",            ()),
    Wording("BL1001", "iso8583", "51",     "insufficient funds",            ("S5", "S6")),
    Wording("BL1001", "posrc",   "BL1001", "nsf",                           ()),
    Wording("BL1101", "cup",     "61",     "一次交易的金额太大",            ("S1", "S3")),
    Wording("CD1003", "cup",     "14",     "卡种未在中心登记或读卡号有误",  ("S1", "S3")),
    Wording("CD1003", "cup",     "14",     "无效卡号",                      ("S1", "S2", "S3", "S4")),
    Wording("CD1003", "iso8583", "14",     "invalid card number",           ("S5", "S6")),
    Wording("CD1201", "cup",     "54",     "卡已过期",                      ("S1", "S2")),
    Wording("CD1201", "iso8583", "54",     "expired",                       ("S5", "S6")),
    Wording("CD1201", "posrc",   "CD1201", "卡过期",                        ()),
    Wording("CD1204", "cup",     "15",     "此发卡行未与中心开通业务",      ("S1", "S3")),
    Wording("OK0001", "cup",     "10",     "部分承兑",                      ("S1", "S2")),
    Wording("PN1301", "cup",     "55",     "密码输错",                      ("S1", "S3")),
    Wording("PN1301", "cup",     "55",     "密码错",                        ("S1", "S2", "S3", "S4")),
    Wording("PN1301", "posrc",   "PN1301", "invalid pin",                   ()),
    Wording("PN1301", "posrc",   "PN1301", "pin error",                     ()),
    Wording("PN1301", "posrc",   "PN1301", "pin incorrect",                 ()),
    Wording("PN1301", "posrc",   "PN1301", "wrong pin",                     ()),
    Wording("RK2001", "posrc",   "RK2001", "capture card",                  ()),
    Wording("RK2003", "cup",     "41",     "挂失",                          ("S1", "S2")),
    Wording("RK2003", "iso8583", "41",     "lost card",                     ("S5",)),
    Wording("RK2004", "iso8583", "43",     "stolen card",                   ("S5",)),
    Wording("RK2004", "posrc",   "RK2004", "被盗",                          ()),
    Wording("SY1701", "cup",     "90",     "日切",                          ("S1", "S2")),
    Wording("SY1701", "cup",     "90",     "日期切换正在处理",              ("S1", "S3")),
    Wording("SY1701", "iso8583", "90",     "cut-off",                       ("S5",)),
    Wording("SY1702", "cup",     "96",     "发卡方或网络中心出现故障",      ("S1", "S3")),
    Wording("TM1801", "cup",     "97",     "终端未在中心或银行登记",        ("S1", "S3")),
    Wording("TM1802", "cup",     "A0",     "mac校验",                       ("S1", "S2")),
    Wording("TM1802", "posrc",   "TM1802", "mac error",                     ()),
    Wording("TM1802", "posrc",   "TM1802", "mac错",                         ()),
    Wording("TX1401", "cup",     "12",     "发卡行不支持的交易",            ("S1", "S3", "S4")),
    Wording("TX1402", "cup",     "25",     "发卡行未能找到有关记录",        ("S1", "S3")),
    Wording("TX1403", "cup",     "64",     "原始金额不正确",                ("S1", "S3")),
    Wording("TX1415", "cup",     "22",     "POS状态与中心不符",             ("S1", "S3")),
)
# fmt: on
