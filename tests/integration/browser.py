"""Debian's headless chromium driven over the DevTools protocol (aiohttp's WebSocket client),
for tests of the web view in a real browser. No browser download: `scripts/install-chromium.sh`
installs the distribution's package."""

import asyncio
import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import pytest

from streams.kafka.broker import free_port

START_TIMEOUT_S = 30.0


def require_chromium() -> str:
    """Path of chromium; skips without it, but fails under CI, whose set-up installs it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        message = "chromium is not on PATH; run scripts/install-chromium.sh"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    return path


class Page:
    """One tab: navigate, evaluate JavaScript, take screenshots."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.next_id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        sent = self.next_id
        await self.socket.send_json({"id": sent, "method": method, "params": params})
        while True:
            message = await self.socket.receive_json(timeout=30)
            if message.get("id") == sent:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def goto(self, url: str, ready: str = "document.readyState === 'complete'") -> None:
        await self.call("Page.navigate", url=url)
        await self.wait_for(ready)

    async def wait_for(self, condition: str, timeout_s: float = 60.0) -> float:
        """Seconds until the JavaScript `condition` holds; fails after `timeout_s`."""
        start = time.monotonic()
        while time.monotonic() - start < timeout_s:
            with contextlib.suppress(RuntimeError):  # the page may be between documents
                if await self.evaluate(condition):
                    return time.monotonic() - start
            await asyncio.sleep(0.05)
        raise TimeoutError(f"not within {timeout_s}s: {condition}")

    async def screenshot(self, path: Path, width: int = 1280, height: int = 2000) -> None:
        await self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        shot = await self.call("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


@contextlib.asynccontextmanager
async def chromium(binary: str) -> AsyncIterator[Page]:
    port = free_port()
    # A crash handler that outlives the browser may still write into the scratch profile;
    # a leftover there is no failure of the web view.
    scratch = tempfile.TemporaryDirectory(prefix="tally-chromium-", ignore_cleanup_errors=True)
    with scratch as profile:
        process = subprocess.Popen(
            [
                binary,
                "--headless",
                "--no-sandbox",  # containers run tests as root
                "--disable-gpu",
                "--no-proxy-server",  # loopback only: no proxy from the environment
                "--no-first-run",
                f"--remote-debugging-port={port}",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            async with aiohttp.ClientSession() as session:
                url = await _page_socket(session, port, process)
                async with session.ws_connect(url, max_msg_size=0) as socket:
                    page = Page(socket)
                    await page.call("Page.enable")
                    yield page
        finally:
            _stop(process)


def _stop(process: "subprocess.Popen[bytes]") -> None:
    """Stop chromium and the processes it started (renderers, the crash handler), waiting
    for each, so that none still writes into the profile when it is removed."""
    try:
        family = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        family = []
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    _, alive = psutil.wait_procs(family, timeout=10)
    for child in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()
    psutil.wait_procs(alive, timeout=10)


async def _page_socket(
    session: aiohttp.ClientSession, port: int, process: "subprocess.Popen[bytes]"
) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get(f"http://127.0.0.1:{port}/json") as response:
                targets = json.loads(await response.text())
                pages = [t for t in targets if t.get("type") == "page"]
                if pages:
                    return str(pages[0]["webSocketDebuggerUrl"])
        await asyncio.sleep(0.2)
    raise TimeoutError("chromium did not open its DevTools port")
