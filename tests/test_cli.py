from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from posrc import ReturnCode, Scheme
from posrc._cli import main


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "posrc", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
        env=env,
    )


def test_explains_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["BL1001"]) == 0
    out = capsys.readouterr().out
    assert "余额不足" in out
    assert "Insufficient balance" in out
    assert "after-fix" in out


def test_explain_subcommand_with_scheme_and_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "05", "--scheme", "iso8583", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Do not honour" in out
    assert "余额" not in out


def test_unknown_code_exits_1_with_advice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ZZ9999"]) == 1
    out = capsys.readouterr().out
    assert "Unknown response code" in out
    assert "query" in out.lower()


def test_default_scheme_warning_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["05", "--lang", "en"]) == 0
    assert "ISO 8583:1987" in capsys.readouterr().out


def test_json_object_has_a_stable_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "a0", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(data) == [
        "advice", "canonical", "cardholder_message", "category", "code", "display", "input",
        "known", "message", "notes", "outcome", "retry", "scheme", "source", "terminal_action",
        "warnings",
    ]  # fmt: skip
    assert data["code"] == "A0"
    assert data["canonical"] == ReturnCode.MAC_ERROR.code
    assert data["terminal_action"] == "sign-on"
    assert data["message"]["zh"] == "MAC鉴别失败"
    assert all(set(step) == {"actor", "zh", "en"} for step in data["advice"])


def test_json_for_unknown_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "!!", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["known"] is False
    assert data["outcome"] == "unknown"
    assert data["warnings"]


def test_list_filters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--scheme", "cup", "--outcome", "pick-up", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    expected = [rc.code for rc in ReturnCode if rc.scheme is Scheme.CUP and rc.is_pick_up]
    assert [row["code"] for row in rows] == expected
    assert "04" in expected


def test_usage_error_exits_2_on_one_line() -> None:
    done = run("51", "--scheme", "visa")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_module_entry_point_runs_in_a_subprocess() -> None:
    done = run("NW1005")
    assert done.returncode == 0, done.stderr
    assert "网络连接失败" in done.stdout
    assert "Network connection failed" in done.stdout
    assert "\033[" not in done.stdout


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("posrc ")
    help_text = run("--help").stdout
    assert "examples:" in help_text
    assert "posrc 51" in help_text


def test_pipe_closed_early_is_not_an_error() -> None:
    listing = subprocess.Popen(
        [sys.executable, "-m", "posrc", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    listing.stdout.readline()
    listing.stdout.close()
    _, err = listing.communicate()
    assert listing.returncode == 0
    assert b"Traceback" not in err
