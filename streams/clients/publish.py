"""Publishes articles (or any bytes) to a topic, keyed by article id, with a progress bar."""

import json
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaProducer
from rich.progress import Progress

from streams.kafka.topics import MAX_MESSAGE_BYTES


def article_message(record: dict[str, Any]) -> tuple[bytes | None, bytes]:
    key = record.get("id")
    return (str(key).encode() if key is not None else None), json.dumps(record).encode()


async def publish(
    bootstrap: str,
    topic: str,
    messages: Sequence[tuple[bytes | None, bytes]],
    show_progress: bool = True,
) -> int:
    """Send every (key, value) and wait until the broker has acknowledged them all."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", max_request_size=MAX_MESSAGE_BYTES
    )
    await producer.start()
    try:
        with Progress(disable=not show_progress, transient=True) as progress:
            task = progress.add_task(f"publishing to {topic}", total=len(messages))
            pending = []
            for key, value in messages:
                pending.append(await producer.send(topic, value=value, key=key))
                progress.advance(task)
            for future in pending:
                await future
    finally:
        await producer.stop()
    return len(messages)
