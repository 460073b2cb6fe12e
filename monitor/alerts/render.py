"""Render an alert (or a digest of alerts) once: subject, plain text, HTML and the webhook JSON.

Every channel sends the same `RenderedAlert`. This module is pure: it takes plain values
(`AlertView`) and returns values; the dispatcher loads the rows.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

PAYLOAD_VERSION = 1
SUBJECT_TITLE_CHARS = 80

KIND_LABELS: dict[str, str] = {
    "quote_added": "Quote added",
    "quote_removed": "Quote removed",
    "quote_edited": "Quote changed",
    "quote_reattributed": "Quote re-attributed",
    "figure_added": "Figure added",
    "figure_removed": "Figure removed",
    "figure_changed": "Figure changed",
    "headline_changed": "Headline changed",
    "byline_changed": "Byline changed",
    "developing_marker_added": "Marked as developing",
    "developing_marker_removed": "No longer marked as developing",
    "correction_added": "Correction added",
    "article_gone": "Article gone",
    "article_redirected": "Article redirected",
}


@dataclass(frozen=True)
class StoryInfo:
    """The story an alert belongs to."""

    id: int
    slug: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used in webhook payloads."""
        return {"id": self.id, "slug": self.slug, "name": self.name}


@dataclass(frozen=True)
class ArticleInfo:
    """The article an alert is about."""

    id: int
    url: str
    outlet: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used in webhook payloads."""
        return {"id": self.id, "url": self.url, "outlet": self.outlet, "title": self.title}


@dataclass(frozen=True)
class AlertView:
    """One stored alert as the renderer needs it: its changes are DESIGN.md change dicts."""

    key: str
    story: StoryInfo
    article: ArticleInfo
    from_version: int | None
    to_version: int
    changes: tuple[dict[str, Any], ...]
    created_at: datetime


@dataclass(frozen=True)
class RenderedAlert:
    """One message, ready for any channel: `body` is the exact webhook request body."""

    message_id: str
    subject: str
    text: str
    html: str
    payload: dict[str, Any]
    body: bytes
    alert_keys: tuple[str, ...]


def render_message(message_id: str, alerts: Sequence[AlertView], base_url: str) -> RenderedAlert:
    """Render one alert, or several alerts of one story as a digest, under `message_id`."""
    if not alerts:
        raise ValueError("nothing to render")
    payload = build_payload(message_id, alerts, base_url)
    return RenderedAlert(
        message_id=message_id,
        subject=subject_line(alerts),
        text=render_text(alerts, base_url),
        html=render_html(alerts, base_url),
        payload=payload,
        body=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        alert_keys=tuple(a.key for a in alerts),
    )


def diff_link(base_url: str, alert: AlertView) -> str:
    """Where the article's diff between the two versions is shown."""
    page = f"{base_url.rstrip('/')}/articles/{alert.article.id}"
    if alert.from_version is None or alert.from_version == alert.to_version:
        return page
    return f"{page}/diff?from={alert.from_version}&to={alert.to_version}"


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with a Z, seconds precision."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- webhook JSON -------------------------------------------------------------------------


def _alert_object(alert: AlertView, base_url: str) -> dict[str, Any]:
    return {
        "alert_id": alert.key,
        "article": alert.article.to_dict(),
        # "versions", not "version": that key is the payload format's own version number.
        "versions": {"from": alert.from_version, "to": alert.to_version},
        "changes": [dict(c) for c in alert.changes],
        "links": {"article": alert.article.url, "diff": diff_link(base_url, alert)},
        "created_at": iso(alert.created_at),
    }


def build_payload(message_id: str, alerts: Sequence[AlertView], base_url: str) -> dict[str, Any]:
    """Versioned payload: `article.changed` for one alert, `story.digest` for several."""
    head = {"version": PAYLOAD_VERSION}
    story = alerts[0].story.to_dict()
    if len(alerts) == 1:
        obj = _alert_object(alerts[0], base_url)
        return {**head, "type": "article.changed", "id": message_id, "story": story, **obj}
    return {
        **head,
        "type": "story.digest",
        "id": message_id,
        "story": story,
        "alerts": [_alert_object(a, base_url) for a in alerts],
        "created_at": iso(max(a.created_at for a in alerts)),
    }


# --- words --------------------------------------------------------------------------------


def value_text(value: Any) -> str:
    """A change side as words: figure dicts by their text, None as an em dash."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        return str(value.get("text") or value.get("value") or "—")
    return str(value)


def _is_quote(change: dict[str, Any]) -> bool:
    return str(change.get("kind", "")).startswith("quote")


def change_headline(change: dict[str, Any]) -> str:
    """One line naming a change: its kind, who or what, and old → new."""
    kind = str(change.get("kind"))
    label = KIND_LABELS.get(kind, kind.replace("_", " "))
    old, new = change.get("old"), change.get("new")
    if kind.startswith("developing_marker") or kind == "article_gone":
        return label
    if kind == "quote_reattributed":
        who = f"{change.get('old_speaker') or 'unnamed'} → {change.get('speaker') or 'unnamed'}"
        return f'{label} ({who}): "{value_text(new if new is not None else old)}"'
    speaker = f" ({change['speaker']})" if _is_quote(change) and change.get("speaker") else ""
    wrap = '"{}"' if _is_quote(change) or kind == "headline_changed" else "{}"
    if old is None and new is None:
        return label + speaker
    if old is None:
        return f"{label}{speaker}: {wrap.format(value_text(new))}"
    if new is None:
        return f"{label}{speaker}: {wrap.format(value_text(old))}"
    return f"{label}{speaker}: {wrap.format(value_text(old))} → {wrap.format(value_text(new))}"


def _subject_detail(change: dict[str, Any]) -> str | None:
    """The speaker of a quote or the figure of a figure change, for the subject line."""
    kind = str(change.get("kind"))
    if _is_quote(change):
        return str(change["speaker"]) if change.get("speaker") else None
    if kind == "figure_changed":
        return f"{value_text(change.get('old'))} → {value_text(change.get('new'))}"
    if kind.startswith("figure"):
        return value_text(change.get("new") if change.get("new") is not None else change.get("old"))
    return None


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def subject_line(alerts: Sequence[AlertView]) -> str:
    """`Quote changed — Austin — CNN: "title"`; a digest over several articles names the story."""
    changes = [c for a in alerts for c in a.changes]
    articles = {a.article.id for a in alerts}
    first = changes[0] if changes else {"kind": "article_changed"}
    label = KIND_LABELS.get(str(first.get("kind")), "Article changed")
    if len(changes) > 1:
        label += f" (+{len(changes) - 1} more)"
    if len(articles) > 1:
        story = alerts[0].story
        name = story.name or story.slug or f"story {story.id}"
        return _shorten(f"{len(changes)} changes in {len(articles)} articles — {name}", 200)
    parts = [label]
    detail = _subject_detail(first)
    if detail:
        parts.append(_shorten(detail, 60))
    article = alerts[-1].article
    where = article.outlet or article.url
    if article.title:
        where += f': "{_shorten(article.title, SUBJECT_TITLE_CHARS)}"'
    parts.append(where)
    return " — ".join(parts)


def _article_heading(alert: AlertView) -> str:
    title = alert.article.title or alert.article.url
    outlet = f"{alert.article.outlet}: " if alert.article.outlet else ""
    versions = f"version {alert.from_version} → {alert.to_version}"
    return f"{outlet}{title} ({versions})"


def render_text(alerts: Sequence[AlertView], base_url: str) -> str:
    """Plain-text body: per alert the article, each change old → new with its sentences, links."""
    lines: list[str] = []
    for alert in alerts:
        lines += [_article_heading(alert), ""]
        for change in alert.changes:
            lines.append("* " + change_headline(change))
            if change.get("old_sentence"):
                lines.append(f"    before: {change['old_sentence']}")
            if change.get("new_sentence"):
                lines.append(f"    after:  {change['new_sentence']}")
        lines += ["", f"Article: {alert.article.url}", f"Diff:    {diff_link(base_url, alert)}", ""]
    lines.append("-- newsmonitor")
    return "\n".join(lines) + "\n"


def render_html(alerts: Sequence[AlertView], base_url: str) -> str:
    """HTML body with the same content as the text body."""
    esc = html.escape
    out = ["<html><body>"]
    for alert in alerts:
        out.append(f"<h3>{esc(_article_heading(alert))}</h3><ul>")
        for change in alert.changes:
            out.append(f"<li><strong>{esc(change_headline(change))}</strong>")
            if change.get("old_sentence"):
                out.append(f"<br><del>{esc(str(change['old_sentence']))}</del>")
            if change.get("new_sentence"):
                out.append(f"<br><ins>{esc(str(change['new_sentence']))}</ins>")
            out.append("</li>")
        out.append("</ul>")
        out.append(
            f'<p><a href="{esc(alert.article.url)}">Article</a> · '
            f'<a href="{esc(diff_link(base_url, alert))}">Diff</a></p>'
        )
    out.append("<p>— newsmonitor</p></body></html>")
    return "\n".join(out)
