"""Fetching article pages: one polite, conditional, size-capped GET with httpx.

`fetch` makes ONE attempt; retrying and backing off across checks belongs to the scheduler.
The only retry here is the transport's retry of a failed *connect* (httpcore's `retries=1`;
aiohttp retries a request whose reused keep-alive connection turned out closed): no request
has reached the server yet, so it is always safe. Every failure becomes one
`errors.FetchError` subclass with a one-line message naming the URL.

The client is httpx; its transport is chosen by the `http_transport` setting: "aiohttp"
(the default, `monitor.fetch_aiohttp`, about a tenth of the CPU per request) or "httpx"
(httpcore). Every response is read to its end, 304s and error pages included, so that its
connection goes back to the keep-alive pool instead of being closed.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import logging
import re
import time
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urlsplit, urlunsplit

import httpx

from monitor import errors
from monitor.config import Settings

log = logging.getLogger(__name__)

ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
SNIFF_BYTES = 2048
# Browsers (WHATWG Encoding) read these labels as windows-1252; so do we, or curly quotes
# in a "latin-1" page would decode to C1 control characters.
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# An HTML tag near the top (after an optional <?xml ...?> prolog, comments or a BOM).
_HTML_TAG = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title)\b", re.I)
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")
# C0 and C1 control characters other than the whitespace ones (\t \n \v \f \r).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
DEFAULT_DEADLINE = 60.0  # seconds, for a client built without a read timeout
# An error page is read to its end (so its connection can be reused) only when this small.
DRAIN_BYTES = 64 * 1024
TRANSPORTS = ("aiohttp", "httpx")
MAX_CONTROL_SHARE = 0.002  # real text has essentially none; binary has ~10 %
# Characters looked at for control bytes: binary data shows itself at once, and scanning a
# whole page would cost more than the rest of an unchanged page's check.
BINARY_SAMPLE = 16384


@dataclass(frozen=True)
class FetchResult:
    """One successful answer: 200-ish with a decoded body, or 304 Not Modified.

    `redirects` holds the URLs that answered with a redirect, in order (the first is the
    requested URL); it is empty when there was none. `content_type` is the header value or,
    when the server sent none, the sniffed type. On 304 the validators fall back to the ones
    sent when the server does not repeat them, so they can always be stored as they are.
    """

    url: str
    final_url: str
    status: int
    redirects: tuple[str, ...]
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes
    text: str | None
    not_modified: bool
    body_hash: str | None
    elapsed_ms: float
    encoding: str | None = None


def make_client(settings: Settings) -> httpx.AsyncClient:
    """An HTTP/1.1 client with the monitor's User-Agent, timeouts, redirect cap and limits.

    It keeps no cookies: every check sees the page a first-time reader sees, so a metered
    paywall counting our visits cannot turn a story into a subscription prompt.
    """
    no_cookies = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
    return httpx.AsyncClient(
        transport=make_transport(settings),
        cookies=no_cookies,
        headers={
            "User-Agent": settings.user_agent,
            "Accept": ACCEPT,
            "Accept-Language": "en;q=1.0, *;q=0.5",
        },
        timeout=httpx.Timeout(settings.fetch_timeout),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
    )


def make_transport(settings: Settings) -> httpx.AsyncBaseTransport:
    """The transport the `http_transport` setting names, its pool sized to the daemon's
    concurrency (at least 32 connections)."""
    name = getattr(settings, "http_transport", "httpx")
    connections = max(32, int(getattr(settings, "max_concurrent_checks", 0)))
    if name == "aiohttp":
        try:
            from monitor.fetch_aiohttp import AiohttpTransport
        except ImportError:  # an install without aiohttp still fetches, at a higher CPU cost
            log.warning("http_transport=aiohttp but aiohttp is not installed: using httpx")
        else:
            return AiohttpTransport(max_connections=connections, keepalive_expiry=30.0)
    elif name != "httpx":
        raise errors.ConfigError(f"unknown http_transport {name!r}: one of {TRANSPORTS}")
    # httpcore's pool costs CPU per pooled connection on every request: keep few idle ones.
    limits = httpx.Limits(
        max_connections=connections, max_keepalive_connections=16, keepalive_expiry=30.0
    )
    return httpx.AsyncHTTPTransport(http1=True, http2=False, limits=limits, retries=1)


def validate_url(url: str) -> str:
    """Normalize a URL given by a person (trim, drop the #fragment, lower-case scheme and
    host); raise UsageError unless it is an http(s) URL with a host."""
    cleaned = url.strip()
    try:
        parts = urlsplit(cleaned)
        port = parts.port  # raises on a non-numeric or out-of-range port
    except ValueError as exc:
        raise errors.UsageError(f"malformed URL: {cleaned!r} ({exc})") from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").strip()
    if scheme not in ("http", "https"):
        raise errors.UsageError(f"malformed URL: {cleaned!r} (need an http:// or https:// URL)")
    if not host or any(ch.isspace() for ch in cleaned):
        raise errors.UsageError(f"malformed URL: {cleaned!r} (no host, or spaces in it)")
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        userinfo = parts.netloc.rsplit("@", 1)[0]
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int,
    deadline: float | None = None,
) -> FetchResult:
    """GET one page conditionally; return its decoded text, or not_modified on 304.

    `deadline` caps the whole request in seconds (a server dripping bytes slowly would
    otherwise never hit the read timeout); by default it is the client's read timeout.
    Raises a FetchError subclass for every failure.
    """
    _check_requestable(url)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    total = deadline if deadline is not None else client.timeout.read
    if total is None:
        total = DEFAULT_DEADLINE
    started = time.perf_counter()
    try:
        async with asyncio.timeout(total):
            return await _get(client, url, headers, (etag, last_modified), max_bytes, started)
    except TimeoutError as exc:
        raise errors.FetchTimeout(f"no complete answer within {total:g} s from {url}") from exc
    except httpx.TimeoutException as exc:
        raise errors.FetchTimeout(f"timed out ({_describe(exc)}) fetching {url}") from exc
    except httpx.TooManyRedirects as exc:
        raise errors.TransportError(f"too many redirects fetching {url}") from exc
    except httpx.DecodingError as exc:
        raise errors.DecodeError(f"bad content encoding from {url}: {_describe(exc)}") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise errors.TransportError(f"cannot fetch {url}: {_describe(exc)}") from exc


def _check_requestable(url: str) -> None:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise errors.TransportError(f"invalid URL {url!r}: {exc}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise errors.TransportError(f"invalid URL {url!r}: need http(s) with a host")


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


async def _get(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    validators: tuple[str | None, str | None],
    max_bytes: int,
    started: float,
) -> FetchResult:
    async with client.stream("GET", url, headers=headers) as response:
        final_url = str(response.url)
        if response.status_code == 304:
            await response.aread()  # empty; reading it returns the connection to the pool
            meta = _Meta(url, response, validators, started)
            return meta.result(b"", None, response.headers.get("content-type"), None)
        if not 200 <= response.status_code < 300:
            await _drain(response)
        _check_status(response.status_code, final_url)
        header_type = response.headers.get("content-type")
        if header_type and _media_type(header_type) not in TEXT_TYPES:
            raise errors.ContentTypeError(
                f"not an HTML or text page ({_media_type(header_type)}) at {final_url}"
            )
        body = await _read_capped(response, max_bytes, final_url)
    content_type = header_type or _sniff_type(body, final_url)
    text, encoding = decode_body(body, content_type, final_url)
    return _Meta(url, response, validators, started).result(body, text, content_type, encoding)


@dataclass(frozen=True)
class _Meta:
    """What a FetchResult takes from the response, apart from the body."""

    url: str
    response: httpx.Response
    sent: tuple[str | None, str | None]  # the (etag, last_modified) sent with the request
    started: float

    def result(
        self, body: bytes, text: str | None, content_type: str | None, encoding: str | None
    ) -> FetchResult:
        """Assemble the FetchResult; on 304 keep the validators sent when none came back."""
        response = self.response
        not_modified = response.status_code == 304
        etag = response.headers.get("etag") or (self.sent[0] if not_modified else None)
        modified = response.headers.get("last-modified") or (self.sent[1] if not_modified else None)
        return FetchResult(
            url=self.url,
            final_url=str(response.url),
            status=response.status_code,
            redirects=tuple(str(r.url) for r in response.history),
            etag=etag,
            last_modified=modified,
            content_type=content_type,
            body=body,
            text=text,
            not_modified=not_modified,
            body_hash=None if not_modified else hashlib.sha256(body).hexdigest(),
            elapsed_ms=(time.perf_counter() - self.started) * 1000.0,
            encoding=encoding,
        )


async def _drain(response: httpx.Response) -> None:
    """Read a small error page to its end so its keep-alive connection can be reused; a
    large or broken one is left for the transport to close."""
    declared = response.headers.get("content-length", "")
    if not declared.strip().isdigit() or int(declared) > DRAIN_BYTES:
        return
    try:
        await response.aread()
    except httpx.HTTPError:
        return  # the status decides the outcome, not the body


def _check_status(status: int, url: str) -> None:
    if status in (404, 410):
        raise errors.ArticleGone(f"HTTP {status} from {url}", status=status)
    if not 200 <= status < 300:
        raise errors.HTTPStatusError(f"HTTP {status} from {url}", status=status)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


async def _read_capped(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise errors.BodyTooLarge(
            f"body of {int(declared)} bytes is over the {max_bytes}-byte cap at {url}"
        )
    chunks: list[bytes] = []
    size = 0
    # aiter_bytes yields decompressed bytes, so a gzip bomb is caught here too.
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise errors.BodyTooLarge(f"body over the {max_bytes}-byte cap at {url}")
        chunks.append(chunk)
    return b"".join(chunks)


def _sniff_type(body: bytes, url: str) -> str:
    """The media type of a body sent without Content-Type: HTML, plain text, or an error."""
    head = body[:SNIFF_BYTES]
    if head.startswith(_MAGIC):
        raise errors.ContentTypeError(f"not an HTML or text page (binary signature) at {url}")
    if _HTML_TAG.search(head):
        return "text/html"
    return "text/plain"


def decode_body(body: bytes, content_type: str | None, url: str = "") -> tuple[str, str]:
    """Decode a page to text; return (text, codec name). Order: BOM, the header charset, a
    <meta> charset in the first 2 KB, UTF-8, then cp1252 when the bytes look like text.
    Raises DecodeError for binary data."""
    for encoding in _candidate_encodings(body, content_type):
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        _reject_binary(text, url)
        return text.removeprefix("\ufeff"), encoding
    _reject_binary(body.decode("cp1252", errors="replace"), url)
    # cp1252 leaves five bytes undefined; a stray one must not lose the whole page.
    return body.decode("cp1252", errors="replace"), "cp1252"


def _candidate_encodings(body: bytes, content_type: str | None) -> list[str]:
    candidates: list[str] = []
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            candidates.append(bom_codec)  # a BOM wins over any label, as in browsers
    for label, from_meta in ((_header_charset(content_type), False), (_meta_charset(body), True)):
        name = _codec_name(label, from_meta)
        if name and name not in candidates:
            candidates.append(name)
    if "utf-8" not in candidates:
        candidates.append("utf-8")
    return candidates


def _header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:SNIFF_BYTES])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _codec_name(label: str | None, from_meta: bool) -> str | None:
    """Python's codec for a charset label, or None when unknown. A <meta> that could be read
    as ASCII cannot really be UTF-16 (WHATWG): the page is read as UTF-8 then."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.replace("-", "_") in _AS_CP1252:
        return "cp1252"
    if from_meta and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _reject_binary(text: str, url: str) -> None:
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROLS.findall(sample))
    if "\x00" in sample or (sample and controls / len(sample) > MAX_CONTROL_SHARE):
        raise errors.DecodeError(f"binary data, not text, at {url}")
