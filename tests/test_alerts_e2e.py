"""End to end: the CNN seed served by a local news server is edited (1,500 -> 3,000 soldiers,
Austin's quote reworded), `check_article` stores the version and enqueues the alert in the
same transaction, and one dispatch pass delivers it by email and signed webhook."""

from __future__ import annotations

import asyncio
from pathlib import Path

from monitor.alerts.channels import build_channels
from monitor.alerts.dispatcher import run_dispatch
from monitor.alerts.outbox import make_change_hook
from monitor.check import CheckContext, CheckOutcome, check_article, utcnow
from monitor.config import Settings, load_settings
from monitor.fetch import make_client
from monitor.newsserver import NewsServer, render_article_html
from monitor.seeding import load_seeds
from monitor.store import queries
from monitor.store.blobs import BlobStore
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from tests.conftest import CNN_SEED
from tests.support_alerts import SECRET, SmtpServer, WebhookReceiver

TITLE = "Defense Secretary Lloyd Austin says North Korea has deployed troops to Russia"


def cnn_page(edit: bool) -> str:
    raw = CNN_SEED.read_text(encoding="utf-8").split("\n\n")
    paragraphs = [p.strip() for p in raw if p.strip() and not p.strip().startswith("date ")]
    if edit:
        paragraphs = [
            p.replace("1,500 soldiers", "3,000 soldiers").replace(
                "What, exactly, they’re doing is left to be seen.",
                "What exactly they’re doing remains to be seen.",
            )
            for p in paragraphs
        ]
    return render_article_html(
        title=TITLE,
        byline="Natasha Bertrand and Shania Shelton, CNN",
        published="2024-10-23",
        paragraphs=paragraphs,
        outlet="CNN",
    )


def manifest(folder: Path, url: str) -> None:
    folder.mkdir()
    (folder / CNN_SEED.name).write_bytes(CNN_SEED.read_bytes())
    (folder / "stories.toml").write_text(
        f"""
[[story]]
slug = "north-korean-troops-russia"
title = "North Korean troops in Russia"
  [[story.article]]
  outlet = "CNN"
  url = "{url}"
  title = "{TITLE}"
  byline = "Natasha Bertrand and Shania Shelton, CNN"
  published = "2024-10-23"
  seed = "{CNN_SEED.name}"
""",
        encoding="utf-8",
    )


def check(settings: Settings, article_id: int) -> CheckOutcome:
    engine = make_engine(settings.database_url)

    async def run() -> CheckOutcome:
        async with make_client(settings) as client:
            ctx = CheckContext(
                settings,
                engine,
                BlobStore(settings.snapshots_dir),
                client,
                on_changes=make_change_hook(settings),
            )
            return await check_article(ctx, article_id)

    try:
        return asyncio.run(run())
    finally:
        engine.dispose()


def test_edited_article_alerts_by_email_and_webhook(tmp_path: Path, sqlite_url: str) -> None:
    hook = WebhookReceiver().start()
    try:
        with NewsServer() as news, SmtpServer() as mail:
            news.set_page("/cnn", cnn_page(edit=False))
            manifest(tmp_path / "seeds", news.url("/cnn"))
            settings = load_settings(
                database_url=sqlite_url,
                snapshots_dir=tmp_path / "snapshots",
                fetch_timeout=2.0,
                webhook_urls=[hook.url],
                webhook_secret=SECRET,
                alert_email_to=["desk@example.org"],
                smtp_host="127.0.0.1",
                smtp_port=mail.port,
                smtp_security="none",
                digest_window=0,
                public_base_url="http://monitor.local",
            )
            engine = make_engine(sqlite_url)
            upgrade(engine)
            load_seeds(engine, tmp_path / "seeds", utcnow())
            with session_scope(engine) as s:
                article_id = int(queries.find_article(s, news.url("/cnn")).id or 0)
            news.set_page("/cnn", cnn_page(edit=True))
            outcome = check(settings, article_id)
            assert outcome.outcome == "new_version"
            sent = run_dispatch(
                engine, settings, build_channels(settings), base_url=settings.public_base_url
            )
            engine.dispose()
            assert sent == 2
            [email] = mail.handler.messages
    finally:
        hook.close()
    [payload] = hook.payloads()
    kinds = [c["kind"] for c in payload["changes"]]
    assert "figure_changed" in kinds and "quote_edited" in kinds
    figure = next(c for c in payload["changes"] if c["kind"] == "figure_changed")
    assert (figure["old"]["value"], figure["new"]["value"]) == (1500, 3000)
    assert (
        payload["links"]["diff"] == f"http://monitor.local/articles/{article_id}/diff?from=1&to=2"
    )
    assert payload["article"]["outlet"] == "CNN"
    assert "CNN" in email["Subject"]
    body = email.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "1,500 soldiers → 3,000 soldiers" in text
    assert "remains to be seen" in text and "left to be seen" in text
