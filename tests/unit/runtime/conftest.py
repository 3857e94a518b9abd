import pytest

from streams.runtime.app import Topology, create_topology
from streams.settings import Settings


@pytest.fixture(scope="session")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Topology:
    """The worker's app, made once: Faust's Prometheus sensors register their metrics once
    per process."""
    settings = Settings(
        kafka_bootstrap="127.0.0.1:9",  # never reached: nothing here talks to Kafka
        data_dir=tmp_path_factory.mktemp("topology"),
        store_write_buffer_mb=8,
        store_memory_mb=24,
    )
    return create_topology(settings)
