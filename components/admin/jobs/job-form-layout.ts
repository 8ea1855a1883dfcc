// Shared by the job editor's field groups.
export const fieldsetClass = 'grid min-w-0 gap-5 rounded-lg border border-gray-200 bg-white p-5 shadow-xs sm:p-6';
export const legendClass = 'px-1 text-base font-semibold text-gray-900';

export interface JobFormOptions {
  departments: Array<{ id: number; name: string }>;
  locations: Array<{ id: number; label: string }>;
}
