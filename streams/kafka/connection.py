"""How to reach the cluster: the bootstrap address and its security, set once for everything.

A secured cluster (TLS, SASL PLAIN or SCRAM) is configured with the `TALLY_KAFKA_*` settings
and applies alike to the Faust worker (its credentials), the worker's own aiokafka clients
(state view, rewinder) and the kafka-python client tools. The password comes from the
environment or a file and is never logged: `Connection.__repr__` hides it.
"""

import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import faust
from faust.types.auth import CredentialsT

from streams.settings import Settings

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class NotConfigured(ValueError):
    pass


@dataclass(frozen=True)
class Connection:
    bootstrap: str
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "PLAIN"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    cafile: Path | None = None
    certfile: Path | None = None
    keyfile: Path | None = None

    @property
    def uses_tls(self) -> bool:
        return self.security_protocol in ("SSL", "SASL_SSL")

    @property
    def uses_sasl(self) -> bool:
        return self.security_protocol in ("SASL_PLAINTEXT", "SASL_SSL")

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.uses_tls:
            return None
        context = ssl.create_default_context(
            cafile=str(self.cafile) if self.cafile is not None else None
        )
        if self.certfile is not None:
            context.load_cert_chain(
                str(self.certfile), str(self.keyfile) if self.keyfile is not None else None
            )
        return context

    def client_config(self) -> dict[str, Any]:
        """Keyword arguments for kafka-python's and aiokafka's clients (the names agree)."""
        config: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap,
            "security_protocol": self.security_protocol,
        }
        if self.uses_tls:
            config["ssl_context"] = self.ssl_context()
        if self.uses_sasl:
            config |= {
                "sasl_mechanism": self.sasl_mechanism,
                "sasl_plain_username": self.username,
                "sasl_plain_password": self.password,
            }
        return config

    def faust_credentials(self) -> CredentialsT | None:
        if self.uses_sasl:
            return faust.SASLCredentials(
                username=self.username,
                password=self.password,
                ssl_context=self.ssl_context(),
                mechanism=self.sasl_mechanism,
            )
        if self.uses_tls:
            return faust.SSLCredentials(self.ssl_context())
        return None


def connection(settings: Settings) -> Connection:
    if not settings.kafka_bootstrap:
        raise NotConfigured(
            "no Kafka broker: set KAFKA_BOOTSTRAP (or TALLY_KAFKA_BOOTSTRAP), "
            "or start a local one with `tally broker`"
        )
    password = (
        settings.kafka_password.get_secret_value() if settings.kafka_password is not None else None
    )
    if password is None and settings.kafka_password_file is not None:
        password = settings.kafka_password_file.read_text().strip()
    return Connection(
        bootstrap=settings.kafka_bootstrap,
        security_protocol=settings.kafka_security_protocol,
        sasl_mechanism=settings.kafka_sasl_mechanism,
        username=settings.kafka_username,
        password=password,
        cafile=settings.kafka_ssl_cafile,
        certfile=settings.kafka_ssl_certfile,
        keyfile=settings.kafka_ssl_keyfile,
    )
