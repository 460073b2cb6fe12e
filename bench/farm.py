"""A local page farm for the benchmarks: any number of article pages built from real HTML.

The 181 real pages of /work/shared/corpus/aeb are replicated to any N: page i is real page
i % 181 with a comment naming i, so every path has distinct bytes. The farm runs in its own
process (an asyncio server speaking just enough HTTP/1.1 with keep-alive, responses built
from precomputed parts), so that it is not the bottleneck of what it measures.

Modes (switched at run time with GET /__control?mode=M&round=R):

    static   identical bytes per page, a strong ETag, 304 on If-None-Match
    markup   no validators; markup outside the article changes on every load (a render
             timestamp in a comment and a script, a nonce, a cache-busting ad pixel URL,
             an ad token attribute) while the article text does not
    edit     like markup, and in every round about 10% of the pages get a real text edit
             inside the article body (a figure in a body sentence changes)
    visible  like markup, plus a visible "Page generated at <time>" line outside the
             article (costs a full extraction per check; must still not be a change)

`python bench/farm.py` measures the farm alone and prints its ceiling in requests/s.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import multiprocessing as mp
import os
import re
import socket
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(os.environ.get("MONITOR_BENCH_CORPUS", "/work/shared/corpus/aeb"))
MODES = ("static", "markup", "edit", "visible")
EDIT_SHARE = 10  # one page in EDIT_SHARE is edited per round


@dataclass(frozen=True)
class BasePage:
    """One real page split around the places the farm varies."""

    head: bytes  # up to and including <head ...>
    middle: bytes  # from there up to the figure that edits change (or up to </body>)
    number: int | None  # the figure that edits change (None: no edit site found)
    edit_after: bytes  # the rest of the page up to </body>
    tail: bytes  # </body> and after


def _sentences(body: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", body)
    return [p for p in parts if 40 <= len(p) <= 400]


_NUMBER = re.compile(rb"(?<![\w.,$])([1-9]\d{0,3})(?![\w.,%])")


def _edit_site(html: bytes, article_body: str) -> tuple[int, int, int] | None:
    """(start, end, value) of a number inside an article sentence that occurs verbatim once."""
    paragraphs = [p for p in article_body.split("\n") if p.strip()]
    middle_first = sorted(range(len(paragraphs)), key=lambda i: abs(i - len(paragraphs) // 2))
    for index in middle_first:
        for sentence in _sentences(paragraphs[index]):
            raw = sentence.encode("utf-8")
            if html.count(raw) != 1 or b"<" in raw or b"&" in raw:
                continue
            match = _NUMBER.search(raw)
            if match:
                at = html.index(raw) + match.start(1)
                return at, at + len(match.group(1)), int(match.group(1))
    return None


def load_pages(corpus: Path = CORPUS) -> list[BasePage]:
    """The corpus pages split for the farm, in a stable order."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((corpus / "html").glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes())
        key = path.name.removesuffix(".html.gz")
        head_end = _after(html, rb"<head[^>]*>")
        body_end = html.lower().rfind(b"</body>")
        body_end = body_end if body_end > head_end else len(html)
        site = _edit_site(html, truth.get(key, {}).get("articleBody", ""))
        if site is None or not head_end < site[0] < body_end:
            start = end = body_end
            number = None
        else:
            start, end, number = site
        pages.append(
            BasePage(
                head=html[:head_end],
                middle=html[head_end:start],
                number=number,
                edit_after=html[end:body_end],
                tail=html[body_end:],
            )
        )
    return pages


def _after(html: bytes, pattern: bytes) -> int:
    match = re.search(pattern, html, re.I)
    return match.end() if match else 0


def edited_in(page: int, round_: int) -> bool:
    """Whether page `page` gets a text edit in round `round_` (deterministic, ~10%)."""
    digest = hashlib.blake2b(f"{page}:{round_}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % EDIT_SHARE == 0


def edit_generation(page: int, round_: int) -> int:
    """How many edits page `page` has had up to and including round `round_`."""
    return sum(edited_in(page, r) for r in range(1, round_ + 1))


class Farm:
    """Builds responses; all state lives in the farm process."""

    def __init__(self, pages: list[BasePage]) -> None:
        self.pages = pages
        self.mode = "static"
        self.round = 0
        self.served = 0
        self._generations: dict[tuple[int, int], int] = {}

    def generation(self, index: int) -> int:
        """Edit generation of page `index` now (0 outside the edit mode)."""
        if self.mode != "edit":
            return 0
        key = (index, self.round)
        if key not in self._generations:
            self._generations[key] = edit_generation(index, self.round)
        return self._generations[key]

    def body(self, index: int, generation: int) -> bytes:
        """Page `index` as served now."""
        page = self.pages[index % len(self.pages)]
        figure = b""
        if page.number is not None:
            figure = str(page.number + 7 * generation).encode()
        stamp = b""
        if self.mode != "static":
            now = time.time()
            token = hashlib.blake2b(f"{now}:{self.served}".encode(), digest_size=8).hexdigest()
            stamp = (
                f"<!-- rendered {now:.6f} by farm-node-{self.served % 7} -->"
                f'<script nonce="{token}">window.__renderedAt={now:.6f};'
                f'window.__req="{token}";</script>'
            ).encode()
            tail_noise = (
                f'<img class="ad-pixel" alt="" src="/ads/pixel.gif?cb={token}">'
                f'<div class="ad-slot" data-ad-token="{token}"></div>'
            ).encode()
            if self.mode == "visible":
                tail_noise += f'<p class="render-note">Page generated at {now:.3f}</p>'.encode()
        else:
            tail_noise = b""
        return b"".join(
            (
                page.head,
                f"<!-- farm page {index} -->".encode(),
                stamp,
                page.middle,
                figure,
                page.edit_after,
                tail_noise,
                page.tail,
            )
        )

    def respond(self, head: bytes) -> bytes:
        """The full HTTP response to one request head."""
        self.served += 1
        line, _, rest = head.partition(b"\r\n")
        parts = line.split(b" ")
        path = parts[1].decode("latin-1") if len(parts) > 1 else "/"
        if path.startswith("/__control"):
            return self._control(path)
        match = re.fullmatch(r"/a/(\d+)", path)
        if match is None:
            return _response(404, b"not found", [])
        index = int(match.group(1))
        generation = self.generation(index)
        if self.mode == "static":
            etag = f'"p{index}-g{generation}"'
            if f"if-none-match: {etag}".encode() in rest.lower():
                return _response(304, b"", [("ETag", etag)])
            return _response(200, self.body(index, generation), [("ETag", etag)])
        return _response(200, self.body(index, generation), [])

    def _control(self, path: str) -> bytes:
        query = dict(p.split("=", 1) for p in path.partition("?")[2].split("&") if "=" in p)
        if query.get("mode") in MODES:
            self.mode = query["mode"]
        if "round" in query:
            self.round = int(query["round"])
        state = {"mode": self.mode, "round": self.round, "served": self.served}
        return _response(200, json.dumps(state).encode(), [("Content-Type", "application/json")])


def _response(status: int, body: bytes, headers: list[tuple[str, str]]) -> bytes:
    reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
    lines = [f"HTTP/1.1 {status} {reason}"]
    if status != 304:
        lines.append("Content-Type: text/html; charset=utf-8")
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Protocol(asyncio.Protocol):
    def __init__(self, farm: Farm) -> None:
        self.farm = farm
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            assert self.transport is not None
            self.transport.write(self.farm.respond(head))


def _serve(sock: socket.socket, ready: mp.synchronize.Event) -> None:  # type: ignore[name-defined]
    async def main() -> None:
        farm = Farm(load_pages())
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Protocol(farm), sock=sock, backlog=1024)
        ready.set()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


class FarmProcess:
    """The farm in a child process on 127.0.0.1; a context manager."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1024)
        self.port = int(self.sock.getsockname()[1])
        ctx = mp.get_context("fork")
        self.ready = ctx.Event()
        self.process = ctx.Process(target=_serve, args=(self.sock, self.ready), daemon=True)

    def __enter__(self) -> FarmProcess:
        self.process.start()
        if not self.ready.wait(60):
            raise RuntimeError("the farm did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.join(5)
        self.sock.close()

    def url(self, index: int) -> str:
        """The URL of page `index`."""
        return f"http://127.0.0.1:{self.port}/a/{index}"

    def control(self, mode: str | None = None, round_: int | None = None) -> dict[str, object]:
        """Switch the mode and/or the round; the farm's state."""
        query = "&".join(
            f"{k}={v}" for k, v in (("mode", mode), ("round", round_)) if v is not None
        )
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__control?{query}") as r:
            state: dict[str, object] = json.loads(r.read())
        return state


# --- measuring the farm alone ---


def _load(port: int, paths: list[str], etag_hint: bool, seconds: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """One client process: keep-alive GETs for `seconds`; puts (requests, bytes)."""
    sock = socket.create_connection(("127.0.0.1", port))
    done = received = 0
    deadline = time.perf_counter() + seconds
    buffer = b""
    while time.perf_counter() < deadline:
        path = paths[done % len(paths)]
        extra = f'If-None-Match: "p{path.rsplit("/", 1)[1]}-g0"\r\n' if etag_hint else ""
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: farm\r\n{extra}\r\n".encode())
        while b"\r\n\r\n" not in buffer:
            buffer += sock.recv(1 << 20)
        head, _, buffer = buffer.partition(b"\r\n\r\n")
        length = int(m.group(1)) if (m := re.search(rb"Content-Length: (\d+)", head)) else 0
        while len(buffer) < length:
            buffer += sock.recv(1 << 20)
        received += length
        buffer = buffer[length:]
        done += 1
    out.put((done, received))


def measure_ceiling(farm: FarmProcess, mode: str, clients: int = 2, seconds: float = 3.0) -> float:
    """Requests per second the farm serves in `mode` to `clients` keep-alive clients."""
    farm.control(mode=mode, round_=1)
    ctx = mp.get_context("fork")
    queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    paths = [f"/a/{i}" for i in range(1000)]
    procs = [
        ctx.Process(
            target=_load, args=(farm.port, paths[i::clients], mode == "static", seconds, queue)
        )
        for i in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    return sum(r[0] for r in results) / seconds


def main() -> None:
    """Print the farm's ceiling per mode."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--clients", type=int, default=2)
    args = parser.parse_args()
    pages = load_pages()
    editable = sum(p.number is not None for p in pages)
    sizes = sorted(len(p.head) + len(p.middle) + len(p.edit_after) + len(p.tail) for p in pages)
    print(
        f"farm: {len(pages)} real pages ({editable} with an edit site), "
        f"median {sizes[len(sizes) // 2] / 1024:.0f} KiB"
    )
    with FarmProcess() as farm:
        for mode in ("static", "markup"):
            rate = measure_ceiling(farm, mode, args.clients, args.seconds)
            label = "304 Not Modified" if mode == "static" else "200, full page"
            print(
                f"farm ceiling {mode:<7} ({label}): {rate:,.0f} requests/s "
                f"with {args.clients} clients"
            )


if __name__ == "__main__":
    main()
