// The view's only script: it reads nothing from the record but the data-*
// attributes the renderer wrote, and writes record text only through
// textContent, so no record text is ever parsed as HTML in the browser.

/** The script of every view page (plain ES2017, no imports). */
export const VIEW_SCRIPT = `(function () {
"use strict";
function list(el, name) { var v = el.getAttribute(name) || ""; return v === "" ? [] : v.split(" "); }
function rootOf(el) { return el.closest(".record"); }
function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
function hideHere(root) { var panel = root.querySelector(".here"); if (panel !== null) { panel.hidden = true; panel.textContent = ""; } }
function clear(root) {
  root.querySelectorAll("mark.on").forEach(function (m) { m.classList.remove("on"); });
  root.querySelectorAll('button.fact[aria-pressed="true"]').forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
}
function light(root, spans) {
  var want = {}; spans.forEach(function (s) { want[s] = true; });
  var first = null;
  root.querySelectorAll(".body mark").forEach(function (m) {
    if (list(m, "data-s").some(function (s) { return want[s]; })) { m.classList.add("on"); if (first === null) first = m; }
  });
  if (first !== null) rove(root, first);
  return first;
}
// The marked words are one stop for Tab: the stretch last reached (or marked first) holds tabindex 0, the others -1.
function rove(root, mark) {
  root.querySelectorAll('.body mark[tabindex="0"]').forEach(function (m) { if (m !== mark) m.setAttribute("tabindex", "-1"); });
  mark.setAttribute("tabindex", "0");
}
function focusMark(root, mark) { rove(root, mark); mark.focus(); }
function selectFact(button, scroll) {
  var root = rootOf(button); if (root === null) return;
  clear(root);
  button.setAttribute("aria-pressed", "true");
  var first = light(root, list(button, "data-spans"));
  if (first !== null && scroll) first.scrollIntoView({ block: "nearest" });
}
function factButton(root, key) {
  var found = null;
  root.querySelectorAll("button.fact").forEach(function (b) { if (b.getAttribute("data-fact") === key) found = b; });
  return found;
}
function showHere(root, mark) {
  var panel = root.querySelector(".here"); if (panel === null) return;
  var spans = list(mark, "data-s");
  panel.textContent = "";
  var title = document.createElement("h3"); title.textContent = "Facts on these words"; panel.appendChild(title);
  var ul = document.createElement("ul");
  root.querySelectorAll("button.fact").forEach(function (b) {
    if (!list(b, "data-spans").some(function (s) { return spans.indexOf(s) >= 0; })) return;
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = "#" + b.id; link.className = "fact-link"; link.setAttribute("data-fact", b.getAttribute("data-fact") || "");
    var name = b.querySelector(".fact-title"); link.textContent = name === null ? b.id : name.textContent;
    li.appendChild(link);
    b.querySelectorAll(".fact-detail").forEach(function (d) { var p = document.createElement("div"); p.textContent = d.textContent; li.appendChild(p); });
    ul.appendChild(li);
  });
  panel.appendChild(ul);
  var note = mark.getAttribute("title");
  if (note) { var p = document.createElement("p"); p.className = "fact-note"; p.textContent = note; panel.appendChild(p); }
  panel.hidden = false;
}
// The mark whose facts the panel shows, and the fact whose words were entered from the list: Escape goes back to them.
var cameFromMark = null, cameFromFact = null;
function pickMark(root, mark) {
  clear(root); light(root, list(mark, "data-s")); rove(root, mark); showHere(root, mark); cameFromMark = mark;
}
// What is marked \`later\` (the timeline, the graph) is shown after the first frame, off the path of opening the page.
function later(root) {
  var waiting = root.querySelectorAll(".later[hidden]"); if (waiting.length === 0) return;
  requestAnimationFrame(function () { setTimeout(function () { waiting.forEach(function (s) { s.hidden = false; }); }, 0); });
}
later(document);
document.addEventListener("click", function (event) {
  var t = event.target; if (!(t instanceof Element)) return;
  var fact = t.closest("button.fact");
  if (fact !== null) { selectFact(fact, true); return; }
  var root = rootOf(t); if (root === null) return;
  var issue = t.closest("a.issue-link");
  if (issue !== null) {
    var spans = list(issue, "data-spans");
    // The link goes on to its anchor, and going to an anchor moves the focus: the words take it after that.
    if (spans.length > 0) {
      clear(root); var first = light(root, spans);
      if (first !== null) setTimeout(function () { first.focus({ preventScroll: true }); }, 0);
      return;
    }
  }
  var ref = t.closest("[data-fact]");
  if (ref !== null) {
    var b = factButton(root, ref.getAttribute("data-fact") || "");
    if (b !== null) { event.preventDefault(); b.focus(); selectFact(b, true); }
    return;
  }
  var mark = t.closest(".body mark");
  if (mark !== null) pickMark(root, mark);
});
// The next item for a key: down, j, and the reading direction's arrow go forward; up, k and the other arrow back.
function step(items, at, key, across, rtl) {
  var i = items.indexOf(at);
  if (key === "ArrowDown" || key === "j" || (across && key === (rtl ? "ArrowLeft" : "ArrowRight"))) return items[i + 1] || null;
  if (key === "ArrowUp" || key === "k" || (across && key === (rtl ? "ArrowRight" : "ArrowLeft"))) return items[i - 1] || null;
  if (key === "Home") return items[0] || null;
  if (key === "End") return items[items.length - 1] || null;
  return null;
}
function onFactKey(event, root, button) {
  if (event.key === "Escape") { event.preventDefault(); clear(root); hideHere(root); return; }
  if (event.key === "Enter" && button.getAttribute("aria-pressed") === "true") {
    var first = root.querySelector(".body mark.on");
    if (first !== null) { event.preventDefault(); cameFromFact = button; focusMark(root, first); }
    return;
  }
  var next = step(all(root, "button.fact"), button, event.key, false, false);
  if (next !== null) { event.preventDefault(); next.focus(); selectFact(next, true); }
}
function onMarkKey(event, root, mark) {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault(); pickMark(root, mark);
    var link = root.querySelector(".here a.fact-link"); if (link !== null) link.focus();
    return;
  }
  if (event.key === "Escape") {
    event.preventDefault(); clear(root); hideHere(root);
    if (cameFromFact !== null && rootOf(cameFromFact) === root) { var back = cameFromFact; cameFromFact = null; back.focus(); }
    return;
  }
  var body = mark.closest(".body");
  // Within a fact's words while they are marked; else through every marked stretch.
  var items = mark.classList.contains("on") ? all(root, ".body mark.on") : all(root, ".body mark");
  var next = step(items, mark, event.key, true, body !== null && body.getAttribute("dir") === "rtl");
  if (next !== null) { event.preventDefault(); focusMark(root, next); }
}
document.addEventListener("keydown", function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  var t = event.target; if (!(t instanceof Element)) return;
  var root = rootOf(t); if (root === null) return;
  if (t.matches("button.fact")) onFactKey(event, root, t);
  else if (t.matches(".body mark")) onMarkKey(event, root, t);
  else if (event.key === "Escape" && t.closest(".here") !== null && cameFromMark !== null && rootOf(cameFromMark) === root) {
    event.preventDefault(); hideHere(root); focusMark(root, cameFromMark);
  }
});
var rowsData = document.getElementById("rows");
if (rowsData === null) return;
var data = JSON.parse(rowsData.textContent || "[]");
var PAGE = 200;
var tbody = document.querySelector("#index tbody");
var query = document.getElementById("q"), status = document.getElementById("status"), shown = document.getElementById("shown");
var more = document.getElementById("more"), detail = document.getElementById("detail");
var code = "", limit = PAGE, matches = [];
data.forEach(function (r) { r.s = (r.w + " " + r.i + " " + r.h + " " + r.c.map(function (c) { return c[0]; }).join(" ")).toLowerCase(); });
function add(parent, tag, text, cls) {
  var el = document.createElement(tag);
  if (text !== null) el.textContent = text;
  if (cls) el.className = cls;
  parent.appendChild(el);
  return el;
}
function draw() {
  var frag = document.createDocumentFragment();
  matches.slice(0, limit).forEach(function (n) {
    var r = data[n], tr = add(frag, "tr", null, "");
    tr.setAttribute("data-n", String(n)); tr.setAttribute("data-valid", String(r.v));
    var b = add(add(tr, "td", null, ""), "button", r.w, "open");
    b.type = "button"; b.setAttribute("data-n", String(n));
    add(add(tr, "td", null, ""), "code", r.i, "");
    add(tr, "td", r.h, "");
    add(tr, "td", r.v ? "valid" : "invalid", r.v ? "ok" : "bad");
    add(tr, "td", r.c.map(function (c) { return c[0] + (c[1] > 1 ? " \u00d7" + c[1] : ""); }).join(", "), "");
  });
  tbody.textContent = "";
  tbody.appendChild(frag);
  shown.textContent = matches.length + " shown";
  more.hidden = matches.length <= limit;
  more.textContent = "Show " + Math.min(PAGE, matches.length - limit) + " more of " + matches.length;
}
function apply() {
  var q = query.value.trim().toLowerCase(), s = status.value;
  matches = [];
  data.forEach(function (r, n) {
    if ((q === "" || r.s.indexOf(q) >= 0) && (s === "all" || r.v === (s === "valid"))
      && (code === "" || r.c.some(function (c) { return c[0] === code; }))) matches.push(n);
  });
  limit = PAGE;
  draw();
}
query.addEventListener("input", apply);
status.addEventListener("change", apply);
more.addEventListener("click", function () { limit += PAGE; draw(); });
document.querySelectorAll(".codes button").forEach(function (b) {
  b.addEventListener("click", function () {
    var c = b.getAttribute("data-code") || "";
    code = code === c ? "" : c;
    document.querySelectorAll(".codes button").forEach(function (o) { o.setAttribute("aria-pressed", String(o.getAttribute("data-code") === code)); });
    apply();
  });
});
function open(n) {
  var r = data[n]; if (r === undefined) return;
  var block = document.getElementById("d" + n);
  if (block !== null) { detail.innerHTML = JSON.parse(block.textContent || '""'); later(detail); }
  else {
    detail.textContent = "";
    var section = add(detail, "section", null, "record");
    section.setAttribute("data-valid", String(r.v));
    add(add(section, "header", null, ""), "h2", r.h || r.i || r.w, "");
    var meta = add(section, "p", null, "meta");
    add(meta, "span", r.v ? "valid" : "invalid", r.v ? "badge ok" : "badge no");
    add(meta, "span", " " + r.w + (r.i ? " \u00b7 " + r.i : ""), "");
    if (r.p && r.p.length > 0) {
      var ol = add(add(section, "section", null, "issues"), "ol", null, "");
      r.p.forEach(function (p) {
        var li = add(ol, "li", null, "issue");
        if (p[0]) add(li, "code", p[0], "");
        add(li, "span", " " + p[1] + " ", "code");
        add(li, "span", p[2], "stage");
        add(li, "div", p[3], "message");
      });
    }
    add(section, "p", "Only the problems of this record are shown here; view it alone to see its article.", "note");
  }
  detail.focus();
  detail.scrollIntoView({ block: "start" });
}
tbody.addEventListener("click", function (event) {
  var t = event.target; if (!(t instanceof Element)) return;
  var b = t.closest("button.open"); if (b !== null) open(Number(b.getAttribute("data-n")));
});
apply();
var hash = /^#r(d+)$/.exec(location.hash);
if (hash !== null) open(Number(hash[1]));
})();`;
