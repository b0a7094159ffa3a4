"""What a code looks like in text: the one grammar that every reader uses.

Labels, status words, brackets, separators, the field-39 forms and the shape
of each scheme's codes are defined here and nowhere else. The fragments are
ASCII-only: text is folded first (see :func:`posrc._read.fold`), so full-width
forms, NBSP and U+3000 never reach them. Label letters match either case
through character classes: ``re.IGNORECASE`` would let ``'ſ'`` stand for
``'s'`` and the Kelvin sign for ``'k'``.

Every unbounded repeat in these fragments is a run of one character class
that the grammar puts between characters outside that class, so a run can be
taken in only one way and backtracking stays linear in the run's length
(``tests/test_grammar.py`` proves this property of the compiled patterns).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from posrc._enums import CATEGORY_OF, WALLET_SCHEMES, Category, Scheme
from posrc._model import VendorScheme
from posrc._patterns import compiled
from posrc.exceptions import ParseError

BLANKS = " \t"
"""Blanks inside a line, once text is folded."""
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e"
"""Characters that end a record: a message never runs across one."""

CHINESE_LABELS = (
    "返回码",
    "返回代码",
    "应答码",
    "应答代码",
    "响应码",
    "响应代码",
    "错误码",
    "错误代码",
    "交易码",
    "结果码",
    "失败码",
    "第39域",
    "39域",
    "域39",
)
# Spaces in an English label also stand for "_", "-" or nothing ("RespCode").
ENGLISH_LABELS = (
    "response code",
    "resp code",
    "rsp code",
    "return code",
    "ret code",
    "error code",
    "decline code",
    "err code",
    "result code",
    "action code",
    "reason code",
    "field 39",
    "bit 39",
    "de 39",
    "f39",
    "resp",
    "rc",
)
# Words that say a payment failed; a bracketed code right after one, or a status word,
# is a code.
FAILED_WORDS = (
    "交易失败",
    "交易拒绝",
    "失败",
    "拒绝",
    "declined",
    "decline",
    "denied",
    "rejected",
    "refused",
    "failed",
    "failure",
)
CHINESE_STATUS_WORDS = (*(w for w in FAILED_WORDS if not w.isascii()), "错误", "异常")
ENGLISH_STATUS_WORDS = (*(w for w in FAILED_WORDS if w.isascii()), "error")
"""Status words also take the words for an error, which say nothing of the money."""

BLANK = "[ \t]"
ALNUM = "[0-9A-Za-z]"
CLOSER_OF = {"[": "]", "(": ")", "<": ">", "\u3010": "\u3011", "\u300a": "\u300b"}
OPENING = "[\\[(<\u3010\u300a]"
CLOSING = "[\\])>\u3011\u300b]"
QUOTE_CHARS = "\"'`\u201c\u201d\u2018\u2019"
QUOTE_ENTITIES = ("&quot;", "&#34;", "&#39;", "&apos;")
QUOTE = f"(?:[{QUOTE_CHARS}]|{'|'.join(QUOTE_ENTITIES)})"
"""A quote, also as logs escape it in HTML or XML."""
LABEL_SEPARATOR = "(?:[:=#]|\u7b49\u4e8e|\u4e3a|\u662f)"
"""``:``, ``=``, ``#``, or a Chinese word that joins a label to its value (等于, 为, 是)."""
MESSAGE_SEPARATOR = "[-:=|,;/\u2013\u2014\u3001\u3002]"
ARROW = "(?:[-=]>|[\u2192\u21d2])"
"""An arrow from a code to its message: a switch's ``case "05" -> "Do Not Honor"``, a
map's ``'51' => '余额不足'``, a document's ``51 → Insufficient funds``."""
LEAD = BLANKS + ":=|,;/\u2013\u2014\u3001\u3002\"'`->\u2192\u21d2"
"""What may stand between a code and its message."""
TERMINATORS = BLANKS + LINE_BREAKS + ":=|,;/\u2013\u2014\u3001\u3002\"'`])>\u3011\u300b"
"""What ends a code written after its label or at the start of the input."""

CATEGORY_LETTERS = tuple(category.value for category in Category)


def char_class(char: str) -> str:
    """A class for one ASCII character in either case.

    >>> char_class("r"), char_class("3")
    ('[rR]', '3')
    """
    if char.lower() == char.upper():
        return re.escape(char)
    return f"[{char.lower()}{char.upper()}]"


# Between the words of an English label: one "_" or "-", any run of blanks, or nothing.
_GAP = "(?:[_-]|[ \t]+)?"


def _atoms(word: str) -> list[str]:
    if not word.isascii():
        return [re.escape(char) for char in word]
    atoms: list[str] = []
    for index, part in enumerate(word.split(" ")):
        atoms += [_GAP] if index else []
        atoms += [char_class(char) for char in part]
    if word.endswith("code"):
        atoms.append("[sS]?")  # "Response codes 90, 96, 98"
    # An English word must end there ("RCV" is not "RC"); Chinese runs straight on
    # into its code ("应答码51").
    return [*atoms, f"(?!{ALNUM})"]


def spell(word: str) -> str:
    """A fragment for an English ``word``: any case, flexible gaps, a whole word.

    >>> pattern = re.compile(spell("resp code"))
    >>> [bool(pattern.fullmatch(s)) for s in ("RespCode", "RESP_CODE", "resp-code", "resp")]
    [True, True, True, False]
    """
    return "".join(_atoms(word))


def trie(words: list[list[str]]) -> str:
    """One alternation for many words, given as atoms, sharing common prefixes.

    The engine then tests each first atom once instead of once per word.
    Longer words come first, so the longest label wins.

    >>> trie([["a", "b"], ["a", "c"], ["a"], ["d"]])
    '(?:a(?:b|c|)|d)'
    """
    if not any(words):
        return ""
    heads: dict[str, list[list[str]]] = {}
    for atoms in words:
        heads.setdefault(atoms[0] if atoms else "", []).append(atoms[1:])
    branches = [head + trie(tails) for head, tails in heads.items() if head]
    if len(branches) == 1 and "" not in heads:
        return branches[0]
    return "(?:" + "|".join(branches + ([""] if "" in heads else [])) + ")"


# A label must not continue a longer word: "SRC=51" and "orc 12" are not labels.
# A key ends at its separator or comparison ("t0RespCode=", "isoData["39"] !== "),
# a setter's bracket ("set_responsecode(96)") or, as an XML property's name, at its
# element's content or value (name="successResponseCode">00<, name='rc' value='05').
KEY_END = f"{QUOTE}?{BLANK}*[:=!(]|{QUOTE}(?:>|{BLANK}+value{BLANK}*=)"
_WORD_START = "(?<![0-9A-Za-z_])"


CAMEL = "(?<=[a-z0-9])(?=[A-Z][a-z])"
"""Where a camel-case word starts inside a key: the ``R`` of ``t0RespCode``."""


def _words(words: tuple[str, ...], *, compound: bool = False) -> str:
    chinese = [_atoms(word) for word in words if not word.isascii()]
    english = trie(
        sorted((_atoms(word) for word in words if word.isascii()), key=len, reverse=True)
    )
    firsts = {c for word in words for c in (word[0].lower(), word[0].upper())}
    # The guard rejects most positions with one test, before the look-behind and the tries.
    # A Chinese word may follow a letter or digit ("TID1应答码51"); an English one may not,
    # except as the last word of a compound key, after "_" or in camel case
    # ("orig_resp_code=", "t0RespCode="; "TID1RC=" is no key).
    glued = f"|(?:(?<=_)|{CAMEL}){english}(?={KEY_END})" if compound else ""
    return (
        f"(?=[{''.join(sorted(firsts))}])"
        f"(?:{trie(sorted(chinese, key=len, reverse=True))}|{_WORD_START}{english}{glued})"
    )


LABEL = _words(CHINESE_LABELS + ENGLISH_LABELS, compound=True)
"""Any response-code label: ``应答码``, ``RC``, ``Resp Code``, ``F39``."""
GENERIC_LABELS = (
    "返回码",
    "返回代码",
    "错误码",
    "错误代码",
    "结果码",
    "return code",
    "ret code",
    "error code",
    "err code",
    "reason code",
)
"""Labels that other systems give their own codes too: LDAP's ``error code 49``, Wi-Fi's
``reason code 15``, a mainframe's ``return code 12``, an app's ``返回码：01 请求成功``. ``RC``
is one too (a shell's ``RC=12``), but payment logs write it so widely, alone on a line, that
it stays a label of their own."""
GENERIC_LABEL = compiled(_words(GENERIC_LABELS, compound=True))
STATUS = _words(CHINESE_STATUS_WORDS + ENGLISH_STATUS_WORDS)
"""A word saying that the transaction failed: ``交易失败``, ``Declined``."""
JPOS_FIELD_39 = f"id={QUOTE}?39{QUOTE}?{BLANK}+value"
"""jPOS's XML dump of field 39: ``<field id="39" value="51"/>``."""
BRACKETED_39 = f"{OPENING}0?39{CLOSING}"
"""A dump's field number as a label: ``[39]=55``, ``[039] 00``."""
KEY_39 = (
    f"(?<![0-9A-Za-z]){QUOTE}0?39{QUOTE}(?={CLOSING}?{BLANK}*[:=!])"
    f"|(?<![^ \t{{,])0?39(?={BLANK}*:{BLANK}*{QUOTE})"
)
"""Field 39 as a key of JSON or a dict: ``"39":"00"``, ``'39': '05'``,
``decoded['39'] = '05'``, and unquoted before a quoted value: ``39: "00"``."""
ARGUMENT_39 = f"\\({BLANK}*0?39{BLANK}*,(?:{BLANK}*[A-Za-z_][0-9A-Za-z_.]*\\()?"
"""Field 39 as the first argument of a setter: ``m.set(39, "00")``, ``setField(39, "05")``,
also with its value wrapped: ``setField(39, IsoType.ALPHA.value("00", 2))``."""

# A test's assertion joins a label to its code by a word: F39: expected "99". Prose's
# "is", "was" and "of" would make "the resp is 12 bytes" a code.
_EXPECTED = spell("expected")

# Each run of blanks stands between characters that are no blanks, so the
# runs cannot overlap: any number of blanks is read, in linear time.
AFTER_LABEL = (
    f"(?:{BLANK}*{OPENING}0?39{CLOSING})?(?:\\(\\)(?:\\.equals\\()?)?{CLOSING}?{BLANK}*"
    f"(?:{QUOTE}(?:>|{BLANK}+value(?={BLANK}*=))?{BLANK}*)?(?:\\.+{BLANK}*)?"
    f"(?:(?:[!=]==?|{LABEL_SEPARATOR}){BLANK}*)?"
    f"(?:{_EXPECTED}{BLANK}+)?(?:{QUOTE}{BLANK}*){{0,2}}"
)
"""What may stand between a label and its code: the field number
(``Response Code (39): 12``), a getter's brackets, a closing bracket, blanks,
quotes, an XML property's name ending (``name="rc">``, ``name="rc" value``),
dot leaders (``RESPONSE CODE.....: 51``), one ``:``, ``=`` or ``#`` or a
comparison (``!=``, ``===``, ``.equals(``), a test's ``expected`` and up
to two quotes (``RC = `"00"```)."""
AFTER_STATUS = f"{BLANK}*(?:[:,]{BLANK}*)?"
"""What may stand between a status word and its bracket: ``交易失败 (51)``."""

_NATIVE_LETTERS = trie([[char_class(pair[0]), char_class(pair[1])] for pair in CATEGORY_LETTERS])
_NATIVE_FIRSTS = "".join(
    sorted({c for pair in CATEGORY_LETTERS for c in (pair[0], pair[0].lower())})
)
NATIVE_TOKEN = f"{_NATIVE_LETTERS}[-_ ]?[0-9]{{4}}|[A-Za-z]{{2}}[-_][0-9]{{4}}"
"""A native code as written: ``BL1001``, ``bl-1001``, ``BL 1001``. A blank may
only follow category letters, so that ``RC 1001`` stays a label and a code."""
CODE = f"{NATIVE_TOKEN}|{ALNUM}{{2,6}}"
"""A code after a label, of any scheme's shape."""
CODE_END = f"(?!{ALNUM})(?![.:/][0-9])(?!%(?![0-9A-Fa-f]{{2}}))"
"""A code ends a word and is no part of a number such as ``12:30``, ``1.5`` or ``51%``; a
URL's escape may follow it (``RC=05%0D%0A``)."""
BARE = "[0-9]{3,4}|[0-9]" + ALNUM + "|[A-Za-z][0-9]"
"""A code with no label: three or four digits, or two characters with a digit."""
NOT_BEFORE_BARE = "0-9A-Za-z.:/#*_\\-"
"""A bare code glued after one of these is part of something else."""
LISTED = compiled(
    f"(?:{BLANK}*\\([^()\n\r]{{1,60}}\\))?{BLANK}*"
    f"(?:(?:(?:{QUOTE},?|,){BLANK}*)?(?:but{BLANK}+)?(?:got|was)|[,/\u3001]|or|and|\u6216|\u548c)"
    f"{BLANK}*{QUOTE}?({CODE})(?!{ALNUM})(?![.:/][0-9])",
    re.ASCII,
)
"""A further code under the same label: ``RC=05 / 51``, ``codes 90, 96, 98``, also after
the first one's meaning in brackets: ``code 00 (approved) or 55 (invalid PIN)``, and
what a test got instead: ``F39: expected "99", got "00"``."""
GENERIC_FAILURE = compiled("error|fail", re.IGNORECASE | re.ASCII)
"""English status words that other domains use too: ``MAC failure (20)``."""
LABEL_END = compiled(f"{LABEL_SEPARATOR}(?:{BLANK}|{QUOTE})*$")
"""A label's end with no code after it: ``RC=``, ``应答码为``, ``RC="``."""
PAYMENT_CONTEXT = compiled(
    "交易|支付|付款|刷卡|银行|银联|终端|商户|发卡"
    "|(?<![a-z])(?:posp?|payments?|transactions?|acquir(?:er|ing)|merchant|cardholder"
    "|(?:credit|debit|bank) ?card|iso ?8583|field ?39|mti|declined)(?![a-z])",
    re.IGNORECASE,
)
"""Words that put a line in a payment's context, English ones as whole words: "discard",
"position" and "composer" say nothing of a payment, and nor do other domains' "terminal",
"issuer" or "graphics card"."""
ISO_FIELD_LABEL = compiled("39|action", re.IGNORECASE | re.ASCII)
"""A label that names ISO 8583's own field, so a three-digit code there is an action code."""
ONLINE_FIELDS = ("merId", "txnType", "accessType", "bizType")
"""Fields of UnionPay's online gateway (ACP): its ``respCode`` is no card code."""
ONLINE_ENVELOPE = compiled(
    f"(?:{'|'.join(ONLINE_FIELDS)})[\"']?[ \t]*[=:]"
    "|version[\"']?[ \t]*[=:][ \t]*[\"']?5\\.[0-9]+\\.[0-9]+",
    re.ASCII,
)
"""One of :data:`ONLINE_FIELDS` with its value, or the gateway's ``version=5.x.x``."""
ONLINE_MARKS = (*ONLINE_FIELDS, "version")
"""Text that every :data:`ONLINE_ENVELOPE` holds."""
ONLINE_QUERY_FIELD = "origRespCode"
"""The field of an ACP query's original result: it marks its line as the gateway's reply."""
ONLINE_QUERY = compiled(ONLINE_QUERY_FIELD, re.ASCII)
ONLINE_LABEL = compiled("(?:orig)?resp_?code", re.IGNORECASE | re.ASCII)
ONLINE_QUERY_LABEL = compiled("(?<![A-Za-z0-9_])(?:origRespCode|respCode|应答码)")
"""The gateway's own fields, spelled as it spells them (``应答码``: its docs' ``respCode``), on
a line that speaks of its ``origRespCode``; ``hostRespCode`` or ``resp_code`` there is no field
of its reply."""
CODE_WORD = compiled(f"(?:{BARE}|[A-Za-z]{{2}}[0-9]{{4}})(?![.:/,-][0-9])", re.ASCII)
"""A word beside a code that could itself be a code."""


_LISTED_CODE = f"(?:[0-9]{ALNUM}|[A-Za-z][0-9])(?!{ALNUM})"

MARKED = (
    f"(?:{LABEL}|{JPOS_FIELD_39}|{BRACKETED_39}|{KEY_39}|{ARGUMENT_39}){AFTER_LABEL}"
    # "返回码39域": a field number after the label is no code, nor is a hex prefix (rc=0x%x).
    # An unquoted code in brackets closes them or starts a list of codes ("RC [51, 05]"):
    # "ResponseCode (39, "an", 2)" defines field 39.
    f"(?:{OPENING}{BLANK}*(?:{QUOTE}|(?=(?:{CODE}){BLANK}*(?:{CLOSING}|$|,{BLANK}*{_LISTED_CODE}))))?"
    f"(?!0[xX](?:%|[0-9A-Fa-f]))(?P<labelled>{CODE}){CODE_END}(?!{BLANK}*[\u57df\u4f4d])"
    f"|{STATUS}{AFTER_STATUS}{OPENING}{BLANK}*"
    f"(?:(?:{LABEL}|{spell('code')}){AFTER_LABEL})?"
    f"(?P<bracketed>{ALNUM}{{2,4}}){BLANK}*{CLOSING}"
    f"|(?=[{_NATIVE_FIRSTS}]){_WORD_START}(?P<native>{_NATIVE_LETTERS}[-_ ]?[0-9]{{4}}){CODE_END}"
)
"""A code that its surroundings mark as one: in the group ``labelled``
(after a label), ``bracketed`` (in brackets after a status word) or
``native`` (a native code standing as a word)."""


# A bare code may run straight into its message ("A0MAC校验错", "99PIN格式错"), or stand
# in a table before it: "51": return "…", put("A0", "…"), | 05 | Do not honour |, 00 ——成功,
# case "05" -> "Do Not Honor".
# A message it runs into starts with a capital or Chinese ("a0mac校验错" too): "19ms" is a unit.
_TO_MESSAGE = (
    f"(?![0-9])(?![.:/,-][0-9])"
    f"{QUOTE}?{CLOSING}?{BLANK}*(?:(?:{MESSAGE_SEPARATOR}{{1,2}}|{ARROW}){BLANK}*)?"
    f"(?:{QUOTE}{BLANK}*)?"
    f"(?:(?://|/\\*|#|--){BLANK}*)?"
    f"(?:(?=[A-Z\u3400-\u9fff]|[a-z]{{1,8}}[\u3400-\u9fff])|(?<![0-9A-Za-z])(?=[a-z]))"
)
_BARE_CODE = f"(?<![{NOT_BEFORE_BARE}])(?P<bare>{BARE}){_TO_MESSAGE}"
# Chinese prose names a code before its label: "POS机显示51应答码", "返回A0应答码"; 39 there is
# the field's number ("银联39应答码对照表", "第39应答码").
NAMING_LABELS = tuple(label for label in CHINESE_LABELS if label.startswith(("应答", "响应")))
_CODE_BEFORE_LABEL = (
    f"(?<![{NOT_BEFORE_BARE}\u7b2c])(?!39)(?P<before_label>[0-9]{ALNUM}|[A-Za-z][0-9])"
    f"(?:{'|'.join(NAMING_LABELS)})"
)
BARE_SHAPE = f"(?:{BARE}){_TO_MESSAGE}"
"""A bare code and what must follow it, without its group."""
# A wallet's code outside its reply fields, as the vendors' tables and SDK comments write
# it: Alipay's sub-code in its own namespace (ACQ.TRADE_NOT_EXIST), which no other system
# spells, also before a sentence's full stop; or a word of capitals before its message
# (USERPAYING 用户支付中), which the reader checks (posrc._find).
SUB_CODE_PREFIX = "ACQ."
WORD_TAILS = {True: "[A-Z0-9_]{3,63}", False: "[A-Z0-9]{8,63}"}
"""What follows a wallet word's first capital, where a scheme or an envelope names a wallet
(``True``) and where none does: there a word of nine or more run together, as WeChat Pay
spells its codes; other systems join their words with "_" (ORDER_NOT_EXIST)."""
_WORD_CODE = {
    named: (
        f"(?<![0-9A-Za-z_.-])(?:(?P<sub_code>{re.escape(SUB_CODE_PREFIX)}[A-Z_]{{2,63}})"
        f"(?![0-9A-Za-z_-])(?!\\.[0-9A-Za-z_])"
        f"|(?P<word>[A-Z]{tail})(?![0-9A-Za-z_.-]){_TO_MESSAGE})"
    )
    for named, tail in WORD_TAILS.items()
}
RUN_TOGETHER = compiled(f"[A-Z]{WORD_TAILS[False]}", re.ASCII)
"""A wallet word that needs no wallet named."""
# A code in brackets after its message; after a word only as a quoted argument, as
# enums write it (OnlineApproved("00")): "Card expired(54)" is no code.
_TRAILING_CODE = (
    f"(?:{_WORD_START}{OPENING}{BLANK}*(?P<trailing>{BARE}){BLANK}*{CLOSING}"
    f"|(?<=[A-Za-z])\\({QUOTE}(?P<argument>{BARE}){QUOTE}\\))"
)


# A code given to a name that says what it means, as code tables in source write it:
# TRN_SYS_ERROR = "96", InsufficientFunds: "51", #define RC_TIMEOUT "68". The pattern
# starts at the quote, which is rare, and the reader checks the name before it
# (NAME_BEFORE). Four digits given a name are another system's code (APPROVED =
# "0000"), never a native one.
NAMED_SHAPE = f"[0-9]{{3}}|[0-9]{ALNUM}|[A-Za-z][0-9]"
"""A code given a name: a bare code's shape but four digits."""
_NAMED_CODE = f"{QUOTE}(?P<named>{NAMED_SHAPE}){QUOTE}(?![0-9A-Za-z])"
NAME_BEFORE = compiled(f"([0-9A-Za-z_]+){BLANK}*(?:[=:]{BLANK}*)?\\Z", re.ASCII)
"""The name that a named code is given, right before its opening quote."""


# A wallet's code in its own reply field, as JSON, key=value or XML writes it:
# "sub_code":"ACQ.SYSTEM_ERROR", err_code=USERPAYING, <err_code><![CDATA[USERPAYING]]>.
WALLET_FIELDS = (
    "err_code",
    "sub_code",
    "error_code",
    "result_code",
    "trade_state",
    "trade_status",
    "order_status",
)
"""Fields whose word-shaped code (``USERPAYING``) is read in the one family that defines it."""
SHARED_WALLET_FIELDS = ("error_code", "result_code", "order_status")
"""Wallet fields that other systems name alike (a trading bot's ``"order_status": "CLOSED"``,
an app's ``"error_code": "INVALID_PARAMETER"``)."""
V3_CODE_FIELD = "code"
"""WeChat Pay v3's field of its word-shaped codes (``{"code":"USERPAYING"}``): a word in it
is read without an envelope where one family defines that word in its own ``code``."""
ENVELOPED_FIELDS = ("code", "return_code", "recall", "retry_flag", "action", "status")
"""Fields that do not name their wallet (``"code":"10003"``): a code in them, as in any
wallet field, is read where the line's envelope (:data:`WALLET_ENVELOPE`) or the caller
names the wallet."""
# Between a field and its value: "field": "value", field=value, <field><![CDATA[value, and
# PHP's dump [field] => value.
_WALLET_VALUE = f"(?:{QUOTE}?\\]?{BLANK}*(?:=>|[:=]){BLANK}*{QUOTE}?|>(?:<!\\[CDATA\\[)?)"


def camel_case(field: str) -> str:
    """A field as the vendors' SDKs name it in their logs (``err_code``: ``errCode``).

    >>> camel_case("err_code"), camel_case("code")
    ('errCode', 'code')
    """
    first, *rest = field.split("_")
    return first + "".join(part.title() for part in rest)


def _wallet_field(names: tuple[str, ...], token: str) -> str:
    spellings = sorted({*names, *map(camel_case, names)})
    return (
        f"(?=[{''.join(sorted({name[0] for name in names}))}])(?<![0-9A-Za-z_])"
        f"(?P<wallet_field>{trie([[re.escape(c) for c in name] for name in spellings])})"
        f"{_WALLET_VALUE}(?P<wallet>{token})(?![0-9A-Za-z_.-])"
    )


_WALLET_FIELD = _wallet_field(WALLET_FIELDS + ENVELOPED_FIELDS, "[0-9A-Za-z][0-9A-Za-z_.-]{0,63}")
# Where no envelope can name a wallet, only a word in a wallet field can be a code.
_WALLET_WORD_FIELD = _wallet_field((*WALLET_FIELDS, V3_CODE_FIELD), "[A-Za-z][0-9A-Za-z_.-]{3,63}")
WALLET_ENVELOPE = compiled(
    "(?P<alipay>alipay_[a-z_]{1,60}_response)"
    f"|(?P<wechatpay>(?<![0-9A-Za-z_])return_?[cC]ode{_WALLET_VALUE}(?:SUCCESS|FAIL)"
    "(?![0-9A-Za-z_]))"
    "|(?P<shouqianba>biz_response"
    f"|(?<![0-9A-Za-z_])result_code{_WALLET_VALUE}[45]00(?![0-9])"
    "(?=[^\n]{0,32}?error_code[^\n]{0,96}?error_message))",
    re.ASCII,
)
"""What names a wallet on a line, in the group named by its scheme: Alipay's
``alipay_trade_pay_response`` node, WeChat Pay v2's ``return_code`` (or an SDK's
``returnCode``) of ``SUCCESS`` or ``FAIL``, 收钱吧's ``biz_response``, or its error reply: a
``result_code`` of ``400`` or ``500`` before an ``error_code`` and an ``error_message``."""
WALLET_ENVELOPE_MARKS = ("_response", "return_code", "returnCode", "error_message")
"""Text that every envelope holds: where neither is near, no envelope is searched for."""


@functools.cache
def candidates(enveloped: bool = True) -> re.Pattern[str]:
    """The one pattern that finds candidate codes, compiled on first use.

    A match's last group names its kind: ``labelled``, ``bracketed``,
    ``native``, ``bare`` (a code before its message), ``trailing`` (a code
    in brackets after its message), ``argument`` (a quoted argument after
    its message), ``named`` (a quoted code after the name it is given),
    ``wallet`` (a wallet's code in its reply field, which is in
    ``wallet_field``), ``word`` (a wallet's word of capitals before its
    message), ``sub_code`` (an Alipay ``ACQ.`` sub-code) or ``before_label``
    (a code that Chinese prose names before its label: ``51应答码``). Without
    ``enveloped``, for text that no envelope or scheme names a wallet in, it
    reads the word-shaped codes of wallet fields only, and words run
    together, and finds the same codes with less work.
    """
    wallet = _WALLET_FIELD if enveloped else _WALLET_WORD_FIELD
    return re.compile(
        f"{MARKED}|{wallet}|{_CODE_BEFORE_LABEL}|{_BARE_CODE}|{_WORD_CODE[enveloped]}"
        f"|{_TRAILING_CODE}|{_NAMED_CODE}",
        re.ASCII,
    )


@functools.cache
def wallet_field() -> re.Pattern[str]:
    """A wallet field and its code alone: a label such as ``result_code`` is read as a
    wallet's field first, so that ``PAY_IN_PROGRESS`` is not cut to a card code ``PAY``."""
    return re.compile(_WALLET_FIELD, re.ASCII)


@functools.cache
def leading() -> re.Pattern[str]:
    """A label, a status word or an opening bracket before the first code."""
    return re.compile(
        f"(?:(?:{LABEL}|{JPOS_FIELD_39}|{BRACKETED_39}){AFTER_LABEL}|{STATUS}{AFTER_STATUS})"
        f"(?:(?P<open>{OPENING}){BLANK}*)?|(?P<bracket>{OPENING}){BLANK}*",
        re.ASCII,
    )


# The shape of each scheme's codes, once upper-cased.
_NATIVE = compiled(r"([A-Z]{2})[-_ ]?([0-9]{4})|([0-9]{4})", re.ASCII)
_TWO = compiled(r"[0-9A-Z]{2}", re.ASCII)
_THREE = compiled(r"[0-9]{3}", re.ASCII)
VENDOR_CODE = compiled(r"[0-9A-Z]{1,6}", re.ASCII)
VENDOR_CODE_SHAPE = "one to six ASCII letters or digits"
_NOT_IN_CODE = compiled(r"[^0-9A-Z_ -]", re.ASCII)

_SHAPES: dict[Scheme, tuple[Callable[[], re.Pattern[str]], str]] = {
    Scheme.POSRC: (_NATIVE, "a posrc code is two letters and four digits, e.g. BL1001"),
    Scheme.CUP: (_TWO, "a UnionPay code has two characters, e.g. 51 or A0"),
    Scheme.ISO8583: (_TWO, "an ISO 8583:1987 code has two characters, e.g. 51"),
    Scheme.ISO8583_1993: (_THREE, "an ISO 8583:1993 action code has three digits, e.g. 116"),
}

# --- Wallet and online-gateway codes (issue 12). ---
# A wallet code is read as spelled: WeChat PAYERROR and 收钱吧 PAY_ERROR differ in outcome,
# and Alipay's sub_codes mix cases (isv.invalid-signature), so nothing is upper-cased or
# stripped. A UnionPay online respCode has the card shape and is read like one.
WALLET_WORD_SHAPE = "[A-Za-z][0-9A-Za-z_.-]{3,63}"
WALLET_WORD = compiled(WALLET_WORD_SHAPE, re.ASCII)
"""A word-shaped wallet code (``USERPAYING``, ``ACQ.TRADE_HAS_SUCCESS``): it may be read
without a scheme where exactly one family defines that exact string."""
_WALLET_CODE = compiled(r"[0-9A-Za-z][0-9A-Za-z_.-]{0,63}", re.ASCII)
_NOT_IN_WALLET_CODE = compiled(r"[^0-9A-Za-z_.-]", re.ASCII)
_SHAPES.update(
    {
        Scheme.WECHATPAY: (
            _WALLET_CODE,
            "a WeChat Pay code is a word such as USERPAYING, or an HTTP status such as 202",
        ),
        Scheme.ALIPAY: (
            _WALLET_CODE,
            "an Alipay code is a gateway code such as 10003, or a word such as ACQ.SYSTEM_ERROR",
        ),
        Scheme.UNIONPAY_ONLINE: (_TWO, "a UnionPay online respCode has two characters, e.g. 03"),
        Scheme.SHOUQIANBA: (
            _WALLET_CODE,
            "a Shouqianba code is a word such as PAY_IN_PROGRESS, or a result code such as 200",
        ),
    }
)


def spelled_exactly(scheme: Scheme | VendorScheme) -> bool:
    """Whether a scheme's codes are read exactly as written, never upper-cased.

    >>> spelled_exactly(Scheme.WECHATPAY), spelled_exactly(Scheme.UNIONPAY_ONLINE)
    (True, False)
    """
    return scheme in WALLET_SCHEMES and scheme is not Scheme.UNIONPAY_ONLINE


# --- End of the wallet codes. ---


def shape(scheme: Scheme | VendorScheme) -> tuple[re.Pattern[str], str]:
    """A scheme's code pattern (for upper-case ASCII), and how to describe it."""
    if isinstance(scheme, VendorScheme):
        return VENDOR_CODE(), f"a {scheme.title} code is {VENDOR_CODE_SHAPE}, e.g. E1"
    pattern, description = _SHAPES[scheme]
    return pattern(), description


_CATEGORY_LIST = ", ".join(sorted(CATEGORY_LETTERS))


def native_parts(token: str, start: int, raw: str | bytes) -> tuple[Category | None, str]:
    """The category and the four digits of a native code as written (``bl-1001``)."""
    code = _ascii_upper(token, start, raw)
    match = _NATIVE().fullmatch(code)
    if match is None:
        raise _shape_error(code, start, raw, Scheme.POSRC)
    letters, digits, bare = match.groups()
    if bare is not None:
        return None, bare
    category = CATEGORY_OF.get(letters)
    if category is None:
        raise ParseError(unknown_category(letters), raw, start, "UNKNOWN_CATEGORY")
    return category, digits


def unknown_category(letters: str) -> str:
    """Why upper-case ``letters`` begin no native code: they name no category."""
    return f"{letters!r} is not a category (one of {_CATEGORY_LIST})"


def read_token(
    token: str, start: int, raw: str | bytes, scheme: Scheme | VendorScheme | None
) -> tuple[Scheme | VendorScheme, str]:
    """The scheme and the code that ``token`` spells; the shape decides without ``scheme``.

    Two letters and four digits, or four digits, are posrc codes; two
    characters are UnionPay codes; three digits are ISO 8583:1993 action
    codes. A wallet code (``scheme=Scheme.WECHATPAY``) keeps its spelling.
    ``start`` and ``raw`` place a ``ParseError``.

    >>> read_token("bl-1001", 0, "", None), read_token("a0", 0, "", Scheme.ISO8583)
    ((<Scheme.POSRC: 'posrc'>, 'BL1001'), (<Scheme.ISO8583: 'iso8583'>, 'A0'))
    """
    code = _ascii_upper(token, start, raw)
    if scheme is None:
        scheme = _scheme_by_shape(code, start, raw)
    elif spelled_exactly(scheme):
        code = token
    if scheme is Scheme.POSRC:
        category, digits = native_parts(code, start, raw)
        return scheme, digits if category is None else category.value + digits
    if shape(scheme)[0].fullmatch(code) is None:
        raise _shape_error(code, start, raw, scheme)
    return scheme, code


def _ascii_upper(token: str, start: int, raw: str | bytes) -> str:
    # ASCII first: 'ß'.upper() is 'SS' and 'ı'.upper() is 'I'.
    if not token.isascii():
        offset = next(i for i, char in enumerate(token) if not char.isascii())
        raise ParseError(
            f"{token[offset]!r} is not an ASCII letter or digit",
            raw,
            start + offset,
            "BAD_CHARACTER",
        )
    return token.upper()


def _scheme_by_shape(code: str, start: int, raw: str | bytes) -> Scheme:
    if _NATIVE().fullmatch(code) or (len(code) > 2 and code[:2].isalpha()):
        return Scheme.POSRC
    if len(code) == 2:
        return Scheme.CUP
    if len(code) == 3 and code.isdigit():
        return Scheme.ISO8583_1993
    bad = _NOT_IN_CODE().search(code)
    if bad is not None:
        raise _bad_character(code, start, raw, bad.start())
    if len(code) == 1:
        hint = f": did you mean '0{code}'?" if code.isdigit() else ""
        raise ParseError(
            f"a lone character is not a code; codes are at least two characters{hint}",
            raw,
            start,
            "BAD_LENGTH",
        )
    raise ParseError(
        "not a code of any known shape: two characters (51, A0), three digits (116) "
        "or two letters and four digits (BL1001)",
        raw,
        start,
        "BAD_LENGTH",
    )


def _shape_error(
    code: str, start: int, raw: str | bytes, scheme: Scheme | VendorScheme
) -> ParseError:
    expected = shape(scheme)[1]
    bad = (_NOT_IN_WALLET_CODE if spelled_exactly(scheme) else _NOT_IN_CODE)().search(code)
    if bad is not None:
        return _bad_character(code, start, raw, bad.start())
    if scheme is Scheme.POSRC and code[:2].isalpha():
        offset = 3 if code[2:3] in ("-", "_", " ") else 2
        for index, char in enumerate(code[offset:], offset):
            if not char.isdigit():
                return _bad_character(code, start, raw, index)
    if len(code) == 1 and code.isdigit() and scheme is not Scheme.POSRC:
        expected += f": did you mean '0{code}'?"
    return ParseError(expected, raw, start, "BAD_LENGTH")


def _bad_character(code: str, start: int, raw: str | bytes, offset: int) -> ParseError:
    return ParseError(
        f"{code[offset]!r} cannot appear in a code", raw, start + offset, "BAD_CHARACTER"
    )
