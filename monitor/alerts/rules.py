"""Alert rules: which change kinds raise an alert for a given story and article.

The most specific rule wins: a per-article override (by id or URL), then a per-story
override (by id or slug), then `alert_kinds`. An empty override mutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from monitor.alerts.settings import AlertSettings
from monitor.model import Change


def kinds_for(
    settings: AlertSettings,
    *,
    story_id: int,
    story_slug: str | None = None,
    article_id: int,
    article_url: str | None = None,
) -> frozenset[str]:
    """The change kinds that alert for this article of this story."""
    found = _override(settings.alert_article_kinds, (str(article_id), article_url))
    if found is None:
        found = _override(settings.alert_story_kinds, (str(story_id), story_slug))
    return frozenset(settings.alert_kinds if found is None else found)


def _override(table: dict[str, list[str]], keys: Iterable[str | None]) -> list[str] | None:
    for key in keys:
        if key is not None and key in table:
            return table[key]
    return None


def alerting_changes(changes: Sequence[Change], kinds: frozenset[str]) -> list[Change]:
    """The changes whose kind alerts, in their original order."""
    return [c for c in changes if c.kind in kinds]
