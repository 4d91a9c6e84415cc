// Predecessors and successors as planners type them in P6 and MS Project: "A1010FS+2d, A1020SS".
// A token is an activity code, then optionally the link type (FS when left out, as in MS Project)
// and a lag in working days ("+2d", "-1", "+4h" for hours; a minus is a lead).
const TYPES = ['FS', 'SS', 'FF', 'SF'];
const LAG = /([+-])\s*(\d+(?:\.\d+)?)\s*(d|h|天|小时)?$/i;

/** "A1010FS+2d" for one link, seen from the activity at the other end. */
export function formatLink(code, type, lagMinutes, minutesPerDay) {
    if (!lagMinutes) return `${code}${type}`;
    const days = lagMinutes / minutesPerDay;
    const lag = Number.isInteger(days) ? `${days}d` : Number.isInteger(lagMinutes / 60) ? `${lagMinutes / 60}h` : `${+days.toFixed(2)}d`;
    return `${code}${type}${lagMinutes > 0 ? '+' : ''}${lag}`;
}

/**
 * The links of every activity as text, built in one pass over the links:
 * { predecessors: Map(id → "A1010FS, …"), successors: Map(id → "…") }.
 */
export function linkTexts(links, codeOf, minutesPerDay) {
    const predecessors = new Map(), successors = new Map();
    const add = (map, id, token) => map.set(id, map.has(id) ? `${map.get(id)}, ${token}` : token);
    for (const l of links) {
        add(predecessors, l.successorId, formatLink(codeOf(l.predecessorId), l.type, l.lagMinutes, minutesPerDay));
        add(successors, l.predecessorId, formatLink(codeOf(l.successorId), l.type, l.lagMinutes, minutesPerDay));
    }
    return { predecessors, successors };
}

/**
 * Parses the typed text into [{ code, otherId, type, lagMinutes }]. `idOfCode(code)` answers the
 * activity id or undefined. Throws an Error whose message names the bad token (`messages` holds
 * the page's localized texts as functions of the token: badToken, unknownCode, self, twice).
 */
export function parseLinks(text, idOfCode, selfId, minutesPerDay, messages) {
    const say = (key, token) => new Error(messages[key](token));
    const result = [];
    const seen = new Set();
    for (const raw of text.split(/[,;，；\n]/)) {
        const token = raw.trim();
        if (!token) continue;
        let rest = token, lagMinutes = 0;
        // A copied activity's code ends in "-1", which is not a lead: a whole code wins.
        const lag = idOfCode(token) === undefined ? LAG.exec(rest) : null;
        if (lag) {
            const amount = Number(lag[2]) * (lag[1] === '-' ? -1 : 1);
            const unit = (lag[3] ?? 'd').toLowerCase();
            lagMinutes = Math.round(unit === 'h' || unit === '小时' ? amount * 60 : amount * minutesPerDay);
            rest = rest.slice(0, lag.index).trim();
        }
        let type = 'FS', code = rest;
        // The whole text is a code first: a code may itself end in letters such as "SS".
        if (idOfCode(rest) === undefined) {
            const suffix = rest.slice(-2).toUpperCase();
            if (TYPES.includes(suffix)) { type = suffix; code = rest.slice(0, -2).trim(); }
        }
        if (!code) throw say('badToken', token);
        const otherId = idOfCode(code);
        if (otherId === undefined) throw say('unknownCode', token);
        if (otherId === selfId) throw say('self', token);
        if (seen.has(otherId)) throw say('twice', token);
        seen.add(otherId);
        result.push({ code, otherId, type, lagMinutes });
    }
    return result;
}
