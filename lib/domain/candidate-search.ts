// The candidate database's search (/dashboard/candidates): shared by the query, which marks
// matched words in resume snippets, and the component that turns the marks into <mark>.

/** Longer input is cut, not refused: a pasted paragraph still searches by its start. */
export const CANDIDATE_QUERY_MAX_LENGTH = 200;

/** Marks around a matched word: control characters, which stored resume text never holds. */
export const SNIPPET_MATCH_START = '\u0002';
export const SNIPPET_MATCH_END = '\u0003';

/** A person carries a handful of tags, not a document's worth. */
export const TAGS_PER_CANDIDATE = 30;
