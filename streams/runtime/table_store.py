"""The tables' RocksDB store, with one memory budget for every table partition of a worker.

Faust's RocksDB store gives each table partition a database with its own block cache and
memtables (tally had set 50 MB and up to three of 16 MB each). A worker owns nine such
databases with the defaults (three tables, four partitions of two of them), so its RocksDB
memory grew with every partition written to, by up to 100 MB each. This store bounds them
together, as Kafka Streams' `BoundedMemoryRocksDBConfig` does: one LRU block cache for every
database of the process, and one write buffer manager that charges every memtable to that
cache, so that the memtables and the blocks read back share `TALLY_STORE_MEMORY_MB`. A
worker that had taken 2,586 articles and then one incident of 1,000,000 claims peaked at 757
MB in its Faust process with it, 959 MB without.

Faust finds the store by its URL's scheme, `tally-rocksdb://`, through the `faust.stores`
entry point in pyproject.toml.
"""

from functools import cache
from typing import Any

import rocksdict
from faust.stores import rocksdb as faust_rocksdb

# The options key that carries the budget from the table's options to its store.
MEMORY_OPTION = "shared_memory_mb"
# Of the budget, the share the memtables may take before RocksDB flushes them (Kafka
# Streams' example gives them half as well).
_MEMTABLE_SHARE = 0.5
_MB = 1024 * 1024


@cache
def shared_budget(memory_mb: int) -> tuple[rocksdict.Cache, rocksdict.WriteBufferManager]:
    """The process's block cache and write buffer manager for a budget: made once, shared by
    every database opened with it."""
    cache = rocksdict.Cache(memory_mb * _MB)
    buffers = rocksdict.WriteBufferManager.new_write_buffer_manager_with_cache(
        int(memory_mb * _MB * _MEMTABLE_SHARE), False, cache
    )
    return cache, buffers


class _BoundedOptions(faust_rocksdb.RocksDBOptions):
    """Faust's options for rocksdict, with the shared cache and write buffer manager."""

    def __init__(self, memory_mb: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.memory_mb = memory_mb

    def as_options(self) -> rocksdict.Options:
        cache, buffers = shared_budget(self.memory_mb)
        options: rocksdict.Options = super().as_options()
        options.set_write_buffer_manager(buffers)
        # Faust's table options again, on the shared cache instead of a cache of its own, which
        # also holds the index and filter blocks, so the budget counts them.
        table = rocksdict.BlockBasedOptions()
        table.set_bloom_filter(self.bloom_filter_size, block_based=True)
        table.set_block_cache(cache)
        table.set_cache_index_and_filter_blocks(True)
        table.set_index_type(rocksdict.BlockBasedIndexType.binary_search())
        options.set_block_based_table_factory(table)
        return options


class Store(faust_rocksdb.Store):
    """Faust's RocksDB table store (rocksdict), bounded by the process's shared budget."""

    def __init__(self, url: Any, app: Any, table: Any, **kwargs: Any) -> None:
        super().__init__(url, app, table, **kwargs)
        given = dict(self.options or {})
        self.rocksdb_options = _BoundedOptions(
            int(given.pop(MEMORY_OPTION)), **given, use_rocksdict=True
        )
