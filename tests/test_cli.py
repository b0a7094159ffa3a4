from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from posrc import ReturnCode, Scheme, explain
from posrc import _cli as cli
from posrc._cli import main, render


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


LOG = "RESP=51 余额不足\n2026-11-20 10:31 POS#12 SALE 128.00 RESP=51\n交易失败(A0)\nRC=96\nRC=Q7\n"


def test_scan_summarises_a_log_file(tmp_path: Path) -> None:
    log = tmp_path / "pos.log"
    log.write_text(LOG, encoding="utf-8")
    done = run("scan", str(log))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "5 codes found"
    assert "cup:51" in lines[1]
    assert lines[1].split()[0] == "2"
    assert "not a known code" in done.stdout
    assert "128" not in done.stdout  # the amount is not a code


def test_scan_reads_gbk_and_stdin_as_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "posrc", "scan", "-", "--json"],
        input=LOG.encode("gbk"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["total"] == 5
    assert [(row["code"], row["count"]) for row in data["by_code"]] == [
        ("51", 2),
        ("A0", 1),
        ("96", 1),
    ]
    assert data["by_code"][0]["message"]["zh"] == "资金不足"
    assert data["unknown"] == [{"code": "Q7", "count": 1}]
    assert data["by_outcome"] == {"declined": 2, "error": 1, "unknown": 2}


def test_scan_of_an_empty_file_exits_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    done = run("scan", str(empty))
    assert (done.returncode, done.stdout) == (0, "0 codes found\n")


def test_scan_of_a_missing_file_exits_2_on_one_line(tmp_path: Path) -> None:
    done = run("scan", str(tmp_path / "missing.log"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "cannot read" in done.stderr


PEAK = textwrap.dedent(
    """
    import resource, subprocess, sys
    subprocess.run([sys.executable, "-m", "posrc", "scan", sys.argv[1]],
                   stdout=subprocess.DEVNULL, check=True)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    """
)


def peak_kib(path: Path) -> int:
    """Peak resident memory of one ``posrc scan`` run, in KiB."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_scan_memory_stays_flat_on_a_50_mb_log(tmp_path: Path) -> None:
    line = "2026-11-20 10:31:02 POS#12 SALE 128.00 RESP=51 交易失败(A0) RC=96\n"
    small, big = tmp_path / "small.log", tmp_path / "big.log"
    small.write_text(line * 10, encoding="utf-8")
    with big.open("w", encoding="utf-8") as out:
        block = line * 10_000
        while out.tell() < 50 << 20:
            out.write(block)
    growth = peak_kib(big) - peak_kib(small)
    print(f"peak memory growth for 50 MB: {growth} KiB")
    assert growth < 32 << 10  # far below the 50 MB read: the log is streamed


def test_scan_in_process_with_a_scheme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "iso.log"
    log.write_bytes("F39=05\nRC=51\n".encode("gbk"))
    assert main(["scan", str(log), "--scheme", "iso8583", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(row["scheme"], row["code"]) for row in data["by_code"]] == [
        ("iso8583", "05"),
        ("iso8583", "51"),
    ]
    assert data["by_code"][0]["message"]["en"] == "Do not honour"


def test_scan_in_process_text_and_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "pos.log"
    log.write_text(LOG, encoding="utf-8")
    assert main(["scan", str(log)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "5 codes found"
    assert "by outcome: declined 2, unknown 2, error 1" in out
    assert main(["scan", str(tmp_path / "absent.log")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    result = explain("51")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\033[" in render(result, "en", Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in render(result, "en", Terminal())
    monkeypatch.delenv("NO_COLOR")
    assert "\033[" not in render(result, "en", io.StringIO())


def test_usage_error_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["51", "--scheme", "visa"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.startswith("posrc: error: argument --scheme")


def test_scan_reads_stdin_and_shows_progress_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    class Stdin:
        buffer = io.BytesIO(("RC=51 余额不足\n" * 40).encode("utf-8"))

    progress = Terminal()
    monkeypatch.setattr(sys, "stdin", Stdin())
    monkeypatch.setattr(sys, "stderr", progress)
    monkeypatch.setattr(cli, "_CHUNK", 64)
    monkeypatch.setattr(cli, "_PROGRESS_FROM", 256)
    assert main(["scan"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "40 codes found"
    assert "MB read" in progress.getvalue()
    assert progress.getvalue().endswith("\n")


def test_scan_with_only_unknown_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "odd.log"
    log.write_text("RC=Q7\nRC=Q7\n", encoding="utf-8")
    assert main(["scan", str(log)]) == 0
    out = capsys.readouterr().out
    assert "by category" not in out
    assert "by outcome: unknown 2" in out


def test_scan_of_an_empty_file_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    assert main(["scan", str(empty)]) == 0
    assert capsys.readouterr().out == "0 codes found\n"


def test_unknown_code_in_a_subprocess_exits_1_and_prints_json() -> None:
    done = run("explain", "ZZ9999", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert (data["known"], data["outcome"], data["retry"]) == (False, "unknown", "after-query")
    assert done.stderr == ""
