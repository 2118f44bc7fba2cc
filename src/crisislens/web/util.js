// Shared helpers. Article text is untrusted: everything from the API goes into the page through
// textContent and createElement, never innerHTML, so nothing in it can run.

// PLOVER type colours (Tableau 20); cooperative types cool, conflictual warm.
export const COLORS = {
  AGREE: "#4e79a7", CONSULT: "#76b7b2", SUPPORT: "#59a14f", CONCEDE: "#8cd17d",
  COOPERATE: "#b6992d", AID: "#f1ce63", RETREAT: "#499894", REQUEST: "#86bcb6",
  ACCUSE: "#e15759", REJECT: "#ff9d9a", THREATEN: "#f28e2b", PROTEST: "#ffbe7d",
  SANCTION: "#9d7660", MOBILIZE: "#d7b5a6", COERCE: "#b07aa1", ASSAULT: "#d62728",
};
export const color = (type) => COLORS[type] || "#888";
const SVG = "http://www.w3.org/2000/svg";
const NUMBER = new Intl.NumberFormat("en");
export const fmt = (n) => NUMBER.format(n);

export function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

export function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

export function swatch(type) {
  const box = el("i", null, { class: "swatch", "aria-hidden": "true" });
  box.style.background = color(type);
  return box;
}

const LABELS = {
  event_type: "Type", country: "Country", actor: "Actor", date_from: "From", date_to: "To",
  modality: "Modality", text: "Text", bbox: "Area", zoom: "Map zoom", view: "Map view",
  interval: "Interval", min_sources: "Sources", offset: "Page", limit: "Page size",
};

export class ApiError extends Error {}

// One readable line from FastAPI's 422 (a list of {loc, msg}) or any other error body.
export function readable(status, body) {
  const detail = body && body.detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => {
      const name = (d.loc || []).slice(-1)[0];
      let msg = d.msg || "is not valid";
      if (d.type === "string_pattern_mismatch" && name === "country") msg = "use a three-letter ISO code such as KAZ";
      else if (d.type === "string_pattern_mismatch" && name === "bbox") msg = "use min_lon,min_lat,max_lon,max_lat, e.g. 29,44,41,53";
      else if (d.type && d.type.startsWith("date")) msg = "use a date like 2022-01-31";
      const value = d.input !== undefined && d.input !== null ? ` (you gave “${d.input}”)` : "";
      return `${LABELS[name] || name}: ${msg}${value}`;
    }).join("; ");
  }
  if (typeof detail === "string") return detail;
  return `the server answered ${status}`;
}

export async function getJSON(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new ApiError(`the server cannot be reached (${err.message})`);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(readable(response.status, body));
  }
  return response.json();
}

// figures worth showing: "other" numbers (years, addresses, counts of unknown things) are not
export const FIGURE_KINDS = ["dead", "injured", "arrested", "displaced", "size", "troops", "money"];
export function figureText(quantities) {
  return (quantities || []).filter((q) => FIGURE_KINDS.includes(q.kind))
    .map((q) => `${q.kind} ${fmt(q.value)}`).join(", ");
}
