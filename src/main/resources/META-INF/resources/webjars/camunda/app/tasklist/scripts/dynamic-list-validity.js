/*
 * Tasklist 7.24 disables "Complete" as soon as a field inside a form-js dynamic list is edited: form-js 1.8
 * reports an empty error list for every list field, and Tasklist counts the keys, not the errors. This judges
 * the form's validity by the errors form-js actually shows. Completing still validates the whole form.
 */
const COMPLETE_BUTTON = 'button[ng-click="complete()"]';
const watchedScopes = new WeakSet();

function shownErrors(form) {
  return form.querySelector('.fjs-has-errors') !== null;
}

/** The scope of Tasklist's form directive: the one that owns disableCompleteButton and $invalid. */
function formDirectiveScope(button) {
  let scope = window.angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  return scope;
}

function syncCompleteButton() {
  const button = document.querySelector(COMPLETE_BUTTON);
  const form = document.querySelector('.fjs-form');
  if (!button || !form || !window.angular) {
    return;
  }
  const scope = formDirectiveScope(button);
  if (!scope) {
    return;
  }
  if (!watchedScopes.has(scope)) {
    watchedScopes.add(scope);
    scope.$watch('$invalid', () => setTimeout(syncCompleteButton, 0));
  }
  const invalid = shownErrors(form);
  if (scope.$invalid !== invalid) {
    scope.$invalid = invalid;
    scope.$applyAsync();
  }
}

function schedule() {
  setTimeout(syncCompleteButton, 0);
}

['input', 'change', 'click', 'keyup', 'focusout'].forEach((type) => document.addEventListener(type, schedule, true));
new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true, attributes: true,
  attributeFilter: ['class']});
