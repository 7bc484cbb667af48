/*
 * Cockpit configuration of 绩效目标审批. Overrides the file of the same path in camunda-webapp-webjar.
 */
export default {
  customScripts: ['scripts/operation-log']
};
