"""fetch.py against a real NewsServer on 127.0.0.1 with a real httpx client."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import random
import socket
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from monitor import errors
from monitor.config import Settings
from monitor.fetch import decode_body, fetch, make_client, validate_url
from monitor.newsserver import NewsServer, render_article_html

CAP = 1_000_000
PAGE = render_article_html(
    title="Austin confirms North Korean troops in Russia",
    byline="Jane Doe",
    paragraphs=["Defense Secretary Lloyd Austin said 1,500 soldiers were seen.", "More to come."],
)


@pytest.fixture(params=["aiohttp", "httpx"])
def transport(request: pytest.FixtureRequest) -> str:
    """Every fetch test runs on both HTTP transports."""
    return str(request.param)


@pytest.fixture
def settings(transport: str) -> Settings:
    return Settings(fetch_timeout=3.0, max_redirects=3, http_transport=transport)


@pytest.fixture
def news() -> Iterator[NewsServer]:
    with NewsServer() as server:
        yield server


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(settings) as c:
        yield c


async def test_200_with_text_and_metadata(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/story", PAGE)
    result = await fetch(client, news.url("/story"), max_bytes=CAP)
    assert result.status == 200
    assert result.url == result.final_url == news.url("/story")
    assert result.redirects == ()
    assert result.text == PAGE
    assert result.body == PAGE.encode()
    assert result.not_modified is False
    assert result.content_type == "text/html; charset=utf-8"
    assert result.etag and result.etag.startswith('"')
    assert result.last_modified and result.last_modified.endswith("GMT")
    assert result.body_hash is not None and len(result.body_hash) == 64
    assert result.elapsed_ms > 0


async def test_user_agent_and_accept_sent(
    news: NewsServer, client: httpx.AsyncClient, settings: Settings
) -> None:
    news.set_page("/story", PAGE)
    await fetch(client, news.url("/story"), max_bytes=CAP)
    sent = news.requests[-1].headers
    assert sent["user-agent"] == settings.user_agent
    assert "text/html" in sent["accept"]


async def test_cookies_are_not_kept(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/story", PAGE, headers={"Set-Cookie": "meter=1; Path=/"})
    await fetch(client, news.url("/story"), max_bytes=CAP)
    await fetch(client, news.url("/story"), max_bytes=CAP)
    assert "cookie" not in news.requests[-1].headers


async def test_etag_gives_304_then_200_after_a_revision(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    news.set_page("/story", PAGE)
    first = await fetch(client, news.url("/story"), max_bytes=CAP)
    second = await fetch(client, news.url("/story"), etag=first.etag, max_bytes=CAP)
    assert news.requests[-1].headers["if-none-match"] == first.etag
    assert second.status == 304 and second.not_modified
    assert second.body == b"" and second.text is None and second.body_hash is None
    assert second.etag == first.etag
    news.set_page("/story", PAGE.replace("1,500", "3,000"))
    third = await fetch(client, news.url("/story"), etag=first.etag, max_bytes=CAP)
    assert third.status == 200 and not third.not_modified
    assert third.text is not None and "3,000" in third.text
    assert third.etag != first.etag
    assert news.hits("/story") == 3


async def test_last_modified_gives_304(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/story", PAGE, etag=False)
    first = await fetch(client, news.url("/story"), max_bytes=CAP)
    assert first.etag is None and first.last_modified is not None
    second = await fetch(
        client, news.url("/story"), last_modified=first.last_modified, max_bytes=CAP
    )
    assert second.not_modified and second.last_modified == first.last_modified
    # A revision within the same second still moves Last-Modified forward.
    news.set_page("/story", PAGE + "<!-- rev 2 -->", etag=False)
    third = await fetch(
        client, news.url("/story"), last_modified=first.last_modified, max_bytes=CAP
    )
    assert third.status == 200 and third.last_modified != first.last_modified


async def test_no_validators_means_full_answers(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    news.set_page("/story", PAGE, etag=False, last_modified=False)
    result = await fetch(client, news.url("/story"), etag='"x"', last_modified="x", max_bytes=CAP)
    assert result.status == 200 and result.etag is None and result.last_modified is None


async def test_redirect_chain_is_recorded(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/final", PAGE)
    news.redirect("/a", "/b", status=301)
    news.redirect("/b", news.url("/final"), status=302)
    result = await fetch(client, news.url("/a"), max_bytes=CAP)
    assert result.url == news.url("/a")
    assert result.final_url == news.url("/final")
    assert result.redirects == (news.url("/a"), news.url("/b"))
    assert result.text == PAGE


async def test_conditional_headers_survive_a_redirect(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    news.set_page("/final", PAGE)
    news.redirect("/old", "/final")
    first = await fetch(client, news.url("/old"), max_bytes=CAP)
    second = await fetch(client, news.url("/old"), etag=first.etag, max_bytes=CAP)
    assert second.not_modified and second.final_url == news.url("/final")


async def test_too_many_redirects(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.redirect("/loop1", "/loop2")
    news.redirect("/loop2", "/loop1")
    with pytest.raises(errors.TransportError, match="too many redirects"):
        await fetch(client, news.url("/loop1"), max_bytes=CAP)


@pytest.mark.parametrize("how", ["remove", "gone", "never"])
async def test_404_and_410_are_article_gone(
    news: NewsServer, client: httpx.AsyncClient, how: str
) -> None:
    news.set_page("/story", PAGE)
    if how == "remove":
        news.remove_page("/story")
    elif how == "gone":
        news.gone("/story")
    url = news.url("/story" if how != "never" else "/nothing-here")
    with pytest.raises(errors.ArticleGone) as info:
        await fetch(client, url, max_bytes=CAP)
    expected = 410 if how == "gone" else 404
    assert info.value.status == expected
    assert str(info.value) == f"HTTP {expected} from {url}"


@pytest.mark.parametrize("status", [403, 429, 500, 503])
async def test_error_statuses(news: NewsServer, client: httpx.AsyncClient, status: int) -> None:
    news.set_page("/story", "<h1>Error</h1>", status=status)
    with pytest.raises(errors.HTTPStatusError) as info:
        await fetch(client, news.url("/story"), max_bytes=CAP)
    assert not isinstance(info.value, errors.ArticleGone)
    assert info.value.status == status
    assert str(info.value) == f"HTTP {status} from {news.url('/story')}"


async def test_slow_server_times_out(news: NewsServer, transport: str) -> None:
    news.set_page("/slow", PAGE, delay=1.0)
    async with make_client(Settings(fetch_timeout=0.3, http_transport=transport)) as c:
        with pytest.raises(errors.FetchTimeout, match="/slow"):
            await fetch(c, news.url("/slow"), max_bytes=CAP)


async def test_deadline_caps_the_whole_request(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/slow", PAGE, delay=1.0)
    with pytest.raises(errors.FetchTimeout, match=r"within 0\.2 s"):
        await fetch(client, news.url("/slow"), max_bytes=CAP, deadline=0.2)


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/json"])
async def test_non_html_is_refused(news: NewsServer, client: httpx.AsyncClient, ctype: str) -> None:
    news.set_page("/file", b"%PDF-1.4 \x00\x01 binary", content_type=ctype)
    with pytest.raises(errors.ContentTypeError, match=ctype):
        await fetch(client, news.url("/file"), max_bytes=CAP)


async def test_missing_content_type_is_sniffed(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/page", PAGE, content_type=None)
    news.set_page("/xhtml", '<?xml version="1.0"?>\n<html><p>x</p></html>', content_type=None)
    news.set_page("/plain", "Just a line of text.\nAnother one.", content_type=None)
    news.set_page("/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", content_type=None)
    page = await fetch(client, news.url("/page"), max_bytes=CAP)
    assert page.content_type == "text/html" and page.text == PAGE
    xhtml = await fetch(client, news.url("/xhtml"), max_bytes=CAP)
    assert xhtml.content_type == "text/html"
    plain = await fetch(client, news.url("/plain"), max_bytes=CAP)
    assert plain.content_type == "text/plain"
    with pytest.raises(errors.ContentTypeError):
        await fetch(client, news.url("/pdf"), max_bytes=CAP)


async def test_oversized_by_content_length(news: NewsServer, client: httpx.AsyncClient) -> None:
    news.set_page("/big", "x" * 5000)
    with pytest.raises(errors.BodyTooLarge, match="5000 bytes"):
        await fetch(client, news.url("/big"), max_bytes=4000)
    ok = await fetch(client, news.url("/big"), max_bytes=5000)
    assert ok.body == b"x" * 5000


async def test_oversized_while_streaming_chunked(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    news.set_page("/big", "<p>" + "x" * 100_000 + "</p>", chunked=True)
    with pytest.raises(errors.BodyTooLarge):
        await fetch(client, news.url("/big"), max_bytes=50_000)
    assert "content-length" not in {k.lower() for k in _response_headers(news.url("/big"))}
    small = await fetch(client, news.url("/big"), max_bytes=200_000)
    assert small.text is not None and len(small.text) == 100_007


async def test_gzip_body_is_capped_after_decompression(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    news.set_page("/bomb", "<p>" + "a" * 200_000 + "</p>", gzip=True)
    assert len(gzip.compress(b"a" * 200_000)) < 50_000
    with pytest.raises(errors.BodyTooLarge):
        await fetch(client, news.url("/bomb"), max_bytes=50_000)
    fine = await fetch(client, news.url("/bomb"), max_bytes=300_000)
    assert fine.text is not None and fine.text.count("a") == 200_000


async def test_binary_garbage_is_a_decode_error(
    news: NewsServer, client: httpx.AsyncClient
) -> None:
    garbage = random.Random(7).randbytes(4096)
    news.set_page("/garbage", garbage, content_type="text/html")
    with pytest.raises(errors.DecodeError, match="binary"):
        await fetch(client, news.url("/garbage"), max_bytes=CAP)
    no_nul = bytes(b for b in garbage if b)  # still full of control bytes
    news.set_page("/garbage2", no_nul, content_type="text/plain; charset=utf-8")
    with pytest.raises(errors.DecodeError):
        await fetch(client, news.url("/garbage2"), max_bytes=CAP)


CP1252_PAGE = (
    '<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9</title></head>'
    "<body><p>\u201cWhat exactly they\u2019re doing\u201d \u2014 caf\xe9 na\xefve \u20ac5</p>"
    "</body></html>"
)


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
async def test_charset_from_meta(news: NewsServer, client: httpx.AsyncClient, meta: str) -> None:
    page = CP1252_PAGE.replace('<meta charset="windows-1252">', meta)
    news.set_page("/latin", page.encode("cp1252"), content_type="text/html")
    result = await fetch(client, news.url("/latin"), max_bytes=CAP)
    assert result.text == page
    assert result.encoding == "cp1252"


@pytest.mark.parametrize(
    ("charset", "words"),
    [("windows-1251", "Войска КНДР в России"), ("iso-8859-2", "Příliš žluťoučký kůň")],
)
async def test_meta_charset_beats_the_cp1252_guess(
    news: NewsServer, client: httpx.AsyncClient, charset: str, words: str
) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>{words}</p></body></html>'
    news.set_page("/page", page.encode(charset), content_type="text/html")
    result = await fetch(client, news.url("/page"), max_bytes=CAP)
    assert result.text == page


async def test_charset_from_header_wins(news: NewsServer, client: httpx.AsyncClient) -> None:
    page = "<p>Gr\xfc\xdfe aus K\xf6ln \u2013 \u201cquoted\u201d</p>"
    news.set_page("/h", page.encode("cp1252"), content_type="text/html; charset=windows-1252")
    assert (await fetch(client, news.url("/h"), max_bytes=CAP)).text == page


def test_decode_fallbacks() -> None:
    text = "\u201cNo label\u201d, caf\xe9."
    assert decode_body(text.encode("utf-8"), "text/html") == (text, "utf-8")
    assert decode_body(text.encode("cp1252"), None) == (text, "cp1252")
    # A wrong header label does not lose the page: UTF-8 is tried next.
    assert decode_body(text.encode("utf-8"), "text/html; charset=ascii")[0] == text
    assert decode_body(codecs_bom_utf16(text), "text/html")[0] == text
    with pytest.raises(errors.DecodeError):
        decode_body(b"\x00\x01\x02\x03abc", "text/html")


def codecs_bom_utf16(text: str) -> bytes:
    return text.encode("utf-16")  # Python writes the BOM


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def test_connection_refused_is_transport_error(client: httpx.AsyncClient) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/story"
    with pytest.raises(errors.TransportError, match="cannot fetch") as info:
        await fetch(client, url, max_bytes=CAP)
    assert url in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("url", ["example.com/story", "ftp://example.com/x", "http://", "/path"])
async def test_invalid_url_in_fetch_is_transport_error(client: httpx.AsyncClient, url: str) -> None:
    with pytest.raises(errors.TransportError):
        await fetch(client, url, max_bytes=CAP)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "  https://Example.COM/world/story?id=3#comments \n",
            "https://example.com/world/story?id=3",
        ),
        ("HTTP://example.com", "http://example.com/"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        ("https://[::1]:8443/x", "https://[::1]:8443/x"),
    ],
)
def test_validate_url_normalizes(raw: str, expected: str) -> None:
    assert validate_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "example.com/story",
        "ftp://example.com/file",
        "http://",
        "https:///path",
        "mailto:a@b.c",
        "",
        "http://exa mple.com/",
        "http://example.com:99999/",
        "javascript:alert(1)",
    ],
)
def test_validate_url_rejects(raw: str) -> None:
    with pytest.raises(errors.UsageError, match="malformed URL"):
        validate_url(raw)


def _response_headers(url: str) -> httpx.Headers:
    with httpx.Client() as c, c.stream("GET", url) as response:
        return response.headers


class _CountingServer:
    """A raw keep-alive HTTP/1.1 server on 127.0.0.1 that counts the connections it accepts;
    /304 answers Not Modified (no body, no Content-Length, like many CDNs), /500 an error page."""

    def __init__(self) -> None:
        self.connections = 0
        self.server: asyncio.Server | None = None
        self.writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> _CountingServer:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        for writer in self.writers:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        await self.server.wait_closed()

    def url(self, path: str) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}{path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.writers.append(writer)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while head := await reader.readuntil(b"\r\n\r\n"):
                path = head.split(b" ", 2)[1]
                if path == b"/304":
                    writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n')
                elif path == b"/500":
                    body = b"<h1>busy</h1>"
                    writer.write(b"HTTP/1.1 500 Oops\r\nContent-Length: 13\r\n\r\n" + body)
                else:
                    body = PAGE.encode()
                    head_out = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    writer.write(head_out + b"Content-Length: %d\r\n\r\n" % len(body) + body)
                await writer.drain()
        writer.close()


async def test_304s_and_error_pages_keep_the_connection_alive(client: httpx.AsyncClient) -> None:
    async with _CountingServer() as server:
        for _ in range(5):
            page = await fetch(client, server.url("/page"), max_bytes=CAP)
            assert page.text == PAGE
            same = await fetch(client, server.url("/304"), etag='"v1"', max_bytes=CAP)
            assert same.not_modified and same.etag == '"v1"'
            with pytest.raises(errors.HTTPStatusError):
                await fetch(client, server.url("/500"), max_bytes=CAP)
        assert server.connections == 1  # one keep-alive connection for all 15 requests
