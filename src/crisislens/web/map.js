// The map: an offline basemap (Natural Earth countries) shaded by events per country from
// /stats, and the matching events aggregated by DuckDB into cells per zoom (/map). A cell of one
// event is a dot coloured by type and sized by fatalities; a larger cell shows its count.
/* global L, topojson */
import { color, el, fmt, getJSON, typeKey } from "./util.js";

const CHORO = ["#fde0c5", "#facba6", "#f8b58b", "#f59e72", "#f2855d", "#ef6a4c"];
let map = null;
let land = null;
let cells = null;
let highlight = null;
let numericOf = {};
let counts = {};
let current = { params: null, extent: null, handlers: null };
let pending = 0;

export async function initMap(handlers) {
  current.handlers = handlers;
  map = L.map("map", { worldCopyJump: true, attributionControl: false, maxZoom: 14, minZoom: 1 })
    .setView([25, 15], 2);
  try {
    const [world, codes] = await Promise.all([
      getJSON("/static/vendor/world/countries-110m.json"),
      getJSON("/static/vendor/world/iso3166.json")]);
    for (const [, alpha3, numeric] of codes) numericOf[alpha3] = numeric;
    const countries = topojson.feature(world, world.objects.countries);
    for (const feature of countries.features) unwrap(feature.geometry);
    land = L.geoJSON(countries, { style: landStyle, onEachFeature: bindCountry });
    land.addTo(map);
  } catch (err) {
    handlers.onError(`basemap missing (${err.message}); run make install`);
  }
  cells = L.layerGroup().addTo(map);
  highlight = L.layerGroup().addTo(map);
  map.on("moveend", () => { if (current.params) loadCells(); });
  document.getElementById("map-area").addEventListener("click", () => handlers.onArea(viewBox()));
  document.getElementById("map-fit").addEventListener("click", () => fit());
}

// Russia and Fiji cross the antimeridian: their rings jump between +180 and -180 degrees, which a
// web map draws as a stripe across the world. Each such ring is made to run on past 180 instead
// (a ring around the pole, Antarctica's, is left as it is).
function unwrapRing(ring) {
  let shift = 0;
  const out = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon - ring[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [lon + shift, lat];
  });
  return shift === 0 ? out : ring;
}

function unwrap(geometry) {
  if (!geometry) return;
  if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
  else if (geometry.type === "MultiPolygon") {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
  }
}

function dark() {
  return document.documentElement.dataset.theme === "dark";
}

function landStyle(feature) {
  const count = countOf(feature);
  const fill = count ? CHORO[classOf(count)] : dark() ? "#2b3440" : "#f4f1ea";
  return { color: dark() ? "#55606e" : "#9aa9b5", weight: 0.6, fillColor: fill, fillOpacity: 1 };
}

const byNumeric = () => {
  const out = {};
  for (const [alpha3, n] of Object.entries(counts)) if (numericOf[alpha3]) out[numericOf[alpha3]] = n;
  return out;
};
let numericCounts = {};
const countOf = (feature) => numericCounts[feature.id] || 0;

function classOf(count) {
  const max = Math.max(1, ...Object.values(numericCounts));
  return Math.min(CHORO.length - 1, Math.floor((Math.log(count) / Math.log(max + 1)) * CHORO.length));
}

function bindCountry(feature, layer) {
  layer.on("mouseover", () => {
    const n = countOf(feature);
    layer.bindTooltip(`${feature.properties.name}: ${fmt(n)} event${n === 1 ? "" : "s"}`, { sticky: true }).openTooltip();
  });
}

export function restyle() {
  if (land) land.setStyle(landStyle);
}

// counts per country (ISO3) from /stats, for the shading
export function setCountries(byCountry) {
  counts = {};
  for (const c of byCountry || []) counts[c.country] = c.count;
  numericCounts = byNumeric();
  restyle();
  drawLegend();
}

function viewBox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const r = (v) => Math.round(v * 1000) / 1000;
  return [r(clamp(b.getWest(), -180, 180)), r(clamp(b.getSouth(), -90, 90)),
    r(clamp(b.getEast(), -180, 180)), r(clamp(b.getNorth(), -90, 90))].join(",");
}

export function clear() {
  current.params = null;
  pending += 1; // drop answers still on their way
  if (cells) cells.clearLayers();
  if (highlight) highlight.clearLayers();
  setCountries([]);
}

// a new filter: cells for it, then fit the map to the located events
export async function showFilter(params, fitAfter) {
  current.params = params;
  const answer = await loadCells();
  if (answer && fitAfter) fit();
  return answer;
}

function fit() {
  const e = current.extent;
  if (!e) return;
  const [w, s, east, n] = e;
  if (east - w < 0.05 && n - s < 0.05) map.setView([(s + n) / 2, (w + east) / 2], 8);
  else map.fitBounds([[s, w], [n, east]], { padding: [20, 20], maxZoom: 10 });
}

async function loadCells() {
  const ticket = ++pending;
  const params = new URLSearchParams(current.params);
  params.set("zoom", String(Math.round(map.getZoom())));
  const b = map.getBounds().pad(0.3);
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
  if (map.getZoom() >= 4) {
    params.set("view", [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(","));
  }
  let answer;
  try {
    answer = await getJSON(`/map?${params}`);
  } catch (err) {
    current.handlers.onError(err.message);
    return null;
  }
  if (ticket !== pending) return null; // a newer request is on its way
  current.extent = answer.extent;
  drawCells(answer);
  current.handlers.onCells(answer);
  return answer;
}

function dot(cell) {
  const node = el("span", cell.count > 1 ? fmt(cell.count) : null, { class: cell.count > 1 ? "cell" : "dot" });
  node.style.setProperty("--c", color(cell.event_type));
  const size = cell.count > 1
    ? 18 + 6 * Math.log2(cell.count)
    : 10 + 4 * Math.sqrt(cell.fatalities || 0);
  node.style.width = node.style.height = `${Math.min(size, 64)}px`;
  return { node, size: Math.min(size, 64) };
}

function describe(cell) {
  const types = Object.entries(cell.types).map(([t, n]) => `${fmt(n)} ${t}`).join(", ");
  const dead = cell.fatalities ? `; ${fmt(cell.fatalities)} killed` : "";
  return cell.count === 1 ? `${cell.event_type} event${dead}: open it` : `${fmt(cell.count)} events (${types})${dead}`;
}

function drawCells(answer) {
  cells.clearLayers();
  for (const cell of answer.cells) {
    const { node, size } = dot(cell);
    const marker = L.marker([cell.lat, cell.lon], {
      icon: L.divIcon({ html: node, className: "cell-icon", iconSize: [size, size] }),
      keyboard: true, title: describe(cell), alt: describe(cell), riseOnHover: true,
    });
    marker.on("click", () => openCell(cell));
    cells.addLayer(marker);
  }
}

function openCell(cell) {
  if (cell.event_id) {
    current.handlers.onEvent(cell.event_id);
    return;
  }
  const [w, s, e, n] = cell.bounds;
  if ((e - w > 0.01 || n - s > 0.01) && map.getZoom() < map.getMaxZoom()) {
    map.fitBounds([[s, w], [n, e]], { padding: [30, 30] });
  } else {
    // all at one place: list them in the table
    const pad = 0.001;
    current.handlers.onArea([w - pad, s - pad, e + pad, n + pad].map((v) => v.toFixed(4)).join(","));
  }
}

// a story's events, ringed, on top of the cells
export function showStory(events) {
  highlight.clearLayers();
  const located = (events || []).filter((e) => e.lat !== null && e.lon !== null);
  for (const e of located) {
    L.circleMarker([e.lat, e.lon], { radius: 11, color: dark() ? "#fff" : "#111", weight: 3, fill: false })
      .bindTooltip(`${e.event_type} · ${e.place_name || ""}`).addTo(highlight);
  }
  if (located.length) {
    map.fitBounds(L.latLngBounds(located.map((e) => [e.lat, e.lon])).pad(0.5), { maxZoom: 8 });
  }
}

export function clearStory() {
  if (highlight) highlight.clearLayers();
}

function drawLegend() {
  const legend = document.getElementById("map-legend");
  legend.replaceChildren();
  const types = el("div", null, { class: "legend-row" });
  for (const t of Object.keys(current.types || {})) types.append(typeKey(t));
  const sizes = el("div", "Dot: one event, coloured by type, larger with more people killed. "
    + "Numbered circle: several events, coloured by the most common type; click to zoom in.", { class: "legend-row" });
  const scale = el("div", null, { class: "legend-row" });
  scale.append(el("span", "Countries by events: "));
  const values = Object.values(numericCounts);
  const max = Math.max(0, ...values);
  CHORO.forEach((c, i) => {
    const box = el("i", null, { class: "swatch", "aria-hidden": "true" });
    box.style.background = c;
    const lo = Math.ceil(Math.pow(max + 1, i / CHORO.length));
    scale.append(box, document.createTextNode(i === 0 ? `${fmt(Math.max(1, lo))}+ ` : `${fmt(lo)}+ `));
  });
  legend.append(types, sizes, scale);
}

export function setTypes(types) {
  current.types = types;
  drawLegend();
}
