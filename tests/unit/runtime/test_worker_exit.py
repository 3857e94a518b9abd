"""A worker whose stop has finished exits with its code, even past a thread that hangs."""

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

# A stand-in for Faust's consumer thread caught in a rebalance during the stop: it never ends.
_PROGRAM = """
import threading
from streams.runtime.worker import exit_past_stuck_threads

release = threading.Event()
threading.Thread(target=release.wait, name="rejoining-group").start()
{before_exit}
print("stopping", flush=False)
exit_past_stuck_threads(SystemExit({code}), wait_s=0.2)
"""


def _run(code: int | None, before_exit: str = "") -> subprocess.CompletedProcess[str]:
    program = textwrap.dedent(_PROGRAM).format(code=code, before_exit=before_exit)
    return subprocess.run(
        [sys.executable, "-c", program],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_stuck_thread_does_not_hold_the_exit() -> None:
    done = _run(0)
    assert done.returncode == 0
    assert "stopping" in done.stdout
    assert "rejoining-group" in done.stderr


def test_the_stop_code_is_kept_past_a_stuck_thread() -> None:
    assert _run(70).returncode == 70
    assert _run(None).returncode == 0


def test_threads_that_finish_are_waited_for() -> None:
    done = _run(3, before_exit="release.set()")
    assert done.returncode == 3
    assert "rejoining-group" not in done.stderr
