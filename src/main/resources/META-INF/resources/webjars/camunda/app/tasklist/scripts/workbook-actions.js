/*
 * Buttons beside the forms for what form-js 1.8 cannot do (no file field, no button of its own), without leaving
 * Tasklist. Every form of the approval offers the table as a workbook in the 绩效目标表 layout; the 填报 form also takes
 * one back: the server checks it (each problem named by sheet and cell) and, when it is clean, the form opens again
 * with the imported table, not yet submitted. The 单位财务's forms of a round (编制项目清单和预算数, 处理交叉校验问题)
 * carry last year's projects over, import projects from a workbook and export the unit-year's. Our API accepts the
 * Tasklist login of this browser; a change carries the webapps' CSRF token, as Tasklist's own requests do.
 */
const BAR_CLASS = 'perftarget-workbook';
const ENGINE_API = '/camunda/api/engine/engine/default';
const FILL = 'fillTargets';
const FORMS = [FILL, 'unitFinanceReview', 'bureauReview'];
const UNIT_FORMS = ['prepareUnitBudget', 'resolveCrossCheck'];
const IMPORTED_NOTICE = 'perftarget.imported';
let decorating = null;

function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

async function getJson(path) {
  const answer = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!answer.ok) {
    throw new Error(path + ': ' + answer.status);
  }
  return answer.json();
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function element(tag, attributes, text) {
  const created = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => created.setAttribute(name, value));
  if (text) {
    created.textContent = text;
  }
  return created;
}

function showResult(bar, kind, lines) {
  const result = bar.querySelector('.perftarget-workbook-result');
  result.className = 'perftarget-workbook-result alert alert-' + kind;
  result.replaceChildren(...lines.map((line) => element('div', {}, line)));
}

/** Posts to our API; on success the form opens again (it reads our tables when it opens) and says `done`. */
async function post(bar, path, body, taskId, doing, done) {
  showResult(bar, 'info', [doing]);
  const headers = {'X-XSRF-TOKEN': csrfToken()};
  if (typeof body === 'string') {
    headers['Content-Type'] = 'application/json';
  }
  const answer = await fetch(path, {method: 'POST', credentials: 'same-origin', body, headers});
  const json = await answer.json().catch(() => ({error: '操作失败（' + answer.status + '）'}));
  if (!answer.ok) {
    const details = (json.fieldErrors || []).map((e) => e.message);
    showResult(bar, 'danger', [json.error || '操作失败'].concat(details));
    return;
  }
  window.sessionStorage.setItem(IMPORTED_NOTICE, taskId + '\n' + done(json));
  window.location.reload();
}

function fileButton(label, onFile) {
  const input = element('input', {type: 'file', accept: '.xlsx', 'class': 'perftarget-workbook-file',
    style: 'display: none;'});
  const button = element('button', {type: 'button', 'class': 'btn btn-default btn-sm perftarget-workbook-import',
    style: 'margin-left: 8px;'}, label);
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      onFile(input.files[0]);
      input.value = '';
    }
  });
  return [button, input];
}

function upload(file) {
  const body = new FormData();
  body.append('file', file);
  return body;
}

function bar(task, submissionId) {
  const created = element('div', {'class': BAR_CLASS, 'data-task': task.id, style: 'margin: 0 0 10px 0;'});
  const exportLink = element('a', {
    'class': 'btn btn-default btn-sm perftarget-workbook-export',
    href: '/api/submissions/' + submissionId + '/xlsx',
    download: ''
  }, '导出 Excel');
  created.append(exportLink);
  if (task.taskDefinitionKey === FILL) {
    created.append(...fileButton('导入 Excel', (file) => post(created, '/api/submissions/' + submissionId + '/xlsx',
      upload(file), task.id, '正在导入「' + file.name + '」…',
      () => '已导入「' + file.name + '」：表单已按导入的内容填好，核对后再提交。')));
  }
  return withResult(created, task);
}

/** The 单位财务's projects of the round: carry last year's over, import, export. */
function unitBar(task, unitCode, year) {
  const created = element('div', {'class': BAR_CLASS, 'data-task': task.id, style: 'margin: 0 0 10px 0;'});
  const unitYear = '/api/units/' + encodeURIComponent(unitCode) + '/years/' + year;
  const carryOver = element('button', {type: 'button', 'class': 'btn btn-default btn-sm perftarget-carry-over'},
    '结转上年项目');
  carryOver.addEventListener('click', () => post(created, '/api/rounds/' + year + '/units/'
    + encodeURIComponent(unitCode) + '/carry-over', '{}', task.id, '正在结转 ' + (year - 1) + ' 年度的项目…',
    (carried) => '已结转 ' + carried.length + ' 个项目，各自等待项目负责人填报。'));
  created.append(carryOver, ...fileButton('导入项目 Excel', (file) => post(created, unitYear + '/xlsx', upload(file),
    task.id, '正在导入「' + file.name + '」…',
    (result) => '已导入「' + file.name + '」：更新 ' + result.updated.length + ' 个，新增 ' + result.created.length + ' 个项目。')),
    element('a', {'class': 'btn btn-default btn-sm perftarget-workbook-export', href: unitYear + '/xlsx', download: '',
      style: 'margin-left: 8px;'}, '导出项目清单'));
  return withResult(created, task);
}

function withResult(created, task) {
  created.append(element('div', {'class': 'perftarget-workbook-result', style: 'margin-top: 8px;'}));
  const notice = window.sessionStorage.getItem(IMPORTED_NOTICE);
  if (notice && notice.startsWith(task.id + '\n')) {
    window.sessionStorage.removeItem(IMPORTED_NOTICE);
    showResult(created, 'success', [notice.substring(task.id.length + 1)]);
  }
  return created;
}

async function decorate() {
  const form = document.querySelector('.fjs-container');
  const taskId = currentTaskId();
  if (!form || !taskId || decorating === taskId) {
    return;
  }
  const existing = form.parentElement.querySelector('.' + BAR_CLASS);
  if (existing && existing.getAttribute('data-task') === taskId) {
    return;
  }
  decorating = taskId;
  try {
    const task = await getJson(ENGINE_API + '/task/' + taskId);
    const unitForm = UNIT_FORMS.includes(task.taskDefinitionKey);
    if (!FORMS.includes(task.taskDefinitionKey) && !unitForm) {
      return;
    }
    const variables = await getJson(ENGINE_API + '/task/' + taskId + '/form-variables?variableNames='
      + (unitForm ? 'unitCode,roundYear' : 'submissionId'));
    const value = (name) => variables[name] && variables[name].value;
    const container = document.querySelector('.fjs-container');
    if (!(unitForm ? value('unitCode') : value('submissionId')) || !container || currentTaskId() !== taskId) {
      return;
    }
    container.parentElement.querySelectorAll('.' + BAR_CLASS).forEach((old) => old.remove());
    container.parentElement.insertBefore(unitForm ? unitBar(task, value('unitCode'), value('roundYear'))
      : bar(task, value('submissionId')), container);
  } catch (failure) {
    // No bar beats a broken form: the task can still be done without Excel.
  } finally {
    decorating = null;
  }
}

new MutationObserver(() => decorate()).observe(document.body, {childList: true, subtree: true});
