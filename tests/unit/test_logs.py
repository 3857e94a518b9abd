"""The libraries' repeated complaints (a broker that is down) are one line per interval."""

import logging

from streams.logs import RepeatFilter


def _record(name: str, message: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, (), None)


def test_a_repeated_library_warning_passes_once_per_interval_with_a_count() -> None:
    now = [0.0]
    repeats = RepeatFilter(interval_s=30.0, clock=lambda: now[0])
    passed = []
    for second in range(0, 95, 1):
        now[0] = float(second)
        record = _record("aiokafka.conn", "Unable connect to %r")
        if repeats.filter(record):
            passed.append((second, record.msg))
    assert [second for second, _ in passed] == [0, 30, 60, 90]
    assert passed[1][1] == "Unable connect to %r [29 more like this in 30s]"


def test_tallys_own_records_and_info_lines_always_pass() -> None:
    repeats = RepeatFilter(interval_s=30.0, clock=lambda: 0.0)
    assert all(repeats.filter(_record("streams.runtime.agents", "rejected")) for _ in range(5))
    assert all(repeats.filter(_record("faust", "ready", logging.INFO)) for _ in range(5))
    assert repeats.filter(_record("faust", "broker down"))
    assert not repeats.filter(_record("faust", "broker down"))
