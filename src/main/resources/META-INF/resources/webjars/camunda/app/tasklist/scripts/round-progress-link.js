/*
 * 预算进度 in Tasklist for the finance bureau (and administrators): a link in the header, shown to whoever our API lets
 * read the rounds, opening the same page Cockpit shows (../cockpit/scripts/round-progress.js) over the task list.
 */
const LINK_CLASS = 'perftarget-progress-link';
const PANEL_CLASS = 'perftarget-progress-panel';
const RENDERER = '/camunda/app/cockpit/scripts/round-progress.js';
let allowed = null;

async function mayRead() {
  if (allowed === null) {
    allowed = fetch('/api/rounds', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((answer) => answer.ok).catch(() => false);
  }
  return allowed;
}

async function open() {
  document.querySelectorAll('.' + PANEL_CLASS).forEach((old) => old.remove());
  const panel = document.createElement('div');
  panel.className = PANEL_CLASS;
  panel.setAttribute('style', 'position: fixed; top: 50px; left: 20px; right: 20px; bottom: 20px; z-index: 2000; '
    + 'background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 16px; overflow: auto;');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default btn-sm pull-right perftarget-progress-close';
  close.textContent = '关闭';
  close.addEventListener('click', () => panel.remove());
  const page = document.createElement('div');
  panel.append(close, page);
  document.body.append(panel);
  const {renderProgress} = await import(RENDERER);
  await renderProgress(page);
}

async function addLink() {
  // Beside 发起流程 in the header.
  const startProcess = document.querySelector('.start-process-action');
  const nav = startProcess && startProcess.parentElement;
  if (!nav || nav.querySelector('.' + LINK_CLASS) || !(await mayRead())) {
    return;
  }
  if (nav.querySelector('.' + LINK_CLASS)) {
    // Another change of the page added it while this one waited for the answer.
    return;
  }
  const item = document.createElement('li');
  item.className = LINK_CLASS;
  const link = document.createElement('a');
  link.href = '';
  link.textContent = '预算进度';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  item.append(link);
  nav.insertBefore(item, startProcess);
}

new MutationObserver(() => addLink()).observe(document.body, {childList: true, subtree: true});
