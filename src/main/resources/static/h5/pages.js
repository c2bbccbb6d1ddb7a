// Charts (ECharts from its webjar) and the branch table's sorting and filtering. Figures come from the
// server as rendered; nothing is computed here.
(function () {
  function chartOf(id) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined' || !el.dataset.chart) { return null; }
    return { el: el, data: JSON.parse(el.dataset.chart) };
  }

  function baseChart() {
    var c = chartOf('base-chart');
    if (!c) { return; }
    // Month numbers from the server, labelled as the page's data-month-label says ({m}月).
    var label = function (m) { return (c.el.dataset.monthLabel || '{m}').replace('{m}', m); };
    var months = c.data.months.map(label);
    var provisional = c.data.provisional ? label(c.data.provisional) : null;
    var chart = echarts.init(c.el, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 36, right: 12, top: 24, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', min: 0, max: 70 },
      series: [{
        name: '基础分', type: 'line', data: c.data.base.map(Number), label: { show: true },
        markArea: provisional ? { itemStyle: { color: 'rgba(36,91,219,0.08)' },
          data: [[{ name: '本月进行中', xAxis: provisional }, { xAxis: provisional }]] } : undefined
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function branchChart() {
    var c = chartOf('branch-chart');
    if (!c) { return; }
    var names = {};
    c.data.tiers.forEach(function (t) { Object.keys(t).forEach(function (k) { names[k] = true; }); });
    var chart = echarts.init(c.el, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 36, right: 12, top: 40, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: c.data.branches },
      yAxis: { type: 'value', minInterval: 1, name: '人数' },
      series: Object.keys(names).map(function (name) {
        return { name: name, type: 'bar', stack: 'tiers',
          data: c.data.tiers.map(function (t) { return t[name] || 0; }) };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function sortable() {
    document.querySelectorAll('table.sortable').forEach(function (table) {
      var heads = table.querySelectorAll('th[data-sort]');
      heads.forEach(function (th, column) {
        th.addEventListener('click', function () {
          var asc = !th.classList.contains('sorted-asc');
          heads.forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
          th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var numeric = th.dataset.sort === 'number';
          rows.sort(function (a, b) {
            var x = a.cells[column], y = b.cells[column];
            var cmp = numeric
              ? (parseFloat(x.dataset.value || '-1') - parseFloat(y.dataset.value || '-1'))
              : x.textContent.trim().localeCompare(y.textContent.trim(), 'zh-CN');
            return asc ? cmp : -cmp;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function filter() {
    var text = document.getElementById('filter');
    var only = document.getElementById('only-unrecorded');
    if (!text || !only) { return; }
    function apply() {
      var q = text.value.trim();
      document.querySelectorAll('#members tr.member').forEach(function (row) {
        var show = (!q || row.dataset.name.indexOf(q) >= 0) && (!only.checked || row.dataset.unrecorded !== '0');
        row.style.display = show ? '' : 'none';
      });
    }
    text.addEventListener('input', apply);
    only.addEventListener('change', apply);
  }

  document.addEventListener('DOMContentLoaded', function () {
    baseChart();
    branchChart();
    sortable();
    filter();
  });
})();
