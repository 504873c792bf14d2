"""The web page in a real browser (Debian's Chromium, headless, driven by Playwright) on the
real server.

Never skipped (``tests/browser.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.browser import ACTIVE, RecordingPage, launch_chromium, save_screenshot
from tests.conftest import SEED_A_PATH, SEED_B_PATH
from tests.report.build import XSS_TEXT
from tests.serve.conftest import COPY, HPO, PLANTED, SOURCE, Server

TIMEOUT = 60_000  # ms: a first comparison encodes both articles, on a busy machine


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT)
    with launch_chromium() as launched:
        yield launched
    expect.set_options(timeout=5_000)  # Playwright's default, for the other browser tests


class Page(RecordingPage):
    """A page of the server."""

    def __init__(self, browser: Any, url: str, width: int = 1440, height: int = 1000) -> None:
        super().__init__(browser, width, height)
        self.url = url
        self.page.set_default_timeout(TIMEOUT)

    def open(self, hash_route: str = "") -> Any:
        self.page.goto(self.url + "/" + hash_route)
        return self.page

    def check_clean(self) -> None:
        """No script error, no dialog, and nothing loaded from anywhere but the server."""
        assert self.errors == []
        assert self.dialogs == []
        local = (self.url + "/", "about:", "data:", "blob:")
        assert all(url.startswith(local) for url in self.requests), self.requests


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Page]:
    opened = Page(browser, server.url)
    yield opened
    opened.close()


def test_paste_the_seed_pair_and_see_the_report(page: Page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    tab = page.open()
    tab.fill("#input-a", SEED_A_PATH.read_text(encoding="utf-8"))
    tab.fill("#input-b", SEED_B_PATH.read_text(encoding="utf-8"))
    tab.click("#compare-button")
    report = tab.frame_locator("#report-frame")
    expect(report.locator("#verdict")).to_have_text("A was written from B")
    passages = report.locator("#text-a .frag.al")
    expect(passages.first).to_be_visible()
    assert passages.count() >= 10
    assert report.locator("table.passages tbody tr").count() >= 10
    link = str(passages.first.get_attribute("data-hover")).split()[0]
    passages.first.hover()  # the report's own script runs inside the frame
    expect(report.locator(f'#text-b [data-links~="{link}"]').first).to_have_class(ACTIVE)
    expect(tab.locator("#report-download")).to_be_visible()
    save_screenshot(tab, tmp_path / "serve_compare.png")
    page.check_clean()


def test_upload_two_files_and_compare(page: Page) -> None:
    from playwright.sync_api import expect

    tab = page.open("#/compare")
    tab.set_input_files("#file-a", str(SEED_A_PATH))
    tab.set_input_files("#file-b", str(SEED_B_PATH))
    expect(tab.locator("#note-a")).to_contain_text(SEED_A_PATH.name)
    expect(tab.locator("#input-b")).to_have_value(SEED_B_PATH.read_text(encoding="utf-8"))
    tab.click("#compare-button")
    report = tab.frame_locator("#report-frame")
    expect(report.locator("#verdict")).to_have_text("A was written from B")
    expect(report.locator("#col-a h2")).to_have_text(SEED_A_PATH.stem)
    page.check_clean()


def test_pasted_markup_shows_as_text_and_never_runs(page: Page) -> None:
    from playwright.sync_api import expect

    tab = page.open()
    tab.fill("#input-a", f"Officials said {XSS_TEXT} on Friday. The minister resigned.")
    tab.fill("#input-b", f"Officials said {XSS_TEXT} on Thursday. The minister resigned.")
    tab.click("#compare-button")
    report = tab.frame_locator("#report-frame")
    expect(report.locator("#verdict")).to_be_visible()
    assert "<script>alert(1)</script>" in report.locator("#text-a").inner_text()
    assert report.locator("#text-a img, #text-a svg, #text-a iframe").count() == 0
    report.locator("#text-a .frag.al").first.hover()
    tab.wait_for_timeout(300)
    page.check_clean()


def test_an_empty_side_gets_the_server_message(page: Page) -> None:
    from playwright.sync_api import expect

    tab = page.open()
    tab.fill("#input-a", "Some text of article A.")
    tab.click("#compare-button")
    expect(tab.locator("#compare-status")).to_have_text(
        "article B is empty: give the text of the article"
    )
    assert tab.locator("#report-frame").is_hidden()


def test_the_reuse_list_and_the_graph_of_a_story(page: Page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    tab = page.open("#/pairs")
    rows = tab.locator("#pairs-table tbody tr")
    expect(rows).to_have_count(6)
    tab.select_option("#pairs-credited", "false")
    tab.click("#pairs-form button")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(PLANTED)
    expect(rows.first.locator(".chip.uncredited")).to_have_text("uncredited")
    save_screenshot(tab, tmp_path / "serve_pairs.png")
    rows.first.get_by_role("link", name="graph").click()
    graph = tab.locator("#graph svg")
    expect(graph).to_be_visible()
    nodes = tab.locator("#graph a.node")
    expect(nodes).to_have_count(4)
    copy_box = tab.locator(f'#graph a.node[data-id="{PLANTED}"] rect').bounding_box()
    source_box = tab.locator(f'#graph a.node[data-id="{HPO["id"]}"] rect').bounding_box()
    assert copy_box is not None and source_box is not None
    assert copy_box["x"] > source_box["x"] + 100  # time runs left to right
    assert tab.locator("#graph .edge-uncredited").count() == 1
    assert tab.locator("#graph .edge-shared").count() == 4
    save_screenshot(tab, tmp_path / "serve_graph.png")
    tab.locator(f'#graph a.node[data-id="{HPO["id"]}"]').click()  # opens the article
    expect(tab.locator("#article-title")).to_have_text(HPO["title"])
    expect(tab.locator("#derivatives-table tbody tr")).to_contain_text(PLANTED)
    page.check_clean()


def test_search_the_index_and_open_an_article(page: Page, server: Server, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    injected = {
        "text": f"Officials said {XSS_TEXT} about the Kerry visit on Friday.",
        "id": "xss-article",
        "title": "<img src=x onerror=alert('title')>Kerry",
    }
    assert httpx.post(server.url + "/articles", json=injected).status_code in (201, 409)
    tab = page.open("#/search")
    tab.fill("#search-q", "kerry")
    tab.click("#search-form button")
    results = tab.locator("#search-table tbody")
    expect(results).to_contain_text(injected["title"])  # shown as text
    assert tab.locator("#search-table img").count() == 0
    results.get_by_role("link", name="U.S., Russia to talk Syria").click()
    expect(tab.locator("#article-meta")).to_contain_text("Daily Aggregator")
    sources = tab.locator("#sources-table tbody tr")
    expect(sources.first).to_contain_text("written from it")
    expect(sources.first.locator("a").first).to_have_attribute("href", f"#/article/{SOURCE}")
    expect(tab.locator("#article-graph a.node")).to_have_count(2)
    save_screenshot(tab, tmp_path / "serve_article.png")
    sources.first.get_by_role("link", name="side by side").click()
    report = tab.frame_locator("#report-frame")
    expect(report.locator("#verdict")).to_have_text("A was written from B")
    expect(tab.locator("#note-a")).to_contain_text(COPY)
    page.check_clean()
