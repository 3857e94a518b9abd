"""Follow tally's output with a plain kafka-python consumer: one line per change.

    KAFKA_BOOTSTRAP=127.0.0.1:9092 python examples/follow_state.py [--idle-exit SECONDS]

It reads `incident-state` (compacted: the latest state per incident; an empty value is a
tombstone, the incident is gone, e.g. merged into another) and `state-changes` (one message
per change a reader cares about), from the beginning, and prints a line for each. Messages
carry their schema version in the `tally-schema-version` header and the `schema_version`
field; a consumer accepts any version with the same major number and ignores fields it does
not know.
"""

import argparse
import json
import os
import time

from kafka import KafkaConsumer

SUPPORTED_MAJOR = 1


def describe_state(incident: str, state: dict[str, object] | None) -> str:
    if state is None:
        return f"{incident}: removed (tombstone)"
    figures = state.get("figures") or {}
    assert isinstance(figures, dict)
    shown = ", ".join(
        f"{metric} {figure.get('value')}" for metric, figure in sorted(figures.items())
    )
    return f"{incident}: state v{state.get('version')} {shown or 'no figures yet'}"


def describe_change(incident: str, change: dict[str, object]) -> str:
    if change.get("merged_into"):
        return f"{incident}: merged into {change['merged_into']}"
    what = change.get("metric") or change.get("subject") or "state"
    return f"{incident}: {what} {_shown(change.get('before'))} -> {_shown(change.get('after'))}"


def _shown(value: object) -> object:
    """A figure's number, or a person's actions, rather than the whole object."""
    if isinstance(value, dict):
        return value.get("value", value.get("actions", value))
    return value


def compatible(headers: list[tuple[str, bytes]]) -> bool:
    version = dict(headers).get("tally-schema-version")
    return version is None or int(version.decode().split(".")[0]) == SUPPORTED_MAJOR


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-exit", type=float, default=None, help="stop after S quiet seconds")
    args = parser.parse_args()
    state_topic = os.environ.get("TALLY_TOPIC_STATE", "incident-state")
    changes_topic = os.environ.get("TALLY_TOPIC_CHANGES", "state-changes")
    consumer = KafkaConsumer(
        state_topic,
        changes_topic,
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    last = time.monotonic()
    try:
        while args.idle_exit is None or time.monotonic() - last < args.idle_exit:
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    last = time.monotonic()
                    if not compatible(record.headers):
                        print(f"skipped a message of an unsupported schema: {record.headers}")
                        continue
                    incident = record.key.decode()
                    value = None if record.value is None else json.loads(record.value)
                    if record.topic == state_topic:
                        print(describe_state(incident, value), flush=True)
                    elif value is not None:
                        print(describe_change(incident, value), flush=True)
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
