"""The Faust app and its topology: topics, the claims table, agents and web views.

    articles -> [clean, extract] -> articles-extracted -> [link] -> claims
             -> [reconcile] -> incident-state, state-changes      (bad messages: articles.dlq)

Extraction runs on every partition of `articles`. Linking needs one view of all articles, so
`articles-extracted` has one partition and the link agent, a sequencer off the NLP path, keeps
the incident directory in a changelog-backed table of one partition. `claims` and the claims
table are partitioned by incident.

`create_topology` declares the app, topics and table from one Settings object;
`streams/worker.py` adds the agents (`streams/agents.py`) and views (`streams/web.py`).
"""

from collections.abc import Mapping
from dataclasses import dataclass

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.types import TableT

from streams.kafka.commits import SCHEME as COMMITS_SCHEME
from streams.kafka.connection import connection
from streams.kafka.topics import (
    CLAIMS_TABLE,
    DIRECTORY_TABLE,
    MAX_MESSAGE_BYTES,
    MERGED_TABLE,
    table_partitions,
)
from streams.logs import logging_config
from streams.runtime.table_store import MEMORY_OPTION
from streams.settings import Settings


@dataclass(frozen=True)
class Topology:
    app: faust.App
    settings: Settings
    articles: faust.TopicT
    dlq: faust.TopicT
    extracted: faust.TopicT
    claims: faust.TopicT
    state: faust.TopicT
    changes: faust.TopicT
    claims_table: TableT[bytes, bytes]
    merged_table: TableT[bytes, bytes]
    directory_table: TableT[bytes, bytes]


def _topic(
    app: faust.App,
    name: str,
    settings: Settings,
    *,
    compacting: bool = False,
    config: Mapping[str, str] | None = None,
    partitions: int | None = None,
) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions or settings.partitions,
        replicas=settings.replication_factor,
        compacting=compacting,
        config=config,
    )


def _store_options(settings: Settings) -> dict[str, int]:
    """RocksDB options for one table (a dict each: Faust's store pops keys from it)."""
    mb = 1024 * 1024
    return {
        "write_buffer_size": settings.store_write_buffer_mb * mb,
        "block_cache_size": settings.store_memory_mb * mb,
        MEMORY_OPTION: settings.store_memory_mb,
    }


def create_topology(settings: Settings) -> Topology:
    server = connection(settings)
    app = faust.App(
        settings.app_id,
        # Faust's Kafka transport with a consumer that never commits past an unacknowledged
        # message (streams/kafka/commits.py).
        broker=f"{COMMITS_SCHEME}://{server.bootstrap}",
        broker_credentials=server.faust_credentials(),
        store=settings.store,
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        processing_guarantee=settings.processing_guarantee,
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_s / 3),
        key_serializer="raw",
        value_serializer="raw",
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        canonical_url=f"http://{settings.web_host}:{settings.web_port}",
        producer_max_request_size=max(MAX_MESSAGE_BYTES, settings.dlq_max_message_bytes),
        # Every claim the reconcile agent records is a changelog message; without a linger
        # most go out in produce requests of their own. 5 ms (the Java producer's default
        # since Kafka 4.0) takes about a fifth off the worker's CPU per claim.
        producer_linger=0.005,
        # Faust's consumer long-polls (fetch_max_wait_ms=1500, not a setting) and aiokafka
        # keeps one fetch in flight per broker: while a partition's records wait to be
        # consumed, the next fetch asks only for the idle partitions and the broker holds it
        # 1.5 s. With Faust's 1 MB per partition that capped a busy `claims` partition at
        # about 1 MB (1,700-3,500 claims) per 1.6 s; 8 MB lasts longer than the long poll.
        consumer_max_fetch_size=8 * 1024 * 1024,
        logging_config=logging_config(settings.log_format),
        # Consumer lag is exported by our own sensor; Faust's own sensors give the rest.
        web_in_thread=False,
    )
    setup_prometheus_sensors(app, pattern="/metrics", name_prefix="faust")
    message_size = {"max.message.bytes": str(MAX_MESSAGE_BYTES)}
    topology = Topology(
        app=app,
        settings=settings,
        articles=_topic(app, settings.topic_articles, settings),
        dlq=_topic(
            app,
            settings.topic_dlq,
            settings,
            config={"max.message.bytes": str(settings.dlq_max_message_bytes)},
        ),
        extracted=_topic(
            app, settings.topic_extracted, settings, config={"retention.ms": "-1"}, partitions=1
        ),
        claims=_topic(app, settings.topic_claims, settings, config={"retention.ms": "-1"}),
        state=_topic(app, settings.topic_state, settings, compacting=True, config=message_size),
        changes=_topic(app, settings.topic_changes, settings),
        # Keyed "incident/claim_id": the set of claims, co-partitioned with `claims` by incident.
        claims_table=app.Table(
            CLAIMS_TABLE,
            default=None,
            key_type=bytes,
            value_type=bytes,
            partitions=table_partitions(settings, CLAIMS_TABLE),
            options=_store_options(settings),
        ),
        # Absorbed incident -> the one it merged into, co-partitioned with `claims`.
        merged_table=app.Table(
            MERGED_TABLE,
            default=None,
            key_type=bytes,
            value_type=bytes,
            partitions=table_partitions(settings, MERGED_TABLE),
            options=_store_options(settings),
        ),
        # The incident directory (streams/incidents/link.py), beside `articles-extracted`.
        directory_table=app.Table(
            DIRECTORY_TABLE,
            default=None,
            key_type=bytes,
            value_type=bytes,
            partitions=table_partitions(settings, DIRECTORY_TABLE),
            options=_store_options(settings),
        ),
    )
    return topology
