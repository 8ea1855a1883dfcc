/**
 * What a web post may not say about itself. "api" and "api:<key name>" mark applications made
 * through the API; a form claiming one would pose as a partner integration in the hiring
 * team's source counts, so the claim is dropped (the rest of the application goes on).
 */
export function dropServerOnlyClaims(formData: FormData): FormData {
  if (/^api(:|$)/i.test(String(formData.get('source') ?? '').trim())) formData.delete('source');
  return formData;
}
