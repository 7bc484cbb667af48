/*
 * Tasklist configuration of 绩效目标审批: Chinese first, the fix for dynamic-list validity, readable errors, the Excel
 * and round buttons beside the forms, and the 预算进度 link.
 * Overrides the file of the same path in camunda-webapp-webjar.
 */
export default {
  app: {
    name: '绩效目标审批',
    vendor: '财政局'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['scripts/dynamic-list-validity', 'scripts/readable-errors', 'scripts/workbook-actions',
    'scripts/round-progress-link'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
