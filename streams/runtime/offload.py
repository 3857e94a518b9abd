"""Extraction off the event loop: spaCy is CPU-bound, and a blocked loop misses heartbeats.

With `nlp_processes >= 1` batches go to worker processes that each load the pipeline once;
with 0 they run in a thread of this process (simpler to debug, but it shares the GIL).
Cleaned articles travel as JSON and extracted articles (evidence and claims) come back as JSON,
so nothing but text is pickled.
"""

import asyncio
import contextlib
import ctypes
import ctypes.util
import functools
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from schemas.article import CleanedArticle
from schemas.evidence import ExtractedArticle
from streams.extract.nlp import load_nlp
from streams.extract.pipeline import extract_many

# One article's outcome between processes: (True, its extraction as JSON) or (False, why not).
_Outcome = tuple[bool, str]
_nlp: Language | None = None
_model: str | None = None


def _load(model: str | None) -> None:
    global _nlp, _model
    _exit_with_parent()
    _model = model
    _nlp = load_nlp(model)
    threading.Thread(target=_idle.run, name="tally-release-memory", daemon=True).start()


def _exit_with_parent() -> None:
    """In a pool process: exit when the worker dies, even by SIGKILL, instead of lingering
    with a loaded pipeline. A no-op in the worker process itself."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="tally-exit-with-parent", daemon=True).start()


def _extract_json(cleaned_json: Sequence[str], batch_size: int) -> list[_Outcome]:
    """Each article's extraction as JSON, or the error text when that article failed alone."""
    global _nlp
    if _nlp is None:
        _load(_model)
    assert _nlp is not None
    cleaned = [CleanedArticle.model_validate_json(text) for text in cleaned_json]
    with _idle.busy():
        try:
            batches = extract_many(cleaned, _nlp, batch_size=batch_size)
            return [(True, extracted.model_dump_json()) for extracted in batches]
        except Exception:
            # One bad article must not sink the batch: retry them one by one to find it.
            return [_extract_one(article) for article in cleaned]


def release_freed_memory() -> bool:
    """Return the heap's free pages to the system (glibc's `malloc_trim`); False where there
    is no such call."""
    try:
        trim = _libc().malloc_trim
    except (OSError, AttributeError):
        return False
    trim(0)
    return True


class IdleRelease:
    """Gives the freed heap back once the process has parsed nothing for `idle_s` seconds.

    glibc keeps what a parse frees for the next one: a pipeline process stayed at about
    550 MB after some hundred articles, 250 MB when released after each batch. Released
    after each batch it cost about 5 % of the parsing time (the next batch takes the pages
    back, and a busy stream has a next batch at once), so only a pause releases them."""

    def __init__(
        self,
        idle_s: float,
        release: Callable[[], bool],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_s = idle_s
        self._release = release
        self._clock = clock
        self._lock = threading.Lock()
        # When the last batch ended, while no release has followed it.
        self._ended: float | None = None

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """Around a batch: no release while it runs."""
        with self._lock:
            try:
                yield
            finally:
                self._ended = self._clock()

    def tick(self) -> bool:
        """Releases when the last batch ended `idle_s` ago or more; True when it did."""
        with self._lock:
            if self._ended is None or self._clock() - self._ended < self.idle_s:
                return False
            self._ended = None
            return self._release()

    def run(self) -> None:
        while True:
            time.sleep(self.idle_s / 2)
            self.tick()


_idle = IdleRelease(1.0, release_freed_memory)


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def _extract_one(article: CleanedArticle) -> _Outcome:
    assert _nlp is not None
    try:
        extracted = extract_many([article], _nlp)[0]
    except Exception as error:
        return False, f"{type(error).__name__}: {error}"
    return True, extracted.model_dump_json()


def _encode(article: CleanedArticle) -> str | Exception:
    try:
        return article.model_dump_json()
    except Exception as error:  # text no encoder can write (validation keeps these out)
        return error


def _decode(outcome: _Outcome) -> ExtractedArticle | str:
    ok, text = outcome
    return ExtractedArticle.model_validate_json(text) if ok else text


class Extractor:
    """Runs `extract_many` in worker processes (or a thread) and awaits the result."""

    def __init__(self, model: str | None, processes: int, batch_size: int) -> None:
        self.batch_size = batch_size
        self.model = model
        self.processes = processes
        self._executor = self._start()

    def _start(self) -> Executor:
        if self.processes >= 1:
            return ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_load,
                initargs=(self.model,),
            )
        _load(self.model)
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="tally-nlp")

    def warm_up(self) -> None:
        """Load the pipeline now, so the first batch does not pay for it."""
        self._executor.submit(_extract_json, [], self.batch_size).result()

    async def extract(self, cleaned: Sequence[CleanedArticle]) -> list[ExtractedArticle | str]:
        """Each article's extraction, or the error text of the articles that failed alone."""
        encoded = [_encode(article) for article in cleaned]
        payload = [text for text in encoded if not isinstance(text, Exception)]
        try:
            results = await self._run(payload)
        except BrokenProcessPool:
            # A process died under an article (out of memory, a crash in native code): start
            # new ones, and find the article by running each alone.
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            results = [await self._alone(text) for text in payload]
        decoded = iter(results)
        return [
            f"{type(text).__name__}: {text}"
            if isinstance(text, Exception)
            else _decode(next(decoded))
            for text in encoded
        ]

    async def _run(self, payload: list[str]) -> list[_Outcome]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, _extract_json, payload, self.batch_size)

    async def _alone(self, text: str) -> _Outcome:
        try:
            return (await self._run([text]))[0]
        except BrokenProcessPool as error:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            return False, f"extraction process died: {error}"

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
