"""An agent whose own loop fails marks the worker failed: /health says so, and the worker
stops with a non-zero exit (streams/runtime/worker.py) instead of idling as 'ready'."""

import asyncio
from types import SimpleNamespace
from typing import Any, cast

import pytest

from streams.runtime.agents import Agents
from streams.runtime.worker import Worker
from streams.settings import Settings


def _agents() -> Agents:
    topology = SimpleNamespace(settings=Settings(), claims_table={}, merged_table={})
    return Agents(cast(Any, topology))


def test_a_failing_agent_loop_marks_the_worker_failed() -> None:
    agents = _agents()

    async def run() -> None:
        async with agents.guarded("extract"):
            raise RuntimeError("the stream broke")

    with pytest.raises(RuntimeError):
        asyncio.run(run())
    assert agents.failure == "agent extract stopped: RuntimeError: the stream broke"
    worker = Worker(
        topology=cast(Any, SimpleNamespace(settings=Settings())),
        agents=agents,
        state_view=cast(Any, None),
        rewinder=cast(Any, None),
    )
    assert worker.health().startswith("failed: agent extract stopped")
    assert not worker.is_ready()


def test_a_cancelled_agent_is_not_a_failure() -> None:
    agents = _agents()

    async def run() -> None:
        async with agents.guarded("reconcile"):
            raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(run())
    assert agents.failure is None
