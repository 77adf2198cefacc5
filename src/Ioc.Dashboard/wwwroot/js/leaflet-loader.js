// Loads the bundled Leaflet (lib/leaflet, copied from npm at build time; never a CDN) once per page, for the small
// maps of the console and the KPI page. The wall loads its own set with the marker-cluster and heat plugins.
let leaflet;

export function loadLeaflet() {
  leaflet ??= new Promise((resolve, reject) => {
    if (!document.querySelector('link[href="lib/leaflet/leaflet.css"]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'lib/leaflet/leaflet.css';
      document.head.appendChild(link);
    }
    if (window.L) return resolve();
    const script = document.createElement('script');
    script.src = 'lib/leaflet/leaflet.js';
    script.onload = resolve;
    script.onerror = () => { leaflet = undefined; reject(new Error('cannot load lib/leaflet/leaflet.js')); };
    document.head.appendChild(script);
  });
  return leaflet;
}
