/*
 * When the server refuses a form (our task listeners check every submitted table and review), the engine wraps the
 * Chinese message in English ("Cannot submit task form …: ENGINE-03051 … invoking TaskListener: 结束时间…").
 * Show the person only the message meant for them.
 */
const WRAPPED = /Exception while invoking TaskListener: ([\s\S]*?)'?\s*$/;

function unwrapServerMessages() {
  document.querySelectorAll('.notifications .message').forEach((message) => {
    const match = WRAPPED.exec(message.textContent);
    if (match) {
      message.textContent = match[1];
    }
  });
}

new MutationObserver(unwrapServerMessages).observe(document.body, {childList: true, subtree: true});
