"""The extraction process gives back the memory a parse freed once the articles pause."""

import asyncio
import ctypes
import datetime as dt
import platform

import psutil
import pytest
from spacy.language import Language

from schemas.article import Article
from streams.clean.boilerplate import clean
from streams.runtime import offload

MB = 1024 * 1024


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_heap_pages_go_back_to_the_system() -> None:
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    # Chunks under glibc's mmap threshold come from the heap; the last one kept holds the
    # freed ones below it, so glibc does not give them back by itself.
    process = psutil.Process()
    chunks = [libc.malloc(100 * 1024) for _ in range(1_000)]
    for chunk in chunks:
        ctypes.memset(chunk, 1, 100 * 1024)
    held = process.memory_info().rss
    for chunk in chunks[:-1]:
        libc.free(chunk)
    assert offload.release_freed_memory()
    # Against what the chunks held, not against the moment before the release: another
    # release in this process (a pipeline's pause watch) may come first.
    after = process.memory_info().rss
    libc.free(chunks[-1])
    assert held - after > 50 * MB


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_freed_heap_goes_back_only_after_a_pause() -> None:
    clock, released = _Clock(), []
    idle = offload.IdleRelease(1.0, lambda: released.append(clock.now) or True, clock)
    assert not idle.tick()  # nothing parsed yet, nothing to give back
    with idle.busy():
        clock.now += 5.0  # a long batch is no pause
    assert not idle.tick()
    clock.now += 0.6
    assert not idle.tick()  # a stream whose next batch comes within a second
    with idle.busy():
        clock.now += 0.2
    clock.now += 0.9
    assert not idle.tick()
    clock.now += 0.2
    assert idle.tick()
    clock.now += 10.0
    assert not idle.tick()  # once per pause
    assert released == [pytest.approx(106.9)]


def test_the_pipeline_process_parses_within_the_pause_watch(
    monkeypatch: pytest.MonkeyPatch, nlp: Language
) -> None:
    clock, released = _Clock(), []
    idle = offload.IdleRelease(1.0, lambda: released.append(clock.now) or True, clock)
    monkeypatch.setattr(offload, "_idle", idle)
    monkeypatch.setattr(offload, "load_nlp", lambda model: nlp)
    article = Article(
        id="a1",
        published_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        outlet="Test",
        url="https://example.org/a1",
        title="",
        body="A fire broke out.",
        language="en",
    )
    # In a thread of this process, where the patches hold.
    extractor = offload.Extractor(None, processes=0, batch_size=4)
    try:
        extracted = asyncio.run(extractor.extract([clean(article)] * 3))
    finally:
        extractor.close()
    assert len(extracted) == 3
    assert released == []
    clock.now += 1.0
    # Here or in the process's own watch thread (this process's here), once.
    idle.tick()
    assert released == [101.0]
