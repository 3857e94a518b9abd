"""Creates tally's topics with the right partitions and configs before anything uses them.

A broker that auto-creates topics would otherwise make them on first use with its default
partition count, which breaks co-partitioning of `claims` and the table.

The changelog topics of the worker's Faust tables are made here too, not left to Faust: Faust
makes them as the worker starts, and a topic made a moment before the consumer joins its
group can be missing from the metadata it joins with. Its partitions are then nobody's
("Ignoring missing topic"), and every table write fails until the metadata is next
refreshed, minutes later: every article's linking failed in a new deployment's first
seconds.
"""

from contextlib import suppress

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.kafka.connection import connection
from streams.settings import Settings

# The largest message tally writes or accepts on its own topics (states, dead letters).
MAX_MESSAGE_BYTES = 16 * 1024 * 1024


# The worker's Faust tables (streams/runtime/app.py) and their partitions; 0: as many as the
# stream topics have.
CLAIMS_TABLE, MERGED_TABLE, DIRECTORY_TABLE = (
    "claims-by-incident",
    "merged-incidents",
    "incident-directory",
)
_TABLE_PARTITIONS = {CLAIMS_TABLE: 0, MERGED_TABLE: 0, DIRECTORY_TABLE: 1}


def table_partitions(settings: Settings, table: str) -> int:
    """The partitions of a table and of its changelog topic: the claims table and the merges
    are co-partitioned with `claims`, the directory is beside `articles-extracted`."""
    return _TABLE_PARTITIONS[table] or settings.partitions


def changelog_topic(settings: Settings, table: str) -> str:
    """The name Faust gives a table's changelog topic."""
    return f"{settings.app_id}-{table}-changelog"


def topic_specs(settings: Settings) -> list[NewTopic]:
    def spec(name: str, configs: dict[str, str] | None = None, partitions: int = 0) -> NewTopic:
        return NewTopic(
            name=name,
            num_partitions=partitions or settings.partitions,
            replication_factor=settings.replication_factor,
            topic_configs=configs or {},
        )

    return [
        spec(settings.topic_articles),
        spec(settings.topic_dlq, {"max.message.bytes": str(settings.dlq_max_message_bytes)}),
        # One partition: linking needs one view of all articles (see streams/runtime/app.py).
        spec(settings.topic_extracted, {"retention.ms": "-1"}, partitions=1),
        spec(settings.topic_claims, {"retention.ms": "-1"}),
        spec(
            settings.topic_state,
            {"cleanup.policy": "compact", "max.message.bytes": str(MAX_MESSAGE_BYTES)},
        ),
        spec(settings.topic_changes),
        *(
            spec(
                changelog_topic(settings, table),
                {"cleanup.policy": "compact"},
                table_partitions(settings, table),
            )
            for table in _TABLE_PARTITIONS
        ),
    ]


def ensure_topics(settings: Settings) -> list[str]:
    """Create the topics that do not exist yet; returns the names created."""
    admin = KafkaAdminClient(**connection(settings).client_config())
    try:
        existing = set(admin.list_topics())
        missing = [spec for spec in topic_specs(settings) if spec.name not in existing]
        # Another worker may create them at the same moment.
        with suppress(TopicAlreadyExistsError):
            if missing:
                admin.create_topics(missing, wait_for_metadata=True)
        return [spec.name for spec in missing]
    finally:
        admin.close()
