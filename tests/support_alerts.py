"""Real local receivers for the alert tests: SMTP servers (aiosmtpd) and webhook endpoints.

Every server listens on 127.0.0.1. The webhook receiver verifies each request with the
reference Standard Webhooks library (`standardwebhooks`) and records what it got; its
`mode` says how it answers ("ok", a fixed status, a redirect, hang, record-then-hang) and
can be changed while it runs. A receiver can be created "down" (port reserved, nobody
listening) and started later on the same port.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from sqlmodel import Session
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from monitor.model import Change
from monitor.store import queries
from monitor.store.tables import ArticleRow, Story, Version

SECRET = "whsec_" + base64.b64encode(b"test-secret-key-32-bytes-long!!!").decode()
WRONG_SECRET = "whsec_" + base64.b64encode(b"another-secret-key-entirely-0123").decode()


def free_port() -> int:
    """A TCP port nobody listens on right now (for a server about to start on it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hold_port(port: int = 0) -> socket.socket:
    """A socket bound to `port` (any free one for 0) that does not listen: connections to it
    are refused, and while it is held no other server, nor the kernel picking a client's source
    port, can take the port (a connection to a closed ephemeral port can otherwise reach
    itself)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


@contextmanager
def refused_port() -> Iterator[int]:
    """A port where connections are refused, for as long as the block runs."""
    with hold_port() as sock:
        yield int(sock.getsockname()[1])


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `predicate` until it holds or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


# --- webhooks -----------------------------------------------------------------------------


@dataclass
class Received:
    """One request a webhook receiver accepted (verified) or rejected."""

    webhook_id: str
    payload: dict[str, Any] | None
    verified: bool
    at: float
    headers: dict[str, str]


@dataclass
class WebhookReceiver:
    """A local webhook endpoint. Modes: "ok" (verify, 204 or 401), "slow:<seconds>" (then
    ok), "status:<n>", "redirect", "hang", "record-then-hang"."""

    secret: str = SECRET
    mode: str = "ok"
    port: int = 0  # 0: a free port, held (refusing connections) until `start`
    received: list[Received] = field(default_factory=list)
    requests: int = 0
    retry_after: str | None = None  # sent with "status:<n>" answers
    release: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _hold: socket.socket | None = None

    def __post_init__(self) -> None:
        self._hold = hold_port(self.port)
        self.port = int(self._hold.getsockname()[1])

    @property
    def url(self) -> str:
        """Where to POST."""
        return f"http://127.0.0.1:{self.port}/hook"

    def verified_ids(self) -> list[str]:
        """webhook-ids of the verified requests, in arrival order."""
        return [r.webhook_id for r in self.received if r.verified]

    def payloads(self) -> list[dict[str, Any]]:
        """Verified payloads, in arrival order."""
        return [r.payload for r in self.received if r.verified and r.payload is not None]

    def start(self) -> WebhookReceiver:
        """Listen on `port` (again, if it was stopped)."""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                receiver.handle(self)

        if self._hold is not None:
            self._hold.close()
            self._hold = None
        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; hanging requests are let go."""
        self.release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        self.release = threading.Event()
        if self._hold is None:
            self._hold = hold_port(self.port)  # down, and still ours

    def close(self) -> None:
        """Stop and give the port back."""
        self.stop()
        if self._hold is not None:
            self._hold.close()
            self._hold = None

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        """Answer one POST according to `mode`."""
        self.requests += 1
        mode = self.mode
        if mode == "hang":
            self.release.wait(30)
            return
        body = request.rfile.read(int(request.headers.get("content-length", "0")))
        headers = {k.lower(): v for k, v in request.headers.items()}
        if mode.startswith("slow:"):
            time.sleep(float(mode.split(":")[1]))
            mode = "ok"
        if mode.startswith("status:"):
            self._answer(request, int(mode.split(":")[1]))
            return
        if mode == "redirect":
            request.send_response(302)
            request.send_header("location", self.url + "/moved")
            request.send_header("content-length", "0")
            request.end_headers()
            return
        try:
            payload = Webhook(self.secret).verify(body, headers)
            verified = True
        except WebhookVerificationError:
            payload, verified = None, False
        self.received.append(
            Received(headers.get("webhook-id", ""), payload, verified, time.monotonic(), headers)
        )
        if mode == "record-then-hang":
            self.release.wait(30)
            return
        self._answer(request, 204 if verified else 401)

    def _answer(self, request: BaseHTTPRequestHandler, status: int) -> None:
        request.send_response(status)
        if self.retry_after and status >= 400:
            request.send_header("retry-after", self.retry_after)
        request.send_header("content-length", "0")
        request.end_headers()


# --- SMTP ---------------------------------------------------------------------------------


class RecordingHandler:
    """aiosmtpd handler that keeps every message; `replies` are answered to DATA first
    ("451 ..." to defer, "550 ..." to refuse), then messages are accepted."""

    def __init__(self, replies: Sequence[str] = (), always: str | None = None) -> None:
        self.replies = list(replies)
        self.always = always
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.data_commands = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        """Record or refuse one message."""
        self.data_commands += 1
        if self.always:
            return self.always
        if self.replies:
            return self.replies.pop(0)
        raw = envelope.original_content or envelope.content
        mail = message_from_bytes(raw, policy=policy.default)
        assert isinstance(mail, EmailMessage)
        self.messages.append(mail)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 with a RecordingHandler."""

    def __init__(self, handler: RecordingHandler | None = None, **kwargs: Any) -> None:
        self.handler = handler or RecordingHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


# --- database rows ------------------------------------------------------------------------


@dataclass
class StoryRows:
    """A story with one article and two versions, ready for `enqueue_alerts`."""

    story: Story
    article: ArticleRow
    version: Version


def make_rows(
    s: Session,
    *,
    slug: str = "nk-troops",
    url: str = "https://edition.cnn.com/2024/10/23/politics/austin-north-korea",
    outlet: str = "CNN",
) -> StoryRows:
    """Store a story, an article and its versions 1 and 2 through the store's queries."""
    from monitor.model import Article

    story = queries.get_or_create_story(s, slug, "North Korean troops in Russia")
    article = queries.add_article(
        s, story, url, outlet=outlet, title="Austin says North Korea has deployed troops"
    )
    s.flush()
    assert article.id is not None
    first = Article(title="Austin says North Korea has deployed troops", paragraphs=("a b c",))
    second = Article(title=first.title, paragraphs=("a b c d",))
    queries.add_version(s, article.id, first, [], [], is_seed=True)
    version = queries.add_version(s, article.id, second, [], [])
    return StoryRows(story, article, version)


def next_version(s: Session, rows: StoryRows, words: str) -> Version:
    """Add one more version to the article of `rows`."""
    from monitor.model import Article

    assert rows.article.id is not None
    article = Article(title="Austin says North Korea has deployed troops", paragraphs=(words,))
    return queries.add_version(s, rows.article.id, article, [], [])


QUOTE_EDIT = Change(
    kind="quote_edited",
    old="What, exactly, they're doing is left to be seen.",
    new="What exactly they're doing remains to be seen.",
    speaker="Austin",
    old_sentence="“What, exactly, they're doing is left to be seen,” Austin said.",
    new_sentence="“What exactly they're doing remains to be seen,” Austin said.",
)
FIGURE_CHANGE = Change(
    kind="figure_changed",
    old={"text": "1,500 soldiers", "value": 1500, "unit": "soldiers", "qualifier": None},
    new={"text": "3,000 soldiers", "value": 3000, "unit": "soldiers", "qualifier": None},
    old_sentence="Some 1,500 soldiers have been sent.",
    new_sentence="Some 3,000 soldiers have been sent.",
)
BYLINE_CHANGE = Change(kind="byline_changed", old="CNN", new="Natasha Bertrand, CNN")


def now_utc() -> datetime:
    """The current time, aware UTC."""
    return datetime.now(UTC)


def parse_json(body: bytes) -> Any:
    """JSON from bytes."""
    return json.loads(body.decode("utf-8"))
