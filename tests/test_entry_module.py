"""``python -m posrc`` runs the command line, and data guards refuse inconsistent records."""

from __future__ import annotations

import runpy

import pytest

from posrc import Outcome, Retry, ReturnCode
from posrc._data.cup import _cup  # pyright: ignore[reportPrivateUsage]


def test_python_m_posrc_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["posrc", "explain", "51", "--lang", "en"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("posrc", run_name="__main__")
    assert caught.value.code == 0
    assert "Insufficient funds" in capsys.readouterr().out


def test_a_cup_record_cannot_cross_its_canonical_outcome() -> None:
    with pytest.raises(ValueError, match="CUP ZZ: outcome approved is not INSUFFICIENT_BALANCE's"):
        _cup("ZZ", Outcome.APPROVED, Retry.NOT_NEEDED, ("甲", "a"), ReturnCode.INSUFFICIENT_BALANCE)
