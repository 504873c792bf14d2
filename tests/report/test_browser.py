"""The report in a real browser: Debian's Chromium, headless, driven by Playwright.

Never skipped (``tests/browser.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newstrace.model import Article, Comparison
from newstrace.report.as_html import to_html
from tests.browser import ACTIVE, RecordingPage, launch_chromium, save_screenshot
from tests.report.build import xss_articles, xss_comparison


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as launched:
        yield launched


class Page(RecordingPage):
    """A page on a report file."""

    def __init__(self, browser: Any, html: str, path: Path, width: int, height: int) -> None:
        path.write_text(html, encoding="utf-8")
        super().__init__(browser, width, height)
        self.page.goto(path.as_uri())


@pytest.fixture
def seed_page(browser: Any, seed_html: str, tmp_path: Path) -> Iterator[Page]:
    page = Page(browser, seed_html, tmp_path / "seed_report.html", 1440, 900)
    yield page
    page.close()


def _far_passage(comparison: Comparison) -> int:
    """A verbatim passage whose partner lies deepest in B: B's column must scroll to it."""
    lexical = [k for k, al in enumerate(comparison.alignments) if al.kind != "paraphrase"]
    return max(lexical, key=lambda k: comparison.alignments[k].b_span.start)


def test_seed_report_in_chromium(
    seed_page: Page, seed_comparison: Comparison, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    page = seed_page.page
    expect(page.locator("#verdict")).to_have_text("A was written from B")
    assert page.locator("#verdict").is_visible()
    assert page.locator("#text-a .frag.al").first.is_visible()
    assert page.locator("#text-b .frag.al").first.is_visible()
    k = _far_passage(seed_comparison)
    source = page.locator(f'#text-a [data-hover~="al{k}"]').first
    partner = page.locator(f'#text-b [data-links~="al{k}"]').first
    expect(partner).not_to_have_class(ACTIVE)
    source.hover()
    expect(source).to_have_class(ACTIVE)
    expect(partner).to_have_class(ACTIVE)
    expect(partner).to_be_in_viewport()  # B's column scrolled to it
    assert _visible_in_column(page, f'#text-b [data-links~="al{k}"]')
    page.mouse.move(5, 5)
    expect(partner).not_to_have_class(ACTIVE)
    save_screenshot(page, tmp_path / "seed_report.png")
    assert seed_page.errors == []
    assert all(url.startswith("file://") for url in seed_page.requests), seed_page.requests


def _visible_in_column(page: Any, selector: str) -> bool:
    """Whether the element shows inside its scrolling column (not only in the viewport)."""
    script = """(sel) => {
        const el = document.querySelector(sel), box = el.closest('.text');
        const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
        return r.bottom > b.top && r.top < b.bottom;
    }"""
    return bool(page.evaluate(script, selector))


def test_click_keeps_a_pair_lit_until_escape(seed_page: Page) -> None:
    from playwright.sync_api import expect

    page = seed_page.page
    source = page.locator("#text-a .frag.al-verbatim").first
    link = str(source.get_attribute("data-hover")).split()[0]
    partner = page.locator(f'#text-b [data-links~="{link}"]').first
    source.click()
    page.mouse.move(5, 5)
    expect(partner).to_have_class(ACTIVE)
    page.keyboard.press("Escape")
    expect(partner).not_to_have_class(ACTIVE)
    row = page.locator(f'tr[data-hover="{link}"]')
    row.click()
    expect(partner).to_have_class(ACTIVE)
    assert seed_page.errors == []


def test_narrow_window_stacks_the_columns(browser: Any, seed_html: str, tmp_path: Path) -> None:
    page = Page(browser, seed_html, tmp_path / "narrow.html", 400, 860)
    try:
        a = page.page.locator("#col-a").bounding_box()
        b = page.page.locator("#col-b").bounding_box()
        assert a is not None and b is not None
        assert b["y"] >= a["y"] + a["height"]  # B below A, not beside it
        assert a["width"] > 340
        width = page.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400  # nothing sticks out sideways
        save_screenshot(page.page, tmp_path / "seed_report_narrow.png")
        assert page.errors == []
    finally:
        page.close()


def test_injected_markup_does_not_run(browser: Any, tmp_path: Path) -> None:
    a, b = xss_articles()
    html = to_html(xss_comparison(a, b), a, b)
    page = Page(browser, html, tmp_path / "xss.html", 1200, 800)
    try:
        assert page.page.locator("img, svg, iframe, textarea").count() == 0
        page.page.locator("#text-a .frag.al").first.hover()
        page.page.wait_for_timeout(200)
        assert page.dialogs == []
        assert page.errors == []
        assert all(url.startswith("file://") for url in page.requests), page.requests
        assert "<script>alert(1)</script>" in page.page.locator("#text-a").inner_text()
    finally:
        page.close()


def test_articles_fixture_is_what_the_report_shows(
    seed_page: Page, seed_articles: tuple[Article, Article]
) -> None:
    text_a = seed_page.page.locator("#text-a").text_content()
    assert text_a == seed_articles[0].text
