"""Registries: the default one, extended ones, vendor schemes and the rules for added codes."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import posrc
from posrc import (
    Advice,
    Outcome,
    Registry,
    RegistryError,
    Retry,
    ReturnCode,
    Scheme,
    Source,
    Step,
    TerminalAction,
    Text,
    UnknownCodeError,
    VendorScheme,
    explain,
    find_codes,
    lookup,
)

LAKALA = VendorScheme("lakala", "Lakala (拉卡拉)")


def row(**fields: object) -> dict[str, object]:
    """A valid vendor row, with ``fields`` changed."""
    base: dict[str, object] = {
        "scheme": "lakala",
        "code": "E1",
        "canonical": "BL1001",
        "zh": "账户余额不足",
        "en": "Account balance too low",
    }
    base.update(fields)
    return base


LAKALA_E1 = ReturnCode(
    "E1",
    LAKALA,
    ReturnCode.INSUFFICIENT_BALANCE,
    meaning=Text("账户余额不足", "Account balance too low"),
    source=Source("Lakala terminal guide", primary=False),
)


@pytest.fixture(scope="module")
def extended() -> Registry:
    return Registry.default().extend(
        [
            LAKALA_E1,
            row(code="51", canonical="NW1005", zh="通讯中断", en="Link to the host lost"),
            row(code="T7", canonical="TM1806", zh="批次号不符", en="Batch number mismatch"),
            row(scheme="posrc", code="RK9001", canonical="RK2011", zh="商户黑名单", en="Blocked"),
            row(code="R1", canonical="RK9001", zh="风控拦截", en="Stopped by risk control"),
        ]
    )


def test_the_default_registry_is_one_shared_object() -> None:
    assert Registry.default() is Registry.default()
    assert list(Registry.default()) == list(ReturnCode)
    assert Registry.default().vendor_schemes == ()


def test_extend_returns_a_new_registry_and_leaves_the_old_one(extended: Registry) -> None:
    default = Registry.default()
    assert extended is not default
    assert len(extended) == len(default) + 5
    assert all(rc in extended for rc in default)
    assert LAKALA_E1 in extended
    assert LAKALA_E1 not in default
    assert LAKALA_E1 not in ReturnCode
    with pytest.raises(ValueError, match="unknown scheme 'lakala'"):
        lookup("E1", scheme="lakala")
    with pytest.raises(UnknownCodeError):
        default.get("9001", scheme="posrc")


def test_vendor_codes_resolve_by_scheme_object_or_name(extended: Registry) -> None:
    assert extended.lookup("E1", scheme=LAKALA) is LAKALA_E1
    assert extended.lookup(" e1 ", scheme="Lakala") is LAKALA_E1
    assert extended.lookup(b"RC=E1", scheme=VendorScheme("lakala")) is LAKALA_E1
    assert extended.scheme("lakala") is extended.lookup("E1", scheme="lakala").scheme
    assert extended.vendor_schemes == (LAKALA,)
    assert extended.vendor_schemes[0].title == "Lakala (拉卡拉)"


def test_vendor_codes_take_outcome_and_advice_from_their_canonical(extended: Registry) -> None:
    rc = extended.lookup("T7", scheme="lakala")
    native = ReturnCode.SIGN_ON_REQUIRED
    assert rc.canonical is native
    assert (rc.outcome, rc.retry, rc.category) == (native.outcome, native.retry, native.category)
    assert rc.terminal_action is TerminalAction.SIGN_ON
    assert rc.advice is native.advice
    assert rc.message("en") == "Batch number mismatch"
    assert rc.display("zh") == native.display("zh")
    assert rc.scheme == LAKALA
    assert not rc.is_native


def test_a_vendor_code_never_changes_the_built_in_reading(extended: Registry) -> None:
    assert extended.lookup("51") is lookup("51")
    assert extended.lookup("51", scheme="lakala").canonical is ReturnCode.NETWORK_FAILURE
    assert lookup("51").canonical is ReturnCode.INSUFFICIENT_BALANCE


def test_private_native_codes_refine_a_built_in_one(extended: Registry) -> None:
    rc = extended.lookup("RK9001")
    assert rc is extended.lookup("9001") is extended.lookup("rk-9001", scheme=Scheme.POSRC)
    assert rc.is_native
    assert rc.canonical is ReturnCode.SUSPECTED_FRAUD
    assert rc.cardholder_message("en") == ReturnCode.SUSPECTED_FRAUD.cardholder_message("en")
    chained = extended.lookup("R1", scheme="lakala")
    assert chained.canonical is rc
    assert chained.advice is ReturnCode.SUSPECTED_FRAUD.advice
    with pytest.raises(UnknownCodeError, match="9001 is RK9001"):
        extended.lookup("BL9001")


def test_registry_explain_and_find_codes_mirror_the_module_functions(
    extended: Registry,
) -> None:
    for raw in ("51", "A0", "RC=51 网络连接失败", "ZZ9999", "116", b"\xb4\xed"):
        assert extended.explain(raw) == explain(raw)
    text = "2026-11-20 POS#12 RESP=51\n交易失败(A0) 金额128.00"
    assert extended.find_codes(text) == find_codes(text)
    found = extended.explain("应答码：E1", scheme="lakala")
    assert found.return_code is LAKALA_E1
    assert found.scheme == LAKALA
    assert found.warnings == ()


def test_find_codes_reads_vendor_codes_only_when_asked(extended: Registry) -> None:
    log = "POS#12 RESP=E1\nT7 批次号不符\n拉卡拉应答码: R1\n12:31:02 E1 hello"
    found = extended.find_codes(log, scheme="lakala")
    assert [(m.raw, m.return_code) for m in found] == [
        ("RESP=E1", LAKALA_E1),
        ("T7", extended.lookup("T7", scheme="lakala")),
        ("应答码: R1", extended.lookup("R1", scheme="lakala")),
    ]
    # Without the scheme, the labelled ones read as UnionPay codes, which these are not.
    unknown = [(m.raw, m.explanation.scheme, m.return_code) for m in extended.find_codes(log)]
    assert unknown == [("RESP=E1", Scheme.CUP, None), ("应答码: R1", Scheme.CUP, None)]


def test_an_unknown_vendor_code_names_the_vendor(extended: Registry) -> None:
    with pytest.raises(UnknownCodeError, match=r"Q9 is not a known Lakala \(拉卡拉\) code") as e:
        extended.lookup("Q9", scheme="lakala")
    assert (e.value.code, e.value.scheme) == ("Q9", "lakala")
    result = extended.explain("Q9", scheme=LAKALA)
    assert result.outcome is Outcome.UNKNOWN
    assert result.code == "Q9"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("E1234567", "a Lakala \\(拉卡拉\\) code is one to six ASCII letters or digits"),
        ("E.1", "'.' cannot appear in a code"),
        ("Ｅ１ß", "'ß' is not an ASCII letter or digit"),
    ],
)
def test_malformed_vendor_codes_are_parse_errors(
    extended: Registry, raw: str, message: str
) -> None:
    with pytest.raises(posrc.ParseError, match=message):
        extended.lookup(raw, scheme="lakala")


def test_scheme_arguments_are_checked(extended: Registry) -> None:
    with pytest.raises(ValueError, match="no codes of the vendor scheme 'sft'"):
        extended.lookup("E1", scheme=VendorScheme("sft"))
    with pytest.raises(
        ValueError,
        match="'posrc', 'cup', 'iso8583', 'iso8583-1993', 'wechatpay', 'alipay', "
        "'unionpay-online', 'shouqianba', 'lakala'",
    ):
        extended.lookup("E1", scheme="visa")
    with pytest.raises(TypeError, match="not int"):
        extended.lookup("E1", scheme=5)  # type: ignore[arg-type]
    assert extended.scheme(Scheme.CUP) is Scheme.CUP


def test_two_registries_side_by_side_in_threads(extended: Registry) -> None:
    other = Registry.default().extend(
        [row(scheme="sft", code="E1", canonical="NW1005", zh="网络异常", en="Network error")]
    )
    jobs = [(registry, raw) for registry in (extended, other) for raw in ("E1", "51")] * 300

    def resolve(job: tuple[Registry, str]) -> ReturnCode:
        registry, raw = job
        if raw == "51":
            return registry.lookup(raw)
        return registry.lookup(raw, scheme=registry.vendor_schemes[0])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(resolve, jobs))
    assert results == [resolve(job) for job in jobs]
    assert {rc.canonical.code for rc in results} == {"BL1001", "NW1005"}
    assert other.lookup("E1", scheme="sft").canonical is ReturnCode.NETWORK_FAILURE
    assert extended.lookup("E1", scheme="lakala").canonical is ReturnCode.INSUFFICIENT_BALANCE
    with pytest.raises(ValueError, match="unknown scheme"):
        other.lookup("E1", scheme="lakala")


def test_an_extended_registry_extends_again(extended: Registry) -> None:
    again = extended.extend([row(code="E2", canonical="RK9001", zh="拦截", en="Held")])
    assert again.lookup("E2", scheme="lakala").canonical is extended.lookup("RK9001")
    assert again.lookup("E1", scheme="lakala") is LAKALA_E1
    with pytest.raises(RegistryError, match="lakala:E1 is taken"):
        extended.extend([row(zh="再来", en="Again")])
    with pytest.raises(RegistryError, match=r"posrc:CD9001 is taken: .*RK9001"):
        extended.extend([row(scheme="posrc", code="CD9001", canonical="CD1003")])


def test_rows_accept_members_objects_and_empty_optional_cells() -> None:
    registry = Registry.default().extend(
        [
            row(
                scheme=LAKALA,
                code="e1",
                canonical=ReturnCode.INSUFFICIENT_BALANCE,
                outcome=Outcome.DECLINED,
                retry="after_fix",
                terminal_action="",
                display_zh="余额不足",
                display_en="Low balance",
                cardholder_zh="请换卡",
                cardholder_en="Please use another card",
                category="BALANCE",
                name="LAKALA_LOW_BALANCE",
                notes=None,
                source=Source("Lakala guide", "§3"),
            ),
            row(code="E2", source="Lakala guide", notes="seen on A8 terminals"),
        ]
    )
    rc = registry.lookup("E1", scheme="lakala")
    assert rc.code == "E1"
    assert rc.display("en") == "Low balance"
    assert rc.cardholder_message("zh") == "请换卡"
    assert rc.name == "LAKALA_LOW_BALANCE"
    assert repr(rc) == "<ReturnCode lakala:E1 LAKALA_LOW_BALANCE>"
    assert str(rc.source) == "Lakala guide §3"
    second = registry.lookup("E2", scheme="lakala")
    assert second.source == Source("Lakala guide")
    assert second.notes == "seen on A8 terminals"


def test_vendor_scheme_titles_must_agree() -> None:
    named = Registry.default().extend([row(), row(scheme=LAKALA, code="E2")])
    assert named.vendor_schemes[0].title == LAKALA.title  # the bare name means the same scheme
    with pytest.raises(RegistryError, match="already titled 'Lakala") as caught:
        Registry.default().extend([row(scheme=LAKALA), row(scheme=VendorScheme("lakala", "L"))])
    assert (caught.value.row, caught.value.field) == (1, "scheme")
    with pytest.raises(RegistryError, match="already titled 'Lakala"):
        named.extend([attrs.evolve(LAKALA_E1, code="E3", scheme=VendorScheme("lakala"))])


@pytest.mark.parametrize(
    ("rows", "index", "field", "message"),
    [
        ([row(), row()], 1, "code", "duplicate code lakala:E1, as in records\\[0\\]"),
        ([row(scheme="posrc", code="XY9001")], 0, "code", "unknown category 'XY'"),
        ([row(category="shiny")], 0, "category", "unknown category 'shiny'"),
        ([row(category="NW")], 0, "category", "NW is not the category of .* BL1001"),
        ([row(en="")], 0, "en", "missing: every code needs its Chinese and English text"),
        ([{k: v for k, v in row().items() if k != "zh"}], 0, "zh", "missing"),
        ([row(canonical="RK2001", outcome="approved")], 0, "outcome", "pick-up code .* approved"),
        ([row(outcome="error")], 0, "outcome", "error crosses the outcome of BL1001"),
        ([row(canonical="RK2001", retry="later")], 0, "retry", "does not fit outcome pick-up"),
        ([row(canonical="OK0000", retry="never")], 0, "retry", "allowed: not-needed"),
        ([row(canonical="OK0001", retry="never")], 0, "retry", "does not fit"),
        ([row(canonical="BK1006", retry="later")], 0, "retry", "allowed: after-query"),
        (
            [row(canonical="RK2001", terminal_action="none")],
            0,
            "terminal_action",
            "retain-card",
        ),
        ([row(terminal_action="dance")], 0, "terminal_action", "unknown terminal action"),
        ([row(retry=3)], 0, "retry", "retry must be a Retry or a str, not int"),
        ([row(retry=Outcome.ERROR)], 0, "retry", "not Outcome"),
        ([row(code="ß1")], 0, "code", "'ß1' is not ASCII"),
        ([row(canonical="ß1001")], 0, "canonical", "not ASCII"),
        (
            [row(canonical="RK2004", cardholder_zh="被窃卡", cardholder_en="Reported stolen")],
            0,
            "cardholder_zh",
            "names the reason",
        ),
        (
            [row(canonical="RK2001", cardholder_zh="请换卡", cardholder_en="Reported stolen")],
            0,
            "cardholder_en",
            "'Reported stolen' names the reason",
        ),
        (
            [row(canonical="RK2011", cardholder_zh="风控", cardholder_en="Suspected fraud")],
            0,
            "cardholder_en",
            "names the reason",
        ),
        ([row(canonical="BL1234")], 0, "canonical", "'BL1234' is not a posrc code"),
        ([row(canonical="51")], 0, "canonical", "'51' is not a posrc code"),
        ([row(canonical=lookup("51"))], 0, "canonical", "not a native code of this registry"),
        ([row(canonical=1001)], 0, "canonical", "not int"),
        ([row(scheme="cup", code="Z9")], 0, "scheme", "codes cannot be added to cup"),
        ([row(scheme="Visa!")], 0, "scheme", "'visa!' cannot name a vendor scheme"),
        ([row(scheme=3)], 0, "scheme", "not int"),
        ([row(scheme="posrc", code="BL1999")], 0, "code", "private range 9000-9999"),
        ([row(scheme="posrc", code="BL90")], 0, "code", "two letters and four digits"),
        ([row(scheme="posrc", code="NW9001")], 0, "canonical", "NW9001 is in category NW"),
        (
            [row(scheme="posrc", code="BL9001"), row(scheme="posrc", code="BL9001", zh="又")],
            1,
            "code",
            "duplicate code posrc:BL9001",
        ),
        (
            [row(scheme="posrc", code="BL9001"), row(scheme="posrc", code="CD9001")],
            1,
            "canonical",
            "CD9001 is in category CD",
        ),
        (
            [
                row(scheme="posrc", code="BL9001"),
                row(scheme="posrc", code="CD9001", canonical="CD1003"),
            ],
            1,
            "code",
            "CD9001 reuses the number of records\\[0\\]",
        ),
        ([row(code="TOOLONG")], 0, "code", "one to six ASCII letters or digits"),
        ([row(code="E 1")], 0, "code", "not a vendor code"),
        ([row(code=51)], 0, "code", "expected text, not int"),
        ([row(zh="  ")], 0, "zh", "blank"),
        ([row(display_zh="余额不足")], 0, "display_en", "both languages"),
        ([row(cardholder_en="Sorry")], 0, "cardholder_zh", "both languages"),
        ([row(canonicla="BL1001")], 0, "canonicla", "unknown field"),
    ],
)
def test_bad_rows_name_the_row_and_the_field(
    rows: list[Mapping[str, object]], index: int, field: str, message: str
) -> None:
    with pytest.raises(RegistryError, match=message) as caught:
        Registry.default().extend(rows)
    assert (caught.value.row, caught.value.field) == (index, field)
    assert str(caught.value).startswith(f"records[{index}], field {field!r}: ")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        (
            ReturnCode("E1", LAKALA, Outcome.DECLINED, Retry.AFTER_FIX, meaning=Text("甲", "a")),
            "canonical",
            "needs a canonical native code, .* gives its own outcome \\(declined\\)",
        ),
        (attrs.evolve(LAKALA_E1, retry="later"), "retry", "expected Retry or None, not str"),  # type: ignore[arg-type]
        (
            attrs.evolve(LAKALA_E1, terminal_action="sign-on"),  # type: ignore[arg-type]
            "terminal_action",
            "expected TerminalAction or None, not str",
        ),
        (attrs.evolve(LAKALA_E1, code=51), "code", "expected str, not int"),  # type: ignore[arg-type]
        (attrs.evolve(LAKALA_E1, meaning="余额不足"), "meaning", "expected Text, not str"),  # type: ignore[arg-type]
        (attrs.evolve(LAKALA_E1, display=Text("甲", 1)), "display", "a Text of two str"),  # type: ignore[arg-type]
        (attrs.evolve(LAKALA_E1, advice=Advice(("step",))), "advice", "Step\\(Actor, Text\\)"),  # type: ignore[arg-type]
        (
            attrs.evolve(LAKALA_E1, advice=Advice((Step("cashier", Text("甲", "a")),))),  # type: ignore[arg-type]
            "advice",
            "an Advice of Step",
        ),
        (attrs.evolve(LAKALA_E1, notes=None), "notes", "expected str, not NoneType"),  # type: ignore[arg-type]
        (attrs.evolve(LAKALA_E1, meaning=Text("", "x")), "meaning", "no 'zh' text"),
        (
            attrs.evolve(
                LAKALA_E1,
                canonical=ReturnCode.LOST_CARD,
                cardholder=Text("此卡已挂失", "This card was reported lost"),
            ),
            "cardholder",
            "'此卡已挂失' names the reason",
        ),
        (
            attrs.evolve(LAKALA_E1, scheme=Scheme.ISO8583),
            "scheme",
            "codes cannot be added to iso8583",
        ),
        (attrs.evolve(LAKALA_E1, code="e1"), "code", "'e1' is not a vendor code"),
        (
            attrs.evolve(
                LAKALA_E1,
                canonical=ReturnCode(
                    "BL1001",
                    Scheme.POSRC,
                    Outcome.DECLINED,
                    Retry.AFTER_FIX,
                    meaning=Text("余额不足", "Low"),
                ),
            ),
            "canonical",
            "not a native code of this registry",
        ),
    ],
)
def test_bad_records_name_the_field(record: ReturnCode, field: str, message: str) -> None:
    with pytest.raises(RegistryError, match=message) as caught:
        Registry.default().extend([record])
    assert (caught.value.row, caught.value.field) == (0, field)


@pytest.mark.parametrize("canonical", [None, "declined", "BL1001", 1001])
def test_a_record_is_built_only_on_a_native_code_or_an_outcome(canonical: object) -> None:
    with pytest.raises(TypeError, match=f"not {type(canonical).__name__}"):
        ReturnCode("E1", LAKALA, canonical, meaning=Text("甲", "a"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="canonical is the native ReturnCode"):
        attrs.evolve(LAKALA_E1, canonical=canonical)  # type: ignore[arg-type]


def test_extend_refuses_what_is_not_a_list_of_records() -> None:
    with pytest.raises(TypeError, match="not a single one"):
        Registry.default().extend(row())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a single one"):
        Registry.default().extend("E1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"records\[1\] is a int"):
        Registry.default().extend([row(), 5])  # type: ignore[list-item]


def test_registry_error_pickles_with_its_attributes() -> None:
    error = RegistryError("blank", 3, "zh")
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is RegistryError
    assert (clone.message, clone.row, clone.field) == ("blank", 3, "zh")
    assert str(clone) == "records[3], field 'zh': blank"
    assert str(RegistryError("bad", 0, None)) == "records[0]: bad"
    assert issubclass(RegistryError, posrc.PosrcError)


def test_vendor_scheme_names_are_checked() -> None:
    assert VendorScheme("sft").title == "sft"
    assert VendorScheme("lakala", "A") == VendorScheme("lakala", "B")
    assert hash(VendorScheme("lakala", "A")) == hash(VendorScheme("lakala"))
    with pytest.raises(ValueError, match="'cup' is a built-in scheme"):
        VendorScheme("cup")
    with pytest.raises(ValueError, match="cannot name a vendor scheme"):
        VendorScheme("Lakala")
    with pytest.raises(TypeError, match="is a str, not bytes"):
        VendorScheme(b"lakala")  # type: ignore[arg-type]


@given(st.from_regex(r"[0-9A-Za-z]{1,6}", fullmatch=True))
def test_every_vendor_code_shape_round_trips(code: str) -> None:
    registry = Registry.default().extend([row(code=code)])
    rc = registry.lookup(code, scheme="lakala")
    assert rc.code == code.upper()
    assert registry.lookup(f"RC={code}", scheme="lakala") is rc
    assert registry.explain(code.lower(), scheme="lakala").return_code is rc
