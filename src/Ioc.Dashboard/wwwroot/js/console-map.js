// The console's small case map: one marker on the case's place, over the bundled province outlines (lib/leaflet; no
// tiles from the internet unless the wall's tile server is configured). Driven by CaseMap.razor: show / dispose.
import { loadLeaflet } from './leaflet-loader.js';

const maps = new Map();

export async function show(id, element, lat, lng, label) {
  await loadLeaflet();
  const L = window.L;
  const map = L.map(element, { zoomControl: true, attributionControl: false, minZoom: 5, maxZoom: 18 }).setView([lat, lng], 11);
  maps.set(id, map);
  try {
    const response = await fetch('geo/vietnam-34.geojson');
    if (response.ok) L.geoJSON(await response.json(), { style: { color: '#7a8699', weight: 1, fillColor: '#e8edf3', fillOpacity: 0.6 } }).addTo(map);
  } catch {
    // The outline is decoration: the marker and its coordinates still show.
  }
  L.circleMarker([lat, lng], { className: 'case-map__marker', radius: 9, color: '#b3261e', weight: 3, fillColor: '#f2b8b5', fillOpacity: 0.9 })
    .addTo(map).bindTooltip(label, { permanent: true, direction: 'top', offset: [0, -8] });
}

export function dispose(id) {
  maps.get(id)?.remove();
  maps.delete(id);
}
