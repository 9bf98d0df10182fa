// The viewer: sends the text to POST /v1/extract and shows the result. Offsets
// in results are Unicode code points, so the text is sliced as an array of
// code points (Array.from), never by UTF-16 index.
"use strict";

const TYPES = [
  { type: "PERSON", label: "Person", badge: "PER" },
  { type: "ORGANIZATION", label: "Organization", badge: "ORG" },
  { type: "MONEY", label: "Money", badge: "MONEY" },
];
const BADGE = Object.fromEntries(TYPES.map((t) => [t.type, t.badge]));

const SAMPLE =
  "Helen Ward, the chair of Northwind Trading Ltd, said on Monday that the company will pay a dividend of $1.2 million. Ward added that Northwind expects more orders from Canada.\n\n" +
  "Die Beispiel Werke AG aus Bremen investiert 3,5 Millionen Euro in ein neues Lager, sagte Vorstandschef Jonas Albrecht. Albrecht rechnet mit 40 neuen Stellen.\n\n" +
  "Selon Claire Dubois, la société Atelier Lumière SA a levé 2 millions d'euros auprès de ses actionnaires.";

const $ = (id) => document.getElementById(id);
const els = {
  text: $("text"), extract: $("extract"), sample: $("sample"), status: $("status"),
  output: $("output"), lang: $("lang"), languages: $("languages"), counts: $("counts"),
  legend: $("legend"), doc: $("doc"), entities: $("entities"), none: $("no-entities"), details: $("details"),
  raw: $("raw"),
};

let selectedKey = null;

function setState(state, message) {
  document.body.dataset.state = state;
  els.status.textContent = message || "";
  els.extract.disabled = state === "loading";
}

async function extract() {
  const text = els.text.value;
  if (text.trim() === "") {
    setState("error", "Type or paste a text first.");
    els.text.focus();
    return;
  }
  setState("loading", "Extracting…");
  for (let attempt = 0; ; attempt++) {
    let resp, body;
    try {
      resp = await fetch("/v1/extract", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: "viewer", text }),
      });
      body = await resp.json();
    } catch (err) {
      setState("error", "The server did not answer: " + err.message);
      return;
    }
    if (resp.ok) {
      render(text, body);
      const n = body.entities.length;
      setState("done", n === 1 ? "1 mention found." : n + " mentions found.");
      return;
    }
    const e = body && body.error ? body.error : { code: "http_" + resp.status, message: resp.statusText };
    if (e.code === "not_ready" && attempt < 30) {
      setState("loading", "The models are loading… (retrying)");
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    setState("error", e.code + ": " + e.message);
    return;
  }
}

function render(text, res) {
  const chars = Array.from(text);
  const ms = res.entities.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  els.doc.replaceChildren();
  let pos = 0;
  let skipped = 0;
  for (const m of ms) {
    if (m.start < pos || m.end <= m.start || m.end > chars.length) {
      skipped++; // overlapping or out of range: not drawable, counted below
      continue;
    }
    if (m.start > pos) els.doc.append(chars.slice(pos, m.start).join(""));
    const mark = document.createElement("mark");
    mark.className = "m m-" + m.type;
    mark.textContent = chars.slice(m.start, m.end).join("");
    mark.tabIndex = 0;
    mark.dataset.type = m.type;
    mark.dataset.key = m.key;
    mark.dataset.start = m.start;
    mark.dataset.end = m.end;
    mark.dataset.badge = BADGE[m.type] || m.type;
    mark.setAttribute("aria-label", `${mark.textContent}, ${m.type.toLowerCase()}: ${m.canonical}`);
    mark.mention = m;
    els.doc.append(mark);
    pos = m.end;
  }
  if (pos < chars.length) els.doc.append(chars.slice(pos).join(""));

  els.lang.textContent = res.lang + (res.lang_confidence ? ` (${Math.round(res.lang_confidence * 100)}%)` : "");
  els.lang.dataset.lang = res.lang;
  els.languages.textContent = (res.languages || []).length
    ? "Mixed: " + res.languages.map((l) => `${l.lang} ${Math.round(l.share * 100)}%`).join(", ")
    : "";
  const byType = {};
  for (const m of ms) byType[m.type] = (byType[m.type] || 0) + 1;
  els.counts.textContent = TYPES.map((t) => `${t.label}: ${byType[t.type] || 0}`).join(" · ") +
    (skipped ? ` · ${skipped} overlapping not shown` : "");

  els.raw.textContent = JSON.stringify(res, null, 2);
  renderLegend();
  renderEntities(ms, res.lang);
  selectedKey = null;
  hideDetails();
  els.output.hidden = false;
}

function renderLegend() {
  els.legend.replaceChildren(...TYPES.map((t) => {
    const li = document.createElement("li");
    const sw = document.createElement("span");
    sw.className = "swatch s-" + t.type;
    sw.setAttribute("aria-hidden", "true");
    li.append(sw, `${t.label} (${t.badge})`);
    li.dataset.type = t.type;
    return li;
  }));
}

// renderEntities lists one item per key, in order of first mention, so a full
// name and its later short forms show as one entity.
function renderEntities(ms, lang) {
  const groups = new Map();
  for (const m of ms) {
    if (!groups.has(m.key)) groups.set(m.key, { key: m.key, type: m.type, canonical: m.canonical, mentions: [] });
    groups.get(m.key).mentions.push(m);
  }
  els.entities.replaceChildren(...Array.from(groups.values(), (g) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "s-" + g.type;
    b.dataset.key = g.key;
    b.dataset.type = g.type;
    b.setAttribute("aria-pressed", "false");
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = g.canonical;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = "×" + g.mentions.length;
    const forms = document.createElement("span");
    forms.className = "forms";
    forms.textContent = `${BADGE[g.type] || g.type} · ` + [...new Set(g.mentions.map((m) => m.text))].join(", ");
    const key = document.createElement("span");
    key.className = "key";
    key.textContent = g.key;
    b.append(name, count, forms, key);
    b.addEventListener("click", () => select(selectedKey === g.key ? null : g.key, true));
    li.append(b);
    return li;
  }));
  els.none.hidden = groups.size > 0;
  els.doc.dataset.lang = lang;
}

// select marks every mention of one entity and its list item; null clears.
function select(key, scroll) {
  selectedKey = key;
  let first = null;
  for (const mark of els.doc.querySelectorAll("mark.m")) {
    const on = key !== null && mark.dataset.key === key;
    mark.classList.toggle("selected", on);
    if (on && !first) first = mark;
  }
  for (const b of els.entities.querySelectorAll("button")) {
    b.setAttribute("aria-pressed", String(b.dataset.key === key));
  }
  if (first && scroll) first.scrollIntoView({ block: "nearest" });
}

function showDetails(mark) {
  const m = mark.mention;
  const rows = [
    ["Type", m.type],
    ["Text", m.text],
    ["Canonical", m.canonical],
    ["Key", m.key],
    ["Language", els.doc.dataset.lang + " (document)"],
    ["Confidence", typeof m.confidence === "number" ? m.confidence.toFixed(2) : "–"],
    ["Offsets", `${m.start}–${m.end} (code points)`],
  ];
  if (m.type === "MONEY") {
    rows.push(["Amount", m.amount_max ? `${m.amount} – ${m.amount_max}` : m.amount]);
    rows.push(["Currency", m.currency]);
  }
  if (m.legal_form) rows.push(["Legal form", m.legal_form]);
  const dl = document.createElement("dl");
  for (const [k, v] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v == null ? "" : String(v);
    dd.dataset.field = k.toLowerCase().replace(" ", "_");
    dl.append(dt, dd);
  }
  els.details.replaceChildren(dl);
  els.details.hidden = false;
  const r = mark.getBoundingClientRect();
  const w = els.details.offsetWidth;
  const left = Math.max(4, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - w - 4));
  els.details.style.left = left + "px";
  els.details.style.top = r.bottom + window.scrollY + 6 + "px";
  mark.setAttribute("aria-describedby", "details");
}

function hideDetails() {
  els.details.hidden = true;
  for (const m of els.doc.querySelectorAll("mark[aria-describedby]")) m.removeAttribute("aria-describedby");
}

// The watch view: results of a running pipeline, streamed by /v1/watch.
const watch = {
  button: $("watch"), status: $("watch-status"), panes: $("watch-panes"), feed: $("feed"), top: $("top"),
  source: null,
  byID: new Map(), // document id -> its entity counts, for the last WINDOW documents
  order: [], // ids, oldest first
  tally: new Map(), // key -> {type, canonical, count}
};
const WINDOW = 500;
const FEED_SHOWN = 30;

function setWatch(on, message) {
  watch.button.setAttribute("aria-pressed", String(on));
  watch.button.textContent = on ? "Stop watching" : "Watch the pipeline";
  watch.status.textContent = message;
  document.body.dataset.watch = on ? "on" : "off";
}

function toggleWatch() {
  if (watch.source) {
    watch.source.close();
    watch.source = null;
    setWatch(false, "Stopped.");
    return;
  }
  let got = false;
  const src = new EventSource("/v1/watch");
  watch.source = src;
  setWatch(true, "Connecting…");
  src.addEventListener("open", () => setWatch(true, "Watching; results appear as the pipeline publishes them."));
  src.addEventListener("result", (e) => {
    got = true;
    addResult(JSON.parse(e.data));
  });
  src.addEventListener("error", () => {
    if (src.readyState === EventSource.CLOSED) {
      watch.source = null;
      setWatch(false, got ? "The stream ended." : "No pipeline to watch: start the server with --brokers.");
    } else {
      setWatch(true, "Reconnecting…");
    }
  });
}

// count adds (sign 1) or removes (sign -1) one document's entities.
function count(entities, sign) {
  for (const [key, e] of entities) {
    const t = watch.tally.get(key) || { type: e.type, canonical: e.canonical, count: 0 };
    t.count += sign * e.count;
    if (t.count > 0) watch.tally.set(key, t);
    else watch.tally.delete(key);
  }
}

function addResult(res) {
  const entities = new Map();
  for (const m of res.entities || []) {
    const e = entities.get(m.key) || { type: m.type, canonical: m.canonical, count: 0 };
    e.count++;
    entities.set(m.key, e);
  }
  // A document seen again (a reprocessed one, or a replay after a
  // reconnect) replaces its earlier counts.
  if (watch.byID.has(res.id)) {
    count(watch.byID.get(res.id), -1);
    watch.order.splice(watch.order.indexOf(res.id), 1);
    const old = watch.feed.querySelector(`li[data-id="${CSS.escape(res.id)}"]`);
    if (old) old.remove();
  }
  watch.byID.set(res.id, entities);
  watch.order.push(res.id);
  count(entities, 1);
  while (watch.order.length > WINDOW) {
    const id = watch.order.shift();
    count(watch.byID.get(id), -1);
    watch.byID.delete(id);
  }

  const li = document.createElement("li");
  li.dataset.id = res.id;
  const head = document.createElement("span");
  head.className = "doc-head";
  const n = (res.entities || []).length;
  head.textContent = `${res.id} · ${res.lang} · ${n} ${n === 1 ? "mention" : "mentions"}`;
  li.append(head);
  for (const [key, e] of entities) {
    const chip = document.createElement("span");
    chip.className = "chip s-" + e.type;
    chip.dataset.key = key;
    chip.dataset.type = e.type;
    chip.title = `${e.type} · ${key}`;
    chip.textContent = e.canonical + (e.count > 1 ? ` ×${e.count}` : "");
    li.append(chip);
  }
  watch.feed.prepend(li);
  while (watch.feed.children.length > FEED_SHOWN) watch.feed.lastElementChild.remove();

  const top = [...watch.tally.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, 10);
  watch.top.replaceChildren(...top.map(([key, t]) => {
    const item = document.createElement("li");
    item.dataset.key = key;
    item.dataset.count = t.count;
    const sw = document.createElement("span");
    sw.className = "swatch s-" + t.type;
    sw.setAttribute("aria-hidden", "true");
    const name = document.createElement("span");
    name.textContent = t.canonical;
    name.title = key;
    const c = document.createElement("span");
    c.className = "count";
    c.textContent = "×" + t.count;
    item.append(sw, name, `(${BADGE[t.type] || t.type})`, c);
    return item;
  }));
  watch.panes.hidden = false;
}

watch.button.addEventListener("click", toggleWatch);
els.extract.addEventListener("click", extract);
els.sample.addEventListener("click", () => {
  els.text.value = SAMPLE;
  els.text.focus();
});
els.text.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    extract();
  }
});
els.doc.addEventListener("mouseover", (e) => {
  const mark = e.target.closest("mark.m");
  if (mark) showDetails(mark);
});
els.doc.addEventListener("mouseout", (e) => {
  if (e.target.closest("mark.m") && document.activeElement !== e.target.closest("mark.m")) hideDetails();
});
els.doc.addEventListener("focusin", (e) => {
  const mark = e.target.closest("mark.m");
  if (mark) showDetails(mark);
});
els.doc.addEventListener("focusout", hideDetails);
els.doc.addEventListener("click", (e) => {
  const mark = e.target.closest("mark.m");
  if (mark) select(mark.dataset.key === selectedKey ? null : mark.dataset.key, false);
});
els.doc.addEventListener("keydown", (e) => {
  const mark = e.target.closest("mark.m");
  if (mark && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    select(mark.dataset.key === selectedKey ? null : mark.dataset.key, false);
  }
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") {
    hideDetails();
    select(null, false);
  }
});
