"""Every endpoint of the real server, with good and bad requests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import newstrace
from newstrace.serve.comparison_schema import ComparisonOut, TraceOut
from newstrace.serve.schemas import ArticleListOut, ArticleOut, GraphOut, PairPageOut, StatusOut
from tests.conftest import SEED_A_PATH, SEED_B_PATH
from tests.report.build import XSS, XSS_TEXT
from tests.serve.conftest import (
    COPY,
    FOX,
    HPO,
    MAX_BODY_BYTES,
    MAX_TEXT_CHARS,
    NYT,
    PLANTED,
    SOURCE,
    Server,
)

SEED_A = SEED_A_PATH.read_text(encoding="utf-8")
SEED_B = SEED_B_PATH.read_text(encoding="utf-8")


def _post(client: httpx.Client, path: str, body: Any) -> httpx.Response:
    return client.post(path, json=body)


def _detail(response: httpx.Response) -> str:
    detail: str = response.json()["detail"]
    return detail


# --- status, schema, page ----------------------------------------------------------------


def test_status_gives_the_index_and_the_limits(client: httpx.Client) -> None:
    response = client.get("/status")
    assert response.status_code == 200
    status = StatusOut.model_validate(response.json())
    assert status.articles >= 8 and status.pairs == 6
    assert (status.limits.max_text_chars, status.limits.max_body_bytes) == (
        MAX_TEXT_CHARS,
        MAX_BODY_BYTES,
    )


def test_the_openapi_schema_documents_every_endpoint(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    operations = {
        (method.upper(), path): operation
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    }
    assert set(operations) == {
        ("POST", "/compare"),
        ("POST", "/compare/report"),
        ("POST", "/trace"),
        ("GET", "/articles"),
        ("POST", "/articles"),
        ("GET", "/articles/{article_id}"),
        ("GET", "/articles/{article_id}/sources"),
        ("GET", "/articles/{article_id}/derivatives"),
        ("GET", "/pairs"),
        ("GET", "/graph"),
        ("GET", "/graph.svg"),
        ("GET", "/status"),
    }
    assert all(operation.get("summary") for operation in operations.values())
    assert {"413", "422", "400"} <= set(operations[("POST", "/compare")]["responses"])
    components = schema["components"]["schemas"]
    assert components["CompareRequest"]["examples"]
    assert "alignments" in components["ComparisonOut"]["properties"]
    assert "copy" in components["PairOut"]["properties"]


def test_interactive_docs_that_need_a_cdn_are_off(client: httpx.Client) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_the_page_and_its_assets_are_served_locally(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    for name in ("app.js", "app.css"):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200
        assert "http://" not in asset.text and "https://" not in asset.text
    assert "https://" not in page.text and "<script>" not in page.text  # no inline script
    assert client.get("/static/index.html").status_code == 404  # only the listed assets
    assert client.get("/static/..%2f..%2fsettings.py").status_code == 404
    assert page.headers["x-content-type-options"] == "nosniff"


# --- compare -----------------------------------------------------------------------------


def test_compare_answers_exactly_the_library_json(client: httpx.Client) -> None:
    a = newstrace.Article(SEED_A, id="A1", outlet="Daily Aggregator", url="https://example.org/a")
    b = newstrace.Article(SEED_B, id="B1", outlet="The New York Times")
    body = {
        "a": {"text": a.text, "id": a.id, "outlet": a.outlet, "url": a.url},
        "b": {"text": b.text, "id": b.id, "outlet": b.outlet},
    }
    response = _post(client, "/compare", body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    ComparisonOut.model_validate(data)  # the documented schema, no field left out of it
    assert data == json.loads(json.dumps(newstrace.compare(a, b).to_dict()))
    assert data["verdict"]["relation"] == "a_from_b"
    assert data["evidence"]["a"]["credits_other"] is True


def test_compare_indexed_articles_by_id(client: httpx.Client) -> None:
    response = _post(client, "/compare", {"a": {"id": COPY}, "b": {"id": SOURCE}})
    assert response.status_code == 200, response.text
    data = response.json()
    assert (data["a"]["id"], data["a"]["published"], data["b"]["outlet"]) == (
        COPY,
        "2015-09-19",
        "The New York Times",
    )
    assert data["verdict"]["relation"] == "a_from_b"


def test_compare_reads_an_uploaded_web_page(client: httpx.Client) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in SEED_A.split("\n\n") if p.strip())
    page = (
        "<html><head><title>Talks on Syria</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Talks on Syria</h1>{paragraphs}</article></body></html>"
    )
    body = {"a": {"text": page, "format": "html"}, "b": {"id": SOURCE}}
    response = _post(client, "/compare", body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["a"]["title"] == "Talks on Syria"
    assert data["verdict"]["relation"] == "a_from_b"


def test_the_report_is_the_html_report_with_article_text_escaped(client: httpx.Client) -> None:
    body = {
        "a": {"text": f"Officials said {XSS_TEXT} on Friday.", "id": XSS[1], "title": XSS[0]},
        "b": {"text": f"Officials said {XSS_TEXT} on Thursday.", "outlet": XSS[3]},
    }
    response = _post(client, "/compare/report", body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'sha256-" in response.headers["content-security-policy"]
    html = response.text
    assert 'id="verdict"' in html
    for markup in XSS:
        assert markup not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script>") == 1  # the report's own, admitted by its hash


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b'{"a": {"text": "x"},', 400, "not valid JSON"),
        (b"[1, 2]", 422, "must be a JSON object"),
        (b"", 422, "must be a JSON object"),
        (b'{"a": {"text": ""}, "b": {"text": "Some text."}}', 422, "article A is empty"),
        (b'{"a": {"text": "Some text."}, "b": {"text": " \\n\\t "}}', 422, "article B is empty"),
        (b'{"a": {"text": "Some text."}, "b": {}}', 422, "article B has no text"),
        (b'{"a": {"text": "Some text."}}', 422, "field b: Field required"),
        (b'{"a": {"text": 5}, "b": {"text": "x"}}', 422, "field a.text"),
        (b'{"a": {"path": "/etc/passwd"}, "b": {"text": "x"}}', 422, "field a.path"),
        (b'{"a": {"text": "x", "published": "yesterday"}, "b": {"text": "x"}}', 422, "published"),
        (b'{"a": {"text": "x\\u0000\\u0001\\u0002"}, "b": {"text": "x"}}', 422, "binary data"),
        (b'{"a": {"id": "no-such-article"}, "b": {"text": "x"}}', 404, "no-such-article"),
    ],
)
def test_bad_compare_requests_get_one_clear_message(
    client: httpx.Client, content: bytes, status: int, message: str
) -> None:
    response = client.post(
        "/compare", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text
    assert message in _detail(response)
    assert "Traceback" not in response.text


def test_a_text_over_the_limit_is_413(client: httpx.Client) -> None:
    long_text = "Word " * (MAX_TEXT_CHARS // 5 + 1)
    response = _post(client, "/compare", {"a": {"text": long_text}, "b": {"text": "Short."}})
    assert response.status_code == 413
    assert f"{MAX_TEXT_CHARS:,}-character limit" in _detail(response)


def test_a_body_over_the_limit_is_413_declared_or_streamed(client: httpx.Client) -> None:
    body = json.dumps({"a": {"text": "x" * MAX_BODY_BYTES}, "b": {"text": "y"}}).encode()
    declared = client.post("/compare", content=body, headers={"Content-Type": "application/json"})
    assert declared.status_code == 413
    assert f"{MAX_BODY_BYTES:,}-byte limit" in _detail(declared)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    streamed = client.post(
        "/compare", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    assert client.get("/status").status_code == 200  # the server is fine


# --- trace and the index -----------------------------------------------------------------


def test_trace_ranks_the_source_first(client: httpx.Client) -> None:
    response = _post(client, "/trace", {"text": SEED_A, "published": "2015-09-19"})
    assert response.status_code == 200, response.text
    trace = TraceOut.model_validate(response.json())
    assert trace.sources[0].b.id == SOURCE
    assert trace.sources[0].verdict.relation == "a_from_b"
    assert _post(client, "/trace", {"text": "  "}).status_code == 422


def test_an_indexed_article_its_sources_and_derivatives(client: httpx.Client) -> None:
    article = ArticleOut.model_validate(client.get(f"/articles/{COPY}").json())
    assert (article.outlet, article.published, article.text) == (
        "Daily Aggregator",
        "2015-09-19",
        SEED_A,
    )
    sources = TraceOut.model_validate(client.get(f"/articles/{COPY}/sources").json())
    assert [s.b.id for s in sources.sources][:1] == [SOURCE]
    derivatives = PairPageOut.model_validate(client.get(f"/articles/{SOURCE}/derivatives").json())
    assert [(p.copy_, p.credited) for p in derivatives.pairs] == [(COPY, True)]
    hpo = client.get(f"/articles/{HPO['id']}/derivatives").json()
    assert [(p["copy"], p["credited"]) for p in hpo["pairs"]] == [(PLANTED, False)]


@pytest.mark.parametrize("tail", ["", "/sources", "/derivatives"])
def test_an_unknown_article_is_404(client: httpx.Client, tail: str) -> None:
    response = client.get(f"/articles/no-such-id{tail}")
    assert response.status_code == 404
    assert _detail(response) == "no article with id 'no-such-id' in the index"


def test_search_the_index(client: httpx.Client) -> None:
    found = ArticleListOut.model_validate(client.get("/articles", params={"q": "kerry"}).json())
    assert {a.id for a in found.articles} >= {COPY, SOURCE}
    fox = client.get("/articles", params={"outlet": "FOX"}).json()
    assert [a["id"] for a in fox["articles"]] == [FOX["id"]]
    page = client.get("/articles", params={"limit": 2, "offset": 1}).json()
    assert len(page["articles"]) == 2 and page["total"] >= 8
    assert client.get("/articles", params={"q": "100%_"}).json()["total"] == 0
    assert client.get("/articles", params={"limit": 10_000}).status_code == 422


def test_add_an_article_then_find_it(client: httpx.Client) -> None:
    text = (
        "The harbour authority said on Monday that the new ferry terminal would open in "
        "March, two years late, after a dispute over the contract for its foundations."
    )
    added = _post(client, "/articles", {"text": text, "id": "ferry-1", "outlet": "Harbour News"})
    assert added.status_code == 201, added.text
    assert added.json()["id"] == "ferry-1" and added.headers["location"] == "/articles/ferry-1"
    assert client.get("/articles/ferry-1").json()["outlet"] == "Harbour News"
    again = _post(client, "/articles", {"text": text, "id": "ferry-1"})
    assert again.status_code == 409 and "indexed already" in _detail(again)
    same_text = _post(client, "/articles", {"text": text, "id": "ferry-2"})
    assert same_text.status_code == 409 and "'ferry-1'" in _detail(same_text)
    unnamed = _post(client, "/articles", {"text": text + " It will cost more."})
    assert unnamed.status_code == 201 and unnamed.json()["id"].startswith("api-")
    assert _post(client, "/articles", {"text": ""}).status_code == 422
    assert _post(client, "/articles", {"id": "no-text"}).status_code == 422


def test_an_id_with_a_slash_is_a_path_of_its_own(client: httpx.Client) -> None:
    text = "The wire reported that the bridge on the river road will stay closed until May."
    assert _post(client, "/articles", {"text": text, "id": "wire/17"}).status_code == 201
    assert client.get("/articles/wire%2F17").json()["text"] == text
    assert client.get("/articles/wire/17/derivatives").json()["total"] == 0
    assert client.get("/articles/wire/17/sources").json()["article"]["id"] == "wire/17"


def test_writes_and_reads_at_once_across_workers(client: httpx.Client, server: Server) -> None:
    before = client.get("/status").json()["articles"]

    def add(k: int) -> int:
        text = f"Report number {k}: the council voted {k} to {k + 3} on the budget for {2000 + k}."
        return httpx.post(server.url + "/articles", json={"text": text, "id": f"c-{k}"}).status_code

    def read(k: int) -> int:
        path = ("/pairs", "/articles?q=council", f"/articles/{COPY}", "/status")[k % 4]
        return httpx.get(server.url + path).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        writes = pool.map(add, range(12))
        reads = pool.map(read, range(40))
        assert set(writes) == {201} and set(reads) == {200}
    assert client.get("/status").json()["articles"] == before + 12


# --- reuse pairs and the graph -----------------------------------------------------------


def _pairs(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/pairs", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = PairPageOut.model_validate(response.json()).model_dump(by_alias=True)
    return page


def test_pairs_filter_and_page(client: httpx.Client) -> None:
    everything = _pairs(client)
    assert everything["total"] == 6
    assert everything["pairs"][0]["copy"] == PLANTED  # the latest reuse first
    assert _pairs(client, relation="shared_source")["total"] == 4
    copies = _pairs(client, relation=["a_from_b", "b_from_a"])
    assert {p["copy"] for p in copies["pairs"]} == {COPY, PLANTED}
    assert [p["copy"] for p in _pairs(client, credited="true")["pairs"]] == [COPY]
    assert [p["copy"] for p in _pairs(client, credited="false")["pairs"]] == [PLANTED]
    assert _pairs(client, outlet="fox")["total"] == 3
    assert _pairs(client, since="2016-09-01")["total"] == 2
    assert _pairs(client, until="2015-12-31")["total"] == 1
    assert _pairs(client, since="2016-08-31", until="2016-08-31")["total"] == 3
    second = _pairs(client, limit=2, offset=2)
    assert second["total"] == 6 and second["pairs"] == everything["pairs"][2:4]
    assert _pairs(client, article=PLANTED)["total"] == 2


@pytest.mark.parametrize(
    "params",
    [{"relation": "copied"}, {"since": "last week"}, {"credited": "maybe"}, {"offset": -1}],
)
def test_bad_pair_filters_are_422(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/pairs", params=params)
    assert response.status_code == 422
    assert _detail(response).startswith("parameter ")


def test_the_story_graph_is_in_time_order(client: httpx.Client) -> None:
    graph = GraphOut.model_validate(client.get("/graph", params={"article": PLANTED}).json())
    nodes = {node.id: node for node in graph.nodes}
    assert set(nodes) == {PLANTED, HPO["id"], FOX["id"], NYT["id"]}
    assert nodes[PLANTED].x > nodes[HPO["id"]].x  # published two days later
    assert nodes[FOX["id"]].x == nodes[HPO["id"]].x  # the same day
    [copy] = [edge for edge in graph.edges if edge.copy_ is not None]
    assert (copy.copy_, copy.source, copy.credited) == (PLANTED, HPO["id"], False)
    assert len(graph.edges) == 5 and not graph.truncated
    svg = client.get("/graph.svg", params={"article": PLANTED})
    assert svg.headers["content-type"] == "image/svg+xml"
    assert svg.text.startswith("<svg") and 'class="edge edge-uncredited"' in svg.text
    assert client.get("/graph", params={"article": "nope"}).status_code == 404
    assert client.get("/graph").status_code == 422


def test_markup_in_an_indexed_article_comes_back_escaped(client: httpx.Client) -> None:
    body = {
        "text": f"Officials said {XSS_TEXT} on Friday. The minister resigned after 12 days.",
        "id": 'x"><img src=x onerror=alert(1)>',
        "title": "<script>alert('title')</script>",
        "outlet": "<b>Outlet</b>",
    }
    assert _post(client, "/articles", body).status_code == 201
    svg = client.get("/graph.svg", params={"article": body["id"]}).text
    report = _post(client, "/compare/report", {"a": {"id": body["id"]}, "b": {"id": SOURCE}}).text
    for html in (svg, report):
        assert "<img" not in html and "alert('title')</script>" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
    found = client.get("/articles", params={"q": "<script>"})
    assert found.headers["content-type"] == "application/json"
    assert found.json()["articles"][0]["title"] == body["title"]  # JSON keeps the text as is
