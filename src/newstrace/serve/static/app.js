// newstrace web page: compare two articles, browse the index, the reuse pairs and the
// provenance graph of a story.  Everything shown from the server goes in as text
// (textContent), never as markup; the report runs in a sandboxed frame, and the graph
// picture is parsed as SVG (no scripts run from it, and the page's policy forbids inline
// scripts anyway).
(function () {
  "use strict";

  var PAGE = 25;
  var state = { indexed: { a: null, b: null }, format: { a: "text", b: "text" }, name: { a: null, b: null } };
  var reportUrl = null;

  // --- helpers ----------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") node.textContent = props[key];
      else if (key === "className") node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function link(text, hash) { return el("a", { href: hash, text: text }); }

  function articleHash(id) { return "#/article/" + encodeURIComponent(id); }

  function articleUrl(id, tail) { return "/articles/" + encodeURIComponent(id) + (tail || ""); }

  function say(node, text, isError) {
    node.textContent = text || "";
    node.classList.toggle("error", Boolean(isError));
  }

  function percent(share) { return Math.round(share * 100) + "%"; }

  // fetch, and turn an error answer into an Error carrying the server's one sentence.
  function call(method, path, body, as) {
    var options = { method: method, headers: { Accept: "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      if (response.ok) return as === "text" ? response.text() : response.json();
      return response.json().then(
        function (data) { throw new Error(data.detail || response.statusText); },
        function () { throw new Error(response.status + " " + response.statusText); }
      );
    });
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (key) {
      var values = Array.isArray(params[key]) ? params[key] : [params[key]];
      values.forEach(function (value) {
        if (value !== "" && value !== null && value !== undefined) {
          parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
        }
      });
    });
    return parts.join("&");
  }

  function fill(table, rows) {
    var body = table.tBodies[0];
    body.replaceChildren.apply(body, rows);
  }

  function pager(nav, page, route) {
    nav.replaceChildren();
    if (page.offset > 0) nav.appendChild(link("← previous", route(Math.max(0, page.offset - page.limit))));
    var last = Math.min(page.total, page.offset + page.limit);
    nav.appendChild(el("span", { text: page.total ? (page.offset + 1) + "–" + last + " of " + page.total : "" }));
    if (last < page.total) nav.appendChild(link("next →", route(page.offset + page.limit)));
  }

  // --- compare ----------------------------------------------------------------------

  function sideBody(side) {
    if (state.indexed[side]) return { id: state.indexed[side] };
    var body = { text: $("input-" + side).value };
    if (state.format[side] === "html") body.format = "html";
    if (state.name[side]) body.id = state.name[side];
    return body;
  }

  function runCompare(event) {
    if (event) event.preventDefault();
    var status = $("compare-status");
    var button = $("compare-button");
    button.disabled = true;
    say(status, "Comparing… (an article seen for the first time takes a second or two)");
    call("POST", "/compare/report", { a: sideBody("a"), b: sideBody("b") }, "text")
      .then(showReport)
      .then(function () { say(status, ""); }, function (error) { say(status, error.message, true); })
      .then(function () { button.disabled = false; });
  }

  function showReport(html) {
    var frame = $("report-frame");
    frame.srcdoc = html;
    frame.hidden = false;
    if (reportUrl) URL.revokeObjectURL(reportUrl);
    reportUrl = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    var save = $("report-download");
    save.href = reportUrl;
    save.hidden = false;
  }

  function forget(side) {
    state.indexed[side] = null;
    state.name[side] = null;
    state.format[side] = "text";
    $("note-" + side).textContent = "";
  }

  function readFile(side) {
    var file = $("file-" + side).files[0];
    if (!file) return;
    file.text().then(function (text) {
      forget(side);
      $("input-" + side).value = text;
      var isHtml = /\.html?$/i.test(file.name) || file.type === "text/html";
      state.format[side] = isHtml ? "html" : "text";
      state.name[side] = file.name.replace(/\.[^.]*$/, "") || null;
      $("note-" + side).textContent = file.name + (isHtml ? " (a web page: its article is extracted)" : "");
    });
  }

  // #/compare?a=ID&b=ID: two indexed articles, compared at once.
  function compareIndexed(params) {
    var ids = { a: params.get("a"), b: params.get("b") };
    if (!ids.a || !ids.b) return;
    Promise.all(["a", "b"].map(function (side) {
      return call("GET", articleUrl(ids[side])).then(function (article) {
        forget(side);
        $("input-" + side).value = article.text;
        state.indexed[side] = article.id;
        $("note-" + side).textContent = "indexed article " + article.id + " (edit the text to compare your own)";
      });
    })).then(function () { runCompare(); }, function (error) { say($("compare-status"), error.message, true); });
  }

  // --- the index --------------------------------------------------------------------

  function showSearch(params) {
    $("search-q").value = params.get("q") || "";
    $("search-outlet").value = params.get("outlet") || "";
    var offset = Number(params.get("offset") || 0);
    var request = { q: $("search-q").value, outlet: $("search-outlet").value, limit: PAGE, offset: offset };
    say($("search-status"), "Searching…");
    call("GET", "/articles?" + query(request)).then(function (page) {
      say($("search-status"), page.total ? "" : "No article matches.");
      fill($("search-table"), page.articles.map(function (a) {
        return el("tr", {},
          el("td", { className: "date", text: a.published || "—" }),
          el("td", { text: a.outlet || "—" }),
          el("td", {}, link(a.title || a.id, articleHash(a.id)), a.title ? el("div", { className: "sub", text: a.id }) : null),
          el("td", { className: "num", text: a.length.toLocaleString("en") }));
      }));
      pager($("search-pager"), page, function (at) {
        return "#/search?" + query({ q: request.q, outlet: request.outlet, offset: at });
      });
    }, function (error) { say($("search-status"), error.message, true); });
  }

  function showArticle(id) {
    ["article-title", "article-meta", "article-text"].forEach(function (key) { $(key).textContent = ""; });
    fill($("sources-table"), []);
    fill($("derivatives-table"), []);
    $("article-graph").replaceChildren();
    call("GET", articleUrl(id)).then(function (article) {
      say($("article-status"), "");
      $("article-title").textContent = article.title || article.id;
      var meta = [article.id, article.outlet, article.published, article.length.toLocaleString("en") + " characters", article.url];
      $("article-meta").textContent = meta.filter(Boolean).join(" · ");
      $("article-text").textContent = article.text;
      showSources(id);
      showDerivatives(id);
      showGraph($("article-graph"), id, null);
    }, function (error) { say($("article-status"), error.message, true); });
  }

  var RELATION = { a_from_b: "written from it", b_from_a: "copied this article", shared_source: "shares passages" };

  function showSources(id) {
    var status = $("sources-status");
    say(status, "Tracing… (compares the article with its candidates)");
    call("GET", articleUrl(id, "/sources")).then(function (trace) {
      say(status, trace.sources.length ? "" : "No likely source in the index.");
      fill($("sources-table"), trace.sources.map(function (s) {
        return el("tr", {},
          el("td", {}, el("span", { className: "chip rel-" + s.verdict.relation, text: RELATION[s.verdict.relation] || s.verdict.relation })),
          el("td", {}, link(s.b.title || s.b.id, articleHash(s.b.id))),
          el("td", { text: s.b.outlet || "—" }),
          el("td", { className: "date", text: s.b.published || "—" }),
          el("td", { className: "num", text: s.verdict.confidence.toFixed(2) }),
          el("td", { className: "num", text: percent(s.coverage.a) }),
          el("td", {}, link("side by side", "#/compare?" + query({ a: id, b: s.b.id }))));
      }));
    }, function (error) { say(status, error.message, true); });
  }

  function showDerivatives(id) {
    var status = $("derivatives-status");
    call("GET", articleUrl(id, "/derivatives")).then(function (page) {
      say(status, page.total ? "" : "No copy of it in the last scan.");
      fill($("derivatives-table"), page.pairs.map(function (p) {
        var copyIsA = p.copy === p.a;
        return el("tr", {},
          el("td", {}, link((copyIsA ? p.a_title : p.b_title) || p.copy, articleHash(p.copy))),
          el("td", { text: (copyIsA ? p.a_outlet : p.b_outlet) || "—" }),
          el("td", { className: "date", text: (copyIsA ? p.a_published : p.b_published) || "—" }),
          el("td", {}, credit(p)),
          el("td", { className: "num", text: p.confidence.toFixed(2) }),
          el("td", {}, link("side by side", "#/compare?" + query({ a: p.copy, b: id }))));
      }));
    }, function (error) { say(status, error.message, true); });
  }

  function credit(pair) {
    if (pair.credited === null || pair.credited === undefined) return el("span", { className: "sub", text: "—" });
    return el("span", { className: pair.credited ? "chip credited" : "chip uncredited", text: pair.credited ? "credited" : "uncredited" });
  }

  // --- reuse pairs and the graph ----------------------------------------------------

  function pairFilters(params) {
    return {
      outlet: params.get("outlet") || "",
      since: params.get("since") || "",
      until: params.get("until") || "",
      relation: params.get("relation") || "",
      credited: params.get("credited") || ""
    };
  }

  function showPairs(params) {
    var filters = pairFilters(params);
    $("pairs-outlet").value = filters.outlet;
    $("pairs-since").value = filters.since;
    $("pairs-until").value = filters.until;
    $("pairs-relation").value = filters.relation;
    $("pairs-credited").value = filters.credited;
    var relations = filters.relation === "copy" ? ["a_from_b", "b_from_a"] : filters.relation;
    var offset = Number(params.get("offset") || 0);
    var request = { outlet: filters.outlet, since: filters.since, until: filters.until, relation: relations, credited: filters.credited, limit: PAGE, offset: offset };
    say($("pairs-status"), "Loading…");
    call("GET", "/pairs?" + query(request)).then(function (page) {
      say($("pairs-status"), page.total ? page.total + (page.total === 1 ? " pair" : " pairs") : "No reuse pair matches (run newstrace scan to find them).");
      fill($("pairs-table"), page.pairs.map(pairRow));
      pager($("pairs-pager"), page, function (at) {
        return "#/pairs?" + query(Object.assign({}, filters, { offset: at }));
      });
    }, function (error) { say($("pairs-status"), error.message, true); });
  }

  function pairSide(pair, id) {
    var isA = id === pair.a;
    var title = isA ? pair.a_title : pair.b_title;
    var outlet = isA ? pair.a_outlet : pair.b_outlet;
    return el("td", {}, link(title || id, articleHash(id)), el("div", { className: "sub", text: [outlet, isA ? pair.a_published : pair.b_published].filter(Boolean).join(" · ") }));
  }

  function pairRow(pair) {
    var copy = pair.copy || pair.a;
    var source = pair.source || pair.b;
    var when = pair.copy ? (pair.copy === pair.a ? pair.a_published : pair.b_published) : (pair.a_published || pair.b_published);
    return el("tr", { className: "pair-row", "data-relation": pair.relation },
      el("td", { className: "date", text: when || "—" }),
      pairSide(pair, copy),
      el("td", { className: "arrow", title: pair.copy ? "copied from" : "share passages", text: pair.copy ? "← copied from" : "~ shares with" }),
      pairSide(pair, source),
      el("td", {}, credit(pair)),
      el("td", { className: "num", text: pair.confidence.toFixed(2) }),
      el("td", { className: "row-actions" },
        link("graph", "#/graph/" + encodeURIComponent(copy)), " ",
        link("side by side", "#/compare?" + query({ a: copy, b: source }))));
  }

  function showGraph(container, id, status) {
    container.replaceChildren();
    call("GET", "/graph.svg?" + query({ article: id }), undefined, "text").then(function (text) {
      var svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
      if (svg.nodeName !== "svg") throw new Error("the graph could not be drawn");
      container.appendChild(document.importNode(svg, true));
      if (status) say(status, svg.querySelectorAll(".edge").length ? "" : "No reuse pair joins this article to another in the last scan.");
    }).catch(function (error) { if (status) say(status, error.message, true); });
  }

  // --- routing ----------------------------------------------------------------------

  function show(name) {
    document.querySelectorAll(".view").forEach(function (view) { view.hidden = view.id !== "view-" + name; });
    document.querySelectorAll("[data-tab]").forEach(function (tab) {
      tab.classList.toggle("current", tab.dataset.tab === name || (name === "article" && tab.dataset.tab === "search") || (name === "graph" && tab.dataset.tab === "pairs"));
    });
  }

  function decoded(text) {
    try { return decodeURIComponent(text); } catch (error) { return text; }
  }

  function route() {
    var hash = location.hash.replace(/^#\/?/, "");
    var cut = hash.indexOf("?");
    var path = cut < 0 ? hash : hash.slice(0, cut);
    var params = new URLSearchParams(cut < 0 ? "" : hash.slice(cut + 1));
    var slash = path.indexOf("/");
    var name = slash < 0 ? path : path.slice(0, slash);
    var rest = slash < 0 ? "" : decoded(path.slice(slash + 1));
    if (name === "search") { show("search"); showSearch(params); }
    else if (name === "article" && rest) { show("article"); showArticle(rest); }
    else if (name === "pairs") { show("pairs"); showPairs(params); }
    else if (name === "graph" && rest) {
      show("graph");
      $("graph-title").textContent = "The story of " + rest;
      say($("graph-status"), "");
      showGraph($("graph"), rest, $("graph-status"));
    } else { show("compare"); compareIndexed(params); }
  }

  function showStatus() {
    call("GET", "/status").then(function (status) {
      $("index-status").textContent = status.articles.toLocaleString("en") + " articles · " + status.pairs.toLocaleString("en") + " reuse pairs";
      $("limits").textContent = "limits: " + status.limits.max_text_chars.toLocaleString("en") + " characters a text, " + status.limits.max_body_bytes.toLocaleString("en") + " bytes a request";
    }, function () { $("index-status").textContent = "index unavailable"; });
  }

  function submitTo(prefix, fields) {
    return function (event) {
      event.preventDefault();
      var params = {};
      Object.keys(fields).forEach(function (key) { params[key] = $(fields[key]).value; });
      location.hash = prefix + query(params);
    };
  }

  $("compare-form").addEventListener("submit", runCompare);
  ["a", "b"].forEach(function (side) {
    $("file-" + side).addEventListener("change", function () { readFile(side); });
    $("input-" + side).addEventListener("input", function () {
      if (state.indexed[side]) forget(side);
    });
  });
  $("search-form").addEventListener("submit", submitTo("#/search?", { q: "search-q", outlet: "search-outlet" }));
  $("pairs-form").addEventListener("submit", submitTo("#/pairs?", {
    outlet: "pairs-outlet", since: "pairs-since", until: "pairs-until", relation: "pairs-relation", credited: "pairs-credited"
  }));
  window.addEventListener("hashchange", route);
  showStatus();
  route();
})();
