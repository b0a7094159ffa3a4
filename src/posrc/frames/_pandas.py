"""Explaining a pandas Series: factorise, explain the distinct values, take back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeGuard

import numpy as np
import pandas as pd

from posrc import Registry
from posrc.frames._answers import (
    Answers,
    answers,
    is_scheme_name,
    not_a_column,
    not_a_scheme,
)


def explain_series(
    codes: object, schemes: object, registry: Registry, columns: Sequence[str]
) -> pd.DataFrame:
    """One row per element of ``codes``, a Series, with its index."""
    if not _is_series(codes):
        raise not_a_column(codes)
    raw_codes, raw_values = _factorize(codes)
    if _is_series(schemes):
        if len(schemes) != len(codes):
            raise ValueError(f"the scheme column has {len(schemes)} rows, the codes {len(codes)}")
        scheme_codes, scheme_values = _factorize(schemes)
        width = len(scheme_values) + 1  # the last slot is "no scheme named"
        pairs = raw_codes * width + np.where(scheme_codes < 0, width - 1, scheme_codes)
        pairs[raw_codes < 0] = -1  # a null code is a null row, whatever its scheme
        key_codes, distinct = pd.factorize(pairs)
        scheme_of = [*scheme_values, None]
        keys = [
            (None, None) if pair < 0 else (raw_values[pair // width], scheme_of[pair % width])
            for pair in distinct.tolist()
        ]
    elif is_scheme_name(schemes):
        key_codes, keys = raw_codes, [(value, schemes) for value in raw_values]
    else:
        raise not_a_scheme(schemes, "pandas Series")
    data = {answer.name: _column(answer, key_codes) for answer in answers(keys, registry, columns)}
    frame: pd.DataFrame = pd.DataFrame(data, index=codes.index, copy=False)
    return frame


def _is_series(column: object) -> TypeGuard[pd.Series[Any]]:
    return isinstance(column, pd.Series)


def _factorize(column: pd.Series[Any]) -> tuple[np.ndarray[Any, np.dtype[np.int64]], list[object]]:
    """Each element's number (-1 for null) and the distinct values."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        # Already numbered: the categories are the distinct values.
        codes = column.cat.codes.to_numpy().astype(np.int64)
        return codes, column.cat.categories.tolist()
    codes, uniques = pd.factorize(column)
    return codes.astype(np.int64, copy=False), uniques.tolist()


def _column(answer: Answers, key_codes: np.ndarray[Any, np.dtype[np.int64]]) -> Any:
    # A table of one entry per key, plus one for "no key" at -1, taken by each
    # row's key: numpy's take, with no pass to validate what is valid already.
    if answer.vocabulary is None:
        values = np.array([*(bool(value) for value in answer.values), False])
        mask = np.array([*(value is None for value in answer.values), True])
        return pd.arrays.BooleanArray(values.take(key_codes), mask.take(key_codes))
    dtype = pd.CategoricalDtype(list(answer.vocabulary))
    width = (
        np.int8
        if len(answer.vocabulary) < 127
        else np.int16
        if len(answer.vocabulary) < 32767
        else np.int32
    )
    positions = np.array([*(-1 if p is None else p for p in answer.positions()), -1], dtype=width)
    return pd.Categorical.from_codes(positions.take(key_codes), dtype=dtype, validate=False)
