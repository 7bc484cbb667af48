/*
 * 导出 Excel / 导入 Excel beside the approval's forms, without leaving Tasklist (form-js 1.8 has no file field).
 * Every form of the approval offers the table as a workbook in the 绩效目标表 layout; the 填报 form also takes one
 * back: the server checks it (each problem named by sheet and cell) and, when it is clean, the form opens again
 * with the imported table, not yet submitted. Our API accepts the Tasklist login of this browser; a change carries
 * the webapps' CSRF token, as Tasklist's own requests do.
 */
const BAR_CLASS = 'perftarget-workbook';
const ENGINE_API = '/camunda/api/engine/engine/default';
const FILL = 'fillTargets';
const FORMS = [FILL, 'unitFinanceReview', 'bureauReview'];
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

async function importWorkbook(bar, submissionId, taskId, file) {
  showResult(bar, 'info', ['正在导入「' + file.name + '」…']);
  const body = new FormData();
  body.append('file', file);
  const answer = await fetch('/api/submissions/' + submissionId + '/xlsx', {
    method: 'POST', credentials: 'same-origin', body, headers: {'X-XSRF-TOKEN': csrfToken()}
  });
  const json = await answer.json().catch(() => ({error: '导入失败（' + answer.status + '）'}));
  if (!answer.ok) {
    const details = (json.fieldErrors || []).map((e) => e.message);
    showResult(bar, 'danger', [json.error || '导入失败'].concat(details));
    return;
  }
  // The form reads the table when it opens: open it again, and say so once it has.
  window.sessionStorage.setItem(IMPORTED_NOTICE, taskId + '\n已导入「' + file.name + '」：表单已按导入的内容填好，核对后再提交。');
  window.location.reload();
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
    const input = element('input', {type: 'file', accept: '.xlsx', 'class': 'perftarget-workbook-file',
      style: 'display: none;'});
    const button = element('button', {type: 'button', 'class': 'btn btn-default btn-sm perftarget-workbook-import',
      style: 'margin-left: 8px;'}, '导入 Excel');
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files.length > 0) {
        importWorkbook(created, submissionId, task.id, input.files[0]);
        input.value = '';
      }
    });
    created.append(button, input);
  }
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
    if (!FORMS.includes(task.taskDefinitionKey)) {
      return;
    }
    const variables = await getJson(ENGINE_API + '/task/' + taskId + '/form-variables?variableNames=submissionId');
    const submissionId = variables.submissionId && variables.submissionId.value;
    const container = document.querySelector('.fjs-container');
    if (!submissionId || !container || currentTaskId() !== taskId) {
      return;
    }
    container.parentElement.querySelectorAll('.' + BAR_CLASS).forEach((old) => old.remove());
    container.parentElement.insertBefore(bar(task, submissionId), container);
  } catch (failure) {
    // No bar beats a broken form: the task can still be done without Excel.
  } finally {
    decorating = null;
  }
}

new MutationObserver(() => decorate()).observe(document.body, {childList: true, subtree: true});
