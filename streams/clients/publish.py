"""Publishes articles (or any bytes) to a topic, keyed by article id, with a progress bar."""

import json
from collections.abc import Iterable, Sequence, Sized
from typing import Any

from kafka import KafkaProducer
from rich.progress import Progress

from streams.kafka.connection import Connection
from streams.kafka.topics import MAX_MESSAGE_BYTES

SEND_TIMEOUT_S = 60.0


def article_message(record: dict[str, Any]) -> tuple[bytes | None, bytes]:
    key = record.get("id")
    return (str(key).encode() if key is not None else None), json.dumps(record).encode()


Message = tuple[bytes | None, bytes] | tuple[bytes | None, bytes, Sequence[tuple[str, bytes]]]


def publish(
    connection: Connection,
    topic: str,
    messages: Iterable[Message],
    show_progress: bool = True,
) -> int:
    """Send every (key, value[, headers]) and wait until the broker has acknowledged them
    all; how many were sent."""
    producer = KafkaProducer(
        **connection.client_config(), acks="all", max_request_size=MAX_MESSAGE_BYTES
    )
    try:
        with Progress(disable=not show_progress, transient=True) as progress:
            total = len(messages) if isinstance(messages, Sized) else None
            task = progress.add_task(f"publishing to {topic}", total=total)
            pending = []
            for key, value, *rest in messages:
                headers = list(rest[0]) if rest else None
                pending.append(producer.send(topic, value=value, key=key, headers=headers))
                progress.advance(task)
            producer.flush()
            for future in pending:
                future.get(timeout=SEND_TIMEOUT_S)
    finally:
        producer.close()
    return len(pending)
