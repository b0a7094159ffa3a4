"""``python -m posrc`` runs the command line."""

from __future__ import annotations

import runpy

import pytest


def test_python_m_posrc_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["posrc", "explain", "51", "--lang", "en"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("posrc", run_name="__main__")
    assert caught.value.code == 0
    assert "Insufficient funds" in capsys.readouterr().out
