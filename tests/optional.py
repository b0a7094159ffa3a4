"""Optional packages in tests: skipped where absent, but never skipped in CI.

``.ci/run`` installs every optional package the suite uses and runs with
``CI=true``, where a missing one fails the test instead of skipping it.
"""

from __future__ import annotations

import importlib
import os

import pytest


def require(module: str) -> None:
    """Skip the calling test (or module) unless ``module`` can be imported; fail in CI."""
    if os.environ.get("CI"):
        importlib.import_module(module)
    else:
        pytest.importorskip(module)
