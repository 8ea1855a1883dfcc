import { API_APPLY_LIMITS } from './apply-rate-limit-rules';

/** The apply limits in words, for the OpenAPI description and the docs page. */
export const API_APPLY_LIMITS_DOC = `${API_APPLY_LIMITS.anonymous.limit} per ${API_APPLY_LIMITS.anonymous.windowMs / 60_000} minutes per IP without a key, ${API_APPLY_LIMITS.key.limit} with one`;
