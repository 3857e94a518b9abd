"""Structured JSON logs by default (one object a line), human-readable ones on request."""

import json
import logging
import time
from collections.abc import Callable
from typing import Any

# The libraries' repeated complaints (a broker that is down) are summarised this often.
REPEAT_INTERVAL_S = 30.0


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RepeatFilter(logging.Filter):
    """One line per problem per interval for the libraries' loggers (Faust, aiokafka, mode):
    a record whose logger and message template were seen within `interval_s` is dropped, and
    the next one that passes says how many were dropped. tally's own records always pass."""

    def __init__(
        self, interval_s: float = REPEAT_INTERVAL_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.interval_s = interval_s
        self.clock = clock
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("streams.") or record.levelno < logging.WARNING:
            return True
        key = (record.name, str(record.msg))
        now = self.clock()
        last, dropped = self._seen.get(key, (float("-inf"), 0))
        if now - last < self.interval_s:
            self._seen[key] = (last, dropped + 1)
            return False
        self._seen[key] = (now, 0)
        if dropped:
            record.msg = f"{record.msg} [{dropped} more like this in {now - last:.0f}s]"
        return True


class RateLimitedLog:
    """A warning per problem per interval from tally's own code, with the count in between."""

    def __init__(self, logger: logging.Logger, interval_s: float = REPEAT_INTERVAL_S) -> None:
        self.logger = logger
        self.filter = RepeatFilter(interval_s)

    def warning(self, problem: str, detail: str) -> None:
        record = self.logger.makeRecord("tally.repeated", logging.WARNING, "", 0, problem, (), None)
        if self.filter.filter(record):
            self.logger.warning("%s: %s", record.msg, detail)


def logging_config(log_format: str, level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` dict; Faust's worker applies it at start."""
    formatter: dict[str, Any] = (
        {"()": "streams.logs.JsonFormatter"}
        if log_format == "json"
        else {"format": "[%(asctime)s] %(levelname)s %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"tally": formatter},
        "filters": {"repeats": {"()": "streams.logs.RepeatFilter"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "tally",
                "filters": ["repeats"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
    }
