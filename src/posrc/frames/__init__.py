"""posrc for data work: the code table as rows, and whole columns of raw codes explained.

Opt-in: ``import posrc`` does not import this module, and this module imports
pandas, Polars or pyarrow only when it is handed one of their columns.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from posrc._export import COLUMNS, SCHEMA_VERSION, CodeRow, write_table

__all__ = ["COLUMNS", "SCHEMA_VERSION", "CodeRow", "write_table"]
