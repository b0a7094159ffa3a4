"""The code finder's data: every registered code, as the page's script reads it.

``docs/conf.py`` writes it into the built site as ``_static/posrc-codes.js``
each time the docs are built, so the finder always says what the registry
says and needs no network when it is used. ``docs/_static/finder.js`` reads
it; ``tests/test_docs.py`` checks it against the registry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from posrc import Actor, Advice, ReturnCode, Scheme, explain

FILENAME = "posrc-codes.js"
GLOBAL = "POSRC_CODES"
"""The name the script gives the data on ``window``."""


class _Named(Protocol):
    """A vocabulary member: a value for programs and a display name for people."""

    @property
    def value(self) -> str: ...

    def label(self, lang: str = "zh") -> str: ...


def _both(text: Callable[[str], str]) -> dict[str, str]:
    return {"zh": text("zh"), "en": text("en")}


def _named(member: _Named) -> dict[str, str]:
    return {"value": member.value, "zh": member.label("zh"), "en": member.label("en")}


def _first_cashier_step(advice: Advice) -> dict[str, str]:
    steps = advice.for_actor(Actor.CASHIER)
    return _both(steps[0].text) if steps else {"zh": "", "en": ""}


def code_page(rc: ReturnCode) -> str:
    """Where the code's row is, relative to the site's root.

    >>> from posrc import lookup
    >>> code_page(lookup("51")), code_page(lookup("BL1001"))
    ('codes/cup.html#51', 'codes/posrc.html#BL1001')
    """
    return f"codes/{rc.scheme.value}.html#{rc.code}"


def record(rc: ReturnCode) -> dict[str, Any]:
    """What the finder shows for one code."""
    return {
        "scheme": _named(Scheme(rc.scheme.value)),  # the default registry's are all built in
        "code": rc.code,
        "native": rc.canonical.code,
        "url": code_page(rc),
        "meaning": _both(rc.message),
        "outcome": _named(rc.outcome),
        "retry": _named(rc.retry),
        "terminal_action": _named(rc.terminal_action),
        "cashier": _first_cashier_step(rc.advice),
    }


def keys(rc: ReturnCode) -> tuple[str, ...]:
    """What a person may type for ``rc``, once the script has folded case and width.

    A native code is also found by its number, as ``posrc.lookup`` reads it;
    the script upper-cases what is typed, so a key is upper case too, even for
    a wallet code written in lower case (``isp.unknow-error``):

    >>> from posrc import lookup
    >>> keys(lookup("BL1001")), keys(lookup("A0"))
    (('BL1001', '1001'), ('A0',))
    >>> keys(lookup("isp.unknow-error", scheme="alipay"))
    ('ISP.UNKNOW-ERROR',)
    """
    return (rc.code, rc.code[2:]) if rc.is_native else (rc.code.upper(),)


def data() -> dict[str, Any]:
    """The whole data set: the codes, an index from typed key to codes, and the unknown case."""
    codes = list(ReturnCode)
    index: dict[str, list[int]] = {}
    for position, rc in enumerate(codes):
        for key in keys(rc):
            index.setdefault(key, []).append(position)
    unknown = explain("")
    return {
        "codes": [record(rc) for rc in codes],
        "index": index,
        "unknown": {
            "meaning": _both(unknown.message),
            "outcome": _named(unknown.outcome),
            "retry": _named(unknown.retry),
            "terminal_action": _named(unknown.terminal_action),
            "cashier": _first_cashier_step(unknown.advice),
        },
    }


def script() -> str:
    """The data as a script that sets ``window.POSRC_CODES``; it works from ``file://`` too."""
    # ASCII only: the file reads the same whatever charset a server announces for it.
    text = json.dumps(data(), ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return f"window.{GLOBAL} = {text};\n"


def write(static_dir: Path) -> Path:
    """Write the data script into a built site's ``_static`` folder."""
    static_dir.mkdir(parents=True, exist_ok=True)
    path = static_dir / FILENAME
    path.write_text(script(), encoding="utf-8")
    return path
