"""Raw snapshot bodies, content-addressed: one gzip file per distinct body.

A body is named by the SHA-256 of its raw bytes and kept at `root/ab/cd/<sha>.gz`, so an
unchanged page fetched a thousand times is stored once. Files are written to a temporary
name in the same folder and renamed into place, so a crash or a concurrent writer never
leaves a torn file under the final name.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
import zlib
from pathlib import Path

from monitor.errors import StoreError

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobStore:
    """Content-addressed, gzip-compressed storage of raw bodies under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        """Where the body with this SHA-256 is (or would be) kept."""
        if not _SHA256.fullmatch(sha):
            raise StoreError(f"not a SHA-256 hex digest: {sha!r}")
        return self.root / sha[:2] / sha[2:4] / f"{sha}.gz"

    def exists(self, sha: str) -> bool:
        """True when the body with this SHA-256 is stored."""
        return self.path(sha).is_file()

    def put(self, data: bytes) -> str:
        """Store a body (once per distinct content) and return the SHA-256 hex of its bytes."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.is_file():
            return sha
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._write_atomically(target, gzip.compress(data, compresslevel=6, mtime=0))
        except OSError as exc:
            raise StoreError(f"cannot store snapshot body {sha} in {self.root}: {exc}") from exc
        return sha

    def get(self, sha: str) -> bytes:
        """The body with this SHA-256; StoreError when it is missing or damaged."""
        target = self.path(sha)
        try:
            data = gzip.decompress(target.read_bytes())
        except FileNotFoundError as exc:
            raise StoreError(f"snapshot body {sha} is not in {self.root}") from exc
        except (OSError, EOFError, zlib.error) as exc:
            raise StoreError(f"snapshot body {sha} is unreadable: {exc}") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise StoreError(f"snapshot body {sha} is corrupt: its content hash differs")
        return data

    def size_on_disk(self) -> int:
        """Total bytes of the stored (compressed) bodies."""
        if not self.root.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.root.glob("*/*/*.gz"))

    def _write_atomically(self, target: Path, payload: bytes) -> None:
        """Write `payload` to `target` through a synced temporary file and a rename."""
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
                f.flush()
                # Durable before visible: after a power cut the name never points at garbage.
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
