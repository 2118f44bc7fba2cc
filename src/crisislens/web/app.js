// crisislens dashboard. Article text is untrusted: everything from the API goes into the page
// through textContent and createElement, never innerHTML, so nothing in it can run.
"use strict";

const COLORS = {
  AGREE: "#4e79a7", CONSULT: "#76b7b2", SUPPORT: "#59a14f", CONCEDE: "#8cd17d",
  COOPERATE: "#b6992d", AID: "#f1ce63", RETREAT: "#499894", REQUEST: "#86bcb6",
  ACCUSE: "#e15759", REJECT: "#ff9d9a", THREATEN: "#f28e2b", PROTEST: "#ffbe7d",
  SANCTION: "#9d7660", MOBILIZE: "#d7b5a6", COERCE: "#b07aa1", ASSAULT: "#d62728",
};
const SVG = "http://www.w3.org/2000/svg";

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function query() {
  const params = new URLSearchParams();
  for (const [id, name] of [["filter-type", "event_type"], ["filter-country", "country"],
    ["filter-actor", "actor"], ["filter-from", "date_from"], ["filter-to", "date_to"],
    ["filter-modality", "modality"], ["filter-text", "text"]]) {
    const value = document.getElementById(id).value.trim();
    if (value) params.set(name, name === "country" ? value.toUpperCase() : value);
  }
  return params;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(`${response.status}: ${JSON.stringify(body.detail || body)}`);
  }
  return response.json();
}

// --- map ---------------------------------------------------------------------------------
let map = null;
let cluster = null;

async function initMap() {
  map = L.map("map", { worldCopyJump: true, attributionControl: false, maxZoom: 12 }).setView([25, 20], 2);
  try {
    const world = await getJSON("/static/vendor/world/countries-110m.json");
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, { style: { color: "#8aa", weight: 0.5, fillColor: "#f4f1ea", fillOpacity: 1 } })
      .addTo(map);
  } catch (err) {
    setStatus(`basemap missing (${err.message}); run make install`);
  }
  cluster = L.markerClusterGroup();
  map.addLayer(cluster);
}

function drawMap(events) {
  cluster.clearLayers();
  for (const e of events) {
    if (e.lat === null || e.lon === null) continue;
    const marker = L.circleMarker([e.lat, e.lon], {
      radius: 6, color: COLORS[e.event_type] || "#555", fillOpacity: 0.8 });
    const popup = el("div");
    popup.append(el("strong", e.event_type), el("div", e.place_name), el("div", e.evidence_text));
    const open = el("button", "open event", { type: "button" });
    open.addEventListener("click", () => openEvent(e.event_id));
    popup.append(open);
    marker.bindPopup(popup);
    cluster.addLayer(marker);
  }
}

// --- timeline and network ------------------------------------------------------------------
function drawTimeline(byDay) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  const days = [...new Set(byDay.map((d) => d.day))].sort();
  if (!days.length) return;
  const width = svg.clientWidth || 500;
  const height = 200;
  const totals = {};
  for (const d of byDay) totals[d.day] = (totals[d.day] || 0) + d.count;
  const max = Math.max(...Object.values(totals));
  const bar = Math.max(1, (width - 40) / days.length);
  const offsets = {};
  for (const d of byDay) {
    const i = days.indexOf(d.day);
    const h = (d.count / max) * (height - 30);
    const y0 = offsets[d.day] || 0;
    const rect = svgEl("rect", { x: 30 + i * bar, y: height - 20 - y0 - h, width: Math.max(1, bar - 1),
      height: h, fill: COLORS[d.event_type] || "#999" });
    rect.append(svgEl("title", {}, `${d.day} ${d.event_type}: ${d.count}`));
    svg.append(rect);
    offsets[d.day] = y0 + h;
  }
  svg.append(svgEl("text", { x: 30, y: height - 5, "font-size": 10 }, days[0]));
  svg.append(svgEl("text", { x: width - 70, y: height - 5, "font-size": 10 }, days[days.length - 1]));
  svg.append(svgEl("text", { x: 0, y: 12, "font-size": 10 }, String(max)));
  const types = [...new Set(byDay.map((d) => d.event_type))];
  for (const t of types) {
    const item = el("span");
    const swatch = el("i");
    swatch.style.background = COLORS[t] || "#999";
    item.append(swatch, document.createTextNode(t));
    legend.append(item);
  }
}

function drawNetwork(edges) {
  const svg = document.getElementById("network");
  svg.replaceChildren();
  const top = edges.slice(0, 40);
  const nodes = [...new Set(top.flatMap((e) => [e.source, e.target]))].slice(0, 24);
  if (!nodes.length) return;
  const width = svg.clientWidth || 500;
  const height = 220;
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(cx, cy) - 30;
  const pos = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    pos[n] = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  const maxWeight = Math.max(...top.map((e) => e.weight));
  for (const e of top) {
    if (!(e.source in pos) || !(e.target in pos)) continue;
    const line = svgEl("line", { x1: pos[e.source][0], y1: pos[e.source][1], x2: pos[e.target][0],
      y2: pos[e.target][1], stroke: "#7a8a99", "stroke-opacity": 0.7,
      "stroke-width": 1 + (4 * e.weight) / maxWeight });
    line.append(svgEl("title", {}, `${e.source} → ${e.target}: ${e.weight}`));
    svg.append(line);
  }
  for (const n of nodes) {
    svg.append(svgEl("circle", { cx: pos[n][0], cy: pos[n][1], r: 4, fill: "#243447" }));
    svg.append(svgEl("text", { x: pos[n][0] + 6, y: pos[n][1] + 3, "font-size": 10 }, n));
  }
}

// --- events table and event view -----------------------------------------------------------
function roleText(name, country) {
  if (!name) return "–";
  return country ? `${name} [${country}]` : name;
}

function drawTable(data) {
  document.getElementById("events-total").textContent = `(${data.total})`;
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren();
  for (const e of data.events) {
    const row = el("tr", null, { "data-event-id": e.event_id });
    row.append(
      el("td", e.date || ""), el("td", e.event_type),
      el("td", `${roleText(e.actor_name, e.actor_country)} → ${roleText(e.recipient_name, e.recipient_country)}`),
      el("td", e.place_name || ""), el("td", e.modality),
      el("td", (e.evidence_text || "").slice(0, 140)));
    row.addEventListener("click", () => openEvent(e.event_id));
    body.append(row);
  }
}

async function openEvent(eventId) {
  const detail = await getJSON(`/events/${encodeURIComponent(eventId)}`);
  const article = await getJSON(`/articles/${encodeURIComponent(detail.article_id)}`);
  const view = document.getElementById("event-view");
  const facts = document.getElementById("event-facts");
  facts.replaceChildren();
  const e = detail.event;
  const rows = [
    ["type", `${e.event_type}${e.mode ? " / " + e.mode : ""}`],
    ["ACLED", e.acled_sub_event_type || "–"],
    ["actor", e.actor ? roleText(e.actor.name, e.actor.country) : "–"],
    ["recipient", e.recipient ? roleText(e.recipient.name, e.recipient.country) : "–"],
    ["place", e.location ? `${e.location.name} (${e.location.country || "?"})` : "–"],
    ["date", e.date || "–"], ["modality", e.modality], ["confidence", e.confidence],
    ["figures", (e.quantities || []).map((q) => `${q.kind} ${q.value}`).join(", ") || "–"],
  ];
  for (const [k, v] of rows) facts.append(el("dt", k), el("dd", v));
  const sources = document.getElementById("event-sources");
  sources.replaceChildren();
  for (const s of detail.sources) {
    const figures = (s.quantities || []).map((q) => `${q.kind} ${q.value}`).join(", ");
    sources.append(el("li", `${s.published || "undated"} · ${s.title || s.article_id}` +
      `${figures ? " · " + figures : ""} · “${s.evidence}”`));
  }
  if (!detail.sources.length) sources.append(el("li", "single source"));
  document.getElementById("article-title").textContent = article.title || article.article_id;
  renderArticle(article, e.evidence.start, e.evidence.end);
  view.hidden = false;
  view.scrollIntoView();
}

function renderArticle(article, currentStart, currentEnd) {
  const box = document.getElementById("article-text");
  box.replaceChildren();
  const text = article.text || "";
  const spans = [];
  for (const ev of article.evidence) {
    if (!spans.some((s) => s.start === ev.start && s.end === ev.end)) spans.push(ev);
  }
  spans.sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    box.append(document.createTextNode(text.slice(cursor, span.start)));
    const current = span.start === currentStart && span.end === currentEnd;
    const mark = el("mark", text.slice(span.start, span.end),
      { class: current ? "evidence current" : "evidence" });
    box.append(mark);
    cursor = span.end;
  }
  box.append(document.createTextNode(text.slice(cursor)));
  const current = box.querySelector("mark.current");
  if (current) current.scrollIntoView({ block: "nearest" });
}

function setStatus(text) {
  document.getElementById("status").textContent = text;
}

async function refresh() {
  const params = query();
  setStatus("loading…");
  try {
    const [events, stats] = await Promise.all([
      getJSON(`/events?${params}&limit=500`), getJSON(`/stats?${params}`)]);
    drawTable(events);
    drawMap(events.events);
    drawTimeline(stats.by_day);
    drawNetwork(stats.network);
    setStatus(`${events.total} events`);
  } catch (err) {
    setStatus(`error: ${err.message}`);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  document.getElementById("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
  document.getElementById("close-event").addEventListener("click", () => {
    document.getElementById("event-view").hidden = true;
  });
  await initMap();
  await refresh();
});
