/*
 * 操作日志: the engine's user operation log of a process instance, as a tab of Cockpit's process instance view.
 * Cockpit Community shows no operation log of its own; this reads the engine's history API of the logged-in admin.
 */
const COLUMNS = ['时间', '用户', '操作', '对象', '属性', '原值', '新值'];

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  row.appendChild(td);
}

async function render(node, {api, processInstanceId}) {
  node.innerHTML = '<p>加载中…</p>';
  const url = `${api.engineApi}/history/user-operation?processInstanceId=${encodeURIComponent(processInstanceId)}`
    + '&sortBy=timestamp&sortOrder=asc';
  try {
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    const entries = await response.json();
    const table = document.createElement('table');
    table.className = 'cam-table operation-log';
    const head = table.createTHead().insertRow();
    COLUMNS.forEach((title) => {
      const th = document.createElement('th');
      th.textContent = title;
      head.appendChild(th);
    });
    const body = table.createTBody();
    entries.forEach((entry) => {
      const row = body.insertRow();
      cell(row, entry.timestamp);
      cell(row, entry.userId);
      cell(row, entry.operationType);
      cell(row, entry.entityType);
      cell(row, entry.property);
      cell(row, entry.orgValue);
      cell(row, entry.newValue);
    });
    node.innerHTML = entries.length ? '' : '<p>没有操作记录。</p>';
    if (entries.length) {
      node.appendChild(table);
    }
  } catch (error) {
    node.innerHTML = '';
    const message = document.createElement('p');
    message.textContent = '无法读取操作日志：' + error.message;
    node.appendChild(message);
  }
}

export default {
  id: 'perftargetOperationLog',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 1,
  render,
  properties: {label: '操作日志'}
};
