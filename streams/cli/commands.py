"""The `tally` command line."""

import contextlib
import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from kafka.errors import KafkaError
from pydantic import ValidationError
from rich.console import Console

from schemas.claim import ClaimAdapter
from schemas.dead_letter import RejectReason
from streams.settings import Settings, get_settings

if TYPE_CHECKING:
    from spacy.language import Language

    from schemas.state import IncidentState
    from streams.kafka.connection import Connection

console = Console()
PATHS = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)


def _settings() -> Settings:
    return get_settings()


def _connection(settings: Settings) -> "Connection":
    from streams.kafka.connection import NotConfigured, connection

    try:
        return connection(settings)
    except NotConfigured as error:
        raise click.UsageError(str(error)) from None


class BadInput(click.ClickException):
    """A file, a setting, an incident or the broker is wrong: one line, exit 2."""

    exit_code = 2


def explain(error: Exception, settings: Settings | None = None) -> click.ClickException:
    """One line for the user instead of a traceback (--verbose keeps the traceback)."""
    from streams.cli.sources import SourceError

    if isinstance(error, SourceError):
        return BadInput(str(error))
    if isinstance(error, ValidationError):
        # Settings fields are set as TALLY_<FIELD>: name them the way the user wrote them.
        prefix = "TALLY_" if error.title == Settings.__name__ else ""
        problems = "; ".join(
            f"{prefix}{'.'.join(str(part) for part in item['loc']).upper()}: {item['msg']}"
            for item in error.errors()
        )
        return BadInput(f"configuration: {problems}")
    if isinstance(error, OSError) and error.filename is not None:
        return BadInput(f"{error.filename}: {error.strerror or error}")
    if isinstance(error, KafkaError | OSError):
        where = settings.kafka_bootstrap if settings is not None else None
        return BadInput(f"Kafka at {where}: {_described(error)}")
    return click.ClickException(f"unexpected {_described(error)} (--verbose shows where)")


def _described(error: Exception) -> str:
    text, name = str(error), type(error).__name__
    return text if text.startswith(name) else f"{name}: {text}"


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            if ctx.params.get("verbose") or os.environ.get("TALLY_DEBUG"):
                raise
            settings = None
            with contextlib.suppress(ValidationError):
                settings = _settings()
            raise explain(error, settings) from None


@click.group(cls=_Commands)
@click.option("--verbose", is_flag=True, help="Show the traceback of an error.")
def main(verbose: bool) -> None:
    """tally: reconciled crisis figures from a stream of articles.

    \b
    Example: tally replay seeds/    (no Kafka needed)
    """
    if not (verbose or os.environ.get("TALLY_DEBUG")):
        # kafka-python logs every failed connection attempt; the command says what failed once.
        logging.getLogger("kafka").setLevel(logging.CRITICAL)


@main.command()
@click.option("--processes", default=1, show_default=True, help="Worker processes to run.")
def worker(processes: int) -> None:
    """Run the Faust worker (KAFKA_BOOTSTRAP names the broker).

    \b
    Example: KAFKA_BOOTSTRAP=127.0.0.1:9092 tally worker --processes 2
    """
    from streams.runtime.processes import run_workers

    _connection(_settings())
    sys.exit(run_workers(_settings(), processes))


@main.command()
@click.option("--fetch-only", is_flag=True, help="Only fetch the broker's jars into the cache.")
@click.option("--port", type=int, default=None, help="Listener port (default: a free one).")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the broker's data here; an existing one restarts in place.",
)
def broker(fetch_only: bool, port: int | None, data_dir: Path | None) -> None:
    """Run a local single-node Kafka broker in the foreground until Ctrl-C; exits 1 if the
    broker's Java process dies.

    \b
    Example: tally broker --port 9092 --data-dir ~/kafka-data
    """
    from streams.kafka.broker import LocalBroker, fetch_jars

    settings = _settings()
    if fetch_only:
        console.print(f"Kafka jars in {fetch_jars(settings.cache_dir, settings.kafka_version)}")
        return
    local = LocalBroker(settings.cache_dir, settings.kafka_version, work_dir=data_dir, port=port)
    with local:
        console.print(f"Kafka broker ready: KAFKA_BOOTSTRAP={local.bootstrap}  (Ctrl-C stops it)")
        stop_signals = {signal.SIGINT, signal.SIGTERM}
        signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
        while signal.sigtimedwait(stop_signals, 1.0) is None:
            if not local.alive():
                raise click.ClickException(f"the broker's process died; see {local.log_file}")


@main.command()
@PATHS
@click.option("--topic", default=None, help="Topic (default: the articles topic).")
def publish(paths: tuple[Path, ...], topic: str | None) -> None:
    """Publish articles (JSON, JSON Lines, or text files with a manifest.json; folders too).

    \b
    Example: tally publish seeds/ more.jsonl
    """
    from streams.cli.sources import SourceError, raw_records
    from streams.clients.publish import article_message
    from streams.clients.publish import publish as send
    from streams.kafka.topics import ensure_topics

    settings = _settings()
    server = _connection(settings)
    try:
        messages = [article_message(record) for _, record in raw_records(list(paths))]
    except SourceError as error:
        raise BadInput(str(error)) from None
    ensure_topics(settings)
    count = send(server, topic or settings.topic_articles, messages)
    console.print(f"published {count} article(s) to {topic or settings.topic_articles}")


@main.command()
@click.argument("incident", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the state as JSON.")
def state(incident: str | None, as_json: bool) -> None:
    """Print the reconciled state (from the incident-state topic); an incident merged into
    another shows the survivor's, after a note on stderr.

    \b
    Example: tally state kazakhstan-unrest-2022 --json
    """
    from streams.clients.state_read import follow_merges, read_merges, read_states

    settings = _settings()
    server = _connection(settings)
    states = read_states(server, settings.topic_state)
    if incident is not None:
        chain = follow_merges(incident, states, lambda: read_merges(server, settings.topic_changes))
        if len(chain) > 1:
            click.echo(_merged_note(chain), err=True)
        incident = chain[-1]
    _print_states(states, incident, as_json)


def _merged_note(chain: list[str]) -> str:
    via = f" (via {', '.join(chain[1:-1])})" if len(chain) > 2 else ""
    return f"incident {chain[0]} merged into {chain[-1]}{via}"


def _print_states(states: dict[str, "IncidentState"], incident: str | None, as_json: bool) -> None:
    from streams.cli.render import state_tables

    if incident is not None:
        if incident not in states:
            raise BadInput(f"no incident {incident!r}; known: {', '.join(states) or 'none'}")
        states = {incident: states[incident]}
    if as_json:
        click.echo(json.dumps([s.model_dump(mode="json") for s in states.values()], indent=2))
        return
    if not states:
        console.print("no incidents yet")
    for found in states.values():
        console.print(state_tables(found))


@main.command()
@PATHS
@click.option("--json", "as_json", is_flag=True, help="Claims as JSON Lines.")
def extract(paths: tuple[Path, ...], as_json: bool) -> None:
    """Extract the claims of articles, without Kafka.

    \b
    Example: tally extract seeds/ --json > claims.jsonl
    """
    from streams.cli.render import claims_table
    from streams.cli.sources import load_articles
    from streams.replay import extract_articles, link_articles

    settings = _settings()
    _, claims = link_articles(extract_articles(load_articles(list(paths)), _nlp(settings)))
    flat = [claim for found in claims.values() for claim in found]
    if as_json:
        for claim in flat:
            click.echo(ClaimAdapter.dump_json(claim).decode())
    else:
        console.print(claims_table(flat))


@main.command()
@PATHS
@click.option("--json", "as_json", is_flag=True, help="Final states as JSON.")
def replay(paths: tuple[Path, ...], as_json: bool) -> None:
    """Extract and reconcile articles in one process, without Kafka.

    \b
    Example: tally replay seeds/ --json
    """
    from streams.cli.sources import load_articles
    from streams.replay import replay as run_replay

    states = run_replay(load_articles(list(paths)), _nlp(_settings()))
    _print_states(states, None, as_json)


def _nlp(settings: Settings) -> "Language":
    from streams.extract.nlp import load_nlp

    return load_nlp(settings.spacy_model)


@main.command()
@click.option("--check", is_flag=True, help="Compare with incident-state; exit 1 if it differs.")
@click.option(
    "--publish", "republish", is_flag=True, help="Write the rebuilt states to incident-state."
)
@click.option("--json", "as_json", is_flag=True)
def rebuild(check: bool, republish: bool, as_json: bool) -> None:
    """Re-materialise every incident's state from the claims topic.

    \b
    Example: tally rebuild --check
    """
    from streams.clients.rebuild import rebuild_states

    settings = _settings()
    _connection(settings)
    report = rebuild_states(
        settings, publish=republish, compare_live=check, show_progress=not as_json
    )
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        console.print(report.summary())
    if check and report.differing:
        sys.exit(1)


@main.command()
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    type=click.Choice([reason.value for reason in RejectReason]),
    help="Only letters with this reason (repeatable).",
)
@click.option("--key", "keys", multiple=True, help="Only letters with this key (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the letters as JSON.")
@click.option(
    "--republish",
    is_flag=True,
    help="Send the selected letters' original messages to the articles topic again.",
)
def dlq(reasons: tuple[str, ...], keys: tuple[str, ...], as_json: bool, republish: bool) -> None:
    """List dead letters (reason, detail, key, offset); re-publish them after a fix.

    \b
    Example: tally dlq --reason unsupported_language --republish
    """
    from streams.clients import dlq as dlq_tools

    if republish and not (reasons or keys):
        raise click.UsageError("--republish needs --reason or --key to say which letters")
    settings = _settings()
    server = _connection(settings)
    letters = dlq_tools.select(
        dlq_tools.read_dead_letters(server, settings.topic_dlq),
        reasons={RejectReason(reason) for reason in reasons},
        keys=set(keys),
    )
    if republish:
        count = dlq_tools.republish(server, settings.topic_articles, letters)
        console.print(f"re-published {count} message(s) to {settings.topic_articles}")
    elif as_json:
        click.echo(dlq_tools.as_json(letters))
    else:
        console.print(dlq_tools.table(letters))


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--articles", type=click.Path(exists=True, path_type=Path), default=None)
@click.option("--json", "as_json", is_flag=True)
def evaluate(gold: tuple[Path, ...], articles: Path | None, as_json: bool) -> None:
    """Score extraction and state against gold annotation files.

    \b
    Example: tally eval tests/data/dev/dev.gold.json
    """
    from streams.evaluate.report import run_eval

    text, _ = run_eval(list(gold), articles, as_json)
    click.echo(text)


@main.command()
def demo() -> None:
    """Everything on the seeds: local broker, worker, publish, print the state, stop.

    \b
    Example: tally demo
    """
    from streams.cli.demo import run_demo

    sys.exit(run_demo(_settings(), console))
