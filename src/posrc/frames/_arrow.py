"""Explaining a pyarrow Array: dictionary-encode, explain the dictionary, take back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeGuard, cast

import pyarrow as pa
import pyarrow.compute as pc

from posrc import Registry
from posrc.frames._answers import (
    Answers,
    answers,
    is_scheme_name,
    not_a_column,
    not_a_scheme,
)

if TYPE_CHECKING:
    from typing import TypeAlias

    ArrowColumn: TypeAlias = pa.Array[Any] | pa.ChunkedArray[Any]


def explain_arrow(
    codes: object, schemes: object, registry: Registry, columns: Sequence[str]
) -> pa.Table:
    """One row per element of ``codes``, an Array or ChunkedArray."""
    if not _is_arrow(codes):
        raise not_a_column(codes)
    raw_indices, raw_values = _encoded(codes)
    if _is_arrow(schemes):
        if len(schemes) != len(codes):
            raise ValueError(f"the scheme column has {len(schemes)} rows, the codes {len(codes)}")
        # A null scheme is a value of its own here: "decide by shape".
        scheme_indices, scheme_values = _encoded(schemes, null_encoding="encode")
        width = len(scheme_values)
        pairs: pa.ChunkedArray[Any] = pc.add(  # null where the code is null: a null row
            pc.multiply(raw_indices.cast(pa.int64()), pa.scalar(width, pa.int64())),
            scheme_indices.cast(pa.int64()),
        )
        key_indices, distinct = _encoded(pairs)
        keys = [(raw_values[pair // width], scheme_values[pair % width]) for pair in distinct]
    elif is_scheme_name(schemes):
        key_indices, keys = raw_indices, [(value, schemes) for value in raw_values]
    else:
        raise not_a_scheme(schemes, "pyarrow Array")
    found = answers(keys, registry, columns)
    return pa.table({answer.name: pc.take(_column(answer), key_indices) for answer in found})


def _is_arrow(column: object) -> TypeGuard[ArrowColumn]:
    return isinstance(column, (pa.Array, pa.ChunkedArray))


def _encoded(
    column: ArrowColumn, null_encoding: Literal["mask", "encode"] = "mask"
) -> tuple[pa.ChunkedArray[Any], list[Any]]:
    """Each element's index into the distinct values, and those values.

    A null element has a null index, unless ``null_encoding`` is ``"encode"``.
    """
    chunked: pa.ChunkedArray[Any] = (
        column if isinstance(column, pa.ChunkedArray) else pa.chunked_array([column])
    )
    if not pa.types.is_dictionary(chunked.type):
        chunked = chunked.dictionary_encode(null_encoding)
    chunks = [
        cast("pa.DictionaryArray[Any, Any]", chunk) for chunk in chunked.unify_dictionaries().chunks
    ]
    indices = pa.chunked_array([chunk.indices.cast(pa.int32()) for chunk in chunks], pa.int32())
    return indices, chunks[0].dictionary.to_pylist() if chunks else []


def _column(answer: Answers) -> pa.Array[Any]:
    if answer.vocabulary is None:
        return pa.array(answer.values, pa.bool_())
    indices = pa.array(answer.positions(), pa.int32())
    dictionary = pa.array(answer.vocabulary, pa.string())
    # The stubs leave the dictionary's type open.
    encoded = pa.DictionaryArray.from_arrays(indices, dictionary)  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    return cast("pa.Array[Any]", encoded)
