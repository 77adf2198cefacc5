// The wall's Leaflet map, driven by WallMap.razor.cs through create / reset / upsert / remove / setWindow / setLayers / dispose.
// Markers are kept by case id and changed one by one: an update never redraws the layer, and nothing here moves the
// view after the first one, so a refresh never resets what the room is looking at. Leaflet and its plugins are the
// copies bundled in lib/ (no CDN); shapes and colours come from StatusGlyph.cs in `setup.glyphs`.

const maps = new Map();
let libraries;

// Worst first wins in a cluster; emergencies are never clustered (they must stay visible).
const rank = { 'on-time': 0, 'due-soon': 1, 'overdue': 2 };
const byRank = ['on-time', 'due-soon', 'overdue'];
const heatWeight = { 'on-time': 0.35, 'due-soon': 0.6, 'overdue': 1, 'emergency': 1 };
// "Inferno": perceptually even and colour-blind safe; on a dark map the worst units are the brightest.
const rateRamp = ['#3b0f70', '#8c2981', '#de4968', '#fe9f6d', '#fcfdbf'];

export async function create(id, element, setup, callbacks) {
  await loadLibraries();
  const L = window.L;
  // maxZoom: clustering needs one even without tiles (the boundary-only map has no tile layer to lend it).
  const map = L.map(element, { zoomSnap: 0.25, zoomControl: false, keyboard: false, minZoom: 5, maxZoom: 18 });
  map.createPane('wallBase').style.zIndex = 150; // under the tiles: shows wherever a tile is missing
  map.createPane('wallRates').style.zIndex = 450;
  map.createPane('wallEmergency').style.zIndex = 650;
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution(escapeHtml(setup.boundaryCredit));

  // Markers grow with the screen: about 17 px at 1920 wide, 35 px at 3840.
  const size = Math.round(Math.min(40, Math.max(14, window.innerWidth / 110)));
  // The only change of view this module makes: the province's units fill the map, whatever the screen's size.
  if (setup.home) map.fitBounds(setup.home, { padding: [size, size] });
  else map.setView([setup.centerLat, setup.centerLng], setup.zoom);

  const state = {
    map, element, callbacks, size,
    glyphs: setup.glyphs,
    icons: new Map(),
    markers: new Map(),
    clusters: L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 40, // at most 40 ms of marker adding per task: the main thread never blocks for long
      showCoverageOnHover: false,
      maxClusterRadius: size * 2,
      iconCreateFunction: cluster => clusterIcon(state, cluster),
    }).addTo(map),
    emergencies: L.layerGroup().addTo(map),
    heat: null,
    heatOn: false,
    heatPending: 0,
    rates: L.layerGroup(),
    ratesOn: false,
    units: new Map(),
    unitCentres: new Map((setup.units ?? []).map(u => [u.code, u])),
    ratesPending: 0,
    shownCount: 0,
    windowHours: 0,
    count: element.closest('.wall-map')?.querySelector('.wall-map__count'),
    countTemplate: setup.countTemplate ?? '{0}',
    number: new Intl.NumberFormat(setup.locale ?? 'vi-VN'),
    percent: new Intl.NumberFormat(setup.locale ?? 'vi-VN', { style: 'percent', maximumFractionDigits: 0 }),
    resize: new ResizeObserver(() => map.invalidateSize({ pan: false })),
  };
  state.resize.observe(element);
  map.on('zoomend moveend', () => declutter(state));
  state.windowTimer = setInterval(() => { if (state.windowHours > 0) applyWindow(state); }, 60_000);
  maps.set(id, state);
  changed(state);

  addTiles(state, setup);
  await addBoundaries(state, setup);
}

// Cases arrive as { id, lat, lng, status, emergency, unit, received (ms) }; a case is on the map while it is inside the
// display's time window. Only what changed is touched: a marker is replaced when its state, place or time changes.
export function upsert(id, items) {
  const state = maps.get(id);
  if (!state) return;
  const leaving = [];
  const arriving = [];
  const from = windowStart(state);
  for (const item of items) {
    const key = item.emergency ? 'emergency' : item.status;
    const old = state.markers.get(item.id);
    if (old && old.key === key && old.lat === item.lat && old.lng === item.lng && old.received === item.received) continue;
    if (old) detach(state, old, leaving);
    const entry = { id: item.id, key, lat: item.lat, lng: item.lng, unit: item.unit, received: item.received, shown: false, marker: null };
    state.markers.set(item.id, entry);
    if (entry.received >= from) attach(state, entry, arriving);
  }
  if (leaving.length) state.clusters.removeLayers(leaving);
  if (arriving.length) state.clusters.addLayers(arriving);
  changed(state);
  painted(items);
}

export function remove(id, ids) {
  const state = maps.get(id);
  if (!state) return;
  const leaving = [];
  for (const caseId of ids) {
    const old = state.markers.get(caseId);
    if (!old) continue;
    detach(state, old, leaving);
    state.markers.delete(caseId);
  }
  if (leaving.length) state.clusters.removeLayers(leaving);
  changed(state);
}

// Everything again (first load, or a circuit that fell too far behind): the view stays where it is.
export function reset(id, items) {
  const state = maps.get(id);
  if (!state) return;
  state.clusters.clearLayers();
  state.emergencies.clearLayers();
  state.markers.clear();
  state.shownCount = 0;
  upsert(id, items);
}

// The display's time window, in hours (0: every open case), by received time; re-applied every minute.
export function setWindow(id, hours) {
  const state = maps.get(id);
  if (!state) return;
  state.windowHours = hours;
  applyWindow(state);
}

function applyWindow(state) {
  const from = windowStart(state);
  const leaving = [];
  const arriving = [];
  for (const entry of state.markers.values()) {
    const inside = entry.received >= from;
    if (inside && !entry.shown) attach(state, entry, arriving);
    else if (!inside && entry.shown) detach(state, entry, leaving);
  }
  if (leaving.length) state.clusters.removeLayers(leaving);
  if (arriving.length) state.clusters.addLayers(arriving);
  changed(state);
}

function windowStart(state) {
  return state.windowHours > 0 ? Date.now() - state.windowHours * 3600_000 : -Infinity;
}

// Overdue rate per unit of the cases shown: a circle at the unit's centre, sized by its open cases, coloured and
// labelled by the rate.
function drawRates(state) {
  const L = window.L;
  const byUnit = new Map();
  for (const entry of state.markers.values()) {
    if (!entry.shown) continue;
    const counts = byUnit.get(entry.unit) ?? { open: 0, overdue: 0 };
    counts.open++;
    if (entry.key === 'overdue') counts.overdue++;
    byUnit.set(entry.unit, counts);
  }
  for (const [code, unit] of state.unitCentres) {
    const counts = byUnit.get(code);
    let circle = state.units.get(code);
    if (!counts) {
      if (circle) {
        state.rates.removeLayer(circle);
        state.units.delete(code);
      }
      continue;
    }
    const rate = counts.overdue / counts.open;
    const style = {
      pane: 'wallRates',
      radius: state.size * (0.45 + 0.3 * Math.sqrt(counts.open)),
      color: '#0b1118', weight: 1.5, fillColor: rampColor(rate), fillOpacity: 0.8,
      wallOpen: counts.open,
    };
    if (!circle) {
      circle = L.circleMarker([unit.lat, unit.lng], style).addTo(state.rates);
      circle.bindTooltip('', { permanent: true, direction: 'center', className: 'wall-rate-label' });
      state.units.set(code, circle);
    } else {
      circle.setStyle(style).setRadius(style.radius);
      circle.options.wallOpen = counts.open;
    }
    circle.setTooltipContent(state.percent.format(rate));
  }
  declutter(state);
}

export function setLayers(id, heat, rates) {
  const state = maps.get(id);
  if (!state) return;
  state.heatOn = heat;
  if (heat) {
    // Full strength at the first view's zoom (leaflet.heat fades points below its maxZoom); a unit's few cases saturate it.
    state.heat ??= window.L.heatLayer([], { radius: state.size * 1.8, blur: state.size * 1.4, maxZoom: Math.ceil(state.map.getZoom()), max: 3, minOpacity: 0.3 });
    state.heat.setLatLngs(heatPoints(state));
    if (!state.map.hasLayer(state.heat)) state.heat.addTo(state.map);
  } else if (state.heat && state.map.hasLayer(state.heat)) {
    state.map.removeLayer(state.heat);
  }
  // The rate view shows units instead of cases (their clusters sit on the same centres); emergencies stay.
  state.ratesOn = rates;
  if (rates) drawRates(state);
  if (rates && !state.map.hasLayer(state.rates)) {
    state.map.removeLayer(state.clusters);
    state.rates.addTo(state.map);
    declutter(state);
  }
  if (!rates && state.map.hasLayer(state.rates)) {
    state.map.removeLayer(state.rates);
    state.clusters.addTo(state.map);
  }
  state.element.dataset.heat = heat;
  state.element.dataset.rates = rates;
}

export function dispose(id) {
  const state = maps.get(id);
  if (!state) return;
  maps.delete(id);
  state.resize.disconnect();
  clearTimeout(state.heatPending);
  clearTimeout(state.ratesPending);
  clearInterval(state.windowTimer);
  state.map.remove();
}

// Rate labels that would overlap a larger unit's label are hidden, so every label shown can be read.
function declutter(state) {
  if (!state.ratesOn) return;
  const placed = [];
  const circles = [...state.units.values()].sort((a, b) => b.options.wallOpen - a.options.wallOpen);
  for (const circle of circles) {
    const label = circle.getTooltip()?.getElement();
    if (!label) continue;
    label.style.visibility = 'visible';
    const box = label.getBoundingClientRect();
    const clash = placed.some(p => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top);
    if (clash) label.style.visibility = 'hidden';
    else placed.push(box);
  }
}

function marker(state, caseId, key, lat, lng) {
  const m = window.L.marker([lat, lng], {
    icon: icon(state, key),
    keyboard: false,
    pane: key === 'emergency' ? 'wallEmergency' : 'markerPane',
    wallKey: key,
  });
  m.on('click', () => describe(state, m, caseId));
  return m;
}

function attach(state, entry, arriving) {
  entry.marker ??= marker(state, entry.id, entry.key, entry.lat, entry.lng);
  entry.shown = true;
  state.shownCount++;
  if (entry.key === 'emergency') state.emergencies.addLayer(entry.marker);
  else arriving.push(entry.marker);
}

function detach(state, entry, leaving) {
  if (!entry.shown) return;
  entry.shown = false;
  state.shownCount--;
  if (entry.key === 'emergency') state.emergencies.removeLayer(entry.marker);
  else leaving.push(entry.marker);
}

function icon(state, key) {
  let cached = state.icons.get(key);
  if (!cached) {
    const glyph = state.glyphs[key];
    const s = key === 'emergency' ? Math.round(state.size * 1.6) : state.size;
    cached = window.L.divIcon({
      className: `wall-marker wall-marker--${key}`,
      html: svg(glyph),
      iconSize: [s, s],
      iconAnchor: [s / 2, s / 2],
    });
    state.icons.set(key, cached);
  }
  return cached;
}

function clusterIcon(state, cluster) {
  let worst = 0;
  for (const child of cluster.getAllChildMarkers()) {
    worst = Math.max(worst, rank[child.options.wallKey] ?? 0);
    if (worst === 2) break;
  }
  const glyph = state.glyphs[byRank[worst]];
  // getChildCount counts every marker below the cluster, nested clusters included: the number is the markers it holds.
  const count = cluster.getChildCount();
  const height = Math.round(state.size * 1.75);
  const width = Math.round(height + state.size * 0.7 * String(count).length);
  return window.L.divIcon({
    className: `wall-cluster wall-cluster--${glyph.key}`,
    html: `<div class="wall-cluster__body" data-count="${count}" data-worst="${glyph.key}" style="border-color:${glyph.color}">` +
      `${svg(glyph)}<span class="wall-cluster__count">${count}</span></div>`,
    iconSize: [width, height],
  });
}

function svg(glyph) {
  return `<svg viewBox="0 0 24 24" fill="${glyph.color}" data-shape="${glyph.shape}">${glyph.svg}</svg>`;
}

async function describe(state, m, caseId) {
  const lines = await state.callbacks.invokeMethodAsync('Describe', caseId);
  if (!lines || lines.length === 0) return;
  const box = document.createElement('div');
  box.className = 'wall-popup';
  lines.forEach((line, i) => {
    const row = document.createElement(i === 0 ? 'strong' : 'div');
    row.textContent = line; // text, never HTML
    box.appendChild(row);
  });
  m.unbindPopup().bindPopup(box).openPopup();
}

// The heat layer follows, and the element says how many markers it holds (for people and tests reading the page).
function changed(state) {
  const shown = state.shownCount;
  state.element.dataset.markers = shown;
  state.element.dataset.cases = state.markers.size;
  if (state.count) state.count.textContent = state.countTemplate.replace('{0}', state.number.format(shown));
  scheduleHeat(state);
  scheduleRates(state);
}

// A benchmark page sets window.wallPainted to learn when the cases it sent are on screen (bench/wall, docs/BENCHMARKS.md).
function painted(items) {
  const hook = window.wallPainted;
  if (!hook || items.length === 0) return;
  const ids = items.map(i => i.id);
  requestAnimationFrame(() => hook(ids, performance.timeOrigin + performance.now()));
}

function scheduleRates(state) {
  if (!state.ratesOn || state.ratesPending) return;
  state.ratesPending = setTimeout(() => {
    state.ratesPending = 0;
    if (state.ratesOn) drawRates(state);
  }, 500);
}

function heatPoints(state) {
  const points = [];
  for (const entry of state.markers.values()) if (entry.shown) points.push([entry.lat, entry.lng, heatWeight[entry.key] ?? 0.5]);
  return points;
}

// Several updates in a burst redraw the heat canvas once.
function scheduleHeat(state) {
  if (!state.heatOn || state.heatPending) return;
  state.heatPending = setTimeout(() => {
    state.heatPending = 0;
    if (state.heatOn && state.heat) state.heat.setLatLngs(heatPoints(state));
  }, 400);
}

function addTiles(state, setup) {
  const element = state.element;
  if (!setup.tileUrl) {
    element.dataset.tiles = 'none';
    return;
  }
  element.dataset.tiles = 'loading';
  let loaded = 0;
  let failed = 0;
  window.L.tileLayer(setup.tileUrl, { attribution: setup.tileAttribution || '', maxZoom: 19 })
    .on('tileload', () => { loaded++; element.dataset.tiles = 'ok'; })
    // The boundary base under the tiles shows through missing tiles; the flag lets the page say why.
    .on('tileerror', () => { failed++; if (failed > loaded) element.dataset.tiles = 'failed'; })
    .addTo(state.map);
}

async function addBoundaries(state, setup) {
  const L = window.L;
  const [backdrop, province] = await Promise.all([fetchJson(setup.backdropUrl), fetchJson(setup.boundaryUrl)]);
  if (backdrop) {
    L.geoJSON(backdrop, {
      pane: 'wallBase', interactive: false,
      style: { color: '#2b3b4d', weight: 1, fillColor: '#121c27', fillOpacity: 1 },
    }).addTo(state.map);
  }
  if (province) {
    L.geoJSON(province, {
      pane: 'wallBase', interactive: false,
      style: { stroke: false, fillColor: '#1b2c3f', fillOpacity: 1 },
    }).addTo(state.map);
    L.geoJSON(province, { interactive: false, style: { color: '#7fb2e5', weight: 2, fill: false } }).addTo(state.map);
  }
  state.element.dataset.boundary = province ? 'ok' : 'missing';
}

async function fetchJson(url) {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : null;
  } catch (e) {
    console.warn(`wall-map: cannot load ${url}`, e);
    return null;
  }
}

function rampColor(rate) {
  const r = Math.min(1, Math.max(0, rate));
  return rateRamp[Math.min(rateRamp.length - 1, Math.floor(r * rateRamp.length))];
}

function escapeHtml(text) {
  const div = document.createElement('div');
  div.textContent = text ?? '';
  return div.innerHTML;
}

function loadLibraries() {
  libraries ??= (async () => {
    loadStyle('lib/leaflet/leaflet.css');
    loadStyle('lib/leaflet.markercluster/MarkerCluster.css');
    if (!window.L) await loadScript('lib/leaflet/leaflet.js');
    await Promise.all([
      window.L.MarkerClusterGroup ? null : loadScript('lib/leaflet.markercluster/leaflet.markercluster.js'),
      window.L.heatLayer ? null : loadScript('lib/leaflet.heat/leaflet-heat.js'),
    ]);
  })().catch(e => {
    libraries = undefined; // the next map tries again
    throw e;
  });
  return libraries;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`wall-map: cannot load ${src}`));
    document.head.appendChild(script);
  });
}

function loadStyle(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
}
