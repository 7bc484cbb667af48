/*
 * Welcome configuration of 绩效目标审批: Chinese first (locales/zh.json), with our date formats.
 * Overrides the file of the same path in camunda-webapp-webjar.
 */
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
