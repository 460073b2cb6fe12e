"""NewsServer: a real HTTP server on 127.0.0.1; render_article_html: a page trafilatura reads."""

from __future__ import annotations

import http.client
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest
import trafilatura
from trafilatura.settings import Document

from monitor.newsserver import NewsServer, render_article_html

SEED = (
    Path(__file__).resolve().parent.parent / "seeds" / "abc-north-korean-troops-russia-austin.txt"
)


@pytest.fixture
def news() -> Iterator[NewsServer]:
    with NewsServer() as server:
        yield server


@pytest.fixture
def web() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as c:
        yield c


def extract(page: str) -> Document:
    """What the extractor's library reads from a page: title, text, date, author."""
    doc = trafilatura.bare_extraction(page, with_metadata=True, fast=True)
    assert isinstance(doc, Document) and doc.text is not None
    return doc


def seed_paragraphs() -> list[str]:
    return [line.strip() for line in SEED.read_text().splitlines() if line.strip()]


def test_serves_pages_and_counts_hits(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "<p>hello</p>")
    assert news.url("/a") == f"http://127.0.0.1:{news.port}/a"
    assert news.url("a") == news.url("/a")
    response = web.get(news.url("/a?utm=1"), headers={"X-Test": "1"})
    assert response.status_code == 200 and response.text == "<p>hello</p>"
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert news.hits("/a") == 1 and news.hits("/b") == 0
    record = news.requests[-1]
    assert (record.method, record.path, record.headers["x-test"]) == ("GET", "/a?utm=1", "1")
    news.clear_log()
    assert news.requests == [] and news.hits("/a") == 0


def test_head_has_headers_but_no_body(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "<p>hello</p>")
    response = web.head(news.url("/a"))
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == str(len("<p>hello</p>"))


def test_remove_gone_and_unknown(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "x")
    news.set_page("/b", "y")
    news.remove_page("/a")
    news.gone("/b")
    assert web.get(news.url("/a")).status_code == 404
    assert web.get(news.url("/b")).status_code == 410
    assert web.get(news.url("/never")).status_code == 404


def test_redirect_and_custom_status_and_headers(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/new", "moved here", headers={"X-Outlet": "Example"})
    news.redirect("/old", "/new", status=308)
    response = web.get(news.url("/old"))
    assert response.status_code == 308 and response.headers["location"] == "/new"
    followed = web.get(news.url("/old"), follow_redirects=True)
    assert followed.text == "moved here" and followed.headers["x-outlet"] == "Example"
    news.set_page("/err", "down", status=503)
    assert web.get(news.url("/err")).status_code == 503


def test_etag_and_if_none_match(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "version 1")
    etag = web.get(news.url("/a")).headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        response = web.get(news.url("/a"), headers={"If-None-Match": header})
        assert response.status_code == 304 and response.content == b""
        assert response.headers["etag"] == etag
    assert web.get(news.url("/a"), headers={"If-None-Match": '"other"'}).status_code == 200
    news.set_page("/a", "version 1")  # same body: same validators
    assert web.get(news.url("/a")).headers["etag"] == etag
    news.set_page("/a", "version 2")
    assert web.get(news.url("/a"), headers={"If-None-Match": etag}).status_code == 200


def test_last_modified_moves_only_on_change(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "v1")
    stamp = web.get(news.url("/a")).headers["last-modified"]
    news.set_page("/a", "v1")
    assert web.get(news.url("/a")).headers["last-modified"] == stamp
    ims = {"If-Modified-Since": stamp}
    assert web.get(news.url("/a"), headers=ims).status_code == 304
    news.set_page("/a", "v2")  # within the same second: still a later date
    response = web.get(news.url("/a"), headers=ims)
    assert response.status_code == 200 and response.headers["last-modified"] != stamp
    old = {"If-Modified-Since": formatdate(time.time() - 3600, usegmt=True)}
    assert web.get(news.url("/a"), headers=old).status_code == 200
    garbage = {"If-Modified-Since": "not a date"}
    assert web.get(news.url("/a"), headers=garbage).status_code == 200


def test_pages_without_validators(news: NewsServer, web: httpx.Client) -> None:
    news.set_page("/a", "v1", etag=False)
    response = web.get(news.url("/a"))
    assert "etag" not in response.headers and "last-modified" in response.headers
    assert web.get(news.url("/a"), headers={"If-None-Match": "*"}).status_code == 200


def test_dynamic_page_changes_on_every_load(news: NewsServer, web: httpx.Client) -> None:
    counter = itertools.count(1)
    news.set_page("/live", body_factory=lambda: f"<p>story</p><!-- load {next(counter)} -->")
    first, second = web.get(news.url("/live")), web.get(news.url("/live"))
    assert first.text != second.text and "load 2" in second.text
    assert "etag" not in first.headers and "last-modified" not in first.headers
    assert news.hits("/live") == 2
    with pytest.raises(ValueError, match="exactly one"):
        news.set_page("/bad")


def test_chunked_and_gzip(news: NewsServer, web: httpx.Client) -> None:
    body = "<p>" + "word " * 20_000 + "</p>"
    news.set_page("/chunked", body, chunked=True)
    response = web.get(news.url("/chunked"))
    assert response.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in response.headers and response.text == body
    news.set_page("/gz", body, gzip=True)
    response = web.get(news.url("/gz"))
    assert response.headers["content-encoding"] == "gzip" and response.text == body
    plain = web.get(news.url("/gz"), headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.text == body


def test_concurrent_requests_are_served_in_parallel(news: NewsServer) -> None:
    news.set_page("/slow", "done", delay=1.0)
    started = time.perf_counter()

    def get(_: int) -> int:
        with httpx.Client(timeout=5.0) as c:
            return c.get(news.url("/slow")).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(get, range(16)))
    assert statuses == [200] * 16
    assert time.perf_counter() - started < 8.0  # serially it would take 16 s
    assert news.hits("/slow") == 16


def test_stop_is_clean_with_idle_keepalive_and_sleeping_handlers() -> None:
    before = threading.active_count()
    server = NewsServer().start()
    server.set_page("/a", "x")
    server.set_page("/slow", "x", delay=5.0)
    port = server.port
    idle = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    idle.request("GET", "/a")
    assert idle.getresponse().read() == b"x"  # the connection stays open (keep-alive)
    sleeper = threading.Thread(target=_get_ignoring_errors, args=(server.url("/slow"),))
    sleeper.start()
    time.sleep(0.2)
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 4.0  # the sleeping handler would take 5 s
    sleeper.join(timeout=5)
    idle.close()
    assert threading.active_count() == before
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass
    server.stop()  # idempotent


def _get_ignoring_errors(url: str) -> None:
    try:
        with httpx.Client(timeout=5.0) as c:
            c.get(url)
    except httpx.HTTPError:
        pass


def test_port_needs_a_started_server() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        _ = NewsServer().port


def test_rendered_article_extracts_with_trafilatura() -> None:
    paragraphs = seed_paragraphs()
    page = render_article_html(
        title="Austin confirms North Korean troops are in Russia",
        byline="Jane Doe and John Roe",
        published="2024-10-23T10:00:00Z",
        updated="2024-10-23T12:30:00Z",
        paragraphs=paragraphs,
        outlet="ABC News",
        noise="Page generated at 2024-10-23 12:00:01 UTC, ad token 8f3a2c",
    )
    doc = extract(page)
    assert doc.title == "Austin confirms North Korean troops are in Russia"
    assert str(doc.text).split("\n") == paragraphs
    assert doc.date == "2024-10-23"
    assert "Jane Doe" in (doc.author or "")


def test_rendered_article_escapes_and_keeps_noise_outside_the_article() -> None:
    paragraphs = [
        "Officials said 1,500 soldiers & 3 <generals> had arrived in the region on Monday.",
        '"We will respond," the minister said on state television late on Tuesday.',
        "This is a developing story. Check back for updates.",
    ]
    page = render_article_html(title="Troops <arrive>", paragraphs=paragraphs, noise="token 42")
    assert "<generals>" not in page and "&lt;generals&gt;" in page
    article = page[page.index("<article") : page.index("</article>")]
    assert "token 42" in page and "token 42" not in article
    assert "<!doctype html>" in page and "NewsArticle" in page and "Related stories" in page
    doc = extract(page)
    assert doc.title == "Troops <arrive>"
    assert str(doc.text).split("\n") == paragraphs


def test_noise_does_not_change_the_extraction() -> None:
    paragraphs = seed_paragraphs()

    def text_with(noise: str) -> str:
        return str(extract(render_article_html(title="T", paragraphs=paragraphs, noise=noise)).text)

    assert text_with("ad token 1") == text_with("ad token 2") == "\n".join(paragraphs)
