"""The `<article>` fallback for story bodies split across several containers."""

from __future__ import annotations

from monitor.article_body import article_paragraphs, fuller_body

PARAS = [f"Paragraph {n} of the story says something long enough to count here." for n in range(9)]


def page(*blocks: str) -> str:
    return f"<html><body><nav><p>Home and sections</p></nav>{''.join(blocks)}</body></html>"


def test_article_paragraphs_take_the_fullest_article_without_furniture() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:3])
    more = "".join(f"<p>{p}</p>" for p in PARAS[3:])
    html = page(
        "<article><p>A teaser.</p></article>",
        f"<article><div class='c1'>{body}</div><aside><p>Read more: other news</p></aside>"
        f"<figure><figcaption><p>A photo caption</p></figcaption></figure>"
        f"<div class='ad'></div><div class='c2'>{more}</div></article>",
    )
    assert article_paragraphs(html) == PARAS


def test_no_article_element_or_garbage_gives_nothing() -> None:
    assert article_paragraphs(page("<div><p>Just a div.</p></div>")) == []
    assert article_paragraphs("<article") == []


def test_the_article_text_replaces_the_extract_only_when_it_is_a_clear_superset() -> None:
    part = PARAS[:3]
    assert fuller_body(part, PARAS)  # three times the words, all of the part inside
    assert not fuller_body(PARAS[:7], PARAS)  # not enough more
    other = [f"Another story entirely, paragraph {n}, with words enough." for n in range(20)]
    assert not fuller_body(part, other)  # more words, but not this story
    assert not fuller_body(["Short."], PARAS)  # nothing long enough to vouch for it
