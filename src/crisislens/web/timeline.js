// The time axis: stacked bars per day, week, month or year and type on a continuous time scale
// (empty periods keep their width), people killed as a line on its own scale, labelled ticks,
// and a brush: drag across the bars to set the date filter.
import { color, el, fmt, svgEl, typeKey } from "./util.js";

const HEIGHT = 230;
const M = { left: 38, right: 38, top: 12, bottom: 26 };
const DAY = 86400000;
const parse = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function nextPeriod(ms, interval) {
  const d = new Date(ms);
  if (interval === "day") return ms + DAY;
  if (interval === "week") return ms + 7 * DAY;
  if (interval === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

// tick dates at round boundaries, at most one per ~90 px
function ticks(start, end, width) {
  const span = (end - start) / DAY;
  const room = Math.max(2, Math.floor(width / 90));
  const steps = [[1, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [12, "m"], [60, "m"], [120, "m"], [600, "m"]];
  const approx = (s) => (s[1] === "d" ? s[0] : s[0] * 30.4);
  const [n, unit] = steps.find((s) => span / approx(s) <= room) || steps[steps.length - 1];
  const out = [];
  const first = new Date(start);
  let t = unit === "d"
    ? start
    : Date.UTC(first.getUTCFullYear(), Math.ceil(first.getUTCMonth() / n) * n, 1);
  if (unit === "m" && n >= 12) t = Date.UTC(Math.ceil(first.getUTCFullYear() / (n / 12)) * (n / 12), 0, 1);
  while (t <= end && out.length < 40) {
    if (t >= start) out.push(t);
    const d = new Date(t);
    t = unit === "d" ? t + n * DAY : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  }
  const label = (ms) => {
    const d = new Date(ms);
    if (unit === "d") return d.toLocaleDateString("en", { day: "numeric", month: "short", timeZone: "UTC" });
    if (n >= 12) return String(d.getUTCFullYear());
    return d.toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });
  };
  return out.map((ms) => [ms, label(ms)]);
}

export function drawTimeline(data, onBrush) {
  const svg = document.getElementById("timeline");
  const note = document.getElementById("timeline-note");
  const legend = document.getElementById("timeline-legend");
  svg.replaceChildren(svgEl("desc", { id: "timeline-desc" }, "events per period and type"));
  legend.replaceChildren();
  note.textContent = "";
  if (!data) return;
  const undated = data.undated
    ? `${fmt(data.undated)} of ${fmt(data.total)} events have no full date and are not on this axis. ` : "";
  if (!data.buckets.length) {
    note.textContent = `${undated}No dated events match.`;
    return;
  }
  const width = Math.max(300, svg.clientWidth || 600);
  svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  const interval = data.interval;
  const start = parse(data.buckets[0].period);
  const end = nextPeriod(parse(data.buckets[data.buckets.length - 1].period), interval);
  const plotW = width - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (ms) => M.left + ((ms - start) / (end - start)) * plotW;
  const periods = new Map();
  for (const b of data.buckets) {
    const p = periods.get(b.period) || { total: 0, dead: 0, parts: [] };
    p.total += b.count;
    p.dead += b.fatalities;
    p.parts.push(b);
    periods.set(b.period, p);
  }
  const maxCount = Math.max(...[...periods.values()].map((p) => p.total));
  const maxDead = Math.max(0, ...[...periods.values()].map((p) => p.dead));
  const y = (v) => M.top + plotH - (v / maxCount) * plotH;
  const axis = svgEl("g", { class: "axis" });
  for (const v of [0, Math.round(maxCount / 2), maxCount]) {
    axis.append(svgEl("line", { x1: M.left, x2: width - M.right, y1: y(v), y2: y(v), class: "grid" }));
    axis.append(svgEl("text", { x: M.left - 4, y: y(v) + 3, "text-anchor": "end" }, fmt(v)));
  }
  for (const [ms, label] of ticks(start, end, plotW)) {
    axis.append(svgEl("line", { x1: x(ms), x2: x(ms), y1: M.top + plotH, y2: M.top + plotH + 4, class: "tick" }));
    axis.append(svgEl("text", { x: x(ms), y: HEIGHT - 8, "text-anchor": "middle" }, label));
  }
  svg.append(axis);
  const bars = svgEl("g", { class: "bars" });
  for (const [period, p] of periods) {
    const x0 = x(parse(period));
    const w = Math.max(1, x(nextPeriod(parse(period), interval)) - x0 - (plotW / periods.size > 4 ? 1 : 0));
    let top = 0;
    for (const part of p.parts) {
      const h = (part.count / maxCount) * plotH;
      const rect = svgEl("rect", { x: x0, y: y(top) - h, width: w, height: Math.max(h, 0.5), fill: color(part.event_type) });
      rect.append(svgEl("title", {}, `${interval} of ${period}: ${fmt(part.count)} ${part.event_type}`));
      bars.append(rect);
      top += part.count;
    }
  }
  svg.append(bars);
  if (maxDead > 0) {
    const yd = (v) => M.top + plotH - (v / maxDead) * plotH;
    const points = [];
    for (let t = start; t < end; t = nextPeriod(t, interval)) {
      const p = periods.get(iso(t));
      const mid = (x(t) + x(nextPeriod(t, interval))) / 2;
      points.push(`${mid.toFixed(1)},${yd(p ? p.dead : 0).toFixed(1)}`);
    }
    svg.append(svgEl("polyline", { points: points.join(" "), class: "fatalities" }));
    svg.append(svgEl("text", { x: width - M.right + 4, y: yd(maxDead) + 3, class: "fatalities-label" }, fmt(maxDead)));
  }
  brush(svg, x, start, end, interval, onBrush);
  note.textContent = `${undated}Per ${interval}, ${iso(start)} to ${iso(end - DAY)}. Drag across the bars to filter by dates.`;
  const types = [...new Set(data.buckets.map((b) => b.event_type))];
  for (const t of types) legend.append(typeKey(t));
  if (maxDead > 0) {
    const item = el("span", null, { class: "fatalities-key" });
    item.append(el("i", null, { class: "line", "aria-hidden": "true" }), document.createTextNode(`people killed (right scale, max ${fmt(maxDead)})`));
    legend.append(item);
  }
}

function brush(svg, x, start, end, interval, onBrush) {
  const band = svgEl("rect", { class: "brush", y: M.top, height: HEIGHT - M.top - M.bottom, width: 0, x: 0 });
  svg.append(band);
  const toMs = (px) => start + ((px - M.left) / (x(end) - M.left)) * (end - start);
  const local = (event) => {
    const box = svg.getBoundingClientRect();
    const scale = (svg.viewBox.baseVal && svg.viewBox.baseVal.width) ? svg.viewBox.baseVal.width / box.width : 1;
    return Math.min(x(end), Math.max(M.left, (event.clientX - box.left) * scale));
  };
  let from = null;
  svg.onpointerdown = (event) => {
    from = local(event);
    svg.setPointerCapture(event.pointerId);
    band.setAttribute("x", from);
    band.setAttribute("width", 0);
  };
  svg.onpointermove = (event) => {
    if (from === null) return;
    const to = local(event);
    band.setAttribute("x", Math.min(from, to));
    band.setAttribute("width", Math.abs(to - from));
  };
  svg.onpointerup = (event) => {
    if (from === null) return;
    const to = local(event);
    const a = Math.min(from, to);
    const b = Math.max(from, to);
    from = null;
    if (b - a < 3) {
      band.setAttribute("width", 0);
      return;
    }
    onBrush(iso(toMs(a)), iso(Math.max(toMs(a), toMs(b) - 1)));
  };
}
