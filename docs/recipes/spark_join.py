"""PySpark: posrc's code table as a broadcast dimension table.

Export the table (again after each posrc upgrade) with
``posrc export --format jsonl -o posrc_codes.jsonl``. The same code runs in
local mode and on a cluster, where every executor's Python needs posrc,
pandas and pyarrow; ``PYSPARK_PYTHON`` names that Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import pandas as pd
from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.functions import pandas_udf  # pyright: ignore[reportUnknownVariableType]

from posrc.frames import explain_column

ANSWERS = ["scheme", "code", "outcome", "retry", "terminal_action", "first_step_en"]


def decline_reasons(spark: SparkSession, authorisations: DataFrame, codes_path: str) -> DataFrame:
    """Declines by reason, for authorisations whose scheme and code are clean."""
    codes = spark.read.json(codes_path)
    return (
        authorisations.join(F.broadcast(codes), on=["scheme", "code"])
        .where(F.col("outcome").isin("declined", "pick-up"))
        .groupBy("canonical", "message_en", "retry")
        .agg(F.count("*").alias("payments"))
        .orderBy(F.desc("payments"), "canonical", "message_en")
    )


# pyspark reads these hints when the UDF is made, where pd.Series cannot take [str].
def answers_for(raw: pd.Series) -> pd.DataFrame:  # pyright: ignore[reportMissingTypeArgument]
    """posrc's answers for a batch of raw codes, as plain strings for Arrow."""
    answers = explain_column(raw, columns=ANSWERS)
    plain: pd.DataFrame = pd.DataFrame({name: answers[name].astype("string") for name in ANSWERS})
    return plain


# A pandas UDF. pyspark's type stubs list only the older forms of pandas_udf.
explain_codes: Callable[[str], Column] = cast(Any, pandas_udf)(
    ", ".join(f"{name} string" for name in ANSWERS)
)(answers_for)


def explain_raw_codes(raw_authorisations: DataFrame) -> DataFrame:
    """Raw codes as they were logged (" 51", "RC=51", "应答码：51"): the pandas UDF runs
    over the distinct values only, and the answers are broadcast back onto every row."""
    distinct = raw_authorisations.select("raw_code").where(F.col("raw_code").isNotNull()).distinct()
    answers = distinct.select("raw_code", explain_codes("raw_code").alias("posrc"))
    return raw_authorisations.join(
        F.broadcast(answers.select("raw_code", "posrc.*")), on="raw_code", how="left"
    )
