"""An incident's claims in canonical order, kept compact until a rewind replays them.

A reconciler keeps its incident's claims for as long as the worker owns the incident, but
reads them again only to replay the steps after a late article or a new extractor version,
or for the state at a past moment. So each step's claims (one article at one publication
time) are kept as the JSON array of their JSON, as the worker got or made it, and the
steps are zlib-compressed `CHUNK` at a time: claims repeat most of their text (ids, URL,
outlet, field names), so a chunk takes about 30 bytes a claim where a decoded model took
about 2 KB, and one compression of many steps costs a quarter of one per step. The latest
steps stay uncompressed until the chunk after theirs opens; a chunk a late step joins is
unpacked and packed again. Only the step keys stay decoded, to find a step. A claim read
back equals the claim kept, with every field set.
"""

import datetime as dt
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from typing import cast

from schemas.claim import Claim
from streams.codec import decode_claims, encode_claims
from streams.reconcile.order import StepKey, order_key, step_key

CHUNK = 64  # steps compressed together
_LEVEL = 1  # the fastest: higher levels save little here
# Between the JSON arrays of a chunk's steps: JSON text has no raw newline.
_BETWEEN = b"\n"


def _array(claims: list[Claim], encoded: Mapping[int, bytes | None]) -> bytes:
    """The JSON array of the claims, from the JSON they came as where it is known."""
    given = [encoded.get(id(claim)) for claim in claims]
    if None in given:
        return encode_claims(claims)
    return b"[" + b",".join(cast(list[bytes], given)) + b"]"


class _Chunk:
    """Consecutive steps: their keys, and their JSON arrays, packed or not."""

    __slots__ = ("_packed", "_steps", "keys")

    def __init__(self, keys: list[StepKey], steps: list[bytes]) -> None:
        self.keys = keys
        self._packed = b""
        self._steps: list[bytes] | None = steps

    @property
    def packed(self) -> bool:
        return self._steps is None

    def steps(self) -> list[bytes]:
        """The steps' JSON arrays, unpacked for changing (and packed again by `pack`)."""
        if self._steps is None:
            self._steps = zlib.decompress(self._packed).split(_BETWEEN)
            self._packed = b""
        return self._steps

    def read(self) -> list[bytes]:
        """The steps' JSON arrays, leaving the chunk as it is."""
        if self._steps is None:
            return zlib.decompress(self._packed).split(_BETWEEN)
        return self._steps

    def pack(self) -> None:
        if self._steps is not None:
            self._packed = zlib.compress(_BETWEEN.join(self._steps), _LEVEL)
            self._steps = None


class Archive:
    """The claims of one incident by step, in canonical order."""

    def __init__(self) -> None:
        self._chunks: list[_Chunk] = []
        self._steps = 0
        self.claims = 0

    def __len__(self) -> int:
        """The number of steps."""
        return self._steps

    def add(
        self, ordered: list[Claim], encoded: Mapping[int, bytes | None], last: bool = False
    ) -> None:
        """Adds claims not kept yet, in canonical order, with the JSON they came as by their
        `id()` (those without are encoded here); a step already kept gets its claims joined.
        `last`: every claim sorts after every claim kept, so a step joined takes them at its
        end as they are, with nothing decoded."""
        changed: list[_Chunk] = []
        for key, group in groupby(ordered, key=step_key):
            claims = list(group)
            self.claims += len(claims)
            chunk, at = self._locate(key)
            if chunk is None or (
                chunk is self._chunks[-1] and len(chunk.keys) >= CHUNK and at == len(chunk.keys)
            ):
                # After the last step of the last chunk, a full one: a new chunk, and the full
                # one packed.
                if chunk is not None:
                    changed.append(chunk)
                chunk, at = _Chunk([], []), 0
                self._chunks.append(chunk)
            found = chunk.steps()
            if at < len(chunk.keys) and chunk.keys[at] == key:
                if last:
                    found[at] = found[at][:-1] + b"," + _array(claims, encoded)[1:]
                else:
                    joined = sorted([*decode_claims(found[at]), *claims], key=order_key)
                    found[at] = encode_claims(joined)
            else:
                chunk.keys.insert(at, key)
                found.insert(at, _array(claims, encoded))
                self._steps += 1
            changed.append(chunk)
        self._pack(changed)

    def remove(self, claim_ids: set[str], steps: Iterable[StepKey]) -> None:
        """Drops the named claims, which are in the given steps."""
        changed: list[_Chunk] = []
        for key in set(steps):
            chunk, at = self._locate(key)
            if chunk is None or at == len(chunk.keys) or chunk.keys[at] != key:
                continue
            found = chunk.steps()
            claims = decode_claims(found[at])
            kept = [claim for claim in claims if claim.claim_id not in claim_ids]
            self.claims -= len(claims) - len(kept)
            if kept:
                found[at] = encode_claims(kept)
            else:
                del chunk.keys[at], found[at]
                self._steps -= 1
            changed.append(chunk)
        self._pack(changed)

    def steps(self, start: int, end: int | None = None) -> Iterator[list[Claim]]:
        """The claims of steps `start` to `end` (excluded), step by step."""
        end = self._steps if end is None else end
        first = 0
        for chunk in self._chunks:
            if first >= end:
                return
            if first + len(chunk.keys) > start:
                found = chunk.read()
                for at in range(max(start - first, 0), min(end - first, len(found))):
                    yield decode_claims(found[at])
            first += len(chunk.keys)

    def published_by(self, at: dt.datetime) -> int:
        """The number of steps published at or before `at`."""
        count = 0
        for chunk in self._chunks:
            if chunk.keys[-1][0] <= at:
                count += len(chunk.keys)
            else:
                return count + bisect_right(chunk.keys, at, key=lambda key: key[0])
        return count

    def find(self, claim_id: str, steps: Iterable[StepKey]) -> Claim | None:
        """The claim, looked for in the given steps."""
        for key in steps:
            chunk, at = self._locate(key)
            if chunk is None or at == len(chunk.keys) or chunk.keys[at] != key:
                continue
            for claim in decode_claims(chunk.read()[at]):
                if claim.claim_id == claim_id:
                    return claim
        return None

    def _locate(self, key: StepKey) -> tuple[_Chunk | None, int]:
        """The chunk a step of this key is in or would go in, and its place there."""
        if not self._chunks:
            return None, 0
        index = max(bisect_right(self._chunks, key, key=lambda chunk: chunk.keys[0]) - 1, 0)
        chunk = self._chunks[index]
        return chunk, bisect_left(chunk.keys, key)

    def _pack(self, changed: list[_Chunk]) -> None:
        """Packs the chunks changed, but the last one (steps of its article may still join
        its last step, which would unpack it); drops emptied ones and splits those late steps
        made more than twice `CHUNK`."""
        for chunk in {id(chunk): chunk for chunk in changed}.values():
            if chunk.packed:
                continue
            pieces = [chunk]
            if not chunk.keys or len(chunk.keys) > 2 * CHUNK:
                steps = chunk.steps()
                pieces = [
                    _Chunk(chunk.keys[start : start + CHUNK], steps[start : start + CHUNK])
                    for start in range(0, len(chunk.keys), CHUNK)
                ]
                index = next(i for i, known in enumerate(self._chunks) if known is chunk)
                self._chunks[index : index + 1] = pieces
            for piece in pieces:
                if piece is not self._chunks[-1]:
                    piece.pack()
