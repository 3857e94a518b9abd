"""Assembles and runs one tally worker: topology, agents, views, state view and sensors."""

import asyncio
import logging
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, NoReturn, cast

import faust
from faust.web.drivers.aiohttp import Web as AiohttpWeb

from streams import metrics
from streams.collector import tune_collector
from streams.kafka.connection import connection
from streams.kafka.rewind import Rewinder, recovered
from streams.kafka.topics import ensure_topics
from streams.runtime.agents import Agents, register_agents
from streams.runtime.app import Topology, create_topology
from streams.runtime.auth import token_middleware
from streams.runtime.offload import Extractor
from streams.runtime.state_view import StateView
from streams.runtime.web import register_views
from streams.settings import Settings

log = logging.getLogger(__name__)
LAG_INTERVAL_S = 5.0
# Faust commits every 2.8 s: rewind well before it can commit over a dropped message.
REWIND_CHECK_S = 0.2
STALL_CHECK_S = 5.0
# sysexits' EX_SOFTWARE: an agent failed for a reason that is not a message.
EXIT_AGENT_FAILED = 70
EXIT_SHUTDOWN_TIMEOUT = 75
# How long a finished stop waits for leftover threads before leaving them.
STUCK_THREAD_WAIT_S = 5.0


@dataclass
class Worker:
    topology: Topology
    agents: Agents
    state_view: StateView
    rewinder: Rewinder

    def health(self) -> str:
        """The /health status: ready, or why not (recovering, stalled, failed)."""
        if self.agents.failure is not None:
            return f"failed: {self.agents.failure}"
        settings = self.topology.settings
        if not (
            recovered(self.topology.app)
            and self.rewinder.settled()
            and self.state_view.caught_up.is_set()
        ):
            return "recovering"
        waiting = self.rewinder.waiting_s(time.monotonic())
        if waiting >= settings.health_stall_s:
            return f"stalled: no progress for {waiting:.0f}s with messages waiting"
        return "ready"

    def is_ready(self) -> bool:
        return self.health() == "ready"


def build_worker(settings: Settings) -> Worker:
    topology = create_topology(settings)
    client_config = connection(settings).client_config()
    # The topics the agents consume; changelogs are only read back while recovering.
    stream_topics = frozenset(
        {settings.topic_articles, settings.topic_extracted, settings.topic_claims}
    )
    worker = Worker(
        topology=topology,
        agents=Agents(topology),
        state_view=StateView(client_config, settings.topic_state),
        rewinder=Rewinder(
            topology.app,
            client_config,
            stream_topics,
            stall_s=settings.stall_rewind_s,
            stall_check_s=STALL_CHECK_S,
        ),
    )
    app = topology.app
    register_agents(topology, worker.agents)
    register_views(topology, worker.agents.store, worker.state_view, worker.health)

    async def tail_state() -> None:
        await worker.state_view.run()

    exported_lag: set[tuple[str, str]] = set()

    async def export_lag() -> None:
        # From the committed offsets, not the fetch position: a partition whose messages
        # were fetched but never processed is behind, and must show it.
        current: set[tuple[str, str]] = set()
        for tp, lag in sorted(worker.rewinder.lag.items()):
            labels = (tp.topic, str(tp.partition))
            metrics.CONSUMER_LAG.labels(*labels).set(lag)
            current.add(labels)
        # A partition handed to another worker is that worker's to report.
        for labels in exported_lag - current:
            metrics.CONSUMER_LAG.remove(*labels)
        exported_lag.clear()
        exported_lag.update(current)
        metrics.WORKER_READY.set(1 if worker.is_ready() else 0)

    def forget_incidents(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        worker.agents.store.forget()

    async def rewind_dropped_messages() -> None:
        await worker.rewinder.run(REWIND_CHECK_S)

    async def stop_when_failed() -> None:
        while worker.agents.failure is None:
            await asyncio.sleep(1.0)
        # The same way out as SIGTERM (offsets committed, stores closed), then exit non-zero.
        os.kill(os.getpid(), signal.SIGTERM)

    if settings.api_token is not None:
        web = cast(AiohttpWeb, app.web)
        web.web_app.middlewares.append(token_middleware(settings.api_token.get_secret_value()))
    app.task(tail_state)
    app.task(stop_when_failed)
    app.timer(LAG_INTERVAL_S)(export_lag)
    app.task(rewind_dropped_messages)
    app.on_partitions_revoked.connect(forget_incidents)
    return worker


def run_worker(settings: Settings) -> NoReturn:
    """Run one worker in this process until SIGINT/SIGTERM; Faust commits offsets on the way out."""
    settings = settings.model_copy(
        update={"data_dir": settings.data_dir / f"worker-{settings.web_port}"}
    )
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    created = ensure_topics(settings)
    if created:
        log.info("created topics %s", ", ".join(created))
    worker = build_worker(settings)
    tune_collector()
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    extractor = Extractor(settings.spacy_model, settings.nlp_processes, settings.batch_size)
    extractor.warm_up()
    worker.agents.extractor = extractor
    try:
        _Worker(
            worker.topology.app,
            loglevel="INFO",
            redirect_stdouts=False,
            loop=loop,
            shutdown_timeout_s=settings.shutdown_timeout_s,
        ).execute_from_commandline()
    except SystemExit as exit:
        stopped = SystemExit(EXIT_AGENT_FAILED) if worker.agents.failure is not None else exit
    finally:
        extractor.close()
    exit_past_stuck_threads(stopped)


def exit_past_stuck_threads(stopped: SystemExit, wait_s: float = STUCK_THREAD_WAIT_S) -> NoReturn:
    """Exit with `stopped` once Faust's stop is done, without waiting on a stuck thread.

    A stop signal that lands while the group rebalances (another worker leaving) leaves
    Faust's consumer thread rejoining the group, its callback waiting for ever on the main
    loop Faust has just closed; Python would join that thread at exit until the shutdown
    deadline killed the process with a failure code, although the stop had finished.
    """
    deadline = time.monotonic() + wait_s
    others = [
        thread
        for thread in threading.enumerate()
        if not thread.daemon and thread is not threading.current_thread()
    ]
    for thread in others:
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [thread.name for thread in others if thread.is_alive()]
    if not stuck:
        raise stopped
    log.warning("stopped; leaving thread(s) %s that did not finish", ", ".join(stuck))
    if isinstance(stopped.code, str):
        print(stopped.code, file=sys.stderr)  # as Python prints a SystemExit's message
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    code = stopped.code
    os._exit(0 if code is None else code if isinstance(code, int) else 1)


class _Worker(faust.Worker):
    """Faust's worker with a deadline on shutdown: a stop that hangs (a broker gone, a
    stuck extraction) ends the process anyway, so supervisors never wait on it."""

    def __init__(self, *args: Any, shutdown_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shutdown_timeout_s = shutdown_timeout_s

    def _on_sigterm(self) -> None:
        self._start_deadline()
        super()._on_sigterm()

    def _on_sigint(self) -> None:
        self._start_deadline()
        super()._on_sigint()

    def _start_deadline(self) -> None:
        def expire() -> None:
            log.error("still running %.0fs after the stop signal; exiting", self.shutdown_timeout_s)
            os._exit(EXIT_SHUTDOWN_TIMEOUT)

        timer = threading.Timer(self.shutdown_timeout_s, expire)
        timer.daemon = True
        timer.start()
