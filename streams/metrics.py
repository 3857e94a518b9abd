"""Every Prometheus metric tally exports, in one place, so the dashboard and alerts can name them.

Label sets are bounded: stages, metrics, reasons, topics and partitions. Per-incident series
are limited to the most recently updated incidents (see `IncidentGauges`).
"""

from collections import OrderedDict
from contextlib import suppress
from typing import get_args

from prometheus_client import Counter, Gauge, Histogram

from schemas.claim import Metric

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

MESSAGES_IN = Counter("tally_stage_messages_in", "Messages a stage received.", ["stage"])
MESSAGES_OUT = Counter("tally_stage_messages_out", "Messages a stage emitted.", ["stage"])
MESSAGES_FAILED = Counter("tally_stage_messages_failed", "Messages a stage rejected.", ["stage"])
STAGE_LATENCY = Histogram(
    "tally_stage_latency_seconds", "Processing time per message, by stage.", ["stage"],
    buckets=LATENCY_BUCKETS,
)  # fmt: skip
PUBLISH_TO_STATE = Histogram(
    "tally_publish_to_state_seconds",
    "From an article's produce timestamp to the state update it caused.",
    buckets=LATENCY_BUCKETS,
)
CONSUMER_LAG = Gauge(
    "tally_consumer_lag", "Messages behind the end of the partition.", ["topic", "partition"]
)
CLAIMS_EXTRACTED = Counter("tally_claims_extracted", "Claims extracted, by metric.", ["metric"])
# A `claims` message holds an article's claims: messages in do not count claims.
CLAIMS_RECONCILED = Counter(
    "tally_claims_reconciled", "Claims the reconcile stage recorded (redeliveries too)."
)
# A valid article that states no figure and no action reaches no state: count it, so that
# every message read is accounted for (a state, a dead letter, or this).
ARTICLES_WITHOUT_CLAIMS = Counter(
    "tally_articles_without_claims", "Valid articles in which no claim was found."
)
CONFLICTS = Counter("tally_conflicts_detected", "Claims recorded as conflicts.", ["metric"])
DEAD_LETTERS = Counter("tally_dlq_messages", "Messages sent to the dead-letter topic.", ["reason"])
INCIDENTS = Gauge("tally_incidents", "Incidents in this worker's table partitions.")
CACHED_CLAIMS = Gauge(
    "tally_cached_claims", "Claims the reconcilers cached in memory hold (bounded, see README)."
)
STATE_UPDATES = Counter("tally_state_updates", "Incident states emitted after a change.")
INCIDENTS_MERGED = Counter(
    "tally_incidents_merged", "Incidents merged into another by an article that links them."
)
STATE_VERSION = Gauge(
    "tally_state_version", "Version of a recently updated incident.", ["incident"]
)
INCIDENT_FIGURE = Gauge(
    "tally_incident_figure", "Reconciled figure of a recently updated incident.",
    ["incident", "metric"],
)  # fmt: skip
NLP_BATCH_SIZE = Histogram(
    "tally_nlp_batch_size", "Articles per spaCy batch.", buckets=(1, 2, 4, 8, 16, 32, 64, 128)
)
WORKER_READY = Gauge("tally_worker_ready", "1 when the worker's tables have recovered.")


class IncidentGauges:
    """Per-incident gauges for the most recent `limit` incidents, so label sets stay bounded."""

    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self._recent: OrderedDict[str, None] = OrderedDict()

    def update(self, incident_id: str, version: int, figures: dict[str, int | None]) -> None:
        self._recent[incident_id] = None
        self._recent.move_to_end(incident_id)
        STATE_VERSION.labels(incident=incident_id).set(version)
        for metric, value in figures.items():
            if value is not None:
                INCIDENT_FIGURE.labels(incident=incident_id, metric=metric).set(value)
        while len(self._recent) > self.limit:
            evicted, _ = self._recent.popitem(last=False)
            self._remove(evicted)

    def forget(self, incident_id: str) -> None:
        """An incident that no longer exists (merged into another) leaves the gauges."""
        if self._recent.pop(incident_id, 0) is None:
            self._remove(incident_id)

    @staticmethod
    def _remove(incident_id: str) -> None:
        with suppress(KeyError):
            STATE_VERSION.remove(incident_id)
        for metric in get_args(Metric):
            with suppress(KeyError):
                INCIDENT_FIGURE.remove(incident_id, metric)
