// The KPI page's unit map, the wall's approach (wall-map.js) on a light page: the province outline from geo/*.geojson
// and one circle per administrative unit at its centre, sized by the cases received and coloured by the on-time rate.
// Leaflet is the copy bundled in lib/ (no CDN); no tiles unless the province configured its own server.
import { loadLeaflet } from './leaflet-loader.js';

const maps = new Map();
// "Viridis"-like, colour-blind safe: low on-time rate dark purple, high yellow-green.
const ramp = ['#440154', '#3b528b', '#21918c', '#5ec962', '#b5de2b'];

export async function create(id, element, setup) {
  await loadLeaflet();
  const L = window.L;
  const map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: false });
  map.setView([setup.centerLat, setup.centerLng], setup.zoom);
  if (setup.tileUrl) L.tileLayer(setup.tileUrl, { maxZoom: 19 }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  maps.set(id, { map, layer });
  try {
    const response = await fetch(setup.boundaryUrl);
    if (response.ok) {
      const outline = L.geoJSON(await response.json(), { interactive: false, style: { color: '#1565c0', weight: 2, fillColor: '#e3f2fd', fillOpacity: 0.6 } }).addTo(map);
      map.fitBounds(outline.getBounds(), { padding: [8, 8] });
      element.dataset.boundary = 'ok';
    }
  } catch {
    element.dataset.boundary = 'missing';
  }
}

export function setUnits(id, units) {
  const state = maps.get(id);
  if (!state) return;
  const L = window.L;
  state.layer.clearLayers();
  const most = Math.max(1, ...units.map(u => u.received));
  for (const u of units) {
    const color = u.onTimeRate === null ? '#9e9e9e' : ramp[Math.min(ramp.length - 1, Math.floor(u.onTimeRate * ramp.length))];
    L.circleMarker([u.lat, u.lng], { radius: 6 + 18 * Math.sqrt(u.received / most), color: '#263238', weight: 1, fillColor: color, fillOpacity: 0.85 })
      .bindTooltip(document.createTextNode(u.label).textContent)
      .addTo(state.layer);
  }
  state.map.getContainer().dataset.units = units.length;
}

export function dispose(id) {
  const state = maps.get(id);
  maps.delete(id);
  if (state) state.map.remove();
}
