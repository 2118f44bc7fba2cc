// crisislens dashboard: every panel is drawn from the same filters, aggregated by the server,
// so their counts agree; the state lives in the URL.
import * as map from "./map.js";
import { filterParams, formToState, readUrl, stateToForm, writeUrl } from "./state.js";
import { drawTimeline } from "./timeline.js";
import { el, fmt, getJSON, loadEventTypes } from "./util.js";
import * as views from "./views.js";

let state = {};
let counts = { events: null, map: null, timeline: null };
let opener = null; // the element that opened the event or story view, to return focus to
let generation = 0;
let setupProblem = ""; // the event types could not be read: said under every result

function showError(message) {
  const box = document.getElementById("error");
  const lines = [message ? `Cannot show these results: ${message}` : "", setupProblem];
  box.textContent = lines.filter(Boolean).join(" ");
  box.hidden = !box.textContent;
}

// the type filter's choices, from the server's table of event types
async function loadTypes() {
  try {
    const types = await loadEventTypes();
    const select = document.getElementById("filter-type");
    for (const t of types) select.append(el("option", t.code, { value: t.code, title: t.description }));
  } catch (err) {
    setupProblem = `The event types cannot be read (${err.message}): the type filter is empty and every type is grey.`;
  }
}

function clearResults() {
  views.drawTable(null, 1, openEvent);
  views.drawNetwork([]);
  views.drawStories(null, openStory);
  drawTimeline(null);
  map.clear();
  document.getElementById("notice").textContent = "";
  counts = { events: null, map: null, timeline: null };
}

function notice() {
  const { events, map: m, timeline: t } = counts;
  if (!events) return;
  const page = Number(state.page || 1);
  const parts = [`${fmt(events.total)} ${events.total === 1 ? "event matches" : "events match"}${state.bbox ? " in the chosen area" : ""}.`];
  if (m) {
    parts.push(`Map: ${fmt(m.located)} with a place` + (m.unlocated ? `, ${fmt(m.unlocated)} without one (not on the map)` : "")
      + (m.in_view < m.located ? `, ${fmt(m.in_view)} in view.` : ", all shown."));
  }
  if (t) parts.push(`Time axis: ${fmt(t.dated)} dated` + (t.undated ? `, ${fmt(t.undated)} without a full date.` : "."));
  if (events.total) {
    const first = (page - 1) * views.PAGE + 1;
    parts.push(`Table: ${fmt(first)}–${fmt(first + events.events.length - 1)}.`);
  } else {
    parts.push("Nothing matches: widen the dates, clear the area, or clear the filters.");
  }
  document.getElementById("notice").textContent = parts.join(" ");
}

// main is aria-busy while a filter's panels load (screen readers wait; so do the browser tests)
function busy(on) {
  document.querySelector("main").setAttribute("aria-busy", String(on));
}

async function refresh(fitMap) {
  const ticket = ++generation;
  busy(true);
  const params = filterParams(state);
  const page = Math.max(1, Number(state.page || 1));
  views.drawExports(params);
  document.getElementById("notice").textContent = "loading…";
  // until this filter's answers arrive, nothing may redraw the notice from the last filter's counts
  // (the map answers pans on its own and calls notice())
  counts = { events: null, map: null, timeline: null };
  const eventsQuery = new URLSearchParams(params);
  eventsQuery.set("limit", String(views.PAGE));
  eventsQuery.set("offset", String((page - 1) * views.PAGE));
  const timelineQuery = new URLSearchParams(params);
  timelineQuery.set("interval", state.interval || "auto");
  const storiesQuery = new URLSearchParams(params);
  storiesQuery.set("min_sources", state.min_sources || "1");
  storiesQuery.set("limit", "15");
  storiesQuery.set("offset", String((Number(state.stories_page || 1) - 1) * 15));
  try {
    const [events, stats, timeline] = await Promise.all([
      getJSON(`/events?${eventsQuery}`), getJSON(`/stats?${params}`),
      getJSON(`/timeline?${timelineQuery}`)]);
    if (ticket !== generation) return;
    if (!events.events.length && events.total && page > 1) {
      // past the last page (an old or edited link): show the last page instead
      state = { ...state, page: String(Math.ceil(events.total / views.PAGE)) };
      writeUrl(state, false);
      return refresh(fitMap);
    }
    showError("");
    counts.events = events;
    counts.timeline = timeline;
    views.drawTable(events, page, openEvent);
    drawTimeline(timeline, brushDates);
    views.drawNetwork(stats.network);
    map.setCountries(stats.by_country);
    map.setTypes(Object.fromEntries(stats.by_type.map((t) => [t.event_type, t.count])));
    notice();
    await map.showFilter(params, fitMap);
    const stories = await getJSON(`/stories?${storiesQuery}`).catch(() => ({ stories: [] }));
    if (ticket !== generation) return;
    views.drawStories(stories, openStory);
    document.getElementById("stories-prev").disabled = Number(state.stories_page || 1) <= 1;
    document.getElementById("stories-next").disabled = stories.stories.length < 15;
  } catch (err) {
    if (ticket !== generation) return;
    clearResults();
    showError(err.message);
  }
  busy(false);
}

function apply(next, push = true, fitMap = true) {
  state = next;
  writeUrl(state, push);
  stateToForm(state);
  return refresh(fitMap);
}

function brushDates(from, to) {
  apply({ ...state, date_from: from, date_to: to, page: "1" });
}

// --- the event and story views -----------------------------------------------------------------
async function openEvent(eventId, from) {
  opener = from || document.activeElement;
  const view = document.getElementById("event-view");
  try {
    await views.showEvent(eventId, openStory);
  } catch (err) {
    showError(err.message);
    return;
  }
  closeStory(false);
  view.hidden = false;
  view.focus();
  view.scrollIntoView({ block: "start" });
  if (state.event !== eventId) {
    state = { ...state, event: eventId };
    delete state.story;
    writeUrl(state, true);
  }
}

function closeEvent(restore = true) {
  const view = document.getElementById("event-view");
  if (view.hidden) return;
  view.hidden = true;
  delete state.event;
  writeUrl(state, true);
  if (restore && opener && document.contains(opener)) opener.focus();
}

async function openStory(storyId, from) {
  opener = from || document.activeElement;
  const view = document.getElementById("story-view");
  let story;
  try {
    story = await views.showStory(storyId, openEvent);
  } catch (err) {
    showError(err.message);
    return;
  }
  closeEvent(false);
  view.hidden = false;
  map.showStory(story.events);
  view.focus();
  view.scrollIntoView({ block: "start" });
  if (state.story !== storyId) {
    state = { ...state, story: storyId };
    delete state.event;
    writeUrl(state, true);
  }
}

function closeStory(restore = true) {
  const view = document.getElementById("story-view");
  if (view.hidden) return;
  view.hidden = true;
  map.clearStory();
  delete state.story;
  writeUrl(state, true);
  if (restore && opener && document.contains(opener)) opener.focus();
}

async function load() {
  state = readUrl();
  stateToForm(state);
  await refresh(true);
  if (state.event) await openEvent(state.event);
  else closeEvent(false);
  if (state.story) await openStory(state.story);
  else closeStory(false);
}

// --- theme -------------------------------------------------------------------------------------
function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  const button = document.getElementById("theme-toggle");
  button.setAttribute("aria-pressed", String(theme === "dark"));
  button.textContent = theme === "dark" ? "Light theme" : "Dark theme";
  map.restyle();
}

function initTheme() {
  let saved = null;
  try { saved = localStorage.getItem("crisislens-theme"); } catch (err) { saved = null; }
  const prefers = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  setTheme(saved || (prefers ? "dark" : "light"));
  document.getElementById("theme-toggle").addEventListener("click", () => {
    const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    try { localStorage.setItem("crisislens-theme", next); } catch (err) { /* private mode */ }
    setTheme(next);
  });
}

function bind() {
  document.getElementById("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    apply({ ...formToState(state), page: "1", stories_page: "1" });
  });
  document.getElementById("reset").addEventListener("click", () => {
    const next = { interval: state.interval, min_sources: state.min_sources };
    apply(Object.fromEntries(Object.entries(next).filter(([, v]) => v)));
  });
  document.getElementById("interval").addEventListener("change", (event) => {
    apply({ ...state, interval: event.target.value }, false, false);
  });
  document.getElementById("min-sources").addEventListener("change", (event) => {
    apply({ ...state, min_sources: event.target.value, stories_page: "1" }, true, false);
  });
  const page = (delta, key) => () => {
    apply({ ...state, [key]: String(Math.max(1, Number(state[key] || 1) + delta)) }, true, false);
  };
  document.getElementById("page-prev").addEventListener("click", page(-1, "page"));
  document.getElementById("page-next").addEventListener("click", page(1, "page"));
  document.getElementById("stories-prev").addEventListener("click", page(-1, "stories_page"));
  document.getElementById("stories-next").addEventListener("click", page(1, "stories_page"));
  document.getElementById("close-event").addEventListener("click", () => closeEvent());
  document.getElementById("close-story").addEventListener("click", () => closeStory());
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!document.getElementById("event-view").hidden) closeEvent();
    else if (!document.getElementById("story-view").hidden) closeStory();
  });
  window.addEventListener("popstate", () => load());
}

document.addEventListener("DOMContentLoaded", async () => {
  initTheme();
  bind();
  const formats = views.loadExportFormats();
  const types = loadTypes();
  await map.initMap({
    onError: showError,
    onEvent: (id) => openEvent(id),
    onArea: (bbox) => apply({ ...state, bbox, page: "1" }, true, false),
    onCells: (answer) => { counts.map = answer; notice(); },
  });
  await Promise.all([formats, types]);
  await load();
});
