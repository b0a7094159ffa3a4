"""The PySpark recipe of docs/data.md, run as the docs show it, in local mode.

It needs Java and pyspark; ``.ci/run`` installs pyspark and runs this file in
a step of its own. Two things are set up here rather than in the recipe: the
executors' Python must be this interpreter (``PYSPARK_PYTHON``), or workers
start the system Python, which has no posrc; and pyspark 4 warns with a
FutureWarning that it does not yet fully support pandas 3 each time it checks
the pandas version, which only that warning, on these tests, may do.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posrc._cli import main
from tests.optional import require
from tests.recipes import AUTHORISATIONS, RAW_AUTHORISATIONS, decline_reasons, raw_answers, recipe

require("pyspark")

from pyspark.sql import SparkSession  # noqa: E402

pytestmark = pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparkSession]:
    scratch = tmp_path_factory.mktemp("spark")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        patch.setenv("SPARK_LOCAL_IP", "127.0.0.1")  # loopback only
        session = (
            SparkSession.builder.master("local[2]")
            .appName("posrc recipes")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.local.dir", str(scratch))
            .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
            .getOrCreate()
        )
        try:
            yield session
        finally:
            session.stop()


def test_spark_recipe(spark: SparkSession, tmp_path: Path) -> None:
    spark_join: Any = recipe("spark_join")
    codes = tmp_path / "posrc_codes.jsonl"
    assert main(["export", "--format", "jsonl", "-o", str(codes)]) == 0

    authorisations = spark.createDataFrame(AUTHORISATIONS, "scheme string, code string")
    reasons = spark_join.decline_reasons(spark, authorisations, str(codes)).collect()
    assert [tuple(row) for row in reasons] == decline_reasons()

    raw = spark.createDataFrame(RAW_AUTHORISATIONS, "id int, raw_code string")
    explained = spark_join.explain_raw_codes(raw)
    wanted = ["id", "raw_code", "scheme", "code", "outcome", "retry"]
    rows = explained.select(*wanted).orderBy("id").collect()
    assert [tuple(row) for row in rows] == raw_answers()
    assert set(explained.columns) == {"raw_code", "id", *spark_join.ANSWERS}
