"""The tables' RocksDB stores take their memory limits from the settings, and every table
partition of a worker shares one budget."""

from pathlib import Path

from streams.runtime.app import Topology
from streams.runtime.table_store import shared_budget

MB = 1024 * 1024


def test_every_table_partition_store_shares_the_budget_of_the_settings(
    topology: Topology, tmp_path: Path
) -> None:
    # The fixture's settings: 8 MB write buffers, a 24 MB budget.
    tables = (topology.claims_table, topology.merged_table, topology.directory_table)
    # The stores, opened lazily, as Faust opens them.
    options = [table.data.rocksdb_options for table in tables]
    assert {o.write_buffer_size for o in options} == {8 * MB}
    cache, buffers = shared_budget(24)
    assert buffers.get_buffer_size() == 12 * MB  # the memtables' half
    # Two tables' databases, as a partition's is opened: what each holds in its memtables
    # counts against the one budget, and is charged to the one cache.
    first = options[0].open(tmp_path / "first")
    second = options[1].open(tmp_path / "second")
    before = buffers.get_usage()
    for key in range(2_000):
        first[b"a%d" % key] = b"x" * 500
    after_first = buffers.get_usage()
    for key in range(2_000):
        second[b"b%d" % key] = b"x" * 500
    after_second = buffers.get_usage()
    assert before < after_first < after_second
    assert cache.get_usage() >= after_second
    first.close()
    second.close()
