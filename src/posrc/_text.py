"""Bilingual text and the rule for choosing a language."""

from __future__ import annotations

from typing import Literal

import attrs

Language = Literal["zh", "en"]


def resolve_language(lang: str) -> Language:
    """Map a language tag to ``"zh"`` or ``"en"``.

    Any Chinese tag (``"zh"``, ``"zh-CN"``, ``"zh_TW"``) gives Chinese; every
    other tag falls back to English, the library's second language.

    >>> resolve_language("zh-CN"), resolve_language("fr")
    ('zh', 'en')
    """
    if not isinstance(lang, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"lang must be a str such as 'zh' or 'en', not {type(lang).__name__}")
    return "zh" if lang[:2].lower() == "zh" else "en"


@attrs.frozen
class Text:
    """One short text in Chinese and English.

    >>> Text("余额不足", "Insufficient balance").get("en")
    'Insufficient balance'
    """

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        """The text in ``lang`` (see :func:`resolve_language`)."""
        return self.zh if resolve_language(lang) == "zh" else self.en
