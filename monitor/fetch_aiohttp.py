"""An httpx transport that sends requests with aiohttp (`http_transport = "aiohttp"`).

httpx stays the client API (redirects, cookies policy, content decoding, timeouts, the
exception tree `fetch` catches); only the connection pool and the HTTP/1.1 parsing move to
aiohttp, whose C parser and pool cost about a tenth of httpcore's CPU per request. That is
most of a 304 check's cost, so it decides how many articles one process can watch.

The transport asks aiohttp for exactly what httpx would send (its headers, no redirects,
no decompression: httpx decodes gzip/deflate/br itself, so the size cap in `fetch` still
applies to decompressed bytes) and maps aiohttp's errors onto httpx's exception classes.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDict
from yarl import URL

CHUNK = 64 * 1024


def _ssl_context() -> ssl.SSLContext:
    """The CA bundle httpx uses (certifi), so both transports trust the same sites."""
    try:
        import certifi
    except ImportError:  # pragma: no cover - certifi comes with httpx
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx.AsyncBaseTransport backed by one aiohttp ClientSession (created lazily in
    the running event loop, closed with the httpx client)."""

    def __init__(self, *, max_connections: int = 32, keepalive_expiry: float = 30.0) -> None:
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                limit_per_host=0,
                keepalive_timeout=self._keepalive_expiry,
                ssl=_ssl_context(),
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                # httpx decodes Content-Encoding itself and keeps no cookies (make_client).
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                # Only the headers httpx built: no aiohttp User-Agent or Accept-Encoding.
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept"),
                timeout=aiohttp.ClientTimeout(total=None),
                trust_env=False,
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request (no redirects followed) and stream its raw body to httpx."""
        session = self._get_session()
        body = await request.aread()
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=CIMultiDict(request.headers.multi_items()),
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(request),
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise as_httpx_error(exc, request, connecting=True) from exc
        return httpx.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            extensions={
                "http_version": _http_version(response),
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
            request=request,
        )

    async def aclose(self) -> None:
        """Close the aiohttp session and its pooled connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class _Body(httpx.AsyncByteStream):
    """The raw (still encoded) body of an aiohttp response, chunk by chunk."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(CHUNK):
                yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise as_httpx_error(exc, self._request, connecting=False) from exc

    async def aclose(self) -> None:
        """Hand the connection back: to the pool when the body was read to its end,
        closed otherwise (aiohttp decides)."""
        self._response.release()


def _http_version(response: aiohttp.ClientResponse) -> bytes:
    version = response.version
    return b"HTTP/1.1" if version is None else b"HTTP/%d.%d" % (version.major, version.minor)


def _timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    """httpx's per-request timeouts as aiohttp's: connect, then each socket read."""
    given: dict[str, Any] = request.extensions.get("timeout", {})
    connect, read, pool = given.get("connect"), given.get("read"), given.get("pool")
    return aiohttp.ClientTimeout(
        total=None,
        connect=None if connect is None else connect + (pool or 0.0),
        sock_connect=connect,
        sock_read=read,
    )


def as_httpx_error(
    exc: BaseException, request: httpx.Request, *, connecting: bool
) -> httpx.TransportError:
    """The httpx exception `fetch` expects for an aiohttp failure."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, TimeoutError):  # aiohttp's read timeouts are TimeoutErrors too
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.ClientResponseError | aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    if connecting:
        return httpx.ConnectError(message, request=request)
    return httpx.ReadError(message, request=request)
