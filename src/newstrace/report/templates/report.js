// newstrace report: hovering or clicking a passage lights up its partner(s) on the other side.
// Every highlighted fragment lists in data-links the ids of the spans covering it, and in
// data-hover the ids to light up when it is hovered; the partners share those ids.
(function () {
  "use strict";
  var root = document.documentElement;
  var texts = Array.prototype.slice.call(document.querySelectorAll(".text[data-side]"));
  var motion = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  var index = new Map();
  var lit = [];
  var current = null;
  var pinned = null;

  document.querySelectorAll(".text [data-links]").forEach(function (el) {
    el.dataset.links.split(" ").forEach(function (id) {
      if (!index.has(id)) index.set(id, []);
      index.get(id).push(el);
    });
  });

  function clear() {
    lit.forEach(function (el) { el.classList.remove("is-active"); });
    lit = [];
    document.body.classList.remove("has-active");
  }

  // The colour of the lit passage: the hue of the pair hovered, yellow for other marks.
  function hueOf(el) {
    var swatch = el.classList.contains("al") ? el : el.querySelector(".dot, .al");
    var hue = swatch ? getComputedStyle(swatch).getPropertyValue("--h").trim() : "";
    return hue || "48";
  }

  function light(el) {
    clear();
    if (!el) return;
    el.dataset.hover.split(" ").forEach(function (id) {
      (index.get(id) || []).forEach(function (part) {
        part.classList.add("is-active");
        lit.push(part);
      });
    });
    if (lit.length) document.body.classList.add("has-active");
    root.style.setProperty("--ah", hueOf(el));
  }

  // Scroll a column (not the page) so that its first lit fragment shows.
  function reveal(skipSide) {
    texts.forEach(function (box) {
      if (box.dataset.side === skipSide) return;
      var first = lit.find(function (el) { return box.contains(el); });
      if (!first) return;
      var outer = box.getBoundingClientRect();
      var inner = first.getBoundingClientRect();
      if (inner.top >= outer.top + 8 && inner.bottom <= outer.bottom - 8) return;
      box.scrollBy({ top: inner.top - outer.top - box.clientHeight / 3, behavior: motion });
    });
  }

  function sideOf(el) {
    var box = el.closest(".text");
    return box ? box.dataset.side : null;
  }

  function restore() {
    light(pinned);
  }

  function hoverable(node) {
    return node && node.closest ? node.closest("[data-hover]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var el = hoverable(event.target);
    if (!el || el === current) return;
    current = el;
    light(el);
    var side = sideOf(el);
    if (side) reveal(side);
  });

  document.addEventListener("mouseout", function (event) {
    if (!hoverable(event.target) || hoverable(event.relatedTarget)) return;
    current = null;
    restore();
  });

  function pin(el) {
    pinned = pinned === el ? null : el;
    restore();
    if (!pinned) return;
    var side = sideOf(el);
    if (!side) {
      document.querySelector(".articles").scrollIntoView({ behavior: motion, block: "start" });
    }
    reveal(side);
  }

  document.addEventListener("click", function (event) {
    var el = hoverable(event.target);
    if (el) pin(el);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      pinned = null;
      current = null;
      clear();
    } else if (event.key === "Enter" && hoverable(event.target) === event.target) {
      pin(event.target);
    }
  });

  document.addEventListener("focusin", function (event) {
    var el = hoverable(event.target);
    if (el === event.target) light(el);
  });
})();
