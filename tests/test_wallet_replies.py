"""The real reply corpus is well formed and speaks only of codes the tables know."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from posrc import read_reply
from posrc._data.wallets import alipay, shouqianba, unionpay_online, wechatpay

MODULES = {
    "wechatpay": wechatpay,
    "alipay": alipay,
    "unionpay-online": unionpay_online,
    "shouqianba": shouqianba,
}
REPLIES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parent / "replies" / "replies.jsonl")
    .read_text("utf-8")
    .splitlines()
]


def test_there_are_enough_replies_from_every_family() -> None:
    assert len(REPLIES) >= 40
    assert {reply["family"] for reply in REPLIES} == set(MODULES)
    ids = [reply["id"] for reply in REPLIES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("reply", REPLIES, ids=lambda reply: str(reply["id"]))
def test_reply_shape(reply: dict[str, Any]) -> None:
    module = MODULES[reply["family"]]
    assert reply["scheme"] == reply["family"]
    assert reply["api"] == "" or reply["api"] in module.OPERATIONS
    assert reply["format"] in ("xml", "json", "kv")
    provenance = reply["provenance"]
    assert provenance["kind"] in (
        "vendor-doc",
        "real-log",
        "community",
        "issue",
        "third-party-test",
    )
    assert provenance.get("url") or provenance.get("path") or provenance.get("corpus_id")
    if reply["text"] is None:
        assert reply["http_status"]
    expected = reply["expected"]
    assert expected["outcome"] in ("approved", "partial", "declined", "error", "unknown")
    layers = module.LAYERS[reply["api"]] if reply["api"] else next(iter(module.LAYERS.values()))
    assert expected["decides"] in layers
    assert expected["layers"][expected["decides"]] == expected["code"]
    assert list(expected["layers"]) == [field for field in layers if field in expected["layers"]]
    if expected["unknown_code"]:
        assert expected["outcome"] == "unknown"


def test_the_traps_are_in_the_corpus() -> None:
    texts = " ".join(reply["text"] or "" for reply in REPLIES)
    assert "101 每个二维码仅限使用一次" in texts
    assert "成功[0000000]" in texts
    assert any(
        reply["expected"]["outcome"] == "unknown"
        for reply in REPLIES
        if reply["family"] == "unionpay-online"
    )


@pytest.mark.parametrize(
    ("reply", "scheme", "failed"),
    [
        ("respCode=11&origRespCode=00&txnType=00&version=5.1.0", None, "respCode"),
        (
            "<xml><return_code>FAIL</return_code><trade_state>SUCCESS</trade_state></xml>",
            "wechatpay",
            "return_code",
        ),
        (
            '{"alipay_trade_query_response":{"code":"40002",'
            '"sub_code":"isv.invalid-signature","trade_status":"TRADE_SUCCESS"}}',
            None,
            "code",
        ),
    ],
)
def test_a_deeper_layer_never_approves_a_failed_call(
    reply: str, scheme: str | None, failed: str
) -> None:
    reading = read_reply(reply, scheme=scheme)
    assert not reading.explanation.is_approved
    assert reading.decided_by == failed
