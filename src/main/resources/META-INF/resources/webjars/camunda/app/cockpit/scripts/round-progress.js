/*
 * 预算进度: a budget year's round at a glance — one stacked bar of stages per unit and a table per unit (projects by
 * stage, Σ 本年度金额, cross-check, deadline, 逾期, 批复 and 公开), with the CSV / xlsx downloads of our API.
 * A Cockpit page for administrators (navigation 预算进度); Tasklist opens the same renderer for the finance bureau
 * (scripts/round-progress-link.js). The data is GET /api/rounds and /api/rounds/{year}/progress, which accept the
 * webapps' login of this browser.
 */
const STAGES = [
  {code: 'fillTargets', label: '填报', color: '#9ecae1'},
  {code: 'validateTargets', label: '自动校验', color: '#c6dbef'},
  {code: 'unitFinanceReview', label: '单位财务审核', color: '#fdae6b'},
  {code: 'bureauReview', label: '财政局审核', color: '#fd8d3c'},
  {code: 'approved', label: '已批准', color: '#74c476'}
];
const FIGURES = {NO_FIGURES: '未录入预算数', MATCHES: '一致', MISMATCH: '不一致'};
const SVG = 'http://www.w3.org/2000/svg';

function element(tag, attributes, text) {
  const created = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => created.setAttribute(name, value));
  if (text != null) {
    created.textContent = String(text);
  }
  return created;
}

function svg(tag, attributes, text) {
  const created = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => created.setAttribute(name, value));
  if (text != null) {
    created.textContent = String(text);
  }
  return created;
}

async function getJson(path) {
  const answer = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!answer.ok) {
    const body = await answer.json().catch(() => ({}));
    throw new Error(body.error || ('HTTP ' + answer.status));
  }
  return answer.json();
}

function chart(units) {
  const width = 640;
  const label = 150;
  const bar = 16;
  const gap = 6;
  const height = 30 + units.length * (bar + gap);
  const root = svg('svg', {width: width + label + 60, height, 'class': 'perftarget-stage-chart',
    role: 'img', 'aria-label': '各单位项目所处环节'});
  let x = label;
  STAGES.forEach((stage) => {
    root.append(svg('rect', {x, y: 4, width: 12, height: 12, fill: stage.color}));
    root.append(svg('text', {x: x + 16, y: 14, 'font-size': 12}, stage.label));
    x += 24 + stage.label.length * 13;
  });
  const most = Math.max(1, ...units.map((unit) => unit.projects));
  units.forEach((unit, i) => {
    const y = 28 + i * (bar + gap);
    root.append(svg('text', {x: 0, y: y + 12, 'font-size': 12}, unit.unitCode + ' ' + unit.unitName.slice(0, 8)));
    let offset = label;
    STAGES.forEach((stage) => {
      const count = unit.byStage[stage.code] || 0;
      if (count > 0) {
        const w = count / most * width;
        const rect = svg('rect', {x: offset, y, width: w, height: bar, fill: stage.color,
          'data-stage': stage.code});
        rect.append(svg('title', {}, stage.label + '：' + count + ' 个'));
        root.append(rect);
        offset += w;
      }
    });
    root.append(svg('text', {x: offset + 4, y: y + 12, 'font-size': 12}, unit.projects));
  });
  return root;
}

function table(units) {
  const columns = ['单位编码', '单位名称', '项目数'].concat(STAGES.map((s) => s.label),
    ['本年度金额合计（万元）', '与预算数核对', '报送截止日', '逾期', '交叉校验', '批复日期', '公开日期']);
  const created = element('table', {'class': 'cam-table perftarget-progress-table'});
  const head = created.createTHead().insertRow();
  columns.forEach((title) => head.append(element('th', {}, title)));
  const body = created.createTBody();
  units.forEach((unit) => {
    const round = unit.round || {};
    const row = body.insertRow();
    [unit.unitCode, unit.unitName, unit.projects].concat(STAGES.map((s) => unit.byStage[s.code] || 0),
      [unit.yearAmount, FIGURES[unit.crossCheck] || unit.crossCheck, round.deadline || '',
        round.deadline ? (round.overdue ? '逾期' : '') : '', round.crossCheck || '', round.approvedOn || '',
        round.publishedOn || '']).forEach((value) => row.append(element('td', {}, value)));
    if (round.overdue) {
      row.className = 'danger';
    }
  });
  return created;
}

async function show(node, year) {
  const content = node.querySelector('.perftarget-progress-content');
  content.replaceChildren(element('p', {}, '加载中…'));
  try {
    const units = await getJson('/api/rounds/' + year + '/progress');
    const downloads = element('p', {});
    ['csv', 'xlsx'].forEach((format) => downloads.append(element('a', {
      href: '/api/rounds/' + year + '/progress?format=' + format, download: '',
      'class': 'btn btn-default btn-sm perftarget-progress-' + format, style: 'margin-right: 8px;'
    }, '下载 ' + format.toUpperCase())));
    const overdue = units.filter((unit) => unit.round && unit.round.overdue).length;
    const summary = element('p', {'class': 'perftarget-progress-summary'}, year + ' 年度：' + units.length + ' 个单位，'
      + units.reduce((sum, unit) => sum + unit.projects, 0) + ' 个项目，逾期单位 ' + overdue + ' 个');
    content.replaceChildren(summary, downloads, element('div', {style: 'max-height: 420px; overflow: auto;'}),
      table(units));
    content.children[2].append(chart(units));
  } catch (failure) {
    content.replaceChildren(element('p', {'class': 'text-danger'}, '无法读取进度：' + failure.message));
  }
}

/** Renders the page into `node`: the years that have a round to choose from, the latest first. */
export async function renderProgress(node) {
  node.replaceChildren(element('h2', {}, '预算进度'));
  const choose = element('select', {'class': 'form-control perftarget-progress-year', style: 'width: 20em;'});
  const content = element('div', {'class': 'perftarget-progress-content'});
  node.append(choose, content);
  try {
    const rounds = await getJson('/api/rounds');
    if (rounds.length === 0) {
      content.append(element('p', {}, '还没有开启任何预算轮次。'));
      return;
    }
    rounds.forEach((round) => choose.append(element('option', {value: round.year},
      round.year + ' 年度（' + round.units + ' 个单位）')));
    choose.addEventListener('change', () => show(node, choose.value));
    await show(node, rounds[0].year);
  } catch (failure) {
    content.append(element('p', {'class': 'text-danger'}, '无法读取预算轮次：' + failure.message));
  }
}

export default [
  {
    id: 'perftargetRoundProgress',
    pluginPoint: 'cockpit.route',
    priority: 1,
    properties: {path: '/round-progress'},
    render: (node) => {
      node.style.padding = '16px';
      renderProgress(node);
    }
  },
  {
    id: 'perftargetRoundProgressNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 1,
    properties: {path: '/round-progress'},
    render: (node) => {
      node.replaceChildren(element('a', {href: '#/round-progress'}, '预算进度'));
    }
  }
];
