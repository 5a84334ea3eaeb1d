/*
 * ecopark-flow: Chinese texts for the Camunda Forms (form-js 1.8) that Tasklist 7.24 renders.
 *
 * form-js 1.8 writes its validation messages, the select placeholder and the date picker's
 * calendar in English and offers no way to change them from a .form file. This script rewrites
 * them in place whenever form-js puts them on the page, when the page language is Chinese
 * (<html lang="zh-...">, or a Chinese browser when nothing set it).
 * Load it as a custom script of the Tasklist (config.js: customScripts: [..., '../ecopark/form-js-zh']).
 */
const RULES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `不能少于 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Field must match pattern [\s\S]*\.$/, () => '格式不正确，请按填写说明填写。'],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `数值无效，最接近的有效值为 ${m[1]} 和 ${m[2]}。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\.[\s\S]*$/, () => '请输入有效的国际电话号码（如 +8653186123456）。']
];

/* flatpickr's own zh locale, as in flatpickr/dist/l10n/zh.js */
const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  firstDayOfWeek: 1
};

function chinese() {
  const lang = document.documentElement.getAttribute('lang') || navigator.language || '';
  return lang.toLowerCase().startsWith('zh');
}

function translate(text) {
  for (const [re, fn] of RULES) {
    const m = re.exec(text);
    if (m) {
      return fn(m);
    }
  }
  return null;
}

// Change the text node itself, not textContent: form-js (Preact) keeps a reference to that node and
// must still be able to update it when the value or the errors change.
function fix(root) {
  root.querySelectorAll('.fjs-container .fjs-form-field-error li, .fjs-container .fjs-select-display').forEach((el) => {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || node !== el.lastChild) {
      return;
    }
    const text = node.data.trim();
    const zh = el.tagName === 'LI' ? translate(text)
      : (el.classList.contains('fjs-select-placeholder') && text === 'Select' ? '请选择' : null);
    if (zh && zh !== node.data) {
      node.data = zh;
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((el) => {
    el.placeholder = '搜索';
  });
  root.querySelectorAll('.fjs-container .flatpickr-input').forEach((el) => {
    const picker = el._flatpickr;
    if (picker && !picker.ecoparkZh) {
      picker.ecoparkZh = true;
      picker.set('locale', FLATPICKR_ZH);
    }
  });
}

let queued = false;
new MutationObserver(() => {
  if (queued || !chinese()) {
    return;
  }
  queued = true;
  // after form-js has finished the current render
  Promise.resolve().then(() => {
    queued = false;
    fix(document.body);
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
