"""Hypothesis strategies for input that :mod:`posrc.testing.strategies` does not offer: junk.

Spellings of real codes come from the shipped kit (``return_codes`` and
``raw_codes``), so posrc's own tests exercise it. The kit draws valid
spellings, which must read back, and ``malformed_codes``, which must be
refused; the robustness proofs need input of neither kind: arbitrary text and
bytes, digit runs, look-alike characters and other encodings, for which only
the kind of answer is promised.
"""

from __future__ import annotations

from hypothesis import strategies as st

junk_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789"),
    st.text(alphabet="0123456789ABCDEFabcdef-_ :=\u3000\uff10\uff21"),
    st.sampled_from(["", " ", "٠٥", "ß1", "²", "⑱", "ı0", "NW١٠٠٥", "--", "xx", "0", "😀"]),
)
junk_bytes = st.one_of(st.binary(), st.text().map(lambda t: t.encode("gb18030")))
