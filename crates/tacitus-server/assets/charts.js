// Tacitus dashboard charts: plain SVG built by hand (no libraries).
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUAD_COLORS = { "1": "#3a8fd1", "2": "#2aa876", "3": "#e0a030", "4": "#d4483b" };
const QUAD_NAMES = { "1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict" };

function svgEl(name, attrs, parent) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

function svgText(parent, x, y, text, attrs) {
  const t = svgEl("text", Object.assign({ x, y }, attrs || {}), parent);
  t.textContent = text;
  return t;
}

function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

// Stacked bars: points [{period, group, count}], groups are quad classes.
function drawTimeline(container, points) {
  container.textContent = "";
  if (!points.length) {
    container.innerHTML = '<div class="empty">No dated events match.</div>';
    return;
  }
  const periods = [...new Set(points.map(p => p.period))].sort();
  const groups = ["1", "2", "3", "4"];
  const totals = new Map(periods.map(p => [p, {}]));
  for (const p of points) totals.get(p.period)[p.group] = (totals.get(p.period)[p.group] || 0) + p.count;
  const maxTotal = niceMax(Math.max(...periods.map(p => groups.reduce((s, g) => s + (totals.get(p)[g] || 0), 0))));
  const W = 1100, H = 240, L = 46, R = 24, T = 24, B = 36;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" }, container);
  const plotW = W - L - R, plotH = H - T - B;
  const axis = svgEl("g", { class: "axis" }, svg);
  for (let i = 0; i <= 4; i++) {
    const v = maxTotal * i / 4, y = T + plotH - plotH * i / 4;
    svgEl("line", { x1: L, x2: W - R, y1: y, y2: y, "stroke-dasharray": i ? "2,3" : "" }, axis);
    svgText(axis, L - 6, y + 3, Number.isInteger(v) ? v : v.toFixed(1), { "text-anchor": "end" });
  }
  const step = plotW / periods.length, bw = Math.max(1, Math.min(40, step * 0.75));
  const labelEvery = Math.ceil(periods.length / 14);
  periods.forEach((period, i) => {
    const x = L + i * step + (step - bw) / 2;
    let y = T + plotH;
    for (const g of groups) {
      const n = totals.get(period)[g] || 0;
      if (!n) continue;
      const h = plotH * n / maxTotal;
      y -= h;
      const r = svgEl("rect", { x, y, width: bw, height: Math.max(h, 0.5), fill: QUAD_COLORS[g] }, svg);
      svgEl("title", {}, r).textContent = `${period}: ${n} ${QUAD_NAMES[g]}`;
    }
    if (i % labelEvery === 0 && i + labelEvery / 2 < periods.length) {
      svgText(axis, x + bw / 2, H - B + 14, period, { "text-anchor": "middle" });
    }
  });
  let lx = L;
  for (const g of groups) {
    svgEl("rect", { x: lx, y: 6, width: 10, height: 10, rx: 2, fill: QUAD_COLORS[g] }, svg);
    svgText(svg, lx + 14, 15, `${g} ${QUAD_NAMES[g]}`, { class: "legend-item" });
    lx += 150;
  }
}

// Actor network: nodes on a circle, busiest first; edge width by count,
// colour by the dominant side (cooperation = quads 1-2, conflict = 3-4).
function drawNetwork(container, dyads, onNode) {
  container.textContent = "";
  if (!dyads.length) {
    container.innerHTML = '<div class="empty">No actor pairs match.</div>';
    return;
  }
  const weight = new Map();
  for (const d of dyads) {
    weight.set(d.source, (weight.get(d.source) || 0) + d.events);
    weight.set(d.target, (weight.get(d.target) || 0) + d.events);
  }
  const nodes = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a)).slice(0, 24);
  const W = 540, H = 420, cx = W / 2, cy = H / 2 + 6, rad = Math.min(W, H) / 2 - 48;
  const pos = new Map(nodes.map((n, i) => {
    const a = -Math.PI / 2 + 2 * Math.PI * i / nodes.length;
    return [n, [cx + rad * Math.cos(a), cy + rad * Math.sin(a)]];
  }));
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" }, container);
  const maxEv = Math.max(...dyads.map(d => d.events));
  const edges = svgEl("g", {}, svg);
  for (const d of dyads) {
    if (!pos.has(d.source) || !pos.has(d.target)) continue;
    const [x1, y1] = pos.get(d.source), [x2, y2] = pos.get(d.target);
    const coop = d.quad[0] + d.quad[1], conf = d.quad[2] + d.quad[3];
    const colour = coop >= conf ? "#2f8fc9" : "#d4483b";
    // bend edges so A->B and B->A do not overlap
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
    const p = svgEl("path", {
      d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, fill: "none", stroke: colour,
      "stroke-opacity": 0.65, "stroke-width": 1 + 7 * d.events / maxEv,
    }, edges);
    svgEl("title", {}, p).textContent = `${d.source} → ${d.target}: ${d.events} events (cooperation ${coop}, conflict ${conf})`;
  }
  const maxW = Math.max(...nodes.map(n => weight.get(n)));
  for (const n of nodes) {
    const [x, y] = pos.get(n);
    const g = svgEl("g", { class: "node", style: "cursor:pointer" }, svg);
    svgEl("circle", { cx: x, cy: y, r: 6 + 12 * Math.sqrt(weight.get(n) / maxW), fill: "#17283b", stroke: "#fff", "stroke-width": 2 }, g);
    const dx = x < cx - 5 ? -1 : x > cx + 5 ? 1 : 0;
    svgText(g, x + dx * 22, y + (dx ? 4 : y < cy ? -22 : 30), n, {
      "text-anchor": dx < 0 ? "end" : dx > 0 ? "start" : "middle", "font-size": 12, "font-weight": 600, fill: "#1d2733",
    });
    svgEl("title", {}, g).textContent = `${n}: ${weight.get(n)} events`;
    g.addEventListener("click", () => onNode(n));
  }
  svgEl("line", { x1: 12, x2: 36, y1: 14, y2: 14, stroke: "#2f8fc9", "stroke-width": 4 }, svg);
  svgText(svg, 40, 18, "mostly cooperation", { class: "legend-item" });
  svgEl("line", { x1: 160, x2: 184, y1: 14, y2: 14, stroke: "#d4483b", "stroke-width": 4 }, svg);
  svgText(svg, 188, 18, "mostly conflict", { class: "legend-item" });
}
