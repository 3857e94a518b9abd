"""The extraction process gives back the memory a parse freed once the stream has caught up."""

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
    chunks = [libc.malloc(100 * 1024) for _ in range(1_000)]
    for chunk in chunks:
        ctypes.memset(chunk, 1, 100 * 1024)
    for chunk in chunks[:-1]:
        libc.free(chunk)
    process = psutil.Process()
    before = process.memory_info().rss
    assert offload.release_freed_memory()
    after = process.memory_info().rss
    libc.free(chunks[-1])
    assert before - after > 50 * MB


@pytest.mark.parametrize(("articles", "released"), [(3, True), (4, False)])
def test_memory_is_given_back_only_after_a_batch_that_did_not_fill(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, articles: int, released: bool
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(offload, "load_nlp", lambda model: nlp)
    monkeypatch.setattr(offload, "release_freed_memory", lambda: calls.append(True) or True)
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
        extracted = asyncio.run(extractor.extract([clean(article)] * articles))
    finally:
        extractor.close()
    assert len(extracted) == articles
    assert calls == ([True] if released else [])
