"""posrc opens no file or socket and starts no process once loaded, even to build a registry.

An audit hook cannot be removed, so the check runs in a child interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    import posrc

    ROWS = [
        {"scheme": "lakala", "code": "E1", "canonical": "BL1001", "zh": "余额不足", "en": "Low"},
        {"scheme": "posrc", "code": "RK9001", "canonical": "RK2011", "zh": "黑名单", "en": "Bad"},
    ]

    def build():
        return posrc.Registry.default().extend(ROWS)

    calls = [
        lambda: posrc.lookup("BL1001"),
        lambda: posrc.lookup(" ｂｌ-1001 "),
        lambda: posrc.lookup(b"51"),
        lambda: posrc.lookup("116"),
        lambda: posrc.lookup("51", scheme="iso8583"),
        lambda: posrc.explain("ZZ9999"),
        lambda: posrc.explain("05"),
        lambda: posrc.explain(b"\\xb4\\xed"),
        lambda: posrc.parse("nw-1005"),
        lambda: list(posrc.ReturnCode),
        lambda: posrc.find_codes("交易失败 应答码：51 余额不足 金额128.00\\nRESP=A0"),
        lambda: posrc.find_codes("RC=05 拒绝".encode("gbk"), scheme="iso8583"),
        lambda: posrc.summarize("RESP=51\\nRC=96"),
        lambda: build().find_codes("RESP=E1 T7", scheme="lakala"),
        lambda: build().explain("E1", scheme="lakala"),
        lambda: build().lookup("RK9001"),
    ]
    for call in calls:  # warm-up: imports and codec loading are load time
        call()

    FORBIDDEN = ("open", "socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
                 "os.fork", "shutil.", "os.remove", "os.rename", "urllib.")
    seen = []

    def hook(event, args):
        if event.startswith(FORBIDDEN):
            seen.append(event)

    sys.addaudithook(hook)
    for call in calls:
        call()
    print(sorted(set(seen)))
    """
)


def test_entry_points_do_no_io() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_the_hook_would_see_io() -> None:
    # Proves the check above can fail: the same hook catches a plain open().
    probe = CHILD.replace(
        "print(sorted(set(seen)))", "open(sys.executable, 'rb').close()\nprint(sorted(set(seen)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "open" in done.stdout


FIRST_CALL = textwrap.dedent(
    """
    import importlib.util, os, sys, sysconfig
    import posrc
    # attrs loads with posrc's modules, on the first use of a name (typing-extensions
    # is only read by type checkers).
    dependencies = tuple(
        os.path.dirname(importlib.util.find_spec(name).origin) + os.sep
        for name in ("attr", "attrs")
    )

    opened, other = [], []

    def hook(event, args):
        if event == "open":
            opened.append(str(args[0]))
        elif event.startswith(("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn")):
            other.append(event)

    sys.addaudithook(hook)
    posrc.lookup("应答码：51")
    posrc.explain(b"\\xb4\\xed")
    posrc.find_codes("RC=51 余额不足")
    package = os.path.dirname(posrc.__file__)
    stdlib = sysconfig.get_paths()["stdlib"]
    outside = [
        path for path in opened
        if not (
            path.startswith((package, stdlib, *dependencies)) and path.endswith((".py", ".pyc"))
        )
        and not os.path.isdir(path)
    ]
    print(len(opened) > 0, outside, other)
    """
)


def test_the_first_call_only_loads_modules() -> None:
    # The promise, as the docs page on input states it: the first use loads
    # posrc's own modules and tables, its dependencies and the codecs it needs
    # as any import does, and reads nothing else.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True [] []", done.stdout
