"""A local news server on 127.0.0.1 for the tests, `monitor demo` and the benchmarks.

It is a real HTTP/1.1 server (stdlib ThreadingHTTPServer in a background thread): pages can be
published, revised, redirected, taken down (404/410), slowed down, served chunked or gzipped,
and made dynamic (markup that changes on every load). Static pages carry a strong ETag and a
Last-Modified date and answer conditional requests with 304, like a well-behaved CMS.
`render_article_html` writes a realistic news page around a list of paragraphs.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

BodyFactory = Callable[[], str | bytes]


@dataclass(frozen=True)
class RequestRecord:
    """One request the server received: method, path (with query) and its headers."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    at: float


@dataclass
class _Page:
    """What the server answers on one path."""

    status: int = 200
    body: bytes = b""
    body_factory: BodyFactory | None = None
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    last_modified: float | None = None
    chunked: bool = False
    gzip: bool = False


def _to_bytes(body: str | bytes) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


def _strong_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as RFC 9110 asks for If-None-Match."""
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


def _not_modified_since(if_modified_since: str, last_modified: float) -> bool:
    try:
        since = parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError, IndexError):
        return False  # an unparsable date is ignored, as RFC 9110 says
    return int(last_modified) <= since


class NewsServer:
    """A news site on 127.0.0.1 running in a background thread; a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._address = (host, port)
        self._pages: dict[str, _Page] = {}
        self._hits: Counter[str] = Counter()
        self._log: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind the port and start serving in a background thread."""
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HTTPServer(self._address, _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"newsserver-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close every open connection and wait for the handler threads."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._stopping.set()  # wakes handlers sleeping in a page delay
        httpd.shutdown()
        thread.join()
        with self._lock:
            open_connections = list(self._connections)
        for conn in open_connections:
            # Idle keep-alive handlers block reading the next request: end them with EOF.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()  # joins the handler threads (block_on_close)
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port the server listens on (chosen by the OS when 0 was asked)."""
        if self._httpd is None:
            raise RuntimeError("NewsServer is not started")
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/") -> str:
        """The full URL of a path on this server: http://127.0.0.1:PORT/path."""
        if not path.startswith("/"):
            path = "/" + path
        return f"http://{self._address[0]}:{self.port}{path}"

    # -- publishing ------------------------------------------------------------------------

    def set_page(
        self,
        path: str,
        body: str | bytes | None = None,
        *,
        body_factory: BodyFactory | None = None,
        content_type: str | None = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        etag: bool = True,
        last_modified: bool = True,
        chunked: bool = False,
        gzip: bool = False,
    ) -> None:
        """Publish (or revise) a page; give either a body or a body_factory.

        A static body gets a strong ETag (its hash) and a Last-Modified date that moves only
        when the body changes (always by at least one second, so If-Modified-Since stays exact
        even for revisions published within the same second). `body_factory` is called on
        every request, for pages whose markup changes on every load: those have no validators.
        `content_type=None` sends no Content-Type; `chunked` streams the body without a
        Content-Length; `gzip` compresses it when the client accepts gzip.
        """
        if (body is None) == (body_factory is None):
            raise ValueError("set_page needs exactly one of body and body_factory")
        data = b"" if body is None else _to_bytes(body)
        with self._lock:
            previous = self._pages.get(path)
            page = _Page(
                status=status,
                body=data,
                body_factory=body_factory,
                content_type=content_type,
                headers=dict(headers or {}),
                delay=delay,
                chunked=chunked,
                gzip=gzip,
            )
            if body_factory is None:
                page.etag = _strong_etag(data) if etag else None
                page.last_modified = (
                    self._next_last_modified(previous, data) if last_modified else None
                )
            self._pages[path] = page

    @staticmethod
    def _next_last_modified(previous: _Page | None, data: bytes) -> float:
        if previous is None or previous.last_modified is None:
            return time.time()
        if previous.body == data and previous.body_factory is None:
            return previous.last_modified
        return max(time.time(), float(int(previous.last_modified) + 1))

    def remove_page(self, path: str) -> None:
        """Take a page down: it answers 404 from now on."""
        self._set_error(path, 404, "Not Found")

    def gone(self, path: str) -> None:
        """Take a page down for good: it answers 410 Gone from now on."""
        self._set_error(path, 410, "Gone")

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        """Make a path redirect to another path on this server or to a full URL."""
        with self._lock:
            self._pages[path] = _Page(
                status=status, content_type=None, headers={"Location": to}, body=b""
            )

    def _set_error(self, path: str, status: int, reason: str) -> None:
        body = f"<!doctype html><title>{status} {reason}</title><h1>{reason}</h1>"
        with self._lock:
            self._pages[path] = _Page(status=status, body=body.encode())

    # -- observing -------------------------------------------------------------------------

    def hits(self, path: str) -> int:
        """How many requests a path (without its query) received."""
        with self._lock:
            return self._hits[path]

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        """Forget the request log and the hit counters."""
        with self._lock:
            self._log.clear()
            self._hits.clear()

    # -- used by the handler ---------------------------------------------------------------

    def _record(self, method: str, raw_path: str, headers: dict[str, str]) -> _Page | None:
        path = raw_path.split("?", 1)[0]
        with self._lock:
            self._hits[path] += 1
            self._log.append(RequestRecord(method, raw_path, headers, time.time()))
            return self._pages.get(raw_path) or self._pages.get(path)

    def _track(self, conn: socket.socket, open_: bool) -> None:
        with self._lock:
            if not open_:
                self._connections.discard(conn)
            elif self._stopping.is_set():
                # Accepted while stop() runs: end it now, stop() may have looked already.
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            else:
                self._connections.add(conn)


class _HTTPServer(ThreadingHTTPServer):
    # Non-daemon handler threads that server_close() joins: a clean stop, no stray threads.
    daemon_threads = False
    block_on_close = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], news: NewsServer) -> None:
        self.news = news
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (a fetch that timed out) are normal here; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "NewsServer/1.0"
    timeout = 10  # an idle keep-alive connection is dropped after this many seconds
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.news._track(self.connection, True)

    def finish(self) -> None:
        self.server.news._track(self.connection, False)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """No access log on stderr: the request log is kept in memory."""

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        news = self.server.news
        headers = {k.lower(): v for k, v in self.headers.items()}
        page = news._record(self.command, self.path, headers)
        if page is None:
            page = _Page(status=404, body=b"<!doctype html><title>404</title><h1>Not Found</h1>")
        if page.delay and news._stopping.wait(page.delay):
            self.close_connection = True
            return
        body = _to_bytes(page.body_factory()) if page.body_factory else page.body
        if page.status == 200 and self._is_not_modified(page, headers):
            self._send(304, page, b"", send_body=False, compress=False)
            return
        compress = page.gzip and "gzip" in headers.get("accept-encoding", "")
        self._send(page.status, page, body, send_body=send_body, compress=compress)

    @staticmethod
    def _is_not_modified(page: _Page, headers: dict[str, str]) -> bool:
        if_none_match = headers.get("if-none-match")
        if if_none_match is not None:
            # RFC 9110: when If-None-Match is present, If-Modified-Since is ignored.
            return page.etag is not None and _etag_matches(if_none_match, page.etag)
        if_modified_since = headers.get("if-modified-since")
        if if_modified_since is not None and page.last_modified is not None:
            return _not_modified_since(if_modified_since, page.last_modified)
        return False

    def _send(
        self, status: int, page: _Page, body: bytes, *, send_body: bool, compress: bool
    ) -> None:
        if compress:
            body = gzip.compress(body)
        self.send_response(status)
        if page.content_type is not None and status != 304:
            self.send_header("Content-Type", page.content_type)
        if page.etag is not None:
            self.send_header("ETag", page.etag)
        if page.last_modified is not None:
            self.send_header("Last-Modified", formatdate(page.last_modified, usegmt=True))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        for name, value in page.headers.items():
            self.send_header(name, value)
        if status == 304:
            self.end_headers()
            return
        if page.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self._write_body(body, page.chunked)

    def _write_body(self, body: bytes, chunked: bool) -> None:
        if not chunked:
            self.wfile.write(body)
            return
        step = 16 * 1024
        for start in range(0, len(body), step):
            piece = body[start : start + step]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        self.wfile.write(b"0\r\n\r\n")


def render_article_html(
    *,
    title: str,
    byline: str | None = None,
    published: str | None = None,
    updated: str | None = None,
    paragraphs: Sequence[str],
    outlet: str = "Example News",
    noise: str | None = None,
) -> str:
    """A realistic news page: head metadata, JSON-LD, navigation, the article, related links,
    an ad slot and a footer. `noise` goes outside the article (an ad token, a "generated at"
    line), to model markup that changes on every load without changing the story.
    """
    e = html.escape
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "articleBody": "\n\n".join(paragraphs),
        "publisher": {"@type": "Organization", "name": outlet},
    }
    if byline:
        ld["author"] = [{"@type": "Person", "name": byline}]
    if published:
        ld["datePublished"] = published
    if updated:
        ld["dateModified"] = updated
    # Escaped so no paragraph text can close the <script> element early.
    json_ld = json.dumps(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)} - {e(outlet)}</title>",
        f'<meta property="og:title" content="{e(title)}">',
        f'<meta property="og:site_name" content="{e(outlet)}">',
        '<meta property="og:type" content="article">',
    ]
    if byline:
        head.append(f'<meta name="author" content="{e(byline)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{e(published)}">')
    if updated:
        head.append(f'<meta property="article:modified_time" content="{e(updated)}">')
    head.append(f'<script type="application/ld+json">{json_ld}</script>')
    meta_line = []
    if byline:
        meta_line.append(f'<span class="byline" rel="author">By {e(byline)}</span>')
    if published:
        meta_line.append(f'<time class="published" datetime="{e(published)}">{e(published)}</time>')
    if updated:
        meta_line.append(
            f'<time class="updated" datetime="{e(updated)}">Updated {e(updated)}</time>'
        )
    head_html = "\n".join("  " + line for line in head)
    body_paragraphs = "\n".join(f"      <p>{e(p)}</p>" for p in paragraphs)
    noise_html = f'  <div class="ad-token" data-nosnippet>{e(noise)}</div>\n' if noise else ""
    return f"""<!doctype html>
<html lang="en">
<head>
{head_html}
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
{noise_html}  <main>
    <article class="story">
      <h1>{e(title)}</h1>
      <div class="article-meta">{" ".join(meta_line)}</div>
      <div class="article-body">
{body_paragraphs}
      </div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul><li><a href="/world/markets-rally">Markets rally as inflation cools</a></li>
      <li><a href="/world/storm-warning">Storm warning issued for coastal towns</a></li></ul>
    </aside>
    <div class="ad-slot" id="ad-top">Advertisement</div>
  </main>
  <footer><p>&copy; 2024 {e(outlet)}. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""
