"""The worker's Faust app: its transport, and the changelog topics its tables write."""

from streams.kafka.commits import Consumer, Transport
from streams.kafka.topics import changelog_topic, topic_specs
from streams.runtime.app import Topology


def test_the_worker_uses_this_consumer_and_its_tables_changelogs_are_made_first(
    topology: Topology,
) -> None:
    settings = topology.settings
    assert isinstance(topology.app.transport, Transport)
    assert topology.app.transport.Consumer is Consumer
    specs = {spec.name: spec for spec in topic_specs(settings)}
    for table in (topology.claims_table, topology.merged_table, topology.directory_table):
        name = table.changelog_topic.get_topic_name()
        assert name == changelog_topic(settings, table.name)
        assert specs[name].num_partitions == table.partitions
        assert specs[name].topic_configs == {"cleanup.policy": "compact"}
