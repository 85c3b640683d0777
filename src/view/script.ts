// The view's only script: it reads nothing from the record but the data-*
// attributes the renderer wrote, and writes record text only through
// textContent, so no record text is ever parsed as HTML in the browser.

/** The script of every view page (plain ES2017, no imports). */
export const VIEW_SCRIPT = `(function () {
"use strict";
function list(el, name) { var v = el.getAttribute(name) || ""; return v === "" ? [] : v.split(" "); }
function rootOf(el) { return el.closest(".record"); }
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
  return first;
}
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
document.addEventListener("click", function (event) {
  var t = event.target; if (!(t instanceof Element)) return;
  var fact = t.closest("button.fact");
  if (fact !== null) { selectFact(fact, true); return; }
  var root = rootOf(t); if (root === null) return;
  var issue = t.closest("a.issue-link");
  if (issue !== null) {
    var spans = list(issue, "data-spans");
    if (spans.length > 0) { clear(root); light(root, spans); return; }
  }
  var ref = t.closest("[data-fact]");
  if (ref !== null) {
    var b = factButton(root, ref.getAttribute("data-fact") || "");
    if (b !== null) { event.preventDefault(); b.focus(); selectFact(b, true); }
    return;
  }
  var mark = t.closest(".body mark");
  if (mark !== null) { clear(root); light(root, list(mark, "data-s")); showHere(root, mark); }
});
document.addEventListener("keydown", function (event) {
  var t = event.target; if (!(t instanceof Element) || !t.matches("button.fact")) return;
  var root = rootOf(t); if (root === null) return;
  var all = Array.prototype.slice.call(root.querySelectorAll("button.fact"));
  var i = all.indexOf(t), next = null;
  if (event.key === "ArrowDown" || event.key === "j") next = all[i + 1];
  else if (event.key === "ArrowUp" || event.key === "k") next = all[i - 1];
  else if (event.key === "Home") next = all[0];
  else if (event.key === "End") next = all[all.length - 1];
  if (next) { event.preventDefault(); next.focus(); selectFact(next, true); }
});
var index = document.getElementById("index");
if (index === null) return;
var rows = Array.prototype.slice.call(index.querySelectorAll("tbody tr"));
var query = document.getElementById("q"), status = document.getElementById("status"), shown = document.getElementById("shown");
var detail = document.getElementById("detail");
var code = "";
function apply() {
  var q = query.value.trim().toLowerCase(), s = status.value, n = 0;
  rows.forEach(function (r) {
    var ok = (q === "" || (r.getAttribute("data-text") || "").indexOf(q) >= 0)
      && (s === "all" || r.getAttribute("data-valid") === (s === "valid" ? "true" : "false"))
      && (code === "" || list(r, "data-codes").indexOf(code) >= 0);
    r.hidden = !ok; if (ok) n++;
  });
  shown.textContent = n + " shown";
}
query.addEventListener("input", apply);
status.addEventListener("change", apply);
document.querySelectorAll(".codes button").forEach(function (b) {
  b.addEventListener("click", function () {
    var c = b.getAttribute("data-code") || "";
    code = code === c ? "" : c;
    document.querySelectorAll(".codes button").forEach(function (o) { o.setAttribute("aria-pressed", String(o.getAttribute("data-code") === code)); });
    apply();
  });
});
function open(n) {
  var data = document.getElementById("d" + n); if (data === null) return;
  detail.innerHTML = JSON.parse(data.textContent || '""');
  detail.focus();
  detail.scrollIntoView({ block: "start" });
}
index.addEventListener("click", function (event) {
  var t = event.target; if (!(t instanceof Element)) return;
  var b = t.closest("button.open"); if (b !== null) open(b.getAttribute("data-n"));
});
var hash = /^#r(\\d+)$/.exec(location.hash);
if (hash !== null) open(hash[1]);
})();`;
