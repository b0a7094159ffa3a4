"""Opt-in pytest fixtures for posrc.

Enable the plugin where pytest reads it before collecting any test module,
since the ``posrc_codes`` marker must be declared before a module uses it
(with ``--strict-markers``, a test module's own ``pytest_plugins`` comes too
late). Either name it in the root ``conftest.py``, the one beside
``pyproject.toml`` or at the top of your test paths::

    pytest_plugins = ["posrc.testing.pytest_plugin"]

or load it with pytest's ``-p`` option, on the command line or in the
configuration::

    [tool.pytest.ini_options]
    addopts = ["-p", "posrc.testing.pytest_plugin"]

then ask for a fixture:

- ``posrc_code``: the test runs once per code, with readable ids
  (``cup-51``). Choose the codes with the ``posrc_codes`` marker, which
  takes the filters of :func:`posrc.testing.codes` as keywords, or one
  collection of codes (such as a named set) as its argument::

      @pytest.mark.posrc_codes(scheme="cup", outcome="pick-up")
      def test_card_is_kept(posrc_code): ...

      @pytest.mark.posrc_codes(posrc.testing.sign_on_codes())
      def test_sign_on(posrc_code): ...

  Without the marker it runs over every registered code. A marker that
  selects no code at all is an error of the test, not a reason to skip it:
  the test fails at set-up and says so.
- ``posrc_registry``: the registry the codes come from (session-scoped).

The plugin is not loaded automatically, so installing posrc costs other
projects' test runs nothing.

>>> posrc_registry.__name__, posrc_code.__name__
('posrc_registry', 'posrc_code')
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import pytest

from posrc._model import ReturnCode
from posrc._registry import Registry, default_registry
from posrc.testing._catalogue import code_id, codes

MARKER = "posrc_codes"
"""The name of the marker that chooses the codes of ``posrc_code``."""


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker, so that ``--strict-markers`` accepts it."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(codes=None, **filters): run a test that takes posrc_code once per "
        "selected posrc code; filters as for posrc.testing.codes()",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise ``posrc_code`` over the codes the marker selects."""
    if "posrc_code" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker(MARKER)
    selected = _selected(marker) if marker is not None else codes()
    if marker is not None and not selected:
        # An empty parameter set would skip the test, and a safety test that
        # silently checks nothing is worse than none: fail it at set-up instead.
        nothing = _NoCodes(
            f"{_spelled(marker)} selects no codes, so {metafunc.definition.name} would check "
            "nothing: widen the filters or pass codes that match them"
        )
        metafunc.parametrize("posrc_code", [nothing], ids=["no-codes"], indirect=True)
        return
    metafunc.parametrize("posrc_code", selected, ids=code_id, indirect=True)


@attrs.frozen
class _NoCodes:
    """The one parameter of a test whose marker selects no codes."""

    reason: str


@pytest.fixture
def posrc_code(request: pytest.FixtureRequest) -> ReturnCode:
    """One registered code; the test runs once for each selected code."""
    param: ReturnCode | _NoCodes = request.param
    if isinstance(param, _NoCodes):
        pytest.fail(param.reason, pytrace=False)
    return param


@pytest.fixture(scope="session")
def posrc_registry() -> Registry:
    """The registry of every code posrc ships."""
    return default_registry()


def _selected(marker: pytest.Mark) -> tuple[ReturnCode, ...]:
    if len(marker.args) > 1:
        raise pytest.UsageError(f"@pytest.mark.{MARKER} takes at most one collection of codes")
    filtered = codes(**marker.kwargs)
    if not marker.args:
        return filtered
    given: Iterable[object] = marker.args[0]
    chosen: list[ReturnCode] = []
    for rc in given:
        if not isinstance(rc, ReturnCode):
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes ReturnCode objects, not {type(rc).__name__}"
            )
        if rc in filtered:
            chosen.append(rc)
    return tuple(chosen)


def _spelled(marker: pytest.Mark) -> str:
    """The marker as a test module writes it, with any collection of codes elided."""
    arguments = ["<codes>"] if marker.args else []
    arguments += [f"{name}={value!r}" for name, value in marker.kwargs.items()]
    return f"@pytest.mark.{MARKER}({', '.join(arguments)})"
