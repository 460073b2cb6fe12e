"""BlobStore: content-addressed, compressed, deduplicated, atomic raw-body storage."""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from pathlib import Path

import pytest

from monitor.errors import StoreError
from monitor.store.blobs import BlobStore
from tests.conftest import AEB_CORPUS

CORPUS = AEB_CORPUS / "html"


def _page() -> bytes:
    """A real article page when the corpus is there, else a long synthetic one."""
    pages = sorted(CORPUS.glob("*.html.gz")) if CORPUS.is_dir() else []
    if pages:
        return gzip.decompress(pages[0].read_bytes())
    return b"<html><body>" + b"<p>North Korean troops in Russia.</p>" * 2000 + b"</body></html>"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_put_get_round_trip_and_layout(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "snapshots")
    data = _page()
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.path(sha) == tmp_path / "snapshots" / sha[:2] / sha[2:4] / f"{sha}.gz"
    assert store.exists(sha)
    assert store.get(sha) == data
    assert gzip.decompress(store.path(sha).read_bytes()) == data  # plain gzip, readable by zcat
    assert 0 < store.size_on_disk() < len(data)  # compressed


def test_identical_bodies_are_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    sha = store.put(b"same body")
    first = store.path(sha).stat()
    assert store.put(b"same body") == sha
    assert store.path(sha).stat().st_mtime_ns == first.st_mtime_ns  # not rewritten
    other = store.put(b"other body")
    assert other != sha
    assert len(_files(tmp_path)) == 2
    assert store.size_on_disk() == sum(p.stat().st_size for p in _files(tmp_path))


def test_empty_body(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    assert store.get(store.put(b"")) == b""


def test_missing_corrupt_and_bad_names_raise_store_error(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    missing = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(missing)
    with pytest.raises(StoreError, match="not in"):
        store.get(missing)

    sha = store.put(b"original")
    store.path(sha).write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(StoreError, match="corrupt"):
        store.get(sha)
    store.path(sha).write_bytes(b"not gzip at all")
    with pytest.raises(StoreError, match="unreadable"):
        store.get(sha)
    store.path(sha).write_bytes(gzip.compress(b"original")[:10])  # torn
    with pytest.raises(StoreError, match="unreadable"):
        store.get(sha)

    for bad in ("../../etc/passwd", "ABC", sha.upper(), sha + "0"):
        with pytest.raises(StoreError, match="SHA-256"):
            store.get(bad)
    assert store.size_on_disk() > 0
    assert BlobStore(tmp_path / "nothing-yet").size_on_disk() == 0


def test_a_crash_before_the_rename_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BlobStore(tmp_path)

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StoreError, match="disk full"):
        store.put(b"body")
    monkeypatch.undo()
    sha = hashlib.sha256(b"body").hexdigest()
    assert not store.exists(sha)
    assert _files(tmp_path) == []  # the temporary file was removed too
    assert store.put(b"body") == sha and store.get(sha) == b"body"


def test_concurrent_writers_of_the_same_body(tmp_path: Path) -> None:
    data = _page()
    barrier = threading.Barrier(8)
    results: list[str] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            barrier.wait()
            results.append(BlobStore(tmp_path).put(data))
        except BaseException as exc:  # collected and checked in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(results)) == 1
    assert [p.name for p in _files(tmp_path)] == [f"{results[0]}.gz"]
    assert BlobStore(tmp_path).get(results[0]) == data


def test_unwritable_root_is_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError, match="cannot store"):
        BlobStore(blocker).put(b"x")
