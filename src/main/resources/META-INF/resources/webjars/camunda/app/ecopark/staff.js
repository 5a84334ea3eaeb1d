/*
 * ecopark-flow: the staff pages inside Tasklist and Cockpit (custom script, see config.js).
 *
 * - Header: a link to the progress dashboard (统计看板) and to the park registry (园区名录) for those who may open them, and for applicants a
 *   "查询码" link that gives a new verification code for the public progress lookup.
 * - Tasklist, task view: a panel above the form with the case's documents (download; upload for the
 *   applicant while the case is open), the printable approval sheet (审批单), the 办理操作 page (taskops: 退回, 转办,
 *   委派, 抄送, 撤回) and, on a step sent back, the reason.
 * - Tasklist, right after an applicant submits a start form: the case number and the verification code
 *   (shown this once), and the documents upload.
 *
 * Everything talks to our /api with the webapp's own login (session cookie); requests that change data
 * carry the webapp's CSRF token, as Tasklist's own requests do.
 */
import {currentLocale} from './locale.js';

const zh = currentLocale() === 'zh';
const APP_NAME = (document.querySelector('base') || document.documentElement).getAttribute('app-name');
const BASE = (document.querySelector('base') || {}).href || window.location.href;
/* The application's root: the webapps live under <root>/camunda/app/<name>/. */
const ROOT = BASE.replace(/\/camunda\/app\/.*$/, '');

const T = zh ? {
  dashboard: '统计看板', parks: '园区名录', redeploy: '模型更新', code: '查询码', documents: '申报材料', sheet: '打印审批单', upload: '上传材料',
  none: '尚未上传材料', uploadHint: 'PDF、PNG 或 JPEG，每份不超过 10 MB', uploaded: '已上传', failed: '上传失败',
  submitted: '申报已提交', caseNo: '申报编号', codeLabel: '进度查询码',
  codeNote: '查询码只显示这一次，请抄录或截图保存。凭申报编号和查询码可在进度查询页面查看办理进度；重新获取后旧查询码失效。',
  lookupPage: '打开进度查询页面', close: '关闭', askCaseNo: '请输入要获取查询码的申报编号（例如 STGY-2026-0001）：',
  operations: '办理操作（退回、转办、委派、抄送）', caseOps: '撤回/收回', askCaseOps: '请输入要撤回申请或收回环节的案卷编号（例如 STGY-2026-0001）：', returned: '本环节被退回，退回理由', returnedFrom: '退回自 ', earlierDecision: '上次办理结论',
  by: '上传人', caseStage: '当前环节', due: '办理时限', urge: '催办', extend: '申请延期', done: '已提交',
  urgeComment: '催办说明（可留空）', extendDays: '延长几个工作日？', extendReason: '延期理由', suspended: '案件已中止办理', daysLeft: n => n < 0 ? '已超期 ' + (-n) + ' 个工作日' : '剩余 ' + n + ' 个工作日'
} : {
  dashboard: 'Dashboard', parks: 'Park registry', redeploy: 'Model update', code: 'Lookup code', documents: 'Documents', sheet: 'Print approval sheet', upload: 'Upload',
  none: 'No documents yet', uploadHint: 'PDF, PNG or JPEG, at most 10 MB each', uploaded: 'Uploaded', failed: 'Upload failed',
  submitted: 'Application submitted', caseNo: 'Application number', codeLabel: 'Progress lookup code',
  codeNote: 'This code is shown only once: write it down. With the number and the code, the lookup page shows the progress; asking for a new code voids the old one.',
  lookupPage: 'Open the progress lookup', close: 'Close', askCaseNo: 'Application number to get a lookup code for (e.g. STGY-2026-0001):',
  operations: 'Operations (return, transfer, delegate, copy)', caseOps: 'Withdraw / take back', askCaseOps: 'Case number to withdraw or take back a step in (e.g. STGY-2026-0001):', returned: 'Sent back to this step, reason', returnedFrom: 'from ',
  earlierDecision: 'earlier decision',
  by: 'by', caseStage: 'Stage', due: 'Due', urge: 'Urge', extend: 'Ask for more time', done: 'Sent',
  urgeComment: 'Note (optional)', extendDays: 'How many working days?', extendReason: 'Reason', suspended: 'Case suspended', daysLeft: n => n < 0 ? n + ' working days overdue' : n + ' working days left'
};

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function api(path, options = {}) {
  const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
  if (options.method && options.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  return fetch(ROOT + path, Object.assign({credentials: 'same-origin'}, options, {headers}))
    .then(r => r.json().catch(() => ({})).then(body => ({ok: r.ok, status: r.status, body})));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') {
      node.textContent = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value);
    }
  }
  children.filter(Boolean).forEach(c => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

/* ---------- header links ---------- */

let me = null;
let meAskedAt = 0;
/* Asked again while unanswered: the script starts before the person logs in on the webapp's login page. */
function loadMe() {
  if (me || Date.now() - meAskedAt < 3000 || !document.querySelector('[cam-widget-header] .account, [cam-widget-header] li.account')) {
    return;
  }
  meAskedAt = Date.now();
  api('/api/me').then(answer => {
    if (answer.ok) {
      me = answer.body;
      addHeaderLinks();
    }
  });
}

function addHeaderLinks() {
  const menu = document.querySelector('[cam-widget-header] nav.app-menu > ul');
  if (!me || !menu) {
    return;
  }
  if (me.dashboard && !menu.querySelector('li.ecopark-dashboard')) {
    menu.insertBefore(el('li', {class: 'ecopark-dashboard'},
      el('a', {href: ROOT + '/staff/dashboard', target: '_blank', rel: 'noopener', text: T.dashboard})), menu.firstChild);
  }
  if (me.parks && !menu.querySelector('li.ecopark-parks')) {
    menu.insertBefore(el('li', {class: 'ecopark-parks'},
      el('a', {href: ROOT + '/staff/parks', target: '_blank', rel: 'noopener', text: T.parks})), menu.firstChild);
  }
  if (me.admin && APP_NAME === 'cockpit' && !menu.querySelector('li.ecopark-redeploy')) {
    menu.insertBefore(el('li', {class: 'ecopark-redeploy'},
      el('a', {href: ROOT + '/staff/admin/redeploy', target: '_blank', rel: 'noopener', text: T.redeploy})), menu.firstChild);
  }
  if (APP_NAME === 'tasklist' && !menu.querySelector('li.ecopark-case-ops')) {
    menu.insertBefore(el('li', {class: 'ecopark-case-ops'}, el('a', {href: '', text: T.caseOps, onclick: event => {
      event.preventDefault();
      const caseNo = window.prompt(T.askCaseOps);
      if (caseNo) {
        window.open(ROOT + '/staff/task-ops?case=' + encodeURIComponent(caseNo.trim()), '_blank', 'noopener');
      }
    }})), menu.firstChild);
  }
  if (me.applicant && APP_NAME === 'tasklist' && !menu.querySelector('li.ecopark-code')) {
    menu.insertBefore(el('li', {class: 'ecopark-code'}, el('a', {href: '', text: T.code, onclick: event => {
      event.preventDefault();
      const caseNo = window.prompt(T.askCaseNo);
      if (caseNo) {
        issueCode({caseNo: caseNo.trim()});
      }
    }})), menu.firstChild);
  }
}

/* ---------- dialog: case number, lookup code, documents ---------- */

function dialog(title, ...content) {
  const close = () => overlay.remove();
  const overlay = el('div', {class: 'ecopark-overlay'},
    el('div', {class: 'ecopark-dialog', role: 'dialog', 'aria-label': title},
      el('h3', {text: title}), ...content,
      el('div', {class: 'ecopark-dialog-actions'}, el('button', {class: 'btn btn-primary', type: 'button', text: T.close, onclick: close}))));
  document.body.appendChild(overlay);
  return overlay;
}

function issueCode(request) {
  return api('/api/lookup-codes', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(request)})
    .then(answer => {
      if (!answer.ok) {
        if (request.caseNo) {
          window.alert(answer.body.message || answer.status);
        }
        return;
      }
      const c = answer.body;
      dialog(T.submitted + ' · ' + c.caseTypeName,
        el('p', {}, T.caseNo + '：', el('b', {class: 'ecopark-case-no', text: c.caseNo}), '　' + c.title),
        el('p', {}, T.codeLabel + '：', el('span', {class: 'ecopark-code-value', text: c.code})),
        el('p', {class: 'ecopark-note', text: T.codeNote}),
        el('p', {}, el('a', {href: ROOT + c.lookupPage + '?caseNo=' + encodeURIComponent(c.caseNo), target: '_blank', rel: 'noopener',
          text: T.lookupPage})),
        documentsBox({caseNo: c.caseNo, mayUpload: true}));
    });
}

/* ---------- documents box (dialog and task panel) ---------- */

function documentsBox(caseFile) {
  const list = el('ul', {class: 'ecopark-documents'});
  const status = el('div', {class: 'ecopark-upload-status'});
  const refresh = () => api('/api/cases/' + encodeURIComponent(caseFile.caseNo) + '/attachments').then(answer => {
    list.textContent = '';
    const items = answer.ok ? answer.body : [];
    if (!items.length) {
      list.appendChild(el('li', {class: 'text-muted', text: T.none}));
    }
    for (const a of items) {
      list.appendChild(el('li', {},
        el('a', {href: ROOT + '/api/attachments/' + a.id, text: a.fileName}),
        el('span', {class: 'text-muted', text: '（' + Math.max(1, Math.round(a.sizeBytes / 1024)) + ' KB，' + T.by + ' '
          + a.uploadedBy + '，' + new Date(a.uploadedAt).toLocaleString(zh ? 'zh-CN' : 'en', {hour12: false}) + '）'})));
    }
  });
  const box = el('div', {class: 'ecopark-documents-box'}, el('h4', {text: T.documents}), list);
  if (caseFile.mayUpload) {
    const input = el('input', {type: 'file', multiple: 'multiple', accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg',
      'aria-label': T.upload});
    input.addEventListener('change', () => {
      const files = Array.from(input.files);
      status.textContent = '';
      files.reduce((previous, file) => previous.then(() => {
        const form = new FormData();
        form.append('file', file, file.name);
        return api('/api/cases/' + encodeURIComponent(caseFile.caseNo) + '/attachments', {method: 'POST', body: form})
          .then(answer => status.appendChild(el('div', {class: answer.ok ? 'text-success' : 'text-danger',
            text: (answer.ok ? T.uploaded : T.failed) + '：' + file.name + (answer.ok ? '' : ' — ' + (answer.body.message || answer.status))})));
      }), Promise.resolve()).then(() => {
        input.value = '';
        refresh();
      });
    });
    box.appendChild(el('div', {class: 'ecopark-upload'}, el('label', {}, T.upload + '：', input),
      el('span', {class: 'text-muted', text: ' ' + T.uploadHint}), status));
  }
  refresh();
  return box;
}

/* ---------- Tasklist: panel on the task view ---------- */

function currentTaskId() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

let panelFor = null;
function showTaskPanel() {
  const card = document.querySelector('[cam-tasklist-task] section.task-card');
  const taskId = currentTaskId();
  if (!card || !taskId) {
    return;
  }
  const existing = card.querySelector('.ecopark-case-panel');
  if (existing && existing.getAttribute('data-task') === taskId) {
    return;
  }
  if (panelFor === taskId && !existing) {
    panelFor = null; // the card was re-rendered
  }
  if (panelFor === taskId) {
    return;
  }
  panelFor = taskId;
  api('/api/tasks/' + encodeURIComponent(taskId) + '/case-file').then(answer => {
    const stillThere = document.querySelector('[cam-tasklist-task] section.task-card');
    if (!answer.ok || !stillThere || currentTaskId() !== taskId) {
      panelFor = answer.ok ? null : panelFor;
      return;
    }
    stillThere.querySelectorAll('.ecopark-case-panel').forEach(p => p.remove());
    const c = answer.body;
    const panel = el('div', {class: 'ecopark-case-panel', 'data-task': taskId},
      el('div', {class: 'ecopark-case-head'},
        el('b', {text: c.caseNo}), ' ' + c.caseTypeName + ' · ' + c.title + ' · ' + T.caseStage + '：' + c.stageName + ' ',
        c.dueOn ? el('span', {class: 'ecopark-days-left' + (c.workingDaysLeft < 0 ? ' text-danger' : ''),
          text: '· ' + T.due + '：' + c.dueOn + '（' + T.daysLeft(c.workingDaysLeft) + '） '}) : null,
        el('a', {class: 'btn btn-default btn-xs ecopark-sheet-link', href: ROOT + c.approvalSheet, target: '_blank', rel: 'noopener',
          text: T.sheet}),
        c.operations ? el('a', {class: 'btn btn-default btn-xs ecopark-ops-link', href: ROOT + c.operations, target: '_blank',
          rel: 'noopener', text: T.operations}) : null),
      c.returnReason ? el('div', {class: 'ecopark-returned text-danger',
        text: T.returned + '：' + c.returnReason + (c.returnedFrom ? '（' + T.returnedFrom + c.returnedFrom + '）' : '')
          + (c.earlierDecision ? '；' + T.earlierDecision + '：' + c.earlierDecision : '')}) : null,
      timeBox(taskId, c),
      documentsBox(c));
    const tabs = stillThere.querySelector('.tabbed-content');
    stillThere.insertBefore(panel, tabs || null);
  });
}

/* ---------- Tasklist: time limit notes, 催办 and 延期 (timelimit) ---------- */

function timeBox(taskId, c) {
  const status = el('span', {class: 'ecopark-time-status'});
  const say = answer => status.replaceChildren(el('span', {class: answer.ok ? 'text-success' : 'text-danger',
    text: ' ' + (answer.ok ? T.done : (answer.body.message || answer.status))}));
  const post = (path, body) => api('/api/tasks/' + encodeURIComponent(taskId) + path,
    {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)}).then(say);
  return el('div', {class: 'ecopark-time-box'},
    ...(c.notes || []).map(note => el('div', {class: note.startsWith('已超期') ? 'text-danger' : 'text-warning', text: note})),
    c.suspended ? el('div', {class: 'text-danger', text: T.suspended}) : null,
    el('button', {type: 'button', class: 'btn btn-default btn-xs', text: T.urge, onclick: () => {
      const comment = window.prompt(T.urgeComment, '');
      if (comment !== null) {
        post('/urge', {comment});
      }
    }}),
    ' ',
    el('button', {type: 'button', class: 'btn btn-default btn-xs', text: T.extend, onclick: () => {
      const days = window.prompt(T.extendDays, '5');
      const reason = days === null ? null : window.prompt(T.extendReason, '');
      if (reason !== null) {
        post('/extensions', {workingDays: parseInt(days, 10), reason});
      }
    }}),
    status);
}

/* ---------- Tasklist: right after a start form is submitted ---------- */

function watchStartForms() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.ecoparkRequest = {method: String(method).toUpperCase(), url: String(url)};
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const request = this.ecoparkRequest;
    if (request && request.method === 'POST' && /\/process-definition\/.+\/submit-form(\?|$)/.test(request.url)) {
      this.addEventListener('load', () => {
        if (this.status !== 200) {
          return;
        }
        try {
          const instance = JSON.parse(this.responseText);
          if (instance && instance.id) {
            issueCode({processInstanceId: instance.id});
          }
        } catch (e) {
          // not our answer
        }
      });
    }
    return send.apply(this, arguments);
  };
}

if (APP_NAME === 'tasklist') {
  watchStartForms();
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  window.requestAnimationFrame(() => {
    scheduled = false;
    loadMe();
    addHeaderLinks();
    if (APP_NAME === 'tasklist') {
      showTaskPanel();
    }
  });
}).observe(document.documentElement, {childList: true, subtree: true});
