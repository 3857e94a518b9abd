"""Bad input to a command is one line naming the file and the problem, and exit code 2."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from streams.cli.commands import main
from streams.settings import get_settings

CASES = {
    "no-body.json": ('{"id": "a", "published_at": "2024-01-01T00:00:00Z"}', "body: Field required"),
    "notes.md": ("# notes", "not a folder, .json, .jsonl or .txt file"),
    "broken.json": ("{oops", "not JSON"),
    "lone.txt": ("Ten people died.", "needs a manifest.json beside it"),
    "list.json": ("[1, 2]", "expected a JSON object per article"),
}


@pytest.mark.parametrize("command", ["extract", "replay"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_bad_file_is_one_line_and_exit_2(tmp_path: Path, command: str, name: str) -> None:
    text, problem = CASES[name]
    path = tmp_path / name
    path.write_text(text)
    result = CliRunner().invoke(main, [command, str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and problem in lines[0], result.output


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "absent.json")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_a_bad_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALLY_PARTITIONS", "abc")
    get_settings.cache_clear()
    result = CliRunner().invoke(main, ["state"])
    get_settings.cache_clear()
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: configuration: TALLY_PARTITIONS: Input should be a valid integer, "
        "unable to parse string as an integer"
    ]


def test_exactly_once_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALLY_PROCESSING_GUARANTEE", "exactly_once")
    get_settings.cache_clear()
    result = CliRunner().invoke(main, ["worker"])
    get_settings.cache_clear()
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: configuration: TALLY_PROCESSING_GUARANTEE:")
    assert "exactly_once is not supported" in line


@pytest.mark.parametrize(
    "command", ["worker", "broker", "publish", "state", "extract", "replay", "rebuild", "dlq"]
)
def test_every_command_shows_an_example_in_its_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and f"Example: tally {command}" in result.output.replace(
        "KAFKA_BOOTSTRAP=127.0.0.1:9092 ", ""
    )
