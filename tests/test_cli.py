"""The ``posrc`` command, run as people run it: the installed command in a child process.

Each behaviour has one test through the installed command. The in-process
tests below them reach the branches a child process hides from coverage.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posrc import (
    Actor,
    Outcome,
    Registry,
    Retry,
    ReturnCode,
    TerminalAction,
    VendorScheme,
    explain,
)
from posrc import _cli_scan as cli_scan
from posrc._cli import _VALUE_OPTIONS, arranged, main, render  # pyright: ignore[reportPrivateUsage]
from posrc._cli_output import size
from posrc._summary import Tally

# The console script that installing posrc puts beside the interpreter.
POSRC = Path(sys.executable).with_name("posrc")
LOG = "RESP=51 余额不足\n2026-11-20 10:31 POS#12 SALE 128.00 RESP=51\n交易失败(A0)\nRC=96\nRC=Q7\n"
# What may not reach a terminal raw: an escape sequence, a C1 control (CSI) and a bidi override.
HOSTILE = "\x1b]0;owned\x07\x9b2J\u202e"
RAW_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[str]:
    assert POSRC.exists(), f"the posrc command is not installed beside {sys.executable}"
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [str(POSRC), *args],
        capture_output=True,
        input=data,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8"),
        done.stderr.decode("utf-8", "backslashreplace"),
    )


def block(output: str, index: int) -> str:
    """One language's block of ``posrc CODE``: 0 for Chinese, 1 for English."""
    return output.split("\n\n")[index]


# --- explain -------------------------------------------------------------------------------


def test_the_command_explains_a_code_in_both_languages() -> None:
    done = run("NW1005")
    assert done.returncode == 0, done.stderr
    assert "网络连接失败" in block(done.stdout, 0)
    assert "Network connection failed" in block(done.stdout, 1)
    assert "\033[" not in done.stdout


def test_the_chinese_block_is_all_chinese() -> None:
    rc = ReturnCode.INSUFFICIENT_BALANCE
    chinese = block(run("BL1001").stdout, 0)
    assert f"结果: {rc.outcome.label('zh')}" in chinese
    assert f"重试: {rc.retry.label('zh')}" in chinese
    assert f"终端操作: {rc.terminal_action.label('zh')}" in chinese
    assert f"（{Actor.CASHIER.label('zh')}）" in chinese
    english_words = re.findall(r"[A-Za-z]{2,}", chinese.partition("\n")[2])
    assert english_words == [], chinese


def test_the_english_block_uses_english_names() -> None:
    english = block(run("96").stdout, 1)
    assert f"Outcome: {Outcome.UNKNOWN.label('en')}" in english
    assert f"Retry: {Retry.AFTER_QUERY.label('en')}" in english
    assert f"Terminal: {TerminalAction.QUERY_RESULT.label('en')}" in english
    assert "(integrator) " in english


@pytest.mark.parametrize(
    "argv",
    [
        ("51", "--json"),
        ("--json", "51"),
        ("explain", "--json", "51"),
        ("--json", "explain", "51"),
        ("--scheme", "cup", "--json", "51"),
    ],
    ids=" ".join,
)
def test_options_work_before_and_after_the_code(argv: tuple[str, ...]) -> None:
    done = run(*argv)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["scheme"], data["code"], data["outcome"], data["retry"]) == (
        "cup",
        "51",
        "declined",
        "after-fix",
    )


def test_options_before_a_command_reach_it() -> None:
    done = run("--json", "--outcome", "pick-up", "list", "--scheme", "cup")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows
    assert {(row["scheme"], row["outcome"]) for row in rows} == {("cup", "pick-up")}


def test_the_command_says_what_it_read_the_input_as() -> None:
    typed_as_number = run("1001")
    assert "读作: BL1001（posrc）" in block(typed_as_number.stdout, 0)
    assert "Read as: the posrc code BL1001" in block(typed_as_number.stdout, 1)
    labelled = run("RESP=a0", "--lang", "en")
    assert "Read as: the UnionPay code A0" in labelled.stdout
    assert "Read as" not in run("BL1001", "--lang", "en").stdout


def test_the_issue_s_wallet_commands() -> None:
    done = run("explain", "USERPAYING", "--scheme", "wechatpay", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["scheme"], data["code"], data["outcome"], data["retry"]) == (
        "wechatpay",
        "USERPAYING",
        "unknown",
        "after-query",
    )
    assert data["terminal_action"] == TerminalAction.WAIT_FOR_PAYER.value
    listed = json.loads(run("list", "--scheme", "alipay", "--json").stdout)
    registered = [rc for rc in Registry.default() if rc.scheme.value == "alipay"]
    assert [row["code"] for row in listed] == [rc.code for rc in registered]


def test_api_and_field_pick_a_wallet_reading_as_explain_does() -> None:
    # The options mirror explain(api=, field=): SYSTEMERROR on reverse means "reverse again".
    for options, kwargs in (
        (["--api", "reverse"], {"api": "reverse"}),
        (["--field", "trade_state"], {"field": "trade_state"}),
        (
            ["--api", "orderquery", "--field", "trade_state"],
            {"api": "orderquery", "field": "trade_state"},
        ),
    ):
        code = "SYSTEMERROR" if "api" in kwargs and "field" not in kwargs else "SUCCESS"
        done = run(code, "--scheme", "wechatpay", *options, "--json")
        assert done.returncode == 0, done.stderr
        expected = explain(code, scheme="wechatpay", **kwargs)
        data = json.loads(done.stdout)
        assert (data["outcome"], data["retry"]) == (expected.outcome.value, expected.retry.value)
        assert [step["en"] for step in data["advice"]] == [
            step.text("en") for step in expected.advice.steps
        ]
    reverse = json.loads(
        run("SYSTEMERROR", "--scheme", "wechatpay", "--api", "reverse", "--json").stdout
    )
    default = json.loads(run("SYSTEMERROR", "--scheme", "wechatpay", "--json").stdout)
    assert reverse["advice"] != default["advice"]
    assert any("call the reverse API again" in step["en"] for step in reverse["advice"])


def test_a_field_without_a_reading_explains_the_code_as_unknown() -> None:
    done = run("SYSTEMERROR", "--scheme", "wechatpay", "--field", "trade_state", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["known"] is False
    assert "no WeChat Pay (微信支付) reading for the field 'trade_state'" in data["warnings"][0]


def test_an_api_the_scheme_lacks_is_a_usage_error() -> None:
    done = run("SYSTEMERROR", "--scheme", "wechatpay", "--api", "bogus")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "posrc: error: WeChat Pay (微信支付) has no API 'bogus'; its APIs: 'micropay', "
        "'orderquery', 'reverse', 'v3.codepay', 'v3.query', 'v3.reverse' (see posrc --help)\n"
    )


def test_an_api_the_scheme_lacks_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["51", "--api", "reverse"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("posrc: error: UnionPay (Q/CUP 006.6-2015) has no API")


def test_the_api_and_field_options_are_explained_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["explain", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--api API the wallet API that answered, e.g. reverse 接口" in text
    assert "--field FIELD the reply field that held the code, e.g. trade_state 应答字段" in text


def test_a_wallet_code_in_another_case_names_its_spelling() -> None:
    done = run("userpaying", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["warnings"][0].startswith(
        "wallet codes keep their spelling: did you mean 'USERPAYING' (WeChat Pay)?"
    )
    assert data["warnings_zh"][0].startswith(
        "无法读取应答码：钱包代码须按原样拼写（区分大小写），是否应为 USERPAYING（微信支付）？"
    )


def test_an_unknown_code_exits_1_and_prints_json() -> None:
    done = run("explain", "ZZ9999", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert (data["known"], data["outcome"], data["retry"]) == (False, "unknown", "after-query")
    assert done.stderr == ""


def test_a_usage_error_exits_2_on_one_line() -> None:
    done = run("51", "--scheme", "visa")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("posrc: error: argument --scheme")


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("posrc ")
    help_text = run("--help").stdout
    assert "examples:" in help_text
    assert "posrc 51" in help_text


@pytest.mark.parametrize("command", ["explain", "list", "scan"])
def test_the_help_of_a_command_describes_each_option(command: str) -> None:
    help_text = run(command, "--help").stdout
    options = help_text[help_text.index("options:") :]
    # argparse writes an option, then its description on the same line or the next ones.
    entries = re.split(r"^ {2}(?=-)", options, flags=re.MULTILINE)[1:]
    assert entries
    for entry in entries:
        name, _, rest = entry.partition(" ")
        described = re.sub(r"^\{[^}]*\}", "", rest.strip()).strip()
        assert len(described.split()) >= 2, f"{command} {name} has no description"


def test_a_pipe_closed_early_is_not_an_error() -> None:
    listing = subprocess.Popen(
        [str(POSRC), "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert listing.stdout is not None
    listing.stdout.readline()
    listing.stdout.close()
    _, err = listing.communicate()
    assert listing.returncode == 0
    assert b"Traceback" not in err


def test_hostile_input_never_reaches_the_terminal_raw() -> None:
    typed = f"51{HOSTILE}"
    for argv in (("explain", typed), ("explain", typed, "--json"), ("51", typed)):
        done = run(*argv)
        assert not RAW_CONTROLS.search(done.stdout + done.stderr), argv
    data = json.loads(run("explain", typed, "--json").stdout)
    assert data["input"] == typed  # escaped on the way out, the same text once decoded


# --- scan ----------------------------------------------------------------------------------


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


def test_scan_counts_in_words(tmp_path: Path) -> None:
    one, empty = tmp_path / "one.log", tmp_path / "empty.log"
    one.write_text("RC=51\n", encoding="utf-8")
    empty.write_bytes(b"")
    assert run("scan", str(one)).stdout.splitlines()[0] == "1 code found"
    assert run("scan", str(empty)).stdout == "0 codes found\n"
    both = run("scan", str(one), str(empty)).stdout.splitlines()
    assert both[:3] == [
        f"{one}: 1 code found",
        f"{empty}: 0 codes found",
        "1 code found in 2 files",
    ]


def test_scan_reports_every_readable_file_and_names_each_unreadable_one(tmp_path: Path) -> None:
    good, other = tmp_path / "good.log", tmp_path / "other.log"
    good.write_text(LOG, encoding="utf-8")
    other.write_text("RC=A0\n", encoding="utf-8")
    missing, folder = tmp_path / "missing.log", tmp_path / "logs"
    folder.mkdir()
    done = run("scan", str(good), str(missing), str(other), str(folder))
    assert done.returncode == 2
    assert done.stdout.splitlines()[:3] == [
        f"{good}: 5 codes found",
        f"{other}: 1 code found",
        "6 codes found in 2 files",
    ]
    assert "by outcome: declined 2, unknown 2, error 2" in done.stdout
    errors = done.stderr.splitlines()
    assert errors == [
        f"posrc: error: cannot read {missing}: No such file or directory",
        f"posrc: error: cannot read {folder}: Is a directory",
    ]


def test_scan_reads_gbk_from_stdin_as_json() -> None:
    done = run("scan", "-", "--json", stdin=LOG.encode("gbk"))
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
    assert data["files"] == [{"name": "-", "error": None, "total": 5, "undecodable": 0}]


# The keys of `scan --json` as first published: later versions may add keys, never drop one.
SCAN_JSON_KEYS = {"total", "by_code", "unknown", "by_category", "by_outcome"}
SCAN_JSON_CODE_KEYS = {
    "scheme", "code", "count", "category", "outcome", "retry", "message", "advice"
}  # fmt: skip


def test_scan_json_keeps_every_published_key(tmp_path: Path) -> None:
    log = tmp_path / "pos.log"
    log.write_text(LOG, encoding="utf-8")
    done = run("scan", "--json", str(log), str(tmp_path / "missing.log"))
    assert done.returncode == 2
    data: dict[str, Any] = json.loads(done.stdout)
    assert set(data) >= SCAN_JSON_KEYS
    assert all(set(row) >= SCAN_JSON_CODE_KEYS for row in data["by_code"])
    assert all(set(row) >= {"code", "count"} for row in data["unknown"])
    assert all(set(row["message"]) == set(row["advice"]) == {"zh", "en"} for row in data["by_code"])
    assert data["undecodable"] == 0
    assert data["files"] == [
        {"name": str(log), "error": None, "total": 5, "undecodable": 0},
        {
            "name": str(tmp_path / "missing.log"),
            "error": "No such file or directory",
            "total": None,
            "undecodable": None,
        },
    ]


def test_scan_never_prints_a_hostile_file_name_raw(tmp_path: Path) -> None:
    hostile = tmp_path / f"pos{HOSTILE}.log"
    hostile.write_text("RC=51\n", encoding="utf-8")
    missing = tmp_path / f"gone{HOSTILE}.log"
    for argv in (("scan", str(hostile), str(missing)), ("scan", "--json", str(hostile))):
        done = run(*argv)
        assert not RAW_CONTROLS.search(done.stdout + done.stderr), argv
        assert "\\u001b]0;owned\\u0007\\u009b2J\\u202e" in done.stdout + done.stderr
    data = json.loads(run("scan", "--json", str(hostile)).stdout)
    assert data["files"][0]["name"] == str(hostile)


def test_scan_of_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/pos\xff.log"
    Path(os.fsdecode(name)).write_text("RC=51\n", encoding="utf-8")
    done = run("scan", os.fsdecode(name))
    assert done.returncode == 0, done.stderr
    done = run("scan", os.fsdecode(name), "--json")
    assert json.loads(done.stdout)["files"][0]["name"].endswith("pos\udcff.log")


def _interruptible() -> None:
    # A job started in the background of a shell without job control (as CI
    # starts it) inherits SIGINT ignored; a cashier's terminal delivers Ctrl-C.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_on_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "live.log"
    os.mkfifo(fifo)
    scan = subprocess.Popen(
        [str(POSRC), "scan", str(fifo)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    try:
        # Opening a FIFO waits for its reader: once open, posrc is reading the log.
        with fifo.open("w") as writer:
            writer.write("RC=51\n")
            writer.flush()
            scan.send_signal(signal.SIGINT)
            out, err = scan.communicate(timeout=60)
    finally:
        scan.kill()
        scan.communicate()
    assert scan.returncode == 130
    assert (out, err) == ("", "posrc: interrupted\n")


def test_a_live_log_is_read_as_soon_as_it_holds_data() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as stream:
        read = cli_scan._live_read(stream)  # pyright: ignore[reportPrivateUsage]
        assert read is not None
        line = threading.Timer(0.3, os.write, (write_end, b"RC=51\n"))  # the log is quiet
        line.start()
        assert read(1 << 20) == b"RC=51\n"
        line.join()
        os.close(write_end)
        assert read(1 << 20) == b""


def test_a_regular_file_is_read_through_its_buffer(tmp_path: Path) -> None:
    log = tmp_path / "pos.log"
    log.write_bytes(b"RC=51\n")
    with log.open("rb") as stream:
        assert cli_scan._live_read(stream) is None  # pyright: ignore[reportPrivateUsage]


def test_scan_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    line = "2026-11-20 10:31:02 POS#12 SALE 128.00 terminal 12345678 batch 000123 trace 4567\n"
    big = tmp_path / "big.log"
    with big.open("w", encoding="utf-8") as log:
        log.write("RC=51\n")
        log.write(line * ((cli_scan._PROGRESS_FROM + (1 << 20)) // len(line)))  # pyright: ignore[reportPrivateUsage]
    master, terminal = pty.openpty()
    scan = subprocess.Popen(
        [str(POSRC), "scan", str(big)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            piece = os.read(master, 1 << 16)
        except OSError:  # EIO: the child has closed the terminal
            break
        if not piece:
            break
        shown += piece
    os.close(master)
    out, _ = scan.communicate(timeout=60)
    assert scan.returncode == 0
    assert out.decode("utf-8").startswith("1 code found\n")
    progress = shown.decode("utf-8")
    total = size(big.stat().st_size)
    assert re.search(rf"posrc: {re.escape(str(big))} \d+% \([0-9.]+ MB of {total}, ", progress)
    assert re.search(rf"100% \({total} of {total}, [0-9.]+ [KMG]?B/s\)", progress)
    assert progress.endswith("\n")


PEAK = textwrap.dedent(
    """
    import resource, subprocess, sys
    subprocess.run(
        [sys.argv[1], "scan", "--jobs", "1", sys.argv[2]], stdout=subprocess.DEVNULL, check=True
    )
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    """
)


def peak_kib(path: Path) -> int:
    """Peak resident memory of one ``posrc scan`` run, in KiB."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(POSRC), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_scan_memory_stays_flat_from_2_to_8_mb(tmp_path: Path) -> None:
    quiet = "2026-11-20 10:31:02 POS#12 SALE 128.00 approved terminal 12345678\n" * 49
    block = quiet + "2026-11-20 10:31:03 POS#12 SALE 128.00 RESP=51 交易失败(A0) RC=96\n"
    peaks: list[int] = []
    for megabytes in (2, 8):
        log = tmp_path / f"{megabytes}.log"
        with log.open("w", encoding="utf-8") as out:
            while out.tell() < megabytes << 20:
                out.write(block * 100)
        peaks.append(peak_kib(log))
    growth = peaks[1] - peaks[0]
    print(f"peak memory growth from 2 MB to 8 MB: {growth} KiB")
    assert growth < 3 << 10  # well below the 6 MB more read: the log is streamed


# --- in process, for what a child process hides from coverage ---------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    result = explain("51")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\033[" in render(result, "en", Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in render(result, "en", Terminal())
    monkeypatch.delenv("NO_COLOR")
    assert "\033[" not in render(result, "en", io.StringIO())


def test_a_vendor_scheme_is_named_by_its_title() -> None:
    lakala = VendorScheme("lakala", "Lakala")
    row = {"scheme": lakala, "code": "E1", "canonical": "BL1001", "zh": "余额不足", "en": "Low"}
    registry = Registry.default().extend([row])
    assert render(registry.explain("e1", scheme=lakala), "zh").startswith(
        "[Lakala] E1\n  读作: E1（Lakala）"
    )


def test_bytes_input_is_rendered_as_typed() -> None:
    assert "Read as" not in render(explain(b"51"), "en")


def test_input_that_is_no_code_is_shown_as_typed() -> None:
    assert render(explain("!!"), "en").startswith("[?] '!!'\n  Meaning: ")


def test_a_usage_error_names_what_was_typed_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["51", f"x{HOSTILE}"])
    assert caught.value.code == 2
    assert capsys.readouterr().err == (
        "posrc: error: unrecognized arguments: x\\u001b]0;owned\\u0007\\u009b2J\\u202e "
        "(see posrc --help)\n"
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["51"], ["explain", "51"]),
        (["--lang", "en", "--json", "05"], ["explain", "--lang", "en", "--json", "05"]),
        (["--scheme=cup", "51"], ["explain", "--scheme=cup", "51"]),
        (["scan", "-"], ["scan", "-"]),
        (["--json", "scan", "-"], ["scan", "--json", "-"]),
        (["--", "list"], ["explain", "--", "list"]),
        ([], []),
        (["--help"], ["--help"]),
        (["--json", "--version"], ["--json", "--version"]),
        (["--json"], ["explain", "--json"]),
        (["--lang"], ["explain", "--lang"]),
    ],
)
def test_the_command_is_moved_first(argv: list[str], expected: list[str]) -> None:
    assert arranged(argv) == expected


def test_every_option_that_takes_a_value_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    valued: set[str] = set()
    for command in ("explain", "list", "scan"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        valued |= set(re.findall(r"(--[a-z-]+) [{A-Z]", capsys.readouterr().out))
    assert valued == _VALUE_OPTIONS


def test_scan_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    iso, odd = tmp_path / "iso.log", tmp_path / "odd.log"
    iso.write_bytes("F39=05\nRC=51\n".encode("gbk"))
    odd.write_text("RC=Q7\nRC=Q7\n", encoding="utf-8")
    assert main(["scan", str(iso), "--scheme", "iso8583", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(row["scheme"], row["code"]) for row in data["by_code"]] == [
        ("iso8583", "05"),
        ("iso8583", "51"),
    ]
    assert data["by_code"][0]["message"]["en"] == "Do not honour"
    assert main(["scan", str(odd), str(tmp_path / "absent.log")]) == 2
    captured = capsys.readouterr()
    assert "by category" not in captured.out
    assert "by outcome: unknown 2" in captured.out
    assert "cannot read" in captured.err
    assert main(["scan", str(tmp_path / "absent.log")]) == 2
    assert capsys.readouterr().out == ""
    (tmp_path / "empty.log").write_bytes(b"")
    assert main(["scan", str(tmp_path / "empty.log")]) == 0
    assert capsys.readouterr().out == "0 codes found\n"


class Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_progress_for_a_stream_of_unknown_size(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", Stdin(("RC=51 余额不足\n" * 40).encode("utf-8")))
    monkeypatch.setattr(sys, "stderr", progress := Terminal())
    monkeypatch.setattr(cli_scan, "PIECE", 64)
    monkeypatch.setattr(cli_scan, "_PROGRESS_FROM", 256)
    assert main(["scan"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "40 codes found"
    shown = progress.getvalue()
    assert re.search(r"\rposrc: standard input \d+ B read \([0-9.]+ [KMG]?B/s\)\033\[K", shown)
    assert "%" not in shown
    assert shown.endswith("\n")


def test_progress_of_a_file_ends_its_line_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "pos.log"
    log.write_text("RC=51\n" * 100, encoding="utf-8")
    pieces = cli_scan._pieces  # pyright: ignore[reportPrivateUsage]

    def interrupt_on_the_third_piece(*args: Any) -> Iterator[bytes]:
        for seen, piece in enumerate(pieces(*args), 1):
            if seen == 3:
                raise KeyboardInterrupt
            yield piece

    monkeypatch.setattr(sys, "stderr", progress := Terminal())
    monkeypatch.setattr(cli_scan, "PIECE", 64)
    monkeypatch.setattr(cli_scan, "_PROGRESS_FROM", 128)
    monkeypatch.setattr(cli_scan, "_pieces", interrupt_on_the_third_piece)
    assert main(["scan", str(log)]) == 130
    shown = progress.getvalue()
    assert re.search(rf"{re.escape(str(log))} \d+% \(", shown)
    assert "100%" not in shown
    assert shown.endswith("\033[K\nposrc: interrupted\n")
    assert capsys.readouterr().out == ""


def test_warnings_speak_both_languages_and_the_command_s_options() -> None:
    done = run("05")
    chinese, english = done.stdout.split("\n\n", 1)
    assert "若主机使用 ISO 8583，请用 --scheme iso8583" in chinese
    assert "for an ISO host, use --scheme iso8583" in english
    assert "scheme='iso8583'" not in done.stdout
    data = json.loads(run("05", "--json").stdout)
    assert data["warnings"][0].endswith("use --scheme iso8583")
    assert data["warnings_zh"][0].endswith("请用 --scheme iso8583")


def test_scan_with_jobs_prints_what_one_job_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    big, small = tmp_path / "big.log", tmp_path / "small.log"
    lines = [
        "RC=51 余额不足\n".encode(),
        "应答码：05\n".encode("gbk"),
        b"RC=96 \xff\n",
        b"\xe5\x8f\x82RC=Q7\r",
        "交易失败(A0)\n".encode(),
    ]
    big.write_bytes(b"".join(lines[i * 7 % 5] for i in range(3000)) + b"x" * 5000 + b"RC=12")
    small.write_bytes(codecs.BOM_UTF16_LE + "RC=51\n".encode("utf-16-le"))
    files = [str(big), str(small), str(tmp_path / "missing.log"), str(big)]
    monkeypatch.setattr(cli_scan, "_SPLIT_FROM", 4096)
    monkeypatch.setattr(cli_scan, "_PARALLEL_FROM", 0)
    parts = cli_scan._parts(str(big), 4)  # pyright: ignore[reportPrivateUsage]
    assert len(parts) == 4
    # What the workers run, here where coverage sees it: the parts add up to the whole.
    tallies = [cli_scan._tally_in_worker(part, None) for part in parts]  # pyright: ignore[reportPrivateUsage]
    merged = Tally()
    for tally in tallies:
        assert isinstance(tally, Tally)
        merged += tally
    whole = cli_scan._tally(cli_scan._Part(str(big), 0, None), None)  # pyright: ignore[reportPrivateUsage]
    assert merged.summary() == whole.summary()
    missing = cli_scan._Part(str(tmp_path / "missing.log"), 0, None)  # pyright: ignore[reportPrivateUsage]
    assert isinstance(cli_scan._tally_in_worker(missing, None), OSError)  # pyright: ignore[reportPrivateUsage]
    wide, one_line = tmp_path / "wide.log", tmp_path / "one-line.log"
    wide.write_bytes(codecs.BOM_UTF16_LE + "RC=51\n".encode("utf-16-le") * 2000)
    one_line.write_bytes(b"x" * 20_000 + b" RC=51")
    assert len(cli_scan._parts(str(wide), 4)) == 1  # pyright: ignore[reportPrivateUsage]
    assert len(cli_scan._parts(str(one_line), 4)) == 1  # pyright: ignore[reportPrivateUsage]
    for as_json in ([], ["--json"]):
        outputs: list[tuple[str, str]] = []
        for jobs in ("1", "2", "3"):
            assert main(["scan", *files, "--jobs", jobs, *as_json]) == 2
            captured = capsys.readouterr()
            outputs.append((captured.out, captured.err))
        assert outputs[0] == outputs[1] == outputs[2]
        assert ('"undecodable": 1200' if as_json else "1200 lines held bytes") in outputs[0][0]


def test_scan_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    for jobs in ("0", "two", "²"):
        with pytest.raises(SystemExit) as caught:
            main(["scan", "-", "--jobs", jobs])
        assert caught.value.code == 2
        assert "expected a number of processes" in capsys.readouterr().err
