// The readable message of a refusal from the API, shared by the schedule and scenario pages.

/** The field errors of a validation problem, else its detail or title; the status when the body is not a problem. */
export async function problemText(response) {
    try {
        const p = await response.json();
        const fields = p.errors ? Object.values(p.errors).flat() : [];
        return fields.length ? fields.join(' ') : (p.detail ?? p.title ?? `${response.status}`);
    } catch {
        return `${response.status} ${response.statusText}`;
    }
}
