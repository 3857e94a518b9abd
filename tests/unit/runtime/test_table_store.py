"""The tables' RocksDB stores take their memory limits from the settings."""

from pathlib import Path

from streams.runtime.app import create_topology
from streams.settings import Settings

MB = 1024 * 1024


def test_each_table_partition_store_is_bounded_by_the_settings(tmp_path: Path) -> None:
    settings = Settings(
        kafka_bootstrap="127.0.0.1:9",  # never reached: no store here talks to Kafka
        data_dir=tmp_path,
        store_write_buffer_mb=8,
        store_block_cache_mb=20,
    )
    topology = create_topology(settings)
    tables = (topology.claims_table, topology.merged_table, topology.directory_table)
    for table in tables:
        options = table.data.rocksdb_options  # the store, opened lazily, as Faust opens it
        assert options.write_buffer_size == 8 * MB
        assert options.block_cache_size == 20 * MB
