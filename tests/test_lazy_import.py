"""``import posrc`` loads nothing of posrc's but the package; a public name loads the rest."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import posrc
from posrc import _public


def loaded_after(statement: str) -> list[str]:
    """posrc's modules in ``sys.modules`` after ``statement``, in a fresh interpreter."""
    child = textwrap.dedent(
        f"""
        import json, sys
        {statement}
        print(json.dumps(sorted(m for m in sys.modules if m == "posrc" or m.startswith("posrc."))))
        """
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    names: list[str] = json.loads(done.stdout)
    return names


def test_import_loads_only_the_package() -> None:
    assert loaded_after("import posrc") == ["posrc", "posrc._version"]


def test_a_public_name_loads_the_modules() -> None:
    loaded = loaded_after("from posrc import lookup")
    assert {"posrc._api", "posrc._registry", "posrc._public", "posrc._data"} <= set(loaded)
    assert "posrc._data.cup" not in loaded  # the tables wait for the first call


@pytest.mark.parametrize("name", posrc.__all__)
def test_every_public_name_is_the_defining_modules_own(name: str) -> None:
    expected = posrc.__version__ if name == "__version__" else getattr(_public, name)
    assert getattr(posrc, name) is expected
    assert name in dir(posrc)


def test_the_public_names_are_listed_once() -> None:
    assert sorted(_public.__all__) == sorted(set(posrc.__all__) - {"__version__"})


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'lookp'"):
        posrc.lookp  # type: ignore[attr-defined]  # noqa: B018  # pyright: ignore[reportAttributeAccessIssue]
    with pytest.raises(ImportError):
        exec("from posrc import lookp")
