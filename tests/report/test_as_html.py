"""The HTML report: escaping of untrusted text, self-containment, and what it shows."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace

import pytest

from newstrace.model import Article, Comparison, Passage
from newstrace.report.as_html import to_html
from tests.report.build import XSS, span_of, xss_articles, xss_comparison
from tests.report.parse import Report

# Attributes that make a browser fetch or navigate.
_LOADING = {"src", "href", "srcset", "action", "formaction", "poster", "data", "background"}


@pytest.fixture(scope="module")
def xss_html() -> str:
    a, b = xss_articles()
    return to_html(xss_comparison(a, b), a, b)


def test_untrusted_text_shows_only_escaped(xss_html: str) -> None:
    for payload in (*XSS, "<blink>Outlet</blink>", "<script>alert('title')</script>"):
        assert payload not in xss_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xss_html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in xss_html
    assert "&lt;/textarea&gt;" in xss_html
    assert "Paper &amp; Co" in xss_html


def test_no_element_or_attribute_comes_from_the_articles(xss_html: str) -> None:
    report = Report(xss_html)
    names = [tag for tag, _ in report.tags]
    assert names.count("script") == 1 and names.count("style") == 1
    assert not {"img", "svg", "iframe", "textarea", "a", "blink"} & set(names)
    for _, attrs in report.tags:
        assert not [name for name in attrs if name.startswith("on")]
        assert not _LOADING & set(attrs)


def test_the_text_columns_read_back_as_the_articles(xss_html: str) -> None:
    a, b = xss_articles()
    report = Report(xss_html)
    assert report.columns["a"].text == a.text
    assert report.columns["b"].text == b.text


def test_the_only_script_is_the_reports_own_and_the_policy_allows_only_it(xss_html: str) -> None:
    report = Report(xss_html)
    (script,) = report.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    (policy,) = [
        str(attrs["content"])
        for tag, attrs in report.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert f"script-src 'sha256-{digest}';" in policy
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1]


def test_analysis_is_marked_in_the_texts_with_tooltips(xss_html: str) -> None:
    report = Report(xss_html)
    a_frags, b_frags = report.columns["a"].fragments, report.columns["b"].fragments
    quote = next(f for f in a_frags if "q-altered" in f.css)
    assert quote.text == XSS[0] and "q0" in quote.links
    assert quote.title is not None and "altered" in quote.title and XSS[1] in quote.title
    assert "-<blink> +</td>" in quote.title
    number = next(f for f in a_frags if "disc" in f.css and f.text == "12")
    assert number.title is not None
    assert f"Different number: B says “{XSS[1]}”" in number.title.split("\n")
    date = next(f for f in b_frags if "disc" in f.css and f.text == "Thursday")
    assert date.title is not None and "Different date: A says “Friday”" in date.title.split("\n")
    assert next(f for f in a_frags if "loaded" in f.css).text == "resigned"
    assert "".join(f.text for f in a_frags if "added" in f.css) == "on Friday"
    assert "".join(f.text for f in b_frags if "omitted" in f.css) == "on Thursday"
    assert next(f for f in a_frags if "credit" in f.css).text == "Officials said"


def test_tables_list_quotes_and_discrepancies(xss_html: str) -> None:
    assert 'id="quotes">Quotations <span class="count">1</span>' in xss_html
    assert 'id="discrepancies">Discrepancies <span class="count">2</span>' in xss_html
    assert '<span class="status q-altered"' in xss_html
    assert '<span class="del">-&lt;blink&gt;</span>' in xss_html
    assert "<b>1</b> altered" in xss_html  # the summary counts quotes by status


def test_seed_report_shows_the_verdict_and_every_alignment(
    seed_html: str, seed_comparison: Comparison, seed_articles: tuple[Article, Article]
) -> None:
    assert seed_comparison.verdict.relation == "a_from_b"
    assert "A was written from B" in seed_html
    assert f"{round(seed_comparison.verdict.confidence * 100)}%" in seed_html
    for reason in seed_comparison.verdict.reasons:
        assert _escaped(reason) in seed_html
    report = Report(seed_html)
    assert report.columns["a"].text == seed_articles[0].text
    assert report.columns["b"].text == seed_articles[1].text
    assert seed_comparison.alignments
    for k, alignment in enumerate(seed_comparison.alignments):
        assert report.linked_text("a", f"al{k}") == alignment.a_text
        assert report.linked_text("b", f"al{k}") == alignment.b_text
        assert _escaped(alignment.a_text) in seed_html  # whole, in the passages table
        assert _escaped(alignment.b_text) in seed_html


def _escaped(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


@pytest.mark.parametrize("which", ["seed", "xss"])
def test_report_loads_nothing_from_outside(which: str, seed_html: str, xss_html: str) -> None:
    html = seed_html if which == "seed" else xss_html
    report = Report(html)
    for _, attrs in report.tags:
        for name, value in attrs.items():
            if name in _LOADING:
                pytest.fail(f"{name}={value!r} loads a resource")
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert styles and not any(re.search(r"url\(|@import", style) for style in styles)
    scripts = " ".join(report.scripts)
    assert not re.search(r"https?://|fetch\(|XMLHttpRequest|import\(", scripts)
    outside_text = re.sub(r'<div class="text".*?</div>', "", html, flags=re.S)
    urls = re.findall(r"https?://[^\s\"'<>]+", outside_text)
    # Only the article's own url field may appear, as escaped text in the column heading.
    assert all(url.startswith("https://evil.example/") for url in urls), urls


def test_when_b_is_read_as_the_copy_its_additions_are_marked_in_b() -> None:
    a, b = xss_articles()
    base = xss_comparison(a, b)
    analysis = replace(
        base.analysis,
        added=(Passage(span_of(b.text, "on Thursday"), "on Thursday", side="b"),),
        omitted=(Passage(span_of(a.text, "on Friday"), "on Friday", side="a"),),
    )
    html = to_html(replace(base, analysis=analysis), a, b)
    report = Report(html)
    a_frags, b_frags = report.columns["a"].fragments, report.columns["b"].fragments
    assert "".join(f.text for f in b_frags if "added" in f.css) == "on Thursday"
    assert "".join(f.text for f in a_frags if "omitted" in f.css) == "on Friday"
    assert not any("added" in f.css for f in a_frags)
    assert "<h3>Added in B <span" in html and "Left out of B (in A only)" in html
