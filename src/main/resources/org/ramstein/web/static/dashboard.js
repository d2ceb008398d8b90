// Ramstein dashboard: draws the charts described in data-chart attributes (ECharts, SVG so they print crisply), and
// opens the provenance panel that htmx loads into #provenance. The pages work without this script: every chart has its
// table and every figure link opens the same panel as a page of its own.
(function () {
  'use strict';
  // Okabe–Ito colours, distinguishable with any common colour-vision deficiency; bars also carry patterns (decals).
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

  function option(spec) {
    var valueAxis = { type: 'value', name: spec.unit, nameGap: 8, axisLabel: { formatter: function (v) { return fmt.format(v); } } };
    // counts (units, items) never get fractional ticks: "0.2 units" is not a thing
    var whole = spec.series.every(function (s) { return s.values.every(function (v) { return v == null || Number.isInteger(v); }); });
    if (whole) valueAxis.minInterval = 1;
    var catAxis = { type: 'category', data: spec.categories, axisLabel: { hideOverlap: true, width: 150, overflow: 'truncate' } };
    var horizontal = spec.horizontal;
    // a horizontal chart's value axis runs along the bottom: its unit goes under it, where it has room
    if (horizontal) { valueAxis.nameLocation = 'middle'; valueAxis.nameGap = 26; }
    return {
      color: PALETTE,
      aria: { enabled: true, decal: { show: spec.kind === 'bar' } },
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : fmt.format(v) + ' ' + (spec.unit || ''); } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: horizontal ? 150 : 60, right: 24, top: 40, bottom: horizontal ? 52 : 40, containLabel: !horizontal },
      xAxis: horizontal ? valueAxis : catAxis,
      yAxis: horizontal ? Object.assign({}, catAxis, { inverse: true }) : valueAxis,
      series: spec.series.map(function (s, i) {
        return {
          name: s.name, type: spec.kind, data: s.values, stack: spec.stacked ? 'total' : undefined,
          symbol: ['circle', 'rect', 'triangle', 'diamond'][i % 4], symbolSize: 6,
          lineStyle: spec.kind === 'line' ? { width: 2.5, type: ['solid', 'dashed', 'dotted', 'solid'][i % 4] } : undefined,
          emphasis: { focus: 'series' }
        };
      })
    };
  }

  function drawCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.drawn) return;
      var spec = JSON.parse(el.dataset.chart);
      // horizontal bars: as tall as their rows need, so one donor is not one huge bar
      if (spec.horizontal) el.style.height = Math.max(160, Math.min(900, 34 * spec.categories.length * Math.max(1, spec.series.length / 2) + 90)) + 'px';
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option(spec));
      el.dataset.drawn = 'true';
    });
  }

  var lastFocus = null;
  function panel() { return document.getElementById('provenance'); }
  function closePanel() {
    var p = panel();
    p.classList.remove('open');
    p.innerHTML = '';
    if (lastFocus) lastFocus.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    // a claim's whole text opens at its highlighted words
    document.querySelectorAll('.doc').forEach(function (box) {
      var m = box.querySelector('mark');
      if (m) box.scrollTop = Math.max(0, m.offsetTop - box.clientHeight / 3);
    });
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-chart]').forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); });
    });
    document.body.addEventListener('htmx:beforeRequest', function (e) {
      if (e.detail.target && e.detail.target.id === 'provenance') lastFocus = document.activeElement;
    });
    document.body.addEventListener('htmx:afterSwap', function (e) {
      if (e.detail.target && e.detail.target.id === 'provenance') {
        var p = panel();
        p.classList.add('open');
        p.focus();
      }
      drawCharts(e.detail.target || document);
    });
    document.body.addEventListener('click', function (e) {
      if (e.target.closest('[data-close-panel]')) closePanel();
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && panel().classList.contains('open')) closePanel();
    });
  });
})();
// Printing: every folded table and counting rule is printed open (browsers without ::details-content), and folded again after.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
// Forms sent with htmx (the import upload): a refused form (422) is shown like any page, and the upload reports its progress.
document.addEventListener('htmx:beforeSwap', function (e) {
  if (e.detail.xhr && e.detail.xhr.status === 422) { e.detail.shouldSwap = true; e.detail.isError = false; }
});
document.addEventListener('htmx:xhr:progress', function (e) {
  var bar = document.getElementById('upload-progress');
  if (bar && e.detail.lengthComputable) { bar.hidden = false; bar.value = Math.round(e.detail.loaded / e.detail.total * 100); }
});
