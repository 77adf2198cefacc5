// Copies the front-end libraries into the dashboard's wwwroot/lib (git-ignored) and regenerates the
// simplified province boundaries in wwwroot/geo (committed, so the app still has maps without this step).
// Run by `npm run build` after `npm ci`; scripts/run.sh, scripts/test.sh and the dashboard's csproj call it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const wwwroot = join(here, '..', 'src', 'Ioc.Dashboard', 'wwwroot');
const lib = join(wwwroot, 'lib');
// The marker the csproj target and the scripts look for: its presence means lib/ is complete.
const stamp = join(lib, '.assets-stamp');

// Destination folder under lib/ → files to copy, relative to node_modules/<package>.
const libraries = {
  'leaflet': ['leaflet', ['dist/leaflet.js', 'dist/leaflet.js.map', 'dist/leaflet.css', 'dist/images']],
  'leaflet.markercluster': ['leaflet.markercluster', [
    'dist/leaflet.markercluster.js', 'dist/leaflet.markercluster.js.map',
    'dist/MarkerCluster.css', 'dist/MarkerCluster.Default.css']],
  'leaflet.heat': ['leaflet.heat', ['dist/leaflet-heat.js']],
  'apexcharts': ['apexcharts', [
    'dist/apexcharts.min.js', 'dist/apexcharts.css', 'dist/apexcharts-legend.css',
    'dist/locales/vi.json', 'dist/locales/en.json']],
  'signalr': ['@microsoft/signalr', ['dist/browser/signalr.min.js', 'dist/browser/signalr.min.js.map']],
};

function copyLibraries() {
  rmSync(lib, { recursive: true, force: true });
  for (const [target, [pkg, files]] of Object.entries(libraries)) {
    for (const file of files) {
      // Keep the file's path below dist/ so relative references (leaflet.css → images/) still resolve.
      const relative = file.replace(/^dist\/(browser\/)?/, '');
      cpSync(join(modules, pkg, file), join(lib, target, relative), { recursive: true });
    }
    copyLicense(pkg, target);
  }
  copyFont();
}

function copyLicense(pkg, target) {
  const name = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].find(n => existsSync(join(modules, pkg, n)));
  if (name) cpSync(join(modules, pkg, name), join(lib, target, name));
}

// Be Vietnam Pro: only the Vietnamese and Latin subsets in the weights the UI uses, woff2 only
// (every browser a wall display runs has it). One stylesheet keeps each subset's unicode-range,
// so a browser downloads a subset only when the page has characters from it.
function copyFont() {
  const pkg = join(modules, '@fontsource', 'be-vietnam-pro');
  const target = join(lib, 'be-vietnam-pro');
  const faces = [];
  for (const weight of [400, 500, 600, 700, 800]) {
    const css = readFileSync(join(pkg, `${weight}.css`), 'utf8');
    for (const subset of ['vietnamese', 'latin']) {
      const name = `be-vietnam-pro-${subset}-${weight}-normal`;
      const face = css.match(new RegExp(`/\\* ${name} \\*/\\s*@font-face \\{[^}]*\\}`))?.[0];
      if (!face) throw new Error(`${weight}.css has no ${subset} face`);
      faces.push(face.replace(/src: [^;]*;/, `src: url(./files/${name}.woff2) format('woff2');`));
      cpSync(join(pkg, 'files', `${name}.woff2`), join(target, 'files', `${name}.woff2`));
    }
  }
  writeFileSync(join(target, 'be-vietnam-pro.css'), faces.join('\n\n') + '\n');
  cpSync(join(pkg, 'LICENSE'), join(target, 'LICENSE'));
}

// Province boundaries. The 34-unit file is the post-2025 map; Sóc Trăng exists as a unit of its
// own only in the 63-province file (it is part of TP Cần Thơ since the 2025 merger).
const provinces34 = {
  'khanh-hoa': 'Khánh Hoà',
  'thanh-hoa': 'Thanh Hoá',
  'tay-ninh': 'Tây Ninh',
  'dong-nai': 'Đồng Nai',
  'can-tho': 'TP Cần Thơ',
};
const provinces63 = { 'soc-trang': 'Sóc Trăng' };
// Simplifies every ring on its own (explode), then puts each province back together (dissolve):
// keep-shapes alone keeps one ring per feature and would drop islands, Hoàng Sa and Trường Sa
// among them, which a map of Vietnam must show.
const simplifyKeepingIslands = amount => `-explode -simplify ${amount} keep-shapes -dissolve ten_tinh copy-fields=code`;
// A 100 m tolerance is about 4 px on a 4K wall showing a whole province; coordinates to 4 decimals
// (~11 m) suit that tolerance.
const province = [simplifyKeepingIslands('interval=100'), 0.0001];
// The national outline is a backdrop: heavily simplified, coarse coordinates, about 100 KB.
const country = [simplifyKeepingIslands('1.5%'), 0.001];

async function buildGeo() {
  let mapshaper;
  try {
    mapshaper = (await import('mapshaper')).default;
  } catch {
    console.warn('mapshaper is not installed: keeping the committed wwwroot/geo files.');
    return;
  }
  const outDir = join(wwwroot, 'geo');
  mkdirSync(outDir, { recursive: true });
  const geo34 = readJson(join(here, 'geo', 'vn-provinces-34-2025.geojson'));
  const geo63 = await toGeoJson(mapshaper, readFileSync(join(here, 'geo', 'vn-provinces-63-pre2025.topojson.json'), 'utf8'));

  for (const [slug, name] of Object.entries(provinces34)) {
    await simplify(mapshaper, pick(geo34, name), ...province, join(outDir, `${slug}.geojson`));
  }
  for (const [slug, name] of Object.entries(provinces63)) {
    await simplify(mapshaper, pick(geo63, name), ...province, join(outDir, `${slug}.geojson`));
  }
  await simplify(mapshaper, geo34, ...country, join(outDir, 'vietnam-34.geojson'));
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function toGeoJson(mapshaper, topojson) {
  const out = await mapshaper.applyCommands('-i in.json -o out.geojson format=geojson', { 'in.json': topojson });
  return JSON.parse(out['out.geojson']);
}

// The sources use the old accent placement ("Khánh Hoà", "Thanh Hoá"); comparing in NFC also
// matches a name stored decomposed.
function pick(collection, name) {
  const wanted = name.normalize('NFC');
  const features = collection.features.filter(f => f.properties.ten_tinh.normalize('NFC') === wanted);
  if (features.length === 0) throw new Error(`No province named ${name}`);
  return { type: 'FeatureCollection', features };
}

async function simplify(mapshaper, collection, command, precision, path) {
  const out = await mapshaper.applyCommands(
    `-i in.json ${command} -o out.geojson format=geojson precision=${precision}`,
    { 'in.json': JSON.stringify(collection) });
  writeFileSync(path, out['out.geojson']);
  console.log(`${path.slice(wwwroot.length + 1)}: ${(out['out.geojson'].length / 1024).toFixed(0)} KB`);
}

copyLibraries();
await buildGeo();
writeFileSync(stamp, 'Written by wwwroot-assets/build.mjs; delete to force the front-end build.\n');
console.log(`Front-end assets written to ${lib}`);
