/*
 * ecopark-flow: small page additions loaded by every webapp as a custom script
 * (config.js: customScripts: ['../ecopark/ui']).
 *
 * - sets <html lang> so the browser picks Chinese fonts,
 * - adds a language switch (中文 / English) to the header,
 * - names the apps in the header's app menu in the page language (the webapps hard-code
 *   "Welcome", "Admin", "Cockpit", "Tasklist" there instead of using the locale files),
 * - gives the date pickers Chinese month and weekday names (they use AngularJS $locale,
 *   which is English-only in the webapps),
 * - in Chinese: shows Cockpit's dates as "2026-11-28 09:30:00" instead of its hard-coded
 *   "2026-11-28T09:30:00", and translates the few texts the webapps' templates hard-code in
 *   English instead of taking them from the locale files (HARD_CODED below),
 * - warns in the footer when the computer is not on China Standard Time: the webapps always
 *   show dates in the browser's own time zone and cannot be told to use Asia/Shanghai.
 */
import {currentLocale, setStoredLocale} from './locale.js';

const APP_NAME = (document.querySelector('base') || document.documentElement).getAttribute('app-name');
const locale = currentLocale();
const zh = locale === 'zh';

const TEXT = {
  zh: {
    switchTo: 'English',
    switchTitle: 'Switch to English',
    welcome: '首页',
    tzWarning: '（本机时区不是北京时间，显示的时间可能不准确，请将电脑时区设为“(UTC+08:00) 北京”）'
  },
  en: {
    switchTo: '中文',
    switchTitle: '切换到中文',
    welcome: 'Welcome',
    tzWarning: ' (this computer is not on China Standard Time; times may be shown wrongly)'
  }
}[locale];

const APP_LABEL_KEYS = {tasklist: 'TASKLIST_APP', cockpit: 'COCKPIT_APP', admin: 'ADMIN_APP'};

/*
 * English written directly into the 7.24 templates (not in locales/*.json). Only exact,
 * whole texts are replaced. The bpmn.io logo in diagrams ("Powered by bpmn.io") is left
 * alone on purpose: its licence requires it to stay visible and unchanged.
 */
const HARD_CODED = {
  text: {
    'Actions': '操作',
    'Select all': '全选',
    'Unselect all': '取消全选',
    'Invalid Date Value.': '日期值无效。',
    'Loading diagram': '正在加载流程图',
    'Message is null.': '消息为空。'
  },
  title: {
    'zoom in': '放大',
    'zoom out': '缩小',
    'reset zoom': '重置缩放',
    'Select all': '全选'
  },
  placeholder: {
    'Jonny': '名',
    'Prosciutto': '姓',
    'j.prosciutto@acme.org': '电子邮箱'
  },
  tooltip: {
    'Toggle this section': '展开/收起此部分',
    'Suspended Job Definition': '已挂起的作业定义'
  }
};

const BEIJING_ZONES = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC'];

document.documentElement.setAttribute('lang', zh ? 'zh-CN' : 'en');

function switchLanguage(event) {
  event.preventDefault();
  setStoredLocale(zh ? 'en' : 'zh');
  window.location.reload();
}

function addLanguageSwitch() {
  const menu = document.querySelector('[cam-widget-header] nav.app-menu > ul');
  if (!menu || menu.querySelector('li.ecopark-language')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'ecopark-language';
  const link = document.createElement('a');
  link.href = '';
  link.title = TEXT.switchTitle;
  link.setAttribute('lang', zh ? 'en' : 'zh-CN');
  link.textContent = TEXT.switchTo;
  link.addEventListener('click', switchLanguage);
  item.appendChild(link);
  menu.insertBefore(item, menu.firstChild);
}

let translate = null;

function labelApps() {
  const links = document.querySelectorAll('[cam-widget-header] li.app-switch .dropdown-menu > li > a');
  for (const link of links) {
    const app = link.parentElement.className.split(/\s+/).find(c => c in APP_LABEL_KEYS || c === 'welcome');
    if (!app) {
      continue;
    }
    const label = app === 'welcome' ? TEXT.welcome : translate && translate.instant(APP_LABEL_KEYS[app]);
    if (label && label !== APP_LABEL_KEYS[app] && link.textContent.trim() !== label) {
      link.textContent = label;
    }
  }
}

function checkTimeZone() {
  const footer = document.querySelector('#footer-timezone');
  if (!footer || footer.querySelector('.ecopark-tz-warning, .ecopark-tz-ok')) {
    return;
  }
  // Asia/Shanghai has been UTC+8 without daylight saving since 1991.
  const offsets = [new Date(2025, 0, 1), new Date(2025, 6, 1)].map(d => d.getTimezoneOffset());
  if (offsets.every(o => o === -480)) {
    const zone = footer.querySelector('i');
    const name = zone ? zone.textContent.trim() : '';
    if (!name) {
      return; // not rendered yet
    }
    if (zh && BEIJING_ZONES.indexOf(name) > -1) {
      zone.textContent = '北京时间';
      zone.title = name;
    }
    zone.classList.add('ecopark-tz-ok');
    return;
  }
  const warning = document.createElement('span');
  warning.className = 'ecopark-tz-warning';
  warning.textContent = TEXT.tzWarning;
  footer.appendChild(warning);
}

function translateHardCoded(root) {
  if (!zh || !root) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    if (text && Object.prototype.hasOwnProperty.call(HARD_CODED.text, text)) {
      node.nodeValue = node.nodeValue.replace(text, HARD_CODED.text[text]);
    } else if (text === 'null' && node.parentNode.classList.contains('null-value')) {
      // Cockpit's placeholder for an empty field (not a variable's value)
      node.nodeValue = '无';
    }
  }
  for (const attr of ['title', 'placeholder']) {
    const elements = root.querySelectorAll ? root.querySelectorAll('[' + attr + ']') : [];
    for (const el of elements) {
      const value = el.getAttribute(attr);
      if (Object.prototype.hasOwnProperty.call(HARD_CODED[attr], value)) {
        el.setAttribute(attr, HARD_CODED[attr][value]);
      }
    }
  }
}

function refresh() {
  addLanguageSwitch();
  labelApps();
  checkTimeZone();
}

/* AngularJS $locale / uib-datepicker settings for Chinese (values as in AngularJS' zh-cn locale). */
function localiseDatePickers(injector) {
  const $locale = injector.get('$locale');
  Object.assign($locale.DATETIME_FORMATS, {
    AMPMS: ['上午', '下午'],
    DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    FIRSTDAYOFWEEK: 0,
    medium: 'y年M月d日 HH:mm:ss',
    mediumDate: 'y年M月d日',
    mediumTime: 'HH:mm:ss',
    short: 'y/M/d HH:mm',
    shortDate: 'y/M/d',
    shortTime: 'HH:mm',
    fullDate: 'y年M月d日EEEE',
    longDate: 'y年M月d日'
  });
  $locale.id = 'zh-cn';
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), {
      formatDay: 'd',
      formatDayHeader: 'EEE',
      formatDayTitle: 'y年M月',
      formatMonth: 'MMM',
      formatMonthTitle: 'y年',
      formatYear: 'y',
      startingDay: 1
    });
  }
  if (injector.has('uibDatepickerPopupConfig')) {
    Object.assign(injector.get('uibDatepickerPopupConfig'), {
      currentText: '今天',
      clearText: '清除',
      closeText: '关闭'
    });
  }
}

function onAngularReady(injector) {
  if (injector.has('$translate')) {
    translate = injector.get('$translate');
    injector.get('$rootScope').$on('$translateChangeSuccess', refresh);
  }
  if (zh) {
    localiseDatePickers(injector);
  }
  translateHardCoded(document.body);
  refresh();
}

/*
 * Custom scripts run before the webapp starts AngularJS, and each webapp bootstraps with its
 * (empty) module cam.<app>.custom, so we can add config and run blocks to it.
 */
function customModule() {
  try {
    return APP_NAME && window.angular ? window.angular.module('cam.' + APP_NAME + '.custom') : null;
  } catch (e) {
    return null;
  }
}

const ngModule = customModule();
if (ngModule) {
  if (zh) {
    ngModule.config([
      '$injector',
      function($injector) {
        // Cockpit hard-codes "YYYY-MM-DD[T]HH:mm:ss" for most dates; drop the "T".
        if (APP_NAME === 'cockpit' && $injector.has('camDateFormatProvider')) {
          $injector.get('camDateFormatProvider').setDateFormat('YYYY-MM-DD HH:mm:ss', 'normal');
        }
        // uib-tooltip reads its text once when the element is compiled, so fix it there.
        if ($injector.has('uibTooltipDirectiveProvider')) {
          $injector.get('$provide').decorator('uibTooltipDirective', [
            '$delegate',
            function($delegate) {
              for (const directive of $delegate) {
                const compile = directive.compile;
                directive.compile = function(element, attrs) {
                  const text = attrs.uibTooltip;
                  if (Object.prototype.hasOwnProperty.call(HARD_CODED.tooltip, text)) {
                    attrs.$set('uibTooltip', HARD_CODED.tooltip[text]);
                  }
                  return compile.apply(this, arguments);
                };
              }
              return $delegate;
            }
          ]);
        }
      }
    ]);
  }
  ngModule.run(['$injector', injector => onAngularReady(injector)]);
} else {
  // Fallback: wait for the application injector.
  const waitForInjector = (attempt = 0) => {
    const injector = window.angular && window.angular.element(document.documentElement).injector();
    if (injector) {
      onAngularReady(injector);
    } else if (attempt < 600) {
      setTimeout(() => waitForInjector(attempt + 1), 50);
    }
  };
  waitForInjector();
}

/* Re-apply after AngularJS changes the page; only newly added parts are scanned for texts. */
let pending = [];
let scheduled = false;
new MutationObserver(records => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      pending.push(node.nodeType === Node.TEXT_NODE ? node.parentNode : node);
    }
  }
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      const roots = pending;
      pending = [];
      for (const root of roots) {
        if (root && root.isConnected) {
          translateHardCoded(root);
        }
      }
      refresh();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true});
