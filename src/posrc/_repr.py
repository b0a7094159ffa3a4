"""One ``__repr__`` for posrc's attrs classes, in attrs' own format.

attrs would write and compile a ``__repr__`` for every class while posrc is
imported; sharing this one keeps ``import posrc`` cheaper. A class takes it by
inheriting :class:`FieldRepr` and passing ``repr=False`` to attrs.
"""

from __future__ import annotations

from typing import Any

import attrs


class FieldRepr:
    """``Name(field=value, ...)`` over the attrs fields, as attrs writes it.

    >>> @attrs.frozen(repr=False)
    ... class Pair(FieldRepr):
    ...     left: int
    ...     _right: str = attrs.field(alias="right")
    >>> Pair(1, right="b")
    Pair(left=1, _right='b')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls: Any = type(self)
        fields = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in attrs.fields(cls)
            if field.repr
        )
        return f"{cls.__qualname__}({fields})"
