// Shared helpers. Article text is untrusted: everything from the API goes into the page through
// textContent and createElement, never innerHTML, so nothing in it can run.

// The event types, their descriptions and colours: the server's table (GET /event-types, from
// data/event_types.yaml), read once, so a type added to the table needs no change here.
let TYPES = [];
const BY_CODE = new Map();
export const UNKNOWN_COLOR = "#888888";

export async function loadEventTypes() {
  TYPES = await getJSON("/event-types");
  BY_CODE.clear();
  for (const t of TYPES) BY_CODE.set(t.code, t);
  return TYPES;
}
export const eventTypes = () => TYPES;
export const color = (type) => (BY_CODE.get(type) || {}).colour || UNKNOWN_COLOR;
export const typeDescription = (type) => (BY_CODE.get(type) || {}).description || "";
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

// a legend entry: the type's swatch and code, its description on hover
export function typeKey(type) {
  const item = el("span", null, typeDescription(type) ? { title: typeDescription(type) } : {});
  item.append(swatch(type), document.createTextNode(type));
  return item;
}

const LABELS = {
  event_type: "Type", country: "Country", actor: "Actor", date_from: "From", date_to: "To",
  modality: "Modality", text: "Text", bbox: "Area", zoom: "Map zoom", view: "Map view",
  interval: "Interval", min_sources: "Sources", offset: "Page", limit: "Page size",
  event_id: "Event", story_id: "Story", article_id: "Article",
};

export class ApiError extends Error {}

// One readable line from FastAPI's 422 (a list of {loc, msg}) or any other error body.
export function readable(status, body) {
  const detail = body && body.detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => {
      // the parameter's name: the last name in loc (a repeated parameter adds its index)
      const name = (d.loc || []).filter((part) => typeof part === "string").slice(-1)[0];
      let msg = d.msg || "is not valid";
      if (d.type === "string_pattern_mismatch" && name === "country") msg = "use a three-letter ISO code such as KAZ";
      else if (d.type === "string_pattern_mismatch" && name && name.endsWith("_id")) msg = "no such id (16 hexadecimal digits)";
      else if (d.type === "string_pattern_mismatch" && name === "bbox") msg = "use min_lon,min_lat,max_lon,max_lat, e.g. 29,44,41,53";
      else if (d.type === "date_order") msg = "is after the To date";
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
