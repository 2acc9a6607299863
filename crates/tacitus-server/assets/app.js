// Tacitus dashboard: filters, event table, charts, relations ledger and the
// document view. Talks only to this server's /api.
"use strict";

const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const FILTER_KEYS = ["actor", "country", "cameo", "plover", "quad", "date_from", "date_to"];
const PAGE = 50;
let offset = 0;

const $ = sel => document.querySelector(sel);

function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) qs.set(k, v);
  const url = qs.toString() ? `${path}?${qs}` : path;
  const resp = await fetch(url);
  const body = await resp.json().catch(() => ({ error: `HTTP ${resp.status}` }));
  if (!resp.ok) throw new Error(body.error || `HTTP ${resp.status}`);
  return body;
}

function filters() {
  const form = $("#filters"), out = {};
  for (const k of FILTER_KEYS) {
    const v = form.elements[k].value.trim();
    if (v) out[k] = k === "country" ? v.toUpperCase() : v;
  }
  return out;
}

function showError(e) {
  const box = $("#error");
  if (!e) { box.hidden = true; return; }
  box.textContent = e.message || String(e);
  box.hidden = false;
}

function syncUrl(f) {
  const qs = new URLSearchParams(f).toString();
  history.replaceState(null, "", qs ? `/?${qs}` : "/");
}

async function loadEvents(f) {
  const data = await api("/api/events", Object.assign({ limit: PAGE, offset }, f));
  const body = $("#events tbody");
  body.textContent = "";
  for (const e of data.events) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = e.event_id;
    tr.innerHTML =
      `<td class="code">${esc(e.date || "–")}</td>` +
      `<td><span class="code">${esc(e.source.code)}</span><br><small>${esc(e.source.text)}</small></td>` +
      `<td>${e.target ? `<span class="code">${esc(e.target.code)}</span><br><small>${esc(e.target.text)}</small>` : "–"}</td>` +
      `<td class="code" title="${esc(e.cameo_name || "")}">${esc(e.cameo)}</td>` +
      `<td class="code">${esc(e.plover.type)}</td>` +
      `<td><span class="pill q${esc(e.quad_class)}">${esc(e.quad_class)}</span></td>` +
      `<td class="sentence">${esc(e.sentence_text)}</td>` +
      `<td class="code"><small>${esc(e.doc_id)}#${esc(e.sentence)}</small></td>`;
    tr.addEventListener("click", () => openDocument(e.doc_id, e.event_id));
    body.appendChild(tr);
  }
  if (!data.events.length) body.innerHTML = '<tr><td colspan="8" class="hint">No events match these filters.</td></tr>';
  $("#count").textContent = data.events.length ? `rows ${offset + 1}–${offset + data.events.length}` : "";
  $("#page").textContent = `page ${offset / PAGE + 1}`;
  $("#prev").disabled = offset === 0;
  $("#next").disabled = data.next_offset == null;
}

async function loadTimeline(f) {
  const data = await api("/api/timeline", Object.assign({ interval: "month", group: "quad" }, f));
  drawTimeline($("#timeline"), data.points);
}

async function loadNetwork(f) {
  const data = await api("/api/dyads", Object.assign({ level: "country", limit: 60 }, f));
  drawNetwork($("#network"), data.dyads, node => {
    $("#filters").elements.country.value = node.length === 3 ? node : "";
    if (node.length !== 3) $("#filters").elements.actor.value = node;
    refresh(true);
  });
}

async function loadRelations(f) {
  const params = {};
  if (f.country) params.target = f.country;
  const data = await api("/api/relations", params);
  const box = $("#relations");
  if (!data.relations.length) {
    box.innerHTML = '<div class="empty">No recognition, diplomatic-relations or sanctions events' +
      (f.country ? ` with target ${esc(f.country)}` : "") + ".</div>";
    return;
  }
  let html = "<table><thead><tr><th>Source</th><th>Target</th><th>Relation</th><th>State</th><th>Since</th><th>Evidence</th></tr></thead><tbody>";
  for (const r of data.relations.slice(0, 60)) {
    const ev = r.evidence[0];
    html += `<tr><td class="code">${esc(r.source)}</td><td class="code">${esc(r.target)}</td>` +
      `<td>${esc(r.kind.replace("_", " "))}</td><td class="state ${esc(r.state)}">${esc(r.state.replace(/_/g, " "))}</td>` +
      `<td class="code">${esc(r.since || "–")}</td>` +
      `<td class="ev"><a href="#" data-doc="${esc(ev.doc_id)}" data-event="${esc(ev.event_id)}">${esc(ev.doc_id)}#${esc(ev.sentence)}</a> ` +
      `${esc(ev.sentence_text.slice(0, 110))}${ev.sentence_text.length > 110 ? "…" : ""}` +
      `${r.evidence.length > 1 ? ` <b>+${r.evidence.length - 1}</b>` : ""}</td></tr>`;
  }
  box.innerHTML = html + "</tbody></table>";
  box.querySelectorAll("a[data-doc]").forEach(a => a.addEventListener("click", ev => {
    ev.preventDefault();
    openDocument(a.dataset.doc, Number(a.dataset.event));
  }));
}

async function loadStats() {
  const s = await api("/api/stats");
  $("#stats").innerHTML = `<b>${s.documents.toLocaleString()}</b> documents · <b>${s.events.toLocaleString()}</b> events · <b>${s.actors.toLocaleString()}</b> actors`;
}

function ruleOf(entries) {
  return (entries || []).map(x => `${x.id || ""} “${x.text}” (${x.dictionary}${x.line ? ":" + x.line : ""})`).join("\n");
}

// Highlights actors and verbs of the document's events; each mark's title
// names the dictionary entry or pattern that coded it.
async function openDocument(docId, eventId) {
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(docId)}`);
    const chars = Array.from(doc.text);
    const marks = [];
    for (const e of doc.events) {
      const rule = e.explanation && e.explanation.pattern ? e.explanation.pattern : null;
      const why = rule ? `pattern ${rule.id || ""} “${rule.text}” (${rule.dictionary}${rule.line ? ":" + rule.line : ""})` : "pattern not recorded";
      marks.push({ start: e.source.start, end: e.source.end, cls: "hl-src", title: `source ${e.source.code}\n${ruleOf(e.source.entries)}`, ev: e.event_id });
      if (e.target) marks.push({ start: e.target.start, end: e.target.end, cls: "hl-tgt", title: `target ${e.target.code}\n${ruleOf(e.target.entries)}`, ev: e.event_id });
      if (e.trigger && e.trigger.end > e.trigger.start) marks.push({ start: e.trigger.start, end: e.trigger.end, cls: "hl-verb", title: `CAMEO ${e.cameo} ${e.cameo_name || ""} · PLOVER ${e.plover.type}\n${why}`, ev: e.event_id });
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const active = doc.events.find(e => e.event_id === eventId);
    const sent = active ? [active.sentence_start, active.sentence_end] : [-1, -1];
    let html = "", pos = 0;
    const plain = (a, b) => {
      if (b <= a) return "";
      // wrap the part inside the active sentence
      let out = "";
      const s0 = Math.max(a, sent[0]), s1 = Math.min(b, sent[1]);
      if (s0 < s1) {
        out += esc(chars.slice(a, s0).join("")) + `<span class="sent-active">${esc(chars.slice(s0, s1).join(""))}</span>` + esc(chars.slice(s1, b).join(""));
      } else out += esc(chars.slice(a, b).join(""));
      return out;
    };
    for (const m of marks) {
      if (m.start < pos || m.end <= m.start || m.end > chars.length) continue;
      html += plain(pos, m.start);
      html += `<mark class="${m.cls}" title="${esc(m.title)}">${esc(chars.slice(m.start, m.end).join(""))}</mark>`;
      pos = m.end;
    }
    html += plain(pos, chars.length);
    $("#doctitle").textContent = doc.title || doc.id;
    $("#docmeta").textContent = [doc.id, doc.date, doc.outlet, `${doc.events.length} events`, `${doc.sentences.length} sentences`].filter(Boolean).join(" · ");
    $("#doctext").innerHTML = html;
    $("#docview").hidden = false;
    $("#docview").scrollIntoView({ behavior: "smooth" });
  } catch (e) {
    showError(e);
  }
}

async function refresh(resetPage) {
  if (resetPage) offset = 0;
  const f = filters();
  syncUrl(f);
  showError(null);
  const results = await Promise.allSettled([loadEvents(f), loadTimeline(f), loadNetwork(f), loadRelations(f)]);
  const failed = results.find(r => r.status === "rejected");
  if (failed) showError(failed.reason);
  document.body.dataset.ready = "true";
}

function init() {
  const sel = $("#filters").elements.plover;
  for (const t of PLOVER_TYPES) sel.insertAdjacentHTML("beforeend", `<option>${t}</option>`);
  const params = new URLSearchParams(location.search);
  for (const k of FILTER_KEYS) if (params.get(k)) $("#filters").elements[k].value = params.get(k);
  $("#filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(true); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); refresh(true); });
  $("#prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); refresh(false); });
  $("#next").addEventListener("click", () => { offset += PAGE; refresh(false); });
  $("#closedoc").addEventListener("click", () => { $("#docview").hidden = true; });
  loadStats().catch(showError);
  refresh(false);
}

init();
