/*
 * Cockpit configuration of 绩效目标审批: Chinese first (locales/zh.json, with our date formats), the operation log
 * tab and the 预算进度 page. Overrides the file of the same path in camunda-webapp-webjar.
 */
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: ['scripts/operation-log', 'scripts/round-progress']
};
