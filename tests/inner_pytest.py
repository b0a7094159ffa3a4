"""Options for a pytest run inside a test (``pytester``), shared by the test-kit tests."""

from __future__ import annotations

# The outer run's doctests import the plugin first, so the inner run cannot
# rewrite its asserts; that warning, and only that one, is expected.
INNER_OPTIONS = (
    "-p",
    "no:cacheprovider",
    "--strict-markers",
    "-W",
    "error",
    "-W",
    "ignore::pytest.PytestAssertRewriteWarning",
)
