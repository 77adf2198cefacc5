// A thin ES module over the bundled ApexCharts (lib/apexcharts, from npm; no CDN), driven by ApexChart.razor.cs:
// create / update / dispose by id. The options object comes typed from C# (ApexChartOptions) and is passed through.
const charts = new Map();
let library;

export async function create(id, element, options) {
  await load();
  const chart = new window.ApexCharts(element, withDefaults(options));
  charts.set(id, chart);
  await chart.render();
}

export async function update(id, options) {
  const chart = charts.get(id);
  if (chart) await chart.updateOptions(withDefaults(options), true, false);
}

export function dispose(id) {
  const chart = charts.get(id);
  charts.delete(id);
  if (chart) chart.destroy();
}

function withDefaults(options) {
  // Numbers carry their own format from C#: values are counts, or rates as fractions shown as percents.
  const percent = v => (v === null || v === undefined ? '—' : `${Math.round(v * 100)} %`);
  const count = v => (v === null || v === undefined ? '—' : Math.round(v).toLocaleString('vi-VN'));
  const seen = new Set();
  const yaxis = (options.yAxes || []).map(a => ({
    // A second axis naming the same series shares its scale and is not drawn again.
    show: !seen.has(a.seriesNames) && !!seen.add(a.seriesNames),
    seriesName: a.seriesNames, opposite: a.opposite, min: a.percent ? 0 : undefined, max: a.percent ? 1 : undefined,
    title: { text: a.title }, labels: { formatter: a.percent ? percent : count },
  }));
  return {
    chart: { type: options.type, height: options.height, fontFamily: 'inherit', toolbar: { show: false }, animations: { enabled: false } },
    series: options.series.map(s => ({ name: s.name, type: s.type || options.type, data: s.data })),
    xaxis: { categories: options.categories, labels: { rotate: -45, hideOverlappingLabels: true } },
    yaxis: yaxis.length ? yaxis : undefined,
    colors: options.colors && options.colors.length ? options.colors : undefined,
    stroke: { width: options.series.map(s => ((s.type || options.type) === 'line' ? 3 : 0)) },
    dataLabels: { enabled: false },
    legend: { position: 'top' },
    plotOptions: { bar: { horizontal: !!options.horizontal, borderRadius: 2 } },
    tooltip: { shared: true, intersect: false },
    noData: { text: options.noData },
  };
}

function load() {
  library ??= new Promise((resolve, reject) => {
    if (window.ApexCharts) return resolve();
    const script = document.createElement('script');
    script.src = 'lib/apexcharts/apexcharts.min.js';
    script.onload = resolve;
    script.onerror = () => { library = undefined; reject(new Error('apex-chart: cannot load the library')); };
    document.head.appendChild(script);
    if (!document.querySelector('link[href="lib/apexcharts/apexcharts.css"]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'lib/apexcharts/apexcharts.css';
      document.head.appendChild(link);
    }
  });
  return library;
}
