/*
 * ecopark-flow configuration of the Camunda Tasklist webapp (overrides the file of the same path in the
 * camunda-webapp-webjar). Language choice, branding and date formats are shared by all four
 * webapps in ../../ecopark/locale.js; the translations are in ../locales/zh.json.
 */
import {appConfig, currentLocale, customScripts, dateFormat, localesConfig} from '../../ecopark/locale.js';

const zh = currentLocale() === 'zh';

export default {
  app: appConfig(),
  dateFormat: dateFormat,
  locales: localesConfig(),
  // Tasklist also renders Camunda Forms: form-js-zh puts their fixed English messages into Chinese.
  // staff: the case panel (documents, approval sheet), lookup code after submitting, dashboard link.
  customScripts: [...customScripts, '../ecopark/form-js-zh', '../ecopark/staff'],

  // Shown in the "keyboard shortcuts" dialog; the webapp does not translate these itself.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: zh ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: zh ? '将焦点移到第一个筛选器' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: zh ? '将焦点移到任务列表中的第一个任务' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: zh ? '将焦点移到任务表单的第一个输入框' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: zh ? '打开“发起流程”对话框' : 'opens the start process modal dialog'
    }
  }
};
