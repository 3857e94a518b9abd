"""The worker image: base, what it copies, how it installs and what it runs."""

import json
import shlex
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = (REPO / "deploy" / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    parsed = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, args = line.strip().partition(" ")
            parsed.append((keyword.upper(), args.strip()))
    return parsed


def args_of(instructions: list[tuple[str, str]], keyword: str) -> list[str]:
    return [args for key, args in instructions if key == keyword]


def test_base_image(instructions: list[tuple[str, str]]) -> None:
    assert instructions[0] == ("FROM", "python:3.11-slim")


def test_copies_only_existing_files_the_build_needs(instructions: list[tuple[str, str]]) -> None:
    copied = [src for args in args_of(instructions, "COPY") for src in shlex.split(args)[:-1]]
    for source in copied:
        assert (REPO / source).exists(), f"COPY {source}: missing in the build context"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    readme = pyproject["project"].get("readme")
    for needed in ["pyproject.toml", *([readme] if readme else []), "streams", "schemas"]:
        assert needed in copied, needed


def test_installs_the_project(instructions: list[tuple[str, str]]) -> None:
    assert any("pip install ." in args for args in args_of(instructions, "RUN"))


def test_environment_and_port(instructions: list[tuple[str, str]]) -> None:
    env = dict(
        pair.split("=", 1) for args in args_of(instructions, "ENV") for pair in shlex.split(args)
    )
    assert env["TALLY_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert env["TALLY_WEB_HOST"] == "0.0.0.0"
    assert args_of(instructions, "EXPOSE") == [env["TALLY_WEB_PORT"]] == ["6066"]


def test_runs_the_worker(instructions: list[tuple[str, str]]) -> None:
    (entrypoint,) = args_of(instructions, "ENTRYPOINT")
    (command,) = args_of(instructions, "CMD")
    assert json.loads(entrypoint) + json.loads(command) == ["tally", "worker"]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert "tally" in scripts
