"""The module-level entry points, over the default registry."""

from __future__ import annotations

from collections.abc import Iterable

from posrc._enums import Scheme
from posrc._explain import Explanation, read_code
from posrc._model import ReturnCode, VendorScheme
from posrc._plain import plain_native, plain_spelling
from posrc._read import Code
from posrc._registry import Registry
from posrc._scan import CodeMatch, Scan, pieces
from posrc._summary import Countable, Summary, Tally, count
from posrc._table import Spellings, fast_indexes

# The default registry's own indexes of exact spellings, bound once when it is
# first built: a look-up of an exactly spelled code then costs one dictionary
# look-up. Nothing an argument brings is ever stored here.
_unnamed: dict[str, ReturnCode] = {}
_named: Spellings = {}
_explained: dict[str, object] = {}
_registry: Registry | None = None


def lookup(
    raw: str | bytes | bytearray | memoryview,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
    api: str | None = None,
    field: str | None = None,
) -> ReturnCode:
    """The registered code for ``raw``; strict.

    >>> lookup("BL1001") is ReturnCode.INSUFFICIENT_BALANCE
    True
    >>> lookup(" ｂｌ-1001 ").code
    'BL1001'
    >>> lookup("51").scheme, lookup("51", scheme="iso8583").message("en")
    (<Scheme.CUP: 'cup'>, 'Not sufficient funds')
    >>> [lookup(raw).code for raw in ("RC=51", "应答码：51", "Resp Code: 05", "[A0]")]
    ['51', '51', '05', 'A0']
    >>> lookup("1001:余额不足") is lookup("返回码: BL1001") is lookup(b"RESP=1001")
    True
    >>> lookup(bytearray("应答码：51 余额不足".encode("gbk"))).message("en")
    'Insufficient funds'

    Without ``scheme`` the shape of the code decides: two letters and four
    digits, or four digits, are posrc codes; two characters are UnionPay
    codes; three digits are ISO 8583:1993 action codes. What is read and what
    is refused is listed in the documentation's page on input ("Reading raw
    input"); input longer than 256 characters (1024 bytes) is refused before
    it is read.

    Raises ``ParseError`` for malformed, undecodable or ambiguous input,
    ``UnknownCodeError`` for a well-formed code that is not registered, and
    ``TypeError`` for input that is not ``str``, ``bytes``, ``bytearray`` or
    ``memoryview``. This reads the codes posrc ships; for an acquirer's or
    vendor's own codes, extend a registry and use its
    :meth:`~posrc.Registry.lookup`.

    Wallet and online-gateway codes keep their exact spelling. A word-shaped
    one is read without ``scheme`` where exactly one family defines it;
    two-character codes stay card codes unless ``scheme="unionpay-online"``:

    >>> lookup("USERPAYING").scheme, lookup("03").scheme
    (<Scheme.WECHATPAY: 'wechatpay'>, <Scheme.CUP: 'cup'>)
    >>> lookup("03", scheme="unionpay-online").outcome
    <Outcome.UNKNOWN: 'unknown'>
    >>> lookup("SUCCESS")
    Traceback (most recent call last):
    ...
    posrc.exceptions.ParseError: 'SUCCESS' is a code of WeChat Pay (wechatpay) and Shouqianba \
(shouqianba): pass scheme= to say which (at position 0 of 'SUCCESS')

    Where a wallet code's meaning depends on the vendor API or the reply
    field, ``api`` and ``field`` pick the reading (the scheme's API names are
    in the documentation's wallet page). Without them the record is the least
    certain reading, and ``readings`` lists them all:

    >>> lookup("SYSTEMERROR", scheme="wechatpay").follow_up.call
    'query'
    >>> lookup("SYSTEMERROR", scheme="wechatpay", api="reverse").follow_up.call
    'reverse'
    >>> lookup("00", scheme="unionpay-online", field="origRespCode").outcome
    <Outcome.APPROVED: 'approved'>

    An ``api`` that the scheme does not have is a ``ValueError``; a code with
    no reading for that API or field is ``UnknownCodeError``.
    """
    # A str is read as it is, whatever ``encoding`` (a codec for bytes) says: the
    # index answers it. Only an exact str: a subclass may claim to equal a key,
    # and a bytes key would meet str keys (a BytesWarning under python -bb).
    if type(raw) is str and api is None and field is None:
        if scheme is None:
            try:  # a hit costs one subscript; a miss, an exception, before reading
                return _unnamed[raw]
            except KeyError:
                spellings = _unnamed
        # Only these exact types of scheme argument: an object that claims to equal
        # a key must meet the type check in Registry.scheme() first.
        elif type(scheme) is str or type(scheme) is Scheme:
            spellings = _named.get(scheme, _NOTHING)
            found = spellings.get(raw)
            if found is not None:
                return found
        else:
            spellings = _NOTHING
        plain = plain_spelling(raw, spellings)
        if plain is not None:
            return plain[0]
    return _default().lookup(raw, scheme=scheme, encoding=encoding, api=api, field=field)


def explain(
    raw: str | bytes | bytearray | memoryview,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
    api: str | None = None,
    field: str | None = None,
) -> Explanation:
    """Explain ``raw``; never raises for text or bytes-like input.

    >>> result = explain("A0")
    >>> result.message("en"), result.terminal_action.value
    ('MAC verification failed', 'sign-on')
    >>> explain("RC=51 网络连接失败").warnings
    ("the message '网络连接失败' reads as NW1005 (Network connection failed), not as 51 \
(Insufficient funds); the code counts",)

    Input is read as by :func:`lookup`. Unknown, malformed, undecodable or
    ambiguous input gives ``Outcome.UNKNOWN``, ``Retry.AFTER_QUERY`` and
    advice to check the first attempt before anything else; the reason is in
    ``warnings``. A message after the code that reads as another condition
    adds a warning, and the code still counts. ``api`` and ``field`` pick a
    wallet code's reading as for :func:`lookup`; a code with no reading for
    them is explained as unknown.
    """
    if scheme is None and encoding is None and type(raw) is str and api is None and field is None:
        found = _explained.get(raw)
        if isinstance(found, Explanation):
            return found
        return _default().explain(raw)
    return _default().explain(raw, scheme=scheme, encoding=encoding, api=api, field=field)


def find_codes(
    text: str | bytes | bytearray | memoryview,
    *,
    scheme: Scheme | VendorScheme | str | None = None,
    encoding: str | None = None,
) -> list[CodeMatch]:
    """Every code in ``text``, in order; never raises for text or bytes-like input.

    >>> line = "交易失败 应答码：51 余额不足 终端号12345678 金额128.00"
    >>> [(m.raw, m.explanation.message("en")) for m in find_codes(line)]
    [('应答码：51', 'Insufficient funds')]
    >>> [m.raw for m in find_codes("1001:余额不足\\n1005:网络连接失败\\n10:31:02")]
    ['1001', '1005']

    Precision comes first. A code is reported only where the text marks it
    as one:

    * after a label (``RC=51``, ``应答码：51``, ``"respCode":"05"``,
      ``F39=05``, jPOS's ``<field id="39" value="51"/>``; the labels are
      those that :func:`lookup` reads). Under a generic label (``RC``,
      ``respCode``, ``Error Code``), three or four digits with nothing else to
      mark them count only when the message beside them agrees: there they
      are as often another system's (an HTTP status, an aggregator's
      ``respCode=1001``), and :func:`lookup` still reads them. Labels that
      other systems give their own codes (``error code``, ``reason code``,
      ``return code``, 返回码, 错误码, 结果码: LDAP's ``error code 49``,
      Wi-Fi's ``reason code 15``) count only on a line that speaks of a
      payment or agrees with the code, and never beside a message that names
      another condition or says the payment went the other way;
    * in brackets right after a status word (``交易失败(51)``,
      ``Declined [05]``);
    * right before 应答码 or 响应码, as Chinese prose names a code
      (``POS机显示51应答码``), if posrc knows it;
    * as a native code standing as a whole word (``NW1005``, ``bl-1001``),
      if posrc knows it;
    * as a bare code (two characters with a digit, three or four digits)
      followed by a message that matches its meaning (``51 余额不足``,
      ``1001:余额不足``, ``05 Do not honor``), or in brackets after such a
      message (``余额不足(51)``); in source code also as a quoted code after
      a name that matches its meaning (``TRN_TIME_OUT = "98"``,
      ``PartialApproval("10")``), never four digits. A message matches when
      it holds one of the code's phrases, shares its content words with one
      of the code's texts (names read as words, common abbreviations spelled
      out), abbreviates one of its Chinese phrases, or says the same in
      synonyms of payment vocabulary (密码 and PIN, 账号 and 账户);
    * in a wallet's reply field: a word-shaped code in ``err_code``,
      ``sub_code``, ``error_code``, ``result_code``, ``trade_state``,
      ``trade_status`` or ``order_status`` where exactly one family defines
      that exact string and names that field (``"sub_code":"ACQ.SYSTEM_ERROR"``);
      in ``error_code``, ``result_code`` and ``order_status``, which other
      systems name alike, only a word run together (``USERPAYING``) or one
      that its line's message agrees with; and any code of
      a wallet in a field of its own (``code``, ``recall``, ``retry_flag``,
      ``action``, ``status`` too) where the line's envelope names the wallet
      (Alipay's ``alipay_trade_pay_response``, WeChat Pay's ``return_code``
      of ``SUCCESS`` or ``FAIL``, 收钱吧's ``biz_response`` or its error
      reply) or ``scheme`` does.
      The fields are read as JSON, ``key=value``, XML, PHP's
      ``[sub_code] => ...`` and SDK logs (``errCode=SYSTEMERROR``) write
      them. A field of the wallet named never holds a card code, and a
      generic ``code`` with no envelope holds none at all. A ``respCode`` is
      UnionPay online's own on a line with that gateway's fields
      (``merId``, ``txnType``, ``origRespCode``).

    >>> reply = '{"alipay_trade_pay_response":{"code":"10003","msg":"..."}}'
    >>> [(m.raw, m.explanation.scheme.value) for m in find_codes(reply)]
    [('10003', 'alipay')]

    A bare number with no such context is never reported, and neither is a
    number glued to ``. : / - # * _`` or to a digit group: amounts
    (``128.00``), dates, times, terminal and batch numbers (``POS#12``), card
    fragments (``****1234``) and phone numbers. A labelled code of letters
    only is reported only if it is registered (``RESP: OK`` is not a code),
    and an English label, status word or bracket straight after an ASCII
    letter or digit is not seen (``SRC=51``, ``expired(54)``); a Chinese
    label is (``TID1应答码51``). Input is folded as for :func:`lookup`.

    ``scheme`` restricts the scan to one code system and reads every code in
    it. Bytes are decoded as UTF-8, then GB18030, or with ``encoding``; bytes
    that neither reads are decoded as UTF-8 with each bad byte kept apart, so
    the rest is still scanned and spans still index the original bytes. A
    message that contradicts its code is not checked here (``explain`` does).
    """
    return _default().find_codes(text, scheme=scheme, encoding=encoding)


def parse(raw: str | bytes | bytearray | memoryview, *, encoding: str | None = None) -> Code:
    """Read a native code (``BL1001``, ``bl-1001``, ``1001``) without looking it up.

    >>> str(parse("nw-1005"))
    'NW1005'
    >>> parse(" 1001 ")
    Code(category=None, number=1001)
    >>> str(parse("返回码: NW1005 网络连接失败".encode("gbk")))
    'NW1005'

    Labels, brackets, a trailing message and bytes are read as for
    :func:`lookup`. Raises ``ParseError`` for malformed input and
    ``TypeError`` for input that is no text.
    """
    if type(raw) is str:  # read as it is, whatever encoding (a codec for bytes) says
        plain = plain_native(raw)
        if type(plain) is Code:
            return plain
    code = read_code(_default(), raw, Scheme.POSRC, encoding)[1].code
    return Code.of(code)


def summarize(items: str | bytes | bytearray | memoryview | Iterable[Countable]) -> Summary:
    """Count codes by code, category and outcome; see :class:`Summary`.

    ``items`` is either a text to scan, or the codes to count.

    A text (``str`` or bytes-like) is scanned as by :func:`find_codes`, and
    each code found is counted as it is found, so memory stays flat however
    long the text:

    >>> log = "RESP=51 余额不足\\nRESP=51\\nRC=96\\n交易失败(A0)\\nRC=Q7"
    >>> summary = summarize(log)
    >>> summary.total, [(rc.code, n) for rc, n in summary.by_code], summary.unknown
    (5, [('51', 2), ('96', 1), ('A0', 1)], (('Q7', 1),))

    An iterable may mix ``ReturnCode``, ``Explanation`` and ``CodeMatch``
    objects and raw codes, each raw code explained with :func:`explain`.
    So a single code must come in a list: ``summarize("51")`` scans the text
    ``"51"`` and finds no code in it, while ``summarize(["51"])`` counts one.

    >>> summarize(["51", " 51", b"RC=51"]).total, summarize("51").total
    (3, 0)

    Bytes are read as by :func:`find_codes`, line by line; ``undecodable``
    counts the lines that held bytes no codec could read.

    Never raises for text; an item of any other kind is a ``TypeError``.
    """
    registry = _default()
    if not isinstance(items, (str, bytes, bytearray, memoryview)):
        return count(items, registry.explain)
    scan = Scan(registry, None, None)
    tally = Tally()
    for match in scan.matches(pieces(items)):
        tally.add(match, registry.explain)
    tally.undecodable = scan.undecodable
    return tally.summary()


def _default() -> Registry:
    """The default registry; its indexes are bound here once it is built."""
    global _registry, _unnamed, _named, _explained  # bound once, to the default registry's own
    registry = _registry
    if registry is None:
        registry = Registry.default()
        fast = fast_indexes(registry)
        # A thread that finds one index bound and not the next takes the slow path.
        _unnamed, _explained, _named = fast.unnamed, fast.explained, fast.named
        _registry = registry
    return registry


_NOTHING: dict[str, ReturnCode] = {}
