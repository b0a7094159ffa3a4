from __future__ import annotations

import pytest

import posrc.testing
from tests.inner_pytest import INNER_OPTIONS

pytest_plugins = ["pytester"]


HEADER = """
import pytest
import posrc
import posrc.testing
"""


def _run(pytester: pytest.Pytester, body: str, *args: str) -> pytest.RunResult:
    # The root conftest loads the plugin before any test module uses the marker.
    pytester.makeconftest('pytest_plugins = ["posrc.testing.pytest_plugin"]')
    pytester.path.joinpath("test_kit.py").write_text(HEADER + body, encoding="utf-8")
    return pytester.runpytest(*INNER_OPTIONS, *args)


def test_posrc_code_runs_once_per_code_with_readable_ids(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
@pytest.mark.posrc_codes(scheme="cup", outcome="pick-up")
def test_card_is_kept(posrc_code):
    assert posrc_code.is_pick_up
""",
        "-v",
    )
    expected = posrc.testing.codes(scheme="cup", outcome="pick-up")
    result.assert_outcomes(passed=len(expected))
    result.stdout.fnmatch_lines(["*test_card_is_kept?cup-04? PASSED*", "*[[]cup-43] PASSED*"])


def test_without_the_marker_every_code_is_used(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
def test_any(posrc_code):
    assert posrc_code in posrc.ReturnCode
""",
    )
    result.assert_outcomes(passed=len(posrc.ReturnCode))


def test_the_marker_takes_a_named_set(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
@pytest.mark.posrc_codes(posrc.testing.sign_on_codes(), scheme="cup")
def test_sign_on(posrc_code):
    assert posrc_code.terminal_action.value == "sign-on"
""",
        "--collect-only",
        "-q",
    )
    result.stdout.fnmatch_lines(
        [f"*test_sign_on[[]cup-{code}]" for code in ("77", "99", "A0", "A7")]
    )
    assert "posrc-" not in result.stdout.str()


def test_a_class_marker_applies_to_its_tests(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
@pytest.mark.posrc_codes(outcome="unknown", scheme="cup")
class TestTimeouts:
    def test_unknown(self, posrc_code):
        assert posrc_code.is_unknown

    def test_no_retry(self, posrc_code):
        assert posrc_code.retry.value == "after-query"
""",
    )
    result.assert_outcomes(passed=2 * len(posrc.testing.unknown_outcome_codes(scheme="cup")))


def test_a_failing_handler_fails_on_the_right_codes(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
@pytest.mark.posrc_codes(scheme="cup", outcome=["approved", "declined"])
def test_buggy(posrc_code):
    assert posrc_code.code != "51"
""",
    )
    selected = posrc.testing.codes(scheme="cup", outcome=["approved", "declined"])
    result.assert_outcomes(passed=len(selected) - 1, failed=1)
    result.stdout.fnmatch_lines(["FAILED test_kit.py::test_buggy[[]cup-51]*"])


def test_posrc_registry_is_the_default_registry(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
def test_registry(posrc_registry):
    assert len(posrc_registry) == len(posrc.ReturnCode)
    assert posrc_registry.get("51", scheme="cup") is posrc.lookup("51")
    assert isinstance(posrc_registry, posrc.testing.Registry)
""",
    )
    result.assert_outcomes(passed=1)


def test_a_fixture_may_build_on_posrc_code(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
@pytest.fixture
def field39(posrc_code):
    return posrc.testing.render(posrc_code, "bare")

@pytest.mark.posrc_codes(scheme="cup", terminal_action="sign-on")
def test_field39(field39):
    assert posrc.lookup(field39).terminal_action.value == "sign-on"
""",
    )
    result.assert_outcomes(passed=len(posrc.testing.sign_on_codes(scheme="cup")))


def test_the_marker_is_registered_for_strict_markers(pytester: pytest.Pytester) -> None:
    result = _run(pytester, "", "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.posrc_codes(codes=None, **filters):*"])


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ('posrc_codes(scheme="visa")', "*unknown scheme 'visa'*"),
        ('posrc_codes(["51"])', "*takes ReturnCode objects, not str*"),
        ("posrc_codes((), ())", "*takes at most one collection of codes*"),
    ],
)
def test_bad_marker_arguments_are_reported(
    pytester: pytest.Pytester, marker: str, message: str
) -> None:
    result = _run(
        pytester,
        f"""
@pytest.mark.{marker}
def test_x(posrc_code):
    pass
""",
    )
    assert result.ret != pytest.ExitCode.OK
    assert message.strip("*") in result.stdout.str() + result.stderr.str()


def test_without_the_plugin_nothing_is_provided(pytester: pytest.Pytester) -> None:
    pytester.path.joinpath("test_plain.py").write_text("def test_x(posrc_code): pass\n")
    result = pytester.runpytest(*INNER_OPTIONS)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'posrc_code' not found*"])


@pytest.mark.parametrize(
    ("marker", "spelled"),
    [
        (
            'posrc_codes(scheme="cup", outcome="approved", terminal_action="sign-on")',
            "@pytest.mark.posrc_codes(scheme='cup', outcome='approved', terminal_action='sign-on')",
        ),
        ("posrc_codes(())", "@pytest.mark.posrc_codes(<codes>)"),
        (
            'posrc_codes(posrc.testing.sign_on_codes(), outcome="approved")',
            "@pytest.mark.posrc_codes(<codes>, outcome='approved')",
        ),
    ],
    ids=["filters", "an empty collection", "a collection and filters"],
)
def test_a_marker_that_selects_no_codes_fails_and_says_why(
    pytester: pytest.Pytester, marker: str, spelled: str
) -> None:
    result = _run(
        pytester,
        f"""
@pytest.mark.{marker}
def test_safety(posrc_code):
    pass

def test_other():
    pass
""",
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at setup of test_safety[[]no-codes]*",
            f"{spelled} selects no codes, so test_safety would check nothing: widen the filters*",
        ]
    )


def test_the_plugin_loads_with_the_p_option(pytester: pytest.Pytester) -> None:
    pytester.path.joinpath("test_kit.py").write_text(
        HEADER
        + """
@pytest.mark.posrc_codes(scheme="cup", outcome="pick-up")
def test_card_is_kept(posrc_code):
    assert posrc_code.is_pick_up
""",
        encoding="utf-8",
    )
    result = pytester.runpytest(*INNER_OPTIONS, "-p", "posrc.testing.pytest_plugin")
    result.assert_outcomes(passed=len(posrc.testing.retain_card_codes(scheme="cup")))


def test_a_test_modules_own_pytest_plugins_comes_too_late_for_strict_markers(
    pytester: pytest.Pytester,
) -> None:
    # Why the plugin's docs say to enable it in the root conftest.py or with -p.
    pytester.path.joinpath("test_kit.py").write_text(
        HEADER
        + """
pytest_plugins = ["posrc.testing.pytest_plugin"]

@pytest.mark.posrc_codes(scheme="cup")
def test_x(posrc_code):
    pass
""",
        encoding="utf-8",
    )
    # In a fresh process: in this one, the outer run has imported the plugin already.
    result = pytester.runpytest_subprocess(*INNER_OPTIONS)
    assert result.ret != pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*'posrc_codes' not found in `markers` configuration option*"])
