/*
 * ecopark-flow configuration of the Camunda Cockpit webapp (overrides the file of the same path in the
 * camunda-webapp-webjar). Language choice, branding and date formats are shared by all four
 * webapps in ../../ecopark/locale.js; the translations are in ../locales/zh.json.
 */
import {appConfig, customScripts, dateFormat, localesConfig} from '../../ecopark/locale.js';

export default {
  app: appConfig(),
  dateFormat: dateFormat,
  locales: localesConfig(),
  // staff: the dashboard link in the header.
  customScripts: [...customScripts, '../ecopark/staff']
};
