"""Articles from requests: checked, limited, and read from HTML when asked."""

from __future__ import annotations

from newstrace.errors import EmptyTextError, NotAnArticleError, TooLargeError
from newstrace.ingest.plaintext import check_text
from newstrace.ingest.webpage import read_html_article
from newstrace.model import Article
from newstrace.serve.schemas import ArticleFields


def to_article(fields: ArticleFields, text: str, name: str, *, max_chars: int) -> Article:
    """The article ``name`` ("A", "B", "the article") of a request, or an ``InputError``."""
    label = f"article {name}" if len(name) == 1 else name
    if not text.strip():
        raise EmptyTextError(f"{label} is empty: give the text of the article")
    article = _from_html(fields, text, label) if fields.format == "html" else _plain(fields, text)
    check_text(article.text, path=label)
    if len(article.text) > max_chars:
        raise TooLargeError(
            f"{label} is {len(article.text):,} characters, over the {max_chars:,}-character "
            "limit for one text; send a shorter text",
            limit=max_chars,
        )
    return article


def _plain(fields: ArticleFields, text: str) -> Article:
    return Article(
        text=text,
        id=fields.id,
        title=fields.title,
        outlet=fields.outlet,
        published=fields.published,
        url=fields.url,
    )


def _from_html(fields: ArticleFields, page: str, label: str) -> Article:
    """The page's article; metadata given in the request wins over what the page says."""
    try:
        found = read_html_article(page.encode("utf-8"), article_id=fields.id)
    except NotAnArticleError as error:
        raise NotAnArticleError(
            f'{label}: no article text found in the HTML; send it with "format": "text"'
        ) from error
    return Article(
        text=found.text,
        id=fields.id,
        title=fields.title or found.title,
        outlet=fields.outlet or found.outlet,
        published=fields.published or found.published,
        url=fields.url or found.url,
    )
