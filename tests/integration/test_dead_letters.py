"""Every message is accounted for: good ones reach the state, bad ones the dead-letter topic
with their reason and original bytes; `tally dlq --republish` sends them back after a fix."""

import base64
import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable

import pytest
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewTopic

from schemas.dead_letter import DeadLetter, RejectReason
from streams.codec import original_value
from tests.integration.harness import (
    REPO,
    Deployment,
    article_ids,
    generated_articles,
    wait_until,
)

MAX_BODY = 600
TOTAL = 1000
GOOD = 450
Bad = tuple[RejectReason, bytes | None, bytes]


def _letters(deployment: Deployment) -> list[DeadLetter]:
    return [
        DeadLetter.model_validate_json(value)
        for value in deployment.topic_values(deployment.settings.topic_dlq)
    ]


def _nested(value: str, depth: int) -> bytes:
    return ("[" * depth + value + "]" * depth).encode()


def _bad_messages(count: int, seed: int) -> list[Bad]:
    """`count` bad messages, every reason the clean stage gives, each message unique."""
    rng = random.Random(seed)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=rng.randint(2, 400))

    def good(tag: str, **changes: object) -> bytes:
        fields: dict[str, object] = {
            "id": tag,
            "published_at": "2023-03-05T10:00:00Z",
            "body": f"Floods in Malawi killed {rng.randint(2, 90)} people.",
            **changes,
        }
        return json.dumps({k: v for k, v in fields.items() if v is not ...}).encode()

    makers: dict[RejectReason, Callable[[str], bytes]] = {
        RejectReason.not_utf8: lambda tag: rng.choice(
            [
                b"\xff\xfe" + tag.encode(),
                f"caf\xe9 {tag}".encode("latin-1"),
                b"\xc3(" + tag.encode(),
            ]
        ),
        RejectReason.not_json: lambda tag: rng.choice(
            [f"{{{tag}".encode(), f'{{"id": "{tag}",'.encode(), f"id={tag}".encode()]
        ),
        RejectReason.too_deep: lambda tag: _nested(json.dumps(tag), rng.randint(40, 5000)),
        RejectReason.not_an_object: lambda tag: json.dumps(
            rng.choice([[tag], tag, [tag, 1], [{"id": tag}]])
        ).encode(),
        RejectReason.missing_field: lambda tag: (
            good(tag, **{rng.choice(["published_at", "body"]): rng.choice([..., None])})
            if rng.random() < 0.8
            else json.dumps({"published_at": "2023-03-05T10:00:00Z", "body": tag}).encode()
        ),
        RejectReason.wrong_type: lambda tag: good(
            tag,
            **rng.choice(
                [
                    {"body": rng.randint(0, 999)},
                    {"body": [tag]},
                    {"title": rng.randint(0, 9)},
                    {"outlet": {"name": tag}},
                    {"incident_hint": 7},
                    {"url": ["x"]},
                ]
            ),
        ),
        RejectReason.empty_body: lambda tag: good(tag, body=rng.choice(["", " ", "\n\t ", "   "])),
        RejectReason.body_too_large: lambda tag: good(
            tag, body="Floods hit the valley. " * rng.randint(MAX_BODY // 20, MAX_BODY // 5)
        ),
        RejectReason.bad_published_at: lambda tag: good(
            tag,
            published_at=rng.choice(
                ["yesterday", "2023-03-05T10:00:00", "2023-13-45T10:00:00Z", "", "5 March 2023"]
            ),
        ),
        RejectReason.published_in_future: lambda tag: good(
            tag, published_at=(future + dt.timedelta(minutes=rng.randint(0, 10**5))).isoformat()
        ),
        RejectReason.unsupported_language: lambda tag: good(
            tag, language=rng.choice(["fr", "de", "ru", "es", "sw"])
        ),
    }
    reasons = list(makers)
    bad: list[Bad] = []
    for index in range(count):
        reason = reasons[index % len(reasons)]
        tag = f"bad-{seed}-{index:04d}"
        key = None if rng.random() < 0.1 else tag.encode()
        bad.append((reason, key, makers[reason](tag)))
    return bad


@pytest.mark.slow
def test_a_thousand_mixed_messages_are_all_accounted_for(deployment: Deployment) -> None:
    deployment.start_worker({"TALLY_MAX_BODY_CHARS": str(MAX_BODY)})
    good = generated_articles(GOOD, seed=11, prefix="good")
    bad = _bad_messages(TOTAL - GOOD, seed=11)
    assert len({value for _, _, value in bad}) == len(bad), "bad messages must be unique"
    messages = [(str(r["id"]).encode(), json.dumps(r).encode()) for r in good]
    messages += [(key, value) for _, key, value in bad]
    random.Random(3).shuffle(messages)
    deployment.publish_raw(messages)

    states = deployment.wait_for_articles(article_ids(good), timeout_s=240)
    letters = wait_until(lambda: _letters(deployment), lambda found: len(found) >= len(bad), 120)

    in_state = {article for state in states.values() for article in state.articles.ids}
    assert in_state == article_ids(good)
    expected = {value: (reason, key) for reason, key, value in bad}
    found = {base64.b64decode(letter.value_b64): letter for letter in letters}
    assert len(letters) == len(found) == len(bad)
    assert set(found) == set(expected)
    for value, letter in found.items():
        reason, key = expected[value]
        assert letter.reason == reason, (value[:80], letter.detail)
        assert letter.key_b64 == (None if key is None else base64.b64encode(key).decode())
    covered = {letter.reason for letter in letters}
    # Every reason of the clean stage; extraction and processing failures need a bug to occur.
    unreachable = {RejectReason.extraction_failed, RejectReason.processing_failed}
    assert covered == set(RejectReason) - unreachable
    assert len(in_state) + len(letters) == TOTAL


def _tally(deployment: Deployment, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env={**os.environ, **deployment.env},
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def test_republish_after_a_fix(deployment: Deployment) -> None:
    worker = deployment.start_worker()
    records = generated_articles(6, seed=5, prefix="fr")
    for record in records[:4]:
        record["language"] = "fr"
    deployment.publish_records(records)
    broken = (b"broken-1", b'{"id": "broken-1"')
    deployment.publish_raw([broken])
    wait_until(lambda: _letters(deployment), lambda found: len(found) >= 5)
    deployment.wait_for_articles(article_ids(records[4:]))

    listed = json.loads(_tally(deployment, "dlq", "--json", "--reason", "unsupported_language"))
    assert sorted(row["key"] for row in listed) == sorted(article_ids(records[:4]))
    assert all(row["offset"] is not None and row["detail"] for row in listed)
    assert "not_json" in _tally(deployment, "dlq")

    # The fix: the worker now reads French too.
    deployment.stop_worker(worker)
    deployment.start_worker({"TALLY_LANGUAGES": '["en", "fr"]'})
    out = _tally(deployment, "dlq", "--republish", "--reason", "unsupported_language")
    assert "re-published 4" in out
    deployment.wait_for_articles(article_ids(records))

    # Still broken: it comes back to the dead letters with the very same key and bytes.
    _tally(deployment, "dlq", "--republish", "--key", "broken-1")
    letters = wait_until(lambda: _letters(deployment), lambda found: len(found) >= 6)
    again = [letter for letter in letters if letter.reason == RejectReason.not_json]
    assert len(again) == 2
    assert {(letter.key_b64, letter.value_b64) for letter in again} == {
        (base64.b64encode(broken[0]).decode(), base64.b64encode(broken[1]).decode())
    }
    assert len(letters) == 6


def _committed(deployment: Deployment, admin: KafkaAdminClient) -> int:
    topic = deployment.settings.topic_articles
    group = deployment.settings.app_id
    offsets = admin.list_group_offsets(group).get(group, {})
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0)


@pytest.mark.slow
def test_no_offset_is_committed_past_a_dead_letter_the_broker_refuses(
    deployment: Deployment,
) -> None:
    settings = deployment.settings
    dlq = settings.topic_dlq
    admin = KafkaAdminClient(**deployment.connection.client_config())
    try:
        # A dead-letter topic that takes no message of that size refuses every letter.
        refusing = {"max.message.bytes": "200"}
        admin.create_topics([NewTopic(dlq, settings.partitions, 1, topic_configs=refusing)])
        deployment.start_worker()
        after = generated_articles(1, seed=41, prefix="after-refused")[0]
        key = b"same-key"  # one partition: the article comes after the bad message
        deployment.publish_raw([(key, b"{not json"), (key, json.dumps(after).encode())])
        waited = wait_until(lambda: deployment.states(), lambda states: bool(states), timeout_s=15)
        assert waited == {}, "the article after the refused dead letter must wait for it"
        assert _committed(deployment, admin) == 0
        fixed = {"max.message.bytes": str(settings.dlq_max_message_bytes)}
        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, dlq, fixed)])
        deployment.wait_for_articles({str(after["id"])})
        letters = _letters(deployment)
        assert [letter.reason for letter in letters] == [RejectReason.not_json]
        assert original_value(letters[0]) == b"{not json"  # whole, once the topic takes it
        assert wait_until(lambda: _committed(deployment, admin), lambda n: n == 2, 60) == 2
    finally:
        admin.close()
