"""One reader: lookup and find_codes are two uses of the same candidate reader.

The three properties below hold for every text built from real codes, labels
and noise; the rest are regression tests for the bugs the reader used to have.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posrc import (
    ParseError,
    Registry,
    ReturnCode,
    Scheme,
    UnknownCodeError,
    explain,
    find_codes,
    lookup,
    parse,
)
from posrc.testing.strategies import raw_codes, return_codes
from tests.text_strategies import coded_text


def _read(text: str) -> ReturnCode | ParseError | UnknownCodeError:
    try:
        return lookup(text)
    except (ParseError, UnknownCodeError) as error:
        return error


@settings(max_examples=400)
@given(coded_text)
def test_every_match_reads_back_as_itself(text: str) -> None:
    for match in find_codes(text):
        scheme = match.explanation.scheme
        assert scheme is not None
        if match.return_code is None:
            with pytest.raises(UnknownCodeError):
                lookup(match.raw, scheme=scheme)
        else:
            assert lookup(match.raw, scheme=scheme) is match.return_code


@settings(max_examples=400)
@given(coded_text)
def test_one_code_found_is_the_code_lookup_reads(text: str) -> None:
    codes = {(m.explanation.scheme, m.explanation.code) for m in find_codes(text)}
    read = _read(text)
    if len(codes) == 1 and isinstance(read, ReturnCode):
        assert {(read.scheme, read.code)} == codes


@settings(max_examples=400)
@given(coded_text)
def test_ambiguous_means_two_codes_found(text: str) -> None:
    read = _read(text)
    if isinstance(read, ParseError) and read.reason == "AMBIGUOUS":
        assert len({(m.explanation.scheme, m.explanation.code) for m in find_codes(text)}) >= 2


@given(return_codes().flatmap(lambda rc: st.tuples(st.just(rc), raw_codes(rc))))
def test_the_test_kit_spellings_read_back(case: tuple[ReturnCode, str]) -> None:
    rc, raw = case
    assert lookup(raw, scheme=rc.scheme) is rc
    assert explain(raw, scheme=rc.scheme).return_code is rc


@pytest.mark.parametrize("kind", [str, bytes, bytearray, memoryview])
def test_every_entry_point_takes_every_kind_of_input(kind: type) -> None:
    raw = "RC=51" if kind is str else kind(b"RC=51")
    registry = Registry.default()
    assert lookup(raw) is registry.lookup(raw) is lookup("51")
    assert explain(raw).return_code is registry.explain(raw).return_code is lookup("51")
    assert [m.return_code for m in find_codes(raw)] == [lookup("51")]
    assert [m.return_code for m in registry.find_codes(raw)] == [lookup("51")]
    assert str(parse("BL1001" if kind is str else kind(b"BL1001"))) == "BL1001"


def test_a_str_subclass_is_read_as_its_text() -> None:
    class Sly(str):
        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = str.__hash__

    assert lookup(Sly("51")) is lookup("51")
    with pytest.raises(ParseError):
        lookup(Sly("5"))


def test_bytes_and_str_keys_never_meet() -> None:
    code = "import posrc; posrc.lookup(b'51'); posrc.lookup('51'); posrc.explain(b'96')"
    subprocess.run([sys.executable, "-bb", "-c", code], check=True)


@pytest.mark.parametrize(
    ("codec", "raw"),
    [
        ("utf-16", "应答码：5!"),
        ("utf-8-sig", "应答码：5!"),
        ("utf-16-le", "应答码：5!"),
        ("utf-32", "应答码：5!"),
    ],
)
def test_positions_count_the_byte_order_mark(codec: str, raw: str) -> None:
    data = raw.encode(codec)
    with pytest.raises(ParseError) as caught:
        lookup(data, encoding=codec)
    assert caught.value.reason == "BAD_CHARACTER"
    # The text before "!" encoded with the same codec, byte order mark included.
    assert caught.value.position == len(raw[:-1].encode(codec)) < len(data)


@pytest.mark.parametrize("codec", ["idna", "punycode"])
def test_codecs_that_are_no_text_encodings_are_refused(codec: str) -> None:
    with pytest.raises(ValueError, match="not an encoding of terminal text"):
        lookup(b"RC=51", encoding=codec)
    with pytest.raises(ValueError, match="not an encoding of terminal text"):
        explain(b"RC=51", encoding=codec)


@pytest.mark.parametrize("codec", ["zlib", "base64", "rot13", "hex"])
def test_codecs_of_bytes_to_bytes_are_refused(codec: str) -> None:
    with pytest.raises(ValueError, match="not an encoding of terminal text"):
        find_codes(b"RC=51", encoding=codec)


def test_a_codec_that_does_not_read_back_is_undecodable() -> None:
    # UTF-7 reads b"+ADUAMQ-" as "51", but "51" is written b"51": positions would be wrong.
    with pytest.raises(ParseError) as caught:
        lookup(b"+ADUAMQ-", encoding="utf-7")
    assert caught.value.reason == "UNDECODABLE"
    assert explain(b"+ADUAMQ-", encoding="utf-7").return_code is None
    # cp037 (EBCDIC) reads the bytes back exactly, and is read.
    assert lookup("RC=51".encode("cp037"), encoding="cp037").code == "51"


def test_utf_16_without_a_mark_reads_little_endian() -> None:
    assert lookup("RC=51".encode("utf-16-le"), encoding="utf-16").code == "51"
    assert lookup("RC=51".encode("utf-16-be"), encoding="utf-16-be").code == "51"


def test_a_notice_reads_as_its_english_text() -> None:
    (notice,) = explain("05").notices
    assert str(notice) == explain("05").warnings[0]
    assert "scheme='iso8583'" in str(notice)


def test_get_refuses_a_code_that_is_no_text() -> None:
    with pytest.raises(TypeError, match="code must be a str"):
        Registry.default().get(51, scheme="cup")  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["١٠٠١", "+000", "1001x", "", "bl1001", " BL1001", "0_001"])
def test_get_takes_only_the_exact_spelling(code: str) -> None:
    with pytest.raises(UnknownCodeError):
        Registry.default().get(code, scheme="posrc")


def test_get_names_the_code_a_number_belongs_to() -> None:
    with pytest.raises(UnknownCodeError, match="the number 1001 is BL1001"):
        Registry.default().get("CD1001", scheme=Scheme.POSRC)
    assert Registry.default().get("1001", scheme="posrc") is ReturnCode.INSUFFICIENT_BALANCE


def test_the_default_registry_is_one_object_under_threads() -> None:
    child = textwrap.dedent(
        """
        import threading
        from posrc import Registry
        seen, start = [], threading.Barrier(16)
        def worker():
            start.wait()
            seen.append(Registry.default())
        threads = [threading.Thread(target=worker) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len({id(registry) for registry in seen}))
        """
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"


def test_a_word_of_another_scheme_s_shape_is_no_second_code() -> None:
    assert lookup("RC=51 116", scheme="cup").code == "51"
    with pytest.raises(ParseError) as caught:
        lookup("RC=51 116")
    assert caught.value.reason == "EXTRA_TOKEN"


def test_a_native_code_first_is_read_whole_in_another_scheme() -> None:
    with pytest.raises(ParseError, match="UnionPay code has two characters") as caught:
        lookup("BL 1001 余额不足", scheme="cup")
    assert caught.value.position == 0
