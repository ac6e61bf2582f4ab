// The dashboard page: reads the dashboard-service API with the session of the OIDC code-flow log-in and draws the
// charts with Chart.js. Every number shown comes from the API; nothing is computed here but percentages for display.
'use strict';

const CHANNELS = { COUNTER: 'Trực tiếp', ONLINE: 'Trực tuyến', POSTAL: 'Bưu chính công ích', HOME_APPOINTMENT: 'Tại nhà' };
const charts = {};
const CRITERIA = { PORTAL_SYNC: 'Đồng bộ Cổng DVCQG', ON_TIME: 'Đúng hạn', ONLINE_SUBMISSION: 'Nộp trực tuyến', ONLINE_PAYMENT: 'Thanh toán trực tuyến',
  SATISFACTION: 'Hài lòng', ELECTRONIC_RESULTS: 'Kết quả điện tử', DIGITISED_COMPONENTS: 'Số hóa thành phần hồ sơ',
  REUSED_DATA: 'Tái sử dụng dữ liệu số' };

async function api(path) {
  const res = await fetch(path, { headers: { 'X-Requested-With': 'JavaScript', Accept: 'application/json' } });
  if (res.status === 499 || res.status === 401) { location.reload(); throw new Error('phiên đăng nhập đã hết'); }
  if (!res.ok) {
    let detail = res.statusText;
    try { const p = await res.json(); detail = p.detail_vi || p.detail || detail; } catch (e) { /* not problem+json */ }
    throw new Error(detail);
  }
  return res.json();
}

function pct(v) { return v === null || v === undefined ? '–' : (v * 100).toFixed(1).replace('.', ',') + '%'; }
function num(v) { return v === null || v === undefined ? '–' : Number(v).toLocaleString('vi-VN'); }

function query() {
  const q = new URLSearchParams();
  const agency = document.getElementById('agency').value;
  if (agency) q.set('agency', agency);
  const period = document.getElementById('period').value;
  if (period === 'custom') {
    const from = document.getElementById('from').value, to = document.getElementById('to').value;
    if (from) q.set('from', from);
    if (to) q.set('to', to);
  } else if (period) {
    q.set('period', period);
  }
  return q.toString();
}

function periods() {
  const sel = document.getElementById('period');
  const y = new Date().getFullYear();
  const opts = [[String(y), 'Năm ' + y], [String(y - 1), 'Năm ' + (y - 1)]];
  for (let q = 1; q <= 4; q++) opts.push([y + '-Q' + q, 'Quý ' + q + '/' + y]);
  for (let m = 1; m <= 12; m++) { const mm = String(m).padStart(2, '0'); opts.push([y + '-' + mm, 'Tháng ' + m + '/' + y]); }
  opts.push(['custom', 'Khoảng tùy chọn…']);
  sel.innerHTML = opts.map(([v, t]) => `<option value="${v}">${t}</option>`).join('');
  const toggle = () => document.querySelectorAll('.custom').forEach(e => { e.style.display = sel.value === 'custom' ? '' : 'none'; });
  sel.addEventListener('change', toggle);
  toggle();
}

function fillTable(id, headings, rows, numeric) {
  const esc = s => String(s === null || s === undefined ? '' : s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const head = '<thead><tr>' + headings.map(h => `<th scope="col">${esc(h)}</th>`).join('') + '</tr></thead>';
  const body = rows.length === 0 ? `<tbody><tr><td colspan="${headings.length}">Không có dữ liệu</td></tr></tbody>`
    : '<tbody>' + rows.map(r => '<tr>' + r.map((c, i) => `<td class="${numeric && numeric(i, c) ? 'n' : ''}">${esc(c)}</td>`).join('') + '</tr>').join('') + '</tbody>';
  document.getElementById(id).innerHTML = head + body;
}

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart(document.getElementById(id), config);
}

function exports() {
  const q = query();
  document.querySelectorAll('.exports').forEach(span => {
    const t = span.dataset.table;
    span.innerHTML = `<a href="/api/v1/exports/${t}.csv?${q}" download>CSV</a><a href="/api/v1/exports/${t}.xlsx?${q}" download>XLSX</a>`;
  });
}

async function load() {
  const status = document.getElementById('status');
  status.textContent = 'Đang tải…';
  try {
    const q = query();
    const [ind, trend, units, channels, overdue, postal, postalStaff] = await Promise.all([
      api('/api/v1/indicators?' + q), api('/api/v1/indicators/trend?' + q), api('/api/v1/indicators/units?' + q),
      api('/api/v1/indicators/channels?' + q), api('/api/v1/follow-up/overdue?' + new URLSearchParams(q).toString()),
      api('/api/v1/follow-up/postal?' + q), api('/api/v1/follow-up/postal?by=staff&' + q)]);
    document.getElementById('received-total').textContent = num(ind.received.total);
    document.getElementById('received-online').textContent = 'trực tuyến ' + pct(ind.onlineShare.value);
    document.getElementById('done-total').textContent = num(ind.done.total);
    document.getElementById('done-late').textContent = 'trễ hạn ' + num(ind.done.late);
    document.getElementById('on-time-rate').textContent = pct(ind.onTimeRate.value);
    document.getElementById('overdue-total').textContent = num(ind.inProgress.pastDeadline);
    document.getElementById('overdue-no-apology').textContent = 'chưa xin lỗi ' + num(ind.apologies.overdueWithoutApology);
    document.getElementById('score').textContent = num(ind.score.earned);
    document.getElementById('score-available').textContent = 'trên ' + num(ind.score.available) + ' điểm đo được';

    const col = (table, heading) => table.headings.indexOf(heading);
    draw('trend-chart', { type: 'bar', data: { labels: trend.rows.map(r => r[0]), datasets: [
      { label: 'Trước hạn', data: trend.rows.map(r => r[col(trend, 'Trước hạn')]), stack: 'done', backgroundColor: '#2e7d32' },
      { label: 'Đúng hạn', data: trend.rows.map(r => r[col(trend, 'Đúng hạn')]), stack: 'done', backgroundColor: '#1565c0' },
      { label: 'Trễ hạn', data: trend.rows.map(r => r[col(trend, 'Trễ hạn')]), stack: 'done', backgroundColor: '#c62828' },
      { label: 'Tiếp nhận', data: trend.rows.map(r => r[col(trend, 'Tiếp nhận')]), type: 'line', borderColor: '#6d4c41' }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false } });
    draw('units-chart', { type: 'bar', data: { labels: units.rows.map(r => r[1]), datasets: [
      { label: 'Tiếp nhận', data: units.rows.map(r => r[col(units, 'Tiếp nhận')]), backgroundColor: '#1565c0' },
      { label: 'Trễ hạn', data: units.rows.map(r => r[col(units, 'Trễ hạn')]), backgroundColor: '#c62828' }] },
      options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false } });
    draw('channels-chart', { type: 'doughnut', data: { labels: Object.keys(ind.received.byChannel).map(k => CHANNELS[k] || k),
      datasets: [{ data: Object.values(ind.received.byChannel), backgroundColor: ['#1565c0', '#2e7d32', '#f9a825', '#6d4c41'] }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false } });

    const rates = [['Đồng bộ lên Cổng DVCQG', ind.portalSynced], ['Tỷ lệ đúng hạn', ind.onTimeRate], ['Tỷ lệ hồ sơ trực tuyến', ind.onlineShare], ['Tỷ lệ thanh toán trực tuyến', ind.paidOnline],
      ['Thành phần hồ sơ số hóa', ind.digitisedComponents], ['Tái sử dụng dữ liệu số', ind.reusedData], ['Kết quả điện tử', ind.electronicResults],
      ['Hài lòng', ind.satisfaction.satisfiedRate]];
    fillTable('indicators-table', ['Chỉ số', 'Giá trị', 'Tử số', 'Mẫu số', 'Cách tính'], [
      ['Tiếp nhận', num(ind.received.total), '', '', Object.entries(ind.received.byChannel).map(([k, v]) => (CHANNELS[k] || k) + ' ' + v).join(', ')],
      ['Đã giải quyết', num(ind.done.total), '', '', `trước hạn ${ind.done.early}, đúng hạn ${ind.done.onTime}, trễ hạn ${ind.done.late}`],
      ['Đang giải quyết', num(ind.inProgress.total), '', '', `trong hạn ${ind.inProgress.withinDeadline}, quá hạn ${ind.inProgress.pastDeadline}; tạm dừng ${ind.paused.total}`],
      ['Thời gian giải quyết TB (ngày làm việc)', ind.averageProcessingDays.value ?? '–', '', ind.averageProcessingDays.count, ind.averageProcessingDays.formula],
      ...rates.map(([label, r]) => [label, pct(r.value), r.numerator, r.denominator, r.formula]),
      ['Văn bản xin lỗi', num(ind.apologies.issued), '', '', `trễ hạn chưa xin lỗi: ${ind.apologies.doneLateWithoutApology} đã giải quyết, ${ind.apologies.overdueWithoutApology} đang giải quyết`],
      ...ind.score.criteria.map(c => ['Điểm: ' + (CRITERIA[c.criterion] || c.criterion), c.earned + ' / ' + c.points, c.rate === null ? '–' : pct(c.rate), 'mục tiêu ' + pct(c.target), c.formula])],
      i => i >= 1 && i <= 3);
    fillTable('overdue-table', ['Mã hồ sơ', 'Đơn vị', 'Thủ tục', 'Cán bộ', 'Hạn', 'Tình trạng', 'Ngày LV quá hạn', 'Xin lỗi'],
      overdue.map(o => [o.dossierCode, o.agencyCode, o.procedureName || o.procedureCode, o.assignee || '', new Date(o.dueAt).toLocaleString('vi-VN'),
        o.stage === 'OVERDUE' ? 'Quá hạn' : 'Sắp đến hạn', o.workingDaysLate, o.apologyIssued ? 'Đã xin lỗi' : 'Chưa']), i => i === 6);
    const postalRow = (r, staff) => [r.desk, r.deskName, ...(staff ? [r.staff] : []), r.received, r.slipSupplement, r.slipRefusal,
      r.supplementInProcessing, pct(r.supplementRate.value), r.medianHandOverHours ?? '–', r.returnedByPost, r.returnedByPostOnTime];
    const postalHead = ['Tiếp nhận', 'Phiếu bổ sung', 'Phiếu từ chối', 'Bổ sung khi giải quyết', 'Tỷ lệ bổ sung', 'Trung vị chuyển (giờ)', 'Trả qua bưu chính', 'Đúng hạn'];
    fillTable('postal-table', ['Mã điểm', 'Tên điểm', ...postalHead], postal.map(r => postalRow(r, false)), i => i >= 2);
    fillTable('postal-staff-table', ['Mã điểm', 'Tên điểm', 'Nhân viên', ...postalHead], postalStaff.map(r => postalRow(r, true)), i => i >= 3);
    exports();
    status.textContent = '';
    document.body.dataset.loaded = 'true';
  } catch (e) {
    status.textContent = 'Không tải được số liệu: ' + e.message;
  }
}

async function start() {
  periods();
  try {
    const me = await api('/api/v1/me');
    document.getElementById('viewer').textContent = me.username + (me.province ? ' (toàn tỉnh)' : me.agency ? ' (' + me.agency + ')' : '');
    const sel = document.getElementById('agency');
    me.agencies.forEach(a => { const o = document.createElement('option'); o.value = a.code; o.textContent = a.name; sel.appendChild(o); });
  } catch (e) {
    document.getElementById('status').textContent = 'Không có quyền xem bảng điều hành: ' + e.message;
    return;
  }
  document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); load(); });
  load();
}

window.dashboardCharts = charts;
document.addEventListener('DOMContentLoaded', start);
