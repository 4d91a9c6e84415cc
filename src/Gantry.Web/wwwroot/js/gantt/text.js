// Built-in labels in English and Simplified Chinese; the page's options.text overrides any of them
// with its own localized strings.
const EN = {
    code: 'Code', name: 'Name', duration: 'Dur.', start: 'Start', finish: 'Finish', totalFloat: 'TF',
    days: 'd', dataDate: 'Data date', today: 'Today', freeFloat: 'Free float', critical: 'Critical',
    baseline: 'Baseline', percentComplete: 'Complete', noData: 'No activities',
};
const ZH = {
    code: '代码', name: '名称', duration: '工期', start: '开始', finish: '完成', totalFloat: '总浮时',
    days: '天', dataDate: '数据日期', today: '今天', freeFloat: '自由浮时', critical: '关键',
    baseline: '基线', percentComplete: '完成', noData: '没有作业',
};

export function texts(locale, overrides) {
    const base = (locale ?? '').toLowerCase().startsWith('zh') ? ZH : EN;
    return { ...base, ...(overrides ?? {}) };
}
