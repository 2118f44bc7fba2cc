// URL state: every filter, the table page, the interval, the open event or story live in the
// query string, so a reload or a shared link shows the same view.

export const FILTERS = [
  ["filter-type", "event_type"], ["filter-country", "country"], ["filter-actor", "actor"],
  ["filter-from", "date_from"], ["filter-to", "date_to"], ["filter-modality", "modality"],
  ["filter-text", "text"], ["filter-bbox", "bbox"],
];
const VIEW = ["page", "interval", "event", "story", "min_sources", "stories_page"];

export function readUrl() {
  const url = new URLSearchParams(location.search);
  const state = {};
  for (const [, name] of FILTERS) if (url.get(name)) state[name] = url.get(name);
  for (const name of VIEW) if (url.get(name)) state[name] = url.get(name);
  // a page is a whole number from 1 (a hand-edited link may say anything)
  for (const name of ["page", "stories_page"]) {
    if (state[name] && !/^[1-9]\d{0,6}$/.test(state[name])) delete state[name];
  }
  return state;
}

export function writeUrl(state, push) {
  const url = new URLSearchParams();
  for (const [, name] of FILTERS) if (state[name]) url.set(name, state[name]);
  for (const name of VIEW) if (state[name] && !(name.endsWith("page") && state[name] === "1")) url.set(name, state[name]);
  const search = url.toString();
  const target = search ? `?${search}` : location.pathname;
  if (target === location.search || (!search && !location.search)) return;
  if (push) history.pushState(null, "", target);
  else history.replaceState(null, "", target);
}

export function formToState(state) {
  const next = { ...state };
  for (const [id, name] of FILTERS) {
    let value = document.getElementById(id).value.trim();
    if (name === "country") value = value.toUpperCase();
    if (name === "bbox") value = value.replace(/\s+/g, "");
    if (value) next[name] = value; else delete next[name];
  }
  return next;
}

export function stateToForm(state) {
  for (const [id, name] of FILTERS) document.getElementById(id).value = state[name] || "";
  document.getElementById("interval").value = state.interval || "auto";
  document.getElementById("min-sources").value = state.min_sources || "1";
}

// the API's filter parameters for the current state
export function filterParams(state) {
  const params = new URLSearchParams();
  for (const [, name] of FILTERS) if (state[name]) params.set(name, state[name]);
  return params;
}
