// The table, the network, the stories list, and the event and story views.
import { el, figureText, fmt, FIGURE_KINDS, getJSON, svgEl, swatch } from "./util.js";

export const PAGE = 50;
// the export formats, as the server's registry lists them (GET /export/formats): a format added
// there gets its button here with no change to the dashboard
let exportFormats = [];
let exportProblem = "";

export async function loadExportFormats() {
  try {
    exportFormats = await getJSON("/export/formats");
  } catch (err) {
    exportProblem = `Export formats cannot be listed: ${err.message}`;
  }
}

function roleText(name, country) {
  if (!name) return "–";
  return country ? `${name} [${country}]` : name;
}

export function drawExports(params) {
  const box = document.getElementById("exports");
  box.replaceChildren(el("span", exportProblem || "Export:", { class: "note" }));
  for (const f of exportFormats) {
    const query = new URLSearchParams(params);
    query.set("format", f.name);
    box.append(el("a", f.label, { href: `/export?${query}`, class: "button", download: "",
      "data-format": f.name, title: `${f.description} (.${f.extension})` }));
  }
}

export function drawTable(data, page, onOpen) {
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren();
  const first = data ? (page - 1) * PAGE + 1 : 0;
  const last = data ? first + data.events.length - 1 : 0;
  document.getElementById("events-total").textContent = data ? `(${fmt(data.total)})` : "";
  document.getElementById("page-info").textContent = data && data.total
    ? `${fmt(first)}–${fmt(last)} of ${fmt(data.total)}` : "";
  document.getElementById("page-prev").disabled = !data || page <= 1;
  document.getElementById("page-next").disabled = !data || last >= data.total;
  if (!data) return;
  if (!data.events.length) {
    const row = el("tr", null, { class: "empty" });
    row.append(el("td", "No events match these filters. Widen the dates, clear the area, or use “Clear filters”.", { colspan: "6" }));
    body.append(row);
    return;
  }
  for (const e of data.events) {
    const row = el("tr", null, { "data-event-id": e.event_id, tabindex: "0",
      "aria-label": `${e.event_type} ${e.date || "undated"} ${e.place_name || ""}: open the event` });
    const type = el("td", e.event_type);
    type.prepend(swatch(e.event_type));
    row.append(
      el("td", e.date || "undated"), type,
      el("td", `${roleText(e.actor_name, e.actor_country)} → ${roleText(e.recipient_name, e.recipient_country)}`),
      el("td", e.place_name || "–"), el("td", e.modality),
      el("td", (e.evidence_text || "").slice(0, 160)));
    row.addEventListener("click", () => onOpen(e.event_id, row));
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onOpen(e.event_id, row);
      }
    });
    body.append(row);
  }
}

export function drawNetwork(edges) {
  const svg = document.getElementById("network");
  svg.replaceChildren(svgEl("desc", { id: "network-desc" }, "actor network"));
  const pairs = (edges || []).filter((e) => e.source !== e.target).slice(0, 30);
  const nodes = [...new Set(pairs.flatMap((e) => [e.source, e.target]))].slice(0, 20);
  if (!nodes.length) {
    svg.append(svgEl("text", { x: 10, y: 20, class: "empty" }, "No coded actor pairs match."));
    return;
  }
  document.getElementById("network-desc").textContent = `actor network: ${pairs.slice(0, 5)
    .map((e) => `${e.source} on ${e.target} ${e.weight}`).join("; ")}`;
  const width = Math.max(300, svg.clientWidth || 500);
  const height = 300;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(cx - 70, cy - 30);
  const pos = {};
  const angle = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    angle[n] = a;
    pos[n] = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  const max = Math.max(...pairs.map((e) => e.weight));
  const degree = {};
  for (const e of pairs) {
    if (!(e.source in pos) || !(e.target in pos)) continue;
    degree[e.source] = (degree[e.source] || 0) + e.weight;
    degree[e.target] = (degree[e.target] || 0) + e.weight;
    const line = svgEl("line", { x1: pos[e.source][0], y1: pos[e.source][1], x2: pos[e.target][0],
      y2: pos[e.target][1], class: "edge", "stroke-width": 1 + (5 * e.weight) / max });
    line.append(svgEl("title", {}, `${e.source} → ${e.target}: ${fmt(e.weight)} events`));
    svg.append(line);
  }
  const maxDegree = Math.max(...Object.values(degree));
  for (const n of nodes) {
    const [x, y] = pos[n];
    const circle = svgEl("circle", { cx: x, cy: y, r: 3 + (6 * (degree[n] || 0)) / maxDegree, class: "node" });
    circle.append(svgEl("title", {}, `${n}: ${fmt(degree[n] || 0)} events`));
    svg.append(circle);
    // the label outside the ring, away from its neighbours: beside a node on the sides, above
    // or below one at the top or the bottom
    const [c, s] = [Math.cos(angle[n]), Math.sin(angle[n])];
    const anchor = c > 0.15 ? "start" : c < -0.15 ? "end" : "middle";
    const dy = anchor !== "middle" ? 3 : s < 0 ? -3 : 11;
    svg.append(svgEl("text", { x: x + 10 * c, y: y + 10 * s + dy, "text-anchor": anchor, class: "label" }, n));
  }
}

export function drawStories(data, onOpen) {
  const list = document.getElementById("stories-list");
  list.replaceChildren();
  if (!data) return;
  if (!data.stories.length) {
    list.append(el("li", "No stories match.", { class: "empty" }));
    return;
  }
  for (const s of data.stories) {
    const item = el("li");
    const when = s.first_day ? (s.first_day === s.last_day || !s.last_day ? s.first_day : `${s.first_day} to ${s.last_day}`) : "undated";
    const button = el("button", `${s.event_type} · ${s.place_name || s.place_country || "no place"} · ${when}`,
      { type: "button", class: "link", "data-story-id": s.story_id });
    button.addEventListener("click", () => onOpen(s.story_id, button));
    item.append(button, el("span", ` ${fmt(s.source_count)} source${s.source_count === 1 ? "" : "s"}, ${s.corroboration}`, { class: "note" }));
    list.append(item);
  }
}

function sourceItem(s, own) {
  const item = el("li");
  const title = s.title || s.article_id;
  item.append(s.url ? el("a", title, { href: s.url, rel: "noopener noreferrer", target: "_blank" }) : el("span", title));
  const figures = figureText(s.figures || s.quantities);
  item.append(el("span", ` · ${s.published ? `published ${s.published}` : "no publication date"}${figures ? ` · ${figures}` : ""}${own ? " · this event's article" : ""}`, { class: "note" }));
  return item;
}

// the event view: the facts, the story's sources (each article once), the article highlighted
export async function showEvent(eventId, onStory) {
  const detail = await getJSON(`/events/${encodeURIComponent(eventId)}`);
  const article = await getJSON(`/articles/${encodeURIComponent(detail.article_id)}`);
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
    ["figures", figureText(e.quantities) || "–"],
  ];
  for (const [k, v] of rows) facts.append(el("dt", k), el("dd", v));
  const sources = document.getElementById("event-sources");
  sources.replaceChildren();
  const byArticle = new Map();
  for (const s of detail.sources) {
    const seen = byArticle.get(s.article_id);
    if (seen) {
      for (const q of s.quantities || []) if (!seen.quantities.some((x) => x.kind === q.kind && x.value === q.value)) seen.quantities.push(q);
    } else byArticle.set(s.article_id, { ...s, quantities: [...(s.quantities || [])] });
  }
  if (!byArticle.has(detail.article_id)) byArticle.set(detail.article_id, { ...detail.article, quantities: e.quantities });
  for (const s of byArticle.values()) sources.append(sourceItem(s, s.article_id === detail.article_id));
  const note = document.getElementById("event-story-note");
  note.replaceChildren();
  if (detail.story_id && byArticle.size > 1) {
    note.append(document.createTextNode(`${byArticle.size} articles report this event. `));
    const open = el("button", "Open the story", { type: "button", class: "link" });
    open.addEventListener("click", () => onStory(detail.story_id, open));
    note.append(open);
  } else note.textContent = "Only this article reports this event.";
  document.getElementById("article-title").textContent = article.title || article.article_id;
  renderArticle(article, e.evidence.start, e.evidence.end);
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
    box.append(el("mark", text.slice(span.start, span.end), { class: current ? "evidence current" : "evidence" }));
    cursor = span.end;
  }
  box.append(document.createTextNode(text.slice(cursor)));
  const current = box.querySelector("mark.current");
  if (current) current.scrollIntoView({ block: "nearest" });
}

// the story view: its facts, one row per source with the figures side by side, its events
export async function showStory(storyId, onEvent) {
  const story = await getJSON(`/stories/${encodeURIComponent(storyId)}`);
  const facts = document.getElementById("story-facts");
  facts.replaceChildren();
  const rows = [
    ["type", story.event_type], ["actor", roleText(story.actor_name, story.actor_country)],
    ["recipient", roleText(story.recipient_name, story.recipient_country)],
    ["place", story.place_name ? `${story.place_name} (${story.place_country || "?"})` : "–"],
    ["days", story.first_day ? `${story.first_day}${story.last_day && story.last_day !== story.first_day ? ` to ${story.last_day}` : ""}`
      : story.source_count > 1 && !story.earliest_published
        ? "undated: no report gives a date, so these reports were joined on what they say alone and may tell of different events"
        : "undated"],
    ["sources", `${fmt(story.source_count)} (${story.corroboration})`],
    ["first reported", story.earliest_published || "–"],
  ];
  for (const [k, v] of rows) facts.append(el("dt", k), el("dd", v));
  const kinds = FIGURE_KINDS.filter((k) => story.sources.some((s) => s.figures.some((f) => f.kind === k)));
  const head = document.querySelector("#story-sources thead");
  const body = document.querySelector("#story-sources tbody");
  const tr = el("tr");
  tr.append(el("th", "source", { scope: "col" }), el("th", "published", { scope: "col" }));
  for (const k of kinds) tr.append(el("th", k, { scope: "col" }));
  head.replaceChildren(tr);
  body.replaceChildren();
  for (const s of story.sources) {
    const row = el("tr");
    const cell = el("td");
    cell.append(s.url ? el("a", s.title || s.article_id, { href: s.url, rel: "noopener noreferrer", target: "_blank" }) : el("span", s.title || s.article_id));
    row.append(cell, el("td", s.published || "–"));
    for (const k of kinds) {
      const values = s.figures.filter((f) => f.kind === k).map((f) => fmt(f.value));
      row.append(el("td", values.join(", ") || "–"));
    }
    body.append(row);
  }
  const others = story.sources.some((s) => s.figures.some((f) => !FIGURE_KINDS.includes(f.kind)));
  document.getElementById("story-note").textContent = kinds.length
    ? `Figures as each source gives them; where they differ, the sources disagree.${others ? " Numbers of no known kind are left out." : ""}`
    : "No source gives a figure.";
  const list = document.getElementById("story-events");
  list.replaceChildren();
  for (const e of story.events) {
    const item = el("li");
    const open = el("button", `${e.event_type} · ${e.date || "undated"} · ${e.place_name || "no place"}`, { type: "button", class: "link" });
    open.addEventListener("click", () => onEvent(e.event_id, open));
    item.append(open, el("span", ` “${(e.evidence_text || "").slice(0, 160)}”`, { class: "note" }));
    list.append(item);
  }
  return story;
}
