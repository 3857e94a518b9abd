"""Structured JSON logs by default (one object a line), human-readable ones on request."""

import json
import logging
from typing import Any


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
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "tally"}},
        "root": {"handlers": ["console"], "level": level},
    }
